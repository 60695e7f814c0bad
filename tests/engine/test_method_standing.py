"""QA 21 item 3: each method's first place with its caveats, and a verdict that counts near ties as such.

The shipped example is recomputed without the engine: the global weights down the tree,
the 0-100 level values and linear numeric values by hand, the weighted product by hand
(``prod v ** w``), TOPSIS, PROMETHEE II ("usual") and VIKOR's Q with pymcdm, and VIKOR's
compromise conditions C1 and C2 as Opricovic & Tzeng (2004) state them. The near-tie
cases are small decisions worked by hand in the comments.
"""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import AggregationMethod, Decision, RedLine, RedLineAction
from counterweight.domain.methods import CriterionPreference, MethodSettings, PreferenceFunction, PrometheeSettings
from counterweight.domain.scales import QualitativeScale
from counterweight.engine.comparison import compare_methods
from counterweight.engine.method_standing import NEAR_TIE
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from tests.engine.helpers import flat_decision


def _independent(d: Decision) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Option ids, raw matrix, 0-1 values, global weights, pymcdm types (1 benefit, -1 cost), leaf names."""
    def share(c):  # noqa: ANN001, ANN202
        siblings = [x for x in d.criteria if x.parent_id == c.parent_id]
        return c.weight / sum(x.weight for x in siblings)

    leaves = [c for c in d.criteria if not c.is_group]
    w = []
    for c in leaves:
        g, p = share(c), c.parent_id
        while p is not None:
            g *= share(d.criterion(p))
            p = d.criterion(p).parent_id
        w.append(g)
    raw, val, types = [], [], []
    for o in d.options:
        r_row, v_row = [], []
        for c in leaves:
            s = d.score(o.id, c.id)
            if isinstance(c.scale, QualitativeScale):  # a level's value is already higher-is-better
                x = {lv.label: lv.value for lv in c.scale.levels}[s.level]
                r_row.append(x)
                v_row.append(x / 100)
            else:
                x = float(s.value)
                r_row.append(x)
                v = (x - c.scale.lower) / (c.scale.upper - c.scale.lower)
                v_row.append(1 - v if c.direction.value == "lower_better" else v)
        raw.append(r_row)
        val.append(v_row)
    for c in leaves:
        cost = not isinstance(c.scale, QualitativeScale) and c.direction.value == "lower_better"
        types.append(-1 if cost else 1)
    return ([o.id for o in d.options], np.array(raw), np.array(val), np.array(w), np.array(types),
            [c.name for c in leaves])


def _first_and_lead(ids: list[str], scores: np.ndarray) -> tuple[str, float]:
    order = np.argsort(-scores, kind="stable")
    return ids[order[0]], float(scores[order[0]] - scores[order[1]])


def test_example_standings_match_an_independent_computation() -> None:
    pytest.importorskip("pymcdm")
    from pymcdm import normalizations as norm
    from pymcdm.methods import PROMETHEE_II, TOPSIS, VIKOR

    d = exchange.read_file(example_decision_path())
    ids, raw, val, w, types, names = _independent(d)
    cmp = compare_methods(d)
    st = cmp.standings

    wsm_first, wsm_lead = _first_and_lead(ids, val @ w)
    assert st[AggregationMethod.WSM].first_ids == (wsm_first,)
    assert st[AggregationMethod.WSM].lead == pytest.approx(wsm_lead, abs=1e-12) and wsm_lead > NEAR_TIE

    product = np.prod(val ** w, axis=1)  # by hand: JIC 0.5089, FDP 0.5086, CEM 0 (value 0 on Deterrence)
    wpm_first, wpm_gap = _first_and_lead(ids, product)
    runner = ids[int(np.argsort(-product, kind="stable")[1])]
    wpm = st[AggregationMethod.WPM]
    assert (wpm.first_ids, wpm.near_tie_ids, wpm.kind) == ((wpm_first,), (runner,), "near_tie")
    assert wpm.lead == pytest.approx(wpm_gap, abs=1e-12) and 0 < wpm_gap < NEAR_TIE
    zero_rows = [i for i in range(len(ids)) if product[i] == 0]
    assert wpm.zero_values == tuple((ids[i], tuple(n for n, v in zip(names, val[i]) if v == 0)) for i in zero_rows)
    assert [i for i, _ in wpm.zero_values] == ["o1"]  # Continue escalation management

    closeness = TOPSIS(norm.vector_normalization)(raw, w, types)
    t_first, t_lead = _first_and_lead(ids, closeness)
    assert st[AggregationMethod.TOPSIS].first_ids == (t_first,)
    assert st[AggregationMethod.TOPSIS].lead == pytest.approx(t_lead, abs=1e-9)

    phi = PROMETHEE_II("usual")(raw, w, types)  # net flows; the displayed score is (phi + 1) / 2
    p_first, p_lead = _first_and_lead(ids, phi)
    prom = st[AggregationMethod.PROMETHEE]
    assert prom.first_ids == (p_first,) and prom.lead == pytest.approx(p_lead / 2, abs=1e-9)
    assert {u.function for u in prom.preferences} == {PreferenceFunction.USUAL} and len(prom.preferences) == 7

    q = VIKOR(v=0.5)(raw, w, types)
    best = np.where(types > 0, raw.max(axis=0), raw.min(axis=0))
    worst = np.where(types > 0, raw.min(axis=0), raw.max(axis=0))
    regret = w * (best - raw) / (best - worst)
    s, r = regret.sum(axis=1), regret.max(axis=1)
    order = np.argsort(q, kind="stable")
    dq = 1 / (len(ids) - 1)
    c1 = q[order[1]] - q[order[0]] >= dq
    c2 = s[order[0]] == s.min() or r[order[0]] == r.min()
    expected = ([ids[order[0]]] if c1 and c2 else [ids[order[0]], ids[order[1]]] if c1
                else [ids[k] for k in order if q[k] - q[order[0]] < dq])
    vik = st[AggregationMethod.VIKOR]
    assert not c1 and vik.compromise_ids == tuple(expected) == ("o5", "o4")  # FDP and JIC
    assert (vik.advantage_ok, vik.dq, vik.kind) == (c1, pytest.approx(dq), "compromise")

    # Near ties and the compromise set are named as such; PROMETHEE's clear CEM keeps this a disagreement.
    assert cmp.verdict == "disagree" and cmp.common_ids == ()
    assert "Weighted product has 'Joint information campaign' and 'Full deterrence package' in a near tie" in cmp.summary
    assert "VIKOR (compromise) proposes the compromise set 'Full deterrence package' and 'Joint information" \
        in cmp.summary
    assert "Weighted product ranks" not in cmp.summary and "VIKOR (compromise) ranks" not in cmp.summary
    text = " ".join(cmp.caveats)
    assert f"by only {100 * wpm_gap:.2f} points out of 100, a near tie (under 0.05 points)" in text
    assert "'Continue escalation management' scores 0 because its value on 'Deterrence" in text
    assert "usual preference function (type I) on all 7 criteria" in text
    assert f"leads on Q by {q[order[1]] - q[order[0]]:.3g}, less than DQ = 0.25" in text


# Two criteria of equal weight. B = (50, 50): WSM 0.5, WPM 0.5. A = (90, 27.7533):
# WSM (0.9 + 0.277533) / 2 = 0.5888 (A clearly first); WPM sqrt(0.9 * 0.277533) = 0.49978,
# 0.00022 below B (a near tie). With A = (90, 25): WPM sqrt(0.225) = 0.4743, 0.0257 below.
def test_a_near_tie_is_not_counted_as_disagreement() -> None:
    cmp = compare_methods(flat_decision([[90, 27.7533], [50, 50]], [1, 1]), methods=["wsm", "wpm"])
    wpm = cmp.standings[AggregationMethod.WPM]
    assert wpm.first_ids == ("o2",) and wpm.near_tie_ids == ("o1",)
    assert wpm.lead == pytest.approx(0.5 - np.sqrt(0.9 * 0.277533), abs=1e-12)
    assert not cmp.agree_on_top and cmp.verdict == "near" and cmp.common_ids == ("o1",)
    assert cmp.summary.startswith("Methods agree on the top option: no, but only within ties, near ties or a compromise "
                                  "set ('A1' is among the leaders under every method): ")
    clear = compare_methods(flat_decision([[90, 25], [50, 50]], [1, 1]), methods=["wsm", "wpm"])
    assert clear.verdict == "disagree" and clear.standings[AggregationMethod.WPM].near_tie_ids == ()
    assert clear.summary.startswith("Methods agree on the top option: no; ")
    assert clear.as_dict()["standings"]["wpm"]["lead_points"] == pytest.approx(100 * (0.5 - np.sqrt(0.225)))


def test_a_flagged_option_named_first_carries_its_breach() -> None:
    # A1 dominates A2 but scores 20 on C2, below the flagged red line at 30.
    base = flat_decision([[90, 20], [10, 10]], [1, 1])
    d = base.model_copy(update={"red_lines": [RedLine(id="r", criterion_id="c2", limit=30,
                                                      action=RedLineAction.FLAG)]})
    cmp = compare_methods(d)
    assert cmp.verdict == "agree"
    assert cmp.summary == "Methods agree on the top option: yes ('A1' (⚑ breaches the red line on C2))."


def test_promethee_thresholds_are_stated_as_set() -> None:
    prefs = {"c1": CriterionPreference(function=PreferenceFunction.V_SHAPE_INDIFFERENCE, q=1, p=4)}
    d = flat_decision([[90, 20, 5], [10, 10, 50], [40, 60, 30]], [1, 1, 1])
    d = d.model_copy(update={"method": MethodSettings(promethee=PrometheeSettings(preferences=prefs))})
    cmp = compare_methods(d, methods=["wsm", "promethee"])
    uses = cmp.standings[AggregationMethod.PROMETHEE].preferences
    assert [(u.criterion, u.function, u.q, u.p) for u in uses] == [
        ("C1", PreferenceFunction.V_SHAPE_INDIFFERENCE, 1.0, 4.0), ("C2", PreferenceFunction.USUAL, None, None),
        ("C3", PreferenceFunction.USUAL, None, None)]
    assert ("PROMETHEE II preference functions: Type V – V-shape with indifference (q and p) on 'C1' (q = 1, p = 4); "
            "the usual function (type I, no thresholds: any difference counts as full preference) on the other 2 "
            "criteria.") in cmp.caveats
