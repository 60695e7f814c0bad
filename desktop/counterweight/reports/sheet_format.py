"""The spreadsheet layout Counterweight reads and writes (see ``docs/spreadsheets.md``).

One layout serves three purposes: the blank template a user fills in, the data
sheets of an XLSX export (so an export can be imported again) and, flattened,
the long CSV format. This module holds the column definitions, writes those
sheets with openpyxl and renders the README sheet that explains every column.
It never imports Qt and never reads files; reading lives in
``counterweight.services.spreadsheet``.

Every text cell is written as a string, even when it starts with ``=``: openpyxl
would otherwise store it as a live formula, and a name such as
``=HYPERLINK(...)`` must stay inert text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.domain import Decision, Direction, NumericScale, QualitativeScale
from counterweight.domain.direction import applied_direction

SHEET_DECISION = "Decision"
SHEET_OPTIONS = "Options"
SHEET_CRITERIA = "Criteria"
SHEET_LEVELS = "Levels"
SHEET_SCORES = "Scores"
SHEET_README = "README"

#: Sheets an import needs; ``Levels`` is needed only when a criterion uses levels.
REQUIRED_SHEETS = (SHEET_OPTIONS, SHEET_CRITERIA, SHEET_SCORES)

#: Words for the ``Scale`` column of the Criteria sheet.
SCALE_NUMBER = "number"
SCALE_LEVELS = "levels"
SCALE_GROUP = "group"

#: Rows of the optional Decision sheet (``Field`` column).
DECISION_FIELDS = ("Title", "ID", "Description", "Notice", "Marking")

#: Data validation ranges reach this row of the template.
VALIDATION_ROWS = 1000


@dataclass(frozen=True)
class Column:
    """One column of a data sheet: its header, whether it must be filled, and help text."""

    key: str
    header: str
    required: bool
    help: str
    width: int = 16


OPTION_COLUMNS = (
    Column("name", "Option", True, "The option's name. Names must be unique (case is ignored).", 32),
    Column("id", "ID", False, "Optional stable identifier (letters, digits, - _ .). Made from the name when"
           " empty; keep it when you edit an exported file.", 14),
    Column("description", "Description", False, "What the option is, in a sentence or two.", 40),
    Column("source", "Source", False, "Where the option comes from (a citation).", 24),
)

CRITERION_COLUMNS = (
    Column("name", "Criterion", True, "The criterion's name.", 32),
    Column("id", "ID", False, "Optional stable identifier, as for options.", 14),
    Column("parent", "Parent", False, "The group this criterion sits in (its name or ID). Empty: top level.", 20),
    Column("weight", "Weight", False, "Weight in points, compared only with the criteria sharing its parent"
           " (0 or more; empty means 1).", 10),
    Column("scale", "Scale", False, f"'{SCALE_NUMBER}', '{SCALE_LEVELS}' or '{SCALE_GROUP}'. Empty: a group if"
           " another row names it as Parent, levels if the Levels sheet lists levels for it, else a number.", 10),
    Column("lower", "Lower", False, "Numbers only, required for them: the lowest possible score.", 10),
    Column("upper", "Upper", False, "Numbers only, required for them: the highest possible score.", 10),
    Column("unit", "Unit", False, "The unit of the scores, e.g. $bn or days (mostly for numbers).", 10),
    Column("direction", "Direction", False, "'higher is better' (the default) or 'lower is better'. Empty for"
           " a criterion scored with levels: each level's value says how good it is.", 16),
    Column("breakpoints", "Breakpoints", False, "Numbers only, optional: a piecewise value function as"
           " score=value pairs, values 0-100, e.g. '0=0; 5=80; 10=100'. Must cover Lower to Upper.", 20),
    Column("description", "Description", False, "What the criterion measures.", 40),
)

LEVEL_COLUMNS = (
    Column("criterion", "Criterion", True, "A criterion with Scale 'levels' (its name or ID).", 32),
    Column("level", "Level", True, "The level's name, e.g. Low. List levels in the order to show them.", 18),
    Column("value", "Value", True, "What the level is worth, 0 (worst) to 100 (best).", 10),
    Column("descriptor", "Descriptor", False, "What the level means, so that scorers agree.", 48),
)

SCORE_COLUMNS = (
    Column("option", "Option", True, "The option scored (its name or ID).", 32),
    Column("criterion", "Criterion", True, "The criterion scored (its name or ID); not a group.", 32),
    Column("score", "Score", False, "A number within Lower-Upper for number criteria, or one of the level"
           " names for level criteria. Empty: not scored yet.", 12),
    Column("low", "Low", False, "Numbers only, optional: the low end of the plausible range.", 10),
    Column("high", "High", False, "Numbers only, optional: the high end of the plausible range.", 10),
    Column("rationale", "Rationale", False, "Why this score: the reasoning and evidence in words.", 60),
)

DECISION_COLUMNS = (
    Column("field", "Field", True, f"One of: {', '.join(DECISION_FIELDS)}.", 14),
    Column("value", "Value", False, "Title: what is being decided. ID: optional identifier. Description and"
           " Notice: optional text (the notice is shown as a banner). Marking: the protective marking, such"
           " as OFFICIAL-SENSITIVE.", 60),
)

SHEET_COLUMNS: dict[str, tuple[Column, ...]] = {
    SHEET_DECISION: DECISION_COLUMNS,
    SHEET_OPTIONS: OPTION_COLUMNS,
    SHEET_CRITERIA: CRITERION_COLUMNS,
    SHEET_LEVELS: LEVEL_COLUMNS,
    SHEET_SCORES: SCORE_COLUMNS,
}

#: Columns of the long CSV format, in the order written. The first six carry the
#: scores; the rest describe the score's criterion (and must agree between rows).
CSV_COLUMNS = ("option", "criterion", "score", "low", "high", "rationale",
               "weight", "unit", "direction", "lower", "upper", "levels", "breakpoints")

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")


def number_text(x: float) -> str:
    """A number as short text that reads back exactly: ``5``, ``2.5``, ``0.1``."""
    return str(int(x)) if x == int(x) and abs(x) < 1e15 else repr(float(x))


def tidy_number(x: float) -> float:
    """``x`` without the noise of float arithmetic: 100 * 0.2434 is 24.340000000000003; this gives 24.34.

    Rounded to 12 significant digits, far finer than any weight or score is known.
    """
    return float(f"{x:.12g}")


def pairs_text(pairs: Iterable[tuple[str, float]]) -> str:
    """``Severe=0; High=30`` (levels) or ``0=0; 10=100`` (breakpoints).

    A name holding ``;`` (or starting with ``"``) is written in double quotes, a quote in
    it doubled: ``"Severe; irreversible"=0; Minor=100``, as ``pairs_of`` reads it back.
    """
    return "; ".join(f"{pair_name(k)}={number_text(v)}" for k, v in pairs)


def pair_name(name: str) -> str:
    """``name`` as the left side of a ``name=value`` pair: quoted only when it must be."""
    if ";" in name or name.lstrip().startswith('"'):
        return '"' + name.replace('"', '""') + '"'
    return name


def levels_text(scale: QualitativeScale) -> str:
    """A level scale as ``Label=value; ...`` (the CSV ``levels`` column; descriptors are left out)."""
    return pairs_text((lv.label, lv.value) for lv in scale.levels)


def breakpoints_text(scale: NumericScale) -> str:
    return pairs_text((number_text(b.x), b.value) for b in scale.breakpoints)


def direction_text(direction: Direction) -> str:
    return direction.label


def marking_of(decision: Decision) -> str:
    """The decision's protective marking ('' when none)."""
    return str(getattr(decision, "marking", "") or "")


def reference_names(items: Sequence[Any]) -> dict[str, str]:
    """Per id, the name to refer to the item by: its name if unique (ignoring case), else its id."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.name.casefold()] = counts.get(item.name.casefold(), 0) + 1
    return {item.id: item.name if counts[item.name.casefold()] == 1 else item.id for item in items}


def scale_word(decision: Decision, criterion_id: str) -> str:
    scale = decision.criterion(criterion_id).scale
    if scale is None:
        return SCALE_GROUP
    return SCALE_LEVELS if isinstance(scale, QualitativeScale) else SCALE_NUMBER


def data_tables(decision: Decision) -> dict[str, list[list[Any]]]:
    """The rows (without header) of each data sheet for ``decision``."""
    opt_ref = reference_names(decision.options)
    crit_ref = reference_names(decision.criteria)
    criteria_rows: list[list[Any]] = []
    level_rows: list[list[Any]] = []
    for crit, _depth in decision.walk():
        scale = crit.scale
        numeric = isinstance(scale, NumericScale)
        criteria_rows.append([
            crit.name, crit.id, crit_ref[crit.parent_id] if crit.parent_id else None, crit.weight,
            scale_word(decision, crit.id),
            scale.lower if numeric else None, scale.upper if numeric else None,
            crit.unit or None,  # a rising or falling value function decides the direction written
            None if isinstance(scale, QualitativeScale) else direction_text(applied_direction(crit) or crit.direction),
            breakpoints_text(scale) if numeric and scale.breakpoints else None,
            crit.description or None,
        ])
        if isinstance(scale, QualitativeScale):
            level_rows += [[crit_ref[crit.id], lv.label, lv.value, lv.descriptor or None] for lv in scale.levels]
    score_rows = [
        [opt_ref[s.option_id], crit_ref[s.criterion_id], s.level if s.level is not None else s.value,
         s.low, s.high, s.rationale or None]
        for s in decision.scores
    ]
    return {
        SHEET_DECISION: [["Title", decision.title], ["ID", decision.id],
                         ["Description", decision.description or None], ["Notice", decision.notice or None],
                         ["Marking", marking_of(decision) or None]],
        SHEET_OPTIONS: [[o.name, o.id, o.description or None, o.source or None] for o in decision.options],
        SHEET_CRITERIA: criteria_rows,
        SHEET_LEVELS: level_rows,
        SHEET_SCORES: score_rows,
    }


#: Line and page breaks pasted from Word or PowerPoint (vertical tab, form feed) become newlines.
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


def sheet_text(text: str) -> str:
    """``text`` as a worksheet accepts it: breaks become newlines, other control characters go.

    Excel's file format cannot hold most control characters (openpyxl refuses them
    with ``IllegalCharacterError``); a tab, newline and carriage return are kept.
    """
    return ILLEGAL_CHARACTERS_RE.sub("", text.translate(_BREAKS))


def put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    """Write one cell; text always stays text (never a formula) and loses characters Excel cannot hold."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        value = sheet_text(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def write_header(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[int] | None = None) -> None:
    """One header row at ``row`` in the style of every sheet's header (bold, shaded, wrapped)."""
    for j, header in enumerate(headers, start=1):
        put(ws, row, j, header)
        cell = ws.cell(row=row, column=j)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        if widths is not None:
            ws.column_dimensions[get_column_letter(j)].width = widths[j - 1]


