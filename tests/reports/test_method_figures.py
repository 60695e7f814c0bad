"""QA 23 items 4, 5, 7 and 10: the brief says how each method's figures were derived.

* Item 4: under VIKOR the brief's summary gave the Q-leader as the winner ("X ranks first with
  100.0 out of 100, 19.6 points ahead of Y") while VIKOR's answer (Opricovic & Tzeng 2004) was the
  compromise set {X, Y}, C1 failing. It now opens with the solution or the set and the condition
  that decided it, and the ranking table marks the set.
* Item 5: "Score (0-100)" is now derived in words, with the method's own figures beside it, written
  as the window's ranking table writes them.
* Item 7: the AHP paragraph names the priority method, lambda_max, CI, RI with its table, CR and
  the rounding of the stored points (Saaty's house example).
* Item 10: a level-scored criterion takes part in TOPSIS/PROMETHEE/VIKOR with its level's value.

Every figure is checked against a published example or a hand computation (tests/reports/method_cases.py).
"""

from __future__ import annotations

import html
import re

import numpy as np
import pytest

from counterweight.domain import AggregationMethod
from counterweight.engine import evaluate
from counterweight.reports import brief_html
from counterweight.reports.brief_content import Brief, build_brief
from counterweight.services.briefing import elicitation_notes
from tests.engine.test_promethee import BVM_NET_SUMS, BVM_PI
from tests.engine.test_topsis import BOOK_CLOSENESS, BOOK_D_MINUS, BOOK_D_PLUS
from tests.reports import method_cases as cases
from tests.reports.test_brief_content import grey


def _doc(brief: Brief) -> str:
    return brief_html.document_html(brief, colour=grey, charts={})


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _section(doc: str, head: str) -> str:
    start = doc.index(f"<h2>{head}</h2>")
    end = doc.find("<h2>", start + 4)
    return doc[start:end if end > 0 else None]


