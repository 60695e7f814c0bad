"""History panel: entries newest first, filters, verification status, go to element, restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from counterweight.domain import Score
from counterweight.services.edits import SetScore, SetWeight, SetWeights, UpdateCriterion, UpdateInfo
from counterweight.services.session import ProjectSession
from counterweight.ui.theme import tone_of
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.history_panel import ENTRY_ID_ROLE, HistoryPanel
from PySide6.QtCore import QDate, QSettings, Qt

from tests.factories import small_decision

pytestmark = pytest.mark.qt


def _set_effect(controller: SessionController, option_id: str, value: float) -> None:
    score = controller.decision.score(option_id, "effect")
    assert score is not None
    assert controller.submit(SetScore(option_id, "effect", score.model_copy(update={"value": value}))) is None


@pytest.fixture
def edited(controller: SessionController) -> SessionController:
    """Entries: 1 create, 2 Bravo effect 8.5, 3 Bravo effect 7, 4 weight of Cost 3."""
    _set_effect(controller, "b", 8.5)
    _set_effect(controller, "b", 7.0)
    assert controller.submit(SetWeight("cost", 3)) is None
    return controller


@pytest.fixture
def panel(qtbot, edited: SessionController) -> HistoryPanel:
    widget = HistoryPanel(edited)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def _shown_ids(panel: HistoryPanel) -> list[int]:
    m = panel.model
    return [m.index(r, 0).data(ENTRY_ID_ROLE) for r in range(m.rowCount())]


def test_lists_entries_newest_first_with_a_verified_chain(panel: HistoryPanel) -> None:
    assert _shown_ids(panel) == [4, 3, 2, 1]
    m = panel.model
    assert m.index(0, 3).data() == "Change weight" and m.index(0, 4).data() == "weight Cost"
    assert (m.index(0, 5).data(), m.index(0, 6).data()) == ("1", "3")
    assert (m.index(1, 5).data(), m.index(1, 6).data()) == ("8.5", "7")
    assert panel.status_label.property("verified") is True
    assert panel.status_label.text().startswith("History verified: 4 entries, chain intact")
    head = panel.controller.session.audit_log(1)[0].hash
    assert head and head in panel.head_label.text()


def test_filters_by_element_analyst_and_dates(qtbot, panel: HistoryPanel) -> None:
    panel.element_edit.setText("bravo")
    assert _shown_ids(panel) == [4, 3, 2, 1]  # typing is applied once it pauses, not per keystroke
    qtbot.waitUntil(lambda: _shown_ids(panel) == [3, 2])
    panel.element_edit.clear()
    qtbot.waitUntil(lambda: _shown_ids(panel) == [4, 3, 2, 1])
    user = panel.controller.session.audit_log(1)[0].user
    assert panel.user_combo.findData(user) > 0
    panel.user_combo.setCurrentIndex(panel.user_combo.findData(user))
    assert _shown_ids(panel) == [4, 3, 2, 1]
    panel.date_check.setChecked(True)
    today = QDate.currentDate()
    panel.since_edit.setDate(today.addDays(-3))
    panel.until_edit.setDate(today.addDays(-1))
    assert _shown_ids(panel) == []
    panel.until_edit.setDate(today.addDays(1))
    assert _shown_ids(panel) == [4, 3, 2, 1]
    panel.date_check.setChecked(False)
    panel.user_combo.setCurrentIndex(0)
    assert _shown_ids(panel) == [4, 3, 2, 1]


def test_restore_a_value_is_one_undoable_step(qtbot, panel: HistoryPanel) -> None:
    controller = panel.controller
    assert panel.select_entry(2)
    assert panel.restore_button.isEnabled()
    steps = controller.undo_stack.count()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    # entry 2 changed Bravo's effect from small_decision's 9 to 8.5
    assert controller.decision.score("b", "effect").value == 9.0
    assert controller.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [5])
    assert panel.model.index(0, 3).data() == "Restore value from entry #2"
    assert panel.status_label.property("verified") is True

    controller.undo_stack.undo()
    assert controller.decision.score("b", "effect").value == 7.0
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [6])
    controller.undo_stack.redo()
    assert controller.decision.score("b", "effect").value == 9.0


def test_entries_that_cannot_be_restored_disable_the_button(panel: HistoryPanel) -> None:
    assert panel.select_entry(1)  # "Create project"
    assert not panel.restore_button.isEnabled()
    assert not panel.goto_button.isEnabled()


def test_go_to_element_emits_the_cell_or_criterion(qtbot, panel: HistoryPanel) -> None:
    panel.select_entry(3)
    with qtbot.waitSignal(panel.goToElement) as blocker:
        qtbot.mouseClick(panel.goto_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["b", "effect"]
    panel.select_entry(4)
    with qtbot.waitSignal(panel.goToElement) as blocker:
        panel.go_to_element()
    assert blocker.args == ["", "cost"]


def test_a_tampered_file_shows_as_altered(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "tampered.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        for value in (1.5, 2.5, 2.0):
            score = session.decision.score("a", "effect")
            session.apply(SetScore("a", "effect", score.model_copy(update={"value": value})))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE audit SET new = '{\"value\":10.0}' WHERE id = 3")
    conn.close()
    controller = SessionController(ProjectSession.open(path))
    widget = HistoryPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.status_label.property("verified") is False)
    assert widget.status_label.text().startswith("History altered at entry 3")
    assert tone_of(widget.status_label) == "error-strong"
    assert widget.head_label.text() == "" and not widget.copy_button.isEnabled()
    assert _shown_ids(widget) == [4, 3, 2, 1]  # the history still shows
    controller.close_session()


def test_main_window_history_dock_and_go_to_cell(qtbot, edited: SessionController, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
    window = MainWindow(edited, native_dialogs=False, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.history_dock.isVisible()
    assert window.history_action.shortcut().toString() == "Ctrl+H"
    window.history_action.trigger()
    qtbot.waitUntil(window.history_dock.isVisible)
    qtbot.waitUntil(lambda: window.history_panel.model.rowCount() == 4)
    window.history_panel.select_entry(3)
    window.history_panel.go_to_element()
    assert window.score_matrix.current_cell() == ("b", "effect")
    window.history_panel.select_entry(4)
    window.history_panel.go_to_element()
    assert window.criteria_panel.current_criterion().id == "cost"
    # a new edit shows up while the dock is open
    assert edited.submit(SetScore("c", "cost", Score(option_id="c", criterion_id="cost", value=4))) is None
    qtbot.waitUntil(lambda: window.history_panel.model.rowCount() == 5)
    window.history_action.trigger()
    qtbot.waitUntil(lambda: not window.history_dock.isVisible())


def test_one_entry_is_counted_in_the_singular(qtbot, controller: SessionController) -> None:
    widget = HistoryPanel(controller)  # a new project: creating it is the only entry
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.status_label.property("verified") is True)
    assert widget.status_label.text().startswith("History verified: 1 entry, chain intact")


def test_tab_leaves_the_entries_table(qtbot, panel: HistoryPanel) -> None:
    """Tab and Shift+Tab move on from the table instead of walking its cells."""
    panel.activateWindow()
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        panel.table.setFocus()
        qtbot.waitUntil(panel.table.hasFocus)
        qtbot.keyClick(panel.table, key)
        assert not panel.table.hasFocus(), key


# ------------------------------------------------------------------ fix 16a: words, undo/redo, long histories


def test_values_read_as_names_and_changed_fields_with_the_full_value_in_the_tooltip(
        qtbot, panel: HistoryPanel) -> None:
    controller = panel.controller
    assert controller.submit(SetWeights({"effect": 6, "cost": 2})) is None  # Effect 3, Cost 3 (fixture) before
    d = controller.decision
    assert controller.submit(UpdateInfo(d.title, d.description, "Restricted")) is None
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [6])
    m = panel.model
    assert (m.index(1, 5).data(), m.index(1, 6).data()) == ("Effect 3, Cost 3", "Effect 6, Cost 2")
    assert (m.index(0, 5).data(), m.index(0, 6).data()) == ("notice: 'Test data only'", "notice: 'Restricted'")
    tip = m.index(1, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Effect 6, Cost 2") and '"effect": 6' in tip and '"cost": 2' in tip
    cost = controller.decision.criterion("cost")
    assert controller.submit(UpdateCriterion(cost.model_copy(update={"name": "Price"}))) is None
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [7])
    assert m.index(2, 6).data() == "Effect 6, Price 2"  # names as the project has them now


def test_undo_and_redo_rows_are_marked(qtbot, panel: HistoryPanel) -> None:
    controller = panel.controller
    controller.undo_stack.undo()  # entry 4 set Cost's weight 1 -> 3
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [5])
    m = panel.model
    assert (m.index(0, 3).data(), m.index(0, 5).data(), m.index(0, 6).data()) == ("Undo: Change weight", "3", "1")
    assert "Undo" in m.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    controller.undo_stack.redo()
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [6])
    assert (m.index(0, 3).data(), m.index(0, 5).data(), m.index(0, 6).data()) == ("Redo: Change weight", "1", "3")
    assert m.index(2, 3).data() == "Change weight"  # the edit itself stays as it was
    assert panel.status_label.property("verified") is True


def _count_reads(monkeypatch: pytest.MonkeyPatch, panel: HistoryPanel) -> tuple[list, list]:
    """Record every read of the history (with its limit) and every full verification."""
    import counterweight.services.history as history_service
    import counterweight.ui.widgets.history_panel as panel_module

    session = panel.controller.session
    reads: list = []
    verifies: list = []
    read, verify = session.audit_log, history_service.verify_audit

    def counted_read(*args: object, **kwargs: object) -> list:
        reads.append(args[0] if args else kwargs.get("limit"))
        return read(*args, **kwargs)

    def counted_verify(*args: object, **kwargs: object) -> object:
        verifies.append(args)
        return verify(*args, **kwargs)
    monkeypatch.setattr(session, "audit_log", counted_read)
    monkeypatch.setattr(history_service, "verify_audit", counted_verify)
    monkeypatch.setattr(panel_module, "verify_audit", counted_verify)
    return reads, verifies


def test_an_edit_reads_and_checks_only_the_new_entry(qtbot, panel: HistoryPanel,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    reads, verifies = _count_reads(monkeypatch, panel)
    assert panel.controller.submit(SetWeight("cost", 5)) is None
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [5])
    assert reads == [1] and verifies == []  # one new entry read; the log is not walked again
    assert panel.status_label.text().startswith("History verified: 5 entries, chain intact")
    assert panel.controller.session.audit_log(1)[0].hash in panel.head_label.text()
    panel.verify_button.click()  # the explicit check reads and verifies everything
    assert reads[-1] is None and len(verifies) == 1
    assert panel.status_label.text().startswith("History verified: 5 entries, chain intact")


def test_an_old_entry_altered_while_the_panel_is_open_shows_at_the_next_full_check(
        qtbot, panel: HistoryPanel) -> None:
    controller = panel.controller
    conn = sqlite3.connect(controller.session.path)
    with conn:
        conn.execute("UPDATE audit SET new = '{\"value\":1.0}' WHERE id = 2")
    conn.close()
    assert controller.submit(SetWeight("cost", 5)) is None
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [5])
    panel.verify_button.click()
    assert panel.status_label.property("verified") is False
    assert panel.status_label.text().startswith("History altered at entry 2")
    assert controller.submit(SetWeight("cost", 6)) is None  # later edits do not mend it
    qtbot.waitUntil(lambda: _shown_ids(panel)[:1] == [6])
    assert panel.status_label.text().startswith("History altered at entry 2")


def test_opening_the_panel_again_verifies_everything(qtbot, panel: HistoryPanel) -> None:
    controller = panel.controller
    panel.hide()
    conn = sqlite3.connect(controller.session.path)
    with conn:
        conn.execute("UPDATE audit SET new = '{\"value\":1.0}' WHERE id = 2")
    conn.close()
    assert controller.submit(SetWeight("cost", 5)) is None
    panel.show()
    qtbot.waitUntil(lambda: panel.status_label.property("verified") is False)
    assert panel.status_label.text().startswith("History altered at entry 2")
    assert _shown_ids(panel) == [5, 4, 3, 2, 1]
