"""The brief's rank-acceptability table tells the truth (QA 21 items 2 and 4), without Qt.

* An option a red line excludes reads "excluded by a red line" across the rank columns
  (not 0.0 % in every rank), the rank columns stop at the number of options that took
  part, and the note under the heading names the excluded options. Which options are
  excluded is checked against the red-line assessment of the ranking (``evaluate``).
* The confidence factor is headed and explained as such; with exact weights (none
  drawn) it is left out and the note says why. That it would only repeat Rank 1 there
  is checked on the engine's own numbers.
"""

from __future__ import annotations

import re

import numpy as np

from counterweight.domain import Decision, WeightUncertainty
from counterweight.domain.methods import RedLine, RedLineAction
from counterweight.engine.evaluate import evaluate
from counterweight.engine.smaa import smaa
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import uncertainty_section
from tests.factories import small_decision


def _decision(weights: WeightUncertainty, *, exclude: bool = True) -> Decision:
    """small_decision (Alpha's effect has a range) with Bravo (harm High) excluded by a red line at Moderate."""
    d = small_decision()
    unc = d.method.uncertainty.model_copy(update={"weights": weights, "samples": 2_000})
    lines = [RedLine(id="rl", criterion_id="harm", level="Moderate", action=RedLineAction.EXCLUDE)] if exclude else []
    return d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc}), "red_lines": lines})


def _rows(html: str) -> list[str]:
    table = html[html.index("<tbody>"):html.index("</tbody>")]
    return re.findall(r"<tr>(.*?)</tr>", table)


def _heads(html: str) -> list[str]:
    return re.findall(r"<th(?: [^>]*)?>(.*?)</th>", html)


def test_an_excluded_option_is_labelled_and_the_ranks_stop_at_the_options_ranked() -> None:
    d = _decision(WeightUncertainty.NONE)
    ev = evaluate(d)
    excluded = [o.name for o in d.options if ev.is_excluded(o.id)]
    assert excluded == ["Bravo"]  # the red-line assessment, independent of the analysis
    html = uncertainty_section(build_brief(d), {})
    # 2 of 3 options took part; the red line adds its column (tests/reports/test_brief_red_line_draws.py)
    assert _heads(html) == ["Option", "Rank 1", "Rank 2", "Confidence factor", "Past a red line"]
    rows = _rows(html)
    assert len(rows) == 3 and rows[-1].startswith("<td>Bravo</td>")  # the excluded option comes last
    assert rows[-1].endswith('<td colspan="4">excluded by a red line</td>') and "%" not in rows[-1]
    assert "Excluded by a red line, so left out of the draws, the ranks and the chart: Bravo." in html


def test_the_shares_are_those_of_the_decision_without_the_excluded_option() -> None:
    """Independent check: dropping Bravo from the decision gives the same shares (same seed, same draws)."""
    d = _decision(WeightUncertainty.NONE)
    html = uncertainty_section(build_brief(d), {})
    data = d.model_dump()
    data["options"] = [o for o in data["options"] if o["id"] != "b"]
    data["scores"] = [s for s in data["scores"] if s["option_id"] != "b"]
    data["red_lines"] = []
    alone = smaa(Decision.model_validate(data))
    for i, name in enumerate(alone.option_names):
        row = next(r for r in _rows(html) if r.startswith(f"<td>{name}</td>"))
        shares = re.findall(r"([0-9.]+) %", row)
        assert shares[:2] == [f"{100 * alone.acceptability[i, k]:.1f}" for k in range(2)]
        assert shares[2] == f"{100 * alone.confidence[i]:.1f}"


def test_the_confidence_factor_is_explained_when_the_weights_are_drawn() -> None:
    html = uncertainty_section(build_brief(_decision(WeightUncertainty.NONE, exclude=False)), {})
    assert _heads(html)[-1] == "Confidence factor"
    assert "held at its own central weights" in html and "It is not the chance that the option is the best" in html
    assert "Excluded by a red line" not in html


def test_with_exact_weights_the_confidence_factor_is_left_out_and_the_brief_says_why() -> None:
    d = _decision(WeightUncertainty.EXACT, exclude=False)
    r = smaa(d)
    has = np.asarray(r.has_central)
    # why: with the weights fixed, each option's central weights are those weights, so the factor is Rank 1 again
    np.testing.assert_array_equal(r.confidence[has], r.acceptability[has, 0])
    html = uncertainty_section(build_brief(d), {})
    assert _heads(html) == ["Option", "Rank 1", "Rank 2", "Rank 3"]
    assert all(len(re.findall(r"<td", row)) == 4 for row in _rows(html))
    assert "No confidence factor is given: the weights were not drawn, so it would only repeat Rank 1." in html
