"""QA pass 31 (the brief read by a demanding reader), items 1-5, 12, 14 and 16: what the brief's Summary,
"Other aggregation methods", Recommendation and Annex A say. Each decision is built as JSON, as a project
file holds it, and the brief is read through the brief's own section builders."""

from __future__ import annotations

import html
import re
from typing import Any

from counterweight.domain import Decision
from counterweight.reports.brief_assumptions import assumptions_section
from counterweight.reports.brief_conclusion import conclusion_section
from counterweight.reports.brief_content import Brief, build_brief
from counterweight.reports.brief_html import summary_section, uncertainty_section
from counterweight.reports.brief_methods import method_comparison_section
from counterweight.reports.score_annex import annex_section
from counterweight.reports.summary import pct


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _num(lo: float = 0, hi: float = 100) -> dict[str, Any]:
    return {"kind": "numeric", "lower": lo, "upper": hi}


def _decision(rows: dict[str, list[float | None]], weights: list[float], **extra: Any) -> Decision:
    """Options a, b, c... (named "Option A"...) on flat criteria c1, c2... ("C1"...); None: no score."""
    crit = [{"id": f"c{j + 1}", "name": f"C{j + 1}", "scale": _num(), "weight": w} for j, w in enumerate(weights)]
    opts = [{"id": o, "name": f"Option {o.upper()}"} for o in rows]
    scores = [{"option_id": o, "criterion_id": f"c{j + 1}", "value": v}
              for o, row in rows.items() for j, v in enumerate(row) if v is not None]
    data = {"id": "qa31", "title": "QA 31", "options": opts, "criteria": crit, "scores": scores,
            "method": {"uncertainty": {"samples": 2000, "seed": 3}}}
    data.update(extra)
    return Decision.model_validate(data)


def _brief(d: Decision) -> Brief:
    return build_brief(d)


# ---------------------------------------------------------------- item 1
def test_a_range_only_on_an_option_a_red_line_excludes_runs_no_draws() -> None:
    d = _decision({"a": [80, 70], "b": [60, 60], "c": [90, 20]}, [60, 40],
                  red_lines=[{"id": "r1", "criterion_id": "c2", "limit": 30, "action": "exclude"}])
    scores = [s.model_dump(mode="json") for s in d.scores]
    for s in scores:
        if s["option_id"] == "c" and s["criterion_id"] == "c1":
            s["low"], s["high"] = 70.0, 100.0
    d = Decision.model_validate({**d.model_dump(mode="json"), "scores": scores})
    brief = _brief(d)
    assert brief.evaluation.excluded_option_ids == ("c",)
    assert brief.smaa is None  # nothing a ranked option holds varies: no draws, no table, no chart
    summary = _text(summary_section(brief))
    assert "draws" not in summary and "nothing varies" not in summary
    section = _text(uncertainty_section(brief, {}))
    assert ("No score of an option in the ranking has a range and the weights are taken as exact, so no rank "
            "acceptability analysis was needed: the one uncertain score belongs to Option C, which a red line "
            "leaves out of the ranking.") in section
    assert "Rank 1" not in section


def test_a_range_on_a_ranked_option_still_runs_the_draws() -> None:
    d = _decision({"a": [80, 70], "b": [60, 60]}, [60, 40])
    scores = [s.model_dump(mode="json") for s in d.scores]
    scores[0]["low"], scores[0]["high"] = 70.0, 90.0
    brief = _brief(Decision.model_validate({**d.model_dump(mode="json"), "scores": scores}))
    assert brief.smaa is not None and "ranks first in" in _text(summary_section(brief))


# ---------------------------------------------------------------- items 2 and 12
def test_points_from_the_runner_ups_missing_score_are_said_to_be_so() -> None:
    # A leads B on C2 only because B has no score there (counted as 0): 30 % x 70 = 21.0 points
    brief = _brief(_decision({"a": [60, 70, 50], "b": [70, None, 60], "c": [20, 20, 20]}, [40, 30, 30]))
    assert brief.summary.top_ids == ("a",) and brief.summary.runner_up_id == "b"
    summary = _text(summary_section(brief))
    assert "mainly because of C2, which gives it 21.0 points more than Option B" in summary
    assert ("The 21.0 points on C2 come only from Option B's missing score there, counted as the worst possible "
            "value.") in summary


def test_one_missing_score_is_spoken_of_in_the_singular() -> None:
    summary = _text(summary_section(_brief(_decision({"a": [60, 70, 50], "b": [70, None, 60]}, [40, 30, 30]))))
    assert ("1 score is missing and counts as the worst possible value (not one of Option A's); an option with "
            "a missing score may be ranked lower than its real merits.") in summary


def test_no_missing_score_no_such_sentence() -> None:
    summary = _text(summary_section(_brief(_decision({"a": [60, 70], "b": [70, 10]}, [40, 60]))))
    assert "missing" not in summary


