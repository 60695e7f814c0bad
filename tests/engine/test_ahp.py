"""AHP: published worked examples, closed forms, pymcdm/pyDecision cross-checks, properties."""

from __future__ import annotations

import importlib.util
import itertools
import math
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterweight.domain import InvalidInputError
from counterweight.engine import (
    CR_THRESHOLD,
    SAATY_1980,
    SAATY_2005,
    SAATY_LABELS,
    SAATY_SCALE,
    ahp_weights,
    format_saaty,
    snap_to_saaty,
)
from counterweight.engine.ahp_scale import (
    RandomIndexTable,
    consistency_ratio,
    principal_eigenvalue,
)


def judgements_of(ids: list[str], matrix: np.ndarray) -> list[tuple[str, str, float]]:
    """The upper triangle of ``matrix`` as (first, second, value) judgements."""
    n = len(ids)
    return [(ids[i], ids[j], float(matrix[i, j])) for i in range(n) for j in range(i + 1, n)]


# Saaty (2008), "Decision making with the analytic hierarchy process", Int. J. Services
# Sciences 1(1), 83-98: "Which drink is consumed more in the US?" Judgement matrix and
# the derived priorities (3 decimals) and CR 0.022, as reproduced in the AHPy README
# (github.com/PhilipGriffith/AHPy), which uses Saaty's 2005 random indices for it.
DRINKS = ["coffee", "wine", "tea", "beer", "sodas", "milk", "water"]
DRINKS_MATRIX = np.array([
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
])
DRINKS_PRIORITIES = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]

