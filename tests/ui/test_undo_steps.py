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


# ---------------------------------------------------------------- an undo or redo that cannot be saved
def _failing(controller, monkeypatch, times: int | None) -> list[str]:
    """Make the next ``times`` saves fail (all of them with None), as a moved file or full disk would."""
    from counterweight.domain.errors import ProjectFileError

    real, calls = controller.session.apply, []

    def apply(edit):  # noqa: ANN001, ANN202
        calls.append(edit.label)
        if times is None or len(calls) <= times:
            raise ProjectFileError("Changes cannot be saved: the file was moved away.")
        return real(edit)

    monkeypatch.setattr(controller.session, "apply", apply)
    return calls


def _weights(controller) -> tuple[float, float]:
    return controller.decision.criterion("effect").weight, controller.decision.criterion("cost").weight


def test_an_undo_that_cannot_be_saved_leaves_the_step_where_it_was(qtbot, controller, monkeypatch) -> None:
    """QA pass 13: the failed undo moved the stack anyway, the next edit dropped the step,
    and "undo everything" no longer reached the start (cost stayed 5)."""
    start = _weights(controller)
    controller.submit(SetWeight("effect", 7))
    controller.submit(SetWeight("cost", 5))
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    _failing(controller, monkeypatch, times=1)
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: controller.undo_stack.index() == 2)
    assert errors and "moved away" in errors[0]
    assert _weights(controller) == (7, 5) and not controller.undo_stack.canRedo()
    controller.submit(SetWeight("harm", 4))
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert _weights(controller) == start


def test_a_redo_that_cannot_be_saved_leaves_it_to_redo(qtbot, controller, monkeypatch) -> None:
    controller.submit(SetWeight("effect", 7))
    controller.undo_stack.undo()
    _failing(controller, monkeypatch, times=1)
    controller.undo_stack.redo()
    qtbot.waitUntil(lambda: controller.undo_stack.index() == 0)
    assert controller.decision.criterion("effect").weight == 3 and controller.undo_stack.canRedo()
    controller.undo_stack.redo()
    assert controller.decision.criterion("effect").weight == 7 and controller.undo_stack.index() == 1


def test_a_step_of_several_edits_is_whole_again_after_a_failed_undo(qtbot, controller, monkeypatch) -> None:
    with controller.one_undo_step("Set two weights"):
        controller.submit(SetWeight("effect", 7))
        controller.submit(SetWeight("cost", 5))
    _failing(controller, monkeypatch, times=1)  # the cost undo fails, the effect undo goes through
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: controller.undo_stack.index() == 1)
    assert _weights(controller) == (7, 5)


def test_while_nothing_can_be_saved_undo_neither_moves_nor_loops(qtbot, controller, monkeypatch) -> None:
    controller.submit(SetWeight("effect", 7))
    calls = _failing(controller, monkeypatch, times=None)
    controller.undo_stack.undo()
    qtbot.wait(50)
    assert controller.undo_stack.index() == 1 and controller.decision.criterion("effect").weight == 7
    assert len(calls) == 1  # the put-back redo is skipped: nothing is tried again
