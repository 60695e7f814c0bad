"""Edit > Analysts…: add, edit, remove analysts and set the group aggregation, all undoable."""

from __future__ import annotations

from counterweight.domain import Decision, Score
from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore, SetAnalystWeight
from counterweight.ui.dialogs.analysts_dialog import AnalystsDialog
from PySide6.QtCore import Qt


def _dialog(qtbot, controller) -> AnalystsDialog:
    dialog = AnalystsDialog(controller)
    qtbot.addWidget(dialog)
    return dialog


def test_add_edit_and_undo(qtbot, controller):
    dialog = _dialog(qtbot, controller)
    assert dialog.list.count() == 0
    dialog.name_edit.setText("Ana")
    dialog.role_edit.setText("Treasury")
    assert dialog.add_analyst()
    [a] = controller.decision.analysts
    assert (a.name, a.role) == ("Ana", "Treasury")
    # the form is ready for the next analyst: Enter must not rename the one just added
    assert dialog.list.count() == 1 and dialog.selected_analyst_id() is None
    assert dialog.name_edit.text() == "" and dialog.add_button.isDefault()
    dialog.select_analyst(a.id)
    assert dialog.name_edit.text() == "Ana" and dialog.save_button.isDefault()
    dialog.name_edit.setText("Ana B.")
    dialog.note_edit.setPlainText("Joined in May")
    assert dialog.save_analyst()
    [b] = controller.decision.analysts
    assert (b.id, b.name, b.note) == (a.id, "Ana B.", "Joined in May")
    assert "Ana B." in dialog.list.item(0).text()
    controller.undo_stack.undo()
    assert controller.decision.analysts[0].name == "Ana"
    controller.undo_stack.undo()
    assert controller.decision.analysts == []
    assert dialog.list.count() == 0


def test_empty_name_is_refused_with_a_message(qtbot, controller):
    dialog = _dialog(qtbot, controller)
    assert not dialog.add_analyst()
    assert controller.decision.analysts == []
    assert "name" in dialog.problem.text()
    assert controller.undo_stack.count() == 0


def test_remove_asks_with_the_number_of_inputs(qtbot, controller):
    controller.submit(AddAnalyst(Analyst(id="an1", name="Ben")))
    controller.submit(SetAnalystScore("an1", "a", "effect",
                                      Score(option_id="a", criterion_id="effect", value=7)))
    controller.submit(SetAnalystWeight("an1", "cost", 5.0))
    dialog = _dialog(qtbot, controller)
    dialog.select_analyst("an1")
    asked: list[str] = []
    dialog.confirm = lambda q: asked.append(q) or False
    assert not dialog.remove_analyst()
    assert len(controller.decision.analysts) == 1
    assert "Ben" in asked[0] and " 2 " in asked[0]
    dialog.confirm = lambda q: True
    assert dialog.remove_analyst()
    assert controller.decision.analysts == [] and controller.decision.analyst_inputs == []
    controller.undo_stack.undo()
    assert [a.id for a in controller.decision.analysts] == ["an1"]
    assert controller.decision.analyst_inputs[0].weights == {"cost": 5.0}


def test_group_settings_are_submitted_one_edit_each(qtbot, controller):
    dialog = _dialog(qtbot, controller)
    before = controller.undo_stack.count()
    dialog.scores_combo.setCurrentIndex(dialog.scores_combo.findData("median"))
    assert controller.decision.group.scores == "median"
    dialog.ahp_combo.setCurrentIndex(dialog.ahp_combo.findData("aip"))
    dialog.shared_voice.setChecked(True)
    g = controller.decision.group
    assert (g.scores, g.weights, g.ahp, g.shared_voice) == ("median", "mean", "aip", True)
    assert controller.undo_stack.count() == before + 3
    controller.undo_stack.undo()
    assert controller.decision.group.shared_voice is False
    assert dialog.shared_voice.isChecked() is False


