"""QA pass 30, keyboard only: Tab reaches every control of a tab in screen order and Shift+Tab walks it back,
a tab built on first use comes right after the tab bar, Ctrl+6 lands in the Disagreement panel, and the
focus shows on a chart view and on the other widgets that drew none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolButton, QWidget

from counterweight.ui.widgets.analysis_tabs import DISAGREEMENT, PERSPECTIVES, RANKING, SENSITIVITY, TRADEOFFS


def _walk(qtbot, window, start: QWidget, backwards: bool = False, limit: int = 300) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits from ``start`` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    seen: list[QWidget] = []
    for _ in range(limit):
        w = QApplication.focusWidget()
        seen.append(w)
        mods = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation():
            mods |= Qt.KeyboardModifier.ControlModifier
        qtbot.keyClick(w, key, mods)
        if QApplication.focusWidget() is start:
            return seen
    pytest.fail(f"Tab never came back; stuck around {[x.objectName() for x in seen[-4:]]}")


def _names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() for w in widgets]


def _open(qtbot, window, index: int) -> QWidget:
    window.activateWindow()
    window.analysis_tabs.show_tab(index)
    page = window.analysis_tabs.page(index)
    panel = getattr(page, "panel", None) or page
    qtbot.wait(50)
    return panel


def test_tab_reaches_the_red_lines_chart_and_notes_on_the_ranking_tab(qtbot, window) -> None:
    panel = _open(qtbot, window, RANKING)
    names = _names(_walk(qtbot, window, window.options_panel.list))
    wanted = ["aggregationSelector", "normalizationSelector", "methodSettingsButton", "rankingTable",
              "redLinesButton", "redLineBreachesList", "contributionChartView", "diagnosticsList"]
    shown = [n for n in wanted if panel.findChild(QWidget, n) is not None and panel.findChild(QWidget, n).isVisible()]
    assert [n for n in names if n in shown] == shown, names


@pytest.mark.parametrize("index", range(7))
def test_tab_and_shift_tab_visit_every_control_of_a_tab(qtbot, window, index: int) -> None:
    """Every shown control of the tab is a Tab stop, and Shift+Tab visits the same stops backwards."""
    window.history_dock.show()
    _open(qtbot, window, index)
    page = window.analysis_tabs.widget(index)
    forward = _walk(qtbot, window, window.options_panel.list)
    wanted = [w for w in page.findChildren(QWidget) if w.isVisible() and w.isEnabled()
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
              and not w.objectName().startswith("qt_")]
    missed = [w.objectName() or type(w).__name__ for w in wanted
              if not any(w is s or w.isAncestorOf(s) or s.isAncestorOf(w) for s in forward)]
    assert not missed, f"never reached by Tab: {missed}"
    backward = _walk(qtbot, window, window.options_panel.list, backwards=True)
    assert _names(backward[1:])[::-1] == _names(forward[1:]), "Shift+Tab does not walk Tab's stops back"


@pytest.mark.parametrize("index", [SENSITIVITY, TRADEOFFS])
def test_a_tab_built_on_first_use_comes_right_after_the_tab_bar(qtbot, window, index: int) -> None:
    window.history_dock.show()
    panel = _open(qtbot, window, index)
    names = _names(_walk(qtbot, window, window.options_panel.list))
    after_bar = names[names.index("qt_tabwidget_tabbar") + 1]
    owner = panel.findChild(QWidget, after_bar)
    assert owner is not None, f"after the tab bar comes {after_bar}, not the tab's own controls: {names}"
    assert not any(n.startswith("Scroll") for n in names), "the tab bar's scroll arrows are extra Tab stops"


def test_tab_bar_scroll_arrows_take_no_focus(window) -> None:
    arrows = window.analysis_tabs.tabBar().findChildren(QToolButton)
    assert arrows and all(a.focusPolicy() == Qt.FocusPolicy.NoFocus for a in arrows)


def test_first_ctrl_6_without_analysts_lands_on_the_summary(qtbot, window, controller) -> None:
    assert not controller.decision.analysts
    window.activateWindow()
    window.score_matrix.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    panel = window.analysis_tabs.page(DISAGREEMENT).panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.score_matrix)
    qtbot.wait(100)
    assert QApplication.focusWidget() is panel.summary, QApplication.focusWidget().objectName()


def _changed_pixels(widget: QWidget, qtbot) -> int:
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    before = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    after = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return sum(before.pixel(x, y) != after.pixel(x, y) for x in range(0, before.width(), 2)
               for y in range(0, before.height(), 2))


def test_focus_shows_on_a_chart_and_the_disagreement_summary(qtbot, window) -> None:
    window.activateWindow()
    tabs = window.analysis_tabs
    view = tabs.ranking_panel.chart_view
    _open(qtbot, window, RANKING)
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert _changed_pixels(view, qtbot) > 100, "a chart view shows no focus"
    panel = _open(qtbot, window, DISAGREEMENT)
    assert _changed_pixels(panel.summary, qtbot) > 50, "the disagreement summary shows no focus"
    panel = _open(qtbot, window, PERSPECTIVES)
    assert _changed_pixels(panel.diff_view, qtbot) > 50, "the snapshot comparison shows no focus"


def _progress_shown(qtbot, window):  # noqa: ANN202 - the brief's progress window, shown at once
    actions = window.brief_actions
    actions._show_progress("Preparing the brief…")
    progress = actions._progress
    # as on a desktop where a new non-modal window does not take the focus (offscreen activates every window)
    progress.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    progress.show()
    qtbot.waitExposed(progress)
    return actions, progress


def test_the_brief_progress_window_takes_the_focus_unless_the_user_is_typing(qtbot, window) -> None:
    from PySide6.QtWidgets import QPushButton

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.score_matrix.setFocus()
    actions, progress = _progress_shown(qtbot, window)
    cancel = progress.findChild(QPushButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cancel)
    actions._close_progress()
    qtbot.waitUntil(window.isActiveWindow)

    # typing in a field, the focus stays there: offscreen, Qt itself moves it to any window shown, so the
    # decision is checked, not the focus
    from counterweight.ui.widgets.progress_focus import typing_in_a_field

    assert not typing_in_a_field()
    rationale = window.score_detail.findChild(QWidget, "scoreDetailRationale")
    rationale.setFocus()
    qtbot.waitUntil(rationale.hasFocus)
    assert typing_in_a_field()


def test_a_snapshot_named_like_another_gets_a_number(qtbot, controller) -> None:
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    panel = PerspectivesPanel(controller)
    qtbot.addWidget(panel)
    for _ in range(3):
        assert panel.take_snapshot("kb one") is None
    panel.take_snapshot("KB ONE (2)")
    assert [s.name for s in controller.decision.snapshots] == ["kb one", "kb one (2)", "kb one (3)", "KB ONE (2) (2)"]