def write_rows(ws: Worksheet, first: int, rows: Iterable[Sequence[Any]]) -> int:
    """Write ``rows`` from row ``first`` on (``None`` leaves a cell empty); returns the next free row."""
    i = first
    for row in rows:
        for j, value in enumerate(row, start=1):
            if value is not None:
                put(ws, i, j, value)
        i += 1
    return i


def write_table(ws: Worksheet, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                widths: Sequence[int] | None = None) -> None:
    """A header row (bold, frozen) then ``rows``, starting at A1."""
    write_header(ws, 1, headers, widths)
    write_rows(ws, 2, rows)
    ws.freeze_panes = "A2"


def _column_range(columns: Sequence[Column], key: str) -> str:
    letter = get_column_letter(next(i for i, c in enumerate(columns, start=1) if c.key == key))
    return f"{letter}2:{letter}{VALIDATION_ROWS}"


def _add_validations(wb: Workbook) -> None:
    """Drop-down lists and number checks where they are simple (Excel and LibreOffice honour them)."""
    crit = wb[SHEET_CRITERIA]
    scale = DataValidation(type="list", formula1=f'"{SCALE_NUMBER},{SCALE_LEVELS},{SCALE_GROUP}"',
                           allow_blank=True, showErrorMessage=True, error="Choose number, levels or group.")
    scale.add(_column_range(CRITERION_COLUMNS, "scale"))
    direction = DataValidation(type="list", formula1='"higher is better,lower is better"', allow_blank=True,
                               showErrorMessage=True, error="Choose 'higher is better' or 'lower is better'.")
    direction.add(_column_range(CRITERION_COLUMNS, "direction"))
    weight = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, error="The weight is a number of points, 0 or more.")
    weight.add(_column_range(CRITERION_COLUMNS, "weight"))
    for dv in (scale, direction, weight):
        crit.add_data_validation(dv)
    levels = wb[SHEET_LEVELS]
    value = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
                           showErrorMessage=True, error="A level is worth 0 (worst) to 100 (best).")
    value.add(_column_range(LEVEL_COLUMNS, "value"))
    levels.add_data_validation(value)
    # Scores may name an option or criterion by its ID too, so these only warn.
    scores = wb[SHEET_SCORES]
    for key, sheet in (("option", SHEET_OPTIONS), ("criterion", SHEET_CRITERIA)):
        dv = DataValidation(type="list", formula1=f"{sheet}!$A$2:$A${VALIDATION_ROWS}", allow_blank=True,
                            showErrorMessage=True, errorStyle="warning",
                            error=f"Not a name from the {sheet} sheet (an ID is also accepted).")
        dv.add(_column_range(SCORE_COLUMNS, key))
        scores.add_data_validation(dv)


