"""Edits skip the checks of scores they did not touch (issue 6); that must change no outcome.

For random runs of score and weight edits, each edit's outcome (the new decision, or
the refusal) is compared with a full validation of the same data that is given no
starting decision, so it checks every score.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterweight.domain import Decision, InvalidInputError, Score
from counterweight.services.edits import SetScore, SetWeight, _replace_score
from tests.factories import small_decision

D = small_decision()
OPTIONS = [o.id for o in D.options]
LEVELS = ["Severe", "High", "Moderate", "Low", "Unheard of"]  # the last is not a level

numeric_cell = st.tuples(st.sampled_from(OPTIONS), st.sampled_from(["effect", "cost"]),
                         st.one_of(st.none(), st.floats(-5, 30, allow_nan=False)))
level_cell = st.tuples(st.sampled_from(OPTIONS), st.just("harm"), st.one_of(st.none(), st.sampled_from(LEVELS)))
weight_step = st.tuples(st.just("weight"), st.sampled_from(["effect", "cost", "harm", "risks"]),
                        st.floats(0, 50, allow_nan=False))
steps = st.lists(st.one_of(numeric_cell, level_cell, weight_step), min_size=1, max_size=12)


def _score(option_id: str, criterion_id: str, given: Any) -> Score | None:
    if given is None:
        return None
    if criterion_id == "harm":
        return Score(option_id=option_id, criterion_id=criterion_id, level=given)
    return Score(option_id=option_id, criterion_id=criterion_id, value=given)


def _full(decision: Decision, **fields: Any) -> Decision | None:
    """Validation of the edited data with no starting decision (every score checked); None if refused."""
    data = {name: getattr(decision, name) for name in Decision.model_fields}
    data.update(fields)
    try:
        return Decision.model_validate(data)
    except ValueError:  # pydantic's ValidationError is a ValueError
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_edits_agree_with_full_validation(run: list[tuple[Any, ...]]) -> None:
    decision = D
    for step in run:
        if step[0] == "weight":
            _, cid, points = step
            edit: SetScore | SetWeight = SetWeight(cid, points)
            criteria = [c.model_copy(update={"weight": points}) if c.id == cid else c for c in decision.criteria]
            expected = _full(decision, criteria=criteria)
        else:
            oid, cid, given_value = step
            new = _score(oid, cid, given_value)
            edit = SetScore(oid, cid, new)
            expected = _full(decision, scores=_replace_score(decision.scores, decision.score(oid, cid), new))
        try:
            got = edit.apply(decision).decision
        except InvalidInputError:
            assert expected is None, f"{edit} was refused, but full validation accepts it"
            continue
        assert expected is not None, f"{edit} was accepted, but full validation refuses it"
        assert got == expected
        assert [s.key for s in got.scores] == [s.key for s in expected.scores]  # the same canonical order
        assert got._score_index == {s.key: s for s in got.scores}
        decision = got


@pytest.mark.parametrize("value", [10.0, 10.5])
def test_the_scale_bound_is_inclusive_on_both_paths(value: float) -> None:
    edit = SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=value))
    full = _full(D, scores=_replace_score(D.scores, D.score("a", "effect"), edit.score))
    if full is None:
        with pytest.raises(InvalidInputError):
            edit.apply(D)
    else:
        assert edit.apply(D).decision == full
