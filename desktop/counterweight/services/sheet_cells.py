"""Cells of an imported spreadsheet: where each one is, and turning it into text or a number.

Both readers (XLSX and CSV) hand the decision builder rows of :class:`Cell`; each
cell knows its location in words (``Scores!D7`` or ``row 7, column D (low)``) so
that every problem can name the exact place to fix.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import column_index_from_string
from pydantic import BaseModel, ValidationError

from counterweight.domain import from_validation_error, slug
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.wording import GROUPED_NUMBER
from counterweight.reports.sheet_format import number_text

#: At most this many problems are listed; the rest are counted.
MAX_PROBLEMS = 200

#: What an identifier may look like (as the domain requires).
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")

_DOT_NUMBER = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
_COMMA_NUMBER = re.compile(r"^[-+]?(?:\d+,?\d*|,\d+)(?:[eE][-+]?\d+)?$")
_GROUPED = re.compile(f"^{GROUPED_NUMBER}$")  # thousands (1,500 = 1500) or decimals (1.5)? Refused.


@dataclass(frozen=True)
class Cell:
    """One cell: its location in words and its raw content (None when empty)."""

    where: str
    value: Any = None
    #: The cell is formatted as a percentage (Excel shows 35% and holds 0.35): its number is not read.
    percent: bool = False

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass
class Row:
    """One data row: its cells by column key, and where the row is (for row-level problems)."""

    where: str
    cells: dict[str, Cell] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Cell:
        return self.cells.get(key) or Cell(self.where)


class Problems:
    """Collects every problem found, each prefixed with its location."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}" if where else message)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[str]:
        return iter(self.items)

    def raise_if_any(self, source: str) -> None:
        """Raise one :class:`InvalidInputError` listing every problem, if there are any."""
        if not self.items:
            return
        shown = self.items[:MAX_PROBLEMS]
        if len(self.items) > MAX_PROBLEMS:
            shown.append(f"... and {len(self.items) - MAX_PROBLEMS} more problems")
        n = len(self.items)
        if n == 1:
            message = f"{self.items[0]}. Nothing was imported."
        else:
            message = f"{n} problems, nothing was imported. The first: {self.items[0]}"
        raise InvalidInputError(message, where=source, problems=shown)