def write_data_sheets(wb: Workbook, decision: Decision | None) -> None:
    """Add the Decision, Options, Criteria, Levels and Scores sheets (empty when ``decision`` is None)."""
    tables = data_tables(decision) if decision is not None else {}
    for name, columns in SHEET_COLUMNS.items():
        ws = wb.create_sheet(name)
        rows = tables.get(name, [])
        if name == SHEET_DECISION and decision is None:
            rows = [[f] for f in DECISION_FIELDS]
        write_table(ws, [c.header for c in columns], rows, [c.width for c in columns])
    _add_validations(wb)


_README_INTRO = (
    "How to fill in this workbook for Counterweight",
    "Fill in the Options, Criteria and Scores sheets (and Levels when a criterion is scored with named levels)."
    " Keep the header row of each sheet as it is; the columns may be in any order. Empty rows are skipped."
    " Counterweight checks the whole workbook before importing anything: if there is a problem, it lists every"
    " one with its sheet, row and column (for example Scores!D7) and imports nothing.",
    "The Decision sheet is optional: it gives the title (otherwise the file name is used), an ID and the text"
    " shown above the decision. Other sheets, such as those of an export (Matrix, Weights, Results, Robustness,"
    " Rationales), and this README are ignored when importing.",
    "Options and criteria are referred to by name (ignoring case) or by ID. Type values, not formulas: a"
    " formula whose result was not saved cannot be read.",
)


