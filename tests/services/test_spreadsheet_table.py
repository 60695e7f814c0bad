"""A plain score table (options in rows, criteria in columns) imports, saying what it assumed (QA pass 22 item 5).

The analyst's workbook and CSV of QA pass 22 (``/tmp/qa22/data/flood_own.*``) are rebuilt
here cell for cell: a title and a row of groups above the headings, Unit and Direction rows,
a '12,5' and an 'n/a' among the scores, a trailing space after a name and a number.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from counterweight.domain import Direction, NumericScale
from counterweight.domain.errors import CounterweightError, InvalidInputError
from counterweight.engine import evaluate
from counterweight.services.spreadsheet import import_spreadsheet, read_csv_text, read_spreadsheet

HEADINGS = ["Option", "Capital cost", "Annual maintenance", "People protected", "Design life",
            "Environmental benefit", "Delivery time"]
ROWS = [["Raise existing embankments", 120, 2.1, 18000, 50, 4, 3],
        ["New tidal barrier", 450, 6.5, 42000, 100, 3, 8],
        ["Managed realignment", "85 ", 0.8, 9500, 75, 9, 5],
        ["Upstream storage reservoirs ", 210, 1.9, 26000, 60, 6, 6],
        ["Property-level resilience", 35, 0.4, 6000, "12,5", 7, 2],
        ["Natural flood management", 60, 1.2, None, 40, 10, 4],
        ["Do minimum", 5, 0.3, 1500, "n/a", 2, 0.5]]
OPTIONS = [r[0].strip() for r in ROWS]


def _own_workbook(path: Path, *, fixed: bool) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Appraisal"
    ws["A1"] = "Regional flood defence options - appraisal matrix"
    ws["B2"], ws["D2"] = "Costs", "Benefits"
    ws.append(HEADINGS)
    ws.append(["Unit", "GBP m", "GBP m/yr", "people", "years", "0-10", "years"])
    ws.append(["Direction", "lower is better", "lower is better", "higher is better", "higher is better",
               "higher is better", "lower is better"])
    for row in ROWS:
        ws.append(row)
    if fixed:
        ws["E10"], ws["E12"] = 12.5, None
    notes = wb.create_sheet("Notes")
    notes["A1"], notes["A2"] = "Notes", "Costs from the 2024 outline business case, 2024 prices, undiscounted."
    wb.save(path)
    return path


def _own_csv(*, fixed: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADINGS)
    for row in ROWS:
        row = list(row)
        if fixed:
            row[4] = {"12,5": 12.5, "n/a": None}.get(row[4], row[4]) if isinstance(row[4], str) else row[4]
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue()


def _problems(call) -> list[str]:  # noqa: ANN001
    with pytest.raises(InvalidInputError) as info:
        call()
    return info.value.problems


def test_the_analysts_own_workbook_imports_with_its_units_directions_and_scores(tmp_path: Path) -> None:
    notes: list[str] = []
    d = read_spreadsheet(_own_workbook(tmp_path / "flood_own.xlsx", fixed=True), notes)
    assert [o.name for o in d.options] == OPTIONS
    assert [c.name for c in d.criteria] == HEADINGS[1:]
    assert [c.unit for c in d.criteria] == ["GBP m", "GBP m/yr", "people", "years", "0-10", "years"]
    lower, higher = Direction.LOWER_BETTER, Direction.HIGHER_BETTER
    assert [c.direction for c in d.criteria] == [lower, lower, higher, higher, higher, lower]
    assert {c.weight for c in d.criteria} == {1.0}
    cost, _, people, life, *_ = d.criteria
    assert cost.scale == NumericScale(lower=5, upper=450) and life.scale == NumericScale(lower=12.5, upper=100)
    by_cell = {(d.option(s.option_id).name, d.criterion(s.criterion_id).name): s.value for s in d.scores}
    assert by_cell[("Managed realignment", "Capital cost")] == 85  # '85 ' as typed
    assert ("Natural flood management", "People protected") not in by_cell  # a blank cell is a missing score
    assert len(d.scores) == 40
    text = "\n".join(notes)
    assert notes[0].startswith("The sheet 'Appraisal' was read as a plain score table")
    assert "found on row 3, so what is above them was not read ('Regional flood" in text
    assert "'Capital cost' 5 to 450 GBP m" in text and "worst option scores 0" in text
    assert "Every criterion has the same weight" in text
    assert "Only the sheet 'Appraisal' was read; the others were not ('Notes')" in text
    assert "does not give the direction" not in text  # the Direction row gives every one


def test_the_analysts_own_workbook_as_the_qa_had_it_names_the_two_bad_cells(tmp_path: Path) -> None:
    path = _own_workbook(tmp_path / "flood_own.xlsx", fixed=False)
    assert _problems(lambda: read_spreadsheet(path)) == [
        "Appraisal!E10 (Property-level resilience × Design life): '12,5' is not a number (use a dot as the decimal"
        " point, and no thousands separator)",
        "Appraisal!E12 (Do minimum × Design life): 'n/a' is not a number; type a number, or leave the cell empty"
        " for a missing score",
    ]


def test_the_analysts_own_csv_imports_and_every_direction_is_left_to_review() -> None:
    notes: list[str] = []
    d = read_csv_text(_own_csv(fixed=True), source="flood_own.csv", notes=notes)
    assert [o.name for o in d.options] == OPTIONS and [c.name for c in d.criteria] == HEADINGS[1:]
    assert all(c.direction == Direction.HIGHER_BETTER and c.unit == "" for c in d.criteria)
    assert d.criteria[3].scale == NumericScale(lower=12.5, upper=100)
    text = "\n".join(notes)
    assert notes[0].startswith("The file was read as a plain score table")
    assert ("The file does not give the direction of 'Capital cost', 'Annual maintenance', 'People protected',"
            " 'Design life', 'Environmental benefit' and 'Delivery time', so each is taken as 'higher is better'"
            " (Counterweight does not guess it from a name)") in text
    assert "'People protected' 1500 to 42000" in text
    assert _problems(lambda: read_csv_text(_own_csv(fixed=False))) == [
        "row 6, column E (Property-level resilience × Design life): '12,5' is not a number (use a dot as the"
        " decimal point, and no thousands separator)",
        "row 8, column E (Do minimum × Design life): 'n/a' is not a number; type a number, or leave the cell"
        " empty for a missing score",
    ]


def test_units_and_directions_in_the_headings_words_as_levels_and_ranges() -> None:
    notes: list[str] = []
    d = read_csv_text("Option,Cost (GBP m; lower is better),Risk,Time [months],Time [months] low\n"
                      "A,10,High,3,2\nB,20,Low,5,\nC,,Medium,,1\n", notes=notes)
    cost, risk, time = d.criteria
    assert (cost.name, cost.unit, cost.direction) == ("Cost", "GBP m", Direction.LOWER_BETTER)
    assert (time.name, time.unit) == ("Time", "months") and time.scale == NumericScale(lower=1, upper=5)
    assert [(lv.label, lv.value) for lv in risk.scale.levels] == [("High", 0), ("Low", 50), ("Medium", 100)]
    assert any("'Risk' holds words, so it is scored with levels valued in the order the words first appear"
               " (High = 0, Low = 50, Medium = 100); that order says nothing about which is better" in n
               for n in notes)
    lows = {d.option(s.option_id).name: s.low for s in d.scores if s.criterion_id == time.id and s.low is not None}
    assert lows == {"A": 2, "C": 1}  # the 'low' column is the range of the criterion before it


@pytest.mark.parametrize(("text", "problem"), [
    ("Option,Cost\nA,1\nB,abc\nC,3\n",
     "row 3, column B (B × Cost): 'abc' is not a number; type a number, or leave the cell empty for a missing"
     " score"),
    ("Option,Cost\nA,1\nB,2\na,3\n", "row 4, column A: the option 'a' is listed twice (also row 2, column A)"),
    ("Option,Cost,cost\nA,1,2\nB,2,3\n",
     "row 1, column C: the heading 'cost' appears twice (also row 1, column B); give each criterion its own name"),
    ("Option,Cost,,Risk\nA,1,7,2\nB,2,,3\n",
     "row 1, column C: the column has no heading but holds '7' (at row 2, column C); type the criterion's name"
     " here, or delete the column"),
    ("Option\nA\nB\n", "row 1, column A: the table has a single column ('Option' …), so there are no criteria"
                       " to score"),
    ("Option,Verdict\nA,yes\nB,yes\n",
     "row 1, column B: every score of 'Verdict' is the word 'yes'; a column of words is scored with levels, one"
     " per word, so it needs at least two different words (or type numbers)"),
    ("Option,Cost,Risk\n", "row 1: there are no rows of options under the headings"),
])
def test_a_bad_plain_table_is_refused_at_the_place(text: str, problem: str) -> None:
    problems = _problems(lambda: read_csv_text(text))
    assert problems[0].startswith(problem), problems


def test_a_single_column_points_to_the_layouts_counterweight_reads() -> None:
    message = _problems(lambda: read_csv_text("Option\nA\nB\n"))[0]
    assert "File > Export blank template…" in message and "plain score table" in message


def test_a_workbook_of_neither_layout_says_which_layouts_are_read(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active["A1"] = "Just a note"
    wb.create_sheet("More")["A1"] = "Another note"
    wb.save(tmp_path / "notes.xlsx")
    [problem] = _problems(lambda: read_spreadsheet(tmp_path / "notes.xlsx"))
    assert problem.startswith("notes.xlsx: none of its sheets (Sheet, More) holds Counterweight's template")
    assert "File > Export blank template…" in problem
    partial = Workbook()
    partial.active.title = "Options"
    partial.save(tmp_path / "partial.xlsx")
    problems = _problems(lambda: read_spreadsheet(tmp_path / "partial.xlsx"))
    assert problems[0].startswith("Criteria sheet: the workbook has no sheet named 'Criteria'")
    assert "File > Export blank template…" in problems[0]


def test_a_plain_table_on_a_later_sheet_is_found(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Cover"
    wb.active["A1"] = "Appraisal, draft 3"
    table = wb.create_sheet("Scores table")
    for row in (["Option", "Cost"], ["A", 1], ["B", 4]):
        table.append(row)
    wb.save(tmp_path / "later.xlsx")
    notes: list[str] = []
    d = read_spreadsheet(tmp_path / "later.xlsx", notes)
    assert [o.name for o in d.options] == ["A", "B"] and d.criteria[0].scale == NumericScale(lower=1, upper=4)
    assert any("the others were not ('Cover')" in n for n in notes)


# ---------------------------------------------------------------------- fuzz
_PLACE = re.compile(r"^(?:Table![A-Z]+\d+|Table row \d+|row \d+(?:, column [A-Z]+)?|\S+\.(?:csv|xlsx))\b")
_CELL = st.one_of(st.none(), st.sampled_from(["", " ", "n/a", "High", "low", "12,5", "1,500", "35%", "=1+1", "-",
                                              "Unit", "Direction", "lower is better", "Weight", "x (y)", "1e400"]),
                  st.integers(-10**6, 10**6), st.floats(-1e9, 1e9, allow_nan=False), st.text(max_size=8))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_CELL, min_size=1, max_size=5), min_size=1, max_size=7), xlsx=st.booleans())
def test_a_random_plain_table_imports_or_is_refused_at_a_place(tmp_path: Path, rows: list[list], xlsx: bool) -> None:
    if xlsx:
        wb = Workbook()
        wb.active.title = "Table"
        for row in rows:
            wb.active.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
        source = tmp_path / "table.xlsx"
        wb.save(source)
    else:
        source = tmp_path / "table.csv"
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows([["" if v is None else v for v in r] for r in rows])
        source.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    try:
        read_spreadsheet(source)
    except CounterweightError as exc:
        problems = getattr(exc, "problems", None) or [exc.message]
        for problem in (p for p in problems if not p.startswith("... and ")):
            assert _PLACE.match(problem) or exc.where == str(source) and len(problems) == 1, problems
        return
    created = import_spreadsheet(source, tmp_path / "out.counterweight", overwrite=True)
    from counterweight.services.session import ProjectSession

    with ProjectSession.open(created, read_only=True) as session:
        evaluate(session.decision)
