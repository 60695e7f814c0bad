"""A piecewise value function decides a criterion's direction in every method (QA pass 23, item 2).

The QA's case (/tmp/qa23/bp.csv): Cost on 0-10 with breakpoints 0=100; 5=40; 10=0 (a
falling value function, so lower is better, as every screen shows), 60 points, stored
with the default direction "higher is better" as an import without a Direction column
left it; Benefit 0-10, 40 points. Cheap = (2, 3), Dear = (8, 6), Mid = (5, 9).

The expected figures are computed independently, with Cost as a cost criterion
(pymcdm 1.x with types [-1, 1], and the QA's own implementations from the papers,
/tmp/qa23/ref.py; the numbers are written out here so the test does not need pymcdm):

* TOPSIS (Hwang & Yoon 1981, vector normalisation): C = Cheap 0.635829, Dear 0.215876,
  Mid 0.603266 (pymcdm ``TOPSIS(vector_normalization)``).
* PROMETHEE II (Brans & Vincke 1985, usual criterion): phi = +0.2, -0.6, +0.4 (by hand:
  Mid beats Cheap on Benefit 0.4 and Dear on both 1.0, loses to Cheap on Cost 0.6 ->
  phi+ = 0.7, phi- = 0.3; pymcdm ``PROMETHEE_II('usual')``).
* VIKOR (Opricovic & Tzeng 2004, v = 0.5): S = 0.4, 0.8, 0.3; R = 0.4, 0.6, 0.3;
  Q = 0.266667, 1, 0 (pymcdm ``VIKOR()``): Mid has Q = 0, and with DQ = 0.5 the
  compromise set is {Mid, Cheap}.

Before the fix TOPSIS, PROMETHEE, VIKOR and the data-driven normalisations read the
stored direction and put Dear first.
"""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import (
    AggregationMethod,
    Breakpoint,
    Criterion,
    Decision,
    Direction,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    Score,
)
from counterweight.engine import evaluate
from counterweight.engine.score_probe import ScoreProbe
from counterweight.engine.weight_probe import WeightProbe
from counterweight.reports.lead_breakdown import lead_breakdown
from counterweight.reports.summary import summarise

FALLING = NumericScale(lower=0, upper=10, breakpoints=[Breakpoint(x=0, value=100), Breakpoint(x=5, value=40),
                                                       Breakpoint(x=10, value=0)])
TEN = NumericScale(lower=0, upper=10)
NAMES = ("Cheap", "Dear", "Mid")
METHODS = tuple(AggregationMethod)


def qa_decision(stored: Direction = Direction.HIGHER_BETTER, method: AggregationMethod = AggregationMethod.WSM,
                normalization: Normalization = Normalization.VALUE_FUNCTION) -> Decision:
    """The QA's Cheap/Dear/Mid decision; ``stored`` is the direction kept with the falling Cost function."""
    crit = [Criterion(id="cost", name="Cost", scale=FALLING, direction=stored, weight=60),
            Criterion(id="benefit", name="Benefit", scale=TEN, weight=40)]
    table = {"cheap": (2, 3), "dear": (8, 6), "mid": (5, 9)}
    scores = [Score(option_id=o, criterion_id=c, value=v)
              for o, row in table.items() for c, v in zip(("cost", "benefit"), row)]
    return Decision(id="bp", title="bp", options=[Option(id=n.lower(), name=n) for n in NAMES], criteria=crit,
                    scores=scores, method=MethodSettings(aggregation=method, normalization=normalization))


def test_topsis_reads_the_falling_function_as_a_cost_criterion() -> None:
    ev = evaluate(qa_decision(method=AggregationMethod.TOPSIS))
    np.testing.assert_allclose(ev.extras["closeness"], [0.635829, 0.215876, 0.603266], atol=5e-7)
    assert ev.top() == "cheap"


def test_promethee_reads_the_falling_function_as_a_cost_criterion() -> None:
    ev = evaluate(qa_decision(method=AggregationMethod.PROMETHEE))
    np.testing.assert_allclose(ev.extras["phi"], [0.2, -0.6, 0.4], atol=1e-12)
    np.testing.assert_allclose(ev.extras["phi_plus"], [0.6, 0.2, 0.7], atol=1e-12)
    assert ev.top() == "mid"


def test_vikor_reads_the_falling_function_as_a_cost_criterion() -> None:
    ev = evaluate(qa_decision(method=AggregationMethod.VIKOR))
    np.testing.assert_allclose(ev.extras["S"], [0.4, 0.8, 0.3], atol=1e-12)
    np.testing.assert_allclose(ev.extras["R"], [0.4, 0.6, 0.3], atol=1e-12)
    np.testing.assert_allclose(ev.extras["Q"], [0.8 / 3, 1.0, 0.0], atol=1e-12)
    assert ev.compromise_option_ids == ("mid", "cheap")


