"""A score or weight changed on an export's Matrix or Weights sheet is not read: the import says so (QA h26c).

The export opens on its Matrix sheet, so that is where a user changes a score; the import
reads the Scores sheet only, and the change was lost without a word.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from counterweight.engine.phrase import Phrase
from counterweight.reports import xlsx_export
from counterweight.services import spreadsheet
from tests.factories import small_decision


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "d.xlsx"
    xlsx_export.write_xlsx(small_decision(), path)
    return path


def _notes(path: Path) -> list[Phrase]:
    notes: list[Phrase] = []
    spreadsheet.read_spreadsheet(path, notes)
    return notes


def test_an_unchanged_export_has_no_such_note(tmp_path: Path) -> None:
    assert not [n for n in _notes(_export(tmp_path)) if "Matrix" in n or "Weights sheet" in n]


def test_a_score_changed_on_the_matrix_sheet_is_named(tmp_path: Path) -> None:
    path = _export(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Matrix"]
    cell = next(c for row in ws.iter_rows(min_row=2, min_col=2) for c in row if isinstance(c.value, (int, float)))
    option, criterion = ws.cell(cell.row, 1).value, ws.cell(1, cell.column).value
    cell.value = cell.value + 1
    wb.save(path)
    said = [n for n in _notes(path) if "Matrix" in n]
    assert len(said) == 1
    assert f"Matrix!{cell.coordinate} ({option} × {criterion})" in said[0] and "Scores sheet" in said[0]


def test_a_level_and_a_weight_changed_are_named(tmp_path: Path) -> None:
    path = _export(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Matrix"]
    cell = next(c for row in ws.iter_rows(min_row=2, min_col=2) for c in row if isinstance(c.value, str))
    cell.value = cell.value.upper() + "X"
    weights = wb["Weights"]
    points = next(c.column for c in weights[1] if c.value == "Points")
    weights.cell(2, points).value = (weights.cell(2, points).value or 0) + 10
    wb.save(path)
    notes = _notes(path)
    assert any(f"Matrix!{cell.coordinate}" in n for n in notes)
    assert any(f"Weights!{weights.cell(2, points).coordinate} ({weights.cell(2, 1).value})" in n
               and "Criteria sheet" in n for n in notes)
