"""Dominated options and criteria every option scores the same on (QA 21 items 6 and 13).

The dominance pairs are checked against a brute-force Pareto comparison written here
in plain Python (raw numbers in each criterion's direction, levels as their 0-100
value), and the note's claim "no choice of weights ranks B above A" against every
method at many random weights.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from counterweight.domain import (
    Breakpoint,
    Criterion,
    Decision,
    Direction,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
)
from counterweight.domain.decision import Normalization
from counterweight.domain.methods import AggregationMethod, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.engine.diagnostics import CONSTANT_COLUMN
from counterweight.engine.sensitivity import weight_sensitivity
from counterweight.locations import example_decision_path
from counterweight.services.projects import load_decision

from tests.engine.helpers import flat_decision

LEVELS = QualitativeScale(levels=[Level(label="Bad", value=0), Level(label="Fair", value=50),
                                  Level(label="Good", value=100)])
METHODS = list(AggregationMethod)
DOMINATED = "dominated_option"  # engine.diagnostics.DOMINATED, spelt out so the test runs before the check existed


def _decision(rows: dict[str, tuple[str, float, float]], **ranges: tuple[float, float]) -> Decision:
    """Options scored on a level criterion, a higher-is-better number and a lower-is-better cost.

    ``ranges`` gives ``option_cost=(low, high)`` or ``option_effect=(low, high)``.
    """
    crit = [
        Criterion(id="risks", name="Risks", weight=1),
        Criterion(id="harm", name="Harm", parent_id="risks", scale=LEVELS, weight=1),
        Criterion(id="gains", name="Gains", weight=1),
        Criterion(id="effect", name="Effect", parent_id="gains", scale=NumericScale(lower=0, upper=10), weight=2),
        Criterion(id="cost", name="Cost", parent_id="gains", direction=Direction.LOWER_BETTER,
                  scale=NumericScale(lower=0, upper=20), weight=1),
    ]
    opts = [Option(id=k, name=k.capitalize()) for k in rows]
    scores = []
    for oid, (level, effect, cost) in rows.items():
        scores.append(Score(option_id=oid, criterion_id="harm", level=level))
        lo, hi = ranges.get(f"{oid}_effect", (None, None))
        scores.append(Score(option_id=oid, criterion_id="effect", value=effect, low=lo, high=hi))
        lo, hi = ranges.get(f"{oid}_cost", (None, None))
        scores.append(Score(option_id=oid, criterion_id="cost", value=cost, low=lo, high=hi))
    return Decision(id="dom", title="Dominance", options=opts, criteria=crit, scores=scores)


def _dominance(ev) -> dict[str, str]:  # noqa: ANN001
    return {d.option_id: d.message for d in ev.diagnostics if d.code == DOMINATED}


def brute_force_pairs(decision: Decision) -> set[tuple[str, str]]:
    """(dominated, dominating) by plain comparison of raw numbers in each leaf's direction."""
    leaves = decision.leaves
    table: dict[str, list[float]] = {}
    for o in decision.options:
        row = []
        for c in leaves:
            s = decision.score(o.id, c.id)
            if s is None or s.is_missing:
                break
            if isinstance(c.scale, QualitativeScale):
                x = next(lv.value for lv in c.scale.levels if lv.label.casefold() == s.level.casefold())
            else:
                x = s.value if c.direction is Direction.HIGHER_BETTER else -s.value
            row.append(float(x))
        else:
            table[o.id] = row
    return {(b, a) for a, b in itertools.permutations(table, 2)
            if all(x >= y for x, y in zip(table[a], table[b])) and any(x > y for x, y in zip(table[a], table[b]))}


def test_a_dominated_option_is_named_with_the_option_that_dominates_it() -> None:
    d = _decision({"alpha": ("Good", 6, 5), "bravo": ("Fair", 6, 9), "charlie": ("Bad", 9, 2)})
    assert brute_force_pairs(d) == {("bravo", "alpha")}
    for method in METHODS:
        notes = _dominance(evaluate(d, method=method))
        assert list(notes) == ["bravo"], method
        assert notes["bravo"] == (
            "'Bravo' is dominated by 'Alpha': 'Alpha' is at least as good on every criterion and better on "
            "'Harm', 'Cost', so no choice of weights ranks 'Bravo' above it.")


def test_no_claim_with_a_missing_score_or_between_equal_options() -> None:
    d = _decision({"alpha": ("Good", 6, 5), "bravo": ("Fair", 6, 9), "twin": ("Good", 6, 5)})
    scores = [s for s in d.scores if not (s.option_id == "bravo" and s.criterion_id == "effect")]
    gap = d.model_copy(update={"scores": scores})
    assert brute_force_pairs(gap) == set()
    for method in METHODS:
        assert _dominance(evaluate(gap, method=method)) == {}, method
    # Alpha and its twin are equal everywhere: neither dominates the other; both dominate Bravo
    note = _dominance(evaluate(d))
    assert list(note) == ["bravo"]
    assert note["bravo"].startswith("'Bravo' is dominated by 'Alpha', 'Twin': each is at least as good")


