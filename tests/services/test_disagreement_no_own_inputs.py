"""Analysts who have given nothing of their own are not analysts who agree (h28g).

QA: two analysts named, neither with a score, weight or judgement of their own: the
Disagreement tab showed every cell "0 %" in green and "No single analyst's inputs change
the top option", as if they had checked every value and agreed.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.services.disagreement import disagreement

from tests.factories import small_decision, two_analysts


def _named(*inputs: dict) -> Decision:
    data = small_decision().model_dump()
    data["analysts"] = [{"id": "ann", "name": "Ann"}, {"id": "ben", "name": "Ben"}]
    data["analyst_inputs"] = list(inputs)
    return Decision.model_validate(data)


def test_analysts_without_inputs_of_their_own_leave_nothing_to_compare() -> None:
    for decision in (_named(), _named({"analyst_id": "ben"})):  # no input, or an empty one
        report = disagreement(decision)
        assert [(t.name, t.own) for t in report.tops] == [("Ann", False), ("Ben", False)]
        assert report.nothing_to_compare


def test_one_analyst_with_inputs_is_something_to_compare() -> None:
    report = disagreement(two_analysts())  # Ann keeps the shared inputs; Ben has his own
    assert {t.name: t.own for t in report.tops} == {"Ann": False, "Ben": True}
    assert not report.nothing_to_compare


def test_the_shared_voice_has_inputs_of_its_own() -> None:
    data = _named().model_dump()
    data["group"] = {"shared_voice": True}
    report = disagreement(Decision.model_validate(data))
    assert [(t.analyst_id, t.own) for t in report.tops] == [(None, True), ("ann", False), ("ben", False)]
    assert report.nothing_to_compare