def _table(section: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", section, flags=re.S)
    return [[_plain(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)] for r in rows]


def _ranking(brief: Brief) -> tuple[str, dict[str, dict[str, str]]]:
    """The Ranking section as text, and each option's row by column heading."""
    section = _section(_doc(brief), "Ranking")
    rows = _table(section)
    return _plain(section), {r[1]: dict(zip(rows[0], r)) for r in rows[1:]}


# ----------------------------------------------------------------- item 4: VIKOR's answer
def test_a_vikor_compromise_set_is_the_headline_not_the_q_leader() -> None:
    brief = build_brief(cases.vikrl())
    ev = brief.evaluation
    res = ev.details
    # the engine's answer, checked by hand in method_cases.vikrl
    assert [ev.option_names[ev.option_index(o)] for o in ev.compromise_option_ids] == ["X", "Y"]
    assert res.dq == pytest.approx(0.5) and not res.acceptable_advantage and res.acceptable_stability
    q = dict(zip(ev.option_names, ev.extras["Q"]))
    assert q["Y"] - q["X"] == pytest.approx(0.5 * (2 / 7 + 3 / 16 - 3 / 14 - 1 / 4) / (0.5 - 3 / 14 - 1 / 4)
                                            + 0.5 * (2 / 7 - 1 / 4) / (0.5 - 1 / 4))
    first = brief.summary.sentences[0]
    assert first == ("Under VIKOR (compromise), no single option has an acceptable advantage, so VIKOR proposes the "
                     "compromise set X and Y (Opricovic & Tzeng 2004): X has the lowest Q (0.000), but Y's Q (0.196) "
                     "is less than DQ = 0.5 above it (condition C1, acceptable advantage, fails); where this brief "
                     "speaks of first place, it means the lowest Q.")
    summary = _plain(_section(_doc(brief), "Summary"))
    assert "ranks first with" not in summary and "100.0 out of 100" not in summary
    text, rows = _ranking(brief)
    assert [rows[n]["Notes"] for n in "XY"] == ["in VIKOR's compromise set"] * 2
    assert "compromise" not in rows["W"]["Notes"] and "left out by a red line" in rows["Z"]["Notes"]
    assert [(rows[n]["S"], rows[n]["R"], rows[n]["Q"]) for n in "XYW"] == [
        ("0.464", "0.250", "0.000"), ("0.473", "0.286", "0.196"), ("0.500", "0.500", "1.000")]
    assert "Score (0-100) = 100 × (1 − Q)" in text
    assert "So Q is 0, a score of 100, only for an option best on both S and R, and 1, a score of 0, only for one worst on both" in text
    assert "DQ = 1 / (m − 1) = 0.5, with m = 3 the options left in the ranking" in text
    sensitivity = _plain(_section(_doc(brief), "Sensitivity"))
    assert ("VIKOR proposes the compromise set X and Y, not one option; here the top option is the one with the "
            "lowest Q (X)") in sensitivity
    compared = _plain(_section(_doc(brief), "Other aggregation methods"))
    assert "VIKOR proposes the compromise set 'X' and 'Y'" in compared
    assert "'X' leads on Q by 0.196, less than DQ = 0.5" in compared


def test_a_single_compromise_solution_is_named_with_both_conditions() -> None:
    brief = build_brief(cases.ot2004())
    assert brief.summary.sentences[0] == (
        "Under VIKOR (compromise), A2 is VIKOR's compromise solution (Opricovic & Tzeng 2004): it has the lowest Q "
        "(0.000), A1's Q (1.000) is at least DQ = 0.5 above it (condition C1, acceptable advantage, met) and A2 is "
        "also best on S and R (condition C2, acceptable stability, met).")
    _, rows = _ranking(brief)
    # Opricovic & Tzeng (2004): S (0.5, 0.375, 0.5), R (0.5, 0.25, 0.5), Q (1, 0, 1)
    assert [(rows[n]["S"], rows[n]["R"], rows[n]["Q"]) for n in ("A2", "A1", "A3")] == [
        ("0.375", "0.250", "0.000"), ("0.500", "0.500", "1.000"), ("0.500", "0.500", "1.000")]
    assert rows["A2"]["Notes"] == "VIKOR's compromise solution" and rows["A1"]["Notes"] == ""
    assert "compromise set" not in _plain(_section(_doc(brief), "Sensitivity"))


def test_when_only_stability_fails_the_brief_says_so() -> None:
    brief = build_brief(cases.only_stability_fails())
    first = brief.summary.sentences[0]
    assert first.startswith("Under VIKOR (compromise), VIKOR proposes A4 and A5 together as its compromise")
    # by hand (tests/engine/test_vikor.py): Q(A4) = 0.0681, Q(A5) = 0.4375 (written 0.437: half to even, as in the
    # window), DQ = 1/4; A3 is best by S, A5 by R
    assert ("A4 has the lowest Q (0.068) and leads A5 (0.437) by at least DQ = 0.25 (condition C1 met), but it is "
            "best on neither the summed regret S nor the largest regret R (condition C2, acceptable stability, "
            "fails)") in first
    _, rows = _ranking(brief)
    assert [rows[n]["Notes"] for n in ("A4", "A5", "A3")] == ["in VIKOR's compromise set"] * 2 + [""]


# ----------------------------------------------------------------- item 5: each method's own figures
def test_promethee_flows_stand_beside_the_score_and_match_the_paper() -> None:
    brief = build_brief(cases.bvm1986())
    text, rows = _ranking(brief)
    assert list(rows["a5"])[:6] == ["Rank", "Option", "Score (0-100)", "φ+", "φ−", "Net φ"]
    assert (rows["a5"]["Score (0-100)"], rows["a5"]["φ+"], rows["a5"]["φ−"], rows["a5"]["Net φ"]) == (
        "64.6", "0.455", "0.162", "+0.293")
    pi = np.array(BVM_PI)  # Brans, Vincke & Mareschal (1986) print pi to 3 decimals and the flows summed
    for i in range(6):
        row = rows[f"a{i + 1}"]
        assert float(row["φ+"]) == pytest.approx(pi[i].sum() / 5, abs=1.5e-3)
        assert float(row["φ−"]) == pytest.approx(pi[:, i].sum() / 5, abs=1.5e-3)
        net = float(row["Net φ"].replace("−", "-"))  # QA 25 item 11: the brief writes a true minus sign
        assert "-" not in row["Net φ"] and (net >= 0 or row["Net φ"].startswith("−"))
        assert net == pytest.approx(BVM_NET_SUMS[i] / 5, abs=1.5e-3)
        assert float(row["Score (0-100)"]) == pytest.approx(100 * (net + 1) / 2, abs=0.051)
    assert "Score (0-100) = 100 × (φ + 1) / 2, where the net flow φ = φ+ − φ− runs from −1 to +1" in text
    assert "a paper that sums them instead prints each one n − 1 times larger" in text


def test_topsis_distances_and_closeness_match_hwang_and_yoon() -> None:
    brief = build_brief(cases.fighter())
    text, rows = _ranking(brief)
    for i in range(4):
        row = rows[f"A{i + 1}"]
        assert float(row["C"]) == pytest.approx(BOOK_CLOSENESS[i], abs=1e-3 + 5e-4)  # truncated in the book
        assert float(row["D+"]) == pytest.approx(BOOK_D_PLUS[i], abs=2e-4 + 5e-4)  # the book truncates; 3 decimals
        assert float(row["D−"]) == pytest.approx(BOOK_D_MINUS[i], abs=2e-4 + 5e-4)
        assert float(row["Score (0-100)"]) == pytest.approx(100 * float(row["C"]), abs=0.051)
    assert "Score (0-100) = 100 × TOPSIS's closeness C = D− / (D+ + D−)" in text


def test_the_weighted_product_says_what_is_multiplied() -> None:
    d = cases.with_method(cases.bvm1986(), AggregationMethod.WPM)
    ev = evaluate(d)
    # independent: the product of the values raised to the global weights
    assert ev.totals == pytest.approx(np.prod(ev.values ** ev.leaf_weights, axis=1))
    text, rows = _ranking(build_brief(d))
    assert ("Score (0-100) = 100 × the product, over the criteria, of each option's value (0 to 1, normalisation: "
            "Value functions (scale bounds)) raised to the power of the criterion's global weight") in text
    assert list(rows["a1"]) == ["Rank", "Option", "Score (0-100)"]  # no column of its own, as in the window


def test_the_window_and_the_brief_write_the_same_figures(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from counterweight.ui.models.ranking_model import RankingModel

    for d in (cases.vikrl(), cases.bvm1986(), cases.fighter()):
        brief = build_brief(d)
        _, rows = _ranking(brief)
        model = RankingModel()
        model.set_evaluation(brief.evaluation)
        heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        for r in range(model.rowCount()):
            cells = {h: model.data(model.index(r, c)) for c, h in enumerate(heads)}
            mine = rows[cells[heads[1]]]
            for h, own in (("Closeness", "C"), ("D+", "D+"), ("D−", "D−"), ("φ+", "φ+"), ("φ−", "φ−"),
                           ("Net φ", "Net φ"), ("S", "S"), ("R", "R"), ("Q", "Q")):
                if h in cells:
                    window = "−" + cells[h][1:] if cells[h].startswith("-") else cells[h]  # the brief's minus sign
                    assert mine[own] == window, (h, mine)


def test_the_pdf_shows_the_compromise_set_and_the_figures(qapp, tmp_path) -> None:  # noqa: ANN001
    """What a reader sees on the printed page (pypdf reads the PDF the brief command writes)."""
    pypdf = pytest.importorskip("pypdf")
    from counterweight.reports.pdf_brief import write_pdf

    path = tmp_path / "vikrl.pdf"
    write_pdf(build_brief(cases.vikrl()), path)
    first = " ".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())
    assert "VIKOR proposes the compromise set X and Y (Opricovic & Tzeng 2004)" in first
    assert "ranks first with 100.0" not in first
    assert "Rank Option Score (0-100) S R Q Notes" in first
    assert "1 X 100.0 0.464 0.250 0.000 in VIKOR's compromise set" in first
    assert "2 Y 80.4 0.473 0.286 0.196 in VIKOR's compromise set" in first


# ----------------------------------------------------------------- item 7: AHP
@pytest.mark.parametrize("priority,words", [
    ("eigenvector", "Priorities: the principal eigenvector of the judgement matrix, normalised to sum 1 (Saaty 1980)."),
    ("geometric_mean", "Priorities: the geometric mean of each row of the judgement matrix, normalised to sum 1 "
                       "(Crawford & Williams 1985), not Saaty's principal eigenvector."),
])
def test_the_ahp_paragraph_names_the_method_and_saatys_figures(priority: str, words: str) -> None:
    d = cases.house(priority)
    brief = build_brief(d, elicitations=elicitation_notes(d))
    text = _plain(_section(_doc(brief), "Weights"))
    assert words in text
    # Saaty (1980; 1990, EJOR 48) house example: lambda_max 9.669, CI 0.238, RI(8) 1.41, CR 0.169
    assert ("λmax = 9.669 (the principal eigenvalue, whatever the priority method), CI = (λmax − n) / (n − 1) = "
            "0.238 with n = 8, RI = 1.41 (random-index table of Saaty 1980).") in text
    assert "Consistency ratio 0.169 (CR = CI / RI), above the usual 0.10 limit." in text
    assert "rounded to 2 decimals (here they add up to 99.99)" in text
    assert sum(c.weight for c in d.criteria) == pytest.approx(99.99)
    if priority == "eigenvector":  # the published priorities .173 .054 .188 .018 .031 .036 .167 .333
        assert "size 17.3 %, transport 5.4 %, neighbourhood 18.8 %, age 1.8 %" in text
    assert "edited by hand" not in text


# ----------------------------------------------------------------- item 10: levels in the raw-score methods
@pytest.mark.parametrize("method", [AggregationMethod.TOPSIS, AggregationMethod.PROMETHEE, AggregationMethod.VIKOR])
def test_a_level_scored_criterion_is_said_to_use_its_level_value(method: AggregationMethod) -> None:
    brief = build_brief(cases.with_levels(method))
    j = brief.evaluation.leaf_ids.index("quality")
    assert brief.evaluation.raw[:, j].tolist() == [40.0, 100.0, 0.0]  # Fair, Good, Poor: the levels' values
    notes = _plain(_section(_doc(brief), "Method notes"))
    assert ("in each numeric criterion's own units and, for a criterion scored with levels (Quality), on the 0-100 "
            "value of the option's level, not on the 0-1 values") in notes


def test_without_levels_the_raw_score_sentence_is_unchanged() -> None:
    notes = _plain(_section(_doc(build_brief(cases.bvm1986())), "Method notes"))
    assert "in each criterion's own units, not on the 0-1 values of the value functions" in notes
