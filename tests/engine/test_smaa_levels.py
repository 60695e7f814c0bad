"""Level-rated scores in SMAA-2 (QA 21 item 1): one level either way, checked against exact enumeration.

The convention (domain/methods.py ``LevelUncertainty``, docs/methods.md): a level-rated
score that varies takes the level next below, its rated level or the level next above,
1/3 each, levels ordered by value; a step past either end stays on the end level. With
exact weights and only level cells varying, every combination of steps is equally likely
(3**K of them), so the rank acceptabilities are exact fractions that a plain loop over
all combinations gives; the Monte Carlo must match them within 4 standard errors.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest

from counterweight.domain import (
    Criterion,
    Decision,
    EvidenceRef,
    Level,
    LevelUncertainty,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
)
from counterweight.domain.evidence import Credibility
from counterweight.engine import evaluate
from counterweight.engine.smaa import smaa
from counterweight.engine.smaa_model import LEVEL_STEP, build_model

SAMPLES = 60_000
FIVE = QualitativeScale(levels=[Level(label=n, value=v) for n, v in
                                (("Best", 100), ("Good", 70), ("Fair", 45), ("Poor", 15), ("Worst", 0))])
TWO = QualitativeScale(levels=[Level(label="Yes", value=100), Level(label="No", value=0)])
# listed worst first and not evenly spaced: neighbours follow the values, not the list
THREE = QualitativeScale(levels=[Level(label="Low", value=10), Level(label="High", value=90),
                                 Level(label="Mid", value=40)])
WEAK = [EvidenceRef(source="memo", credibility=Credibility.LOW)]
FIRM = [EvidenceRef(source="report", credibility=Credibility.HIGH)]


def _decision(table: dict[str, list[str | None]], scales: list[QualitativeScale], points: list[float],
              level_scores: LevelUncertainty = LevelUncertainty.ALL,
              evidence: dict[tuple[str, str], list[EvidenceRef]] | None = None, sources: list[Any] = (),
              **unc: Any) -> Decision:
    crit = [Criterion(id=f"c{j + 1}", name=f"C{j + 1}", scale=sc, weight=w)
            for j, (sc, w) in enumerate(zip(scales, points))]
    opts = [Option(id=oid, name=oid.upper()) for oid in table]
    scores = [Score(option_id=oid, criterion_id=f"c{j + 1}", level=lv,
                    evidence=(evidence or {}).get((oid, f"c{j + 1}"), []))
              for oid, row in table.items() for j, lv in enumerate(row) if lv is not None]
    d = Decision(id="lv", title="Levels", options=opts, criteria=crit, scores=scores, sources=list(sources))
    data = d.model_dump()
    data["method"]["uncertainty"].update(level_scores=level_scores, **unc)
    return Decision.model_validate(data)


def _outcomes(scale: QualitativeScale, label: str) -> list[float]:
    """The three equally likely values 0-1 of a score rated ``label`` (written out independently)."""
    values = sorted(lv.value for lv in scale.levels)
    at = values.index(next(lv.value for lv in scale.levels if lv.label == label))
    return [values[max(at - 1, 0)] / 100, values[at] / 100, values[min(at + 1, len(values) - 1)] / 100]


def _enumerate(d: Decision, varied: set[tuple[str, str]]) -> np.ndarray:
    """Exact rank acceptabilities: every combination of steps of the ``varied`` cells, equally likely."""
    ev = evaluate(d)
    w = np.asarray(ev.leaf_weights)
    base = np.asarray(ev.values, dtype=float)
    where = {(o, c): (i, j) for i, o in enumerate(ev.option_ids) for j, c in enumerate(ev.leaf_ids)}
    cells = sorted(varied)
    choices = [_outcomes(d.criterion(c).scale, d.score(o, c).level) for o, c in cells]  # type: ignore[arg-type]
    n = len(ev.option_ids)
    acc = np.zeros((n, n))
    combos = list(itertools.product(*choices))
    for combo in combos:
        v = base.copy()
        for (o, c), x in zip(cells, combo):
            v[where[(o, c)]] = x
        t = v @ w
        for i in range(n):  # competition rank: ties share the better rank
            acc[i, int(np.sum(t > t[i] + 1e-9))] += 1
    return acc / len(combos)


def _close(mc: np.ndarray, exact: np.ndarray, n: int = SAMPLES) -> None:
    se = np.sqrt(np.maximum(exact * (1 - exact), 1e-12) / n)
    bad = np.abs(mc - exact) > 4 * se + 1e-12
    assert not bad.any(), f"Monte Carlo\n{mc}\nexact\n{exact}"


def test_every_level_one_step_either_way_matches_exact_enumeration() -> None:
    # 3 options x 3 criteria = 9 varying cells, 3**9 = 19,683 equally likely combinations;
    # ratings at both ends of the five-level scale, on a two-level scale and on an unordered list.
    table = {"a": ["Best", "No", "Mid"], "b": ["Fair", "Yes", "Low"], "c": ["Worst", "Yes", "High"]}
    d = _decision(table, [FIVE, TWO, THREE], [5, 3, 4])
    exact = _enumerate(d, {(o, f"c{j + 1}") for o in table for j in range(3)})
    r = smaa(d, SAMPLES, 11)
    _close(r.acceptability, exact)
    assert r.uncertain_scores == 9 and r.score_counts.levels_varied == 9 and r.score_counts.levels_held == 0
    assert 0.05 < exact[0, 0] < 0.95  # not a foregone result: the check has something to find


def test_weak_evidence_varies_only_weakly_supported_scores_and_matches_enumeration() -> None:
    table = {"a": ["Good", "Yes"], "b": ["Fair", "No"], "c": ["Poor", "Yes"]}
    evidence = {("a", "c1"): FIRM, ("b", "c1"): WEAK, ("a", "c2"): FIRM}  # the rest have none: weak too
    d = _decision(table, [FIVE, TWO], [3, 1], LevelUncertainty.WEAK_EVIDENCE, evidence=evidence)
    varied = {("b", "c1"), ("c", "c1"), ("b", "c2"), ("c", "c2")}
    model = build_model(d, evaluate(d))
    assert model.cells is not None
    got = {(model.option_ids[int(model.rows[r])], model.leaf_ids[c]) for r, c in
           zip(model.cells.rows, model.cells.cols)}
    assert got == varied
    r = smaa(d, SAMPLES, 5)
    _close(r.acceptability, _enumerate(d, varied))
    assert (r.score_counts.levels_varied, r.score_counts.levels_held) == (4, 2)


def test_medium_evidence_from_a_doubtful_source_counts_as_weak() -> None:
    # evidence_strength lowers a D/E-graded source's medium item to low: the score varies
    from counterweight.domain.evidence import Reliability, Source
    src = Source(id="s1", title="Rumour mill", reliability=Reliability.E)
    ref = EvidenceRef(source="Rumour mill", source_id="s1", credibility=Credibility.MEDIUM)
    d = _decision({"a": ["Good"], "b": ["Fair"]}, [FIVE], [1], LevelUncertainty.WEAK_EVIDENCE,
                  evidence={("a", "c1"): [ref], ("b", "c1"): FIRM}, sources=[src])
    assert smaa(d, 1_000, 1).score_counts.levels_varied == 1


@pytest.mark.parametrize(("scale", "rated", "up", "down"), [
    (TWO, "No", 1 / 3, 0.0),  # bottom of a two-level scale: No 2/3, Yes 1/3
    (TWO, "Yes", 0.0, 1 / 3),  # top of a two-level scale: Yes 2/3, No 1/3
    (FIVE, "Best", 0.0, 1 / 3),  # top end of a longer scale
    (FIVE, "Worst", 1 / 3, 0.0),  # bottom end
    (FIVE, "Fair", 1 / 3, 1 / 3),  # in the middle: both neighbours
])
def test_end_of_scale_steps_stay_on_the_end_level(scale: QualitativeScale, rated: str, up: float,
                                                  down: float) -> None:
    d = _decision({"a": [rated]}, [scale], [1])
    model = build_model(d, evaluate(d))
    assert model.cells is not None and model.cells.dist.tolist() == [LEVEL_STEP]
    x = model.cells.draw_raw(np.random.default_rng(3), 90_000)[:, 0]
    v = model.values[0, 0]
    for share, want in ((np.mean(x > v), up), (np.mean(x < v), down), (np.mean(x == v), 1 - up - down)):
        assert abs(share - want) <= 4 * np.sqrt(max(want * (1 - want), 1e-12) / 90_000) + 1e-12


def test_a_criterion_of_zero_weight_changes_nothing() -> None:
    table = {"a": ["Good", "Best"], "b": ["Fair", "Worst"]}
    held = smaa(_decision(table, [FIVE, FIVE], [1, 0], LevelUncertainty.AS_RATED), 2_000, 9)
    varied = smaa(_decision(table, [FIVE, FIVE], [1, 0]), 2_000, 9)
    np.testing.assert_array_equal(held.acceptability, [[1, 0], [0, 1]])
    # c1 may move a (Good -> Fair) into a tie with b (Fair), never below it; c2 carries no weight
    exact = _enumerate(_decision(table, [FIVE, FIVE], [1, 0]), {("a", "c1"), ("b", "c1")})
    _close(varied.acceptability, exact, 2_000)


def test_a_missing_score_stays_missing() -> None:
    unknown = Score(option_id="b", criterion_id="c1", level="Nowhere")  # a level the scale does not have
    d = _decision({"a": ["Fair", "Good"], "b": [None, "Good"]}, [FIVE, FIVE], [1, 1])
    for dd in (d, d.model_copy(update={"scores": [*d.scores, unknown]})):
        model = build_model(dd, evaluate(dd))
        assert model.cells is not None
        cells = {(int(r), int(c)) for r, c in zip(model.cells.rows, model.cells.cols)}
        assert cells == {(0, 0), (0, 1), (1, 1)}  # b on c1 is not drawn: it stays at value 0
        assert model.counts.levels_varied == 3 and model.counts.levels_held == 0


def test_as_rated_is_the_default_and_draws_exactly_as_before() -> None:
    d = _decision({"a": ["Good"], "b": ["Fair"]}, [FIVE], [1], LevelUncertainty.AS_RATED)
    assert Decision(id="x", title="X").method.uncertainty.level_scores is LevelUncertainty.AS_RATED
    r = smaa(d, 1_000, 1)
    assert r.uncertain_scores == 0 and r.score_counts.levels_held == 2
    assert r.as_dict()["level_scores"] == "as_rated"


def test_numeric_draws_are_unchanged_by_the_setting_when_no_level_varies() -> None:
    # a decision with numeric ranges and no level-rated score gives the very same numbers either way
    crit = [Criterion(id="n", name="N", scale=NumericScale(lower=0, upper=10), weight=1)]
    scores = [Score(option_id="a", criterion_id="n", value=5, low=2, high=9),
              Score(option_id="b", criterion_id="n", value=6, low=4, high=7)]
    base = Decision(id="n", title="N", options=[Option(id="a", name="A"), Option(id="b", name="B")],
                    criteria=crit, scores=scores)
    unc = base.method.uncertainty.model_copy(update={"level_scores": LevelUncertainty.ALL})
    other = base.model_copy(update={"method": base.method.model_copy(update={"uncertainty": unc})})
    np.testing.assert_array_equal(smaa(base, 20_000, 4).rank_counts, smaa(other, 20_000, 4).rank_counts)


def test_level_draws_are_reproducible_and_independent_of_the_chunk_size() -> None:
    table = {"a": ["Best", "No"], "b": ["Fair", "Yes"], "c": ["Good", "No"]}
    d = _decision(table, [FIVE, TWO], [2, 1], weights="none")
    one = smaa(d, 25_000, 8)
    two = smaa(d, 25_000, 8, chunk_size=20_000)
    np.testing.assert_array_equal(one.rank_counts, two.rank_counts)
    np.testing.assert_array_equal(one.central_weights, two.central_weights)
    assert one.confidence is not None and two.confidence is not None
    np.testing.assert_array_equal(one.confidence, two.confidence)