def write_readme(wb: Workbook, *, first: bool = False) -> Worksheet:
    """Add the README sheet explaining every column of every data sheet."""
    ws = wb.create_sheet(SHEET_README, 0 if first else None)
    put(ws, 1, 1, _README_INTRO[0])
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    row = 2
    for text in _README_INTRO[1:]:
        put(ws, row, 1, text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 62
        row += 1
    row += 1
    for j, header in enumerate(("Sheet", "Column", "Required", "What to enter"), start=1):
        put(ws, row, j, header)
        ws.cell(row=row, column=j).font = _HEADER_FONT
        ws.cell(row=row, column=j).fill = _HEADER_FILL
    for name, columns in SHEET_COLUMNS.items():
        for col in columns:
            row += 1
            needed = "yes" if col.required else ""
            if name in (SHEET_DECISION, SHEET_LEVELS) and col.required:
                needed = "yes, if the sheet is used"
            for j, value in enumerate((name, col.header, needed, col.help), start=1):
                put(ws, row, j, value)
            ws.cell(row=row, column=4).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (12, 14, 22, 100)):
        ws.column_dimensions[letter].width = width
    return ws


__all__ = [
    "CRITERION_COLUMNS", "CSV_COLUMNS", "Column", "DECISION_COLUMNS", "DECISION_FIELDS", "LEVEL_COLUMNS",
    "OPTION_COLUMNS", "REQUIRED_SHEETS", "SCALE_GROUP", "SCALE_LEVELS", "SCALE_NUMBER", "SCORE_COLUMNS",
    "SHEET_COLUMNS", "SHEET_CRITERIA", "SHEET_DECISION", "SHEET_LEVELS", "SHEET_OPTIONS", "SHEET_README",
    "SHEET_SCORES", "breakpoints_text", "data_tables", "direction_text", "levels_text", "marking_of", "number_text",
    "pair_name", "pairs_text", "put", "reference_names", "scale_word", "sheet_text", "tidy_number", "write_data_sheets",
    "write_header", "write_readme", "write_rows", "write_table",
]
