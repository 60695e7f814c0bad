"""Reading the criterion dialog's measurement fields back into a scale, each problem naming its field.

Apart from :mod:`counterweight.ui.dialogs.criterion_dialog`, which builds the
dialog and decides when it may be accepted, because the rules for what the user
typed (bounds, decimal commas, level labels and values) are their own concern:
:func:`parse_number` reads a number as the score matrix does, and
:meth:`ScaleFields._scale` turns the bounds and breakpoints, or the levels table,
into a :class:`NumericScale` or :class:`QualitativeScale`. Strings keep the
dialog's translation context ("CriterionDialog").
"""

from __future__ import annotations

import math
import re

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from counterweight.domain import Level, NumericScale, QualitativeScale
from counterweight.domain.errors import from_validation_error
from counterweight.domain.wording import GROUPED_NUMBER
from counterweight.ui.dialogs.criterion_levels import NUMERIC
from counterweight.ui.numbers import decimal_point, plain_number


def parse_number(text: str) -> float | None:
    """Read a number typed with a decimal point or a decimal comma, as the score matrix does.

    A comma followed by exactly three digits (``1,500``) could separate thousands or mark
    decimals, so it is not read (``None``), whatever the user's locale: before, it was
    1500 in English and 1.5 in French. See :func:`is_ambiguous`.
    """
    text = text.strip().replace("\u2212", "-")
    if not text or is_ambiguous(text):
        return None
    try:
        value = float(text.replace(",", ".")) if text.count(",") <= 1 and "." not in text else float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def is_ambiguous(text: str) -> bool:
    """Whether ``text`` is a number with a comma that may separate thousands (``1,500``; not in French, h27b)."""
    return decimal_point() != "," and re.fullmatch(GROUPED_NUMBER, text.strip()) is not None


class ScaleFields:
    """Mixin for :class:`~counterweight.ui.dialogs.criterion_dialog.CriterionDialog`: the scale its fields describe.

    Uses the dialog's ``kind_combo``, ``lower_edit``, ``upper_edit``, ``levels_table``
    and :meth:`~counterweight.ui.dialogs.criterion_breakpoints.BreakpointRows._read_points`.
    """

    def _scale(self, problems: list[str]) -> NumericScale | QualitativeScale | None:
        """The scale the fields describe, or ``None`` with each problem appended to ``problems``."""
        if self.kind_combo.currentIndex() == NUMERIC:
            lower = parse_number(self.lower_edit.text())
            upper = parse_number(self.upper_edit.text())
            for value, text, name in (
                    (lower, self.lower_edit.text(), QCoreApplication.translate("CriterionDialog", "Lower bound")),
                    (upper, self.upper_edit.text(), QCoreApplication.translate("CriterionDialog", "Upper bound"))):
                if value is None and is_ambiguous(text):
                    problems.append(QCoreApplication.translate(
                        "CriterionDialog",
                        "%1: “%2” is ambiguous: a comma followed by three digits may separate "
                        "thousands or mark decimals. Type it without the comma, or with a "
                        "decimal point.").replace("%1", name).replace("%2", text.strip()))
                elif value is None:
                    problems.append(QCoreApplication.translate(
                        "CriterionDialog", "%1: enter a number.").replace("%1", name))
            if lower is None or upper is None:
                return None
            if lower >= upper:
                problems.append(QCoreApplication.translate(
                    "CriterionDialog", "Lower bound: must be below the upper bound (%1 is not below %2).")
                                .replace("%1", plain_number(lower)).replace("%2", plain_number(upper)))
                return None
            points = self._read_points(problems, lower, upper)
            if points is None:
                return None
            try:
                return NumericScale(lower=lower, upper=upper, breakpoints=points)
            except ValidationError as exc:
                problems.append(QCoreApplication.translate("CriterionDialog", "Scale: %1").replace("%1", _first(exc)))
                return None
        levels: list[Level] = []
        for r in range(self.levels_table.rowCount()):
            cells = [self.levels_table.item(r, c) for c in range(3)]
            label, descriptor, raw = ((i.text().strip() if i else "") for i in cells)
            value = parse_number(raw)
            if not label:
                problems.append(QCoreApplication.translate(
                    "CriterionDialog", "Level %1: the label is empty.").replace("%1", str(r + 1)))
            if value is None or not 0 <= value <= 100:
                problems.append(QCoreApplication.translate(
                    "CriterionDialog", "Level %1 (%2): the value must be a number from 0 to 100.")
                                .replace("%1", str(r + 1)).replace("%2", label or "?"))
            if label and value is not None and 0 <= value <= 100:
                levels.append(Level(label=label, descriptor=descriptor, value=value))
        if problems:
            return None
        try:
            return QualitativeScale(levels=levels)
        except ValidationError as exc:
            problems.append(QCoreApplication.translate("CriterionDialog", "Levels: %1").replace("%1", _first(exc)))
            return None


def _first(exc: ValidationError) -> str:
    err = from_validation_error(exc)
    return err.problems[0] if err.problems else err.message
