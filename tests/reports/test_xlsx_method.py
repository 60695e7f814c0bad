"""QA 23 items 5 and 6: the workbook gives each method's own figures and every setting behind its results.

* Results: beside "Score (0-100)" the method's own figures (TOPSIS D+, D−, C; PROMETHEE φ+, φ−, φ;
  VIKOR S, R, Q) as numbers, and under the table how the score is derived from them.
* Method (new sheet): the method, normalisations, TOPSIS/VIKOR settings, each criterion's direction,
  value function and PROMETHEE function with q, p, s, the red lines, and the weighting judgements
  with, for AHP, the pairwise matrix, priority method, lambda_max, CI, RI and its source, and CR.
  The import passes over it without a word, as over the other reading sheets.

Read back with openpyxl, as a reviewer's spreadsheet program would; checked against the published
examples and hand computations of tests/reports/method_cases.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.engine import evaluate
from counterweight.reports.xlsx_export import REPORT_SHEETS, write_xlsx
from counterweight.services.export_notes import XLSX, spreadsheet_notes, workbook_notes
from counterweight.services.spreadsheet import read_spreadsheet
from tests.engine.test_ahp import HOUSE, HOUSE_MATRIX
from tests.engine.test_promethee import BVM_NET_SUMS, BVM_PREFS
from tests.reports import method_cases as cases


def _book(d, tmp_path: Path, name: str = "d"):  # noqa: ANN001, ANN202
    return load_workbook(write_xlsx(d, tmp_path / f"{name}.xlsx"))


def _rows(ws: Worksheet) -> list[list[Any]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _find(rows: list[list[Any]], first: str) -> int:
    return next(i for i, r in enumerate(rows) if r and r[0] == first)


def _setting(rows: list[list[Any]], name: str) -> list[Any]:
    return rows[_find(rows, name)][1:3]


# ----------------------------------------------------------------- Results
def test_results_give_the_promethee_flows_and_how_the_score_is_derived(tmp_path: Path) -> None:
    d = cases.bvm1986()
    ws = _book(d, tmp_path)["Results"]
    rows = _rows(ws)
    assert rows[0][:7] == ["Rank", "Option", "Score (0-100), PROMETHEE II (net flow)", "Note", "φ+", "φ−", "Net φ"]
    by_name = {r[1]: r for r in rows[1:7]}
    ev = evaluate(d)
    for i, name in enumerate(ev.option_names):
        row = by_name[name]
        assert row[4:7] == pytest.approx([ev.extras["phi_plus"][i], ev.extras["phi_minus"][i], ev.extras["phi"][i]])
        assert row[6] == pytest.approx(BVM_NET_SUMS[i] / 5, abs=1e-3)  # the paper's summed flows over n - 1 = 5
        assert row[2] == pytest.approx(100 * (row[6] + 1) / 2)  # the stated rule, on the sheet's own numbers
    assert ws.cell(row=2, column=7).number_format == "+0.000;-0.000;0.000"  # a reader sees +0.293, as the window
    notes = [r[0] for r in rows[8:] if r and r[0]]
    assert notes[0].startswith("Score (0-100) = 100 × (φ + 1) / 2, where the net flow φ = φ+ − φ−")
    assert notes[1].startswith("φ+: leaving flow")


def test_results_give_vikor_s_r_q_and_mark_the_compromise_set(tmp_path: Path) -> None:
    rows = _rows(_book(cases.vikrl(), tmp_path)["Results"])
    assert rows[0][4:7] == ["S", "R", "Q"]
    by_name = {r[1]: r for r in rows[1:5]}
    # by hand (method_cases.vikrl): X S 0.4643 R 0.25 Q 0; Y S 0.4732 R 0.2857 Q 0.1964
    assert by_name["X"][4:7] == pytest.approx([3 / 14 + 1 / 4, 1 / 4, 0.0])
    assert by_name["Y"][4:7] == pytest.approx([2 / 7 + 3 / 16, 2 / 7, 0.19643], abs=1e-5)
    assert by_name["X"][3] == by_name["Y"][3] == "in the compromise set"
    assert by_name["Z"][0] is None and "excluded by a red line" in by_name["Z"][3]
    derived = next(r[0] for r in rows[6:] if r and r[0])
    assert "Score (0-100) = 100 × (1 − Q)" in derived and "DQ = 1 / (m − 1) = 0.5, with m = 3" in derived


def test_the_import_still_reads_the_red_lines_note_of_results(tmp_path: Path) -> None:
    """export_notes.workbook_notes reads the Note column (D): the new columns come after it."""
    path = write_xlsx(cases.vikrl(), tmp_path / "v.xlsx")
    said = [str(n) for n in workbook_notes(path)]
    assert any("VIKOR" in n for n in said) and any("red lines" in n for n in said)


# ----------------------------------------------------------------- Method
def test_method_sheet_states_the_vikor_settings_and_red_lines(tmp_path: Path) -> None:
    wb = _book(cases.vikrl(), tmp_path)
    assert "Method" in wb.sheetnames and "Method" in REPORT_SHEETS
    rows = _rows(wb["Method"])
    assert _setting(rows, "Aggregation method used")[0] == "VIKOR (compromise)"
    assert _setting(rows, "VIKOR v")[0] == 0.5
    assert _setting(rows, "VIKOR DQ")[0] == "1 / (m − 1) = 0.5, with m = 3 options left in the ranking"
    assert _setting(rows, "TOPSIS normalisation")[0] == "Vector (Euclidean)"
    assert _setting(rows, "TOPSIS distance")[0] == "Euclidean"
    assert _setting(rows, "Score (0-100)")[0].startswith("Score (0-100) = 100 × (1 − Q)")
    head = _find(rows, "Criterion")
    assert rows[head][:6] == ["Criterion", "Scale", "Unit", "Better", "Value function", "Global weight"]
    assert rows[head + 1][:6] == ["a", "0 to 10", None, "higher is better", "linear: 0 is value 0, 10 is value 1",
                                  0.5]
    red = next(i for i, r in enumerate(rows) if r[:2] == ["Criterion", "Limit"])
    assert rows[red + 1][:5] == ["a", "at least 3", "excluded from the ranking", None, "Z"]


def test_method_sheet_states_each_promethee_function_and_threshold(tmp_path: Path) -> None:
    rows = _rows(_book(cases.bvm1986(), tmp_path)["Method"])
    head = _find(rows, "Criterion")
    assert rows[head][6:10] == ["PROMETHEE II function", "q", "p", "s"]
    for j, pref in enumerate(BVM_PREFS):  # Brans, Vincke & Mareschal (1986): II q 10, III p 30, V q 50 p 500, ...
        row = rows[head + 1 + j]
        assert row[6] == pref.function.label
        assert row[7:10] == [pref.q, pref.p, pref.s]
    assert rows[head + 1][3] == "lower is better" and rows[head + 2][3] == "higher is better"
    assert "No red lines are set." in [r[0] for r in rows]


def test_method_sheet_gives_the_ahp_matrix_and_saatys_figures(tmp_path: Path) -> None:
    wb = _book(cases.house("geometric_mean"), tmp_path)
    ws = wb["Method"]
    rows = _rows(ws)
    title = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith("Weights of the top level"))
    assert rows[title][0] == "Weights of the top level: AHP pairwise comparison, by Saaty"
    top = next(i for i in range(title, len(rows)) if rows[i][1:9] == HOUSE)
    matrix = np.array([rows[top + 1 + i][1:9] for i in range(8)], dtype=float)
    np.testing.assert_allclose(matrix, HOUSE_MATRIX)  # Saaty (1980), the house example
    assert [rows[top + 1 + i][0] for i in range(8)] == HOUSE
    assert ws.cell(row=top + 2, column=8).number_format == "# ?/?"  # 1/3 reads "1/3"
    figures = {r[0]: r[1:3] for r in rows[top:] if r[0] in ("Priority method", "λmax", "CI", "RI (n = 8)", "CR")}
    assert figures["Priority method"][0] == "geometric mean"
    assert "Crawford & Williams 1985" in figures["Priority method"][1]
    # Saaty (1980; 1990): lambda_max 9.669, CI 0.238, RI(8) 1.41, CR 0.169
    assert round(figures["λmax"][0], 3) == 9.669 and round(figures["CI"][0], 3) == 0.238
    assert figures["RI (n = 8)"][0] == 1.41 and "Saaty, T. L. (1980). The Analytic Hierarchy Process" in \
        figures["RI (n = 8)"][1]
    assert round(figures["CR"][0], 3) == 0.169 and "above the usual 0.10 limit" in figures["CR"][1]
    prio = next(i for i in range(top, len(rows)) if rows[i][:3] == ["Criterion", "Priority", "Points stored"])
    stored = [rows[prio + 1 + i][2] for i in range(8)]
    assert stored == [c.weight for c in cases.house("geometric_mean").criteria]
    assert any(r[0] and "they add up to 99.99" in str(r[0]) for r in rows)
    assert not any(r[0] and "edited by hand" in str(r[0]) for r in rows)


def test_swing_and_rank_judgements_are_listed(tmp_path: Path) -> None:
    from counterweight.domain.elicitation import Elicitation, WeightMethod

    d = cases.ot2004()
    d = d.model_copy(update={"elicitations": [Elicitation(node_id=None, method=WeightMethod.ROC,
                                                          ranks={"c1": 1, "c2": 2})]})
    rows = _rows(_book(d, tmp_path)["Method"])
    head = next(i for i, r in enumerate(rows) if r[:2] == ["Criterion", "Importance rank (1 = most)"])
    # ROC, n = 2 (Barron & Barrett 1996): 3/4 and 1/4; the points were left at 1 and 1, so they were edited since
    assert rows[head + 1][:4] == ["C1", 1, 0.75, 75.0] and rows[head + 2][:4] == ["C2", 2, 0.25, 25.0]
    assert any(r[0] and "edited by hand" in str(r[0]) for r in rows)


# ----------------------------------------------------------------- import
def test_the_import_passes_over_the_method_sheet(tmp_path: Path) -> None:
    path = write_xlsx(cases.house(), tmp_path / "house.xlsx")
    assert "Method" in load_workbook(path).sheetnames
    notes: list = []
    read_spreadsheet(path, notes)
    assert not any("Method" in str(n) for n in notes), notes


def test_the_export_note_points_to_the_method_sheet() -> None:
    said = [str(n) for n in spreadsheet_notes(cases.vikrl(), XLSX)]
    assert said[-1] == ("For a copy that keeps everything, keep the project file or export the decision as JSON. The "
                        "workbook's Method sheet lists the method settings, the red lines and the weighting "
                        "judgements, for reading.")
