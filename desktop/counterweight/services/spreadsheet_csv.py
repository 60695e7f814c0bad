"""Import a decision from a long-format CSV file (one row per option and criterion).

The layout is documented in ``docs/spreadsheets.md`` (section "The CSV format"); the
columns are :data:`~counterweight.reports.sheet_format.CSV_COLUMNS`. As for a workbook,
every problem is collected with its row and column (``row 7, column C (score)``) and
nothing is built unless the whole file is valid.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl.utils import get_column_letter

from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase
from counterweight.reports.sheet_format import CSV_COLUMNS
from counterweight.services.sheet_cells import Cell, Problems, Row, number_of, pairs_of, quoted, text_of
from counterweight.services.spreadsheet_build import Tables, build_decision
from counterweight.services.spreadsheet_files import MAX_ROWS, checked_file
from counterweight.services.spreadsheet_table import HEADING_ROWS, csv_grid, read_table

_CSV_ALIASES = {"value": "score", "level": "score", "value/level": "score", "value or level": "score"}
_CSV_REQUIRED = ("option", "criterion", "score")
_CSV_CRITERION_KEYS = ("weight", "unit", "direction", "lower", "upper", "levels", "breakpoints")


def read_csv(path: str | Path, notes: list[Phrase] | None = None) -> Decision:
    """Read a decision from a long-format CSV file or a plain score table (UTF-8; comma, semicolon or tab
    separated); ``notes`` receives what a plain table's import assumed."""
    p = checked_file(path)
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        if p.read_bytes()[:2] == b"PK":
            raise InvalidInputError(
                Phrase("{name} is not a CSV file, although its name says so: it looks like an Excel workbook or "
                       "another zipped file. Rename it to end in .xlsx if it is a workbook; otherwise open it in Excel "
                       "or LibreOffice and save it as an Excel workbook (.xlsx).", name=p.name),
                where=str(p)) from None
        raise InvalidInputError(Phrase("{name} is not UTF-8 text. In Excel, save it with the type 'CSV UTF-8 (Comma "
                                       "delimited)'; in LibreOffice, choose the character set 'Unicode (UTF-8)'.",
                                       name=p.name), where=str(p)) from None
    return read_csv_text(text, source=str(p), title=p.stem, notes=notes)


