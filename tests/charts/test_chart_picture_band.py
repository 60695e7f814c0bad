"""h27i: a saved chart picture keeps its title band whole at every scale, and the Sensitivity chart,
whose legend the window shows outside it, is saved with a legend of its own."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtGui import QFont, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counterweight.charts import build_contribution_chart  # noqa: E402
from counterweight.charts.export import chart_image, save_chart_svg  # noqa: E402
from counterweight.charts.sensitivity_chart import build_sensitivity_chart  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from counterweight.services.robustness import sensitivity_analysis  # noqa: E402
from tests.factories import small_decision  # noqa: E402

pytestmark = pytest.mark.qt

TITLE, CAPTION = "Score against weight chart", "Options for the winter review · 2025-01-31"
SVG = "{http://www.w3.org/2000/svg}"


def dark_rows(image: QImage, top: int, bottom: int) -> list[int]:
    """The pixel rows between ``top`` and ``bottom`` that hold some dark (text) pixel."""
    return [y for y in range(top, bottom)
            if any(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 2))]


def _band(chart, scale: int) -> tuple[QImage, int]:  # noqa: ANN001
    """The picture at ``scale`` with title and caption, and its band's height (picture minus the plain one)."""
    size = QSize(500, 300)
    titled = chart_image(chart, size, scale, title=TITLE, caption=CAPTION)
    plain = chart_image(chart, size, scale)
    return titled, titled.height() - plain.height()


@pytest.fixture
def larger_text(qapp):  # noqa: ANN001, ANN201
    """The application's text one and a half times its usual size, as a larger system text size gives."""
    old = QFont(QApplication.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.5)
    QApplication.setFont(big)
    yield
    QApplication.setFont(old)


