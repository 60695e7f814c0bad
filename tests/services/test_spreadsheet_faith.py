"""Spreadsheet import and export keep faith with the user's decision (QA pass 22, items 1, 3, 7, 9, 10, 12, 14).

* The long CSV ("imports back") carries value functions, so the ranking survives the round trip;
  what no format carries is named in the export's notes, never dropped without a word.
* A percentage, typed or shown by the cell's format, is refused at its cell rather than read as 0.35.
* A score that is not a number says the cell may be left empty; problems come in file order and
  name the option and criterion.
* A sheet the import does not read, and a title above the headings, are said.
* Weights are written without float noise.
* A file of the wrong kind is named for what it is, in a sentence.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from counterweight.domain import Criterion, Decision, Direction, NumericScale, Option, Score, WeightMethod
from counterweight.domain.elicitation import Elicitation, PairwiseJudgement
from counterweight.domain.errors import InvalidInputError
from counterweight.engine import evaluate
from counterweight.reports import csv_export
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services.export_notes import CSV, XLSX, spreadsheet_notes
from counterweight.services.spreadsheet import read_csv, read_csv_text, read_spreadsheet, read_xlsx
from tests.factories import small_decision

LONG, MATRIX = "long", "matrix"  # the CSV layouts (csv_export.LONG, csv_export.MATRIX)


def flood() -> Decision:
    """Two options whose order depends on the value function of People protected.

    With the breakpoints 0=0; 20000=70; 50000=100, Raise scores 0.5*63 + 0.5*80 = 71.5 and Tidal barrier
    0.5*92 + 0.5*40 = 66: Raise first. On a straight line Raise scores 58 and Tidal barrier 62.
    """
    people = Criterion(id="people", name="People protected", unit="people", weight=50,
                       scale=NumericScale(lower=0, upper=50000, breakpoints=[
                           {"x": 0, "value": 0}, {"x": 20000, "value": 70}, {"x": 50000, "value": 100}]))
    cost = Criterion(id="cost", name="Capital cost", unit="GBP m", weight=50, direction=Direction.LOWER_BETTER,
                     scale=NumericScale(lower=0, upper=500))
    options = [Option(id="raise", name="Raise embankments"), Option(id="tidal", name="Tidal barrier")]
    scores = [Score(option_id="raise", criterion_id="people", value=18000),
              Score(option_id="raise", criterion_id="cost", value=100),
              Score(option_id="tidal", criterion_id="people", value=42000),
              Score(option_id="tidal", criterion_id="cost", value=300)]
    return Decision(id="flood", title="Regional flood defence options", options=options, criteria=[people, cost],
                    scores=scores)


def _weight_cells(text: str) -> dict[str, str]:
    return {row["criterion"]: row["weight"] for row in csv.DictReader(io.StringIO(text))}


# ------------------------------------------------------------------ item 1: the long CSV carries value functions


def test_the_long_csv_carries_value_functions_so_the_ranking_is_the_same(tmp_path: Path) -> None:
    decision = flood()
    assert evaluate(decision).ranked_option_ids() == ["raise", "tidal"]
    back = read_csv(csv_export.write_csv(decision, tmp_path / "long.csv", layout=LONG))
    people = next(c for c in back.criteria if c.name == "People protected")
    assert people.scale == decision.criterion("people").scale  # the breakpoints came back
    assert [back.option(o).name for o in evaluate(back).ranked_option_ids()] == \
        ["Raise embankments", "Tidal barrier"]
    assert list(evaluate(back).totals) == pytest.approx(list(evaluate(decision).totals), rel=1e-12)


def test_a_grouped_decision_with_a_value_function_ranks_the_same_after_the_long_csv(tmp_path: Path) -> None:
    base = small_decision()
    curved = base.criterion("effect").model_copy(update={"scale": NumericScale(lower=0, upper=10, breakpoints=[
        {"x": 0, "value": 0}, {"x": 2, "value": 60}, {"x": 10, "value": 100}])})
    decision = base.model_copy(update={"criteria": [curved if c.id == "effect" else c for c in base.criteria]})
    back = read_csv_text(csv_export.scores_csv(decision))
    assert [back.option(o).name for o in evaluate(back).ranked_option_ids()] == \
        [decision.option(o).name for o in evaluate(decision).ranked_option_ids()]
    assert list(evaluate(back).totals) == pytest.approx(list(evaluate(decision).totals), rel=1e-12)


def test_breakpoints_in_a_semicolon_csv_may_use_decimal_commas() -> None:
    text = ("option;criterion;score;lower;upper;breakpoints\n"
            'A;Reach;2,5;0;10;"0=0; 2,5=60; 10=100"\nB;Reach;5;;;\n')
    reach = read_csv_text(text).criteria[0]
    assert [(b.x, b.value) for b in reach.scale.breakpoints] == [(0, 0), (2.5, 60), (10, 100)]


# ------------------------------------------------------------------ item 12: weights without float noise


def test_the_long_csv_writes_the_points_of_flat_criteria_as_the_workbook_does() -> None:
    d = flood()
    criteria = [c.model_copy(update={"weight": w}) for c, w in zip(d.criteria, (24.34, 39.75))]
    text = csv_export.scores_csv(d.model_copy(update={"criteria": criteria}))
    assert _weight_cells(text) == {"People protected": "24.34", "Capital cost": "39.75"}  # not 24.340000000000003


def test_the_long_csv_writes_global_weights_of_grouped_criteria_without_float_noise() -> None:
    base = small_decision()  # global weights 50 %, 37.5 %, 12.5 %; make them thirds and sixths
    criteria = [c.model_copy(update={"weight": 2.0}) if c.id == "benefits" else c for c in base.criteria]
    weights = _weight_cells(csv_export.scores_csv(base.model_copy(update={"criteria": criteria})))
    assert weights == {"Civilian harm": "33.3333333333", "Effect": "50", "Cost": "16.6666666667"}


def test_the_weights_sheet_holds_weights_without_float_noise(tmp_path: Path) -> None:
    d = flood()
    criteria = [c.model_copy(update={"weight": w}) for c, w in zip(d.criteria, (24.34, 75.66))]
    ws = load_workbook(write_xlsx(d.model_copy(update={"criteria": criteria}), tmp_path / "w.xlsx"))["Weights"]
    assert [ws.cell(row=r, column=4).value for r in (2, 3)] == [0.2434, 0.7566]


# ------------------------------------------------------------------ items 1 and 9: what is not carried is said


def _everything() -> Decision:
    """The small decision with a weights record, descriptions, level descriptors and a perspective."""
    d = small_decision()
    record = Elicitation(node_id="benefits", method=WeightMethod.AHP, elicited_by="A. Analyst",
                         elicited_at=datetime(2026, 3, 12, tzinfo=UTC), note="Weights workshop, 12 March",
                         pairwise=[PairwiseJudgement(first="effect", second="cost", value=3)])
    options = [d.options[0].model_copy(update={"description": "Build the wall"}), *d.options[1:]]
    return d.model_copy(update={"elicitations": [record], "description": "Where to defend", "options": options,
                                "weight_sets": [{"id": "p", "name": "Treasury", "weights": {"cost": 5}}]})


def test_the_long_csv_notes_name_what_it_does_not_bring_back() -> None:
    notes = spreadsheet_notes(_everything(), CSV, LONG)
    text = "\n".join(notes)
    assert "no place for the title 'Small test decision'" in text
    assert "without their groups ('Risks' and 'Benefits')" in text and "ranking would not change" in text
    record = next(n for n in notes if "record of how they were set" in n)
    assert "(AHP pairwise comparison)" in record and "who made them and when, and any note" in record
    also = next(n for n in notes if n.startswith("Importing the file back would also lose"))
    for thing in ("the description", "the notice", "the options' descriptions",
                  "the level descriptors of 'Civilian harm'", "the perspectives"):
        assert thing in also
    assert "value function" not in text  # the long CSV carries them now
    assert "JSON" in notes[-1]


def test_the_workbook_notes_name_only_what_a_workbook_does_not_bring_back() -> None:
    notes = spreadsheet_notes(_everything(), XLSX)
    text = "\n".join(notes)
    assert "record of how they were set (AHP pairwise comparison)" in text  # QA 22 item 9
    assert "the perspectives" in text
    for carried in ("title", "groups", "descriptor", "description", "notice"):
        assert carried not in text
    assert spreadsheet_notes(small_decision(), XLSX) == []


def test_the_score_matrix_csv_notes_the_marking_and_that_it_imports_only_as_a_plain_table() -> None:
    d = _everything().model_copy(update={"marking": "OFFICIAL"})
    notes = [str(n) for n in spreadsheet_notes(d, CSV, MATRIX)]
    assert len(notes) == 2 and "OFFICIAL" in notes[0]
    assert notes[1].startswith("Imported back, this score table would come in as a plain table: equal weights")


def test_every_note_is_a_phrase_the_window_can_translate() -> None:
    for note in spreadsheet_notes(_everything(), CSV, LONG):
        assert note.template and "{" not in str(note)


# ------------------------------------------------------------------ items 3 and 7: percentages and "n/a"


def _exported(tmp_path: Path, change) -> Path:  # noqa: ANN001 - a function editing the workbook
    path = write_xlsx(small_decision(), tmp_path / "export.xlsx")
    wb = load_workbook(path)
    change(wb)
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def _problems(path: Path) -> list[str]:
    with pytest.raises(InvalidInputError) as info:
        read_xlsx(path)
    return info.value.problems


PERCENT_ADVICE = "type 35 or 0.35, whichever the scale uses, as a plain number (a cell formatted as Number or General)"


def test_a_cell_formatted_as_a_percentage_is_refused_like_the_text_35_percent(tmp_path: Path) -> None:
    def change(wb) -> None:  # noqa: ANN001
        wb["Criteria"]["G5"] = 100  # Effect now runs from 0 to 100: 35 and 0.35 both fit
        wb["Scores"]["C3"] = 0.35  # Alpha × Effect, shown as 35%
        wb["Scores"]["C3"].number_format = "0%"
        wb["Scores"]["C4"] = 0.25  # Alpha × Cost (0 to 20), shown as 25.0%: only 0.25 fits
        wb["Scores"]["C4"].number_format = "0.0%"
        wb["Scores"]["C6"] = "35%"  # Bravo × Effect, typed as text
    assert _problems(_exported(tmp_path, change)) == [
        f"Scores!C3 (Alpha × Effect): shows 35% but holds 0.35, because the cell is formatted as a percentage;"
        f" {PERCENT_ADVICE}",
        "Scores!C4 (Alpha × Cost): shows 25% but holds 0.25, because the cell is formatted as a percentage; the"
        " scale runs from 0 to 20, so type 0.25 as a plain number (a cell formatted as Number or General)",
        f"Scores!C6 (Bravo × Effect): '35%' is a percentage, not a number; {PERCENT_ADVICE}",
    ]


def test_a_literal_percent_sign_in_a_format_is_not_a_percentage(tmp_path: Path) -> None:
    def change(wb) -> None:  # noqa: ANN001
        wb["Scores"]["C3"] = 3
        wb["Scores"]["C3"].number_format = '0" %"'
        wb["Scores"]["C6"] = 7
        wb["Scores"]["C6"].number_format = "0\\%"
    d = read_xlsx(_exported(tmp_path, change))
    assert (d.score("a", "effect").value, d.score("b", "effect").value) == (3, 7)


def test_a_percentage_in_a_csv_is_refused_at_its_cell() -> None:
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score,lower,upper\nA,Habitat,12.5 %,0,100\nB,Habitat,40,,\n")
    assert info.value.problems == [
        "row 2, column C (score; A × Habitat): '12.5 %' is a percentage, not a number; type 12.5 or 0.125,"
        " whichever the scale uses, as a plain number (a cell formatted as Number or General)"]


def test_n_a_says_that_the_cell_may_be_left_empty(tmp_path: Path) -> None:
    """As the paste message does ("…or leave the cell empty to clear the score")."""
    assert _problems(_exported(tmp_path, lambda wb: wb["Scores"].__setitem__("C9", "n/a"))) == [
        "Scores!C9 (Charlie × Effect): 'n/a' is not a number; type a number from 0 to 10 points, or leave the cell"
        " empty for a missing score"]


# ------------------------------------------------------------------ item 10: order, sheets not read, title rows


def test_problems_are_listed_in_file_order_and_name_option_and_criterion(tmp_path: Path) -> None:
    def change(wb) -> None:  # noqa: ANN001
        wb["Scores"]["C10"] = "=1+1"  # a formula without a saved result, found while reading
        wb["Scores"]["C3"] = "abc"  # found later, while building
        wb["Criteria"]["D4"] = -1  # Effect's weight
    problems = _problems(_exported(tmp_path, change))
    assert [p.split(":")[0] for p in problems] == ["Criteria!D4", "Scores!C3 (Alpha × Effect)", "Scores!C10"]


def test_a_sheet_that_is_not_read_is_named_in_the_notes(tmp_path: Path) -> None:
    def change(wb) -> None:  # noqa: ANN001
        wb.create_sheet("Notes")["A1"] = "Costs are 2024 prices"
        wb.create_sheet("Sheet2")  # empty: nothing is left out
    notes: list[str] = []
    assert read_spreadsheet(_exported(tmp_path, change), notes) == small_decision()
    assert notes == ["The sheet 'Notes' was not read: Counterweight reads only the Options, Criteria, Scores, Levels"
                     " and Decision sheets."]


def test_an_exported_workbook_imports_without_notes(tmp_path: Path) -> None:
    notes: list[str] = []
    read_spreadsheet(write_xlsx(small_decision(), tmp_path / "plain.xlsx"), notes)
    assert notes == []  # its Matrix, Weights, Results, Rationales and README sheets are known


def test_headings_below_a_title_row_are_found_and_the_title_is_said(tmp_path: Path) -> None:
    def change(wb) -> None:  # noqa: ANN001
        ws = wb["Scores"]
        ws.insert_rows(1)
        ws["A1"] = "Scores for the flood appraisal"
        ws.merge_cells("A1:F1")
    notes: list[str] = []
    assert read_spreadsheet(_exported(tmp_path, change), notes) == small_decision()
    assert notes == ["The headings of the Scores sheet were found on row 2, so what is above them was not read"
                     " ('Scores for the flood appraisal')."]

    def bad(wb) -> None:  # noqa: ANN001
        change(wb)
        wb["Scores"]["C4"] = "abc"  # Alpha × Effect, one row down
    assert [p.split(":")[0] for p in _problems(_exported(tmp_path, bad))] == ["Scores!C4 (Alpha × Effect)"]


# ------------------------------------------------------------------ item 14: the wrong kind of file, in words


def test_an_ods_file_is_named_and_the_way_to_xlsx_given(tmp_path: Path) -> None:
    ods = tmp_path / "appraisal.ods"
    ods.write_bytes(b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(InvalidInputError) as info:
        read_spreadsheet(ods)
    message = info.value.message
    assert message.startswith("Counterweight cannot import appraisal.ods: it is an OpenDocument spreadsheet (.ods)")
    assert "save it as an Excel workbook (.xlsx)" in message


def test_a_text_file_with_another_ending_is_pointed_to_csv(tmp_path: Path) -> None:
    txt = tmp_path / "scores.txt"
    txt.write_text("option,criterion,score\nA,Cost,3\n")
    with pytest.raises(InvalidInputError) as info:
        read_spreadsheet(txt)
    assert info.value.message[0].isupper() and "rename it to end in .csv" in info.value.message


def test_a_csv_renamed_xlsx_is_said_to_be_no_workbook_in_words(tmp_path: Path) -> None:
    fake = tmp_path / "scores.xlsx"
    fake.write_text("option,criterion,score\nA,Cost,3\n")
    with pytest.raises(InvalidInputError) as info:
        read_spreadsheet(fake)
    message = info.value.message
    assert message.startswith("scores.xlsx is not an Excel workbook (.xlsx), although its name says so")
    assert "Rename it to end in .csv" in message and "BadZipFile" not in message
    assert "BadZipFile" in info.value.detail  # for whoever supports the user


# (QA pass 22: 'Option,Cost' was the matrix layout's lower-case refusal; it is a plain score table now, and
# a file that is no table says where, as located problems do, and which layouts are read)
@pytest.mark.parametrize(("text", "start"), [("", "The file is empty"),
                                             ("Option\nA\n", "row 1, column A: the table has a single column")])
def test_csv_messages_start_with_a_capital_letter(text: str, start: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        read_csv_text(text)
    assert info.value.message.startswith(start)


def test_a_csv_that_is_not_utf8_says_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("option,criterion,score\nCaf\xe9,Cost,3\n".encode("latin-1"))
    with pytest.raises(InvalidInputError) as info:
        read_csv(path)
    assert info.value.message.startswith("latin.csv is not UTF-8 text.") and "CSV UTF-8" in info.value.message
