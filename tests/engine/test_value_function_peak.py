"""A piecewise value function that rises and falls meets TOPSIS, PROMETHEE and VIKOR (QA pass 23, item 2).

Such a function has no direction, so no order of its raw scores is right; the methods
that compare raw numbers compare each score's value on the function instead (0-100,
higher is better, as a level's value), with a ``value_function_scores`` note
(docs/methods.md, "What the methods share"). Before, they applied whatever direction
was stored to the raw scores: with the default "higher is better", 9 (value 20) beat
5 (value 100, the peak).

Decision: Temperature 0-10 with breakpoints 0=0; 5=100; 10=0 (a peak at 5), 50 points;
Benefit 0-10, 50 points. A = (2, 3), B = (5, 4), C = (9, 8). Temperature values:
A 40, B 100, C 20. The expected figures are those of the matrix [[40, 3], [100, 4],
[20, 8]], both criteria benefits, weights 0.5/0.5, computed with pymcdm 1.x
(``TOPSIS(vector_normalization)``, ``PROMETHEE_II``, ``VIKOR()``) and by hand for
PROMETHEE: usual criterion, pi(B, A) = 1, pi(B, C) = pi(C, A) = pi(C, B) = pi(A, C) = 0.5,
pi(A, B) = 0, so phi = -0.5, +0.5, 0.
"""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import (
    AggregationMethod,
    Breakpoint,
    Criterion,
    CriterionPreference,
    Decision,
    Direction,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    PreferenceFunction,
    PrometheeSettings,
    Score,
)
from counterweight.engine import evaluate

VALUE_FUNCTION_SCORES = "value_function_scores"  # the note's code (engine/compared.py)

PEAK = NumericScale(lower=0, upper=10, breakpoints=[Breakpoint(x=0, value=0), Breakpoint(x=5, value=100),
                                                    Breakpoint(x=10, value=0)])
TEN = NumericScale(lower=0, upper=10)
RAW_METHODS = (AggregationMethod.TOPSIS, AggregationMethod.PROMETHEE, AggregationMethod.VIKOR)


def peak_decision(stored: Direction = Direction.HIGHER_BETTER, method: AggregationMethod = AggregationMethod.WSM,
                  normalization: Normalization = Normalization.VALUE_FUNCTION,
                  temperature: CriterionPreference | None = None) -> Decision:
    crit = [Criterion(id="temp", name="Temperature", scale=PEAK, direction=stored, weight=50),
            Criterion(id="benefit", name="Benefit", scale=TEN, weight=50)]
    table = {"a": (2, 3), "b": (5, 4), "c": (9, 8)}
    scores = [Score(option_id=o, criterion_id=c, value=v)
              for o, row in table.items() for c, v in zip(("temp", "benefit"), row)]
    prefs = {"temp": temperature} if temperature is not None else {}
    return Decision(id="peak", title="peak", options=[Option(id=k, name=k.upper()) for k in table], criteria=crit,
                    scores=scores, method=MethodSettings(aggregation=method, normalization=normalization,
                                                         promethee=PrometheeSettings(preferences=prefs)))


@pytest.mark.parametrize("stored", tuple(Direction))
def test_the_methods_compare_the_values_of_a_peaked_function(stored: Direction) -> None:
    topsis = evaluate(peak_decision(stored, AggregationMethod.TOPSIS))
    np.testing.assert_allclose(topsis.extras["closeness"], [0.193253, 0.635096, 0.420535], atol=5e-7)
    promethee = evaluate(peak_decision(stored, AggregationMethod.PROMETHEE))
    np.testing.assert_allclose(promethee.extras["phi"], [-0.5, 0.5, 0.0], atol=1e-12)
    vikor = evaluate(peak_decision(stored, AggregationMethod.VIKOR))
    np.testing.assert_allclose(vikor.extras["S"], [0.875, 0.4, 0.5], atol=1e-12)
    np.testing.assert_allclose(vikor.extras["Q"], [1.0, 0.0, 0.605263], atol=5e-7)
    for ev in (topsis, promethee, vikor):
        assert ev.top() == "b"  # the option at the peak, as the weighted sum of the values says
    assert evaluate(peak_decision(stored)).top() == "b"
    # the score table still shows the scores as entered
    np.testing.assert_array_equal(topsis.raw[:, 0], [2.0, 5.0, 9.0])


def test_matches_pymcdm_on_the_values() -> None:
    pytest.importorskip("pymcdm")
    from pymcdm.methods import PROMETHEE_II, TOPSIS, VIKOR
    from pymcdm.normalizations import vector_normalization

    x, w, types = np.array([[40.0, 3.0], [100.0, 4.0], [20.0, 8.0]]), np.array([0.5, 0.5]), np.array([1, 1])
    theirs = {AggregationMethod.TOPSIS: ("closeness", TOPSIS(vector_normalization)(x, w, types)),
              AggregationMethod.PROMETHEE: ("phi", PROMETHEE_II("usual")(x, w, types)),
              AggregationMethod.VIKOR: ("Q", VIKOR()(x, w, types))}
    for method, (key, expected) in theirs.items():
        np.testing.assert_allclose(evaluate(peak_decision(method=method)).extras[key], expected, atol=1e-12)


def test_promethee_reads_the_thresholds_of_a_peaked_criterion_in_value_points() -> None:
    # V-shape with p = 50 value points: B-A = 60 -> 1, B-C = 80 -> 1, A-C = 20 -> 0.4 (Benefit: usual).
    # pi(A,C) = 0.2, pi(B,A) = 1, pi(B,C) = 0.5, pi(C,A) = pi(C,B) = 0.5, pi(A,B) = 0
    # phi+ = 0.1, 0.75, 0.5; phi- = 0.75, 0.25, 0.35; phi = -0.65, +0.5, +0.15 (pymcdm 'vshape', p = 50 agrees).
    ev = evaluate(peak_decision(method=AggregationMethod.PROMETHEE,
                                temperature=CriterionPreference(function=PreferenceFunction.V_SHAPE, p=50)))
    np.testing.assert_allclose(ev.extras["phi"], [-0.65, 0.5, 0.15], atol=1e-12)
    note = next(d for d in ev.diagnostics if d.code == VALUE_FUNCTION_SCORES)
    assert "thresholds q, p and s on that scale" in note.message


@pytest.mark.parametrize("method", RAW_METHODS)
def test_a_note_says_the_values_are_compared(method: AggregationMethod) -> None:
    ev = evaluate(peak_decision(method=method))
    notes = [d for d in ev.diagnostics if d.code == VALUE_FUNCTION_SCORES]
    assert len(notes) == 1 and notes[0].criterion_id == "temp" and notes[0].severity == "info"
    assert "'Temperature'" in notes[0].message and "value on that function (0 to 100" in notes[0].message
    for itself in (AggregationMethod.WSM, AggregationMethod.WPM):  # they read the value function itself: no note
        assert VALUE_FUNCTION_SCORES not in [d.code for d in evaluate(peak_decision(method=itself)).diagnostics]


def test_data_driven_normalisations_rescale_the_values_of_a_peaked_function() -> None:
    # min-max of the values 40, 100, 20: 0.25, 1, 0; Benefit 0, 0.2, 1 -> 0.125, 0.6, 0.5
    for stored in Direction:
        ev = evaluate(peak_decision(stored, normalization=Normalization.MIN_MAX))
        np.testing.assert_allclose(ev.totals, [0.125, 0.6, 0.5], atol=1e-12)
        assert [d.code for d in ev.diagnostics].count(VALUE_FUNCTION_SCORES) == 1

