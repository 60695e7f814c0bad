"""PanelScrollArea: a panel gets the visible area, and scrolls only below its minimum size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from counterweight.ui.widgets.scrolling import PanelScrollArea, inner


def _panel() -> QWidget:
    """A wrapped label (so the layout has a height for width) over a stretchy text box."""
    panel = QWidget()
    panel.setObjectName("demoPanel")
    column = QVBoxLayout(panel)
    label = QLabel(" ".join(["A scale description that wraps over several lines."] * 6), panel)
    label.setWordWrap(True)
    column.addWidget(label)
    box = QPlainTextEdit(panel)
    box.setMinimumHeight(120)
    column.addWidget(box, 1)
    return panel


def test_a_panel_that_fits_its_minimum_does_not_scroll(qtbot) -> None:
    panel = _panel()
    area = PanelScrollArea(panel)
    qtbot.addWidget(area)
    least = panel.minimumSizeHint()
    area.resize(400, least.height() + 10)
    area.show()
    qtbot.waitExposed(area)
    QApplication.processEvents()
    # setWidgetResizable(True) made the panel its preferred height for the width, taller than this
    assert panel.heightForWidth(area.viewport().width()) > area.viewport().height()
    assert area.verticalScrollBar().maximum() == 0
    assert panel.size() == area.viewport().size()


def test_a_smaller_area_scrolls_to_all_of_the_panel(qtbot) -> None:
    panel = _panel()
    area = PanelScrollArea(panel)
    qtbot.addWidget(area)
    area.resize(400, 100)
    area.show()
    qtbot.waitExposed(area)
    QApplication.processEvents()
    assert panel.height() >= panel.minimumSizeHint().height()
    assert area.verticalScrollBar().maximum() == panel.height() - area.viewport().height() > 0
    assert area.objectName() == "demoPanelScroll" and inner(area) is panel and area.focusProxy() is None
