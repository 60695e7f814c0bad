"""The XLSX export's Robustness sheet (QA 21 item 10): thresholds, score flips and every method's ranking.

A two-option decision is worked by hand; the example's thresholds are QA 21's
independent figures (its grid search, /tmp/qa21/indep.py); the method ranks are the
Compare methods tab's (``compare_methods``); and the export still imports back to the
same decision with the sheet in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from counterweight.domain.methods import AggregationMethod, MethodSettings, RedLine, RedLineAction
from counterweight.engine.comparison import compare_methods
from counterweight.locations import example_decision_path
from counterweight.reports.xlsx_export import REPORT_SHEETS, write_xlsx
from counterweight.services.projects import load_decision
from counterweight.services.spreadsheet import read_xlsx

from tests.engine.helpers import flat_decision
from tests.factories import small_decision

SHEET = "Robustness"


def _rows(ws) -> list[list[Any]]:  # noqa: ANN001
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _table(ws, title: str) -> tuple[int, list[Any], list[list[Any]]]:  # noqa: ANN001
    """The header row number, header and rows of the table under ``title`` (up to the next empty row)."""
    rows = _rows(ws)
    start = next(i for i, r in enumerate(rows) if r[0] == title)
    head = next(i for i in range(start + 1, len(rows)) if ws.cell(row=i + 1, column=1).font.bold
                and ws.cell(row=i + 1, column=2).value is not None)
    body = []
    for r in rows[head + 1:]:
        if all(v is None for v in r):
            break
        body.append(r)
    return head + 1, rows[head], body


@pytest.fixture
def hand(tmp_path: Path):
    """A1 = (100, 0), A2 = (0, 100) on two 0-100 criteria weighted 3 : 2, so totals 0.6 and 0.4."""
    return load_workbook(write_xlsx(flat_decision([[100, 0], [0, 100]], [3, 2]), tmp_path / "hand.xlsx"))[SHEET]


def test_the_sheet_follows_results_and_the_import_ignores_it(tmp_path: Path) -> None:
    wb = load_workbook(write_xlsx(small_decision(), tmp_path / "s.xlsx"))
    assert wb.sheetnames[:5] == ["Matrix", "Weights", "Results", SHEET, "Rationales"]
    assert SHEET in REPORT_SHEETS  # the importer's list of the export's own reading sheets


def test_weight_thresholds_by_hand(hand) -> None:  # noqa: ANN001
    _, head, rows = _table(hand, "Weight thresholds")
    assert head[:8] == ["Criterion", "Weight now (local)", "Down to (local)", "Down to (global)", "Then first",
                        "Up to (local)", "Up to (global)", "Then first"]
    c1, c2 = rows
    # with C1's local weight w (C2 has 1 - w): A1 scores w, A2 scores 1 - w, equal at w = 0.5
    assert c1[0] == "C1" and c1[1] == pytest.approx(0.6)
    assert c1[2:5] == [pytest.approx(0.5), pytest.approx(0.5), "A2"] and c1[5:8] == [None, None, None]
    assert c2[0] == "C2" and c2[1] == pytest.approx(0.4)
    assert c2[2:5] == [None, None, None] and c2[5:8] == [pytest.approx(0.5), pytest.approx(0.5), "A2"]


def test_score_changes_by_hand(hand) -> None:  # noqa: ANN001
    _, head, rows = _table(hand, "Score changes that change the top option")
    assert head == ["Option", "Criterion", "Score now", "Changed to", "Then first", "Change", "Unit",
                    "Share of the scale's range", "How found"]
    by_cell = {(r[0], r[1]): r for r in rows}
    assert set(by_cell) == {("A1", "C1"), ("A2", "C1")}
    # A1 falls behind when 0.6 v < 0.4, v = 2/3 (66.7); A2 overtakes when 0.4 + 0.6 v > 0.6, v = 1/3 (33.3)
    a1, a2 = by_cell[("A1", "C1")], by_cell[("A2", "C1")]
    assert a1[2:6] == [100, pytest.approx(200 / 3), "A2", pytest.approx(-100 / 3)]
    assert a2[2:6] == [0, pytest.approx(100 / 3), "A2", pytest.approx(100 / 3)]
    assert a1[7] == pytest.approx(1 / 3) and a2[7] == pytest.approx(1 / 3) and a1[8] == "exact"


def test_the_layout_matches_the_other_sheets(tmp_path: Path) -> None:
    wb = load_workbook(write_xlsx(flat_decision([[100, 0], [0, 100]], [3, 2]), tmp_path / "f.xlsx"))
    ws, results = wb[SHEET], wb["Results"]
    row, _, _ = _table(ws, "Weight thresholds")
    for col in range(1, 10):
        cell, model = ws.cell(row=row, column=col), results.cell(row=1, column=1)
        assert cell.font.bold and cell.fill.fgColor.rgb == model.fill.fgColor.rgb
    for col in (2, 3, 4, 6, 7):
        assert ws.cell(row=row + 1, column=col).number_format == "0.0%"
    row, _, _ = _table(ws, "Score changes that change the top option")
    assert ws.cell(row=row + 1, column=8).number_format == "0.0%"


def test_the_example_matches_qa21s_independent_thresholds(tmp_path: Path) -> None:
    example = load_decision(example_decision_path())
    ws = load_workbook(write_xlsx(example, tmp_path / "e.xlsx"))[SHEET]
    _, _, rows = _table(ws, "Weight thresholds")
    by_name = {r[0]: r for r in rows}
    # QA 21: JIC first if Benefits falls to 42.0 %, Costs rises to 24.4 %, Time to effect to 28.6 %;
    # CEM first if Risks rises to 39.9 %; Transfer (flagged) if Civilian risk falls to 30.8 %
    benefits = by_name["Benefits"]
    assert round(100 * benefits[2], 1) == 42.0 and benefits[4] == "Joint information campaign"
    assert round(100 * by_name["Costs"][5], 1) == 24.4
    assert round(100 * by_name["Benefits › Time to effect"][5], 1) == 28.6
    risks = by_name["Risks"]
    assert round(100 * risks[5], 1) == 39.9 and risks[7] == "Continue escalation management"
    civilian = by_name["Risks › Civilian risk"]
    assert round(100 * civilian[2], 1) == 30.8
    assert civilian[4] == "Transfer US cluster munitions (\u2691 breaches the red line on Civilian risk)"
    assert by_name["Costs › Financial and materiel cost"][8] == \
        "No weight from 0 % to 100 % puts another option first."
    # QA 21: three score changes of one level (25 points) each flip the top option
    _, _, scores = _table(ws, "Score changes that change the top option")
    smallest = [r for r in scores if r[7] == pytest.approx(0.25)]
    assert {(r[0], r[2], r[3]) for r in smallest} == {
        ("Continue escalation management", "None", "Weak"), ("Joint information campaign", "Low", "Negligible"),
        ("Full deterrence package", "Moderate", "High")}
    assert all(r[6] == "level value points (0-100)" and abs(r[5]) == 25 for r in smallest)


def test_the_method_ranks_are_the_compare_tabs(tmp_path: Path) -> None:
    example = load_decision(example_decision_path())
    ws = load_workbook(write_xlsx(example, tmp_path / "m.xlsx"))[SHEET]
    _, head, rows = _table(ws, "Ranking by each method")
    cmp = compare_methods(example)
    assert head[0] == "Option"
    assert head[1:len(cmp.methods) + 1] == [m.label + (" (in use)" if m is AggregationMethod.WSM else "")
                                            for m in cmp.methods]
    names = {o.name: o.id for o in example.options}
    for r in rows:
        assert r[1:len(cmp.methods) + 1] == [cmp.evaluations[m].rank_of(names[r[0]]) for m in cmp.methods]
    assert [r[0] for r in rows][0] == "Full deterrence package"  # in the order of the method in use
    texts = [r[0] for r in _rows(ws)]
    assert cmp.summary in texts


def test_excluded_options_topsis_and_tiny_decisions_do_not_break_it(tmp_path: Path) -> None:
    d = small_decision()
    out = RedLine(id="rl", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE)  # Bravo costs 10
    d = d.model_copy(update={"red_lines": [out], "method": MethodSettings(aggregation=AggregationMethod.TOPSIS)})
    ws = load_workbook(write_xlsx(d, tmp_path / "x.xlsx"))[SHEET]
    _, head, rows = _table(ws, "Ranking by each method")
    assert head[3] == "TOPSIS (closeness to ideal) (in use)"
    bravo = next(r for r in rows if r[0] == "Bravo")
    assert set(bravo[1:6]) == {"excluded by a red line"}
    for tiny in (flat_decision([[1, 2]], [1, 1]), flat_decision([], [1]),
                 small_decision().model_copy(update={"scores": []})):
        ws = load_workbook(write_xlsx(tiny, tmp_path / "t.xlsx"))[SHEET]
        assert _rows(ws)[0][0] == "How robust is the ranking?"


@pytest.mark.parametrize("which", ["small", "example"])
def test_the_export_imports_back_unchanged(tmp_path: Path, which: str) -> None:
    decision = small_decision() if which == "small" else load_decision(example_decision_path())
    path = write_xlsx(decision, tmp_path / f"{which}.xlsx")
    assert SHEET in load_workbook(path).sheetnames
    notes: list[str] = []
    back = read_xlsx(path, notes)
    assert not any(SHEET in n for n in notes)  # not reported as a sheet left unread
    if which == "small":
        assert back == decision
    else:  # what a spreadsheet carries (see docs/spreadsheets.md): options, criteria, scores
        assert [o.name for o in back.options] == [o.name for o in decision.options]
        assert [(s.option_id, s.criterion_id, s.value, s.level, s.low, s.high) for s in back.scores] == \
            [(s.option_id, s.criterion_id, s.value, s.level, s.low, s.high) for s in decision.scores]
