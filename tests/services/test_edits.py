"""Every edit applies purely and its inverse restores the decision exactly."""

from __future__ import annotations

import pytest

from counterweight.domain import Criterion, InvalidInputError, MethodSettings, Normalization, NumericScale, Option, Score
from counterweight.domain import Decision, Elicitation, PairwiseJudgement, RedLine, RedLineAction, WeightMethod
from counterweight.services.changes import Part
from counterweight.services.edits import (
    AddCriterion,
    MoveCriterion,
    RemoveCriterion,
    SetMethod,
    SetScore,
    SetWeight,
    SetWeights,
    UpdateCriterion,
    UpdateInfo,
)
from counterweight.services.option_edits import AddOption, MoveOption, RemoveOption, UpdateOption
from tests.factories import small_decision

D = small_decision()

EDITS = [
    SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=7, rationale="new")),
    SetScore("a", "effect", None),
    SetScore("a", "harm", Score(option_id="a", criterion_id="harm", level="Severe")),
    SetWeight("effect", 9),
    SetWeights({"effect": 1, "cost": 1}),
    AddOption(Option(id="d", name="Delta"), index=1,
              scores=(Score(option_id="d", criterion_id="effect", value=1),)),
    RemoveOption("b"),
    UpdateOption(Option(id="b", name="Bravo II", description="renamed")),
    MoveOption("c", 0),
    AddCriterion(Criterion(id="new", name="New", parent_id="risks", scale=NumericScale())),
    RemoveCriterion("benefits"),
    UpdateCriterion(Criterion(id="effect", name="Effect (renamed)", parent_id="benefits", unit="pts",
                              scale=NumericScale(lower=0, upper=10), weight=3)),
    MoveCriterion("cost", "risks", 0),
    MoveCriterion("cost", None, 1),
    SetMethod(MethodSettings(normalization=Normalization.MIN_MAX)),
    UpdateInfo("New title", "desc", ""),
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: type(e).__name__)
def test_inverse_restores_exactly(edit):
    applied = edit.apply(D)
    assert applied.decision != D
    restored = applied.inverse.apply(applied.decision)
    assert restored.decision == D
    # and redo after undo gives the same result again
    assert restored.inverse.apply(D).decision == applied.decision


def test_remove_option_drops_its_scores():
    new = RemoveOption("b").apply(D).decision
    assert not any(s.option_id == "b" for s in new.scores)
    assert len(new.scores) == len(D.scores) - 3


def test_remove_group_drops_subtree_and_scores():
    applied = RemoveCriterion("benefits").apply(D)
    assert [c.id for c in applied.decision.criteria] == ["risks", "harm"]
    assert {s.criterion_id for s in applied.decision.scores} == {"harm"}
    assert applied.changes.structural and Part.CRITERIA in applied.changes.parts


def test_move_criterion_into_own_subtree_refused():
    with pytest.raises(InvalidInputError, match="inside itself"):
        MoveCriterion("benefits", "benefits", 0).apply(D)


def test_move_criterion_order_among_siblings():
    new = MoveCriterion("cost", "benefits", 0).apply(D).decision
    assert [c.id for c in new.children("benefits")] == ["cost", "effect"]


def test_invalid_edit_raises_user_error_and_names_field():
    bad = Score(option_id="a", criterion_id="effect", value=99)
    with pytest.raises(InvalidInputError, match="outside the scale 0 to 10"):
        SetScore("a", "effect", bad).apply(D)


def test_negative_weight_rejected():
    with pytest.raises(InvalidInputError, match="Weight of 'Effect'.*must not be negative"):
        SetWeight("effect", -1).apply(D)


def test_scale_change_that_breaks_scores_is_refused():
    narrower = D.criterion("effect").model_copy(update={"scale": NumericScale(lower=0, upper=5)})
    with pytest.raises(InvalidInputError, match="outside the scale 0 to 5"):
        UpdateCriterion(narrower).apply(D)


def test_changeset_for_score_lists_the_cell():
    applied = SetScore("a", "effect", None).apply(D)
    assert applied.changes.cells == {("a", "effect")}
    assert not applied.changes.structural
    assert applied.before["value"] == 2 and applied.after is None


