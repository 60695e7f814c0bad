"""Main window: banners, title and modified mark, read-only mode, layout, focus.

The error funnel, start-up and the About dialog are in ``test_main_window_startup.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from counterweight.services.edits import SetWeight
from counterweight.services.option_edits import UpdateOption
from counterweight.services.session import ProjectSession
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(home))
    return home


def make_window(qtbot, controller: SessionController, tmp_path: Path, **kwargs) -> MainWindow:  # noqa: ANN001, ANN003
    settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, controller, tmp_path) -> MainWindow:
    return make_window(qtbot, controller, tmp_path)


def test_opens_on_example_and_shows_notice_banner(qtbot, example_session, tmp_path) -> None:
    controller = SessionController(example_session)
    win = make_window(qtbot, controller, tmp_path)
    notice = example_session.decision.notice
    assert notice.strip(), "the shipped example must carry a notice"
    assert win.banners.notice_banner.isVisible()
    assert win.banners.notice_banner.text() == notice
    assert not win.banners.read_only_banner.isVisible()
    title = win.windowTitle()
    assert title.startswith(example_session.decision.title)
    assert "example.counterweight" in title and title.endswith("Counterweight")
    assert win.options_panel.list.count() == len(example_session.decision.options)
    controller.undo_stack.clear()


def test_notice_banner_follows_decision_notice(window, controller) -> None:
    from counterweight.services.edits import UpdateInfo

    d = controller.decision
    controller.submit(UpdateInfo(d.title, d.description, ""))
    assert not window.banners.notice_banner.isVisible()
    controller.submit(UpdateInfo("Renamed decision", d.description, "Illustrative only"))
    assert window.banners.notice_banner.text() == "Illustrative only"
    assert window.windowTitle().startswith("Renamed decision")


def test_the_notice_can_be_dismissed_until_the_project_is_opened_again(qtbot, window, controller) -> None:
    """QA pass 14: the guide said "Dismiss a notice with its button", but the notice had none."""
    from counterweight.services.edits import SetWeight, UpdateInfo

    d = controller.decision
    controller.submit(UpdateInfo(d.title, d.description, "Illustrative only"))
    window.show()
    banner = window.banners.notice_banner
    assert banner.isVisible() and banner.close_button is not None
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    controller.submit(SetWeight("effect", 5))  # other edits leave it hidden
    assert not banner.isVisible()
    controller.submit(UpdateInfo(d.title, d.description, "A new notice"))  # a changed notice is shown
    assert banner.isVisible() and banner.text() == "A new notice"
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    path = controller.path
    other = path.with_name("other.counterweight")
    ProjectSession.create(other, controller.decision).close()
    assert window.file_actions.open_path(other) and banner.isVisible()  # another project: its notice shows
    assert window.file_actions.open_path(path)  # opened again: shown again
    assert banner.isVisible() and banner.text() == "A new notice"


def test_modified_mark_after_edit_and_cleared_by_ctrl_s(qtbot, window, controller) -> None:
    assert "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    alpha = controller.decision.option("a")
    controller.submit(UpdateOption(alpha.model_copy(update={"name": "Alpha 2"})))
    assert window.isWindowModified()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert "saved automatically" in window.statusBar().currentMessage()
    controller.undo_stack.undo()  # back past the checkpoint: modified again
    assert window.isWindowModified()


def test_undo_redo_actions_and_shortcuts(window, controller) -> None:
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert {s.toString() for s in window.redo_action.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert not window.undo_action.isEnabled()
    controller.submit(SetWeight("effect", 5))
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert controller.decision.criterion("effect").weight == 3
    window.redo_action.trigger()
    assert controller.decision.criterion("effect").weight == 5


def test_undo_reaches_back_as_far_as_the_user_guide_says(controller) -> None:
    from counterweight.ui.session_controller import UNDO_LIMIT

    guide = (Path(__file__).parents[2] / "docs" / "user-guide.md").read_text(encoding="utf-8")
    assert f"reaches back {UNDO_LIMIT:,} steps" in " ".join(guide.split())
    assert controller.undo_stack.undoLimit() == UNDO_LIMIT


def test_edit_error_is_shown_in_a_banner_and_cleared_by_next_change(window, controller) -> None:
    controller.errorRaised.emit("Weight of 'Effect': must not be negative")
    assert window.banners.message_banner.isVisible()
    assert "Effect" in window.banners.message_banner.text()
    controller.submit(SetWeight("effect", 4))
    assert not window.banners.message_banner.isVisible()


def test_read_only_project_shows_banner_and_refuses_edits(qtbot, small_session, tmp_path) -> None:
    path = small_session.path
    small_session.close()
    session = ProjectSession.open(path, read_only=True)
    controller = SessionController(session)
    win = make_window(qtbot, controller, tmp_path, force_read_only=True)
    try:
        assert win.banners.read_only_banner.isVisible()
        assert "read-only" in win.banners.read_only_banner.text().lower()
        assert "(read-only)" in win.windowTitle() and win.windowTitle().endswith("— Counterweight")
        assert not win.options_panel.add_action.isEnabled()
        assert not win.options_panel.delete_action.isEnabled()
        assert not win.criteria_panel.add_action.isEnabled()
        assert not win.file_actions.save_action.isEnabled()
        before = controller.decision
        error = controller.submit(SetWeight("effect", 9))
        assert error is not None and "read-only" in error.lower()
        assert controller.decision == before
        assert win.banners.message_banner.isVisible()
    finally:
        controller.close_session()


def test_layout_is_saved_and_restored(qtbot, controller, tmp_path) -> None:
    first = make_window(qtbot, controller, tmp_path)
    first.resize(760, 560)  # fits the offscreen screen, so the geometry is restored as is
    first.reset_layout()
    default = first.left_splitter.sizes()
    first.left_splitter.setSizes([sum(default) - 150, 150])
    wanted = first.left_splitter.sizes()
    assert wanted != default
    first.close()
    assert (tmp_path / "window-test.ini").exists()
    second = make_window(qtbot, controller, tmp_path)
    assert second.size() == first.size()
    assert second.left_splitter.sizes() == wanted
    second.reset_layout()
    assert second.left_splitter.sizes() == default


def test_docks_tab_and_view_options_come_back(qtbot, controller, tmp_path) -> None:
    first = make_window(qtbot, controller, tmp_path)
    first.history_dock.show()
    first.analysis_tabs.setCurrentIndex(2)
    first.highlight_unsupported_action.setChecked(True)
    first.close()
    second = make_window(qtbot, controller, tmp_path)
    assert not second.history_dock.isHidden()
    assert second.analysis_tabs.currentIndex() == 2
    assert second.highlight_unsupported_action.isChecked() and second.score_matrix.model.highlight_unsupported
    second.history_dock.hide()
    second.analysis_tabs.setCurrentIndex(0)
    second.highlight_unsupported_action.setChecked(False)
    second.close()
    third = make_window(qtbot, controller, tmp_path)
    assert third.history_dock.isHidden() and third.analysis_tabs.currentIndex() == 0
    assert not third.highlight_unsupported_action.isChecked()


def test_the_window_fits_a_small_laptop_screen(qtbot, example_session, tmp_path) -> None:
    """Panels scroll instead of adding up their minimum sizes (was 1,096 x 823, more with history)."""
    controller = SessionController(example_session)
    win = make_window(qtbot, controller, tmp_path)
    try:
        win.history_dock.show()
        tabs = win.analysis_tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            smallest = win.minimumSizeHint().expandedTo(win.minimumSize())
            assert smallest.width() <= 1000 and smallest.height() <= 620, (tabs.tabText(i), smallest)
        win.resize(1000, 620)
        QApplication.processEvents()
        assert (win.width(), win.height()) == (1000, 620)
    finally:
        controller.undo_stack.clear()
        controller.close_session()


def test_cell_selection_in_matrix_selects_option_and_criterion(window) -> None:
    window.score_matrix.currentCellChanged.emit("c", "cost")
    assert window.options_panel.current_option_id() == "c"
    assert window.criteria_panel.current_criterion().id == "cost"


def test_view_shortcuts_move_focus_between_panels(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.criteria_panel.tree.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.options_panel.list.hasFocus)


def test_every_action_and_panel_is_named(window) -> None:
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        if action.text() and not action.isSeparator() and action.menu() is None:
            assert action.objectName(), f"action {action.text()!r} has no objectName"
    for panel in (window.options_panel, window.criteria_panel, window.banners):
        assert panel.objectName() and panel.accessibleName()


def test_tab_reaches_the_controls_above_each_analysis_panel(qtbot, window) -> None:
    """The pages scroll, but Tab still runs through the method choice before the ranking table."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    tabs = window.analysis_tabs
    tabs.show_tab(0)
    tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tabs.tabBar())
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().objectName())
    assert "aggregationSelector" in reached and "normalizationSelector" in reached, reached
    assert "rankingTable" in reached, reached
    assert reached.index("aggregationSelector") < reached.index("rankingTable"), reached