def ink(image: QImage, top: int, bottom: int) -> int:
    """How many dark pixels lie between rows ``top`` and ``bottom`` (the amount of text drawn there)."""
    return sum(1 for y in range(top, bottom) for x in range(image.width()) if image.pixelColor(x, y).lightness() < 128)


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive rows as (first, last): one per line of text."""
    out: list[tuple[int, int]] = []
    for y in rows:
        if out and y == out[-1][1] + 1:
            out[-1] = (out[-1][0], y)
        else:
            out.append((y, y))
    return out


def right_edge(image: QImage, top: int, bottom: int) -> int:
    """The rightmost column holding a dark pixel between rows ``top`` and ``bottom``."""
    return max((x for x in range(image.width()) for y in range(top, bottom, 2)
                if image.pixelColor(x, y).lightness() < 128), default=-1)


@pytest.mark.parametrize("scale", [1, 2, 3])
@pytest.mark.parametrize("text", ["usual", "larger"])
def test_the_band_text_is_whole_inside_the_picture(qapp, request, scale: int, text: str) -> None:  # noqa: ANN001
    """The band's font was in points, painted on a 192 dpi image through a painter scaled by 2 again, while
    the band was measured on the screen: the title came out four times its size, ran into the caption,
    and both were cut off at the foot of the band."""
    if text == "larger":
        request.getfixturevalue("larger_text")
    d = small_decision()
    image, band = _band(build_contribution_chart(d, evaluate(d)), scale)
    rows = dark_rows(image, 0, band)
    assert rows, "no text in the band"
    assert rows[0] >= 3 * scale  # a margin above the title
    assert rows[-1] <= band - 3 * scale  # and below the caption: nothing runs into the chart
    # the picture at 1x is the reference (measured and painted at 96 dpi, as on the screen); at every
    # scale the title and the caption are two separate lines, each as tall and as wide for the picture's size
    one, band_one = _band(build_contribution_chart(d, evaluate(d)), 1)
    lines, lines_one = runs(rows), runs(dark_rows(one, 0, band_one))
    assert len(lines) == len(lines_one) == 2
    for (top, bottom), (top_one, bottom_one) in zip(lines, lines_one):
        assert abs((bottom - top) - scale * (bottom_one - top_one)) <= 4 * scale  # glyphs hint to whole pixels
        wide = scale * right_edge(one, top_one, bottom_one + 1)  # hinted advances: a few per cent either way
        assert abs(right_edge(image, top, bottom + 1) - wide) <= 0.05 * wide
    assert abs(band - scale * band_one) <= 2 * scale
    # the same words, whole: the ink grows with the area (text four times too large, or cut off, does not)
    assert ink(image, 0, band) == pytest.approx(scale * scale * ink(one, 0, band_one), rel=0.2)


def _sensitivity_chart(*, legend: bool, excluded: tuple[str, ...] = ()):  # noqa: ANN202
    d = small_decision()
    result = sensitivity_analysis(d)
    return d, build_sensitivity_chart(result, result.criteria[0].criterion_id, legend=legend, excluded=excluded)


def test_the_sensitivity_picture_has_a_legend_the_window_shows_outside_the_chart(qapp) -> None:  # noqa: ANN001
    d, chart = _sensitivity_chart(legend=False)  # as the Sensitivity tab builds it
    image = chart_image(chart, QSize(500, 300), 2)
    assert image.height() > 2 * 300 + 40  # room under the chart for the legend
    from counterweight.charts.picture_legend import picture_entries, wants_legend

    assert wants_legend(chart)
    foot = dark_rows(image, 2 * 300, image.height())
    assert len(foot) >= 2 * 12 * len(d.options) // 2  # names written under the chart
    # each option's line colour is drawn in the legend, under the chart
    colours = {e.pen.color().name() for e in picture_entries(chart) if e.kind == "line"}
    seen = {image.pixelColor(x, y).name() for y in range(2 * 300, image.height(), 1) for x in range(0, image.width(), 3)}
    assert colours <= seen
    # a chart with its own legend inside gets none under it
    _d, inside = _sensitivity_chart(legend=True)
    assert not wants_legend(inside)
    assert chart_image(inside, QSize(500, 300), 2).height() == 2 * 300


def test_the_picture_legend_names_every_option_whole_with_its_dashes(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    d = small_decision()
    out = d.options[-1]
    _d, chart = _sensitivity_chart(legend=False, excluded=(out.id,))
    saved = save_chart_svg(chart, tmp_path / "s.svg", QSize(500, 300), title=TITLE, caption=CAPTION)
    texts = [" ".join("".join(t.itertext()).split()) for t in ET.parse(saved).getroot().iter(f"{SVG}text")]
    for option in d.options:
        assert option.name in texts
    from counterweight.charts.picture_legend import picture_entries

    entries = picture_entries(chart)
    names = [e.name for e in entries]
    assert all(o.name in names for o in d.options)
    lines = {e.name: e.pen for e in entries if e.kind == "line"}
    assert lines[out.name].style() == Qt.PenStyle.DotLine  # a red line keeps it out: dotted, as on screen
    assert [e.kind for e in entries if e.name.startswith("Top ")] == ["dot"]


def test_a_legend_line_is_long_enough_to_show_its_dashes_twice(qapp) -> None:  # noqa: ANN001
    from counterweight.charts.picture_legend import PictureLegend, picture_entries

    _d, chart = _sensitivity_chart(legend=False)
    image = chart_image(chart, QSize(500, 300), 2)
    legend = PictureLegend(picture_entries(chart), image, chart.legend().font())
    for _k, _lines, sample, _whole in (e for row in legend._rows(1000.0) for e in row):
        for entry in legend.entries:
            if entry.kind == "line" and entry.pen.style() != Qt.PenStyle.SolidLine:
                period = sum(entry.pen.dashPattern()) * entry.pen.widthF() * legend.unit
                assert sample >= 2 * period - 0.01


def test_the_sensitivity_chart_saved_from_the_window_has_its_legend(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """The window shows this chart's legend in a label under it: the saved picture had lines and no key."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtCore import QSettings

    from counterweight.services.session import ProjectSession
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    d = small_decision()
    controller = SessionController(ProjectSession.create(tmp_path / "p.counterweight", d))
    window = MainWindow(controller, native_dialogs=False,
                        settings=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    try:
        tabs = window.analysis_tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if "Sensitivity" in tabs.tabText(i).replace("&", "")))

        def charted() -> QChartView:
            view = window.findChild(QChartView, "sensitivityChartView")
            assert view is not None and view.chart() is not None and view.chart().series()
            return view

        qtbot.waitUntil(lambda: charted() is not None, timeout=10_000)
        view = charted()
        assert not view.chart().legend().isVisible()  # the window's legend is the label under the chart
        saved = window.brief_actions.charts.save_chart(view, "svg", tmp_path / "chart.svg")
        texts = [" ".join("".join(t.itertext()).split()) for t in ET.parse(saved).getroot().iter(f"{SVG}text")]
        assert all(option.name in texts for option in d.options)
        png = QImage(str(window.brief_actions.charts.save_chart(view, "png", tmp_path / "chart.png")))
        assert png.height() > 2 * view.chart().size().height() + 80  # the band above and the legend under
    finally:
        controller.undo_stack.clear()
        controller.close_session()