def _canonical(decision: Decision) -> list[tuple[str, str]]:
    """Score keys in option order, then criterion order (written out here, not imported)."""
    opt = [o.id for o in decision.options]
    crit = [c.id for c in decision.criteria]
    return sorted((s.key for s in decision.scores), key=lambda k: (opt.index(k[0]), crit.index(k[1])))


@pytest.mark.parametrize("cell", [("a", "effect"), ("c", "cost"), ("b", "harm")])
def test_set_score_keeps_canonical_order_and_every_other_score(cell):
    """Replace in place, clear, then add back at the end: always the canonical order, nothing else touched."""
    oid, cid = cell
    old = D.score(oid, cid)
    others = [s for s in D.scores if s.key != cell]
    value = Score(option_id=oid, criterion_id=cid, level="Severe") if cid == "harm" else Score(
        option_id=oid, criterion_id=cid, value=4.5, rationale="changed")
    replaced = SetScore(oid, cid, value).apply(D).decision
    cleared = SetScore(oid, cid, None).apply(replaced).decision
    added = SetScore(oid, cid, value).apply(cleared).decision
    for decision in (replaced, cleared, added):
        assert [s.key for s in decision.scores] == _canonical(decision)
        assert [s for s in decision.scores if s.key != cell] == others
    assert old is not None and cleared.score(oid, cid) is None
    assert replaced.score(oid, cid) == value == added.score(oid, cid)
    assert replaced == added  # where the cell was put back makes no difference


def test_replace_score_finds_the_cell_even_if_given_an_equal_copy():
    from counterweight.services.edits import _replace_score

    old = D.score("a", "effect")
    copy = old.model_copy()  # equal, but not the list's own object
    new = Score(option_id="a", criterion_id="effect", value=1)
    out = _replace_score(D.scores, copy, new)
    assert [s.key for s in out].count(("a", "effect")) == 1 and new in out
    assert len(out) == len(D.scores)
    assert _replace_score(D.scores, old, None) == [s for s in D.scores if s is not old]


def test_scores_given_as_dicts_in_any_order_are_put_in_canonical_order():
    shuffled = list(reversed([s.model_dump() for s in D.scores]))
    data = D.model_dump()
    data["scores"] = shuffled
    again = Decision.model_validate(data)
    assert [s.key for s in again.scores] == _canonical(D) == [s.key for s in D.scores]
    assert again == D


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: type(e).__name__)
def test_edits_give_what_full_validation_gives(edit):
    """Checks skipped because the scores are unchanged (issue 6) change nothing: a fresh,
    context-free validation of the result's data accepts it and gives an equal decision."""
    new = edit.apply(D).decision
    assert Decision.model_validate(new.model_dump()) == new
    undone = edit.apply(D).inverse.apply(new).decision
    assert Decision.model_validate(undone.model_dump()) == undone == D


def test_a_weight_edit_does_not_recheck_unchanged_scores():
    new = SetWeight("effect", 9).apply(D).decision
    assert new.scores == D.scores and all(a is b for a, b in zip(new.scores, D.scores))
    assert new.__dict__["_score_index"] is D._score_index  # reused: the per-score checks were skipped
    moved = MoveOption("c", 0).apply(D).decision  # same scores, new option order: sorted again
    assert [s.option_id for s in moved.scores][0] == "c"


def test_a_score_edit_checks_the_new_score_and_leaves_the_old_index_alone():
    old_index = dict(D._score_index)
    new = SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=3.5)).apply(D).decision
    assert new.score("b", "effect").value == 3.5 and D.score("b", "effect") == old_index[("b", "effect")]
    assert D._score_index == old_index  # the starting decision's lookup was copied, not changed
    assert new._score_index == {s.key: s for s in new.scores}
    with pytest.raises(InvalidInputError, match="outside the scale"):
        SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=999)).apply(D)
    with pytest.raises(InvalidInputError, match="one of its levels|not a level|level"):
        SetScore("a", "harm", Score(option_id="a", criterion_id="harm", level="No such level")).apply(D)
    from counterweight.domain import EvidenceRef
    cited = Score(option_id="b", criterion_id="effect", value=3, evidence=[EvidenceRef(source="A report", source_id="nowhere")])
    with pytest.raises(InvalidInputError, match="not in the source library"):
        SetScore("b", "effect", cited).apply(D)


