"""Text of score cells: formatting numbers, ranges and scales, and parsing what is typed."""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from counterweight.domain import (
    Criterion,
    Direction,
    NumericScale,
    QualitativeScale,
    Score,
    from_validation_error,
)
from counterweight.domain.errors import InvalidInputError
from counterweight.ui.numbers import decimal_point, fixed, plain_number
from counterweight.domain.wording import GROUPED_NUMBER

ModelIndex = QModelIndex | QPersistentModelIndex

#: True when the cell has no score (no value and no level).
MissingRole = Qt.ItemDataRole.UserRole + 1
#: The cell's :class:`Score` (or ``None``).
ScoreRole = Qt.ItemDataRole.UserRole + 2
#: The column's :class:`Criterion`.
CriterionRole = Qt.ItemDataRole.UserRole + 3
#: ``(option_id, criterion_id)`` of the cell.
CellKeyRole = Qt.ItemDataRole.UserRole + 4
#: Everything painting the cell needs, in one cached tuple: the display, decoration, alignment,
#: background and foreground roles' values, the text colour and whether the background is hatched
#: (issue 6, session 23: the matrix draws its cells from it directly).
CellPaintRole = Qt.ItemDataRole.UserRole + 5
# issue 4: evidence -------------------------------------------------------------
#: Number of pieces of evidence behind the cell's score (0 without a score).
EvidenceCountRole = Qt.ItemDataRole.UserRole + 20
#: ``none``/``weak``/``medium``/``strong``: how well the evidence supports the score.
EvidenceStrengthRole = Qt.ItemDataRole.UserRole + 21
#: True when the cell holds a score (value or level) that rests on no evidence at all.
UnsupportedRole = Qt.ItemDataRole.UserRole + 22
# ------------------------------------------------------------ end issue 4: evidence

#: Column titles wrap at about this many characters, so long names do not make wide columns.
_HEADER_WRAP = 18

_NUM = r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?"
_RANGED = re.compile(rf"^\s*({_NUM})\s*(?:\(\s*({_NUM})\s*(?:-|–|—|to)\s*({_NUM})\s*\))?\s*$")


def format_number(x: float) -> str:
    """Short, exact-enough text for a score: ``5``, ``2.5``, ``0.125``, ``42000``, ``1234567.5`` (``2,5`` in French).

    The rule is :func:`counterweight.domain.shown_numbers.plain_number`, which the brief
    uses too (with thousands separated), so a score reads the same in both (QA 22 item 2).
    """
    return plain_number(x)


def format_score(score: Score | None, with_range: bool = True, decimals: int | None = None) -> str:
    """Cell text: ``5 (3–7)``, ``5``, ``Moderate``; empty when missing.

    ``decimals`` rounds the numbers to that many decimals (h26f: the group view's combined scores,
    :mod:`counterweight.ui.models.group_places`); ``None`` writes them as :func:`format_number` does.
    """
    if score is None:
        return ""
    if score.level is not None:
        return score.level
    if score.value is None:
        return ""
    number = format_number if decimals is None else (lambda x: fixed(x, decimals))
    text = number(score.value)
    if with_range and (score.low is not None or score.high is not None):
        low = number(score.low) if score.low is not None else "…"
        high = number(score.high) if score.high is not None else "…"
        text += f" ({low}–{high})"
    return text


def describe_scale(criterion: Criterion) -> str:
    """The scale in words: ``0 to 10 points, higher is better`` or the level names."""
    scale = criterion.scale
    if isinstance(scale, QualitativeScale):
        return QCoreApplication.translate("ScoreTableModel", "levels {0}").format(
            ", ".join(lv.label for lv in scale.levels))
    if isinstance(scale, NumericScale):
        unit = f" {criterion.unit}" if criterion.unit else ""
        text = QCoreApplication.translate("ScoreTableModel", "{0} to {1}").format(
            format_number(scale.lower), format_number(scale.upper)) + unit
        if not scale.breakpoints:
            better = (QCoreApplication.translate("ScoreTableModel", "higher is better")
                      if criterion.direction is Direction.HIGHER_BETTER
                      else QCoreApplication.translate("ScoreTableModel", "lower is better"))
            text += f", {better}"
        return text
    return QCoreApplication.translate("ScoreTableModel", "group (not scored)")


