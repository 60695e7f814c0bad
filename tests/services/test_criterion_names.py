"""No two criteria share a name, wherever they sit in the tree (h28g).

QA: "+ Criterion" beside "Civilian risk", typed "Civilian risk", Enter: Risks held two
"Civilian risk" rows, where options and analysts refuse a name already taken. The charts
and the brief name a criterion without its group, so the rule is the whole tree's.
"""

from __future__ import annotations

import pytest
from counterweight.domain import Criterion, Decision, NumericScale
from counterweight.domain.errors import InvalidInputError
from counterweight.services.edits import AddCriterion, MoveCriterion, UpdateCriterion
from counterweight.services.naming import NameNew

from tests.factories import small_decision

D = small_decision()  # Risks > Civilian harm; Benefits > Effect, Cost


def _leaf(name: str, parent: str | None = "risks", cid: str = "new") -> Criterion:
    return Criterion(id=cid, name=name, parent_id=parent, scale=NumericScale(lower=0, upper=10))


@pytest.mark.parametrize("name", ["Civilian harm", "civilian HARM", "  Civilian harm "])
def test_a_new_criterion_cannot_take_a_name_in_its_own_group(name: str) -> None:
    with pytest.raises(InvalidInputError, match="A criterion in 'Risks' is already called 'Civilian harm'"):
        AddCriterion(_leaf(name)).apply(D)


def test_nor_a_name_in_another_group_nor_a_groups_name() -> None:
    with pytest.raises(InvalidInputError, match="A criterion in 'Benefits' is already called 'Cost'"):
        AddCriterion(_leaf("Cost")).apply(D)
    with pytest.raises(InvalidInputError, match="Another criterion or group is already called 'Benefits'"):
        AddCriterion(_leaf("benefits", parent=None)).apply(D)


def test_renaming_is_refused_the_same_way_and_keeping_ones_own_name_is_not() -> None:
    effect = D.criterion("effect")
    with pytest.raises(InvalidInputError, match="already called 'Civilian harm'"):
        UpdateCriterion(effect.model_copy(update={"name": "Civilian Harm"})).apply(D)
    assert UpdateCriterion(effect.model_copy(update={"name": "EFFECT"})).apply(D).decision.criterion("effect").name \
        == "EFFECT"
    described = effect.model_copy(update={"description": "how well it works"})
    assert UpdateCriterion(described).apply(D).decision.criterion("effect").description == "how well it works"


def test_typing_the_first_name_of_a_new_criterion_is_refused() -> None:
    """The tree's "+ Criterion" inserts "Criterion 1", then the typed name renames it in the same undo step."""
    insert = NameNew.insert(AddCriterion(_leaf("Criterion 1")))
    added = insert.apply(D).decision
    with pytest.raises(InvalidInputError, match="already called 'Civilian harm'"):
        insert.named(_leaf("Civilian harm"), "Rename criterion").apply(added)


def _twins() -> Decision:
    """An older project: "Cost" under Benefits and again under Risks (from before the rule)."""
    return Decision.model_validate({**dict(D), "criteria": [*D.criteria, _leaf("Cost", cid="cost2")]})


def test_an_older_project_repeating_a_name_keeps_working_and_undo_puts_its_twins_back() -> None:
    twins = _twins()
    assert [c.name for c in twins.criteria].count("Cost") == 2  # it opens: the decision does not check names
    kept = twins.criterion("cost2").model_copy(update={"unit": "$m"})
    assert UpdateCriterion(kept).apply(twins).decision.criterion("cost2").unit == "$m"  # a twin keeping its name
    done = UpdateCriterion(twins.criterion("cost2").model_copy(update={"name": "Cost of risk"})).apply(twins)
    undone = done.inverse.apply(done.decision)  # back to two "Cost": undo may not be refused
    assert [c.name for c in undone.decision.criteria] == [c.name for c in twins.criteria]
    redone = undone.inverse.apply(undone.decision)
    assert redone.decision.criterion("cost2").name == "Cost of risk"
    with pytest.raises(InvalidInputError, match="already called 'Cost'"):  # a new rename is still checked
        UpdateCriterion(redone.decision.criterion("cost2").model_copy(update={"name": "COST"})).apply(redone.decision)


def test_a_criterion_cannot_be_moved_beside_one_of_its_name_and_undo_of_a_move_is_not_refused() -> None:
    twins = _twins()
    with pytest.raises(InvalidInputError, match="A criterion in 'Benefits' is already called 'Cost'"):
        MoveCriterion("cost2", "benefits", 0).apply(twins)
    up = MoveCriterion("cost2", "risks", 0).apply(twins)  # within its own group: never refused
    assert [c.id for c in up.decision.children("risks")] == ["cost2", "harm"]
    with pytest.raises(InvalidInputError, match="A criterion in 'Risks' is already called 'Cost'"):
        MoveCriterion("cost", "risks", 0).apply(twins)
    siblings = Decision.model_validate({**dict(D), "criteria": [*D.criteria, _leaf("cost", "benefits", "cost2")]})
    out = MoveCriterion("cost2", None, 0).apply(siblings)  # one of two "Cost" in Benefits, out to the top level
    back = out.inverse.apply(out.decision)  # undo: back beside its twin, as it was
    assert back.decision.criterion("cost2").parent_id == "benefits"
    assert back.decision.criteria == siblings.criteria