def test_an_out_of_scale_score_is_refused_in_the_cells_own_words():
    name = D.option("b").name
    with pytest.raises(InvalidInputError) as caught:
        SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=999)).apply(D)
    assert str(caught.value) == f"Score of {name} × Effect: the value 999 is outside the scale 0 to 10"
    with pytest.raises(InvalidInputError, match=r"^Score of .* × Civilian harm: 'Unheard of' is not one of the levels"):
        SetScore("a", "harm", Score(option_id="a", criterion_id="harm", level="Unheard of")).apply(D)


def test_scores_are_rechecked_when_the_starting_decision_was_never_validated():
    """A decision built without validation is not trusted as the starting point of an edit."""
    bad = Score.model_construct(option_id="a", criterion_id="effect", value=999.0, level=None, low=None, high=None,
                                distribution=None, rationale="", evidence=[])
    scores = [bad if s.key == ("a", "effect") else s for s in D.scores]
    fields = {name: getattr(D, name) for name in Decision.model_fields}
    unchecked = Decision.model_construct(**{**fields, "scores": scores})
    with pytest.raises(InvalidInputError, match="outside the scale"):
        SetWeight("effect", 9).apply(unchecked)
    narrowed = D.criterion("effect").model_copy(update={"scale": NumericScale(lower=0, upper=5)})
    copied = D.model_copy(update={"criteria": [narrowed if c.id == "effect" else c for c in D.criteria]})
    assert copied.__dict__.get("_scores_checked") is None  # model_copy(update=...) drops the mark
    with pytest.raises(InvalidInputError, match="outside the scale 0 to 5"):
        SetWeight("cost", 2).apply(copied)


def test_a_scale_change_rechecks_the_unchanged_scores():
    narrowed = D.criterion("effect").model_copy(update={"scale": NumericScale(lower=0, upper=5)})
    with pytest.raises(InvalidInputError, match="outside the scale 0 to 5"):
        UpdateCriterion(narrowed).apply(D)
    wider = D.criterion("effect").model_copy(update={"scale": NumericScale(lower=-10, upper=50)})
    assert UpdateCriterion(wider).apply(D).decision.criterion("effect").scale.upper == 50


def test_weight_edits_merge_key():
    assert SetWeight("effect", 1).merge_key() == SetWeight("effect", 5).merge_key()
    assert SetWeight("effect", 1).merge_key() != SetWeight("cost", 1).merge_key()
    assert SetScore("a", "effect", None).merge_key() is None


# ---------------------------------------------------------------- red lines and elicitations
def _with_judgements():
    return Decision.model_validate({
        **{name: getattr(D, name) for name in Decision.model_fields},
        "red_lines": [RedLine(id="rl-harm", criterion_id="harm", level="Severe", action=RedLineAction.EXCLUDE),
                      RedLine(id="rl-cost", criterion_id="cost", limit=15),
                      RedLine(id="rl-effect", criterion_id="effect", limit=1)],
        "elicitations": [
            Elicitation(node_id=None, method=WeightMethod.AHP,
                        pairwise=[PairwiseJudgement(first="risks", second="benefits", value=2)]),
            Elicitation(node_id="benefits", method=WeightMethod.SWING, ranks={"effect": 1, "cost": 2},
                        swing_points={"effect": 100, "cost": 25}),
            Elicitation(node_id="risks", method=WeightMethod.EQUAL),
        ],
    })


@pytest.mark.parametrize(("criterion", "red_lines", "nodes"), [
    ("benefits", ["rl-harm"], [None, "risks"]),  # a group: its subtree's red lines and its own judgements go
    ("cost", ["rl-harm", "rl-effect"], [None, "benefits", "risks"]),  # a leaf: only its red line goes
    ("risks", ["rl-cost", "rl-effect"], [None, "benefits"]),
])
def test_remove_criterion_drops_its_red_lines_and_elicitations(criterion, red_lines, nodes):
    before = _with_judgements()
    applied = RemoveCriterion(criterion).apply(before)
    after = applied.decision
    assert [r.id for r in after.red_lines] == red_lines
    assert [e.node_id for e in after.elicitations] == nodes
    # undo puts every part back exactly, redo removes them again
    undone = applied.inverse.apply(after)
    assert undone.decision == before
    assert undone.decision.red_lines == before.red_lines
    assert undone.decision.elicitations == before.elicitations
    assert undone.inverse.apply(before).decision == after


