"""Direct, equal, swing, rank-order centroid and rank-sum weights: closed forms and properties."""

from __future__ import annotations

import importlib.util
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterweight.domain import InvalidInputError, WeightMethod
from counterweight.engine import (
    ahp_weights,
    direct_weights,
    equal_weights,
    rank_sum_weights,
    roc_weights,
    swing_weights,
)
from counterweight.engine.weighting import rank_sum_kernel, roc_kernel, tied_rank_weights


def roc_closed_form(n: int) -> list[float]:
    """Barron & Barrett (1996): w_i = (1/n) sum_{k=i..n} 1/k, in exact fractions."""
    return [float(sum(Fraction(1, k) for k in range(i, n + 1)) / n) for i in range(1, n + 1)]


def test_direct_points_whose_sum_overflows_keep_their_ratios() -> None:
    # 1e308 + 1e308 overflows; the weights are still the ratios 1e308 : 1e308 : 2.
    assert direct_weights({"a": 1e308, "b": 1e308, "c": 2}).weights.tolist() == [0.5, 0.5, 1e-308]


def test_roc_n4_published_values() -> None:
    # Barron & Barrett (1996), Management Science 42(11): for four attributes the ROC
    # weights are 0.5208, 0.2708, 0.1458, 0.0625 (= 25/48, 13/48, 7/48, 3/48).
    r = roc_weights({"a": 1, "b": 2, "c": 3, "d": 4})
    assert r.weights.round(4).tolist() == [0.5208, 0.2708, 0.1458, 0.0625]
    assert r.weights == pytest.approx([25 / 48, 13 / 48, 7 / 48, 3 / 48], abs=1e-15)
    assert r.method is WeightMethod.ROC and r.ids == ("a", "b", "c", "d")


@pytest.mark.parametrize("n", range(1, 12))
def test_roc_kernel_matches_closed_form(n: int) -> None:
    assert roc_kernel(n) == pytest.approx(roc_closed_form(n), abs=1e-15)


def test_rank_sum_n4() -> None:
    # Rank-sum, w_i = 2 (n + 1 - i) / (n (n + 1)): n = 4 gives 4/10, 3/10, 2/10, 1/10.
    r = rank_sum_weights({"a": 1, "b": 2, "c": 3, "d": 4})
    assert r.weights == pytest.approx([0.4, 0.3, 0.2, 0.1], abs=1e-15)
    assert r.method is WeightMethod.RANK_SUM
    assert rank_sum_kernel(5) == pytest.approx([5 / 15, 4 / 15, 3 / 15, 2 / 15, 1 / 15])


def test_ranks_given_out_of_order_follow_the_ids() -> None:
    r = roc_weights({"low": 3, "top": 1, "mid": 2})
    assert r.ids == ("low", "top", "mid")
    assert r.as_dict() == pytest.approx({"top": 11 / 18, "mid": 5 / 18, "low": 2 / 18})


def test_ties_share_the_average_of_their_positions() -> None:
    # Ranks 1, 2, 2, 4: b and c occupy positions 2 and 3 and share (13/48 + 7/48) / 2.
    r = roc_weights({"a": 1, "b": 2, "c": 2, "d": 4})
    assert r.weights == pytest.approx([25 / 48, 10 / 48, 10 / 48, 3 / 48])
    # Only the order of the rank numbers matters: 1, 2, 2, 3 is the same ranking.
    assert roc_weights({"a": 1, "b": 2, "c": 2, "d": 3}).weights == pytest.approx(r.weights)
    (note,) = r.diagnostics
    assert note.code == "rank_ties" and "'b', 'c'" in note.message
    rs = rank_sum_weights({"a": 1, "b": 2, "c": 2, "d": 4})
    assert rs.weights == pytest.approx([0.4, 0.25, 0.25, 0.1])


def test_everything_tied_is_equal_weights() -> None:
    for fn in (roc_weights, rank_sum_weights):
        assert fn({k: 1 for k in "abcde"}).weights == pytest.approx([0.2] * 5)


def test_swing_closed_form() -> None:
    # Swing: ratings 100, 60, 40 -> 100/200, 60/200, 40/200 (weights = points / sum).
    r = swing_weights({"a": 100, "b": 60, "c": 40})
    assert r.weights == pytest.approx([0.5, 0.3, 0.2])
    assert r.method is WeightMethod.SWING and r.diagnostics == ()


