"""Spreadsheet import: round trips, the template, precisely located errors, nothing changed on error.

Workbooks (.xlsx) here; CSV files in test_spreadsheet_import_csv.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from counterweight.domain import Decision, Direction, NumericScale, QualitativeScale
from counterweight.domain.errors import InvalidInputError, ProjectFileError
from counterweight.engine import evaluate
from counterweight.locations import example_decision_path
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services import exchange
from counterweight.services.session import ProjectSession
from counterweight.services.spreadsheet import (
    import_spreadsheet,
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
