"""Import a plain score table: a row of headings, then one row per option (QA pass 22 item 5).

An analyst's own spreadsheet is usually a matrix: criterion names across the top
(``Capital cost (GBP m)``), option names down the first column, a score in each
cell. :func:`read_table` reads such a table from a :class:`Grid` of located cells
(a workbook's sheet or a CSV file) by turning it into the template's
:class:`~counterweight.services.spreadsheet_build.Tables`, so that every cell is
checked, and every problem worded and placed, as a template import's would be.

What the table does not say is assumed, and each assumption becomes a note for
the user to review before trusting a ranking (``docs/spreadsheets.md``, "A plain
score table"): a column of numbers is scored on the range of its scores (lowest
to highest), a column of words on levels in the order the words first appear,
every direction is "higher is better" (never guessed from a name), and the
weights are equal. Rows labelled Unit, Direction, Weight, Lower or Upper just
under the headings are read as what they say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase
from counterweight.reports.sheet_format import SCALE_LEVELS, number_text
from counterweight.services.export_notes import listed
from counterweight.services.sheet_cells import Cell, Problems, Row, number_of, problem_order, quoted, text_of
from counterweight.services.spreadsheet_build import Tables, build_decision

#: The headings are looked for in the table's first rows (a title or a row of groups may sit above).
HEADING_ROWS = 10

#: Rows just under the headings that describe the criteria, by the word in their first cell.
DESCRIPTION_ROWS = {"unit": "unit", "units": "unit", "direction": "direction", "weight": "weight",
                    "weights": "weight", "lower": "lower", "upper": "upper"}

#: What a heading's brackets may say about the direction: only the plain words, never a guess from the name.
_HEADING_DIRECTIONS = ("higher is better", "lower is better")

_BRACKETS = re.compile(r"^(.*?)\s*(?:\(([^()]*)\)|\[([^\[\]]*)\])$")
_NUMBERISH = re.compile(r"^[-+\u2212]?[\d.,\s]*\d[\d.,\s]*(?:[eE][-+]?\d+)?\s*%?$")

#: Where the layouts Counterweight reads are shown (the window's action; on the command line, 'template').
TEMPLATE_POINTER = ("Counterweight reads its own template (File > Export blank template…, or 'counterweight "
                    "template') and a plain score table: a row of headings (criterion names, a unit in brackets "
                    "if you like), then one row per option with its name in the first column and its scores "
                    "under the headings")


#: A note names at most this many criteria (the rest are counted), and explains the levels of this many
#: columns of words one by one, so that the notes fit on a screen of 768 pixels.
MAX_LISTED = 8
MAX_WORDED = 2


def _some(items: list[str]) -> str:
    """``items`` joined as a list, those past :data:`MAX_LISTED` counted: ``A, B and 3 others``."""
    if len(items) <= MAX_LISTED:
        return listed(items)
    return listed([*items[:MAX_LISTED - 1], Phrase("{count} others", count=len(items) - MAX_LISTED + 1)])


@dataclass
class Grid:
    """A rectangle of located cells: a workbook sheet's used range or a CSV file's rows."""

    cells: list[list[Cell]]
    row_numbers: list[int]
    sheet: str = ""  # the sheet's title; "" for a CSV file
    csv: bool = False
    decimal_comma: bool = False
    problems: Problems = field(default_factory=Problems)  # found while reading the cells (formulas)

    def row_where(self, i: int) -> str:
        return f"{self.sheet} row {self.row_numbers[i]}" if self.sheet else f"row {self.row_numbers[i]}"

    def text(self, cell: Cell) -> str:
        return text_of(cell, csv_escape=self.csv)


def csv_grid(records: list[list[str]], *, decimal_comma: bool) -> Grid:
    """The grid of a CSV file's records; places read ``row 7, column C``."""
    width = max((len(r) for r in records), default=0)
    cells = [[Cell(f"row {r}, column {get_column_letter(j + 1)}",
                   record[j] if j < len(record) and record[j].strip() else None) for j in range(width)]
             for r, record in enumerate(records, start=1)]
    return Grid(cells, list(range(1, len(records) + 1)), csv=True, decimal_comma=decimal_comma)


