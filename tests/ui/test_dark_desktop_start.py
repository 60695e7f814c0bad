"""A desktop that is dark before Counterweight starts: every chart is built dark, without an error.

The charts' own series colours were set by a hook that ran while the chart was still
being built (before its series existed), so on a dark desktop the Ranking's chart could
not be made at all (``AttributeError: 'ContributionChart' object has no attribute
'series_'``); switching to dark after the start, which the theme tests did, never met it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from counterweight.charts.style import chart_colours, screen_is_dark
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController
from tests.ui.test_theme import dark_palette


@pytest.fixture
def dark_desktop(qapp):  # noqa: ANN001, ANN201
    original = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(original)


def test_the_window_opens_the_example_on_a_dark_desktop(qtbot, dark_desktop, example_session) -> None:  # noqa: ANN001
    assert screen_is_dark()
    controller = SessionController(example_session)
    window = MainWindow(controller, native_dialogs=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    chart = window.findChild(object, "contributionChartView").chart()
    assert chart.series() and chart.series()[0].barSets()  # filled, not left empty by an error
    assert chart.backgroundBrush().color() == chart_colours(True)["background"]
    ink = {b.color().name() for b in chart.series()[0].barSets()}
    assert ink and ink != {"#000000"}
