"""Spreadsheet import: round trips, the template, precisely located errors, nothing changed on error."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from counterweight.domain import Criterion, Decision, Direction, Level, NumericScale, Option, QualitativeScale, Score
from counterweight.domain.errors import InvalidInputError, ProjectFileError
from counterweight.engine import evaluate
from counterweight.locations import example_decision_path
from counterweight.reports import csv_export
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services import exchange
from counterweight.services.session import ProjectSession
from counterweight.services.spreadsheet import (
    import_spreadsheet,
    read_csv,
    read_csv_text,
    read_spreadsheet,
    read_xlsx,
    write_template,
)
from tests.factories import small_decision


def _edited(tmp_path: Path, change: Callable[[Workbook], None], decision: Decision | None = None) -> Path:
    """Export ``decision`` (default: the small one), let ``change`` edit the workbook, save it."""
    path = write_xlsx(decision or small_decision(), tmp_path / "export.xlsx")
    wb = load_workbook(path)
    change(wb)
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def _problems(path: Path) -> list[str]:
    with pytest.raises(InvalidInputError) as info:
        read_xlsx(path)
    assert info.value.where == str(path)
    return info.value.problems


# ------------------------------------------------------------------ round trips


def test_export_then_import_gives_the_same_decision(tmp_path: Path) -> None:
    decision = small_decision()  # numbers, levels, a range, rationales, groups, lower-is-better
    assert read_xlsx(write_xlsx(decision, tmp_path / "a.xlsx")) == decision


def test_round_trip_of_the_example_keeps_scores_ranges_and_rationales(tmp_path: Path) -> None:
    example = exchange.read_file(example_decision_path())
    back = read_xlsx(write_xlsx(example, tmp_path / "example.xlsx"))
    assert (back.id, back.title, back.description, back.notice) == \
        (example.id, example.title, example.description, example.notice)
    assert back.options == example.options
    # A criterion scored with levels has no direction in the export (its level values decide, docs/methods.md
    # section 2.2; QA F7, session 17), so it comes back with the default, which the engine ignores as well.
    assert all(c.direction is Direction.HIGHER_BETTER for c in back.criteria if isinstance(c.scale, QualitativeScale))
    assert back.criteria == [c.model_copy(update={"direction": Direction.HIGHER_BETTER})
                             if isinstance(c.scale, QualitativeScale) else c for c in example.criteria]
    fields = ("option_id", "criterion_id", "value", "level", "low", "high", "rationale")
    assert [s.model_dump(include=set(fields)) for s in back.scores] == \
        [s.model_dump(include=set(fields)) for s in example.scores]
    # what a spreadsheet does not carry (evidence, method settings) is documented in docs/spreadsheets.md
    assert evaluate(back.model_copy(update={"method": example.method})).ranked_option_ids() == \
        evaluate(example).ranked_option_ids()


def test_duplicate_names_round_trip_through_ids(tmp_path: Path) -> None:
    base = small_decision()
    options = [base.options[0], base.options[1].model_copy(update={"name": "Alpha"}), base.options[2]]
    # Two options called Alpha cannot be told apart by name, so the export refers to them by ID;
    # the Options sheet still lists the same name twice, which import refuses (names must be unique).
    decision = base.model_copy(update={"options": options})
    problems = _problems(write_xlsx(decision, tmp_path / "dup.xlsx"))
    assert problems[0] == "Options!A3: the option 'Alpha' is listed twice (also Options!A2)"
    # ... and the scores that named the refused option by its ID are reported at their own cells
    assert problems[1:] == [f"Scores!A{r}: there is no option 'b' on the Options sheet" for r in (5, 6, 7)]


def test_breakpoints_and_marking_survive(tmp_path: Path) -> None:
    base = small_decision()
    effect = base.criterion("effect")
    curved = effect.model_copy(update={"scale": NumericScale(lower=0, upper=10, breakpoints=[
        {"x": 0, "value": 0}, {"x": 5, "value": 80}, {"x": 10, "value": 100}])})
    criteria = [curved if c.id == "effect" else c for c in base.criteria]
    decision = base.model_copy(update={"criteria": criteria, "marking": "OFFICIAL"})
    assert read_xlsx(write_xlsx(decision, tmp_path / "b.xlsx")) == decision


# ------------------------------------------------------------------ the template


def test_template_has_readme_sheets_headers_and_lists(tmp_path: Path) -> None:
    wb = load_workbook(write_template(tmp_path / "blank.xlsx"))
    assert wb.sheetnames == ["README", "Decision", "Options", "Criteria", "Levels", "Scores"]
    assert [c.value for c in wb["Scores"][1]] == ["Option", "Criterion", "Score", "Low", "High", "Rationale"]
    readme = " ".join(str(c.value) for row in wb["README"].iter_rows() for c in row if c.value)
    for word in ("Options", "Breakpoints", "Descriptor", "Rationale", "Scores!D7"):
        assert word in readme
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in wb["Criteria"].data_validations.dataValidation}
    assert lists["E2"] == '"number,levels,group"'  # Scale
    assert lists["I2"] == '"higher is better,lower is better"'  # Direction
    score_lists = [dv.formula1 for dv in wb["Scores"].data_validations.dataValidation]
    assert "Options!$A$2:$A$1000" in score_lists and "Criteria!$A$2:$A$1000" in score_lists


def test_blank_template_is_refused_with_a_reason(tmp_path: Path) -> None:
    problems = _problems(write_template(tmp_path / "blank.xlsx"))
    assert problems == ["Options: no options are listed; give at least one",
                        "Criteria: no criteria are listed; give at least one"]


def test_fill_in_the_template_and_import(tmp_path: Path) -> None:
    path = write_template(tmp_path / "blank.xlsx")
    wb = load_workbook(path)
    wb["Decision"]["B2"] = "Where to put the new depot"
    for row in (["North site", None, "Near the port"], ["South site"]):
        wb["Options"].append(row)
    crit = wb["Criteria"]  # Criterion, ID, Parent, Weight, Scale, Lower, Upper, Unit, Direction
    crit.append(["Cost", None, None, 2, None, 0, 50, "£m", "lower is better"])
    crit.append(["Community", None, None, 1, "group"])
    crit.append(["Noise", None, "Community", 1, "levels"])
    for row in (["Noise", "Loud", 0, "Heard across town"], ["Noise", "Quiet", 100]):
        wb["Levels"].append(row)
    for row in (["North site", "Cost", 30, 25, 40, "Quote from the builder"], ["North site", "Noise", "quiet"],
                ["south site", "cost", 20]):
        wb["Scores"].append(row)
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)

    d = read_spreadsheet(filled)
    assert d.title == "Where to put the new depot"
    assert [o.name for o in d.options] == ["North site", "South site"]
    assert d.options[0].description == "Near the port"
    assert [(c.name, c.parent_id) for c in d.criteria] == [("Cost", None), ("Community", None),
                                                           ("Noise", "community")]
    cost, community, noise = d.criteria
    assert isinstance(cost.scale, NumericScale) and (cost.scale.lower, cost.scale.upper) == (0, 50)
    assert cost.direction.value == "lower_better" and cost.unit == "£m" and cost.weight == 2
    assert community.is_group
    assert isinstance(noise.scale, QualitativeScale)
    assert [(lv.label, lv.value, lv.descriptor) for lv in noise.scale.levels] == \
        [("Loud", 0, "Heard across town"), ("Quiet", 100, "")]
    north, south = d.options
    s = d.score(north.id, cost.id)
    assert (s.value, s.low, s.high, s.rationale) == (30, 25, 40, "Quote from the builder")
    assert d.score(north.id, noise.id).level == "Quiet"  # level names ignore case
    assert d.score(south.id, cost.id).value == 20  # so do option and criterion names
    assert d.score(south.id, noise.id) is None


# ------------------------------------------------------------------ located errors


def test_non_numeric_cell(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb["Scores"].__setitem__("C3", "abc"))  # Alpha × Effect
    # QA pass 22: the place names the option and criterion, and the message says a cell may stay empty
    assert _problems(path) == ["Scores!C3 (Alpha × Effect): 'abc' is not a number; type a number from 0 to 10"
                               " points, or leave the cell empty for a missing score"]


def test_non_numeric_low_end(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb["Scores"].__setitem__("D3", "one"))
    assert _problems(path) == ["Scores!D3 (Alpha × Effect): 'one' is not a number; type a number, or leave the"
                               " cell empty for no range"]


def test_unknown_criterion(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb["Scores"].__setitem__("B4", "Price"))
    assert _problems(path) == ["Scores!B4: there is no criterion 'Price' on the Criteria sheet"]


def test_unknown_level(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb["Scores"].__setitem__("C2", "Tiny"))
    assert _problems(path) == \
        ["Scores!C2 (Alpha × Civilian harm): 'Tiny' is not a level of 'Civilian harm' (levels: Severe, High,"
         " Moderate, Low); leave the cell empty for a missing score"]


def test_out_of_scale_value_and_range(tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Scores"]["C6"] = 11  # Bravo × Effect, scale 0-10
        wb["Scores"]["E3"] = 12  # Alpha × Effect high end
    problems = _problems(_edited(tmp_path, change))
    assert problems == [  # in file order (QA pass 22)
        "Scores!E3 (Alpha × Effect): the high end 12 is outside the scale of 'Effect' (0 to 10)",
        "Scores!C6 (Bravo × Effect): the score 11 is outside the scale of 'Effect' (0 to 10)",
    ]


def test_a_marking_on_two_lines_is_explained_in_words(tmp_path: Path) -> None:
    # Not pydantic's "String should match pattern '^[^\x00-\x1f\x7f]*$'".
    path = _edited(tmp_path, lambda wb: wb["Decision"].__setitem__("B6", "SECRET\nNOFORN"))
    assert _problems(path) == ["Decision!B6: must be one line, without line breaks, tabs or other control characters"]


def test_missing_sheet(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb.remove(wb["Scores"]))
    problems = _problems(path)
    assert len(problems) == 1
    assert problems[0].startswith("Scores sheet: the workbook has no sheet named 'Scores'")


def test_missing_and_unknown_columns(tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Scores"]["B1"] = "Criteria"  # misspelt
    problems = _problems(_edited(tmp_path, change))
    assert problems[0].startswith("Scores!B1: 'Criteria' is not a column of the Scores sheet")
    assert problems[1] == "Scores row 1: the column 'Criterion' is missing from the header row"


def test_blank_optional_sheets_count_as_absent(tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb.remove(wb["Levels"])
        wb.create_sheet("Levels")  # left blank, without even the header row
        wb.remove(wb["Decision"])
        wb.create_sheet("decision")
        wb.remove(wb["Criteria"])
        wb.create_sheet("Criteria")  # a blank required sheet is still an error
    problems = _problems(_edited(tmp_path, change))
    assert problems == ["Criteria row 1: the column 'Criterion' is missing from the header row"]


def test_duplicate_option(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb["Options"].__setitem__("A4", "ALPHA"))
    problems = _problems(path)
    assert problems[0] == "Options!A4: the option 'ALPHA' is listed twice (also Options!A2)"
    # Charlie is gone with it, so its three score rows are reported too, each at its own cell
    assert problems[1:] == [f"Scores!A{r}: there is no option 'Charlie' on the Options sheet" for r in (8, 9, 10)]


def test_duplicate_score_row_and_group_scored(tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Scores"].append(["Alpha", "Effect", 3])
        wb["Scores"].append(["Bravo", "Risks", 3])
    problems = _problems(_edited(tmp_path, change))
    assert problems == [
        "Scores!A11: 'Alpha' is scored on 'Effect' twice (also Scores!A3)",
        "Scores!B12: 'Risks' is a group; score the criteria inside it",
    ]


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Scores"]["C3"] = "abc"
        wb["Criteria"]["D4"] = -1  # Effect's weight
        wb["Levels"]["C3"] = 130  # High's value
        wb["Options"]["B3"] = "bad id!"
    problems = _problems(_edited(tmp_path, change))
    assert {"Scores!C3", "Criteria!D4", "Levels!C3", "Options!B3"} <= {p.split(":")[0].split(" (")[0]
                                                                      for p in problems}
    assert "Criteria!D4: must not be negative" in problems
    assert "Levels!C3: must be at most 100" in problems


def test_parent_loop_and_scored_parent(tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Criteria"]["C2"] = "Civilian harm"  # Risks inside its own child
    problems = _problems(_edited(tmp_path, change))
    assert "Criteria!C2: 'Civilian harm' is scored itself (Scale levels), so it cannot hold other criteria;" \
           " make it a group" in problems


def test_formula_without_saved_result(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb["Scores"].__setitem__("C3", "=1+1"))
    assert _problems(path) == ["Scores!C3: holds a formula whose result was not saved in the file; type the value"
                               " (or save the file in Excel first)"]


def test_value_in_a_column_without_heading(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb["Scores"].__setitem__("H5", "note to self"))
    assert _problems(path) == ["Scores!H5: 'note to self' is in a column without a heading; add the heading or"
                               " remove the value"]


def test_not_a_workbook_and_missing_file(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("just text")
    with pytest.raises(InvalidInputError) as info:
        read_xlsx(fake)
    assert "not an Excel workbook" in info.value.message
    with pytest.raises(ProjectFileError):
        read_xlsx(tmp_path / "nowhere.xlsx")
    with pytest.raises(InvalidInputError):
        read_spreadsheet(tmp_path / "old.xls")


# ------------------------------------------------------------------ nothing changed on error


def test_nothing_is_written_when_the_file_has_problems(tmp_path: Path) -> None:
    bad = _edited(tmp_path, lambda wb: wb["Scores"].__setitem__("C3", "abc"))
    target = tmp_path / "new.counterweight"
    with pytest.raises(InvalidInputError):
        import_spreadsheet(bad, target)
    assert not target.exists()
    existing = tmp_path / "existing.counterweight"
    ProjectSession.create(existing, small_decision()).close()
    before = existing.read_bytes()
    with pytest.raises(InvalidInputError):
        import_spreadsheet(bad, existing, overwrite=True)
    assert existing.read_bytes() == before


def test_import_creates_the_project(tmp_path: Path) -> None:
    good = write_xlsx(small_decision(), tmp_path / "good.xlsx")
    created = import_spreadsheet(good, tmp_path / "made")
    assert created.name == "made.counterweight"
    with ProjectSession.open(created, read_only=True) as session:
        assert session.decision == small_decision()


# ------------------------------------------------------------------ CSV


def test_long_csv_round_trip_keeps_the_ranking(tmp_path: Path) -> None:
    decision = small_decision()
    back = read_csv(csv_export.write_csv(decision, tmp_path / "long.csv", layout="long"))
    # flat criteria weighted by their global weight: the same totals
    assert list(evaluate(back).totals) == pytest.approx(list(evaluate(decision).totals))
    assert [o.name for o in back.options] == ["Alpha", "Bravo", "Charlie"]
    effect = next(c for c in back.criteria if c.name == "Effect")
    alpha = back.options[0]
    s = back.score(alpha.id, effect.id)
    assert (s.value, s.low, s.high, s.rationale) == (2, 1, 3, "weak")


def test_long_csv_round_trip_keeps_level_names_with_semicolons_and_quotes(tmp_path: Path) -> None:
    # The levels column separates pairs with ';', so such a name is written in double quotes.
    # "=Bad" first: the export guards the cell against formula injection with an apostrophe.
    labels = ["=Bad", "Severe; irreversible", '"Quoted" level', "Minor"]
    scale = QualitativeScale(levels=[Level(label=label, value=v) for label, v in zip(labels, (0, 20, 40, 100))])
    decision = Decision(
        id="sl", title="Semicolon level", options=[Option(id=f"o{i}", name=f"Option {i}") for i in range(4)],
        criteria=[Criterion(id="harm", name="Harm", scale=scale)],
        scores=[Score(option_id=f"o{i}", criterion_id="harm", level=label) for i, label in enumerate(labels)])
    path = csv_export.write_csv(decision, tmp_path / "levels.csv", layout="long")
    levels_cell = next(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))["levels"]
    assert levels_cell == '\'=Bad=0; "Severe; irreversible"=20; """Quoted"" level"=40; Minor=100'
    back = read_csv(path)
    assert [(lv.label, lv.value) for lv in back.criteria[0].scale.levels] == list(zip(labels, (0, 20, 40, 100)))
    assert [s.level for s in back.scores] == labels