def _delimiter(text: str) -> str:
    """The separator of the first line that has one (a title may stand alone above the headings)."""
    lines = text.splitlines()[:HEADING_ROWS]
    first = next((line for line in lines if any(d in line for d in ",;\t")), lines[0] if lines else "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _is_long_layout(header: list[str]) -> bool:
    """Whether a CSV header is the long format's: it has a ``criterion`` or a ``score`` column.

    A long file whose criterion heading was damaged still has its score column, so it is told
    the heading it lacks, at its row; a file with neither is read as a plain score table (QA
    pass 22), as is the score matrix that 'export' writes for reading.
    """
    keys = {_CSV_ALIASES.get(h.casefold(), h.casefold()) for h in header if h}
    return "criterion" in keys or "score" in keys


def _csv_where(r: int, j: int, header: str) -> str:
    return f"row {r}, column {get_column_letter(j + 1)}" + (f" ({header})" if header else "")


def read_csv_text(text: str, *, source: str = "CSV text", title: str = "Imported decision",
                  notes: list[Phrase] | None = None) -> Decision:
    """Read a decision from long-format CSV text, or from a plain score table (``notes`` then receives
    what was assumed: :mod:`~counterweight.services.spreadsheet_table`); see ``docs/spreadsheets.md``.

    Raises
    ------
    InvalidInputError
        For any problem, with its row and column; never another exception for bad text.
    """
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InvalidInputError(Phrase("The file is empty: the first row must hold the column headings (option, "
                                       "criterion, score, ...)."), where=source)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        records = list(reader)
    except csv.Error as exc:  # e.g. a cell past the csv module's size limit (131,072 characters)
        problem = f"line {reader.line_num}: cannot be read as CSV ({exc})"
        raise InvalidInputError(f"{problem}. Nothing was imported.", where=source, problems=[problem]) from None
    if len(records) > MAX_ROWS:
        raise InvalidInputError(Phrase("The file has {n} rows; at most {most} can be imported.", n=len(records),
                                       most=MAX_ROWS), where=source)
    problems = Problems()
    header = [h.strip() for h in records[0]]
    first = next((r for r in records if any(h.strip() for h in r)), header)
    if not _is_long_layout(header) and not _is_long_layout(first):
        return read_table(csv_grid(records, decimal_comma=delimiter != ","), source=source, title=title, notes=notes)
    keys: list[str | None] = []
    for j, h in enumerate(header):
        key = _CSV_ALIASES.get(h.casefold(), h.casefold()) if h else None
        if key is not None and key not in CSV_COLUMNS:
            problems.add(_csv_where(1, j, ""), f"{quoted(h)} is not a column Counterweight reads (columns: "
                         + ", ".join(CSV_COLUMNS) + ")")
            key = None
        elif key is not None and key in keys:
            problems.add(_csv_where(1, j, ""), f"the column {quoted(h)} appears twice")
            key = None
        keys.append(key)
    missing = [k for k in _CSV_REQUIRED if k not in keys]
    if missing:
        problems.add("row 1", ("the header row lacks the column " if len(missing) == 1 else
                              "the header row lacks the columns ") + ", ".join(missing))
        problems.raise_if_any(source)
    rows: list[Row] = []
    for r, record in enumerate(records[1:], start=2):
        row = Row(f"row {r}")
        for j, value in enumerate(record):
            key = keys[j] if j < len(keys) else None
            if key is None:
                if value.strip():
                    problems.add(_csv_where(r, j, ""), f"{quoted(value)} is in a column without a known heading")
                continue
            row.cells[key] = Cell(_csv_where(r, j, header[j]), value if value.strip() else None)
        if any(not c.blank for c in row.cells.values()):
            rows.append(row)
    tables = Tables(source=source, title=title, csv=True, decimal_comma=delimiter != ",",
                    options_where="the file", criteria_where="the file")
    _csv_tables(rows, tables, problems)
    tables.problems = problems.items
    decision = build_decision(tables)
    if notes is not None:
        notes += tables.notes
    return decision


def _same(a: Cell, b: Cell) -> bool:
    quiet = Problems()
    x, y = number_of(a, quiet, decimal_comma=True), number_of(b, quiet, decimal_comma=True)
    if x is not None and y is not None:
        return x == y
    return text_of(a).casefold() == text_of(b).casefold()


def _csv_tables(rows: list[Row], tables: Tables, problems: Problems) -> None:
    """Spread the long rows over options, criteria (their scale from any row) and levels."""
    options: dict[str, Row] = {}
    criteria: dict[str, Row] = {}
    first: dict[tuple[str, str], Cell] = {}
    for row in rows:
        opt = text_of(row["option"], csv_escape=True)
        if opt and opt.casefold() not in options:
            options[opt.casefold()] = Row(row.where, {"name": row["option"]})
        crit = text_of(row["criterion"], csv_escape=True)
        if not crit:
            continue
        spec = criteria.setdefault(crit.casefold(), Row(row.where, {"name": row["criterion"]}))
        for key in _CSV_CRITERION_KEYS:
            cell = row[key]
            if cell.blank:
                continue
            earlier = first.get((crit.casefold(), key))
            if earlier is None:
                first[(crit.casefold(), key)] = cell
                spec.cells[key] = cell
            elif not _same(earlier, cell):
                problems.add(cell.where, f"{quoted(cell.value)} differs from {quoted(earlier.value)} given for"
                             f" {quoted(crit)} at {earlier.where}; describe a criterion the same way on every row")
    for spec in criteria.values():
        levels_cell = spec.cells.pop("levels", None)
        if levels_cell is None:
            continue
        spec.cells["scale"] = Cell(levels_cell.where, "levels")
        for label, value in pairs_of(levels_cell, problems, "level", decimal_comma=tables.decimal_comma,
                                     csv_escape=True) or []:
            tables.levels.append(Row(levels_cell.where, {"criterion": spec["name"],
                                                         "level": Cell(levels_cell.where, label),
                                                         "value": Cell(levels_cell.where, value)}))
    tables.options = list(options.values())
    tables.criteria = list(criteria.values())
    tables.scores = rows


__all__ = ["read_csv", "read_csv_text"]
