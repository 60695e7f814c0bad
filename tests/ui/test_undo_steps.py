"""SessionController.one_undo_step: several edits as one undo step, and never an empty one."""

from __future__ import annotations

from counterweight.services.edits import SetWeight
from counterweight.ui.widgets.weight_editor import GestureWeight


def test_the_edits_inside_make_one_named_step(controller) -> None:
    with controller.one_undo_step("Set two weights"):
        assert controller.submit(SetWeight("effect", 5)) is None
        assert controller.submit(SetWeight("harm", 6)) is None
    stack = controller.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Set two weights"
    stack.undo()
    assert controller.decision.criterion("effect").weight == 3
    assert controller.decision.criterion("harm").weight != 6


def test_no_step_when_every_edit_is_refused(controller) -> None:
    with controller.one_undo_step("Set two weights"):
        assert controller.submit(SetWeight("effect", -1)) is not None
        assert controller.submit(SetWeight("harm", -2)) is not None
    assert controller.undo_stack.count() == 0
    assert controller.submit(SetWeight("effect", 5)) is None  # the stack is usable afterwards
    assert controller.undo_stack.count() == 1 and not controller.undo_stack.undoText().startswith("Set two")


def test_the_step_begins_with_the_first_edit_that_applies(controller) -> None:
    with controller.one_undo_step("Set two weights"):
        assert controller.submit(SetWeight("effect", -1)) is not None
        assert controller.submit(SetWeight("harm", 6)) is None
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() == "Set two weights"


def test_a_single_edit_keeps_its_own_name(controller) -> None:
    with controller.one_undo_step("Set 1 weights", edits=1):
        assert controller.submit(SetWeight("effect", 5)) is None
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() != "Set 1 weights"


def test_nested_steps_join_the_outer_one(controller) -> None:
    with controller.one_undo_step("Outer"):
        assert controller.submit(SetWeight("effect", 5)) is None
        with controller.one_undo_step("Inner"):
            assert controller.submit(SetWeight("harm", 6)) is None
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() == "Outer"


def test_a_gesture_does_not_reach_into_the_step_before(controller) -> None:
    assert controller.submit(GestureWeight("effect", 5, gesture=-7)) is None
    with controller.one_undo_step("Drag inside a step"):
        assert controller.submit(GestureWeight("effect", 6, gesture=-7)) is None
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").weight == 5
