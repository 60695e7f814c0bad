"""Chart lines keep 3:1 against the chart on dark and high-contrast palettes (h26d visual QA).

On a high-contrast white palette the sensitivity chart drew Okabe-Ito yellow (1.3:1), sky blue
and their paler shades on white, and the method-ranks chart the same; on a dark palette the
darker shades fell under 3:1 too. Lines of on-screen charts are now lifted to 3:1 (WCAG 2.1,
1.4.11) on those palettes. h26k: on white paper and ordinary light screens the plain yellow, orange and
sky blue fell under 3:1 too; light grounds now take the deeper shades of
``palette.LIGHT_SERIES_COLOURS`` (each 3:1 on white), in print and on screen alike.
Ratios use the independent formula of tests/ui/test_theme.py.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from tests.ui.test_theme import PALETTES, wcag_ratio

pytestmark = pytest.mark.qt

CONTRAST_KINDS = ["light", "dark", "hc-black", "hc-white"]
_VIEWS: list = []  # chart views made by _background, alive until the test ends


@pytest.fixture(autouse=True)
def _forget_views() -> Iterator[None]:
    yield
    _VIEWS.clear()  # the chart views made by _background (the palette itself: conftest's use_palette)


def _twelve_options():  # noqa: ANN202
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    try:
        from synthetic import generate_decision
    finally:
        sys.path.pop(0)
    return generate_decision(14, 6)


def _sensitivity(for_print: bool = False):  # noqa: ANN202
    from counterweight.charts.sensitivity_chart import build_sensitivity_chart
    from counterweight.services.robustness import sensitivity_analysis

    result = sensitivity_analysis(_twelve_options())
    return build_sensitivity_chart(result, result.criteria[0].criterion_id, for_print=for_print)


def _ranks(for_print: bool = False):  # noqa: ANN202
    from counterweight.charts.method_ranks_chart import build_method_ranks_chart
    from counterweight.engine.comparison import compare_methods

    decision = _twelve_options()
    return build_method_ranks_chart(compare_methods(decision), decision.method.aggregation, for_print=for_print)


def _background(qtbot, chart) -> QColor:  # noqa: ANN001
    """The colour the chart is painted on, read from a grab (a light chart's brush is a gradient)."""
    from PySide6.QtCharts import QChartView

    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(640, 420)
    _VIEWS.append(view)
    return QColor(view.grab().toImage().pixelColor(20, 20))  # inside the chart's rounded corner


def _line_colours(chart) -> list[QColor]:  # noqa: ANN001
    series = chart.option_series
    parts = [s for group in series.values() for s in group] if isinstance(series, dict) else list(series)
    return [QColor(s.pen().color()) for s in parts]


@pytest.mark.parametrize("name", CONTRAST_KINDS)
@pytest.mark.parametrize("build", [_sensitivity, _ranks], ids=["sensitivity", "method-ranks"])
def test_every_line_stands_out_from_the_chart(qtbot, use_palette, name: str, build) -> None:
    use_palette(PALETTES[name]())
    chart = build()
    back = _background(qtbot, chart)
    colours = _line_colours(chart)
    assert len(colours) >= 10
    weak = [(c.name(), round(wcag_ratio(c, back), 2)) for c in colours if wcag_ratio(c, back) < 3.0]
    assert not weak, f"{name}: lines under 3:1 on {back.name()}: {weak}"


@pytest.mark.parametrize("name", CONTRAST_KINDS)
def test_the_sensitivity_legend_shows_the_colours_drawn(qapp, use_palette, name: str) -> None:
    use_palette(PALETTES[name]())
    chart = _sensitivity()
    drawn = [c.name() for c in _line_colours(chart)]
    listed = [c.name() for _text, c, kind in chart.legend_entries() if kind in ("top", "option", "excluded")]
    assert listed == drawn


@pytest.mark.parametrize("build", [_sensitivity, _ranks], ids=["sensitivity", "method-ranks"])
def test_lines_are_lifted_when_the_palette_turns_high_contrast(qtbot, use_palette, build) -> None:
    from PySide6.QtCharts import QChartView

    from counterweight.charts.style import restyle_chart_views

    use_palette(PALETTES["light"]())
    chart = build()
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(640, 420)
    use_palette(PALETTES["hc-white"]())
    restyle_chart_views([view])  # what the theme watcher does on a palette change
    back = QColor(view.grab().toImage().pixelColor(20, 20))
    assert min(wcag_ratio(c, back) for c in _line_colours(chart)) >= 3.0


@pytest.mark.parametrize("build", [_sensitivity, _ranks], ids=["sensitivity", "method-ranks"])
def test_print_charts_and_light_screens_take_the_deep_shades(qapp, use_palette, build) -> None:
    """h26k: the plain Okabe-Ito colours (yellow 1.3:1 on white) are for dark grounds only; print keeps
    the deep shades whatever the screen, and a dark screen's chart exported to a file takes them too."""
    from counterweight.charts.palette import line_colour
    from counterweight.charts.style import print_colours

    deep = {line_colour(i).name() for i in range(40)}
    for name in ("hc-white", "dark"):
        use_palette(PALETTES[name]())
        printed = _line_colours(build(for_print=True))
        assert {c.name() for c in printed} <= deep
        assert min(wcag_ratio(c, QColor("#FFFFFF")) for c in printed) >= 3.0
    chart = build()  # on the dark screen: bright colours, until painted into a file
    assert not {c.name() for c in _line_colours(chart)} <= deep
    with print_colours(chart):
        assert {c.name() for c in _line_colours(chart)} <= deep
    use_palette(PALETTES["light"]())
    screen = _line_colours(build())
    assert {c.name() for c in screen} <= deep
