"""Decisions where the derivation of each method's figures matters (QA pass 23, items 4 to 7).

Each comes from a published example or is worked by hand in its comment, so the tests
check the brief and the workbook against numbers found outside Counterweight.
"""

from __future__ import annotations

import numpy as np

from counterweight.domain import (
    AggregationMethod,
    Criterion,
    Decision,
    Direction,
    MethodSettings,
    NumericScale,
    Option,
    PrometheeSettings,
    QualitativeScale,
    RedLine,
    Score,
)
from counterweight.domain.elicitation import Elicitation, PairwiseJudgement, WeightMethod
from counterweight.domain.scales import Level
from counterweight.services.elicitation import weights_from_elicitation
from tests.engine.helpers import flat_decision
from tests.engine.test_ahp import HOUSE, HOUSE_MATRIX, judgements_of
from tests.engine.test_promethee import BVM, BVM_COST, BVM_PREFS
from tests.engine.test_topsis import FIGHTER, FIGHTER_COST, FIGHTER_WEIGHTS


def with_method(d: Decision, method: AggregationMethod, **settings: object) -> Decision:
    return d.model_copy(update={"method": MethodSettings(aggregation=method, **settings)})


def vikrl() -> Decision:
    """QA 23's ``vikrl.py``: a and b 50/50 on 0-10, W (9, 1), X (6, 5), Y (5, 6), Z (2, 9); red line a >= 3
    excludes Z; VIKOR, v = 0.5.

    By hand (Opricovic & Tzeng 2004, with Z still in S, R and Q): best/worst a 9/2, b 9/1, so
    t = 0.5 (best - x) / (best - worst): X S = 3/14 + 1/4 = 0.4643, R = 0.25; Y S = 2/7 + 3/16 =
    0.4732, R = 2/7; W and Z S = R = 0.5. Q(X) = 0, Q(Y) = 0.5 (0.0089 / 0.0357) + 0.5 (0.0357 / 0.25)
    = 0.1964, Q(W) = Q(Z) = 1. Three options are left in the ranking, so DQ = 1 / (3 - 1) = 0.5 and
    C1 fails (0.1964 < 0.5): the compromise set is X and Y (Q(W) - Q(X) = 1 >= DQ).
    """
    d = flat_decision([[9, 1], [6, 5], [5, 6], [2, 9]], [50, 50], upper=10)
    d = d.model_copy(update={
        "options": [Option(id=f"o{i + 1}", name=n) for i, n in enumerate("WXYZ")],
        "criteria": [c.model_copy(update={"name": n}) for c, n in zip(d.criteria, "ab")],
        "red_lines": [RedLine(id="r1", criterion_id="c1", limit=3, action="exclude")],
    })
    return with_method(d, AggregationMethod.VIKOR)


def ot2004() -> Decision:
    """Opricovic & Tzeng (2004), section 4: f1 minimised (1, 2, 5), f2 maximised (3000, 3750, 4500), equal
    weights, v = 0.5: S (0.5, 0.375, 0.5), R (0.5, 0.25, 0.5), Q (1, 0, 1); A2 is the compromise solution,
    C1 and C2 both met (DQ = 0.5)."""
    d = flat_decision([[1, 3000], [2, 3750], [5, 4500]], [1, 1], upper=5000,
                      directions=[Direction.LOWER_BETTER, Direction.HIGHER_BETTER])
    return with_method(d, AggregationMethod.VIKOR)


def only_stability_fails() -> Decision:
    """tests/engine/test_vikor.py's hand-worked case: Q order A4, A5, A3, A1, A2; C1 holds (0.4375 - 0.0681 >=
    DQ = 0.25) but A4 is best by neither S (A3) nor R (A5), so VIKOR proposes A4 and A5 together."""
    x = [[1, 101, 1, 101, 1], [101, 1, 101, 1, 101], [1, 1, 1, 1, 101], [11, 11, 11, 16, 61], [56, 56, 56, 56, 56]]
    d = flat_decision(x, [1] * 5, upper=101, directions=[Direction.LOWER_BETTER] * 5)
    return with_method(d, AggregationMethod.VIKOR)


