"""Import a decision from a spreadsheet (XLSX template or long CSV) and write the blank template.

The layout is documented in ``docs/spreadsheets.md`` and defined in
:mod:`counterweight.reports.sheet_format`. Reading checks the whole file before
anything is built: every problem is collected with its sheet, row and column
(``Scores!D7: 'abc' is not a number``) and reported together in one
:class:`~counterweight.domain.errors.InvalidInputError`; nothing is created or
changed unless the whole file is valid.

Excel files are read with openpyxl (no Excel needed). Formulas are not run: a
formula cell is read through the result Excel saved with it, and one without a
saved result is reported.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError, ProjectFileError
from counterweight.reports.sheet_format import (
    CSV_COLUMNS,
    REQUIRED_SHEETS,
    SHEET_COLUMNS,
    SHEET_CRITERIA,
    SHEET_DECISION,
    SHEET_LEVELS,
    SHEET_OPTIONS,
    SHEET_SCORES,
    Column,
    write_data_sheets,
    write_readme,
)
from counterweight.reports.xlsx_export import save_workbook
from counterweight.services.session import ProjectSession
from counterweight.services.sheet_cells import Cell, Problems, Row, number_of, pairs_of, quoted, text_of
from counterweight.services.spreadsheet_build import Tables, build_decision
from counterweight.services.workspace import PROJECT_SUFFIX

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
SPREADSHEET_SUFFIXES = XLSX_SUFFIXES | CSV_SUFFIXES

#: Larger files are refused before they are opened (a real decision is far smaller).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: At most this many rows per sheet (or CSV lines).
MAX_ROWS = 100_000
#: At most this many cells (rows x columns of the used range) per sheet, so that one stray
#: cell far off (say at XFD1048576) is refused at once instead of making the import crawl.
MAX_CELLS = 2_000_000

_CSV_ALIASES = {"value": "score", "level": "score", "value/level": "score", "value or level": "score"}
_CSV_REQUIRED = ("option", "criterion", "score")
_CSV_CRITERION_KEYS = ("weight", "unit", "direction", "lower", "upper", "levels")


# ---------------------------------------------------------------------- files
def _checked_file(path: str | Path) -> Path:
    p = Path(path)
    if not p.is_file():
        raise ProjectFileError(f"There is no file at {p}.", where=str(p))
    if p.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInputError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, far more than"
                                " a decision needs; is it the right file?", where=str(p))
    return p


def read_spreadsheet(path: str | Path) -> Decision:
    """Read a decision from an ``.xlsx`` template/export or a long-format ``.csv`` file.

    Raises
    ------
    InvalidInputError
        The file is not readable as a spreadsheet, or has problems; ``problems``
        lists each with its sheet, row and column.
    ProjectFileError
        There is no such file.
    """
    suffix = Path(path).suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path)
    if suffix in CSV_SUFFIXES:
        return read_csv(path)
    if suffix == ".xls":
        raise InvalidInputError("is an old Excel 97-2003 file; save it as an Excel workbook (.xlsx) first",
                                where=str(path))
    raise InvalidInputError("is not a spreadsheet Counterweight reads (.xlsx or .csv)", where=str(path))


def import_spreadsheet(path: str | Path, out: str | Path, *, overwrite: bool = False) -> Path:
    """Create the project ``out`` from a spreadsheet; nothing is written if the spreadsheet has problems."""
    decision = read_spreadsheet(path)
    target = Path(out)
    if target.suffix.lower() != PROJECT_SUFFIX:
        target = target.with_name(target.name + PROJECT_SUFFIX)
    ProjectSession.create(target, decision, overwrite=overwrite).close()
    return target


def template_workbook() -> Workbook:
    """The blank template: README first, then the empty data sheets with drop-down lists."""
    wb = Workbook()
    default = wb.active
    write_data_sheets(wb, None)
    write_readme(wb, first=True)
    if default is not None:
        wb.remove(default)
    wb.active = 0
    return wb


def write_template(path: str | Path) -> Path:
    """Write the blank import template (.xlsx) to ``path``."""
    return save_workbook(template_workbook(), path)


# ---------------------------------------------------------------------- XLSX
def _open_workbook(p: Path, *, values: bool) -> Workbook:
    try:
        return load_workbook(p, read_only=False, data_only=values, keep_links=False)
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign file fails in many ways inside openpyxl
        raise InvalidInputError(
            f"is not an Excel workbook Counterweight can read ({type(exc).__name__}: {exc}); save it from"
            " Excel or LibreOffice as .xlsx", where=str(p)) from None


def _header_map(ws: Worksheet, columns: tuple[Column, ...], problems: Problems) -> dict[int, str] | None:
    names = {c.header.casefold(): c.key for c in columns} | {c.key.casefold(): c.key for c in columns}
    found: dict[int, str] = {}
    where_key: dict[str, str] = {}
    ok = True
    for cell in next(ws.iter_rows(min_row=1, max_row=1), ()):
        header = text_of(Cell("", cell.value))
        if not header:
            continue
        where = f"{ws.title}!{cell.coordinate}"
        key = names.get(header.casefold())
        if key is None:
            problems.add(where, f"{quoted(header)} is not a column of the {ws.title} sheet (columns: "
                         + ", ".join(c.header for c in columns) + ")")
            ok = False
        elif key in where_key:
            problems.add(where, f"the column {quoted(header)} appears twice (also {where_key[key]})")
            ok = False
        else:
            found[cell.column] = key
            where_key[key] = where
    for col in columns:
        if col.required and col.key not in where_key:
            problems.add(f"{ws.title} row 1", f"the column {quoted(col.header)} is missing from the header row")
            ok = False
    return found if ok else None


def _too_large(ws: Worksheet) -> str:
    """Why the sheet is too large to read (its used range), or ``""``; checked before any cell is read."""
    corner = f"{get_column_letter(ws.max_column)}{ws.max_row}"
    if ws.max_row * ws.max_column > MAX_CELLS:  # first: it names the far cell (often one stray entry)
        return (f"the sheet is used as far as cell {corner} ({ws.max_row} rows, {ws.max_column} columns), far"
                " more than a decision needs; delete the rows and columns past your data")
    if ws.max_row > MAX_ROWS:
        return (f"the sheet is used down to row {ws.max_row} (as far as cell {corner}); at most {MAX_ROWS} rows"
                " can be imported, so delete the rows past your data")
    return ""


def _sheet_rows(ws: Worksheet, values_ws: Worksheet | None, headers: dict[int, str],
                problems: Problems) -> list[Row]:
    rows: list[Row] = []
    for cells in ws.iter_rows(min_row=2):
        r = cells[0].row if cells else 0
        row = Row(f"{ws.title} row {r}")
        for cell in cells:
            value = cell.value
            where = f"{ws.title}!{cell.coordinate}"
            if cell.data_type == "f":
                value = values_ws.cell(row=cell.row, column=cell.column).value if values_ws is not None else None
                if value is None:
                    problems.add(where, "holds a formula whose result was not saved in the file; type the value"
                                 " (or save the file in Excel first)")
                    continue
            if isinstance(value, str) and not value.strip():
                value = None
            key = headers.get(cell.column)
            if key is None:
                if value is not None:
                    problems.add(where, f"{quoted(value)} is in a column without a heading; add the heading or"
                                 " remove the value")
                continue
            row.cells[key] = Cell(where, value)
        if any(not c.blank for c in row.cells.values()):
            rows.append(row)
    return rows


def _is_empty(ws: Worksheet) -> bool:
    return all(c.value is None or (isinstance(c.value, str) and not c.value.strip())
               for row in ws.iter_rows() for c in row)


def read_xlsx(path: str | Path) -> Decision:
    """Read a decision from the XLSX template layout (see the module docstring)."""
    p = _checked_file(path)
    wb = _open_workbook(p, values=False)
    sheets = {ws.title.casefold(): ws for ws in wb.worksheets}
    structure = Problems()
    for name in REQUIRED_SHEETS:
        if name.casefold() not in sheets:
            structure.add(f"{name} sheet", f"the workbook has no sheet named {quoted(name)} (its sheets: "
                          + ", ".join(ws.title for ws in wb.worksheets) + ")")
    headers: dict[str, dict[int, str]] = {}
    for name, columns in SHEET_COLUMNS.items():
        ws = sheets.get(name.casefold())
        if ws is not None and _too_large(ws):
            structure.add(ws.title, _too_large(ws))
            continue
        if ws is not None and name not in REQUIRED_SHEETS and _is_empty(ws):
            continue  # an optional sheet left blank counts as absent
        if ws is not None:
            found = _header_map(ws, columns, structure)
            if found is not None:
                headers[name] = found
    structure.raise_if_any(str(p))
    has_formula = any(c.data_type == "f" for name in headers for row in sheets[name.casefold()].iter_rows()
                      for c in row)
    values = _open_workbook(p, values=True) if has_formula else None
    problems = Problems()
    tables = Tables(source=str(p), title=p.stem)
    for name, key in ((SHEET_DECISION, "decision"), (SHEET_OPTIONS, "options"), (SHEET_CRITERIA, "criteria"),
                      (SHEET_LEVELS, "levels"), (SHEET_SCORES, "scores")):
        if name in headers:
            ws = sheets[name.casefold()]
            values_ws = values[ws.title] if values is not None else None
            setattr(tables, key, _sheet_rows(ws, values_ws, headers[name], problems))
    tables.problems = problems.items
    return build_decision(tables)


# ---------------------------------------------------------------------- CSV
def read_csv(path: str | Path) -> Decision:
    """Read a decision from a long-format CSV file (UTF-8; comma, semicolon or tab separated)."""
    p = _checked_file(path)
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInputError("is not UTF-8 text; in Excel choose 'CSV UTF-8 (Comma delimited)' when saving",
                                where=str(p)) from None
    return read_csv_text(text, source=str(p), title=p.stem)


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


#: Why the score-matrix CSV that 'export' writes for reading is refused, and what imports instead.
MATRIX_LAYOUT_PROBLEM = (
    "this is the score-matrix layout (one row per option, one column per criterion), which is made for "
    "reading and does not import; to get a file that imports back, export the decision as an Excel workbook "
    "(.xlsx) or as a CSV file with one row per score (in the window: File > Export spreadsheet…, type "
    "'CSV, one row per score'; on the command line: 'counterweight export --csv-layout long')")


def _is_matrix_layout(header: list[str]) -> bool:
    """Whether a CSV header is the score matrix's: ``Option`` then criterion names, no ``criterion`` column.

    The long format names its criterion in a ``criterion`` column; the matrix (see
    ``reports/csv_export.py``) has ``Option`` first and one column per criterion.
    """
    keys = [_CSV_ALIASES.get(h.casefold(), h.casefold()) for h in header if h]
    # a "score" column is the long format's: a long file whose criterion heading was damaged is
    # told the heading it lacks, at its row, not that it is the other layout
    return (len(header) > 1 and header[0].casefold() == "option" and "criterion" not in keys
            and "score" not in keys and any(k not in CSV_COLUMNS for k in keys))


def _csv_where(r: int, j: int, header: str) -> str:
    return f"row {r}, column {get_column_letter(j + 1)}" + (f" ({header})" if header else "")


def read_csv_text(text: str, *, source: str = "CSV text", title: str = "Imported decision") -> Decision:
    """Read a decision from long-format CSV text; see ``docs/spreadsheets.md``.

    Raises
    ------
    InvalidInputError
        For any problem, with its row and column; never another exception for bad text.
    """
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InvalidInputError("the file is empty; the first row must hold the column headings"
                                " (option, criterion, score, ...)", where=source)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        records = list(reader)
    except csv.Error as exc:  # e.g. a cell past the csv module's size limit (131,072 characters)
        problem = f"line {reader.line_num}: cannot be read as CSV ({exc})"
        raise InvalidInputError(f"{problem}. Nothing was imported.", where=source, problems=[problem]) from None
    if len(records) > MAX_ROWS:
        raise InvalidInputError(f"has {len(records)} rows; at most {MAX_ROWS} can be imported", where=source)
    problems = Problems()
    header = [h.strip() for h in records[0]]
    if _is_matrix_layout(header):
        problem = MATRIX_LAYOUT_PROBLEM
        raise InvalidInputError(problem, where=source, problems=[problem])
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
    return build_decision(tables)


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


__all__ = [
    "CSV_SUFFIXES", "MATRIX_LAYOUT_PROBLEM", "MAX_FILE_BYTES", "SPREADSHEET_SUFFIXES", "XLSX_SUFFIXES", "import_spreadsheet",
    "read_csv", "read_csv_text", "read_spreadsheet", "read_xlsx", "template_workbook", "write_template",
]
