"""Property tests (hypothesis): weights, dominance, reordering, ties, no NaN."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from counterweight.domain import (
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
from counterweight.engine import competition_ranks, compute_weights, evaluate
from tests.engine.helpers import assert_all_finite

LEVELS = QualitativeScale(levels=[Level(label=f"L{k}", value=v) for k, v in enumerate((0, 20, 55, 100))])
points = st.one_of(st.just(0.0), st.sampled_from([0.5, 1.0, 2.0, 7.0]), st.floats(0.0, 100.0))
methods = st.sampled_from(list(Normalization))


@st.composite
def criteria_trees(draw: st.DrawFn, max_nodes: int = 9) -> list[Criterion]:
    """A random tree: each node is a group or a leaf placed under an earlier group (or the top)."""
    n = draw(st.integers(1, max_nodes))
    out: list[Criterion] = []
    groups: list[str] = []
    for k in range(n):
        parent = draw(st.sampled_from([None, *groups]))
        is_group = draw(st.booleans()) if k < n - 1 else False
        cid = f"n{k}"
        if is_group:
            out.append(Criterion(id=cid, name=f"Group {k}", parent_id=parent, weight=draw(points)))
            groups.append(cid)
        else:
            qual = draw(st.booleans())
            out.append(Criterion(
                id=cid, name=f"Crit {k}", parent_id=parent, weight=draw(points),
                scale=LEVELS if qual else NumericScale(lower=0, upper=100),
                direction=draw(st.sampled_from(list(Direction))),
            ))
    return out


def _score(draw: st.DrawFn, oid: str, c: Criterion, allow_missing: bool = True) -> Score | None:
    if allow_missing and draw(st.integers(0, 9)) == 0:
        return None
    if isinstance(c.scale, QualitativeScale):
        return Score(option_id=oid, criterion_id=c.id, level=draw(st.sampled_from([lv.label for lv in LEVELS.levels])))
    return Score(option_id=oid, criterion_id=c.id, value=draw(st.floats(0, 100)))


@st.composite
def decisions(draw: st.DrawFn, max_options: int = 6) -> Decision:
    crit = draw(criteria_trees())
    n = draw(st.integers(1, max_options))
    opts = [Option(id=f"o{i}", name=f"Option {i}") for i in range(n)]
    leaves = [c for c in crit if not c.is_group]
    scores = [s for o in opts for c in leaves if (s := _score(draw, o.id, c)) is not None]
    return Decision(id="h", title="Hypothesis", options=opts, criteria=crit, scores=scores)


def _positive_path(crit: list[Criterion], leaf: Criterion) -> bool:
    by_id = {c.id: c for c in crit}
    node: Criterion | None = leaf
    while node is not None:
        if node.weight <= 0:
            return False
        node = by_id[node.parent_id] if node.parent_id else None
    return True


@settings(deadline=None)
@given(crit=criteria_trees())
def test_leaf_weights_sum_to_one_iff_some_leaf_is_weighted_all_the_way_up(crit: list[Criterion]) -> None:
    w = compute_weights(crit)
    total = float(w.leaf_weights.sum())
    if any(_positive_path(crit, c) for c in crit if not c.is_group):
        assert abs(total - 1.0) < 1e-12
    else:
        assert total == 0.0
    assert all(v >= 0 for v in w.global_.values())
    for c in crit:  # a group's global weight is the sum of its leaves'
        if c.is_group:
            under = [leaf for leaf in w.leaf_ids if _is_under(crit, leaf, c.id)]
            assert abs(w.global_[c.id] - sum(w.global_[leaf] for leaf in under)) < 1e-12


def _is_under(crit: list[Criterion], cid: str, group: str) -> bool:
    by_id = {c.id: c for c in crit}
    node = by_id[cid]
    while node.parent_id is not None:
        if node.parent_id == group:
            return True
        node = by_id[node.parent_id]
    return False


@settings(deadline=None)
@given(d=decisions(), method=methods)
def test_never_nan_and_totals_in_range(d: Decision, method: Normalization) -> None:
    ev = evaluate(d, method)
    assert_all_finite(ev)
    np.testing.assert_allclose(ev.contributions.sum(axis=1), ev.totals, atol=1e-12)
    assert sorted(ev.order.tolist()) == list(range(len(d.options)))


@st.composite
def dominance_cases(draw: st.DrawFn) -> tuple[Decision, str, str]:
    """A decision in which option 'a' dominates option 'b' (b is never better on any leaf)."""
    d = draw(decisions(max_options=4))
    leaves = d.leaves
    a_scores, b_scores = [], []
    for c in leaves:
        if isinstance(c.scale, QualitativeScale):
            ka = draw(st.integers(0, len(LEVELS.levels) - 1))
            kb = draw(st.integers(0, ka))
            a_scores.append(Score(option_id="a", criterion_id=c.id, level=LEVELS.levels[ka].label))
            if draw(st.integers(0, 5)):
                b_scores.append(Score(option_id="b", criterion_id=c.id, level=LEVELS.levels[kb].label))
            continue
        xa = draw(st.floats(0, 100))
        # b is no better: lower when higher is better, higher when lower is better.
        if c.direction is Direction.HIGHER_BETTER:
            xb = draw(st.floats(0, xa))
        else:
            xb = draw(st.floats(xa, 100))
        a_scores.append(Score(option_id="a", criterion_id=c.id, value=xa))
        if draw(st.integers(0, 5)):  # sometimes b has no score at all: that is worst
            b_scores.append(Score(option_id="b", criterion_id=c.id, value=xb))
    opts = [*d.options, Option(id="a", name="Dominant"), Option(id="b", name="Dominated")]
    if draw(st.booleans()):
        opts = [*d.options, Option(id="b", name="Dominated"), Option(id="a", name="Dominant")]
    dd = Decision(id="dom", title="Dominance", options=opts, criteria=d.criteria,
                  scores=[*d.scores, *a_scores, *b_scores])
    return dd, "a", "b"


@settings(deadline=None)
@given(case=dominance_cases(), method=methods)
def test_dominated_option_never_ranks_above_its_dominator(case: tuple[Decision, str, str], method: Normalization) -> None:
    d, a, b = case
    ev = evaluate(d, method)
    assert ev.total_of(a) >= ev.total_of(b)
    assert ev.rank_of(a) <= ev.rank_of(b)


@settings(deadline=None)
@given(d=decisions(), method=methods, data=st.data())
def test_results_do_not_depend_on_option_order(d: Decision, method: Normalization, data: st.DataObject) -> None:
    perm = data.draw(st.permutations(d.options))
    shuffled_scores = data.draw(st.permutations(d.scores))
    d2 = d.model_copy(update={"options": list(perm), "scores": list(shuffled_scores)})
    ev1, ev2 = evaluate(d, method), evaluate(d2, method)
    for o in d.options:
        assert abs(ev1.total_of(o.id) - ev2.total_of(o.id)) <= 1e-12
        if method is Normalization.VALUE_FUNCTION:  # no column statistics: bit-identical
            assert ev1.total_of(o.id) == ev2.total_of(o.id)
        assert ev1.rank_of(o.id) == ev2.rank_of(o.id)


@settings(deadline=None)
@given(d=decisions(max_options=4), method=methods, data=st.data())
def test_an_identical_copy_of_an_option_ties_with_it(d: Decision, method: Normalization, data: st.DataObject) -> None:
    src = data.draw(st.sampled_from(d.options))
    clone = Option(id="clone", name="Clone")
    copies = [s.model_copy(update={"option_id": "clone"}) for s in d.scores if s.option_id == src.id]
    d2 = Decision(id="c", title="Clone", options=[*d.options, clone], criteria=d.criteria,
                  scores=[*d.scores, *copies])
    ev = evaluate(d2, method)
    assert ev.total_of("clone") == ev.total_of(src.id)
    assert ev.rank_of("clone") == ev.rank_of(src.id)
    order = ev.ranked_option_ids()
    assert order.index(src.id) < order.index("clone")  # ties keep the option-list order


@given(st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.75, 1.0]), min_size=0, max_size=12))
@settings(max_examples=200, deadline=None)
def test_competition_ranks_on_well_separated_totals(totals: list[float]) -> None:
    t = np.array(totals)
    ranks, order = competition_ranks(t)
    for i, ti in enumerate(totals):
        assert ranks[i] == 1 + sum(tj > ti for tj in totals)  # "1224": ties share the best rank
    assert [t[i] for i in order] == sorted(totals, reverse=True)
    for k in range(len(order) - 1):  # among equal totals, original order
        if t[order[k]] == t[order[k + 1]]:
            assert order[k] < order[k + 1]
