"""The disagreement trials: cheap, and the same answers as evaluating each changed decision (QA 27).

Each ranking-moving test puts one voice's score or weight into the group view and asks for
the top option. It used to rebuild and validate the whole decision (every analyst's scores
included) and evaluate it in full, thousands of times on a large project. The trials now
change one cell or the weights and re-run the aggregation (services/disagreement.py
``_Trials``); here every report is compared with the one the old way gives.
"""

from __future__ import annotations

import random

import pytest
from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings
from counterweight.domain.methods import AggregationMethod, MethodSettings, Normalization, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.services import disagreement as service
from counterweight.services.brief_disputes import disputed_facts
from counterweight.services.edits import rebuild

from tests.factories import RISK_LEVELS, small_decision, two_analysts


class _FullTrials:
    """The old trials: each changed decision rebuilt, validated and evaluated in full."""

    def __init__(self, group: Decision) -> None:
        self.base = group

    def top_with_score(self, score: Score) -> str | None:
        scores = [x for x in self.base.scores if x.key != score.key] + [score]
        return evaluate(rebuild(self.base, "test", scores=scores)).top()

    def top_with_criteria(self, criteria: list[Criterion]) -> str | None:
        return evaluate(rebuild(self.base, "test", criteria=criteria)).top()


def _full_report(decision: Decision, monkeypatch: pytest.MonkeyPatch) -> service.DisagreementReport:
    with monkeypatch.context() as m:
        m.setattr(service, "_Trials", _FullTrials)
        return service.disagreement(decision)


def _generated(seed: int, method: AggregationMethod, normalization: Normalization, analysts: int = 4) -> Decision:
    """Options x a two-level tree of numeric and level criteria, ranges, gaps, red lines and analysts."""
    rnd = random.Random(seed)
    crit = [Criterion(id="g1", name="Group one", weight=2), Criterion(id="g2", name="Group two", weight=1)]
    for k in range(6):
        parent = "g1" if k < 3 else "g2"
        if k % 3 == 2:
            crit.append(Criterion(id=f"c{k}", name=f"Level {k}", parent_id=parent, scale=RISK_LEVELS,
                                  weight=rnd.randint(1, 5)))
        else:
            crit.append(Criterion(id=f"c{k}", name=f"Number {k}", parent_id=parent, unit="u",
                                  direction="higher_better" if k % 2 else "lower_better",
                                  scale=NumericScale(lower=0, upper=10), weight=rnd.randint(1, 5)))
    options = [Option(id=f"o{i}", name=f"Option {i}") for i in range(7)]
    levels = [lv.label for lv in RISK_LEVELS.levels]

    def score(o: str, c: Criterion, ranged: bool) -> Score:
        if c.scale is RISK_LEVELS:
            return Score(option_id=o, criterion_id=c.id, level=rnd.choice(levels))
        v = round(rnd.uniform(1, 9), 1)
        if ranged:
            return Score(option_id=o, criterion_id=c.id, value=v, low=v - 1, high=v + 1)
        return Score(option_id=o, criterion_id=c.id, value=v)

    leaves = [c for c in crit if c.scale is not None]
    scores = [score(o.id, c, rnd.random() < 0.2) for o in options for c in leaves if rnd.random() > 0.1]
    red_lines = [RedLine(id="r1", criterion_id="c0", limit=8.5, action=RedLineAction.EXCLUDE),
                 RedLine(id="r2", criterion_id="c2", level="Severe", action=RedLineAction.EXCLUDE),
                 RedLine(id="r3", criterion_id="c1", limit=2, action=RedLineAction.FLAG)]
    people = [Analyst(id=f"a{n}", name=f"Analyst {n}") for n in range(analysts)]
    inputs = []
    for person in people:
        own = [score(o.id, c, rnd.random() < 0.3) for o in options for c in leaves if rnd.random() < 0.4]
        weights = {c.id: float(rnd.randint(1, 6)) for c in crit if rnd.random() < 0.5}
        inputs.append(AnalystInput(analyst_id=person.id, scores=own, weights=weights))
    return Decision(id="gen", title="Generated", options=options, criteria=crit, scores=scores,
                    red_lines=red_lines, analysts=people, analyst_inputs=inputs,
                    group=GroupSettings(shared_voice=bool(seed % 2)),
                    method=MethodSettings(aggregation=method, normalization=normalization))


