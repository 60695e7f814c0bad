"""h28b: the Compare methods tab's legend shows each option's colour and dash pattern, as the Sensitivity tab's does.

Qt's own legend in the window drew a bit of line too short for a dash pattern, so the dashes that tell
the options' lines apart (in grey, and for colour-blind readers) could not be seen there; the saved
picture already had a proper legend. The window now hides Qt's legend and shows the chart's entries in a
wrapping label under the chart: a picture of each line, long enough for two periods of the longest dash
pattern, in the line's colour; a grey ring for a shared rank. These tests decode the pictures.
"""

from __future__ import annotations

import base64
import re

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from benchmarks.synthetic import generate_decision
from counterweight.charts.export import chart_image
from counterweight.charts.picture_legend import picture_entries, wants_legend
from counterweight.ui.widgets.comparison_panel import ComparisonPanel
from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel
from tests.factories import small_decision
from tests.ui.conftest import controller_on
from tests.ui.test_theme import PALETTES

pytestmark = pytest.mark.qt
_ENTRY = re.compile(r'<img src="data:image/png;base64,([^"]+)" width="(\d+)" height="(\d+)">&nbsp;(.*?)(?= &nbsp; |<br>|$)')


@pytest.fixture
def controller(tmp_path):
    """Six options (six dash patterns), ranked differently by the methods, two sharing a rank somewhere."""
    yield from controller_on(tmp_path / "six.counterweight", generate_decision(6, 5))


@pytest.fixture
def small(tmp_path):
    yield from controller_on(tmp_path / "small.counterweight", small_decision())


def _runs(image: QImage) -> list[int]:
    """The lengths of the painted stretches along the picture's middle row."""
    y = image.height() // 2
    runs: list[int] = []
    previous = False
    for x in range(image.width()):
        on = image.pixelColor(x, y).alpha() > 100
        if on and not previous:
            runs.append(0)
        if on:
            runs[-1] += 1
        previous = on
    return runs


def _pictures(label: QLabel) -> dict[str, QImage]:
    """Each entry's picture in the legend label, by the entry's name (as plain text)."""
    out = {}
    for match in _ENTRY.finditer(label.text()):
        name = re.sub(r"<[^>]+>", "", match.group(4)).replace("&nbsp;", " ")
        out[name] = QImage.fromData(base64.b64decode(match.group(1)))
    return out


def _panel(qtbot, controller, width: int = 520) -> ComparisonPanel:
    panel = ComparisonPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(width, 900)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.chart is not None, timeout=5000)
    return panel


def _periods_shown(image: QImage, pattern: list[float]) -> float:
    """How many periods of ``pattern`` (dash, gap, dash, gap...) the picture's runs make."""
    return len(_runs(image)) / (len(pattern) // 2)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_window_legend_draws_each_option_s_line_with_two_periods_of_its_dashes(
        qtbot, controller, use_palette, palette) -> None:  # noqa: ANN001
    if palette == "dark":
        use_palette(PALETTES["dark"]())
    panel = _panel(qtbot, controller)
    label = panel.findChild(QLabel, "methodRanksChartLegend")
    assert label is not None and label.isVisible(), "a legend under the chart"
    chart = panel.chart
    assert not chart.legend().isVisible()  # Qt's short samples are not shown
    pictures = _pictures(label)
    dashed = 0
    for oid, name, _ranks in chart.rows:
        pen = chart.option_series[oid][0].pen()
        image = pictures[name]
        solid = max(range(image.width()), key=lambda x: image.pixelColor(x, image.height() // 2).alpha())
        colour = image.pixelColor(solid, image.height() // 2)
        assert max(abs(a - b) for a, b in zip(colour.getRgb()[:3], pen.color().getRgb()[:3])) <= 3, name
        if pen.dashPattern() and pen.style().name != "SolidLine":
            dashed += 1
            assert _periods_shown(image, list(pen.dashPattern())) >= 2, (name, list(pen.dashPattern()), _runs(image))
        else:
            assert len(_runs(image)) == 1, name  # a solid line
    assert dashed >= 4
    assert chart.tied_points() and "Shared rank (tie)" in pictures  # the grey ring's entry
    ring = pictures["Shared rank (tie)"]
    assert len(_runs(ring)) == 2  # a ring: its two sides along the middle row
    # a picture saved or copied from the window still has the legend, painted under the chart
    assert wants_legend(chart)
    entries = picture_entries(chart)
    assert [e.name for e in entries][: len(chart.rows)] == [name for _, name, _ in chart.rows]
    assert entries[-1].kind == "dot" and entries[-1].brush.style().name == "NoBrush"  # the ring, not a filled dot
    size = chart.size().toSize()
    assert chart_image(chart, size, 2).height() > 2 * size.height() + 40


def test_every_mark_of_the_legend_is_as_long_so_the_names_line_up(qtbot, controller) -> None:  # noqa: ANN001
    panel = _panel(qtbot, controller)
    label = panel.findChild(QLabel, "methodRanksChartLegend")
    assert label is not None
    widths = {int(m.group(2)) for m in _ENTRY.finditer(label.text())}
    assert len(widths) == 1 and len(_pictures(label)) == len(panel.chart.rows) + 1, widths


def test_the_sensitivity_legend_shows_two_periods_too(qtbot, small) -> None:  # noqa: ANN001
    """Consistent with the Compare methods tab: the Sensitivity legend's marks show two periods of each pattern."""
    panel = SensitivityPanel(small)
    qtbot.addWidget(panel)
    panel.resize(560, 1200)
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.show()
    pictures = _pictures(panel.chart_legend)
    for series, (text, _colour, _kind) in zip(panel.chart.option_series, panel.chart.legend_entries()):
        pattern = list(series.pen().dashPattern())
        if series.pen().style().name != "SolidLine":
            image = next(img for name, img in pictures.items() if name.startswith(text))
            assert _periods_shown(image, pattern) >= 2, (text, pattern, _runs(image))
