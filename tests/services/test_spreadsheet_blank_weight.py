"""A weight cleared in an exported workbook is read as 1 point: the import says so (QA h26c).

The README of the template says an empty Weight means 1, which suits a sheet filled in from
scratch; but in a workbook whose other criteria have weights (an export, edited), an emptied
cell turned a 40-point criterion into a 1-point one without a word.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from counterweight.engine.phrase import Phrase
from counterweight.services import spreadsheet
from counterweight.services.spreadsheet_csv import read_csv_text
from counterweight.reports import xlsx_export
from tests.factories import small_decision


def _weight_column(ws) -> int:  # noqa: ANN001
    return next(c.column for c in ws[1] if c.value == "Weight")


def test_an_emptied_weight_among_weighted_criteria_is_noted(tmp_path: Path) -> None:
    decision = small_decision()
    path = tmp_path / "d.xlsx"
    xlsx_export.write_xlsx(decision, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Criteria"]
    ws.cell(2, _weight_column(ws)).value = None
    name = ws.cell(2, 1).value
    wb.save(path)
    notes: list[Phrase] = []
    read = spreadsheet.read_spreadsheet(path, notes)
    assert next(c for c in read.criteria if c.name == name).weight == 1.0  # as the README says
    said = [n for n in notes if "no weight" in n]
    assert len(said) == 1 and f"'{name}'" in said[0] and "Criteria!" in said[0] and "1 point" in said[0]


def test_a_sheet_with_no_weights_at_all_is_not_noted(tmp_path: Path) -> None:
    notes: list[Phrase] = []
    read_csv_text("option,criterion,score\nA,Cost,1\nB,Cost,2\nA,Time,3\nB,Time,4\n", notes=notes)
    assert not [n for n in notes if "no weight" in n]
    notes.clear()
    read_csv_text("option,criterion,score,weight\nA,Cost,1,30\nB,Cost,2,\nA,Time,3,\nB,Time,4,\n", notes=notes)
    assert len([n for n in notes if "no weight" in n]) == 1  # Time: every row's weight is empty