# ---------------------------------------------------------------- level renames (QA round 12)
def _harm_scale(**relabel: str):  # noqa: ANN202
    """The factory's harm levels with some labels changed (old label -> new label)."""
    from counterweight.domain import Level, QualitativeScale

    harm = D.criterion("harm")
    return harm.model_copy(update={"scale": QualitativeScale(levels=[
        Level(label=relabel.get(lv.label, lv.label), descriptor=lv.descriptor, value=lv.value)
        for lv in harm.scale.levels])})


def _with_everyone_naming_moderate() -> Decision:
    """The small decision plus an analyst's score, a scenario score and a red line on 'Moderate'."""
    from counterweight.domain.analysts import Analyst, AnalystInput
    from counterweight.domain.perspectives import ScoreOverride, ScoreScenario

    return Decision.model_validate({
        **D.model_dump(),
        "analysts": [Analyst(id="jo", name="Jo").model_dump()],
        "analyst_inputs": [AnalystInput(analyst_id="jo", scores=[
            Score(option_id="a", criterion_id="harm", level="moderate", rationale="Jo's view")]).model_dump()],
        "scenarios": [ScoreScenario(id="s1", name="Worse", overrides=[
            ScoreOverride(option_id="b", criterion_id="harm", level="Moderate")]).model_dump()],
        "red_lines": [RedLine(id="r1", criterion_id="harm", level="Moderate").model_dump()],
    })


def test_renaming_a_level_carries_every_reference_and_undo_puts_it_back():
    start = _with_everyone_naming_moderate()
    edit = UpdateCriterion(_harm_scale(Moderate="Medium"), level_renames={"Moderate": "Medium"})
    done = edit.apply(start)
    new = done.decision
    assert new.score("c", "harm").level == "Medium"
    assert new.score("c", "harm").rationale == "middling"  # the rationale survives
    assert new.score("a", "harm").level == "Low" and new.score("b", "harm").level == "High"
    assert new.analyst_inputs[0].scores[0].level == "Medium"
    assert new.analyst_inputs[0].scores[0].rationale == "Jo's view"
    assert new.scenarios[0].overrides[0].level == "Medium"
    assert new.red_lines[0].level == "Medium"
    assert "'Moderate' \u2192 'Medium'" in done.target and "2 scores" in done.target  # shown in the history
    assert done.inverse.apply(new).decision == start


def test_swapping_two_level_labels_moves_each_score_once():
    swapped = _harm_scale(High="Moderate", Moderate="High")
    new = UpdateCriterion(swapped, level_renames={"High": "Moderate", "Moderate": "High"}).apply(D).decision
    assert new.score("b", "harm").level == "Moderate" and new.score("c", "harm").level == "High"


def test_without_the_rename_mapping_a_relabelled_level_is_still_refused():
    with pytest.raises(InvalidInputError, match="Moderate"):
        UpdateCriterion(_harm_scale(Moderate="Medium")).apply(D)


def test_a_rename_must_name_levels_of_the_old_and_new_scales():
    with pytest.raises(InvalidInputError, match="no level 'Mild'"):
        UpdateCriterion(_harm_scale(Moderate="Medium"), level_renames={"Mild": "Medium"}).apply(D)


def test_deleting_a_used_level_says_how_many_scores_which_options_and_what_to_do():
    from counterweight.domain import QualitativeScale

    harm = D.criterion("harm")
    fewer = harm.model_copy(update={"scale": QualitativeScale(
        levels=[lv for lv in harm.scale.levels if lv.label != "Moderate"])})
    with pytest.raises(InvalidInputError) as caught:
        UpdateCriterion(fewer).apply(_with_everyone_naming_moderate())
    message = str(caught.value)
    assert "'Moderate'" in message and "2 scores" in message
    assert "Charlie" in message and "Alpha (analyst Jo)" in message
    assert "set those scores to another level first" in message
    assert "red line" in message


