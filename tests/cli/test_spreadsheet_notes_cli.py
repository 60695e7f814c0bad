"""``counterweight import`` and ``export`` say what a spreadsheet leaves out (QA pass 22, items 1, 9, 10)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from counterweight.reports.xlsx_export import write_xlsx
from tests.factories import small_decision


def _notes(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("note: ")]


def test_import_names_a_sheet_it_did_not_read(cli, tmp_path: Path) -> None:
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsm")  # .xlsm is read as a workbook too
    wb = load_workbook(source)
    wb.create_sheet("Notes")["A1"] = "Costs in 2024 prices"
    wb.save(source)
    result = cli("import", source, "-o", tmp_path / "back")
    assert result.code == 0, result.err
    assert _notes(result.err) == ["note: The sheet 'Notes' was not read: Counterweight reads only the Options, "
                                  "Criteria, Scores, Levels and Decision sheets."]


def test_the_long_csv_export_names_the_title_and_groups_it_leaves_out(cli, small_json: Path, tmp_path: Path) -> None:
    result = cli("export", small_json, "--format", "csv", "--csv-layout", "long", "-o", tmp_path / "long.csv")
    assert result.code == 0, result.err
    notes = _notes(result.err)
    assert any("no place for the title 'Small test decision'" in n for n in notes)
    assert any("without their groups ('Risks' and 'Benefits')" in n for n in notes)
    assert "JSON" in notes[-1]
