"""QA 25 item 3: the brief's rule for VIKOR's 0-100 score is the one the table follows.

The brief said "the option with the lowest Q reads 100 and the one with the highest 0", but
on the shipped example under VIKOR (QA 25's d4) the table read 89.2 and 29.3: Q is the
v-weighted sum of S and R each rescaled over the options VIKOR computed, so Q is 0 only for
an option best on both S and R. The stated rule must reproduce every row: the score from
the table's Q, and Q from S and R rescaled over every computed option (a red-line
exclusion included, method_cases.vikrl).
"""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import AggregationMethod
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.services import exchange
from tests.reports import method_cases as cases
from tests.reports.test_method_figures import _ranking


def _d4_vikor():
    return cases.with_method(exchange.read_file(example_decision_path()), AggregationMethod.VIKOR)


@pytest.mark.parametrize("make", [_d4_vikor, cases.vikrl], ids=["d4_vikor", "red_line_exclusion"])
def test_the_stated_rule_reproduces_every_row(make) -> None:  # noqa: ANN001
    brief = build_brief(make())
    ev = brief.evaluation
    text, rows = _ranking(brief)
    assert "the option with the lowest Q reads 100" not in text
    assert "Score (0-100) = 100 × (1 − Q)" in text
    assert "So Q is 0, a score of 100, only for an option best on both S and R" in text
    v = float(ev.parameters["v"])
    assert f"with v = {v:g}" in text
    # every row: the score from the table's Q (Q shown to 3 decimals, the score to 1)
    shown = [r for r in rows.values() if r["Q"] != "—"]
    assert len(shown) == len(ev.option_ids)
    for r in shown:
        assert float(r["Score (0-100)"]) == pytest.approx(100 * (1 - float(r["Q"])), abs=0.1), r
    # Q from S and R rescaled over every option VIKOR computed, a red-line exclusion included
    s, r_, q = (np.asarray(ev.extras[k], dtype=float) for k in ("S", "R", "Q"))
    scaled = [(x - x.min()) / (x.max() - x.min()) for x in (s, r_)]
    assert np.allclose(q, v * scaled[0] + (1 - v) * scaled[1])
    best_on_both = (s == s.min()) & (r_ == r_.min())
    assert (q.min() == 0) == bool(best_on_both.any())


def test_on_the_example_no_option_reads_100_and_the_text_says_why() -> None:
    brief = build_brief(_d4_vikor())
    text, rows = _ranking(brief)
    scores = sorted(float(r["Score (0-100)"]) for r in rows.values())
    assert scores[-1] < 100 and scores[0] > 0  # QA 25 saw 89.2 and 29.3
    assert "the top score is below 100 when no option is best on both" in text


def test_a_red_line_exclusion_is_said_to_count_in_the_rescaling() -> None:
    text, rows = _ranking(build_brief(cases.vikrl()))
    assert "left out by a red line" in rows["Z"]["Notes"] and rows["W"]["Q"] == rows["Z"]["Q"] == "1.000"
    assert "over every option VIKOR computed (including those a red line leaves out of the ranking)" in text
    text, _ = _ranking(build_brief(_d4_vikor()))
    assert "including those a red line leaves out" not in text