# Saaty's house-buying example (Saaty 1980, ch. 2; repeated in Saaty 1990, "How to make a
# decision: the analytic hierarchy process", EJOR 48, 9-26): eight criteria (size, bus
# transport, neighbourhood, age, yard, modern facilities, general condition, financing).
# Published: priorities .173 .054 .188 .018 .031 .036 .167 .333, lambda_max 9.669,
# CI 0.238, CR 0.169 -- above 0.10, so Saaty flags it. The reciprocal entries were checked
# against a reproduction of the matrix (studopedia.info, "Покупка дома").
HOUSE = ["size", "transport", "neighbourhood", "age", "yard", "facilities", "condition", "financing"]
HOUSE_MATRIX = np.array([
    [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
    [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
    [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
    [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
    [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
    [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
    [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
    [4, 7, 5, 8, 6, 6, 2, 1],
])
HOUSE_PRIORITIES = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]


def test_drinks_example_saaty_2008() -> None:
    r = ahp_weights(DRINKS, judgements_of(DRINKS, DRINKS_MATRIX), ri_table=SAATY_2005)
    assert r.weights.round(3).tolist() == DRINKS_PRIORITIES
    assert round(r.cr, 3) == 0.022
    assert r.acceptable and r.diagnostics == ()
    assert r.ri == 1.35 and r.ri_table is SAATY_2005
    # With the default 1980 table (RI(7) = 1.32) the CR is a little larger; still 0.022.
    assert ahp_weights(DRINKS, judgements_of(DRINKS, DRINKS_MATRIX)).cr == pytest.approx(r.cr * 1.35 / 1.32)


def test_house_example_saaty_1980_is_flagged_inconsistent() -> None:
    r = ahp_weights(HOUSE, judgements_of(HOUSE, HOUSE_MATRIX))
    assert r.weights.round(3).tolist() == HOUSE_PRIORITIES
    assert round(r.lambda_max, 3) == 9.669
    assert round(r.ci, 3) == 0.238
    assert r.ri == 1.41 and r.ri_table.name == "Saaty 1980"
    assert round(r.cr, 3) == 0.169
    assert not r.acceptable
    (note,) = r.diagnostics
    assert note.code == "ahp_inconsistent" and note.severity == "warning"
    assert "0.169" in note.message and "0.10" in note.message


def test_random_index_tables_are_the_published_ones() -> None:
    # Saaty (1980), n = 1..10; Saaty (2005, p. 31), n = 1..15.
    assert SAATY_1980.values == (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
    assert SAATY_2005.values[:10] == (0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49)
    assert SAATY_1980.ri(11) is None and SAATY_2005.ri(15) == 1.59


def test_consistent_matrix_gives_exact_weights_and_zero_cr() -> None:
    # a_ij = w_i / w_j with w = (0.4, 0.3, 0.2, 0.1): lambda_max = n, CI = CR = 0 (Saaty 1980).
    w = np.array([0.4, 0.3, 0.2, 0.1])
    ids = ["a", "b", "c", "d"]
    judgements = judgements_of(ids, w[:, None] / w[None, :])
    for priority in ("eigenvector", "geometric_mean"):
        r = ahp_weights(ids, judgements, priority=priority)
        assert r.weights == pytest.approx(w, abs=1e-12)
        assert r.lambda_max == pytest.approx(4.0, abs=1e-9)
        assert r.ci == pytest.approx(0.0, abs=1e-9) and r.cr == pytest.approx(0.0, abs=1e-9)
        assert r.most_inconsistent() == ()
        assert all(j.deviation == pytest.approx(0.0, abs=1e-9) for j in r.judgements)


def test_one_and_two_criteria_have_cr_zero() -> None:
    one = ahp_weights(["a"], [])
    assert one.weights.tolist() == [1.0] and one.cr == 0.0
    two = ahp_weights(["a", "b"], [("a", "b", 3)])
    # 2x2: a over b by 3 -> 3/4 and 1/4, always consistent.
    assert two.weights == pytest.approx([0.75, 0.25])
    assert two.cr == 0.0 and two.ci == 0.0 and two.lambda_max == pytest.approx(2.0)


def test_orientation_does_not_matter() -> None:
    ids = ["a", "b", "c"]
    forward = ahp_weights(ids, [("a", "b", 3), ("a", "c", 5), ("b", "c", 2)])
    mixed = ahp_weights(ids, [("b", "a", 1 / 3), ("a", "c", 5), ("c", "b", 1 / 2)])
    assert mixed.weights == pytest.approx(forward.weights, abs=1e-12)
    assert mixed.cr == pytest.approx(forward.cr)
    # Pinpointing reports each judgement the way it was given.
    assert {(j.first, j.second) for j in mixed.judgements} == {("b", "a"), ("a", "c"), ("c", "b")}


def test_lambda_max_is_the_principal_eigenvalue_for_both_priority_methods() -> None:
    eig = ahp_weights(DRINKS, judgements_of(DRINKS, DRINKS_MATRIX))
    gm = ahp_weights(DRINKS, judgements_of(DRINKS, DRINKS_MATRIX), priority="geometric_mean")
    assert gm.lambda_max == eig.lambda_max == pytest.approx(max(np.linalg.eigvals(DRINKS_MATRIX).real))
    assert gm.cr == eig.cr
    assert gm.priority == "geometric_mean"
    assert not np.allclose(gm.weights, eig.weights, atol=1e-4)  # the two methods do differ here
    # Geometric mean closed form: (prod_j a_ij)^(1/n), normalised.
    g = np.prod(DRINKS_MATRIX, axis=1) ** (1 / 7)
    assert gm.weights == pytest.approx(g / g.sum())


@pytest.mark.parametrize(
    ("judgements", "words"),
    [
        ([("a", "b", 3), ("a", "c", 5)], ["'Bravo'", "'Charlie'", "1 of 3", "missing"]),
        ([("a", "b", 3), ("a", "c", 5), ("b", "x", 2)], ["'x'", "not one of the criteria"]),
        ([("a", "b", 3), ("a", "c", 5), ("b", "c", 12)], ["'Bravo' vs 'Charlie'", "between 1/9 and 9"]),
        ([("a", "b", 3), ("b", "a", 3), ("a", "c", 5), ("b", "c", 2)], ["'Bravo' vs 'Alpha'", "twice", "1/3 and 3"]),
        ([("a", "a", 1)], ["'Alpha' vs 'Alpha'", "itself"]),
    ],
    ids=["missing", "unknown", "off-scale", "contradiction", "self"],
)
def test_bad_judgements_name_the_criteria(judgements: list, words: list[str]) -> None:
    names = {"a": "Alpha", "b": "Bravo", "c": "Charlie"}
    with pytest.raises(InvalidInputError) as info:
        ahp_weights(["a", "b", "c"], judgements, names=names)
    for w in words:
        assert w in str(info.value)


def test_agreeing_duplicate_is_accepted() -> None:
    r = ahp_weights(["a", "b"], [("a", "b", 4), ("b", "a", 0.25)])
    assert r.weights == pytest.approx([0.8, 0.2])


def test_too_many_criteria_for_the_table() -> None:
    w = np.linspace(1, 3, 11)
    ids = [f"c{k}" for k in range(11)]
    r = ahp_weights(ids, judgements_of(ids, w[:, None] / w[None, :]), ri_table=SAATY_1980)
    assert r.cr is None and r.ri is None and r.acceptable
    assert [d.code for d in r.diagnostics] == ["ahp_cr_unavailable"]
    later = ahp_weights(ids, judgements_of(ids, w[:, None] / w[None, :]), ri_table=SAATY_2005)
    assert later.ri == 1.52 and later.cr == pytest.approx(0, abs=1e-9)


@pytest.mark.parametrize("n, ri", [(11, 1.52), (15, 1.59)])
def test_beyond_ten_criteria_the_cr_uses_saatys_later_table(n: int, ri: float) -> None:
    """The 1980 table stops at 10, so 11 criteria had no CR at all; Saaty (2005, p. 31) gives RI up to 15.
    A matrix with one judgement off: CR = CI / RI with CI from its own eigenvalue (checked by numpy)."""
    ids = [f"c{k}" for k in range(n)]
    a = np.ones((n, n))
    a[0, 1], a[1, 0] = 3.0, 1 / 3
    r = ahp_weights(ids, judgements_of(ids, a))
    lam = max(np.linalg.eigvals(a).real)
    assert r.ri_table is SAATY_2005 and r.ri == ri
    assert r.cr == pytest.approx((lam - n) / (n - 1) / ri)
    assert "ahp_later_random_index" in [d.code for d in r.diagnostics]
    sixteen = [f"c{k}" for k in range(16)]
    beyond = ahp_weights(sixteen, judgements_of(sixteen, np.ones((16, 16))))
    assert beyond.cr is None and "ahp_cr_unavailable" in [d.code for d in beyond.diagnostics]
    ten = [f"c{k}" for k in range(10)]
    assert ahp_weights(ten, judgements_of(ten, np.ones((10, 10)))).ri_table is SAATY_1980


# ----------------------------------------------------------------- pinpointing
def test_pinpointing_a_single_corrupted_judgement() -> None:
    # Consistent from w = 8 : 4 : 2 : 1 : 1 (every ratio is on Saaty's scale), then the
    # analyst says b is 5 times c instead of 2. The check must rank (b, c) first. Its
    # suggestion is w_b / w_c from the priorities, which the bad judgement itself has
    # pulled upwards, so it lies between the true 2 and the given 5; adopting it must
    # cut the CR more than changing any other single judgement would.
    w = np.array([8.0, 4.0, 2.0, 1.0, 1.0])
    ids = list("abcde")
    a = w[:, None] / w[None, :]
    a[1, 2], a[2, 1] = 5.0, 1 / 5
    r = ahp_weights(ids, judgements_of(ids, a))
    worst = r.judgements[0]
    assert (worst.first, worst.second, worst.value) == ("b", "c", 5.0)
    assert 2.0 <= worst.consistent_value < 5.0
    assert worst.suggestion in SAATY_SCALE and 2.0 <= worst.suggestion < 5.0
    assert worst.consistent_value == pytest.approx(r.weights[1] / r.weights[2])
    assert worst.ratio == pytest.approx(5.0 * r.weights[2] / r.weights[1])
    assert worst.deviation == pytest.approx(abs(math.log(worst.ratio)))
    assert r.cr > 0.01
    assert worst.cr_if_changed < r.cr / 5
    assert all(worst.cr_if_changed < j.cr_if_changed for j in r.judgements[1:])
    assert len(r.most_inconsistent(3)) == 3
    # Setting it back to the value the other judgements imply (2) restores CR 0.
    a[1, 2], a[2, 1] = 2.0, 1 / 2
    assert ahp_weights(ids, judgements_of(ids, a)).cr == pytest.approx(0.0, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(
    w=st.lists(st.floats(1.0, 3.0), min_size=5, max_size=5),
    pair=st.sampled_from(list(itertools.combinations(range(5), 2))),
    log_factor=st.floats(math.log(3), math.log(9)),
    up=st.booleans(),
    priority=st.sampled_from(["eigenvector", "geometric_mean"]),
)
def test_pinpointing_finds_any_single_corruption(w, pair, log_factor, up, priority) -> None:
    ids = list("abcde")
    ww = np.array(w)
    i, j = pair
    a = ww[:, None] / ww[None, :]
    target = a[i, j] * math.exp(log_factor if up else -log_factor)
    target = min(max(target, 1 / 9), 9.0)  # stay on the judgement scale
    if abs(math.log(target / a[i, j])) < math.log(3) - 1e-9:
        target = a[i, j] * math.exp(-log_factor if up else log_factor)
    a[i, j], a[j, i] = target, 1 / target
    r = ahp_weights(ids, judgements_of(ids, a), priority=priority)
    assert (r.judgements[0].first, r.judgements[0].second) == (ids[i], ids[j])


@settings(max_examples=80, deadline=None)
@given(
    w=st.lists(st.floats(1.0, 9.0), min_size=3, max_size=10),
    priority=st.sampled_from(["eigenvector", "geometric_mean"]),
)
def test_consistent_matrix_from_random_weights_recovers_them(w, priority) -> None:
    # Weights between 1 and 9 keep every ratio w_i / w_j on the 1/9-9 judgement scale.
    ww = np.array(w) / sum(w)
    ids = [f"c{k}" for k in range(len(w))]
    r = ahp_weights(ids, judgements_of(ids, ww[:, None] / ww[None, :]), priority=priority)
    assert r.weights == pytest.approx(ww, rel=1e-9, abs=1e-12)
    assert r.lambda_max == pytest.approx(len(w), rel=1e-9)
    assert r.cr == pytest.approx(0.0, abs=1e-9)
    assert r.acceptable and r.diagnostics == ()


# ----------------------------------------------------------------- scale helpers
def test_snap_to_saaty_uses_log_distance() -> None:
    # The boundary between 1 and 2 is their geometric mean sqrt(2) = 1.414...
    assert snap_to_saaty(1.40) == 1.0 and snap_to_saaty(1.45) == 2.0
    assert snap_to_saaty(2.3) == 2.0 and snap_to_saaty(0.45) == 0.5
    assert snap_to_saaty(40.0) == 9.0 and snap_to_saaty(0.01) == pytest.approx(1 / 9)


@given(st.floats(1 / 20, 20))
def test_snap_is_symmetric_and_on_the_scale(x: float) -> None:
    s = snap_to_saaty(x)
    assert s in SAATY_SCALE
    assert snap_to_saaty(1 / x) == pytest.approx(1 / s)
    assert all(abs(math.log(s / x)) <= abs(math.log(v / x)) + 1e-12 for v in SAATY_SCALE)


def test_saaty_scale_and_labels() -> None:
    assert len(SAATY_SCALE) == 17 and SAATY_SCALE[0] == pytest.approx(1 / 9) and SAATY_SCALE[-1] == 9
    assert sorted(SAATY_LABELS) == list(range(1, 10))
    for value, word in ((1, "Equal"), (3, "Moderate"), (5, "Strong"), (7, "Very strong"), (9, "Extreme")):
        assert SAATY_LABELS[value].startswith(word)
    assert [format_saaty(v) for v in (3.0, 1 / 3, 1.0, 2.5)] == ["3", "1/3", "1", "2.5"]
    assert CR_THRESHOLD == 0.10


# ----------------------------------------------------------------- other libraries
def test_matches_pymcdm_eigenvector_weights_and_cr() -> None:
    # pymcdm 1.4 AHP: principal eigenvector weights; CR with the Tummala & Ling (1998) RI.
    from pymcdm.weights.subjective import AHP

    for ids, matrix in ((DRINKS, DRINKS_MATRIX), (HOUSE, HOUSE_MATRIX)):
        theirs = AHP(matrix=matrix)
        table = RandomIndexTable("tl1998", "Tummala & Ling 1998", "", tuple(AHP.RI_M))
        ours = ahp_weights(ids, judgements_of(ids, matrix), ri_table=table)
        assert ours.weights == pytest.approx(theirs(), abs=1e-10)
        assert ours.cr == pytest.approx(theirs.get_cr(), abs=1e-10)


def _pydecision_module(name: str) -> ModuleType:
    """Load one pyDecision algorithm file without its package ``__init__`` (which imports all 5 s of it)."""
    spec = importlib.util.find_spec("pyDecision")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("pyDecision is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "algorithm" / f"{name}.py"
    mod_spec = importlib.util.spec_from_file_location(f"_pydecision_{name}", path)
    assert mod_spec is not None and mod_spec.loader is not None
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


def test_matches_pydecision() -> None:
    # pyDecision 5.1 ahp_method: 'me' = principal eigenvector, with Saaty's 1980 RI table.
    # 'g' = row geometric means, but its lambda_max is mean((A w)_i / w_i) with those
    # weights, not the principal eigenvalue, so its CR differs from ours (documented).
    ahp_method = _pydecision_module("ahp").ahp_method
    for ids, matrix in ((DRINKS, DRINKS_MATRIX), (HOUSE, HOUSE_MATRIX)):
        w_me, cr_me = ahp_method(matrix, wd="me")
        ours = ahp_weights(ids, judgements_of(ids, matrix))
        assert ours.weights == pytest.approx(w_me, abs=1e-10)
        assert ours.cr == pytest.approx(cr_me, abs=1e-10)
        w_g, cr_g = ahp_method(matrix, wd="g")
        gm = ahp_weights(ids, judgements_of(ids, matrix), priority="geometric_mean")
        assert gm.weights == pytest.approx(w_g, abs=1e-10)
        assert gm.cr == ours.cr  # ours always uses the principal eigenvalue
        lam_from_gm = float(np.mean(matrix @ gm.weights / gm.weights))
        assert cr_g == pytest.approx((lam_from_gm - len(ids)) / (len(ids) - 1) / SAATY_1980.ri(len(ids)))


def test_kernel_consistency_ratio_agrees_with_wrapper() -> None:
    r = ahp_weights(HOUSE, judgements_of(HOUSE, HOUSE_MATRIX))
    assert consistency_ratio(HOUSE_MATRIX) == pytest.approx(r.cr)
    assert principal_eigenvalue(HOUSE_MATRIX) == pytest.approx(r.lambda_max)
    with pytest.raises(ValueError):
        r.weights[0] = 1.0  # results are read-only
