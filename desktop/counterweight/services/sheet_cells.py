"""Cells of an imported spreadsheet: where each one is, and turning it into text or a number.

Both readers (XLSX and CSV) hand the decision builder rows of :class:`Cell`; each
cell knows its location in words (``Scores!D7`` or ``row 7, column D (low)``) so
that every problem can name the exact place to fix.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

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


def number_of(cell: Cell, problems: Problems, *, decimal_comma: bool = False) -> float | None:
    """A cell as a finite number; ``None`` when blank or (with a problem recorded) when it is not one."""
    value = cell.value
    if cell.blank:
        return None
    if isinstance(value, bool):
        problems.add(cell.where, f"{quoted(value)} is not a number")
        return None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        problems.add(cell.where, f"{quoted(value)} is a date or time, not a number; format the cell as a number")
        return None
    if isinstance(value, int | float):
        number = _float_or_inf(value)  # an integer cell may hold hundreds of digits
    else:
        text = str(value).strip().replace("\u2212", "-")
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
            hint = " (use a dot as the decimal point, and no thousands separator)" if "," in text else ""
            problems.add(cell.where, f"{quoted(value)} is not a number{hint}")
            return None
        try:
            number = float(text)
        except (ValueError, OverflowError):
            problems.add(cell.where, f"{quoted(value)} is not a number")
            return None
    if not math.isfinite(number):
        problems.add(cell.where, f"{quoted(value)} is too large to be a score")
        return None
    return number


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
    "ID_RE", "MAX_PROBLEMS", "Cell", "Problems", "Row", "checked_identifier", "fresh_id", "number_of", "pairs_of",
    "quoted", "text_of", "validate_model",
]
