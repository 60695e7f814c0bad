"""Selection and the score details after edits (QA pass 18).

Renaming keeps the score details on their cell and shows the new name at once; undoing
a delete selects what it put back, in the lists and (if it was there before) in the
matrix, and redoing it hands the selection to the neighbour as the delete itself did.
The main window runs on tests.factories.small_decision: options Alpha, Bravo, Charlie;
criteria Risks (Civilian harm) and Benefits (Effect, Cost).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from counterweight.services.edits import UpdateCriterion
from counterweight.services.option_edits import UpdateOption
from counterweight.ui.widgets.kept_selection import follow, nearby, tree_nearby
from tests.factories import small_decision

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _deletes_confirmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def _state(win) -> tuple[str | None, str | None, tuple[str, str] | None, tuple[str, str] | None]:  # noqa: ANN001
    """The options list's option, the criteria tree's criterion, the matrix's cell, the details' cell."""
    crit = win.criteria_panel.current_criterion()
    return (win.options_panel.current_option_id(), crit.id if crit else None,
            win.score_matrix.current_cell(), win.score_detail.cell)


def _on_cell(win, option_id: str, criterion_id: str) -> None:  # noqa: ANN001
    assert win.score_matrix.select_cell(option_id, criterion_id)
    assert _state(win) == (option_id, criterion_id, (option_id, criterion_id), (option_id, criterion_id))


# ------------------------------------------------------------------ renaming
def test_renaming_the_criterion_keeps_the_details_on_the_cell_with_the_new_name(window, controller) -> None:
    _on_cell(window, "b", "effect")
    model = window.criteria_panel.model
    assert model.setData(model.index_for("effect"), "Effectiveness", Qt.ItemDataRole.EditRole)
    assert window.score_detail.cell == ("b", "effect")
    assert window.score_detail.title.text() == "Bravo × Benefits › Effectiveness"
    controller.undo_stack.undo()
    assert window.score_detail.title.text() == "Bravo × Benefits › Effect"
    controller.undo_stack.redo()
    assert window.score_detail.title.text() == "Bravo × Benefits › Effectiveness"
    assert window.score_detail.value_edit.text() == "9" and window.score_detail.value_edit.isEnabled()


def test_renaming_the_group_above_the_cell_shows_the_new_path(window, controller) -> None:
    _on_cell(window, "b", "effect")
    model = window.criteria_panel.model
    assert model.setData(model.index_for("benefits"), "Gains", Qt.ItemDataRole.EditRole)
    assert window.score_detail.title.text() == "Bravo × Gains › Effect"
    controller.undo_stack.undo()
    assert window.score_detail.title.text() == "Bravo × Benefits › Effect"


def test_renaming_the_option_while_changes_are_typed_keeps_them_and_shows_the_new_name(window, controller) -> None:
    _on_cell(window, "b", "effect")
    details = window.score_detail
    details.rationale_edit.setPlainText("typed, not applied")
    assert details.dirty
    controller.submit(UpdateOption(controller.decision.option("b").model_copy(update={"name": "Bravissimo"})))
    assert details.title.text() == "Bravissimo × Benefits › Effect"
    assert details.dirty and details.rationale_edit.toPlainText() == "typed, not applied"
    controller.undo_stack.undo()
    assert details.title.text() == "Bravo × Benefits › Effect"
    controller.submit(UpdateCriterion(controller.decision.criterion("effect").model_copy(update={"name": "Eff"})))
    assert details.title.text() == "Bravo × Benefits › Eff" and details.dirty


# ------------------------------------------------------------------ deleting, undo and redo
@pytest.mark.parametrize(("cell", "panel", "group", "after_delete", "after_undo"), [
    pytest.param(("b", "effect"), "options_panel", None,
                 ("c", "effect", ("c", "effect"), ("c", "effect")), ("b", "effect", ("b", "effect"), ("b", "effect")),
                 id="option"),
    pytest.param(("b", "effect"), "criteria_panel", None,
                 ("b", "cost", ("b", "cost"), ("b", "cost")), ("b", "effect", ("b", "effect"), ("b", "effect")),
                 id="criterion"),
    # the tree takes the group's neighbour, the matrix the column left of the group's; undo selects the
    # group again and the matrix goes back to its column
    pytest.param(("a", "cost"), "criteria_panel", "benefits",
                 ("a", "risks", ("a", "harm"), ("a", "harm")), ("a", "benefits", ("a", "effect"), ("a", "effect")),
                 id="group"),
])
def test_undoing_a_delete_selects_it_again_and_redo_the_neighbour(
        window, controller, cell, panel, group, after_delete, after_undo) -> None:  # noqa: ANN001
    """Delete the current option or criterion (or ``group``); undo puts the selection back, redo moves it on."""
    _on_cell(window, *cell)
    if group is not None:
        window.criteria_panel.select_criterion(group)
    getattr(window, panel).delete_current()
    assert _state(window) == after_delete
    controller.undo_stack.undo()
    assert _state(window) == after_undo
    controller.undo_stack.redo()
    assert _state(window) == after_delete


def test_the_matrix_keeps_its_cell_through_a_move_and_comes_back_after_emptying(window, controller) -> None:
    _on_cell(window, "b", "effect")
    window.options_panel.move_current(-1)
    assert _state(window) == ("b", "effect", ("b", "effect"), ("b", "effect"))
    for crit in ("risks", "benefits"):  # no criteria left: no cell, the details say so
        window.criteria_panel.select_criterion(crit)
        window.criteria_panel.delete_current()
    assert window.score_matrix.current_cell() is None and window.score_detail.cell is None
    controller.undo_stack.undo()  # Benefits back: the cell the matrix had
    assert window.score_matrix.current_cell() == ("b", "effect") == window.score_detail.cell
    controller.undo_stack.undo()  # Risks back: selected, and the matrix on its column
    assert _state(window) == ("b", "risks", ("b", "harm"), ("b", "harm"))


def test_an_undo_elsewhere_leaves_the_lists_alone(window, controller) -> None:
    _on_cell(window, "b", "effect")
    window.options_panel.select_option("c")
    window.options_panel.delete_current()
    assert _state(window) == ("b", "effect", ("b", "effect"), ("b", "effect"))  # the list's neighbour is Bravo
    controller.undo_stack.undo()  # Charlie is back and selected; the matrix goes to its row
    assert _state(window) == ("c", "effect", ("c", "effect"), ("c", "effect"))


# ------------------------------------------------------------------ the rules
def test_follow_prefers_what_came_back_then_the_current_then_the_nearest() -> None:
    assert follow("b", ["a", "c"], ["a", "b", "c"]) == "b"
    assert follow("a", ["a", "b", "c"], ["a", "c"], nearby(["a", "b", "c"], "a")) == "a"
    assert follow("b", ["a", "b", "c"], ["a", "c"], nearby(["a", "b", "c"], "b")) == "c"
    assert follow("c", ["a", "b", "c"], ["a", "b"], nearby(["a", "b", "c"], "c")) == "b"
    assert follow("a", ["a"], [], nearby(["a"], "a")) is None
    assert tree_nearby(small_decision(), "harm") == ["risks", "benefits"]
    assert tree_nearby(small_decision(), "cost") == ["effect", "benefits", "risks"]
