"""Awkward decisions under every method: ties, flat criteria, no weight, nothing scored, extreme numbers.

QA h26j. Each case is checked against the method's published definition (docs/methods.md):
the weighted sum (Fishburn 1967), the weighted product ``P = prod v ** w`` (Triantaphyllou 2000,
ch. 2), TOPSIS (Hwang & Yoon 1981), PROMETHEE II (Brans & Vincke 1985) and VIKOR
(Opricovic & Tzeng 2004), with ties ranked "1224" (docs/methods.md section 5).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from counterweight.domain import Criterion, Decision, Direction, Option, Score
from counterweight.domain.methods import AggregationMethod, Normalization
from counterweight.engine import evaluate, flip_distances
from counterweight.engine.diagnostics import ALL_WEIGHTS_ZERO, CONSTANT_COLUMN, NO_CRITERIA, NO_DATA

from tests.engine.helpers import LEGAL, flat_decision

METHODS = list(AggregationMethod)
OTHERS = [m for m in METHODS if m is not AggregationMethod.WSM]
L = Direction.LOWER_BETTER


def _messages(ev, code):
    return [d.message for d in ev.diagnostics if d.code == code]


@pytest.mark.parametrize("method", OTHERS)
def test_no_weight_warning_says_what_the_method_shows(method):
    """With no weight the weighted product is the empty product 1 (100), TOPSIS's closeness 0/0 is
    taken as 0.5, PROMETHEE's net flow is 0 (50) and VIKOR's Q is 0 (100): every option ties, but
    the warning said "every option scores 0" beside a table of 100s (docs/methods.md, "Aggregation
    methods"; Triantaphyllou 2000 ch. 2; Hwang & Yoon 1981; Brans & Vincke 1985; Opricovic & Tzeng 2004)."""
    ev = evaluate(flat_decision([[5, 3], [4, 6], [1, 9]], [0, 0]), method=method)
    assert list(ev.ranks) == [1, 1, 1]
    assert np.ptp(ev.totals) == 0
    (message,) = _messages(ev, ALL_WEIGHTS_ZERO)
    assert "scores 0" not in message and "every option ties" in message
    assert method.label in message
    wsm = evaluate(flat_decision([[5, 3], [4, 6], [1, 9]], [0, 0]))
    assert "every option scores 0" in _messages(wsm, ALL_WEIGHTS_ZERO)[0] and not wsm.totals.any()


@pytest.mark.parametrize("method", OTHERS)
def test_no_criteria_warning_says_what_the_method_shows(method):
    """No scored criteria: only the weighted sum scores everyone 0 (docs/methods.md section 6, ``no_criteria``)."""
    d = Decision(id="e", title="E", options=[Option(id="a", name="A"), Option(id="b", name="B")])
    ev = evaluate(d, method=method)
    assert list(ev.ranks) == [1, 1]
    (message,) = _messages(ev, NO_CRITERIA)
    assert "scores 0" not in message and "every option ties" in message


@pytest.mark.parametrize("method", OTHERS)
def test_nothing_scored_does_not_share_weight_with_criteria_that_do_not_exist(method):
    """No option has any score: the methods that compare options leave every criterion out
    (docs/methods.md, "Which criteria take part"), so no weight is "shared among the other criteria"
    and every option ties; under the weighted product each would otherwise read 100 with no word why."""
    ev = evaluate(flat_decision([[None, None], [None, None]], [1, 1]), method=method)
    assert list(ev.ranks) == [1, 1]
    notes = _messages(ev, NO_DATA)
    assert len(notes) == 2
    assert all("shared among the other criteria" not in m and "every option ties" in m for m in notes)
    d = flat_decision([[None, None], [None, None]], [1, 1])
    flip = flip_distances(d.model_copy(update={"method": d.method.model_copy(update={"aggregation": method})}))
    assert flip.reason == "no_scores"
    assert "scores 0" not in flip.notes[0] and "every option ties" in flip.notes[0]


def test_one_unscored_criterion_still_shares_its_weight():
    """The usual case keeps its note: the weight of an unscored criterion goes to the others."""
    ev = evaluate(flat_decision([[None, 3], [None, 6]], [1, 1]), method="topsis")
    (note,) = _messages(ev, NO_DATA)
    assert "shared among the other criteria" in note


def test_a_flat_criterion_worth_0_ties_every_weighted_product():
    """Under the weighted product a value of 0 is a factor 0 (Triantaphyllou 2000, ch. 2; docs/methods.md,
    "Zeros"): a criterion every option scores at the bottom of its scale makes every product 0, so the
    options tie whatever else they score. The note said it "multiplies every option's score by the same
    factor" and that moving its weight only moves weight to the criteria beside it; it now says so plainly."""
    crit = [Criterion(id="legal", name="Legal", scale=LEGAL, weight=1),
            Criterion(id="cost", name="Cost", scale=LEGAL, weight=1)]
    opts = [Option(id=f"o{i}", name=f"A{i}") for i in range(3)]
    scores = [Score(option_id=f"o{i}", criterion_id="legal", level="Unlawful") for i in range(3)] + [
        Score(option_id=f"o{i}", criterion_id="cost", level=lv) for i, lv in enumerate(["Compliant", "Risky", "Unlawful"])]
    d = Decision(id="q", title="Q", options=opts, criteria=crit, scores=scores)
    ev = evaluate(d, method="wpm")
    assert list(ev.ranks) == [1, 1, 1] and not ev.totals.any()
    (note,) = _messages(ev, CONSTANT_COLUMN)
    assert "every option's score is 0" in note and "same factor" not in note
    assert "same amount" in _messages(evaluate(d), CONSTANT_COLUMN)[0]  # the weighted sum keeps its note
    cost = flat_decision([[5, 3], [5, 6], [5, 8]], [1, 1], directions=[L, Direction.HIGHER_BETTER])
    ev = evaluate(cost, Normalization.MAX_LINEAR, method="wpm")  # 1 - x / max = 0 on a flat cost column
    assert "every option's score is 0" in _messages(ev, CONSTANT_COLUMN)[0]
    ev = evaluate(cost, Normalization.MAX, method="wpm")  # min / x = 1: a factor 1, the usual note
    assert "same factor" in _messages(ev, CONSTANT_COLUMN)[0]


def test_different_scores_all_valued_0_tie_every_weighted_product_and_say_so():
    """h27c: the note looked at the scores, so a piecewise value function (or levels) giving 0 to different scores
    tied every product at 0 without it. It now looks at the values the product multiplies (Triantaphyllou 2000,
    ch. 2: any factor 0 makes the product 0); each option keeps its own ``wpm_zero_value`` warning."""
    from counterweight.domain.scales import Breakpoint, NumericScale
    from counterweight.engine.methods import WPM_ZERO_VALUE

    floor = NumericScale(lower=0, upper=100, breakpoints=[Breakpoint(x=0, value=0), Breakpoint(x=40, value=0),
                                                          Breakpoint(x=100, value=100)])
    crit = [Criterion(id="reach", name="Reach", scale=floor, weight=1),
            Criterion(id="cost", name="Cost", scale=LEGAL, weight=1)]
    opts = [Option(id=f"o{i}", name=f"A{i}") for i in range(3)]
    scores = [Score(option_id=f"o{i}", criterion_id="reach", value=v) for i, v in enumerate([10, 25, 40])] + [
        Score(option_id=f"o{i}", criterion_id="cost", level=lv) for i, lv in enumerate(["Compliant", "Risky", "Compliant"])]
    d = Decision(id="q", title="Q", options=opts, criteria=crit, scores=scores)
    ev = evaluate(d, method="wpm")
    assert not ev.values[:, 0].any() and ev.values[:, 1].any()  # different scores, every value 0
    assert list(ev.ranks) == [1, 1, 1] and not ev.totals.any()  # by hand: prod v ** w = 0 for each option
    (note,) = [n for n in ev.diagnostics if n.code == CONSTANT_COLUMN]
    assert note.criterion_id == "reach" and "every option's score is 0" in note.message
    assert sorted(n.option_id for n in ev.diagnostics if n.code == WPM_ZERO_VALUE) == ["o0", "o1", "o2"]
    raised = d.model_copy(update={"scores": [s if s.criterion_id != "reach" or s.option_id != "o2"
                                             else s.model_copy(update={"value": 70}) for s in d.scores]})
    assert not [n for n in evaluate(raised, method="wpm").diagnostics if n.code == CONSTANT_COLUMN]
    unscored = flat_decision([[None, 3], [None, 6], [None, 8]], [1, 1])  # left out (no_data): no tie at 0
    assert not _messages(evaluate(unscored, method="wpm"), CONSTANT_COLUMN)


CASES = {
    "two identical options": ([[5, 3], [5, 3], [2, 8]], [1, 1], {}),
    "all options identical": ([[5, 3], [5, 3], [5, 3]], [1, 1], {}),
    "flat criterion": ([[5, 3], [5, 6], [5, 8]], [1, 1], {}),
    "flat cost criterion at 0": ([[0, 3], [0, 6], [0, 8]], [1, 1], {"directions": [L, L]}),
    "single option": ([[5, 3]], [1, 1], {}),
    "one criterion": ([[5], [3], [8]], [1], {}),
    "a zero weight": ([[5, 3], [4, 6], [1, 9]], [1, 0], {}),
    "scores at the bounds": ([[0, 100], [100, 0], [0, 0], [100, 100]], [1, 1], {}),
    "missing scores": ([[5, None], [None, 6], [1, 9]], [1, 1], {}),
    "negative scores": ([[-5, -3], [-4, -6], [-1, -9]], [1, 1], {"lower": -10, "upper": 0}),
    "tiny magnitudes": ([[1e-9, 3e-9], [2e-9, 1e-9], [3e-9, 2e-9]], [1, 1], {"upper": 1e-8}),
    "huge magnitudes": ([[1e9, 3e9], [2e9, 1e9], [3e9, 2e9]], [1, 1], {"upper": 1e10, "directions": [L, L]}),
}


@pytest.mark.parametrize("case", CASES)
def test_awkward_cases_stay_finite_and_rank_ties_1224(case):
    """No method or normalisation divides by zero or shows NaN (docs/methods.md sections 2.2, 3), and
    tied totals share the best rank with the next rank skipped (section 5)."""
    table, weights, kw = CASES[case]
    d = flat_decision(table, weights, **kw)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        for method in METHODS:
            norms = list(Normalization) if method in (AggregationMethod.WSM, AggregationMethod.WPM) else [None]
            for norm in norms:
                ev = evaluate(d, norm, method=method)
                assert np.isfinite(ev.totals).all() and np.isfinite(ev.values).all()
                assert all(np.isfinite(v).all() for v in ev.extras.values())
                ranked = [i for i in range(len(d.options)) if ev.is_ranked(d.options[i].id)]
                for i in ranked:  # standard competition: 1 + the number of ranked options strictly ahead
                    ahead = sum(1 for k in ranked if ev.totals[k] > ev.totals[i] + 1e-9 + 1e-9 * ev.totals[k])
                    assert ev.ranks[i] == 1 + ahead, (case, method, norm)


def test_a_dominance_note_names_five_options_and_counts_the_rest():
    """Dominance (Keeney & Raiffa 1976; Belton & Stewart 2002; docs/methods.md section 6): with many
    options one note named every dominating option, hundreds of names on 1,000 random options, and
    wording them took most of the evaluation. It names the first five in the option list and counts the rest."""
    table = [[10 + i, 10 + i] for i in range(8)] + [[0, 0]]
    ev = evaluate(flat_decision(table, [1, 1]))
    (note,) = [d.message for d in ev.diagnostics if d.code == "dominated_option" and d.option_id == "o9"]
    assert note.startswith("'A9' is dominated by 'A1', 'A2', 'A3', 'A4', 'A5' and 3 more: each is at least as good")
    assert "'A6'" not in note
    few = evaluate(flat_decision([[10, 10], [11, 11], [0, 0]], [1, 1]))
    (note,) = [d.message for d in few.diagnostics if d.code == "dominated_option" and d.option_id == "o3"]
    assert note.startswith("'A3' is dominated by 'A1', 'A2': each") and "more" not in note
    six = evaluate(flat_decision([[10 + i, 10 + i] for i in range(6)] + [[0, 0]], [1, 1]))
    (note,) = [d.message for d in six.diagnostics if d.code == "dominated_option" and d.option_id == "o7"]
    assert "'A6'" in note and "more" not in note  # review: never "and 1 more" where the name fits