def test_an_option_a_red_line_excludes_neither_dominates_nor_is_dominated() -> None:
    d = _decision({"alpha": ("Good", 6, 5), "bravo": ("Fair", 6, 9)})
    line = RedLine(id="rl", criterion_id="cost", limit=6, action=RedLineAction.EXCLUDE)
    assert _dominance(evaluate(d.model_copy(update={"red_lines": [line]}))) == {}  # Bravo (cost 9) is out
    flag = line.model_copy(update={"action": RedLineAction.FLAG})
    assert list(_dominance(evaluate(d.model_copy(update={"red_lines": [flag]})))) == ["bravo"]


@pytest.mark.parametrize("seed", range(3))
def test_no_weights_put_a_dominated_option_above_the_one_dominating_it(seed: int) -> None:
    rng = random.Random(seed)
    d = _decision({"alpha": ("Good", 6, 5), "bravo": ("Fair", 6, 9), "charlie": ("Bad", 9, 2),
                   "delta": ("Fair", 3, 6)})
    pairs = brute_force_pairs(d)
    assert pairs == {("bravo", "alpha"), ("delta", "alpha")}
    for _ in range(40):
        crit = [c.model_copy(update={"weight": rng.choice([0, rng.uniform(0.01, 10)])}) for c in d.criteria]
        trial = d.model_copy(update={"criteria": crit})
        for method in METHODS:
            ev = evaluate(trial, method=method)
            assert set(_dominance(ev)) == {"bravo", "delta"}  # every criterion counts, whatever its weight
            for low, high in pairs:
                assert ev.rank_of(high) <= ev.rank_of(low), (method, low, high)


def test_the_example_has_no_dominated_option() -> None:
    example = load_decision(example_decision_path())
    assert brute_force_pairs(example) == set()
    for method in METHODS:
        assert _dominance(evaluate(example, method=method)) == {}, method


def test_a_copy_of_the_leader_made_worse_is_dominated_and_ranges_are_weighed() -> None:
    """QA 21's edge2: the example's leader copied, worse on two level criteria, same cost and time ranges."""
    example = load_decision(example_decision_path())
    leader = evaluate(example).top()
    worse = {"escalation-risk": "Severe", "friction": "Severe"}
    copy = Option(id="copy", name="Dominated variant")
    scores = [s.model_copy(update={"option_id": "copy", "level": worse.get(s.criterion_id, s.level)})
              for s in example.scores if s.option_id == leader]
    d = example.model_copy(update={"options": [*example.options, copy], "scores": [*example.scores, *scores]})
    assert brute_force_pairs(d) == {("copy", leader)}
    note = _dominance(evaluate(d))["copy"]
    name = example.option(leader).name
    assert note.startswith(f"'Dominated variant' is dominated by '{name}' on the rated values: ")
    # the copy has the leader's own ranges, so a draw inside them can put it ahead
    assert "Within their score ranges it may not hold: on " in note and "the ranges overlap" in note


def test_ranges_decide_whether_dominance_holds_across_them() -> None:
    rows = {"alpha": ("Good", 6, 5), "bravo": ("Fair", 4, 9)}
    held = _dominance(evaluate(_decision(rows, alpha_effect=(5, 7), bravo_effect=(3, 5))))["bravo"]
    assert held.endswith("This holds across their score ranges too: at the worst end of every range, 'Alpha' is"
                         " still at least as good as 'Bravo' at the best end.")
    overlap = _dominance(evaluate(_decision(rows, alpha_effect=(5, 7), bravo_effect=(3, 5.5),
                                            alpha_cost=(4, 10))))["bravo"]
    assert overlap.endswith("Within their score ranges it may not hold: on 'Effect', 'Cost' the ranges overlap"
                            " (the worst end for 'Alpha' is worse than the best end for 'Bravo').")
    # two options above Bravo: the ranges keep one of them above, not the other
    three = {**rows, "charlie": ("Good", 7, 5)}
    mixed = _dominance(evaluate(_decision(three, alpha_effect=(3, 7))))["bravo"]
    assert mixed.endswith("it holds for 'Charlie' but may not for 'Alpha'.")


