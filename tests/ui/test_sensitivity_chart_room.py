"""The Sensitivity tab's two charts read in full in the narrow column, at 100 % and 150 % text.

QA (1,366 x 768, 150 % text, the example decision): in the tornado chart every row label read
"...", the axis title "← decrease % of ran..." and the legend "Fragile: under 10 % of its...";
the score-against-weight chart's vertical title read "Score o...". The texts checked here are
the ones Qt Charts drew in the scene (see tests/ui/test_chart_room.py), not the ones set.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from counterweight.ui.session_controller import SessionController
from tests.ui.test_chart_room import READABLE_LINES, _shown_texts
from tests.ui.test_sensitivity_supersede import _panel

pytestmark = pytest.mark.qt

#: A name shortened to fit keeps at least this many of its characters.
READABLE_CHARS = 8
LONG_NAME = "Disruption of the Russia-North Korea nuclear bargain"


def _flat(text: str) -> str:
    """A drawn text with its line breaks and runs of (no-break) spaces read as one space."""
    return " ".join(text.split())


def _cut(text: str) -> bool:
    return text.endswith("...") or text.strip() in ("…", "...")  # Qt's own cut, or nothing left


@pytest.fixture
def narrow_panel(qtbot, example_session, scale_font, request):
    """The Sensitivity tab as wide as the right column of a 1,366 px window, results shown."""
    scale_font(request.param)
    controller = SessionController(example_session)
    yield _panel(qtbot, controller, (420, 700), timeout=20_000)
    controller.undo_stack.clear()


def _settled(qtbot, view) -> None:
    """Wait until ``view`` has the height its chart asked for (the chart says so after a layout)."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.waitUntil(lambda: view.height() >= view.minimumHeight(), timeout=3000)


@pytest.mark.parametrize("narrow_panel", [1.0, 1.5], indirect=True)
def test_tornado_rows_title_and_legend_read_in_full(qtbot, narrow_panel):
    panel = narrow_panel
    view, chart = panel.tornado_view, panel.tornado
    _settled(qtbot, view)
    assert view.width() < 440  # as narrow as the tab at 1,366 x 768
    texts = _shown_texts(view)
    drawn = [t for t, _ in texts]
    # a row of two lines (QA 21: one line cut both names) is drawn with a line break
    rows = [label.replace("\u200b", "").replace("<br>", "\n") for label in chart.category_axis.categories()]
    for item, label in zip(chart.items, rows):
        assert label in drawn and not _cut(label), (label, drawn)  # drawn as set: Qt cut none of them
        if item.kind == "weight":  # the criterion's name, shortened at most to its first characters
            assert item.criterion[:READABLE_CHARS] in label, (item.criterion, label)
    title = next((text, rect) for text, rect in texts if text.startswith("←"))
    assert _flat(title[0]) == "← decrease % of range increase →"  # whole, on one line or more
    legend = chart.legend().geometry()
    assert title[1].bottom() <= legend.top() + 1  # not under the legend
    entries = {_flat(t) for t in drawn}
    assert {"Fragile: under 10 % of its range", "Robust"} <= entries
    assert legend.bottom() <= chart.size().height() + 0.5
    line = QFontMetricsF(chart.category_axis.labelsFont()).height()
    assert chart.plotArea().height() / len(rows) >= READABLE_LINES * line  # a band Qt draws a label in
    assert len(rows) == min(chart.max_items, len(chart.all_items))  # every row shown: the tab scrolls instead


@pytest.mark.parametrize("narrow_panel", [1.0, 1.5], indirect=True)
def test_score_chart_axis_titles_read_in_full(qtbot, narrow_panel):
    panel = narrow_panel
    view, chart = panel.chart_view, panel.chart
    for name in ("Benefits", LONG_NAME):  # a long name's title takes two lines or more: the chart grows
        cid = next(c.criterion_id for c in panel.result.criteria if c.name == name)
        panel.select_criterion(cid)
        _settled(qtbot, view)
        texts = {_flat(t): rect for t, rect in _shown_texts(view)}
        assert "Score out of 100" in texts, list(texts)  # was "Score o..." at 150 %
        weight = texts.get(f"Local weight of {name} (%)")
        assert weight is not None, list(texts)
        plot = chart.plotArea()
        assert weight.top() >= plot.bottom() and weight.bottom() <= chart.size().height() + 1
        assert plot.height() >= 6 * QFontMetricsF(chart.score_axis.labelsFont()).height()