def _number(text: str) -> float:
    value = float(text.replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(text)
    return value


#: A number written with thousands groups (``1,500``, ``-2,250``, ``1,234,567``): a comma
#: followed by exactly three digits may separate thousands or mark decimals. ``0,125``
#: cannot be a thousands group, so it stays a decimal comma, as does ``2,5``.
_GROUPED = re.compile(rf"(?<![\d.,]){GROUPED_NUMBER}(?![\d,])")  # the import's rule, found anywhere in the text


def refuse_thousands(text: str, where: str) -> None:
    """Refuse ``text`` when a number in it has a comma that may separate thousands.

    A comma followed by other than three digits (``2,5``) is a decimal comma and is
    accepted by the callers; ``1,500`` could be one and a half or fifteen hundred, so
    it is refused with both readings spelled out, as the spreadsheet import refuses it.

    Raises
    ------
    InvalidInputError
        Naming ``where`` and how to type the number unambiguously.
    """
    if decimal_point() == ",":  # h27b: a window that writes "1,5" reads "1,500" as one and a half
        return
    m = _GROUPED.search(text)
    if m is None:
        return
    token = m.group(0)
    plain = token.replace(",", "")
    if token.count(",") == 1:
        message = QCoreApplication.translate(
            "ScoreTableModel", "“{0}” is ambiguous: a comma followed by three digits may separate thousands or "
                               "mark decimals. Type {1} or {2}.").format(
            token, format_number(float(plain)), format_number(float(token.replace(",", "."))))
    else:
        message = QCoreApplication.translate(
            "ScoreTableModel", "“{0}” is ambiguous: its commas may separate thousands or mark decimals. Type {1}, "
                               "without commas, and use a dot as the decimal point.").format(token, plain)
    raise InvalidInputError(message, where=where)


def _kept(typed: str | None, number: float | None, old: float | None) -> float | None:
    """``old`` when ``typed`` is its displayed text unchanged (so 1/3 shown as 0.333333 stays 1/3)."""
    if typed is None or number is None or old is None:
        return number
    return old if typed.strip() == format_number(old) else number


def parse_cell_text(text: str, criterion: Criterion, old: Score | None, option_id: str,
                    where: str) -> Score | None:
    """Turn typed text into the new score of a cell.

    Parameters
    ----------
    text
        A number (optionally with a range, ``5 (3-7)``), a level label (any case), or
        empty to clear the cell.
    criterion
        The cell's leaf criterion (its scale decides what is accepted).
    old
        The current score: its rationale, evidence and (if still valid) range are kept.
    option_id
        The cell's option.
    where
        ``Option × Criterion``, used in messages.

    Returns
    -------
    Score or None
        ``None`` clears the cell.

    Raises
    ------
    InvalidInputError
        With a message naming the cell and the scale.
    """
    text = text.strip()
    if not text:
        return None
    keep: dict[str, Any] = {}
    if old is not None:
        keep = {"rationale": old.rationale, "evidence": list(old.evidence)}
    scale = criterion.scale
    base = {"option_id": option_id, "criterion_id": criterion.id, **keep}
    if isinstance(scale, QualitativeScale):
        level = scale.level(text)
        if level is None:
            names = ", ".join(lv.label for lv in scale.levels)
            raise InvalidInputError(QCoreApplication.translate("ScoreTableModel", "“{0}” is not a level of {1}. Choose one of: {2}.").format(
                text, criterion.name, names), where=where)
        return _make_score({**base, "level": level.label}, where)
    if not isinstance(scale, NumericScale):
        raise InvalidInputError(QCoreApplication.translate("ScoreTableModel", "{0} is a group; it is not scored directly.").format(criterion.name),
                                where=where)
    refuse_thousands(text, where)
    m = _RANGED.match(text)
    scale_words = describe_scale(criterion)
    not_a_number = QCoreApplication.translate("ScoreTableModel", "“{0}” is not a number. Enter a number from {1} (a range may follow in brackets, "
                       "e.g. 5 (3-7)), or leave the cell empty to clear the score.")
    if m is None:
        raise InvalidInputError(not_a_number.format(text, scale_words), where=where)
    try:
        value = _number(m.group(1))
        low = _number(m.group(2)) if m.group(2) else None
        high = _number(m.group(3)) if m.group(3) else None
    except ValueError:
        raise InvalidInputError(not_a_number.format(text, scale_words), where=where) from None
    if old is not None:  # text left as the cell showed it keeps the stored number exactly
        value = _kept(m.group(1), value, old.value)  # type: ignore[assignment]
        low, high = _kept(m.group(2), low, old.low), _kept(m.group(3), high, old.high)
    for what, x in ((QCoreApplication.translate("ScoreTableModel", "value"), value), (QCoreApplication.translate("ScoreTableModel", "low end"), low), (QCoreApplication.translate("ScoreTableModel", "high end"), high)):
        if x is not None and not scale.contains(x):
            raise InvalidInputError(QCoreApplication.translate("ScoreTableModel", "the {0} {1} is outside the scale ({2}).").format(
                what, format_number(x), scale_words), where=where)
    if m.group(2) is None and old is not None:
        low, high = old.low, old.high  # keep an existing range if the new value sits inside it
        if (low is not None and value < low) or (high is not None and value > high):
            raise InvalidInputError(QCoreApplication.translate("ScoreTableModel", 
                "{0} lies outside this score's range ({1} to {2}). Type the value with a new range, "
                "e.g. 5 (3-7), or change the range in the detail panel.").format(
                format_number(value), "…" if low is None else format_number(low),
                "…" if high is None else format_number(high)), where=where)
    return _make_score({**base, "value": value, "low": low, "high": high}, where)


def _make_score(data: dict[str, Any], where: str) -> Score:
    try:
        return Score.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, what=where) from None