def test_csv_levels_accept_a_decimal_comma_with_semicolons() -> None:
    d = read_csv_text('option;criterion;score;levels\nA;Risk;High;"Low=0; High=30,5"\nB;Risk;Low;\n')
    assert [(lv.label, lv.value) for lv in d.criteria[0].scale.levels] == [("Low", 0), ("High", 30.5)]
    with pytest.raises(InvalidInputError) as info:  # with ',' as separator a comma is never a decimal point
        read_csv_text('option,criterion,score,levels\nA,Risk,High,"Low=0; High=30,5"\n')
    assert info.value.problems[0] == ("row 2, column D (levels): '30,5' is not a number (use a dot as the decimal"
                                      " point, and no thousands separator)")


def test_csv_errors_name_row_and_column() -> None:
    text = ("option,criterion,score,low,high,lower,upper\n"
            "A,Cost,5,,,0,10\n"
            "B,Cost,abc,,,,\n"
            "B,Cost,4,,,,\n")
    with pytest.raises(InvalidInputError) as info:
        read_csv_text(text)
    assert info.value.problems == [  # in file order (QA pass 22)
        "row 3, column C (score; B × Cost): 'abc' is not a number; type a number from 0 to 10, or leave the cell"
        " empty for a missing score",
        "row 4, column A (option): 'B' is scored on 'Cost' twice (also row 3, column A (option))",
    ]


