"""QA pass 23 items 1 and 3: red lines, dominance and constant columns judge scores in the criterion's own
units with a relative tolerance, so the verdict does not depend on the unit chosen.

The ranking's absolute 1e-9 (meant for 0-1 totals) had made a fatality risk of 1.9e-9 "equal" to a red line of
1e-9, so the option was ranked first instead of excluded; risks of 1e-10 and 9e-10 were "the same score" and the
safer option was called dominated by the riskier one. The QA's inputs are /tmp/qa23/rl.py (rltiny, rlbig) and
/tmp/qa23/dom.py (domtiny); the expected verdicts are hand arithmetic (1.9e-9 > 1e-9; 1e-10 < 9e-10).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterweight.domain import (
    AggregationMethod,
    Criterion,
    Decision,
    Direction,
    NumericScale,
    Option,
    RedLine,
    RedLineAction,
    Score,
)
from counterweight.engine import breaches_limit, evaluate

METHODS = ("wsm", "wpm", "topsis", "promethee", "vikor")


def _decision(unit: float, table: list[tuple[float, float]], *, upper: float, limit: float | None,
              risk_weight: float = 50.0) -> Decision:
    """Fatality risk (lower is better, 0 to ``upper``) and Benefit (0 to 10); ``unit`` multiplies every risk number."""
    crits = [
        Criterion(id="risk", name="Fatality risk", direction=Direction.LOWER_BETTER, weight=risk_weight,
                  scale=NumericScale(lower=0.0, upper=upper * unit)),
        Criterion(id="ben", name="Benefit", weight=100.0 - risk_weight, scale=NumericScale(lower=0.0, upper=10.0)),
    ]
    names = ["A", "B", "C", "D"][: len(table)]
    options = [Option(id=n.lower(), name=n) for n in names]
    scores = [s for n, (risk, ben) in zip(names, table) for s in (
        Score(option_id=n.lower(), criterion_id="risk", value=risk * unit),
        Score(option_id=n.lower(), criterion_id="ben", value=ben))]
    lines = [] if limit is None else [RedLine(id="r1", criterion_id="risk", limit=limit * unit,
                                              action=RedLineAction.EXCLUDE, note="HSE tolerability limit")]
    return Decision(id="t", title="t", options=options, criteria=crits, scores=scores, red_lines=lines)


# /tmp/qa23/rl.py: risk 0 to 1e-8, limit 1e-9; A = (1.9e-9, 9), B = (5e-10, 5), C = (3e-9, 8)
RL_TABLE = [(1.9e-9, 9.0), (5e-10, 5.0), (3e-9, 8.0)]


@pytest.mark.parametrize("unit", [1.0, 1e9], ids=["per person", "per billion"])
def test_the_qa_red_line_excludes_a_in_any_unit(unit: float) -> None:
    """A is 90 % over the limit: excluded, B first, whether risk is written 1.9e-9 or 1.9 (per billion)."""
    ev = evaluate(_decision(unit, RL_TABLE, upper=1e-8, limit=1e-9))
    assert set(ev.excluded_option_ids) == {"a", "c"}
    assert ev.order.tolist()[0] == 1 and ev.is_ranked("b") and not ev.is_ranked("a")
    reasons = [b.reason for b in ev.red_line_breaches]
    assert reasons[0].startswith("'A' scores 1.9") and "above the red line of 1" in reasons[0]


@pytest.mark.parametrize("value,limit,direction,breach", [
    (1.9e-9, 1e-9, Direction.LOWER_BETTER, True),    # QA 23 item 1: was "equal" under an absolute 1e-9
    (5e-10, 1e-9, Direction.LOWER_BETTER, False),
    (1e-9 * (1 + 1e-12), 1e-9, Direction.LOWER_BETTER, False),  # rounding noise at any size
    (3e-13, 2e-13, Direction.LOWER_BETTER, True),
    (1e-13, 2e-13, Direction.HIGHER_BETTER, True),
    (-1e-15, 0.0, Direction.HIGHER_BETTER, True),    # a limit of 0: any score on the wrong side breaches
    (0.0, 0.0, Direction.HIGHER_BETTER, False),
    (1e15 + 0.5, 1e15, Direction.LOWER_BETTER, False),  # 5e-16 of the numbers: noise
])
def test_breach_rule_is_relative(value: float, limit: float, direction: Direction, breach: bool) -> None:
    assert breaches_limit(value, limit, direction) is breach


def test_breach_rule_takes_arrays_as_the_draws_need() -> None:
    """The uncertainty draws call the same function on arrays: element by element, same answers as one by one."""
    draws = np.array([[1.9e-9, 1e-9, 5e-10], [1e-9 * (1 + 1e-12), 3e-9, 0.0]])
    got = breaches_limit(draws, 1e-9, Direction.LOWER_BETTER)
    assert isinstance(got, np.ndarray) and got.shape == draws.shape
    assert got.tolist() == [[breaches_limit(float(x), 1e-9, Direction.LOWER_BETTER) for x in row] for row in draws]
    assert got.tolist() == [[True, False, False], [False, True, False]]


# exact powers of two change every number without rounding, so the verdict must be exactly the same
POWERS_OF_TWO = st.integers(min_value=-60, max_value=60).map(lambda k: 2.0 ** k)
SCALE_POWERS = st.integers(min_value=-60, max_value=40).map(lambda k: 2.0 ** k)  # the domain stops at 1e15
NUMBERS = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@given(value=NUMBERS, limit=NUMBERS, unit=POWERS_OF_TWO, higher=st.booleans())
def test_breach_verdict_does_not_depend_on_the_unit(value: float, limit: float, unit: float, higher: bool) -> None:
    from counterweight.engine.ranking import same_in_units  # new with the fix (a local import keeps the rest runnable)

    direction = Direction.HIGHER_BETTER if higher else Direction.LOWER_BETTER
    assert breaches_limit(value * unit, limit * unit, direction) is breaches_limit(value, limit, direction)
    assert bool(same_in_units(value * unit, limit * unit)) is bool(same_in_units(value, limit))


@given(risks=st.lists(st.floats(min_value=0.0, max_value=10.0), min_size=3, max_size=3),
       limit=st.floats(min_value=0.01, max_value=10.0),
       exponent=st.sampled_from([-12, -9, -6, 3, 9]))
def test_red_line_screen_is_the_same_in_decimal_units(risks: list[float], limit: float, exponent: int) -> None:
    """The same decision written per unit and per 10^k units excludes the same options.

    Decimal factors round, so scores within 1e-6 (relative) of the limit are left out: there the
    verdict is rounding noise either way.
    """
    if any(abs(r - limit) <= 1e-6 * max(abs(r), limit) for r in risks):
        return
    table = [(r, 5.0) for r in risks]
    base = evaluate(_decision(1.0, table, upper=10.0, limit=limit))
    scaled = evaluate(_decision(10.0 ** exponent, table, upper=10.0, limit=limit))
    expected = {o for o, r in zip("abc", risks) if r > limit}
    assert set(base.excluded_option_ids) == set(scaled.excluded_option_ids) == expected


# /tmp/qa23/dom.py: risk 0 to 1e-9 (weight 90), benefit 0 to 10 (weight 10); Safe = (1e-10, 5), Risky = (9e-10, 6)
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("unit", [1.0, 1e9], ids=["per person", "per billion"])
def test_small_risks_are_not_the_same_score_and_safe_is_not_dominated(method: str, unit: float) -> None:
    d = _decision(unit, [(1e-10, 5.0), (9e-10, 6.0)], upper=1e-9, limit=None, risk_weight=90.0)
    ev = evaluate(d, method=AggregationMethod(method))
    codes = [(x.code, x.criterion_id, x.option_id) for x in ev.diagnostics]
    assert ("constant_column", "risk", None) not in codes  # 1e-10 and 9e-10 differ ninefold
    assert not [x for x in ev.diagnostics if x.code == "dominated_option"]  # each is better on one criterion
    assert ev.order.tolist()[0] == 0  # Safe first, as every method ranks it


def test_bigsmall_columns_are_not_called_constant() -> None:
    """/tmp/qa23/dec/bigsmall.json: columns of about 1e-13 and 1e-10 differ, so no constant_column note."""
    crits = [Criterion(id="big", name="big", scale=NumericScale(lower=0, upper=1e15)),
             Criterion(id="tiny", name="tiny", scale=NumericScale(lower=0, upper=1e-12)),
             Criterion(id="tc", name="tc", direction=Direction.LOWER_BETTER, scale=NumericScale(lower=0, upper=1e-9))]
    rows = {"P": (1e14, 2e-13, 5e-10), "Q": (9e14, 1e-13, 1e-10), "R": (5e14, 9e-13, 9e-10)}
    d = Decision(id="bs", title="bs", options=[Option(id=n, name=n) for n in rows], criteria=crits,
                 scores=[Score(option_id=n, criterion_id=c.id, value=v) for n, row in rows.items()
                         for c, v in zip(crits, row)])
    for method in METHODS:
        ev = evaluate(d, method=AggregationMethod(method))
        assert not [x for x in ev.diagnostics if x.code == "constant_column"], method


def test_a_truly_constant_small_column_is_still_noted_and_noise_still_ties() -> None:
    """Rounding noise still counts as the same: 1e-10 against 1e-10 (1 + 1e-12) is constant, at any size."""
    for scale in (1.0, 1e-10):
        crits = [Criterion(id="r", name="R", scale=NumericScale(lower=0, upper=10 * scale)),
                 Criterion(id="b", name="B", scale=NumericScale(lower=0, upper=10))]
        vals = {"x": (3 * scale, 2.0), "y": (3 * scale * (1 + 1e-12), 7.0)}
        d = Decision(id="c", title="c", options=[Option(id=k, name=k) for k in vals], criteria=crits,
                     scores=[Score(option_id=k, criterion_id=c.id, value=v) for k, row in vals.items()
                             for c, v in zip(crits, row)])
        ev = evaluate(d, method=AggregationMethod.TOPSIS)
        assert [x.criterion_id for x in ev.diagnostics if x.code == "constant_column"] == ["r"], scale
        # y is at least as good everywhere (r equal up to noise) and better on B: dominated note for x
        assert [x.option_id for x in ev.diagnostics if x.code == "dominated_option"] == ["x"], scale


SCORES = st.one_of(st.just(0.0), st.floats(min_value=1e-3, max_value=100.0))  # no subnormal numbers after scaling


@given(a=SCORES, b=SCORES,
       unit=SCALE_POWERS, method=st.sampled_from(["topsis", "promethee", "vikor"]))
def test_dominance_and_constant_notes_do_not_depend_on_the_unit(a: float, b: float, unit: float, method: str) -> None:
    """Two options, a small-unit criterion and a benefit: the same notes whatever power of two scales the first."""
    def notes(k: float) -> list[tuple[str, str | None, str | None]]:
        crits = [Criterion(id="r", name="R", direction=Direction.LOWER_BETTER,
                           scale=NumericScale(lower=0, upper=100 * k)),
                 Criterion(id="b", name="B", scale=NumericScale(lower=0, upper=10))]
        vals = {"x": (a * k, 5.0), "y": (b * k, 6.0)}
        d = Decision(id="u", title="u", options=[Option(id=o, name=o) for o in vals], criteria=crits,
                     scores=[Score(option_id=o, criterion_id=c.id, value=v) for o, row in vals.items()
                             for c, v in zip(crits, row)])
        ev = evaluate(d, method=AggregationMethod(method))
        return [(x.code, x.criterion_id, x.option_id) for x in ev.diagnostics
                if x.code in ("dominated_option", "constant_column")]
    assert notes(unit) == notes(1.0)
