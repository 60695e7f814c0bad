"""Edit > Analysts…: add, edit, remove analysts and set the group aggregation, all undoable."""

from __future__ import annotations

from counterweight.domain import Score
from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore, SetAnalystWeight
from counterweight.ui.dialogs.analysts_dialog import AnalystsDialog


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
    assert dialog.list.count() == 1 and dialog.selected_analyst_id() == a.id
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