@pytest.mark.parametrize("separator", [",", ";"])
def test_the_exported_score_matrix_reads_as_a_plain_table_and_says_what_it_assumed(separator: str) -> None:
    # QA round 10 refused the matrix layout that 'export' writes for reading; QA pass 22 (item 5): an
    # analyst's own table has the same shape, so it is now read as a plain score table, with notes on
    # what it cannot carry (directions, scales, weights). Resaved by a spreadsheet set to a decimal
    # comma, the same file comes back separated by semicolons.
    decision = exchange.read_file(example_decision_path())
    text = csv_export.matrix_csv(decision).replace(",", separator)
    notes: list[str] = []
    back = read_csv_text(text, source="matrix.csv", notes=notes)
    assert [o.name for o in back.options] == [o.name for o in decision.options]
    assert len(back.criteria) == len(decision.leaves) and len(back.scores) == len(decision.scores)
    assert notes[0].startswith("The file was read as a plain score table")
    assert any("same weight" in n for n in notes)
    # The long layout, whose first column is also the option, still reads.
    assert read_csv_text(csv_export.scores_csv(decision)).options


def test_a_header_of_unknown_columns_is_read_as_a_plain_table() -> None:
    # Before QA pass 22 this was refused ('is not a column'); with no criterion or score column it is a
    # plain score table now, and its only score gives the criterion a scale from 0 (said in the notes).
    notes: list[str] = []
    d = read_csv_text("Name,Cost\nA,1\n", notes=notes)
    assert [o.name for o in d.options] == ["A"] and d.criteria[0].scale == NumericScale(lower=0, upper=1)
    assert any("Every score of 'Cost' is 1, so its scale was set to run from 0 to 1" in n for n in notes)