def test_a_piecewise_value_function_is_read_as_the_method_reads_it() -> None:
    """A peak at 5: every method prefers 5 to 10; TOPSIS and min-max read the function's values (no direction)."""
    peak = NumericScale(lower=0, upper=10, breakpoints=[Breakpoint(x=0, value=0), Breakpoint(x=5, value=100),
                                                         Breakpoint(x=10, value=0)])
    d = flat_decision([[5, 50], [10, 50]], [1, 1])
    d = d.model_copy(update={"criteria": [d.criteria[0].model_copy(update={"scale": peak}), d.criteria[1]]})
    assert set(_dominance(evaluate(d))) == {"o2"}  # value 1 against value 0
    assert set(_dominance(evaluate(d, method=AggregationMethod.TOPSIS))) == {"o2"}  # values 100 and 0
    assert set(_dominance(evaluate(d, Normalization.MIN_MAX))) == {"o2"}  # min-max of the values


def test_numbers_within_the_tie_tolerance_count_as_equal() -> None:
    d = flat_decision([[50, 50], [50 + 1e-12, 50]], [1, 1])
    assert _dominance(evaluate(d)) == {}


def _constant(ev) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(d.criterion_id, d.message) for d in ev.diagnostics if d.code == CONSTANT_COLUMN]


def test_a_criterion_every_option_scores_the_same_on_gets_a_note_under_value_functions() -> None:
    d = flat_decision([[40, 10, 70], [40, 90, 20], [40, 50, 60]], [1, 1, 1])
    (note,) = _constant(evaluate(d))
    assert note == ("c1", "On 'C1' every option has the same score, so it cannot tell the options apart: it adds"
                          " the same amount to every option's total. Moving its weight only moves weight to or"
                          " from the criteria beside it, so its sensitivity thresholds say how far those criteria"
                          " can lose or gain weight, not how much 'C1' matters.")
    assert "multiplies every option's score by the same factor" in _constant(evaluate(d, method="wpm"))[0][1]
    assert "adds nothing to the differences between them under PROMETHEE II" in \
        _constant(evaluate(d, method="promethee"))[0][1]
    # the methods that already say so get no second note
    assert len(_constant(evaluate(d, Normalization.MIN_MAX))) == 1
    assert len(_constant(evaluate(d, method="topsis"))) == 1
    assert len(_constant(evaluate(d, method="vikor"))) == 1


def test_no_constant_note_for_a_zero_weight_a_missing_score_or_a_single_option() -> None:
    assert _constant(evaluate(flat_decision([[40, 10], [40, 90]], [0, 1]))) == []
    assert _constant(evaluate(flat_decision([[40, 10], [None, 90], [40, 30]], [1, 1]))) == []
    assert _constant(evaluate(flat_decision([[40, 10]], [1, 1]))) == []


def test_what_the_constant_note_says_about_sensitivity_holds() -> None:
    """Flat tree: moving C1's weight rescales C2 and C3 alike, so the top option never changes (no threshold)."""
    d = flat_decision([[40, 10, 70], [40, 90, 20], [40, 50, 60]], [1, 1, 1])
    c1 = weight_sensitivity(d, ["c1"]).criteria[0]
    assert c1.increase is None and c1.decrease is None
    # every total differs from another only through C2 and C3: the gaps scale by (1 - w1) exactly
    ev = evaluate(d)
    for w1 in (0.0, 0.25, 0.9):
        rest = (1 - w1) / 2
        crit = [c.model_copy(update={"weight": w}) for c, w in zip(d.criteria, (w1, rest, rest))]
        moved = evaluate(d.model_copy(update={"criteria": crit}))
        gaps = np.subtract.outer(moved.totals, moved.totals)
        base = np.subtract.outer(ev.totals, ev.totals) * (1 - w1) / (2 / 3)
        np.testing.assert_allclose(gaps, base, atol=1e-12)


def test_only_the_options_in_the_ranking_count_for_the_weighted_sum() -> None:
    d = flat_decision([[40, 10], [40, 90], [80, 50]], [1, 1])
    line = RedLine(id="rl", criterion_id="c2", limit=20, action=RedLineAction.EXCLUDE)  # o1 is out
    d = d.model_copy(update={"red_lines": [line]})
    assert _constant(evaluate(d)) == []  # o3 differs on C1
    line2 = RedLine(id="rl2", criterion_id="c1", limit=60, action=RedLineAction.EXCLUDE)  # o1, o2 out
    assert _constant(evaluate(d.model_copy(update={"red_lines": [line2]}))) == []  # one option left
    d3 = flat_decision([[40, 10], [40, 90], [40, 50], [70, 5]], [1, 1])
    out = d3.model_copy(update={"red_lines": [RedLine(id="x", criterion_id="c2", limit=8,
                                                      action=RedLineAction.EXCLUDE)]})
    (note,) = _constant(evaluate(out))
    assert note[1].startswith("On 'C1' every option in the ranking has the same score")
    assert _constant(evaluate(out, method="promethee")) == []  # PROMETHEE also compares with the excluded o4