def test_switching_a_scored_criterion_to_numbers_says_to_clear_the_scores_first():
    numeric = D.criterion("harm").model_copy(update={"scale": NumericScale(lower=0, upper=10)})
    with pytest.raises(InvalidInputError) as caught:
        UpdateCriterion(numeric).apply(D)
    message = str(caught.value)
    assert "3 scores" in message and "Alpha, Bravo, Charlie" in message
    assert "Clear the 3 scores on this criterion first, or add a new criterion" in message
    assert "scored with a number, not a level" not in message


# ---------------------------------------------------------------- option names (session 16)
def _renamed(decision: Decision, option_id: str, name: str) -> Option:
    return decision.option(option_id).model_copy(update={"name": name})


@pytest.mark.parametrize("name", ["Bravo", "bravo", "  BRAVO "])
def test_an_option_cannot_take_a_name_another_option_has(name: str) -> None:
    with pytest.raises(InvalidInputError, match="Another option is already called 'Bravo'"):
        UpdateOption(_renamed(D, "a", name)).apply(D)
    with pytest.raises(InvalidInputError, match="Another option is already called 'Bravo'"):
        AddOption(Option(id="new", name=name)).apply(D)


def test_an_option_keeps_its_own_name_in_another_case_and_its_details_change_freely() -> None:
    assert UpdateOption(_renamed(D, "b", "BRAVO")).apply(D).decision.option("b").name == "BRAVO"
    described = D.option("b").model_copy(update={"description": "the loud one"})
    assert UpdateOption(described).apply(D).decision.option("b").description == "the loud one"


def test_an_older_project_that_repeats_an_option_name_can_still_rename_and_undo() -> None:
    """A file from before the rule may repeat a name; renaming one of them, then undo and
    redo, must put back exactly what was there (the undo step may not be refused)."""
    twins = Decision.model_validate({**dict(D), "options": [Option(id="a", name="Alpha"), Option(id="b", name="alpha"),
                                                            Option(id="c", name="Charlie")]})
    done = UpdateOption(_renamed(twins, "b", "Beta")).apply(twins)
    undone = done.inverse.apply(done.decision)
    assert [o.name for o in undone.decision.options] == ["Alpha", "alpha", "Charlie"]
    redone = undone.inverse.apply(undone.decision)
    assert [o.name for o in redone.decision.options] == ["Alpha", "Beta", "Charlie"]
    with pytest.raises(InvalidInputError, match="already called 'Alpha'"):  # a new rename is still checked
        UpdateOption(_renamed(redone.decision, "b", "ALPHA")).apply(redone.decision)


def test_equal_weights_for_a_group_beside_a_criterion_or_at_the_top() -> None:
    """The Weights panel's Equal weights: the siblings' mean points to one decimal, nothing when already equal."""
    from counterweight.domain import Criterion, Decision, NumericScale, Option
    from counterweight.services.edits import equal_weights

    def crit(cid: str, weight: float, parent: str | None = None, leaf: bool = True) -> Criterion:
        return Criterion(id=cid, name=cid.title(), weight=weight, parent_id=parent,
                         scale=NumericScale(lower=0, upper=10) if leaf else None)

    d = Decision(id="d", title="T", options=[Option(id="o", name="O")],
                 criteria=[crit("g", 30, leaf=False), crit("a", 10, "g"), crit("b", 20, "g"), crit("c", 70)])
    assert equal_weights(d, "g").weights == {"a": 15.0, "b": 15.0}  # a group: what it holds
    assert equal_weights(d, "a").weights == {"a": 15.0, "b": 15.0}  # a criterion: it and its siblings
    assert equal_weights(d, None).weights == {"g": 50.0, "c": 50.0}  # the top level
    assert equal_weights(d, "gone").weights == {"g": 50.0, "c": 50.0}
    equal = d.model_copy(update={"criteria": [crit("g", 30, leaf=False), crit("a", 5, "g"), crit("b", 5, "g"),
                                              crit("c", 70)]})
    assert equal_weights(equal, "a") is None  # already equal: no empty undo step
    zero = d.model_copy(update={"criteria": [crit("g", 0, leaf=False), crit("a", 0, "g"), crit("b", 0, "g"),
                                             crit("c", 0)]})
    assert equal_weights(zero, None).weights == {"g": 50.0, "c": 50.0}