def test_the_matrix_goes_back_to_a_cell_whose_changes_were_refused(qtbot, window, controller) -> None:
    window.score_matrix.select_cell("a", "effect")
    detail = window.score_detail
    detail.value_edit.setText("12")  # outside the 0-10 scale
    detail.value_edit.textEdited.emit("12")  # as typing does
    window.score_matrix.select_cell("b", "harm")
    qtbot.waitUntil(lambda: window.score_matrix.current_cell() == ("a", "effect"))
    assert detail.cell == ("a", "effect") and detail.value_edit.text() == "12"
    assert detail.error_label.isVisible()


def test_going_to_each_analysis_tab_focuses_a_control_not_its_frame(qtbot, window) -> None:
    """Ctrl+1 to Ctrl+6 land on something the keyboard can use (Ctrl+5 once focused the
    Perspectives panel's container, so arrows and typing did nothing)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox

    window.activateWindow()
    tabs = window.analysis_tabs
    usable = (QAbstractItemView, QComboBox, QAbstractSpinBox, QAbstractButton)
    landed = {}
    for index in range(tabs.count()):
        tabs.show_tab(index)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and tabs.currentWidget().isAncestorOf(
            QApplication.focusWidget()))
        landed[tabs.tabText(index)] = QApplication.focusWidget()
    # QA 30: without analysts the Disagreement tab's note (selectable by keyboard) is all there is to reach
    wrong = {name: type(w).__name__ for name, w in landed.items() if not isinstance(w, usable)
             and not (name == "Disagreement" and w is tabs.disagreement_panel.summary)}
    assert not wrong, wrong


def test_a_wider_window_widens_the_analysis_column_too(qtbot, window) -> None:
    """Opened small and then maximised, all the extra width went to the matrix: the weights column kept
    its 228 px, too narrow for the Points boxes and the Global % column."""
    from PySide6.QtWidgets import QApplication

    window.resize(1000, 700)
    QApplication.processEvents()
    narrow = window.main_splitter.sizes()
    window.resize(1900, 1000)
    QApplication.processEvents()
    wide = window.main_splitter.sizes()
    gained = [w - n for w, n in zip(wide, narrow)]
    assert gained[2] > 0 and gained[1] > gained[2], (narrow, wide)