def test_edit_menu_opens_the_dialog(qtbot, controller, tmp_path, monkeypatch):
    from counterweight.ui.main_window import MainWindow
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    window = MainWindow(controller, native_dialogs=False,
                        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    edit_menu = window.findChild(type(window.menuBar().actions()[0].menu()), "editMenu")
    assert window.analysts_action in edit_menu.actions()
    window.analysts_action.trigger()
    assert isinstance(window.analysts_dialog, AnalystsDialog) and window.analysts_dialog.isVisible()
    window.analysts_dialog.close()


def _shown(qtbot, controller) -> AnalystsDialog:
    dialog = _dialog(qtbot, controller)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_after_editing_the_name_saves_the_rename(qtbot, controller):
    """QA: with Ann picked, Enter in the Name field created a second analyst instead of renaming Ann."""
    controller.submit(AddAnalyst(Analyst(id="ann", name="Ann")))
    dialog = _shown(qtbot, controller)
    dialog.select_analyst("ann")
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Annabel")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [(a.id, a.name) for a in controller.decision.analysts] == [("ann", "Annabel")]
    assert dialog.isVisible() and "Annabel" in dialog.mode_label.text()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)  # Escape still closes
    assert not dialog.isVisible()


def test_enter_adds_in_the_new_analyst_state_one_after_another(qtbot, controller):
    controller.submit(AddAnalyst(Analyst(id="ann", name="Ann")))
    dialog = _shown(qtbot, controller)
    dialog.select_analyst("ann")
    assert dialog.save_button.isDefault() and not dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)  # leave Ann: the form now adds
    assert dialog.selected_analyst_id() is None and dialog.name_edit.text() == ""
    assert dialog.add_button.isDefault() and not dialog.save_button.isEnabled()
    assert "New analyst" in dialog.mode_label.text()
    for name in ("Ben", "Cat"):
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [a.name for a in controller.decision.analysts] == ["Ann", "Ben", "Cat"]


def test_a_name_in_use_is_refused_with_its_name_and_nothing_typed_is_lost(qtbot, controller):
    controller.submit(AddAnalyst(Analyst(id="ann", name="Ann")))
    controller.submit(AddAnalyst(Analyst(id="ben", name="Ben")))
    dialog = _dialog(qtbot, controller)
    steps = controller.undo_stack.count()
    dialog.name_edit.setText("  aNN ")
    dialog.role_edit.setText("Treasury")
    assert not dialog.add_analyst()
    assert '"Ann"' in dialog.problem.text() and not dialog.problem.isHidden()
    assert (dialog.name_edit.text(), dialog.role_edit.text()) == ("  aNN ", "Treasury")
    dialog.select_analyst("ben")
    dialog.name_edit.setText("ANN")
    assert not dialog.save_analyst()
    assert '"Ann"' in dialog.problem.text() and dialog.name_edit.text() == "ANN"
    assert [a.name for a in controller.decision.analysts] == ["Ann", "Ben"]
    assert controller.undo_stack.count() == steps
    dialog.select_analyst("ann")
    dialog.name_edit.setText("ANN")  # a change of case to one's own name is not a clash
    assert dialog.save_analyst()
    assert [a.name for a in controller.decision.analysts] == ["ANN", "Ben"]


def test_an_older_project_with_a_repeated_name_lists_both_and_edits_a_role(qtbot, tmp_path):
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController

    from tests.factories import small_decision

    data = small_decision().model_dump()
    data["analysts"] = [{"id": "x1", "name": "Ann"}, {"id": "x2", "name": "Ann"}]
    ctl = SessionController(ProjectSession.create(tmp_path / "dup.counterweight", Decision.model_validate(data)))
    try:
        dialog = _dialog(qtbot, ctl)
        assert [dialog.list.item(i).text() for i in range(2)] == ["Ann (1)", "Ann (2)"]
        dialog.select_analyst("x2")
        dialog.role_edit.setText("Audit")  # the name stays as it is: no clash reported
        assert dialog.save_analyst()
        assert [(a.id, a.role) for a in ctl.decision.analysts] == [("x1", ""), ("x2", "Audit")]
    finally:
        ctl.undo_stack.clear()
        ctl.close_session()