# ---------------------------------------------------------------- item 3
def test_agreement_over_two_ranked_options_is_said_to_be_that() -> None:
    # B and D lack a score on C2: only the weighted sum ranks them (as worst); the others rank A and C
    brief = _brief(_decision({"a": [90, 90], "b": [80, None], "c": [50, 60], "d": [40, None]}, [50, 50]))
    section = method_comparison_section(brief)
    text = _text(section)
    bold = _text(re.search(r"<p><b>(.*?)</b></p>", section, re.S).group(1))
    assert bold == "All five methods put 'Option A' first, but four of them could rank only some of the options."
    assert ("Weighted product, TOPSIS, PROMETHEE II and VIKOR rank only 2 of the 4 options (Option A and Option C), "
            "because the others lack a score that these methods need") in text
    assert "correlat" not in text  # the brief shows no rank correlations
    lead_row = re.findall(r"<tr>(.*?)</tr>", section, re.S)[-1]
    cells = [_text(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", lead_row, re.S)]
    # TOPSIS and VIKOR measure between the two options' own best and worst: 100 whatever the gap
    assert cells[3] == cells[5] == "— only 2 ranked"  # columns: sum, product, TOPSIS, PROMETHEE II, VIKOR
    assert cells[4] == "100.0"  # PROMETHEE II's net flow: A is better on every criterion, a real finding
    assert "The TOPSIS and VIKOR leads are not given: each ranks only two options" in text


# ---------------------------------------------------------------- item 4
def test_annex_says_cells_are_listed_for_an_analysts_own_score_not_for_reasons() -> None:
    d = _decision({"a": [60, 70], "b": [70, 10], "c": [20, 40]}, [50, 50],
                  analysts=[{"id": "an1", "name": "Priya"}],
                  analyst_inputs=[{"analyst_id": "an1", "scores": [{"option_id": "b", "criterion_id": "c1",
                                                                     "value": 40}]}])
    brief = _brief(d)
    annex = _text(annex_section(brief))
    assert ("5 of the 6 scores have no rationale or evidence recorded, nor an analyst's own score, and are not "
            "listed: ") in annex
    assert ("One is listed only because an analyst gave a score of their own; none of the 6 shared scores has a "
            "rationale or evidence.") in annex
    assert "None of the 6 scores gives a rationale or evidence" in _text(assumptions_section(brief))


# ---------------------------------------------------------------- items 14 and 16
def test_no_annex_page_when_nothing_is_listed_and_no_groups_named_on_a_flat_decision() -> None:
    bare = _brief(_decision({"a": [60, 70], "b": [70, 10]}, [50, 50]))
    assert annex_section(bare) == ""  # it would only repeat the Assumptions section
    assert ("None of the 4 scores gives a rationale or evidence: each is a judgement recorded without its "
            "reasons, so no annex lists them.") in _text(assumptions_section(bare))
    d = bare.decision.model_dump(mode="json")
    d["scores"][0]["rationale"] = "From the tender."
    reasoned = _brief(Decision.model_validate(d))
    annex = _text(annex_section(reasoned))
    assert "option by option." in annex and "criteria group" not in annex
    assert "so no annex lists them" not in _text(assumptions_section(reasoned))


# ---------------------------------------------------------------- item 5
def _grouped(conclusion: dict[str, Any]) -> Decision:
    crit = [{"id": "g1", "name": "Benefits", "weight": 50}, {"id": "g2", "name": "Risks", "weight": 50}]
    crit += [{"id": f"{g}{k}", "name": f"{g.upper()} {k}", "parent_id": g, "scale": _num(), "weight": 1}
             for g in ("g1", "g2") for k in (1, 2)]
    rows = {"a": [90, 90, 45, 50], "b": [70, 70, 60, 60], "c": [40, 50, 80, 80]}  # 68.75, 65.0, 62.5
    leaves = ["g11", "g12", "g21", "g22"]
    scores = [{"option_id": o, "criterion_id": c, "value": v, "low": v - 10, "high": v + 10}
              for o, row in rows.items() for c, v in zip(leaves, row)]
    return Decision.model_validate({
        "id": "g", "title": "Grouped", "criteria": crit, "scores": scores,
        "options": [{"id": o, "name": f"Option {o.upper()}"} for o in rows], "conclusion": conclusion,
        "method": {"uncertainty": {"samples": 2000, "seed": 3}}})


def test_recommending_another_option_than_the_top_one_compares_the_two() -> None:
    brief = _brief(_grouped({"recommended_option_id": "c", "recommendation": "Lowest risk"}))
    ev = brief.evaluation
    assert ev.first_place() == ("a",) and ev.rank_of("c") == 3
    markup = conclusion_section(brief)
    text = _text(markup)
    assert "The recommended option against the top option" in text
    assert "Option A leads Option C by " in text and "Option C gains most on Risks" in text
    assert re.search(r"Group Option A Option C Difference Benefits [\d.]+ [\d.]+ \+[\d.]+ Risks", text)
    assert f"In the uncertainty draws Option C ranks first in {pct(brief.smaa.first_rank('c'))} of them, against " in text
    assert "The nearest single weight change that puts Option C first: the weight on Risks rises above" in text


def test_no_comparison_when_the_recommendation_is_the_top_option() -> None:
    text = _text(conclusion_section(_brief(_grouped({"recommended_option_id": "a", "decided_option_id": "a"}))))
    assert "against the top option" not in text
