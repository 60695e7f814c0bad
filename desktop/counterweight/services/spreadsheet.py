"""Import a decision from a spreadsheet (XLSX template or long CSV) and write the blank template.

The layout is documented in ``docs/spreadsheets.md`` and defined in
:mod:`counterweight.reports.sheet_format`. Reading checks the whole file before
anything is built: every problem is collected with its sheet, row and column
(``Scores!D7: 'abc' is not a number``) and reported together in one
:class:`~counterweight.domain.errors.InvalidInputError`; nothing is created or
changed unless the whole file is valid.

Excel files are read with openpyxl (no Excel needed). Formulas are not run: a
formula cell is read through the result Excel saved with it, and one without a
saved result is reported. A sheet's headings may sit below a title (they are looked
for in its first rows), and a cell formatted as a percentage is refused rather than
read as a fraction. What the file held that was not read (another sheet, the rows
above the headings) is handed back as notes (QA pass 22).

The CSV reader is :mod:`counterweight.services.spreadsheet_csv`; which files are taken,
and the words for one that is not, are in :mod:`counterweight.services.spreadsheet_files`.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase
from counterweight.reports.sheet_format import (
    REQUIRED_SHEETS,
    SHEET_COLUMNS,
    SHEET_CRITERIA,
    SHEET_DECISION,
    SHEET_LEVELS,
    SHEET_OPTIONS,
    SHEET_README,
    SHEET_SCORES,
    Column,
    write_data_sheets,
    write_readme,
)
from counterweight.reports.xlsx_export import REPORT_SHEETS, save_workbook
from counterweight.services.export_notes import listed
from counterweight.services.import_origin import spreadsheet_origin
from counterweight.services.leftovers import tidy_beside
from counterweight.services.session import ProjectSession
from counterweight.services.sheet_cells import Cell, Problems, Row, is_percent_format, quoted, text_of
from counterweight.services.spreadsheet_build import Tables, build_decision
from counterweight.services.spreadsheet_csv import read_csv, read_csv_text
from counterweight.services.spreadsheet_table import TEMPLATE_POINTER, Grid, looks_like_table, read_table, trimmed
from counterweight.services.spreadsheet_files import (
    CSV_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_ROWS,
    SPREADSHEET_SUFFIXES,
    XLSX_SUFFIXES,
    checked_file,
    unreadable_workbook,
    unsupported_file,
)
from counterweight.services.workspace import PROJECT_SUFFIX

#: At most this many cells (rows x columns of the used range) per sheet, so that one stray
#: cell far off (say at XFD1048576) is refused at once instead of making the import crawl.
MAX_CELLS = 2_000_000

#: The headings of a sheet are looked for in its first rows (a title may sit above them).
MAX_HEADING_ROW = 10


# ---------------------------------------------------------------------- files
def read_spreadsheet(path: str | Path, notes: list[Phrase] | None = None) -> Decision:
    """Read a decision from an ``.xlsx`` template/export or a long-format ``.csv`` file.

    ``notes``, if given, receives what the reader left out that the user should know
    (a sheet it does not read, rows above a sheet's headings).

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
        return read_xlsx(path, notes)
    if suffix in CSV_SUFFIXES:
        return read_csv(path, notes)
    raise unsupported_file(Path(path))


def import_spreadsheet(path: str | Path, out: str | Path, *, overwrite: bool = False,
                       notes: list[Phrase] | None = None) -> Path:
    """Create the project ``out`` from a spreadsheet; nothing is written if the spreadsheet has problems.

    ``notes`` receives the reader's notes, as in :func:`read_spreadsheet`.
    """
    decision = read_spreadsheet(path, notes)
    target = Path(out)
    if target.suffix.lower() != PROJECT_SUFFIX:
        target = target.with_name(target.name + PROJECT_SUFFIX)
    tidy_beside(target)  # QA 24: what an import killed here earlier left behind
    ProjectSession.create(target, decision, overwrite=overwrite, origin=spreadsheet_origin(path)).close()
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
    # The file is read whole first, so that an OSError here is the file's own (missing,
    # locked, unreadable) and is raised as such, while anything the parser hits inside
    # the bytes (a flipped byte sends zipfile seeking to a negative offset: EINVAL) is a
    # damaged workbook (CI on 63b33e7, hypothesis).
    data = p.read_bytes()
    try:
        return load_workbook(BytesIO(data), read_only=False, data_only=values, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign file fails in many ways inside openpyxl
        raise unreadable_workbook(p, exc) from None


def _heading_names(columns: tuple[Column, ...]) -> dict[str, str]:
    return {c.header.casefold(): c.key for c in columns} | {c.key.casefold(): c.key for c in columns}


def heading_row(ws: Worksheet, columns: tuple[Column, ...]) -> int:
    """The row holding the sheet's headings: row 1, or the first of the next rows (up to
    :data:`MAX_HEADING_ROW`) that has every required heading when row 1 does not (a title above them)."""
    names = _heading_names(columns)
    required = {c.key for c in columns if c.required}
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, MAX_HEADING_ROW)):
        keys = {names.get(text_of(Cell("", c.value)).casefold()) for c in row}
        if required <= keys:
            return row[0].row if row else 1
    return 1