def test_csv_with_semicolons_decimal_commas_levels_and_escapes() -> None:
    text = ("\ufeffoption;criterion;score;lower;upper;levels;rationale\n"
            "'=Plan A;Cost;2,5;0;10;;cheap\n"
            "Plan B;Cost;7;;;;\n"
            "'=Plan A;Risk;low;;;Low=100; High=0;\n")
    # the levels cell holds a ';' so it must be quoted in a semicolon file
    text = text.replace("Low=100; High=0", '"Low=100; High=0"')
    d = read_csv_text(text)
    assert [o.name for o in d.options] == ["=Plan A", "Plan B"]
    cost, risk = d.criteria
    assert d.score(d.options[0].id, cost.id).value == 2.5
    assert isinstance(risk.scale, QualitativeScale) and [lv.label for lv in risk.scale.levels] == ["Low", "High"]
    assert d.score(d.options[0].id, risk.id).level == "Low"


def test_semicolon_csv_refuses_a_comma_that_may_separate_thousands() -> None:
    """With decimal commas, "1,500" was read as 1.5, though a spreadsheet set to English shows fifteen
    hundred that way; "2,5" and "1,5000" stay decimal commas."""
    text = "option;criterion;score;lower;upper\nA;Homes;1,500;0;5000\nB;Homes;2,5;0;5000\nC;Homes;1,234,567;0;5000\n"
    with pytest.raises(InvalidInputError) as info:
        read_csv_text(text)
    assert info.value.problems == [
        "row 2, column C (score; A × Homes): '1,500' is ambiguous: a comma followed by three digits may separate "
        "thousands or mark decimals; write 1500 or 1.500",
        "row 4, column C (score; C × Homes): '1,234,567' is ambiguous: its commas may separate thousands or mark "
        "decimals; write 1234567, without commas"]
    d = read_csv_text("option;criterion;score;lower;upper\nA;Homes;2,5;0;10\nB;Homes;1,5000;0;10\n")
    assert [d.score(o.id, d.criteria[0].id).value for o in d.options] == [2.5, 1.5]