def test_swing_zero_rating_gets_no_weight_and_a_note() -> None:
    r = swing_weights({"a": 100, "b": 0}, names={"b": "Cost"})
    assert r.weights.tolist() == [1.0, 0.0]
    assert [(d.code, d.criterion_id) for d in r.diagnostics] == [("swing_zero", "b")]
    assert "'Cost'" in r.diagnostics[0].message


@pytest.mark.parametrize(
    ("ratings", "words"),
    [
        ({"a": 80, "b": 40}, ["rated 100", "80"]),
        ({"a": 100, "b": 120}, ["'Bravo'", "between 0 and 100"]),
        ({"a": 100, "b": -5}, ["'Bravo'", "0 or more"]),
        ({"a": 100, "b": float("nan")}, ["'Bravo'"]),
        ({}, ["no criteria"]),
    ],
    ids=["top-not-100", "above-100", "negative", "nan", "empty"],
)
def test_swing_validation(ratings: dict, words: list[str]) -> None:
    with pytest.raises(InvalidInputError) as info:
        swing_weights(ratings, names={"a": "Alpha", "b": "Bravo"})
    for w in words:
        assert w in str(info.value)


def test_direct_and_equal() -> None:
    assert direct_weights({"a": 3, "b": 1}).weights == pytest.approx([0.75, 0.25])
    assert direct_weights({"a": 0, "b": 2}).weights.tolist() == [0.0, 1.0]
    assert equal_weights(["a", "b", "c", "d"]).weights == pytest.approx([0.25] * 4)
    with pytest.raises(InvalidInputError, match="more than 0 points"):
        direct_weights({"a": 0, "b": 0})
    with pytest.raises(InvalidInputError, match="'Bravo'"):
        direct_weights({"a": 1, "b": -1}, names={"b": "Bravo"})
    with pytest.raises(InvalidInputError):
        equal_weights([])


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "1"])
def test_rank_validation(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="'Bravo'.*whole number"):
        roc_weights({"a": 1, "b": bad}, names={"b": "Bravo"})  # type: ignore[dict-item]


def test_tie_kernel_agrees_with_pydecision_roc_without_ties() -> None:
    # pyDecision 5.1 roc_method takes ranks as labels 'C1'..'Cn' naming the order.
    spec = importlib.util.find_spec("pyDecision")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("pyDecision is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "algorithm" / "roc.py"
    mod_spec = importlib.util.spec_from_file_location("_pydecision_roc", path)
    assert mod_spec is not None and mod_spec.loader is not None
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    for n in (2, 4, 7):
        theirs = module.roc_method([f"C{k}" for k in range(1, n + 1)])
        assert tied_rank_weights(np.arange(1, n + 1), roc_kernel) == pytest.approx(theirs, abs=1e-12)


# ----------------------------------------------------------------- properties
ids_strategy = st.lists(st.text("abcdefgh", min_size=1, max_size=4), min_size=1, max_size=9, unique=True)


@given(ids=ids_strategy, data=st.data())
def test_every_method_gives_nonnegative_weights_summing_to_one(ids: list[str], data: st.DataObject) -> None:
    n = len(ids)
    ranks = dict(zip(ids, data.draw(st.lists(st.integers(1, n), min_size=n, max_size=n)), strict=True))
    ratings = data.draw(st.lists(st.floats(0, 100), min_size=n, max_size=n))
    ratings[data.draw(st.integers(0, n - 1))] = 100.0
    points = data.draw(st.lists(st.floats(0, 1e6), min_size=n, max_size=n).filter(lambda p: sum(p) > 0))
    values = st.sampled_from([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 7, 9])
    judgements = [(ids[i], ids[j], data.draw(values)) for i in range(n) for j in range(i + 1, n)]
    results = [
        roc_weights(ranks),
        rank_sum_weights(ranks),
        swing_weights(dict(zip(ids, ratings, strict=True))),
        direct_weights(dict(zip(ids, points, strict=True))),
        equal_weights(ids),
        ahp_weights(ids, judgements),
        ahp_weights(ids, judgements, priority="geometric_mean"),
    ]
    for r in results:
        assert r.ids == tuple(ids)
        assert (r.weights >= 0).all()
        assert r.weights.sum() == pytest.approx(1.0, abs=1e-12)
    # Rank methods never give a less important criterion more weight.
    for r in results[:2]:
        w = r.as_dict()
        for a in ids:
            for b in ids:
                if ranks[a] < ranks[b]:
                    assert w[a] > w[b]
                elif ranks[a] == ranks[b]:
                    assert w[a] == pytest.approx(w[b])
