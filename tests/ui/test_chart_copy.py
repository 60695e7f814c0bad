"""h27l: Edit > Copy chart and each chart's Copy chart put the picture the PNG save makes on the clipboard,
so a chart goes into a Word or PowerPoint brief without a file saved first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence

from counterweight.ui.main_window import MainWindow

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def _view(window: MainWindow, qtbot, name: str) -> QChartView:  # noqa: ANN001
    tabs = window.analysis_tabs
    for index in range(tabs.count()):  # build the lazy tabs and their charts
        tabs.show_tab(index)
        view = window.findChild(QChartView, name)
        if view is not None and view.isVisible():
            break
    qtbot.waitUntil(lambda: view.chart() is not None and bool(view.chart().series()), timeout=10_000)
    window.brief_actions.charts.install_chart_menus()
    return view


def _same_picture(copied: QImage, saved: QImage) -> None:
    """The clipboard's image is the saved PNG: its size (twice the chart's), and its pixels here and there."""
    assert not copied.isNull() and copied.size() == saved.size()
    for fx, fy in ((0.02, 0.02), (0.1, 0.05), (0.3, 0.3), (0.5, 0.5), (0.7, 0.6), (0.5, 0.9), (0.9, 0.97)):
        x, y = int(fx * (saved.width() - 1)), int(fy * (saved.height() - 1))
        assert copied.pixelColor(x, y).rgb() == saved.pixelColor(x, y).rgb(), (x, y)
    ink = [(x, y) for y in range(0, saved.height(), 7) for x in range(0, saved.width(), 7)
           if saved.pixelColor(x, y).lightness() < 128]
    assert len(ink) > 50 and all(copied.pixelColor(x, y).rgb() == saved.pixelColor(x, y).rgb() for x, y in ink)


def test_edit_copy_chart_puts_the_saved_png_picture_on_the_clipboard(window: MainWindow, qtbot, tmp_path) -> None:  # noqa: ANN001
    view = _view(window, qtbot, "contributionChartView")
    charts = window.brief_actions.charts
    edit = window.findChild(type(window.menuBar().actions()[0].menu()), "editMenu")
    assert charts.copy_action in edit.actions() and charts.copy_action.isEnabled()
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    QGuiApplication.clipboard().clear()
    charts.copy_action.trigger()
    assert "Copied the chart" in window.statusBar().currentMessage()
    saved = QImage(str(charts.save_chart(view, "png", tmp_path / "chart.png")))
    assert saved.width() == 2 * view.chart().size().width()  # twice the chart's size: it pastes crisply
    mime = QGuiApplication.clipboard().mimeData()
    assert "image/png" in mime.formats()
    _same_picture(QGuiApplication.clipboard().image(), saved)
    _same_picture(QImage.fromData(mime.data("image/png"), "PNG"), saved)


def test_every_chart_menu_copies_its_chart(window: MainWindow, qtbot, tmp_path) -> None:  # noqa: ANN001
    view = _view(window, qtbot, "methodRanksChartView")  # the Compare methods tab: its picture legend too
    copy = view.findChild(QAction, "copyChartPictureAction")
    assert copy is not None and copy in view.actions() and copy.text().replace("&", "") == "Copy chart"
    QGuiApplication.clipboard().clear()
    copy.trigger()
    saved = QImage(str(window.brief_actions.charts.save_chart(view, "png", tmp_path / "ranks.png")))
    _same_picture(QGuiApplication.clipboard().image(), saved)
    assert not view.chart().legend().isVisible()  # the window shows its legend in a label under the chart (h28b)


def test_copy_chart_has_a_shortcut_of_its_own(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """Ctrl+C copies scores in the table; Copy chart has Ctrl+Shift+C, which nothing else in the window uses."""
    view = _view(window, qtbot, "contributionChartView")
    key = window.brief_actions.charts.copy_action.shortcut()
    assert key == QKeySequence("Ctrl+Shift+C")
    others = [a.objectName() for a in window.findChildren(QAction)
              if a is not window.brief_actions.charts.copy_action and key in a.shortcuts()]
    assert others == []
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull(), timeout=3000)
    assert QGuiApplication.clipboard().image().width() == 2 * view.chart().size().width()
