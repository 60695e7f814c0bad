"""Option lines that part on white paper and in a greyscale print (h26k).

The sensitivity and method-ranks charts drew their lines in the plain Okabe-Ito colours: on white
paper yellow read 1.3:1 and orange and sky blue about 2.3:1 (WCAG 2.1 asks 3:1 of lines), and in a
greyscale print several lines turned into the same pale grey. Light grounds now take deeper shades
of the same hues, still apart for colour-blind readers (Machado et al. 2009, as in
test_contribution_chart.py), and every line of the first seven has its own dash pattern.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from counterweight.charts.palette import (
    LIGHT_SERIES_COLOURS,
    OKABE_ITO,
    SERIES_ORDER,
    line_colour,
    line_dashes,
    series_colour,
)
from tests.charts.test_contribution_chart import _delta_e, _lab, _linear, _seen_as
from tests.ui.test_theme import wcag_ratio

pytestmark = pytest.mark.qt
WHITE = QColor("#FFFFFF")


def _normal(colour: QColor) -> tuple[float, float, float]:
    return _lab(tuple(_linear(c) for c in colour.getRgbF()[:3]))


def test_every_line_colour_on_a_light_ground_reaches_3_to_1_on_white():
    assert [wcag_ratio(QColor(OKABE_ITO[n]), WHITE) < 3.0 for n in ("yellow", "orange", "sky_blue")] == [True] * 3
    weak = [(i, line_colour(i).name()) for i in range(42) if wcag_ratio(line_colour(i), WHITE) < 3.0]
    assert not weak


def test_the_deep_shades_keep_the_hue_order_and_stay_apart_for_colour_blind_readers():
    assert len(LIGHT_SERIES_COLOURS) == len(SERIES_ORDER)
    for deep, name in zip(LIGHT_SERIES_COLOURS, SERIES_ORDER, strict=True):
        hue_gap = abs(QColor(deep).hslHueF() - QColor(OKABE_ITO[name]).hslHueF())
        assert min(hue_gap, 1 - hue_gap) < 0.03, name  # the same hue, only deeper
    colours = [QColor(c) for c in LIGHT_SERIES_COLOURS]
    for a, b in itertools.combinations(colours, 2):
        assert _delta_e(_normal(a), _normal(b)) >= 12, (a.name(), b.name())
        for kind in ("protanopia", "deuteranopia", "tritanopia"):
            assert _delta_e(_seen_as(a, kind), _seen_as(b, kind)) >= 12, (kind, a.name(), b.name())


def test_a_dark_ground_keeps_the_bright_colours():
    assert [line_colour(i, dark=True) for i in range(21)] == [series_colour(i) for i in range(21)]


def test_each_line_has_its_own_dashes_and_colour():
    assert len({line_dashes(i) for i in range(7)}) == 7  # one pattern each among the first seven
    assert all(line_dashes(i) != line_dashes(i + 7) for i in range(14))  # the same hue a round later
    pairs = [(line_colour(i).name(), line_dashes(i)) for i in range(42)]
    assert len(set(pairs)) == 42
    assert line_dashes(0) == ()  # the first line is solid


def _dashes(pattern: tuple[float, ...]) -> list[float]:
    """The lengths of the dashes of a pattern (on, off, on, off...), longest first."""
    return sorted(pattern[0::2], reverse=True)


def test_no_line_pattern_reads_as_the_dotted_line_of_an_excluded_option(qapp):
    """h27c: the third pattern (2.5 on, 2 off) and the seventh (short dash, dot) looked like the dots the
    sensitivity chart draws for an option a red line excludes; every pattern now has a long dash, and any two
    differ in their number of dashes or by half again in the length of one."""
    from PySide6.QtGui import QPen

    from counterweight.charts.palette import SERIES_DASHES

    dotted = QPen()
    dotted.setStyle(Qt.PenStyle.DotLine)
    dot = max(dotted.dashPattern()[0::2])  # Qt's dot: one pen width
    short = [p for p in SERIES_DASHES if p and _dashes(p)[0] < 4 * dot]  # no dash at least four dots long
    assert not short
    for a, b in itertools.combinations([p for p in SERIES_DASHES if p], 2):
        da, db = _dashes(a), _dashes(b)
        assert len(da) != len(db) or any(max(x, y) >= 1.5 * min(x, y) for x, y in zip(da, db)), (a, b)


def _sensitivity(for_print: bool):  # noqa: ANN202
    from counterweight.charts.sensitivity_chart import build_sensitivity_chart
    from counterweight.services.robustness import sensitivity_analysis
    from tests.factories import small_decision

    result = sensitivity_analysis(small_decision())
    return build_sensitivity_chart(result, result.criteria[0].criterion_id, for_print=for_print)


def _ranks(for_print: bool):  # noqa: ANN202
    from counterweight.charts.method_ranks_chart import build_method_ranks_chart
    from counterweight.engine.comparison import compare_methods
    from tests.factories import small_decision

    d = small_decision()
    return build_method_ranks_chart(compare_methods(d), d.method.aggregation, for_print=for_print)


@pytest.mark.parametrize("build", [_sensitivity, _ranks], ids=["sensitivity", "method-ranks"])
def test_printed_lines_differ_in_dashes_so_greyscale_keeps_them_apart(qapp, build):
    chart = build(True)
    series = chart.option_series
    pens = [s.pen() for s in series] if isinstance(series, list) else [g[0].pen() for g in series.values()]
    assert len(pens) >= 3
    patterns = [tuple(p.dashPattern()) if p.style() == Qt.PenStyle.CustomDashLine else () for p in pens]
    assert len(set(patterns)) == len(pens)
    assert min(wcag_ratio(p.color(), WHITE) for p in pens) >= 3.0


def test_the_printed_sensitivity_legend_draws_each_lines_dashes(qapp):
    from PySide6.QtCharts import QLegend

    assert _sensitivity(True).legend().markerShape() == QLegend.MarkerShape.MarkerShapeFromSeries


def test_a_line_reused_for_another_option_takes_its_dashes(qapp):
    """The ranks chart reuses its lines when an edit only swaps options: the pen must follow the option."""
    from counterweight.charts.method_ranks_chart import update_method_ranks_chart
    from counterweight.engine.comparison import compare_methods
    from tests.factories import small_decision

    chart = _ranks(False)
    d = small_decision()
    swapped = d.model_copy(update={"options": list(reversed(d.options))})
    update_method_ranks_chart(chart, compare_methods(swapped), swapped.method.aggregation)
    for i, option in enumerate(swapped.options):
        pen = chart.option_series[option.id][0].pen()
        assert (tuple(pen.dashPattern()) if pen.style() == Qt.PenStyle.CustomDashLine else ()) == line_dashes(i)
