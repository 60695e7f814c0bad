"""Options panel: add, rename, edit details, move and delete options, with undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from counterweight.ui.widgets.options_panel import OptionDialog, OptionsPanel

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.fixture
def panel(qtbot, controller) -> OptionsPanel:
    widget = OptionsPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch):
    """Answer every confirmation with ``answer`` and record the questions asked."""
    asked: list[str] = []
    state = {"answer": QMessageBox.StandardButton.Yes}

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, state


def names(controller) -> list[str]:
    return [o.name for o in controller.decision.options]


def editor(panel: OptionsPanel) -> QLineEdit:
    found = panel.list.viewport().findChild(QLineEdit)
    assert found is not None, "no in-place editor is open"
    return found


def test_lists_options_in_order(panel, controller) -> None:
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["Alpha", "Bravo", "Charlie"]
    assert "3" in panel.title_label.text()


def test_add_inserts_after_current_then_rename_in_place(qtbot, panel, controller) -> None:
    panel.list.setCurrentRow(0)
    panel.add_action.trigger()
    assert len(controller.decision.options) == 4
    new = controller.decision.options[1]
    assert panel.current_option_id() == new.id
    edit = editor(panel)
    edit.selectAll()
    qtbot.keyClicks(edit, "Delta")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.decision.option(new.id).name == "Delta")
    assert names(controller) == ["Alpha", "Delta", "Bravo", "Charlie"]

    controller.undo_stack.undo()  # QA 18: the addition and its first name are one step
    assert names(controller) == ["Alpha", "Bravo", "Charlie"]
    assert panel.list.count() == 3
    controller.undo_stack.redo()
    assert names(controller) == ["Alpha", "Delta", "Bravo", "Charlie"]


def test_rename_to_blank_is_refused_and_reverted(qtbot, panel, controller) -> None:
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    panel.list.setCurrentRow(1)
    panel.list.currentItem().setText("   ")
    assert names(controller) == ["Alpha", "Bravo", "Charlie"]
    assert panel.list.item(1).text() == "Bravo"
    assert errors and "name" in errors[0].lower()


def test_f2_starts_rename(qtbot, panel) -> None:
    panel.list.setCurrentRow(2)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    assert editor(panel).text() == "Charlie"


def test_delete_asks_naming_option_and_scores_and_undo_restores_them(panel, controller, confirm) -> None:
    asked, _ = confirm
    before = controller.decision
    alpha_scores = [s for s in before.scores if s.option_id == "a"]
    assert len(alpha_scores) == 3
    panel.select_option("a")
    panel.delete_action.trigger()
    assert len(asked) == 1
    assert "Alpha" in asked[0] and "3 scores" in asked[0]
    assert names(controller) == ["Bravo", "Charlie"]
    assert not [s for s in controller.decision.scores if s.option_id == "a"]
    assert panel.current_option_id() == "b"  # the next option is selected

    controller.undo_stack.undo()
    assert names(controller) == ["Alpha", "Bravo", "Charlie"]
    restored = sorted((s for s in controller.decision.scores if s.option_id == "a"), key=lambda s: s.criterion_id)
    assert restored == sorted(alpha_scores, key=lambda s: s.criterion_id)
    assert controller.decision == before


def test_delete_cancelled_changes_nothing(panel, controller, confirm) -> None:
    asked, state = confirm
    state["answer"] = QMessageBox.StandardButton.Cancel
    panel.select_option("b")
    panel.delete_action.trigger()
    assert asked and "Bravo" in asked[0]
    assert names(controller) == ["Alpha", "Bravo", "Charlie"]
    assert controller.undo_stack.count() == 0


def test_move_down_and_up(panel, controller) -> None:
    panel.select_option("a")
    assert not panel.up_action.isEnabled()
    panel.down_action.trigger()
    assert names(controller) == ["Bravo", "Alpha", "Charlie"]
    assert panel.current_option_id() == "a"
    panel.down_action.trigger()
    assert names(controller) == ["Bravo", "Charlie", "Alpha"]
    assert not panel.down_action.isEnabled()
    panel.up_action.trigger()
    assert names(controller) == ["Bravo", "Alpha", "Charlie"]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert names(controller) == ["Alpha", "Bravo", "Charlie"]


def test_alt_down_moves_when_list_has_focus(qtbot, panel, controller) -> None:
    panel.activateWindow()
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    panel.select_option("b")
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: names(controller) == ["Alpha", "Charlie", "Bravo"])


def test_option_dialog_requires_a_name(qtbot, controller) -> None:
    dialog = OptionDialog(controller.decision.option("a"))
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.name_edit.setText("  ")
    assert not dialog.ok_button.isEnabled()
    assert "Name" in dialog.problems_label.text()
    assert dialog.option() is None


def test_edit_details_updates_description_and_source(panel, controller, monkeypatch) -> None:
    def fake_exec(dialog: OptionDialog) -> int:
        dialog.description_edit.setPlainText("Cheap and quiet")
        dialog.source_edit.setPlainText("Report, para 3")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OptionDialog, "exec", fake_exec)
    panel.select_option("a")
    panel.edit_action.trigger()
    alpha = controller.decision.option("a")
    assert (alpha.name, alpha.description, alpha.source) == ("Alpha", "Cheap and quiet", "Report, para 3")
    assert "Cheap and quiet" in panel.list.item(0).toolTip()


def test_list_follows_changes_made_elsewhere(panel, controller) -> None:
    from counterweight.services.option_edits import UpdateOption

    bravo = controller.decision.option("b")
    controller.submit(UpdateOption(bravo.model_copy(update={"name": "Bravo renamed"})))
    assert panel.list.item(1).text() == "Bravo renamed"


def test_the_in_place_name_editor_has_an_accessible_name(qtbot, panel) -> None:
    """F2's editor is announced as the option's name, as the score matrix's editors are."""
    panel.activateWindow()
    panel.select_option("b")
    panel.rename_current()
    editor = panel.list.findChild(QLineEdit, "optionNameEditor")
    assert editor is not None and editor.text() == "Bravo"
    assert editor.accessibleName() == "Name of option"
    assert editor.accessibleDescription()


def test_renaming_in_place_to_another_options_name_is_refused_and_reverted(panel, controller) -> None:
    """Two options called "Bravo" and "bravo" could not be told apart in the charts or the
    brief, and the project would not come back from its own spreadsheet export."""
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    panel.list.setCurrentRow(0)
    panel.list.currentItem().setText(" bravo")
    assert names(controller) == ["Alpha", "Bravo", "Charlie"]
    assert panel.list.item(0).text() == "Alpha"
    assert errors and "already called 'Bravo'" in errors[-1]
    assert not controller.undo_stack.canUndo()


def test_option_dialog_names_a_clash_and_keeps_ok_disabled(qtbot, controller) -> None:
    dialog = OptionDialog(controller.decision.option("a"), None, controller.decision)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("CHARLIE")
    assert not dialog.ok_button.isEnabled() and dialog.option() is None
    assert "already called 'Charlie'" in dialog.problems_label.text()
    dialog.name_edit.setText("ALPHA")  # its own name in another case is fine
    assert dialog.ok_button.isEnabled() and dialog.option().name == "ALPHA"
