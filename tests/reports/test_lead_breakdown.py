"""The summary's "why it ranks first" sentence, under each method, against hand calculation.

QA finding F4 (session 17): for the non-additive methods the summary split the lead
into weight x value differences, numbers that none of those methods computes; under
PROMETHEE and WPM their net even favoured the runner-up. Each method's split is now its
own arithmetic (docs/methods.md, "Why the first option leads"). The expected numbers
below are worked out by hand on ``tests.factories.small_decision`` (global weights
harm 0.5, effect 0.375, cost 0.125; raw scores harm Alpha Low = 100, Bravo High = 30,
Charlie Moderate = 60; effect 2, 9, 6; cost 2, 10, 8, lower is better).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from counterweight.domain import AggregationMethod, Decision
from counterweight.engine import evaluate
from counterweight.reports.lead_breakdown import lead_breakdown
from counterweight.reports.summary import summarise
from tests.factories import small_decision

HARM, EFFECT, COST = 0, 1, 2  # leaf order of small_decision


def _under(method: AggregationMethod, decision: Decision | None = None) -> Decision:
    d = decision or small_decision()
    return d.model_copy(update={"method": d.method.model_copy(update={"aggregation": method})})


def _split(d: Decision) -> tuple[np.ndarray, str, int, int]:
    ev = evaluate(d)
    a, b = int(ev.order[0]), int(ev.order[1])
    split = lead_breakdown(ev, a, b)
    return split.parts, split.basis, a, b


def test_promethee_parts_are_halves_of_weighted_unicriterion_flow_gaps() -> None:
    # Usual criterion (type I), n - 1 = 2. Unicriterion net flows (beats - is beaten) / 2:
    # harm: Alpha +1, Bravo -1, Charlie 0; effect: Alpha -1, Bravo +1, Charlie 0; cost: Alpha +1, Bravo -1, Charlie 0.
    # phi = Alpha 0.5 - 0.375 + 0.125 = 0.25, Bravo -0.25, Charlie 0 -> shown (phi + 1) / 2: 62.5, 37.5, 50.0.
    # Alpha leads Charlie by 12.5 points: harm 0.5 x (1 - 0) / 2 = 0.25, effect 0.375 x (-1 - 0) / 2 = -0.1875,
    # cost 0.125 x (1 - 0) / 2 = 0.0625; together 0.125, the gap.
    d = _under(AggregationMethod.PROMETHEE)
    parts, basis, a, b = _split(d)
    assert (a, b) == (0, 2) and basis == "points"
    assert parts == pytest.approx([0.25, -0.1875, 0.0625], abs=1e-12)
    assert parts.sum() == pytest.approx(0.125, abs=1e-12)
    text = summarise(d).text
    assert "Alpha ranks first with 62.5 out of 100" in text
    assert "mainly because of Civilian harm, which gives it 25.0 points more than Charlie" in text
    assert "Charlie does better on Effect (18.8)" in text
    assert "the parts of all criteria add up to the gap above" in text


def test_wpm_parts_are_the_log_mean_split_of_the_product_gap() -> None:
    # Value functions: Alpha (1.0, 0.2, 0.9), Bravo (0.3, 0.9, 0.5), Charlie (0.6, 0.6, 0.6).
    # P = prod v ** w: Charlie 0.6, Alpha 0.2 ** 0.375 x 0.9 ** 0.125 = 0.5397, Bravo 0.4828.
    w = np.array([0.5, 0.375, 0.125])
    alpha, charlie = np.array([1.0, 0.2, 0.9]), np.array([0.6, 0.6, 0.6])
    p_c, p_a = math.prod(charlie ** w), math.prod(alpha ** w)
    logs = w * np.log(charlie / alpha)  # add up to ln(P_c / P_a)
    log_mean = (p_c - p_a) / math.log(p_c / p_a)
    d = _under(AggregationMethod.WPM)
    parts, basis, a, b = _split(d)
    assert (a, b) == (2, 0) and basis == "points"
    assert parts == pytest.approx(log_mean * logs, abs=1e-12)
    assert parts.sum() == pytest.approx(p_c - p_a, abs=1e-12)  # the gap the ranking shows, 6.0 points
    assert parts[EFFECT] == pytest.approx(0.2345, abs=1e-4) and parts[HARM] == pytest.approx(-0.1454, abs=1e-4)
    text = summarise(d).text
    shown = [f"{abs(100 * x):.1f}" for x in log_mean * logs]  # 14.5, 23.5 (0.23452...), 2.9
    assert f"mainly because of Effect, which gives it {shown[EFFECT]} points more than Alpha" in text
    assert f"Alpha does better on Civilian harm ({shown[HARM]}) and Cost ({shown[COST]})" in text


def test_wpm_runner_up_at_zero_is_explained_by_its_zero() -> None:
    base = small_decision()
    scores = [s.model_copy(update={"level": "Severe"}) if (s.option_id, s.criterion_id) == ("b", "harm") else s
              for s in base.scores if s.option_id != "c"]
    two = base.model_copy(update={"options": base.options[:2], "scores": scores})
    d = _under(AggregationMethod.WPM, two)
    parts, basis, a, b = _split(d)
    assert (a, b) == (0, 1) and basis == "zero"
    assert np.isfinite(parts).all()
    text = summarise(d).text
    assert ("Bravo scores 0 because its value is 0 on Civilian harm: under the weighted product a single value "
            "of 0 makes the whole score 0") in text
    assert "points more than" not in text


def test_topsis_names_the_criteria_each_side_wins_without_points() -> None:
    # Vector normalisation: harm /sqrt(14500), effect /11, cost /sqrt(168); weighted, Alpha's D+ 0.239, D- 0.301,
    # Charlie's D+ 0.203, D- 0.186: closeness Alpha 0.558 > Charlie 0.477 > Bravo 0.442.
    # Alpha beats Charlie on harm (100 > 60; weighted gap 0.5 x 40 / 120.4 = 0.166) and cost (2 < 8; 0.125 x 6 /
    # 12.96 = 0.058); Charlie beats Alpha on effect (6 > 2).
    d = _under(AggregationMethod.TOPSIS)
    parts, basis, a, b = _split(d)
    assert (a, b) == (0, 2) and basis == "order"
    assert parts[HARM] == pytest.approx(0.5 * 40 / math.sqrt(14500), abs=1e-12)
    assert parts[COST] == pytest.approx(0.125 * 6 / math.sqrt(168), abs=1e-12)
    assert parts[EFFECT] == pytest.approx(-0.375 * 4 / 11, abs=1e-12)
    text = summarise(d).text
    assert "(Alpha: 0.239 and 0.301; Charlie: 0.203 and 0.186)" in text
    assert "Alpha does better than Charlie on Civilian harm and Cost; Charlie does better on Effect" in text
    assert "points more" not in text and "(20.0" not in text


def test_vikor_says_which_regret_each_option_wins() -> None:
    # f* / f-: harm 100 / 30, effect 9 / 2, cost 2 / 10. Weighted regrets t:
    # Alpha (0, 0.375, 0): S 0.375, R 0.375; Charlie (0.2857, 0.1607, 0.0938): S 0.5402, R 0.2857;
    # Bravo (0.5, 0, 0.125): S 0.625, R 0.5. Q (v = 0.5): Alpha 0.2083, Charlie 0.3304, Bravo 1.
    d = _under(AggregationMethod.VIKOR)
    parts, basis, a, b = _split(d)
    assert (a, b) == (0, 2) and basis == "order"
    assert parts == pytest.approx([0.5 * 40 / 70, -0.375 * 4 / 7, 0.125 * 6 / 8], abs=1e-12)
    text = summarise(d).text
    assert ("Charlie has the smaller largest single regret R (0.286 against 0.375), and Alpha has the smaller "
            "summed regret S (0.375 against 0.540)") in text
    assert "Alpha does better than Charlie on Civilian harm and Cost; Charlie does better on Effect" in text
    assert "points more" not in text


def test_weighted_sum_is_unchanged() -> None:
    parts, basis, a, b = _split(small_decision())
    assert basis == "points" and parts == pytest.approx([0.5 * 0.4, 0.375 * -0.4, 0.125 * 0.3], abs=1e-12)


@pytest.mark.parametrize("method", [AggregationMethod.PROMETHEE, AggregationMethod.WPM, AggregationMethod.WSM])
def test_example_parts_add_up_to_the_shown_gap(method: AggregationMethod) -> None:
    """On the shipped example (the QA case): the named points now net to the gap between the totals."""
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange

    d = _under(method, exchange.read_file(example_decision_path()))
    ev = evaluate(d)
    parts, basis, a, b = _split(d)
    assert basis == "points"
    assert parts.sum() == pytest.approx(float(ev.totals[a] - ev.totals[b]), abs=1e-12)