def _filled(row: list[Cell]) -> int:  # how many cells of the row hold something
    return sum(not c.blank for c in row)


def trimmed(grid: Grid) -> Grid:
    """``grid`` without the columns that are empty in every row at its left and right."""
    used = [j for row in grid.cells for j, c in enumerate(row) if not c.blank]
    if not used:
        return grid
    lo, hi = min(used), max(used) + 1
    return Grid([row[lo:hi] + [Cell("")] * (hi - lo - len(row[lo:hi])) for row in grid.cells], grid.row_numbers,
                grid.sheet, grid.csv, grid.decimal_comma, grid.problems)


def heading_index(grid: Grid) -> int | None:
    """The index of the headings' row: the first of the first rows with two filled cells, skipping a row of
    groups above them (its first cell empty and fewer cells filled than in the next row); ``None`` if none."""
    filled = [i for i, row in enumerate(grid.cells) if _filled(row)]
    for k, i in enumerate(filled):
        if i >= HEADING_ROWS:
            return None
        row = grid.cells[i]
        if _filled(row) < 2:
            continue  # a title
        if row[0].blank and k + 1 < len(filled) and _filled(grid.cells[filled[k + 1]]) > _filled(row):
            continue
        return i
    return None


def looks_like_table(grid: Grid) -> bool:
    """Whether ``grid`` has a row of headings and a row below it."""
    i = heading_index(grid)
    return i is not None and any(_filled(row) for row in grid.cells[i + 1:])


def _heading_parts(text: str) -> tuple[str, str, str]:
    """``Capital cost (GBP m)`` as name, unit and direction; ``Cost (GBP m; lower is better)`` also works."""
    m = _BRACKETS.match(text)
    if not m or not m.group(1):
        return text, "", ""
    inside = m.group(2) if m.group(2) is not None else m.group(3)
    parts = [p.strip() for p in re.split(r"[;,]", inside)]
    said = [p for p in parts if p.casefold() in _HEADING_DIRECTIONS]
    if not said:
        return m.group(1), inside.strip(), ""
    unit = ", ".join(p for p in parts if p and p.casefold() not in _HEADING_DIRECTIONS)
    return m.group(1), unit, said[-1]


def _numberish(cell: Cell) -> bool:
    value = cell.value
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or bool(_NUMBERISH.match(str(value).strip()))


def read_table(grid: Grid, *, source: str, title: str, notes: list[Phrase] | None = None) -> Decision:
    """A decision from the plain score table in ``grid``; ``notes`` receives every assumption made.

    Raises
    ------
    InvalidInputError
        Every problem with its place (``Appraisal!E10 (Do minimum × Design life)``); nothing is built.
    """
    grid = trimmed(grid)
    first = heading_index(grid)
    if first is None:
        raise _no_table(grid, source)
    reader = _TableReader(grid, first)
    tables = reader.tables(source, title)
    if tables.problems and not tables.criteria:  # not also "no criteria are listed" when each was refused
        reader.p.items.sort(key=problem_order(()))
        reader.p.raise_if_any(source)
    decision = build_decision(tables)
    if notes is not None:
        notes += reader.notes
    return decision


def _no_table(grid: Grid, source: str) -> InvalidInputError:
    filled = [(i, row) for i, row in enumerate(grid.cells) if _filled(row)]
    if not filled:
        where, problem = grid.sheet or "the file", "there is nothing to import: the table is empty"
    elif all(_filled(row) == 1 for _, row in filled):
        i, row = filled[0]
        cell = next(c for c in row if not c.blank)
        where, problem = cell.where, (f"the table has a single column ({quoted(grid.text(cell))} …), so there"
                                      " are no criteria to score")
    else:
        where = grid.row_where(min(HEADING_ROWS, len(grid.cells)) - 1)
        problem = f"no row of headings was found in the first {HEADING_ROWS} rows"
    problem = f"{where}: {problem}. {TEMPLATE_POINTER}"
    return InvalidInputError(problem, where=source, problems=[problem])


