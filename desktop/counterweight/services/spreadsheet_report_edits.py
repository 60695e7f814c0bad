"""Changes made on an export's reading sheets, which an import does not read (QA h26c).

An exported workbook opens on its Matrix sheet, and its Weights sheet comes next, so that
is where a user changes a score or a weight; the import reads the Scores and Criteria
sheets only. These notes name each cell of those two sheets that no longer says what the
imported project holds, so the change is not lost without a word.
"""

from __future__ import annotations

import math
from typing import Any

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.domain import Decision
from counterweight.engine.phrase import Phrase
from counterweight.reports.xlsx_export import matrix_rows

#: Places named in a note; the rest are counted.
SHOWN_PLACES = 5


def _same(shown: Any, held: Any) -> bool:
    """Whether a cell of the sheet says ``held`` (a number, a level's name, or nothing)."""
    if isinstance(shown, str) and not shown.strip():
        shown = None
    if shown is None or held is None:
        return shown is None and held is None
    if isinstance(held, (int, float)) and not isinstance(held, bool):
        try:
            return math.isclose(float(shown), float(held), rel_tol=1e-9, abs_tol=0.005)
        except (TypeError, ValueError):
            return False
    return str(shown).strip().casefold() == str(held).strip().casefold()


def _places(places: list[str]) -> str:
    shown = ", ".join(places[:SHOWN_PLACES])
    rest = len(places) - SHOWN_PLACES
    return shown if rest <= 0 else f"{shown} and {rest} more"


def _sheet(wb: Workbook, name: str) -> Worksheet | None:
    return next((ws for ws in wb.worksheets if ws.title.casefold() == name.casefold()), None)


def _matrix_changes(ws: Worksheet, decision: Decision) -> list[str]:
    headers, rows, _ids = matrix_rows(decision, {})
    column = {h.casefold(): j for j, h in enumerate(headers) if j}
    by_option = {str(row[0]).casefold(): row for row in rows}
    if len(by_option) != len(rows) or len(column) != len(headers) - 1:
        return []  # names shared by two options or columns: a cell cannot be matched with certainty
    top = [c.value for c in ws[1]]
    places = []
    for line in ws.iter_rows(min_row=2):
        held = by_option.get(str(line[0].value).strip().casefold()) if line and line[0].value is not None else None
        if held is None:
            continue
        for j, cell in enumerate(line[1:], start=1):
            head = top[j] if j < len(top) else None
            k = column.get(str(head).strip().casefold()) if head is not None else None
            if k is not None and not _same(cell.value, held[k]):
                places.append(f"{ws.title}!{cell.coordinate} ({held[0]} × {headers[k]})")
    return places


def _weights_changes(ws: Worksheet, decision: Decision) -> list[str]:
    top = [str(c.value).strip().casefold() if c.value is not None else "" for c in ws[1]]
    if not {"criterion", "group", "points"} <= set(top):
        return []
    name, group, points = top.index("criterion"), top.index("group"), top.index("points")
    names = {c.id: c.name for c in decision.criteria}
    held = {(c.name.casefold(), names.get(c.parent_id or "", "").casefold()): c for c in decision.criteria}
    if len(held) != len(decision.criteria):
        return []
    places = []
    for line in ws.iter_rows(min_row=2):
        cells = list(line)
        if len(cells) <= max(name, group, points) or cells[name].value is None:
            continue
        key = (str(cells[name].value).strip().casefold(), str(cells[group].value or "").strip().casefold())
        crit = held.get(key)
        if crit is not None and not _same(cells[points].value, crit.weight):
            places.append(f"{ws.title}!{cells[points].coordinate} ({crit.name})")
    return places


def report_sheet_changes(wb: Workbook, decision: Decision) -> list[Phrase]:
    """Notes on the Matrix and Weights sheets where they differ from ``decision``, read from the others."""
    notes = []
    matrix, weights = _sheet(wb, "Matrix"), _sheet(wb, "Weights")
    changed = _matrix_changes(matrix, decision) if matrix is not None else []
    if changed:
        notes.append(Phrase("The Matrix sheet and the Scores sheet differ at {places}. An import reads scores "
                            "from the Scores sheet only, so the project has the scores given there; a score "
                            "changed on the Matrix sheet is not read.", places=_places(changed)))
    changed = _weights_changes(weights, decision) if weights is not None else []
    if changed:
        notes.append(Phrase("The Weights sheet and the Criteria sheet differ at {places}. An import reads "
                            "weights from the Weight column of the Criteria sheet only, so the project has the "
                            "weights given there; a weight changed on the Weights sheet is not read.", places=_places(changed)))
    return notes


__all__ = ["report_sheet_changes"]