def _colour_runs(image: QImage, y: int, colour, left: int = 0) -> list[tuple[int, int]]:  # noqa: ANN001
    """Runs of pixels of about ``colour`` along row ``y`` from ``left``: the dashes of a line drawn there."""
    out: list[tuple[int, int]] = []
    for x in range(left, image.width()):
        c = image.pixelColor(x, y)
        if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < 60:
            if out and out[-1][1] == x - 1:
                out[-1] = (out[-1][0], x)
            else:
                out.append((x, x))
    return out


def test_the_method_ranks_picture_shows_each_dash_pattern_in_its_legend(qtbot) -> None:  # noqa: ANN001
    """h27l: the Compare methods chart's own (Qt) legend draws a line sample too short for a dash pattern, in
    the saved picture as in the window; the picture now has the picture legend under the chart instead."""
    from PySide6.QtCharts import QChartView

    from counterweight.charts.method_ranks_chart import build_method_ranks_chart
    from counterweight.charts.picture_legend import picture_entries, wants_legend
    from counterweight.services.analysis import compare

    d = small_decision()
    chart = build_method_ranks_chart(compare(d), d.method)
    view = QChartView(chart)  # as the window shows it: Qt's legend beside the plot
    qtbot.addWidget(view)
    view.resize(700, 400)
    with qtbot.waitExposed(view):
        view.show()
    assert chart.legend().isVisible() and wants_legend(chart)
    plot, size = chart.plotArea(), chart.size().toSize()
    image = chart_image(chart, size, 2)
    high = 2 * size.height()
    assert image.height() > high + 30  # the legend under the chart
    entries = picture_entries(chart)
    assert [e.name for e in entries] == [name for _, name, _ in chart.rows]  # whole names, in the legend's order
    dashed = [e for e in entries if e.pen.style() != Qt.PenStyle.SolidLine]
    assert dashed
    for entry in dashed:
        colour = entry.pen.color()
        per_period = len(entry.pen.dashPattern()) // 2  # dashes in one period of the pattern
        rows = [_colour_runs(image, y, colour) for y in range(high, image.height())]
        assert max(len(r) for r in rows) >= 2 * per_period, entry.name  # two periods drawn, at least
    # Qt's legend is not in the picture: the plot, and the lines, take the room it has in the window
    right = int(2 * (plot.right() + 4))
    assert any(_colour_runs(image, y, entries[0].pen.color(), right) for y in range(0, high, 2))
    # and the window's chart is as it was
    assert chart.legend().isVisible() and chart.plotArea() == plot