def bvm1986() -> Decision:
    """Brans, Vincke & Mareschal (1986): six sites, six criteria of equal weight, one preference function each
    (tests/engine/test_promethee.py gives the data, the functions and the published flows)."""
    d = flat_decision(BVM.tolist(), [1] * 6, upper=1000,
                      directions=[Direction.LOWER_BETTER if c else Direction.HIGHER_BETTER for c in BVM_COST])
    d = d.model_copy(update={"options": [Option(id=f"o{i + 1}", name=f"a{i + 1}") for i in range(6)]})
    prefs = PrometheeSettings(preferences={f"c{j + 1}": p for j, p in enumerate(BVM_PREFS)})
    return with_method(d, AggregationMethod.PROMETHEE, promethee=prefs)


def fighter() -> Decision:
    """Hwang & Yoon (1981), the fighter-aircraft problem (tests/engine/test_topsis.py); TOPSIS, vector."""
    d = flat_decision(np.asarray(FIGHTER, dtype=float).tolist(), [100 * w for w in FIGHTER_WEIGHTS], upper=30000,
                      directions=[Direction.LOWER_BETTER if c else Direction.HIGHER_BETTER for c in FIGHTER_COST])
    return with_method(d, AggregationMethod.TOPSIS)


def with_levels(method: AggregationMethod) -> Decision:
    """Cost (number, lower is better) and Quality (levels Poor 0, Fair 40, Good 100), two options."""
    levels = QualitativeScale(levels=[Level(label="Poor", value=0), Level(label="Fair", value=40),
                                      Level(label="Good", value=100)])
    crits = [Criterion(id="cost", name="Cost", scale=NumericScale(lower=0, upper=10),
                       direction=Direction.LOWER_BETTER, weight=1),
             Criterion(id="quality", name="Quality", scale=levels, weight=1)]
    opts = [Option(id="a", name="Alpha"), Option(id="b", name="Bravo"), Option(id="c", name="Charlie")]
    scores = [Score(option_id="a", criterion_id="cost", value=3), Score(option_id="a", criterion_id="quality", level="Fair"),
              Score(option_id="b", criterion_id="cost", value=6), Score(option_id="b", criterion_id="quality", level="Good"),
              Score(option_id="c", criterion_id="cost", value=8), Score(option_id="c", criterion_id="quality", level="Poor")]
    return with_method(Decision(id="lv", title="Levels", options=opts, criteria=crits, scores=scores), method)


def house(priority: str = "eigenvector") -> Decision:
    """Saaty's house-buying example (Saaty 1980; 1990), eight criteria judged by AHP, two options; the stored
    points are the ones the judgements give (round(100 w, 2)), as after OK in the weighting dialog."""
    crits = [Criterion(id=h, name=h, scale=NumericScale(lower=0, upper=10), weight=1) for h in HOUSE]
    opts = [Option(id="p", name="Pine Road"), Option(id="q", name="Quay Street")]
    scores = [Score(option_id=o, criterion_id=h, value=v) for o, vals in (("p", range(8)), ("q", range(8, 0, -1)))
              for h, v in zip(HOUSE, vals)]
    e = Elicitation(node_id=None, method=WeightMethod.AHP, ahp_priority=priority, elicited_by="Saaty",
                    pairwise=[PairwiseJudgement(first=a, second=b, value=v)
                              for a, b, v in judgements_of(HOUSE, HOUSE_MATRIX)])
    d = Decision(id="house", title="House", options=opts, criteria=crits, scores=scores, elicitations=[e])
    points = weights_from_elicitation(d, e)
    return d.model_copy(update={"criteria": [c.model_copy(update={"weight": points[c.id]}) for c in crits]})