def test_the_factories_two_analysts_give_the_same_report(monkeypatch) -> None:
    d = two_analysts()
    fast = service.disagreement(d)
    assert fast == _full_report(d, monkeypatch)
    assert fast.movers  # the factory is built so that one analyst's inputs move the top
    assert disputed_facts(d, fast) == disputed_facts(d, _full_report(d, monkeypatch))


def test_a_hand_checked_weight_mover_is_still_found(monkeypatch) -> None:
    # As tests/services/test_group.py: Hawk 1 : 9 puts Bravo first; Dove's shared 1 : 1 brings Alpha back.
    hawk, dove = Analyst(id="hawk", name="Hawk"), Analyst(id="dove", name="Dove")
    d = small_decision().model_copy(update={"analysts": [hawk, dove], "analyst_inputs": [
        AnalystInput(analyst_id="hawk", weights={"benefits": 9})]})
    d = Decision.model_validate({k: getattr(d, k) for k in Decision.model_fields})
    report = service.disagreement(d)
    assert ("weight", "risks", "dove", "a") in {(m.kind, m.criterion_id, m.analyst_id, m.new_top)
                                                for m in report.movers}
    assert report == _full_report(d, monkeypatch)


@pytest.mark.parametrize(("seed", "method", "normalization"), [
    (1, AggregationMethod.WSM, Normalization.VALUE_FUNCTION),
    (2, AggregationMethod.WSM, Normalization.MIN_MAX),
    (3, AggregationMethod.WPM, Normalization.MAX),
    (9, AggregationMethod.TOPSIS, Normalization.VALUE_FUNCTION),
    (5, AggregationMethod.PROMETHEE, Normalization.VALUE_FUNCTION),
    (6, AggregationMethod.VIKOR, Normalization.VALUE_FUNCTION),
    (11, AggregationMethod.WSM, Normalization.SUM),
    (8, AggregationMethod.WSM, Normalization.VALUE_FUNCTION),
])
def test_generated_decisions_with_several_analysts_give_the_same_report(seed, method, normalization,
                                                                        monkeypatch) -> None:
    d = _generated(seed, method, normalization)
    fast = service.disagreement(d)
    full = _full_report(d, monkeypatch)
    assert fast.movers  # seeds chosen so that some scores and weights move the top
    assert fast == full
    assert disputed_facts(d, fast) == disputed_facts(d, full)  # the brief's "Where the analysts disagree"


def test_the_trials_do_not_validate_or_evaluate_the_whole_decision_each_time(monkeypatch) -> None:
    """QA 27: 3,805 full rebuilds and evaluations froze the window for a minute on a 40 x 25 project."""
    d = _generated(8, AggregationMethod.WSM, Normalization.VALUE_FUNCTION, analysts=6)
    calls = {"rebuild": 0, "evaluate": 0}

    def counted(name, real):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(service, "rebuild", counted("rebuild", service.rebuild))
    monkeypatch.setattr(service, "evaluate", counted("evaluate", service.evaluate))
    report = service.disagreement(d)
    trials = sum(1 for s in report.cells if s.range > 0 for _ in s.values) + len(report.weights)
    assert trials > 40  # many trials ran...
    # ...but only the group view, the trials' base, each voice and the few scores the shortcut does
    # not model (here: a range on a criterion with red lines) are built and evaluated in full
    assert calls["evaluate"] < trials / 4
    assert calls["rebuild"] < trials / 4