def _above_headings(ws: Worksheet, row: int) -> Phrase | None:
    """The note for what sits above headings found on ``row`` (nothing when those rows are empty)."""
    texts = [text_of(Cell("", c.value)) for r in ws.iter_rows(min_row=1, max_row=row - 1) for c in r]
    texts = [t for t in texts if t]
    if not texts:
        return None
    return Phrase("The headings of the {sheet} sheet were found on row {row}, so what is above them was not read"
                  " ({text}).", sheet=ws.title, row=row, text=", ".join(quoted(t) for t in texts[:3])
                  + (", …" if len(texts) > 3 else ""))


def _header_map(ws: Worksheet, columns: tuple[Column, ...], problems: Problems,
                row: int = 1) -> dict[int, str] | None:
    names = _heading_names(columns)
    found: dict[int, str] = {}
    where_key: dict[str, str] = {}
    ok = True
    for cell in next(ws.iter_rows(min_row=row, max_row=row), ()):
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
            problems.add(f"{ws.title} row {row}", f"the column {quoted(col.header)} is missing from the header row")
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
                problems: Problems, first: int = 2) -> list[Row]:
    rows: list[Row] = []
    for cells in ws.iter_rows(min_row=first):
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
            percent = isinstance(value, int | float) and not isinstance(value, bool) \
                and is_percent_format(cell.number_format)
            row.cells[key] = Cell(where, value, percent)
        if any(not c.blank for c in row.cells.values()):
            rows.append(row)
    return rows


def _is_empty(ws: Worksheet) -> bool:
    return all(c.value is None or (isinstance(c.value, str) and not c.value.strip())
               for row in ws.iter_rows() for c in row)


def _unread_sheets(wb: Workbook) -> Phrase | None:
    """The note naming sheets that hold something but are not read (not the export's own reading sheets)."""
    known = {name.casefold() for name in (*SHEET_COLUMNS, SHEET_README, *REPORT_SHEETS)}
    unread = [ws.title for ws in wb.worksheets if ws.title.casefold() not in known
              and (ws.max_row * ws.max_column > MAX_CELLS or not _is_empty(ws))]
    if not unread:
        return None
    names = listed([quoted(t) for t in unread])
    if len(unread) == 1:
        return Phrase("The sheet {sheets} was not read: Counterweight reads only the Options, Criteria, Scores, "
                      "Levels and Decision sheets.", sheets=names)
    return Phrase("The sheets {sheets} were not read: Counterweight reads only the Options, Criteria, Scores, "
                  "Levels and Decision sheets.", sheets=names)


