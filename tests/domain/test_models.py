"""Domain validation: frozen models, unknown fields rejected, errors in plain words."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from counterweight.domain import (
    Criterion,
    Decision,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
    from_validation_error,
)
from tests.factories import small_decision


def _error(fn) -> str:
    with pytest.raises(ValidationError) as info:
        fn()
    return str(from_validation_error(info.value))


def test_models_are_frozen_and_reject_unknown_fields():
    opt = Option(id="a", name="Alpha")
    with pytest.raises(ValidationError):
        opt.name = "Other"  # type: ignore[misc]
    assert "colour: is not a field Counterweight knows" in _error(lambda: Option(id="a", name="A", colour="red"))


def test_empty_name_is_named_in_words():
    assert _error(lambda: Option(id="a", name="   ")) == "name: must not be empty"


def test_scale_bounds_must_be_ordered():
    assert "lower bound (5) must be below the upper bound (1)" in _error(lambda: NumericScale(lower=5, upper=1))


def test_piecewise_breakpoints_must_cover_scale():
    msg = _error(lambda: NumericScale(lower=0, upper=10, breakpoints=[{"x": 0, "value": 0}, {"x": 5, "value": 100}]))
    assert "cover the whole scale" in msg


def test_level_names_unique_case_insensitive():
    msg = _error(lambda: QualitativeScale(levels=[Level(label="Low", value=0), Level(label="low", value=100)]))
    assert "repeated: Low, low" in msg


def test_score_range_must_bracket_value():
    assert "low end of the range (5) is above the value (3)" in _error(
        lambda: Score(option_id="a", criterion_id="c", value=3, low=5)
    )


def test_nan_rejected():
    assert "must be a finite number" in _error(lambda: Score(option_id="a", criterion_id="c", value=float("nan")))


def test_numbers_beyond_a_quadrillion_are_refused_in_words():
    """Scores and bounds near the largest float (1e308) overflowed the engine's differences and sums:
    VIKOR failed with an IndexError and WPM, TOPSIS and PROMETHEE gave numbers from infinities."""
    from counterweight.domain import NumericScale
    from counterweight.domain.base import MAX_MAGNITUDE

    assert Score(option_id="a", criterion_id="c", value=-MAX_MAGNITUDE).value == -MAX_MAGNITUDE
    for make in (lambda: Score(option_id="a", criterion_id="c", value=1.6e308),
                 lambda: Score(option_id="a", criterion_id="c", value=1, low=-2e15),
                 lambda: NumericScale(lower=0, upper=1e300)):
        message = _error(make)
        assert "must be between -1,000,000,000,000,000 and 1,000,000,000,000,000" in message, message
        assert "larger unit" in message


def test_lower_bounds_other_than_zero_are_stated():
    """"Must not be negative" was said of every lower bound, e.g. a Saaty ratio of 0.01."""
    from counterweight.domain.elicitation import PairwiseJudgement

    message = _error(lambda: PairwiseJudgement(first="a", second="b", value=0.01))
    assert "must be at least 0.11" in message and "negative" not in message


def test_out_of_scale_score_names_option_and_criterion():
    d = small_decision()
    data = d.model_dump()
    data["scores"][4]["value"] = 15
    msg = _error(lambda: Decision.model_validate(data))
    assert "score of 'Bravo' on 'Effect'" in msg and "outside the scale 0 to 10" in msg


def test_unknown_level_lists_the_levels():
    d = small_decision()
    data = d.model_dump()
    data["scores"][0]["level"] = "Tiny"
    msg = _error(lambda: Decision.model_validate(data))
    assert "'Tiny' is not one of the levels (Severe, High, Moderate, Low)" in msg


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d["options"].append(dict(d["options"][0])), "option id 'a' is used twice"),
        (lambda d: d["criteria"][1].update(parent_id="nowhere"), "which does not exist"),
        (lambda d: d["criteria"][3].update(parent_id="harm"), "only groups can hold criteria"),
        (lambda d: d["scores"].append(dict(d["scores"][0])), "scored twice"),
        (lambda d: d["scores"][0].update(criterion_id="risks"), "is a group and cannot be scored"),
    ],
)
def test_decision_consistency(mutate, expected):
    data = small_decision().model_dump()
    mutate(data)
    assert expected in _error(lambda: Decision.model_validate(data))


def test_tree_cycle_detected():
    data = small_decision().model_dump()
    data["criteria"][0]["parent_id"] = "benefits"
    data["criteria"][2]["parent_id"] = "risks"
    assert "loop" in _error(lambda: Decision.model_validate(data))


def test_tree_queries():
    d = small_decision()
    assert [c.id for c in d.leaves] == ["harm", "effect", "cost"]
    assert d.path_name("cost") == "Benefits › Cost"
    assert [c.id for c in d.children(None)] == ["risks", "benefits"]
    assert [c.id for c in d.descendants("benefits")] == ["effect", "cost"]
    assert d.score("a", "effect").value == 2
    assert d.score("a", "risks") is None


def test_error_location_in_words():
    data = small_decision().model_dump()
    data["options"][2]["name"] = ""
    assert _error(lambda: Decision.model_validate(data)).startswith("option 3 › name: must not be empty")


def test_group_with_no_scale_is_group():
    assert Criterion(id="g", name="G").is_group
    assert not Criterion(id="c", name="C", scale=NumericScale()).is_group


def test_a_copy_with_new_scores_looks_up_its_own_scores() -> None:
    """The score index is built during validation (issue 6); a copy must not keep the original's."""
    d = small_decision()
    old = d.score("b", "cost")
    assert old is not None and old.value == 10
    new = old.model_copy(update={"value": 12.0})
    copy = d.model_copy(update={"scores": [new if s.key == old.key else s for s in d.scores]})
    assert copy.score("b", "cost") == new
    assert d.score("b", "cost") == old
    assert copy.leaves == d.leaves and copy.model_copy().score("b", "cost") == new
