"""The distance to flip of every score worked out a column at a time equals the score-by-score answer, bit for bit.

Session 27 replaced a Python loop over the cells (a second on 1,000 options x 60
criteria) by :mod:`counterweight.engine.flip_exact`; these tests hold it to the
loop's numbers exactly, not approximately.
"""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import (
    Breakpoint,
    Criterion,
    Decision,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    RedLineAction,
    Score,
)
from counterweight.engine import evaluate
from counterweight.engine.flip import flip_distances, nearest_crossing, value_knots
from counterweight.engine.flip_exact import exact_items, exact_score, nearest_crossings, tie_gaps
from counterweight.engine.ranking import is_tie
from counterweight.locations import example_decision_path
from counterweight.services import exchange


def test_nearest_crossings_equals_nearest_crossing_on_every_row() -> None:
    rng = np.random.default_rng(27)
    peak = NumericScale(lower=0, upper=100, breakpoints=[Breakpoint(x=0, value=0), Breakpoint(x=30, value=60),
                                                          Breakpoint(x=50, value=100), Breakpoint(x=80, value=60),
                                                          Breakpoint(x=100, value=0)])
    for xs, vs in (value_knots(peak, True), value_knots(NumericScale(lower=-5, upper=5), False)):
        x0 = rng.uniform(xs[0], xs[-1], 400)
        x0[:5] = xs[:1].repeat(5)  # on a knot, where ties between candidates are likeliest
        target = rng.uniform(-0.2, 1.2, 400)
        sign = rng.choice([-1.0, 1.0], 400)
        found = nearest_crossings(x0, xs, vs, target, sign)
        for r in range(400):
            one = nearest_crossing(float(x0[r]), xs, vs, float(target[r]), float(sign[r]))
            assert (one is None and np.isnan(found[r])) or repr(one) == repr(float(found[r])), r


def test_tie_gaps_is_the_ranking_tie_rule() -> None:
    totals = np.array([0.7, 0.7 + 5e-10, 0.7 - 2e-9, 0.3, 0.0])
    gaps = tie_gaps(0.7, totals)
    for k, other in enumerate(totals):
        assert gaps[k] == (0.0 if is_tie(0.7, float(other)) else 0.7 - float(other))


def _example_excluding_two_with_a_missing_score() -> Decision:
    """The example with its civilian-risk red line excluding (o1 and o4 go) and o3's materiel cost unknown."""
    d = exchange.read_file(example_decision_path())
    lines = [r.model_copy(update={"action": RedLineAction.EXCLUDE}) for r in d.red_lines]
    scores = [s for s in d.scores if (s.option_id, s.criterion_id) != ("o3", "materiel-cost")]
    return d.model_copy(update={"red_lines": lines, "scores": scores})


def test_every_score_item_of_the_example_equals_the_score_by_score_answer() -> None:
    for decision in (exchange.read_file(example_decision_path()), _example_excluding_two_with_a_missing_score()):
        ev = evaluate(decision)
        guarded = {r.criterion_id for r in decision.red_lines if r.action is RedLineAction.EXCLUDE}
        cells = [(i, j) for i in range(len(ev.option_ids)) for j in range(len(ev.leaf_ids))]
        items = exact_items(decision, ev)
        assert len(items) == len(cells)
        for (i, j), item in zip(cells, items, strict=True):
            if ev.leaf_ids[j] not in guarded:  # those are searched, as before
                assert repr(item) == repr(exact_score(decision, ev, i, j))
    notes = {item.note for item in items}
    assert {"No score to change.", "A red line excludes this option from the ranking."} <= notes


def test_hand_checked_level_distances() -> None:
    """Two options, a numeric and a qualitative criterion of equal weight (global 0.5 each).

    Levels Low 0, Mid 50, Good 80, Top 100. A1 scores 60 and Mid, A2 40 and Mid:
    totals 0.5 x 0.6 + 0.5 x 0.5 = 0.55 and 0.5 x 0.4 + 0.5 x 0.5 = 0.45, a gap of 0.10.
    A2 overtakes when its level's value passes 0.5 + 0.10 / 0.5 = 0.7: Good (80) is the
    nearest such level, 30 points up, 30% of the 0-100 range. A1 loses first place when
    its value falls below 0.5 - 0.10 / 0.5 = 0.3: only Low (0), 50 points down, 50%.
    """
    levels = QualitativeScale(levels=[Level(label=n, value=v) for n, v in (("Low", 0), ("Mid", 50), ("Good", 80),
                                                                           ("Top", 100))])
    criteria = [Criterion(id="c1", name="C1", scale=NumericScale(lower=0, upper=100), weight=1),
                Criterion(id="c2", name="C2", scale=levels, weight=1)]
    options = [Option(id="o1", name="A1"), Option(id="o2", name="A2")]
    scores = [Score(option_id="o1", criterion_id="c1", value=60), Score(option_id="o1", criterion_id="c2", level="Mid"),
              Score(option_id="o2", criterion_id="c1", value=40), Score(option_id="o2", criterion_id="c2", level="Mid")]
    decision = Decision(id="levels", title="Levels", options=options, criteria=criteria, scores=scores)
    by_label = {i.label: i for i in flip_distances(decision).items}
    a2, a1 = by_label["A2 on C2"], by_label["A1 on C2"]
    assert (a2.current, a2.target, a2.change, a2.new_top_id) == ("Mid", "Good", 30, "o2")
    assert a2.fraction == pytest.approx(0.3)
    assert (a1.current, a1.target, a1.change, a1.new_top_id) == ("Mid", "Low", -50, "o2")
    assert a1.fraction == pytest.approx(0.5)