def read_xlsx(path: str | Path, notes: list[Phrase] | None = None) -> Decision:
    """Read a decision from the XLSX template layout (see the module docstring); ``notes`` as in
    :func:`read_spreadsheet`."""
    p = checked_file(path)
    wb = _open_workbook(p, values=False)
    said: list[Phrase] = []
    sheets = {ws.title.casefold(): ws for ws in wb.worksheets}
    if not any(name.casefold() in sheets for name in (*SHEET_COLUMNS, SHEET_README)):
        return _read_plain_workbook(p, wb, notes)  # QA pass 22: the analyst's own table, not the template
    structure = Problems()
    for name in REQUIRED_SHEETS:
        if name.casefold() not in sheets:
            structure.add(f"{name} sheet", f"the workbook has no sheet named {quoted(name)} (its sheets: "
                          + ", ".join(ws.title for ws in wb.worksheets) + f"). {TEMPLATE_POINTER}")
    headers: dict[str, dict[int, str]] = {}
    starts: dict[str, int] = {}
    for name, columns in SHEET_COLUMNS.items():
        ws = sheets.get(name.casefold())
        if ws is not None and _too_large(ws):
            structure.add(ws.title, _too_large(ws))
            continue
        if ws is not None and name not in REQUIRED_SHEETS and _is_empty(ws):
            continue  # an optional sheet left blank counts as absent
        if ws is not None:
            row = heading_row(ws, columns)
            found = _header_map(ws, columns, structure, row)
            if found is not None:
                headers[name], starts[name] = found, row + 1
                above = _above_headings(ws, row) if row > 1 else None
                said += [above] if above is not None else []
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
            setattr(tables, key, _sheet_rows(ws, values_ws, headers[name], problems, starts[name]))
    tables.problems = problems.items
    decision = build_decision(tables)
    unread = _unread_sheets(wb)
    if notes is not None:
        from counterweight.services.spreadsheet_report_edits import report_sheet_changes

        notes += said + tables.notes + report_sheet_changes(wb, decision) + ([unread] if unread is not None else [])
    return decision


# ---------------------------------------------------------------------- a plain score table
def _sheet_grid(ws: Worksheet, values: Workbook | None) -> Grid:
    """The cells of ``ws`` (a formula through its saved result, a blank one reported) as a :class:`Grid`."""
    grid = Grid([], [], sheet=ws.title)
    values_ws = values[ws.title] if values is not None else None
    for cells in ws.iter_rows():
        row: list[Cell] = []
        for cell in cells:
            where, value = f"{ws.title}!{cell.coordinate}", cell.value
            if cell.data_type == "f":
                value = values_ws.cell(row=cell.row, column=cell.column).value if values_ws is not None else None
                if value is None:
                    grid.problems.add(where, "holds a formula whose result was not saved in the file; type the"
                                      " value (or save the file in Excel first)")
            percent = isinstance(value, int | float) and not isinstance(value, bool) \
                and is_percent_format(cell.number_format)
            row.append(Cell(where, value, percent))
        grid.cells.append(row)
        grid.row_numbers.append(cells[0].row if cells else len(grid.row_numbers) + 1)
    return grid


def _read_plain_workbook(p: Path, wb: Workbook, notes: list[Phrase] | None) -> Decision:
    """Read the first sheet that holds a plain score table (or the only sheet); see :mod:`spreadsheet_table`."""
    usable = [ws for ws in wb.worksheets if not _too_large(ws)]
    has_formula = any(c.data_type == "f" for ws in usable for row in ws.iter_rows() for c in row)
    values = _open_workbook(p, values=True) if has_formula else None
    grids = [trimmed(_sheet_grid(ws, values)) for ws in usable]
    chosen = next((g for g in grids if looks_like_table(g)), None)
    if chosen is None and len(wb.worksheets) == 1:
        if not usable:
            problem = f"{wb.worksheets[0].title}: {_too_large(wb.worksheets[0])}"
            raise InvalidInputError(f"{problem}. Nothing was imported.", where=str(p), problems=[problem])
        chosen = grids[0]
    if chosen is None:
        problem = (f"{p.name}: none of its sheets ({', '.join(ws.title for ws in wb.worksheets)}) holds Counterweight's"
                   f" template (sheets Options, Criteria and Scores) or a plain score table. {TEMPLATE_POINTER}.")
        raise InvalidInputError(problem, where=str(p), problems=[problem])
    said: list[Phrase] = []
    decision = read_table(chosen, source=str(p), title=p.stem, notes=said)
    others = [quoted(ws.title) for ws in wb.worksheets if ws.title != chosen.sheet and not _is_empty(ws)]
    if others:
        said.append(Phrase("Only the sheet {sheet} was read; the others were not ({sheets}).",
                           sheet=quoted(chosen.sheet), sheets=listed(others)))
    if notes is not None:
        notes += said
    return decision


__all__ = [
    "CSV_SUFFIXES", "MAX_FILE_BYTES", "SPREADSHEET_SUFFIXES", "XLSX_SUFFIXES", "import_spreadsheet",
    "read_csv", "read_csv_text", "read_spreadsheet", "read_xlsx", "template_workbook", "write_template",
]
