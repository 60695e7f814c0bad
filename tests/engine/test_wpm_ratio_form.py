"""QA pass 23 item 9: the weighted product says when it is not the published ratio form, and how to get it.

Triantaphyllou (2000, ch. 2; after Bridgman 1922) compares two options by R(A_K/A_L) = prod_j (a_Kj/a_Lj)^w_j.
The QA's case (/tmp/qa23/dec/wpmflip.json): two higher-is-better criteria on a 10 to 40 scale, 50/50,
A1 = (12, 40), A2 = (20, 20). By hand R(A1/A2) = sqrt(12/20 * 40/20) = sqrt(1.2) = 1.0954 > 1: A1 first.
Under value functions (the default) the values are (2/30, 1) and (1/3, 1/3), products 0.258 and 0.333:
A2 first. The default and its figures stay; a ``wpm_not_ratio_form`` note now says so.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from counterweight.domain import AggregationMethod, Criterion, Decision, Direction, Normalization, NumericScale
from counterweight.engine import evaluate
from counterweight.engine.wpm import pairwise_ratios
from tests.engine.helpers import flat_decision

WPM = AggregationMethod.WPM


def wpmflip() -> Decision:
    return flat_decision([[12, 40], [20, 20]], [50, 50], lower=10, upper=40)


def _form_notes(ev) -> list:
    return [d for d in ev.diagnostics if d.code == "wpm_not_ratio_form"]


def test_the_default_keeps_its_figures_and_says_it_is_not_the_ratio_form() -> None:
    ev = evaluate(wpmflip(), method=WPM)
    assert ev.totals == pytest.approx([math.sqrt(2 / 30), 1 / 3])  # 0.258 and 0.333, as before
    assert ev.order.tolist() == [1, 0]  # A2 first: unchanged
    (note,) = _form_notes(ev)
    text = str(note.message)
    assert note.severity == "info" and "'C1', 'C2'" in text
    assert "not the published ratio form" in text and "Bridgman 1922; Triantaphyllou 2000" in text
    assert "worst end of a criterion's scale" in text and "its product is 0" in text
    assert "'Ratio to best (cost: min/x)'" in text and "Method settings" in text


def test_ratio_to_best_is_triantaphyllous_ratio_form_and_has_no_note() -> None:
    ev = evaluate(wpmflip(), Normalization.MAX, method=WPM)
    assert _form_notes(ev) == []
    r = pairwise_ratios(np.array([[12.0, 40.0], [20.0, 20.0]]), np.array([False, False]), np.array([0.5, 0.5]))
    assert r[0, 1] == pytest.approx(math.sqrt(1.2))  # hand arithmetic: 1.0954
    assert ev.totals[0] / ev.totals[1] == pytest.approx(r[0, 1])
    assert ev.order.tolist() == [0, 1]  # A1 first, as the ratio form ranks them


def test_min_max_gets_the_note_with_its_own_zero_sentence() -> None:
    ev = evaluate(wpmflip(), Normalization.MIN_MAX, method=WPM)
    (note,) = _form_notes(ev)
    assert "Under min-max the worst option on each criterion has value 0" in str(note.message)
    assert [d.option_id for d in ev.diagnostics if d.code == "wpm_zero_value"] == ["o1", "o2"]  # still per option


@pytest.mark.parametrize("normalization", [Normalization.VALUE_FUNCTION, Normalization.SUM])
def test_no_note_where_the_values_are_proportional_to_the_ratio_form(normalization: Normalization) -> None:
    """Higher-is-better scales from 0 (value = x / upper) and share of total (x / sum; cost (1/x) / sum(1/x))
    differ from ratio to best by one factor per criterion, which cancels: the products' ratios are R exactly."""
    d = flat_decision([[12, 40, 3], [20, 20, 5], [30, 10, 4]], [40, 40, 20], lower=0, upper=50,
                      directions=[Direction.HIGHER_BETTER, Direction.HIGHER_BETTER,
                                  Direction.LOWER_BETTER if normalization is Normalization.SUM
                                  else Direction.HIGHER_BETTER])
    ev = evaluate(d, normalization, method=WPM)
    assert _form_notes(ev) == []
    x = np.array([[12.0, 40, 3], [20, 20, 5], [30, 10, 4]])
    r = pairwise_ratios(x, np.array([False, False, normalization is Normalization.SUM]), np.array([0.4, 0.4, 0.2]))
    assert ev.totals[0] / ev.totals[1] == pytest.approx(r[0, 1]) and ev.totals[2] / ev.totals[1] == pytest.approx(r[2, 1])


def test_a_cost_criterion_under_value_functions_is_named() -> None:
    """Lower is better on a 0-50 scale: value (50 - x) / 50 is not min / x, so only that criterion is named."""
    d = flat_decision([[12, 40], [20, 20]], [50, 50], lower=0, upper=50,
                      directions=[Direction.HIGHER_BETTER, Direction.LOWER_BETTER])
    (note,) = _form_notes(evaluate(d, method=WPM))
    assert "on 'C2' are not proportional" in str(note.message)


def test_other_methods_get_no_such_note() -> None:
    for method in (AggregationMethod.WSM, AggregationMethod.TOPSIS, AggregationMethod.PROMETHEE,
                   AggregationMethod.VIKOR):
        assert _form_notes(evaluate(wpmflip(), method=method)) == []


def test_a_missing_score_on_a_zero_weight_criterion_has_no_effect_under_the_weighted_sum() -> None:
    """QA 23 item 10: /tmp/qa23/zw.py. A missing score on a criterion of weight 0 adds 0 to the total, as it
    would with any score, so the note says it does not affect the result (as the other methods' notes do)."""
    d = flat_decision([[5, 5, None], [7, 3, 0], [3, 8, 10]], [50, 50, 0], upper=10)
    d = d.model_copy(update={"criteria": [c if c.id != "c3" else Criterion(
        id="c3", name="Z", weight=0, scale=NumericScale(lower=0, upper=10)) for c in d.criteria]})
    for method in AggregationMethod:
        (note,) = [x for x in evaluate(d, method=method).diagnostics if x.code == "missing_score"]
        text = str(note.message)
        assert text.startswith("'A1' has no score on 'Z'; this does not affect the") and "worst" not in text, method
    # a weighted criterion's missing score is still the worst possible score under the weighted sum
    d2 = flat_decision([[5, None], [7, 3]], [50, 50], upper=10)
    (note,) = [x for x in evaluate(d2).diagnostics if x.code == "missing_score"]
    assert "treated as the worst possible score (value 0)" in str(note.message)