def test_matches_pymcdm_with_cost_as_a_cost_criterion() -> None:
    pytest.importorskip("pymcdm")
    from pymcdm.methods import PROMETHEE_II, TOPSIS, VIKOR
    from pymcdm.normalizations import vector_normalization

    x, w, types = np.array([[2.0, 3.0], [8.0, 6.0], [5.0, 9.0]]), np.array([0.6, 0.4]), np.array([-1, 1])
    theirs = {AggregationMethod.TOPSIS: ("closeness", TOPSIS(vector_normalization)(x, w, types)),
              AggregationMethod.PROMETHEE: ("phi", PROMETHEE_II("usual")(x, w, types)),
              AggregationMethod.VIKOR: ("Q", VIKOR()(x, w, types))}
    for method, (key, expected) in theirs.items():
        np.testing.assert_allclose(evaluate(qa_decision(method=method)).extras[key], expected, atol=1e-12)


#: Every method with every normalisation, but the two that were already right: WSM and WPM with value functions.
READERS = [(m, n) for m in METHODS for n in Normalization
           if not (m in (AggregationMethod.WSM, AggregationMethod.WPM) and n is Normalization.VALUE_FUNCTION)]


@pytest.mark.parametrize("method,normalization", READERS)
def test_the_stored_direction_of_a_rising_or_falling_function_changes_no_figure(
        method: AggregationMethod, normalization: Normalization) -> None:
    """Every method and normalisation gives the figures of the same decision stored 'lower is better'."""
    wrong = evaluate(qa_decision(Direction.HIGHER_BETTER, method, normalization))
    right = evaluate(qa_decision(Direction.LOWER_BETTER, method, normalization))
    np.testing.assert_allclose(wrong.totals, right.totals, atol=1e-12)
    np.testing.assert_allclose(wrong.values, right.values, atol=1e-12)
    assert wrong.order.tolist() == right.order.tolist()
    assert [d.message for d in wrong.diagnostics] == [d.message for d in right.diagnostics]


@pytest.mark.parametrize("normalization,expected", [
    # min-max, Cost as a cost criterion: Cost 1, 0, 0.5; Benefit 0, 0.5, 1 -> 0.6, 0.2, 0.7
    (Normalization.MIN_MAX, [0.6, 0.2, 0.7]),
    # ratio to best (cost min/x): Cost 1, 0.25, 0.4; Benefit 1/3, 2/3, 1 -> 0.7333, 0.4167, 0.64
    (Normalization.MAX, [0.6 + 0.4 / 3, 0.15 + 0.8 / 3, 0.24 + 0.4]),
])
def test_data_driven_normalisations_read_the_falling_function_as_a_cost(
        normalization: Normalization, expected: list[float]) -> None:
    ev = evaluate(qa_decision(normalization=normalization))
    np.testing.assert_allclose(ev.totals, expected, atol=1e-12)
    assert ev.top() != "dear"


def _dominated(ev) -> list[tuple[str | None, str]]:
    return sorted((d.option_id, d.message) for d in ev.diagnostics if d.code == "dominated_option")


def test_the_dominance_notes_agree_across_methods() -> None:
    """Dear (8, 6) is dominated by Mid (5, 9) whichever method reads the scores; Cheap by no one."""
    notes = {m: _dominated(evaluate(qa_decision(method=m))) for m in METHODS}
    for method, found in notes.items():
        assert [oid for oid, _ in found] == ["dear"], method
        assert "'Dear' is dominated by 'Mid'" in found[0][1], method


def test_the_brief_says_who_does_better_on_cost_in_the_displayed_direction() -> None:
    ev = evaluate(qa_decision(method=AggregationMethod.TOPSIS))
    mid, dear = ev.option_index("mid"), ev.option_index("dear")
    parts = lead_breakdown(ev, mid, dear).parts
    assert parts[ev.leaf_ids.index("cost")] > 0  # Mid's 5 is better than Dear's 8 on a cost
    text = summarise(qa_decision(method=AggregationMethod.TOPSIS)).text
    assert "Cheap ranks first" in text
    assert "Cheap does better than Mid on cost" in text.replace("'", "").replace("Cost", "cost")


@pytest.mark.parametrize("method", [AggregationMethod.TOPSIS, AggregationMethod.PROMETHEE, AggregationMethod.VIKOR])
def test_the_weight_probe_ranks_as_evaluate_does(method: AggregationMethod) -> None:
    """The weight sensitivity re-runs the kernels on its own copy of the scores: same direction."""
    decision = qa_decision(method=method)
    ev = evaluate(decision)
    totals, top = WeightProbe(decision, ev).run(ev.leaf_weights)
    np.testing.assert_allclose(totals, ev.totals, atol=1e-12)
    assert top == ev.top() and top != "dear"


def test_the_score_probe_normalises_in_the_displayed_direction() -> None:
    """Distance to flip under min-max: putting Cheap's Cost back at 2 keeps Mid first (not Dear)."""
    decision = qa_decision(normalization=Normalization.MIN_MAX)
    ev = evaluate(decision)
    assert ScoreProbe(decision, ev).top_with(ev.option_index("cheap"), ev.leaf_ids.index("cost"), value=2.0) == "mid"
