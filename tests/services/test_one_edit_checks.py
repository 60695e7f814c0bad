"""One edit checks only what it changed (session 26: one edit on a 1,000 x 60 project).

A score edit validates the new score, not the other scores again; a weight edit
validates no score. An invalid score put in through that path is still refused with
the words a full validation uses, naming the score's place.
"""

from __future__ import annotations

from typing import Any

import pytest

from counterweight.domain import Decision, InvalidInputError, Score
from counterweight.domain.errors import from_validation_error
from counterweight.services.edits import SetScore, SetWeight, _replace_score, rebuild
from tests.factories import small_decision

D = small_decision()


def _unchecked(**fields: Any) -> Score:
    """A score built without validation (its own check would refuse ``fields``)."""
    data = {"value": None, "level": None, "low": None, "high": None, "distribution": None, "rationale": "",
            "evidence": [], **fields}
    return Score.model_construct(**data)


def _full_refusal(decision: Decision, **fields: Any) -> str:
    """What a full validation of the edited data (no starting decision) says."""
    data = {name: getattr(decision, name) for name in Decision.model_fields} | fields
    with pytest.raises(ValueError) as caught:  # pydantic's ValidationError is a ValueError
        Decision.model_validate(data)
    return str(from_validation_error(caught.value, what="Edit"))  # type: ignore[arg-type]


def test_an_invalid_new_score_is_refused_in_the_words_of_a_full_validation():
    bad = _unchecked(option_id="b", criterion_id="effect", low=5.0, high=1.0)
    scores = _replace_score(D.scores, D.score("b", "effect"), bad)
    expected = _full_refusal(D, scores=scores)
    assert "score 5" in expected and "low end of the range (5) is above the high end (1)" in expected
    with pytest.raises(InvalidInputError) as caught:
        rebuild(D, "Edit", scores=scores)
    assert str(caught.value) == expected
    with pytest.raises(InvalidInputError, match=r"^Score of Bravo × Effect: score 5: the low end .* above the high end"):
        SetScore("b", "effect", bad).apply(D)


def test_a_score_that_is_not_a_score_is_refused_as_before():
    scores = [{"option_id": "b", "criterion_id": "effect", "value": "lots"} if s.key == ("b", "effect") else s
              for s in D.scores]
    expected = _full_refusal(D, scores=scores)
    with pytest.raises(InvalidInputError) as caught:
        rebuild(D, "Edit", scores=scores)
    assert str(caught.value) == expected


def test_the_scores_left_alone_are_not_checked_again():
    """A score spoiled after its check (never done by the program) shows which scores are checked again."""
    decision = SetWeight("cost", 2).apply(D).decision
    spoiled = decision.score("a", "cost")
    object.__setattr__(spoiled, "low", 99.0)  # above its value: its own check would refuse it
    try:
        after = SetWeight("cost", 3).apply(decision).decision  # no score changed: none checked
        assert after.score("a", "cost") is spoiled
        moved = SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=7)).apply(decision)
        assert moved.decision.score("a", "cost") is spoiled and moved.decision.score("c", "effect").value == 7
    finally:
        object.__setattr__(spoiled, "low", None)


def test_the_new_decision_has_its_own_list_and_a_right_lookup():
    new = SetScore("a", "cost", Score(option_id="a", criterion_id="cost", value=4)).apply(D).decision
    assert new.scores is not D.scores and [s.key for s in new.scores] == [s.key for s in D.scores]
    assert new._score_index == {s.key: s for s in new.scores} and new._scores_checked
    weighted = SetWeight("effect", 5).apply(new).decision
    assert weighted.scores is not new.scores and all(a is b for a, b in zip(weighted.scores, new.scores))
    assert weighted._score_index == {s.key: s for s in weighted.scores}