def quoted(value: Any) -> str:
    """A cell's content for a message: ``'abc'``, shortened when long."""
    text = value if isinstance(value, str) else str(value)
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def text_of(cell: Cell, *, csv_escape: bool = False) -> str:
    """A cell as trimmed text (numbers as short text). ``csv_escape`` undoes the export's
    apostrophe before ``= + - @``."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        number = _float_or_inf(value)
        return number_text(number) if math.isfinite(number) else str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    text = str(value).strip()
    if csv_escape and len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        text = text[1:]
    return text


def number_of(cell: Cell, problems: Problems, *, decimal_comma: bool = False, hint: str = "",
              scale: tuple[float, float] | None = None) -> float | None:
    """A cell as a finite number; ``None`` when blank or (with a problem recorded) when it is not one.

    ``hint`` ends the message for text that is not a number (``"; leave the cell empty for a
    missing score"``). A percentage, typed (``35%``) or shown by the cell's format (Excel holds
    0.35), is refused: whether 35 or 0.35 is meant depends on the scale, so it is not guessed;
    with the cell's ``scale`` (lower, upper) the message says which of the two fits it.
    """
    value = cell.value
    if cell.blank:
        return None
    if isinstance(value, bool):
        problems.add(cell.where, f"{quoted(value)} is not a number{hint}")
        return None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        problems.add(cell.where, f"{quoted(value)} is a date or time, not a number; format the cell as a number")
        return None
    if cell.percent and isinstance(value, int | float) and math.isfinite(_float_or_inf(value)):
        whole, held = _tidy_text(float(value) * 100), number_text(float(value))
        problems.add(cell.where, f"shows {whole}% but holds {held}, because the cell is formatted as a percentage;"
                     f" {_percent_advice(whole, held, scale)}")
        return None
    if isinstance(value, int | float):
        number = _float_or_inf(value)  # an integer cell may hold hundreds of digits
    else:
        text = str(value).strip().replace("\u2212", "-")
        typed = _TYPED_PERCENT.match(text.replace(",", ".") if decimal_comma else text)
        if typed:
            whole = float(typed.group(1))
            problems.add(cell.where, f"{quoted(value)} is a percentage, not a number; "
                         + _percent_advice(number_text(whole), _tidy_text(whole / 100), scale))
            return None
        if decimal_comma and _GROUPED.match(text):
            plain = text.replace(",", "")
            problems.add(cell.where, f"{quoted(value)} is ambiguous: a comma followed by three digits may separate "
                                     f"thousands or mark decimals; write {plain} or {text.replace(',', '.', 1)}"
                         if text.count(",") == 1 else
                         f"{quoted(value)} is ambiguous: its commas may separate thousands or mark decimals; "
                         f"write {plain}, without commas")
            return None
        if decimal_comma and _COMMA_NUMBER.match(text):
            text = text.replace(",", ".")
        if not _DOT_NUMBER.match(text):
            advice = " (use a dot as the decimal point, and no thousands separator)" if "," in text else hint
            problems.add(cell.where, f"{quoted(value)} is not a number{advice}")
            return None
        try:
            number = float(text)
        except (ValueError, OverflowError):
            problems.add(cell.where, f"{quoted(value)} is not a number{hint}")
            return None
    if not math.isfinite(number):
        problems.add(cell.where, f"{quoted(value)} is too large to be a score")
        return None
    return number


#: Text typed as a percentage: ``35%``, ``12.5 %``.
_TYPED_PERCENT = re.compile(r"^([-+]?(?:\d+\.?\d*|\.\d+))\s*%$")


def _tidy_text(x: float) -> str:
    """``x`` as short text without float noise (0.07 * 100 is 7.000000000000001; this gives ``7``)."""
    return number_text(float(f"{x:.12g}"))


def _percent_advice(whole: str, fraction: str, scale: tuple[float, float] | None = None) -> str:
    """What to type instead of a percentage: the same advice for typed and formatted percentages;
    with the ``scale`` of the cell, the one of the two numbers that fits it, if only one does."""
    plain = "as a plain number (a cell formatted as Number or General)"
    if scale is not None:
        lower, upper = scale
        fits = [text for text in (whole, fraction) if lower <= float(text) <= upper]
        if len(fits) == 1:
            return f"the scale runs from {number_text(lower)} to {number_text(upper)}, so type {fits[0]} {plain}"
    return f"type {whole} or {fraction}, whichever the scale uses, {plain}"


def is_percent_format(number_format: str | None) -> bool:
    """Whether an Excel number format shows a number as a percentage (``0%``, ``0.0%``).

    A ``%`` in quotes (``0"%"``) or after a backslash (``0\\%``) is a literal sign that does
    not scale the number, so it does not count.
    """
    if not number_format or "%" not in number_format:
        return False
    plain = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format)
    return "%" in plain


def named_where(where: str, label: str) -> str:
    """``where`` with what the cell is about: ``Scores!C5 (Do minimum × Design life)``; in a CSV
    place that ends with its heading, ``row 7, column C (score; Do minimum × Design life)``."""
    if where.endswith(")") and "(" in where:
        return f"{where[:-1]}; {label})"
    return f"{where} ({label})"


_SHEET_PLACE = re.compile(r"^([^!:]+)!([A-Z]{1,3})(\d+)\b")
_SHEET_ROW = re.compile(r"^(.+?) row (\d+)\b")
_CSV_PLACE = re.compile(r"^row (\d+)(?:, column ([A-Z]{1,3}))?\b")


def problem_order(sheets: tuple[str, ...]) -> Callable[[str], tuple[int, int, int]]:
    """A sort key that puts problems in file order: by sheet (in the order ``sheets``), row, column.

    ``Scores!C5: ...``, ``Scores row 5: ...`` and ``row 5, column C (score): ...`` are placed;
    a problem without a cell or row (a whole sheet, the file) comes first. Sort stably.
    """
    index = {name.casefold(): i for i, name in enumerate(sheets)}

    def key(problem: str) -> tuple[int, int, int]:
        m = _SHEET_PLACE.match(problem)
        if m:
            return (index.get(m.group(1).casefold(), len(sheets)), int(m.group(3)),
                    column_index_from_string(m.group(2)))
        m = _CSV_PLACE.match(problem)
        if m:
            return (0, int(m.group(1)), column_index_from_string(m.group(2)) if m.group(2) else 0)
        m = _SHEET_ROW.match(problem)
        if m and m.group(1).casefold() in index:
            return (index[m.group(1).casefold()], int(m.group(2)), 0)
        return (-1, 0, 0)

    return key


def _float_or_inf(value: float) -> float:
    """``float(value)``, or infinity for an integer too large for a float (instead of ``OverflowError``)."""
    try:
        return float(value)
    except OverflowError:
        return math.inf


#: A pair whose name is in double quotes (``"Severe; irreversible"=0``), a quote in it doubled.
_QUOTED_PAIR = re.compile(r'\s*"((?:[^"]|"")*)"\s*=([^;]*)(?:;|$)')


def _pair_parts(text: str) -> Iterator[tuple[str, str, str, bool]]:
    """Each ``name=value`` part of ``text`` as (part, name, value, has '='); ``;`` inside quotes is kept."""
    pos = 0
    while pos < len(text):
        m = _QUOTED_PAIR.match(text, pos)
        if m:
            yield m.group(0).rstrip(";"), m.group(1).replace('""', '"'), m.group(2), True
            pos = m.end()
            continue
        end = text.find(";", pos)
        end = len(text) if end < 0 else end
        part = text[pos:end]
        pos = end + 1
        name, sep, number = part.rpartition("=")
        yield part, name, number, bool(sep)


def pairs_of(cell: Cell, problems: Problems, what: str, *, decimal_comma: bool = False,
             csv_escape: bool = False) -> list[tuple[str, float]] | None:
    """``Label=value; Label=value`` as pairs (levels in CSV, breakpoints); ``None`` on a problem.

    A label holding ``;`` is written in double quotes (``"Severe; irreversible"=0``), as
    Counterweight's exports write it. ``decimal_comma`` accepts ``30,5`` as in :func:`number_of`;
    ``csv_escape`` as in :func:`text_of`.
    """
    text = text_of(cell, csv_escape=csv_escape)
    out: list[tuple[str, float]] = []
    for part, label, number, sep in _pair_parts(text):
        if not part.strip():
            continue
        if not sep or not label.strip():
            problems.add(cell.where, f"{quoted(part.strip())} is not a {what} written as name=value"
                         " (separate pairs with ';')")
            return None
        value = number_of(Cell(cell.where, number), problems, decimal_comma=decimal_comma)
        if value is None:
            if not number.strip():
                problems.add(cell.where, f"{quoted(part.strip())} has no value after '='")
            return None
        out.append((label.strip(), value))
    return out


def validate_model(cls: type[BaseModel], data: dict[str, Any], cells: dict[str, Cell], where: str,
                   problems: Problems) -> Any:
    """``cls.model_validate(data)``, or ``None`` with each problem filed under the cell of its field.

    ``cells`` maps a model field to the cell it came from; problems about other
    fields, or the model as a whole, go to ``where``.
    """
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        error = from_validation_error(exc)
        for err, message in zip(exc.errors(include_url=False), error.problems):
            loc = err.get("loc", ())
            cell = cells.get(str(loc[0])) if loc else None
            if cell is not None and ": " in message:
                message = message.split(": ", 1)[1]  # the cell already says which field
            message = _plain_limit(err) or message
            problems.add(cell.where if cell is not None else where, message)
        return None


def _plain_limit(err: Any) -> str:
    """Limits in words ('must be at most 100') instead of pydantic's wording."""
    ctx = err.get("ctx") or {}
    kind = err.get("type")
    if kind == "less_than_equal":
        return f"must be at most {number_text(float(ctx['le']))}"
    if kind == "greater_than_equal" and float(ctx.get("ge", 0)) != 0:
        return f"must be at least {number_text(float(ctx['ge']))}"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    return ""


def checked_identifier(ident: str, where: str, taken: dict[str, str], problems: Problems) -> str:
    """A given ID if usable and new (it is then recorded in ``taken``); ``""`` if empty or refused."""
    if not ident:
        return ""
    if not ID_RE.match(ident):
        problems.add(where, f"{quoted(ident)} is not a usable ID (letters, digits, - _ . only,"
                     " at most 64, starting with a letter or digit)")
        return ""
    if ident in taken:
        problems.add(where, f"the ID {quoted(ident)} is used twice (also {taken[ident]})")
        return ""
    taken[ident] = where
    return ident


def fresh_id(name: str, taken: dict[str, str]) -> str:
    """An ID made from ``name`` that is not in ``taken`` (and is then recorded there)."""
    base = slug(name)
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken[ident] = ""
    return ident


__all__ = [
    "ID_RE", "MAX_PROBLEMS", "Cell", "Problems", "Row", "checked_identifier", "fresh_id", "is_percent_format",
    "named_where", "number_of", "pairs_of", "problem_order", "quoted", "text_of", "validate_model",
]
