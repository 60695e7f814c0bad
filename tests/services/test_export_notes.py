"""What a spreadsheet export leaves out is said (QA pass 17, part 2)."""

from __future__ import annotations

from counterweight.domain import AggregationMethod
from counterweight.domain.analysts import Analyst
from counterweight.domain.methods import RedLine
from counterweight.services.export_notes import CSV, LONG, XLSX, spreadsheet_notes
from tests.factories import small_decision


def test_a_plain_decision_needs_no_note() -> None:
    assert spreadsheet_notes(small_decision(), XLSX) == []
    # the score matrix imports back only as a plain table (session 20): that is said, and nothing else
    matrix = [str(n) for n in spreadsheet_notes(small_decision(), CSV)]
    assert len(matrix) == 1 and matrix[0].startswith("Imported back, this score table would come in as a plain")


def test_only_a_csv_loses_the_marking() -> None:
    d = small_decision().model_copy(update={"marking": "SECRET"})
    csv = [str(n) for n in spreadsheet_notes(d, CSV)]
    assert len(csv) == 2 and "SECRET" in csv[0] and "plain table" in csv[1]  # then the plain-table note
    assert "SECRET" in spreadsheet_notes(d, CSV, LONG)[0]
    assert spreadsheet_notes(d, XLSX) == []  # the workbook carries it in its headers and footers


def test_what_reimporting_loses_is_each_named_and_the_full_copy_is_pointed_to() -> None:
    d = small_decision()
    method = d.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})
    d = d.model_copy(update={"red_lines": [RedLine(id="r", criterion_id="cost", limit=9.0)], "method": method,
                             "analysts": [Analyst(id="ann", name="Ann")]})
    notes = spreadsheet_notes(d, XLSX)
    assert [("red lines" in n, "TOPSIS" in n, "analysts" in n) for n in notes[:3]] == [
        (True, False, False), (False, True, False), (False, False, True)]
    assert "JSON" in notes[3] and len(notes) == 4
    assert notes[1].args["method"] == AggregationMethod.TOPSIS.label  # translated as a term in the window


def test_importing_a_workbook_says_what_its_results_relied_on(tmp_path) -> None:  # noqa: ANN001
    """The import side of QA pass 17's round trip: a TOPSIS workbook came back ranked by the weighted
    sum, and its red lines were gone, without a word."""
    from counterweight.reports.xlsx_export import write_xlsx
    from counterweight.services.export_notes import workbook_notes

    d = small_decision()
    plain = tmp_path / "plain.xlsx"
    write_xlsx(d, plain)
    assert workbook_notes(plain) == []
    method = d.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})
    excluding = RedLine(id="r", criterion_id="cost", limit=9.0, action="exclude")
    topsis = tmp_path / "topsis.xlsx"
    write_xlsx(d.model_copy(update={"method": method, "red_lines": [excluding]}), topsis)
    notes = workbook_notes(topsis)
    assert len(notes) == 2 and "TOPSIS" in notes[0] and "red lines" in notes[1]
    assert workbook_notes(tmp_path / "missing.xlsx") == []  # the import itself names a file it cannot read