def test_csv_without_bounds_takes_them_from_the_data_or_asks() -> None:
    d = read_csv_text("option,criterion,score\nA,Reach,3\nB,Reach,8\n")
    assert (d.criteria[0].scale.lower, d.criteria[0].scale.upper) == (3, 8)
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score\nA,Reach,3\n")
    assert info.value.problems == ["row 2: give the scale of 'Reach' in the lower and upper columns:"
                                   " its scores are all the same number"]


def test_csv_without_bounds_names_the_scores_that_are_not_numbers() -> None:
    # No bounds and no readable score: the cells to fix are the scores, not (only) the bounds.
    with pytest.raises(InvalidInputError) as info:
        read_csv_text('option,criterion,score,low\nA,Cost,"2,5",\nB,Cost,nan,inf\n')
    assert info.value.problems == [
        "row 2, column C (score; A × Cost): '2,5' is not a number (use a dot as the decimal point, and no thousands"
        " separator)",
        "row 3, column C (score; B × Cost): 'nan' is not a number; type a number, or leave the cell empty for a"
        " missing score",
        "row 3, column D (low; B × Cost): 'inf' is not a number; type a number, or leave the cell empty for no range",
    ]
    # With no score at all, the bounds are what is missing.
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score,rationale\nA,Cost,,why\n")
    assert info.value.problems == ["row 2: 'Cost' is scored with numbers, so it needs its lower bound",
                                   "row 2: 'Cost' is scored with numbers, so it needs its upper bound"]