class _TableReader:
    """The table from its headings' row ``first`` down, as template tables, and the notes it calls for."""

    def __init__(self, grid: Grid, first: int) -> None:
        self.g = grid
        self.first = first
        self.p = Problems()
        self.p.items.extend(grid.problems.items)
        self.notes: list[Phrase] = []
        self.ranges: list[Phrase] = []  # the scales taken from the scores
        self.assumed: list[str] = []  # the criteria whose direction is assumed
        self.worded: list[str] = []  # the criteria scored with levels made from their words
        self.numbers: list[tuple[Row, list[Cell]]] = []  # the criteria scored with numbers, and their cells
        #: The last column, if scored with numbers: its name and heading, criterion, score rows by row, and cells.
        self.last: tuple[tuple[str, str], Row, dict[int, Row], list[Cell]] | None = None
        self.described: dict[str, list[Cell]] = {}  # the Unit, Direction... rows by key
        last = first + 1
        while last < len(grid.cells) and not self._description(last):
            last += 1
        self.data = [i for i in range(last, len(grid.cells)) if _filled(grid.cells[i])]

    def _description(self, i: int) -> bool:
        """Read row ``i`` if it describes the criteria; False once the rows of options start."""
        row = self.g.cells[i]
        if not _filled(row):
            return False  # an empty row between the headings and the options is skipped
        key = DESCRIPTION_ROWS.get(self.g.text(row[0]).rstrip(":").strip().casefold())
        if key is None:
            return True
        if key in self.described:
            self.p.add(row[0].where, f"the {self.g.text(row[0])} row appears twice (also"
                       f" {self.described[key][0].where})")
        else:
            self.described[key] = row
        return False

    def tables(self, source: str, title: str) -> Tables:
        g = self.g
        heading_where = g.row_where(self.first)
        tables = Tables(source=source, title=title, csv=g.csv, decimal_comma=g.decimal_comma,
                        options_where=heading_where, criteria_where=heading_where, bounds_from_data=True)
        self._above()
        if not self.data:
            self.p.add(heading_where, "there are no rows of options under the headings")
            tables.problems = self.p.items
            return tables
        names: dict[str, str] = {}
        for i in self.data:
            cell = g.cells[i][0]
            tables.options.append(Row(g.row_where(i), {"name": cell}))
            name = g.text(cell).casefold()
            if name and name not in names:
                names[name] = cell.where
        rows = [i for i in self.data if names.get(g.text(g.cells[i][0]).casefold()) == g.cells[i][0].where]
        crit_names: dict[str, str] = {}
        for j in range(1, len(g.cells[self.first])):
            self._column(j, rows, crit_names, tables)
        for spec, filled in self.numbers:  # once any 'low' and 'high' columns have added to the scores
            if not self._bounds(spec, g.text(spec["name"]), filled):
                tables.criteria.remove(spec)
                tables.scores = [r for r in tables.scores if r["criterion"] is not spec["name"]]
        self._option_notes(tables, rows)
        tables.problems = self.p.items
        return tables

    def _column(self, j: int, rows: list[int], crit_names: dict[str, str], tables: Tables) -> None:
        g = self.g
        head = g.cells[self.first][j]
        cells = [g.cells[i][j] for i in rows]
        filled = [c for c in cells if not c.blank]
        described = {k: row[j] for k, row in self.described.items() if j < len(row)}
        if head.blank:
            shown = filled or [c for c in described.values() if not c.blank]
            if shown:
                self.p.add(head.where, f"the column has no heading but holds {quoted(g.text(shown[0]))} (at"
                           f" {shown[0].where}); type the criterion's name here, or delete the column")
            return
        if self._range_column(g.text(head), head, rows, cells, crit_names, tables):
            return
        name, unit, direction = _heading_parts(g.text(head))
        if name.casefold() in crit_names:
            self.p.add(head.where, f"the heading {quoted(name)} appears twice (also {crit_names[name.casefold()]});"
                       " give each criterion its own name")
            return
        crit_names[name.casefold()] = head.where
        spec = Row(head.where, {"name": Cell(head.where, name), "unit": Cell(head.where, unit or None),
                                "direction": Cell(head.where, direction or None)})
        spec.cells.update({k: c for k, c in described.items() if not c.blank})
        numeric = sum(_numberish(c) for c in filled)
        self.last = None
        if filled and 2 * numeric >= len(filled):
            self.numbers.append((spec, list(filled)))
            self.last = ((name.casefold(), g.text(head).casefold()), spec, {}, self.numbers[-1][1])
        elif filled:
            if not self._levels(spec, name, filled, tables):
                return
        elif spec["lower"].blank and spec["upper"].blank:
            self.p.add(head.where, f"{quoted(name)} has no scores, so its scale cannot be taken from them; fill in"
                       " its scores, or delete the column")
            return
        tables.criteria.append(spec)
        for i, cell in zip(rows, cells):
            if not cell.blank:
                row = Row(g.row_where(i), {"option": g.cells[i][0], "criterion": spec["name"], "score": cell})
                tables.scores.append(row)
                if self.last is not None:
                    self.last[2][i] = row
        if spec["direction"].blank:
            self.assumed.append(quoted(name))

    def _range_column(self, heading: str, head: Cell, rows: list[int], cells: list[Cell],
                      crit_names: dict[str, str], tables: Tables) -> bool:
        """Read a ``<criterion> low`` or ``<criterion> high`` column right after a criterion scored with numbers
        (as the score matrix export writes a range) into its scores; False for any other column."""
        if self.last is None:
            return False
        names, spec, by_row, filled = self.last
        key = next((k for k in ("low", "high") for n in names if heading.casefold() == f"{n} {k}"), None)
        if key is None:
            return False
        if heading.casefold() in crit_names:
            self.p.add(head.where, f"the heading {quoted(heading)} appears twice (also"
                       f" {crit_names[heading.casefold()]})")
            return True
        crit_names[heading.casefold()] = head.where
        for i, cell in zip(rows, cells):
            if cell.blank:
                continue
            if i not in by_row:
                by_row[i] = Row(self.g.row_where(i), {"option": self.g.cells[i][0], "criterion": spec["name"]})
                tables.scores.append(by_row[i])
            by_row[i].cells[key] = cell
            filled.append(cell)
        return True

    def _bounds(self, spec: Row, name: str, filled: list[Cell]) -> bool:
        """Give a column of numbers its scale from its scores unless the Lower/Upper rows give it."""
        if not (spec["lower"].blank and spec["upper"].blank):
            return True
        quiet = Problems()
        seen = [x for c in filled if (x := number_of(c, quiet, decimal_comma=self.g.decimal_comma)) is not None]
        if not seen:
            for cell in filled:  # the scale would come from these scores, were they numbers
                number_of(cell, self.p, decimal_comma=self.g.decimal_comma,
                          hint="; type a number, or leave the cell empty for a missing score")
            return False
        lower, upper = min(seen), max(seen)
        if lower == upper:
            lower, upper = (min(lower, 0.0), max(upper, 0.0)) if lower else (0.0, 1.0)
            self.notes.append(Phrase("Every score of {criterion} is {value}, so its scale was set to run from "
                                     "{lower} to {upper}; set its bounds in the criterion dialog.",
                                     criterion=quoted(name), value=number_text(seen[0]),
                                     lower=number_text(lower), upper=number_text(upper)))
            spec.cells["lower"] = Cell(spec.where, lower)
            spec.cells["upper"] = Cell(spec.where, upper)
        else:  # left to the import, which scales the criterion on its scores as for a long CSV file
            self.ranges.append(Phrase("{criterion} {lower} to {upper}", criterion=quoted(name),
                                      lower=number_text(lower), upper=number_text(upper)
                                      + (f" {self.g.text(spec['unit'])}" if not spec["unit"].blank else "")))
        return True

    def _levels(self, spec: Row, name: str, filled: list[Cell], tables: Tables) -> bool:
        """Make a column of words a criterion scored with levels: one per word, in the order they first appear."""
        words: dict[str, Cell] = {}
        for cell in filled:
            words.setdefault(self.g.text(cell).casefold(), cell)
        if len(words) < 2:
            self.p.add(spec.where, f"every score of {quoted(name)} is the word {quoted(self.g.text(filled[0]))};"
                       " a column of words is scored with levels, one per word, so it needs at least two"
                       " different words (or type numbers)")
            return False
        spec.cells["scale"] = Cell(spec.where, SCALE_LEVELS)
        shown = []
        for k, cell in enumerate(words.values()):
            value = round(100.0 * k / (len(words) - 1), 2)
            label = self.g.text(cell)
            tables.levels.append(Row(cell.where, {"criterion": spec["name"], "level": Cell(cell.where, label),
                                                  "value": Cell(cell.where, value)}))
            shown.append(f"{label} = {number_text(value)}")
        self.worded.append(quoted(name))
        if len(self.worded) > MAX_WORDED:
            return True  # named together at the end (_option_notes), to keep the notes short
        self.notes.append(Phrase("{criterion} holds words, so it is scored with levels valued in the order the words "
                                 "first appear ({levels}); that order says nothing about which is better, so put "
                                 "the levels in order in the criterion dialog.", criterion=quoted(name),
                                 levels=", ".join(shown)))
        return True

    def _above(self) -> None:
        self.notes.append(Phrase("The sheet {sheet} was read as a plain score table (options in rows, criteria in "
                                 "columns). Check what was assumed, below, before trusting a ranking.",
                                 sheet=quoted(self.g.sheet)) if self.g.sheet else
                          Phrase("The file was read as a plain score table (options in rows, criteria in columns). "
                                 "Check what was assumed, below, before trusting a ranking."))
        texts = [self.g.text(c) for row in self.g.cells[:self.first] for c in row if not c.blank]
        if not texts:
            return
        shown = ", ".join(quoted(t) for t in texts[:3]) + (", …" if len(texts) > 3 else "")
        row = self.g.row_numbers[self.first]
        if self.g.sheet:
            self.notes.append(Phrase("The headings of the {sheet} sheet were found on row {row}, so what is above "
                                     "them was not read ({text}).", sheet=self.g.sheet, row=row, text=shown))
        else:
            self.notes.append(Phrase("The headings were found on row {row}, so what is above them was not read "
                                     "({text}).", row=row, text=shown))

    def _option_notes(self, tables: Tables, rows: list[int]) -> None:
        """The assumptions the user should review: directions, scales, weights, options without scores."""
        if self.assumed and len(self.assumed) == len(tables.criteria) > MAX_LISTED:
            self.notes.append(Phrase("The file gives the direction of no criterion, so each is taken as 'higher is "
                                     "better' (Counterweight does not guess it from a name): set a cost or a harm "
                                     "to 'lower is better' in the criterion dialog."))
        elif self.assumed:
            self.notes.append(Phrase("The file does not give the direction of {criteria}, so each is taken as "
                                     "'higher is better' (Counterweight does not guess it from a name): set a cost "
                                     "or a harm to 'lower is better' in the criterion dialog.",
                                     criteria=_some(self.assumed)))
        if self.ranges:
            self.notes.append(Phrase("The scale of a criterion scored with numbers runs from its lowest to its "
                                     "highest score in the file, so the worst option scores 0 on it and the best "
                                     "100: {ranges}. Widen a scale in the criterion dialog if other values are "
                                     "possible.", ranges=_some(self.ranges)))
        if len(self.worded) > MAX_WORDED:
            self.notes.append(Phrase("{criteria} also hold words, and are scored with levels in the same way: put "
                                     "their levels in order too.", criteria=_some(self.worded[MAX_WORDED:])))
        unweighted = [quoted(self.g.text(c["name"])) for c in tables.criteria if c["weight"].blank]
        if unweighted and len(unweighted) == len(tables.criteria):
            self.notes.append(Phrase("Every criterion has the same weight: set the weights before trusting the "
                                     "ranking."))
        elif unweighted:
            self.notes.append(Phrase("The Weight row gives no weight for {criteria}, so each was given a weight of "
                                     "1.", criteria=listed(unweighted)))
        scored = {self.g.text(r["option"]).casefold() for r in tables.scores}
        empty = [quoted(self.g.text(self.g.cells[i][0])) for i in rows
                 if self.g.text(self.g.cells[i][0]).casefold() not in scored]
        if empty and tables.scores:
            self.notes.append(Phrase("These rows have a name but no scores, and were read as options all the same: "
                                     "{options}. Delete any that is not an option (a footnote, a total) in the "
                                     "Options list.", options=listed(empty)))


__all__ = ["DESCRIPTION_ROWS", "HEADING_ROWS", "TEMPLATE_POINTER", "Grid", "csv_grid", "heading_index",
           "looks_like_table", "read_table", "trimmed"]