def test_csv_conflicting_criterion_description() -> None:
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score,lower,upper\nA,Cost,3,0,10\nB,Cost,4,0,20\n")
    assert info.value.problems == ["row 3, column E (upper): '20' differs from '10' given for 'Cost' at"
                                   " row 2, column E (upper); describe a criterion the same way on every row"]


def test_csv_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("option,criterion,score\nCaf\xe9,Cost,3\n".encode("latin-1"))
    with pytest.raises(InvalidInputError) as info:
        read_csv(path)
    assert "UTF-8" in info.value.message


_CELL = st.one_of(st.text(max_size=12), st.sampled_from(["", "1", "2.5", "-3", "1e400", "nan", "Low", "=1+1",
                                                         "'=x", "a=1; b=2", '"', "\t", "\r\n"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_fuzz_any_text_gives_a_decision_or_invalid_input(text: str) -> None:
    try:
        read_csv_text(text)
    except InvalidInputError:
        pass


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELL, min_size=0, max_size=13), min_size=0, max_size=6),
       st.sampled_from([",", ";", "\t"]))
def test_fuzz_structured_rows_give_a_decision_or_invalid_input(rows: list[list[str]], sep: str) -> None:
    header = sep.join(["option", "criterion", "score", "low", "high", "rationale", "weight", "unit", "direction",
                       "lower", "upper", "levels"])
    text = "\n".join([header, *(sep.join(r) for r in rows)])
    try:
        decision = read_csv_text(text)
    except InvalidInputError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
    else:
        assert isinstance(decision, Decision)
