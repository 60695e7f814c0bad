"""Sensitivity, tornado and rank-acceptability charts.

Expected lines come from tests.factories.small_decision by hand. With value functions
the option values are (harm, effect, cost): Alpha (1.0, 0.2, 0.9), Bravo (0.3, 0.9,
0.5), Charlie (0.6, 0.6, 0.6); effect : cost = 3 : 1 inside Benefits. When the local
weight of Risks is ``w`` (Benefits gets ``1 - w``), the overall scores are straight
lines:

* Alpha   ``w + 0.375 (1 - w)``  -> 37.5 at w = 0, 100 at w = 1
* Bravo   ``0.3 w + 0.8 (1 - w)`` -> 80 at w = 0, 30 at w = 1
* Charlie ``0.6``                 -> 60 throughout

Alpha leads at w = 0.5. Going down, Alpha meets Bravo at 1.125 w = 0.425, i.e.
w = 17/45 (before meeting Charlie at w = 0.36), where Alpha scores 27.5/45; going
up, nothing overtakes Alpha (its line is the steepest).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtCore import QRectF, QSize  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

from counterweight.charts import render_chart  # noqa: E402
from counterweight.charts.acceptability_chart import (  # noqa: E402
    MAX_RANK_SEGMENTS,
    acceptability_order,
    build_acceptability_chart,
    rank_colour,
    update_acceptability_chart,
)
from counterweight.charts.palette import relative_luminance  # noqa: E402
from counterweight.charts.sensitivity_chart import build_sensitivity_chart, update_sensitivity_chart  # noqa: E402
from counterweight.charts.tornado_chart import (  # noqa: E402
    TornadoItem,
    build_tornado_chart,
    tornado_items,
    update_tornado_chart,
)
from counterweight.engine.smaa import SmaaResult  # noqa: E402
from counterweight.services.robustness import flip_analysis, sensitivity_analysis  # noqa: E402
from tests.factories import smaa_result, small_decision  # noqa: E402

pytestmark = pytest.mark.qt

FLIP = 17 / 45


def _points(series) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in series.points()]


def _svg_text(chart, tmp_path: Path, name: str) -> str:
    target = tmp_path / f"{name}.svg"
    gen = QSvgGenerator()
    gen.setFileName(str(target))
    gen.setSize(QSize(640, 400))
    gen.setViewBox(QRectF(0, 0, 640, 400))
    painter = QPainter(gen)
    render_chart(chart, painter, QRectF(0, 0, 640, 400))
    painter.end()
    svg = target.read_text(encoding="utf-8")
    ET.fromstring(svg)  # well-formed
    assert "<image" not in svg  # vector, nothing rasterised
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))


def _result(acceptability: list[list[float]], names: list[str]) -> SmaaResult:
    return smaa_result(np.array(acceptability, dtype=float), names)


# ---------------------------------------------------------------- sensitivity lines
def test_sensitivity_chart_draws_each_option_against_the_weight(qapp):
    chart = build_sensitivity_chart(sensitivity_analysis(small_decision()), "risks")
    lines = {s.name(): _points(s) for s in chart.option_series}
    assert set(lines) == {"Alpha", "Bravo", "Charlie"}
    assert lines["Alpha"][0] == pytest.approx((0.0, 37.5)) and lines["Alpha"][-1] == pytest.approx((100.0, 100.0))
    assert lines["Bravo"][0] == pytest.approx((0.0, 80.0)) and lines["Bravo"][-1] == pytest.approx((100.0, 30.0))
    assert [y for _, y in lines["Charlie"]] == pytest.approx([60.0] * len(lines["Charlie"]))
    assert [x for x, _ in _points(chart.current_series)] == pytest.approx([50.0, 50.0])
    assert _points(chart.flip_series) == [pytest.approx((100 * FLIP, 100 * 27.5 / 45))]
    assert chart.option_series[0].pen().widthF() > chart.option_series[1].pen().widthF()  # Alpha leads
    assert chart.weight_axis.min() == 0 and chart.weight_axis.max() == 100
    assert chart.score_axis.min() <= 30 and chart.score_axis.max() >= 100
    assert "Risks" in chart.weight_axis.titleText()


def test_sensitivity_chart_switches_criterion_in_place(qapp):
    d = small_decision()
    sens = sensitivity_analysis(d)
    chart = build_sensitivity_chart(sens, "risks")
    view = QChartView(chart)
    series = list(chart.option_series)
    update_sensitivity_chart(chart, sens, "harm")  # the only leaf of its group: its weight is fixed at 100 %
    assert view.chart() is chart and chart.option_series == series
    assert len(chart.flip_series.points()) == 0
    assert [x for x, _ in _points(chart.current_series)] == pytest.approx([100.0, 100.0])
    with pytest.raises(TypeError):
        update_sensitivity_chart(object(), sens, "harm")  # type: ignore[arg-type]


def test_sensitivity_chart_renders_to_svg_with_text(qapp, tmp_path: Path):
    chart = build_sensitivity_chart(sensitivity_analysis(small_decision()), "risks", for_print=True)
    text = _svg_text(chart, tmp_path, "lines")
    for word in ("Alpha", "Bravo", "Charlie", "Local weight of Risks", "Score out of 100", "Current weight"):
        assert word in text


# ---------------------------------------------------------------- tornado
def test_tornado_puts_the_most_fragile_on_top_and_colours_by_threshold(qapp):
    items = [TornadoItem("weight", "Weight: A", "Weight of A", 0.30, None),
             TornadoItem("score", "X: B", "Score of X on B", None, 0.04),
             TornadoItem("weight", "Weight: C", "Weight of C", 0.12, 0.07)]
    items.sort(key=lambda t: t.distance)
    chart = build_tornado_chart(items, 0.10)
    assert chart.category_axis.categories() == ["Weight: A", "Weight: C", "X: B"]  # bottom to top
    values = {s: [s.at(i) for i in range(s.count())] for s in chart.series_.barSets()}
    assert values[chart.fragile_up] == pytest.approx([0, 7, 4])
    assert values[chart.robust_up] == pytest.approx([0, 0, 0])
    assert values[chart.robust_down] == pytest.approx([-30, -12, 0])
    assert values[chart.fragile_down] == pytest.approx([0, 0, 0])
    assert [p.x() for p in chart.threshold_lines[1].points()] == pytest.approx([10, 10])
    assert "decrease of 12.0 %" in chart.describe_row(1) and "increase of 7.0 %" in chart.describe_row(1)
    update_tornado_chart(chart, items[:1], 0.05)
    assert chart.category_axis.categories() == ["X: B"]
    assert values[chart.fragile_up] != [chart.fragile_up.at(i) for i in range(chart.fragile_up.count())]


def test_tornado_colours_two_moves_of_exactly_the_threshold_alike(qapp):
    """0.6 - 0.5 and 0.5 - 0.4 are both 10 points, but in floating point one is 0.09999999999999998 and
    the other 0.10000000000000003: the verdict (engine.flip.is_fragile) calls both robust, and so must
    the colours (the chart compared with ``<`` and coloured one bar fragile)."""
    items = [TornadoItem("weight", "Weight: A", "Weight of A", 0.6 - 0.5, 0.5 - 0.4)]
    chart = build_tornado_chart(items, 0.10)
    values = {s: [s.at(i) for i in range(s.count())] for s in chart.series_.barSets()}
    assert values[chart.fragile_down] == pytest.approx([0]) and values[chart.fragile_up] == pytest.approx([0])
    assert values[chart.robust_down] == pytest.approx([-10]) and values[chart.robust_up] == pytest.approx([10])


def test_tornado_items_of_the_small_decision(qapp):
    d = small_decision()
    sens = sensitivity_analysis(d)
    items = tornado_items(d, flip_analysis(d, sensitivity=sens), sens)
    assert [t.distance for t in items] == sorted(t.distance for t in items)
    risks = next(t for t in items if t.kind == "weight" and t.criterion == "Risks")
    assert risks.down == pytest.approx(0.5 - FLIP) and risks.up is None  # see the module docstring
    assert all(t.down is not None or t.up is not None for t in items)
    assert any(t.kind == "score" and t.option for t in items)


def test_tornado_shows_only_rows_that_fit_and_renders_to_svg(qapp, tmp_path: Path):
    items = [TornadoItem("weight", f"Weight: criterion {k}", f"Weight of criterion {k}", 0.01 * (k + 1), None)
             for k in range(12)]
    chart = build_tornado_chart(items, for_print=True)
    chart.resize(600, chart.preferred_height(5))
    assert len(chart.items) == 5 and "5 most fragile of 12" in chart.title()
    chart.resize(600, chart.preferred_height(12))
    assert len(chart.items) == 12
    text = _svg_text(chart, tmp_path, "tornado")
    for word in ("Weight: criterion 0", "Fragile", "Robust", "% of range"):
        assert word in text


# ---------------------------------------------------------------- acceptability
def test_acceptability_order_is_lexicographic_on_ranks():
    acc = np.array([[0.2, 0.5, 0.3], [0.4, 0.1, 0.5], [0.4, 0.4, 0.2]])
    # first ranks 0.2, 0.4, 0.4: rows 1 and 2 tie and are split by second ranks (0.1 < 0.4)
    assert acceptability_order(acc) == [2, 1, 0]
    assert acceptability_order(np.zeros((0, 0))) == []


def test_acceptability_chart_stacks_ranks_best_on_top(qapp):
    result = _result([[0.1, 0.3, 0.6], [0.7, 0.2, 0.1], [0.2, 0.5, 0.3]], ["Low", "High", "Mid"])
    chart = build_acceptability_chart(result)
    assert chart.category_axis.categories() == ["Low", "Mid", "High"]  # bottom to top
    sets = chart.series_.barSets()
    assert [s.label() for s in sets] == ["Rank 1", "Rank 2", "Rank 3"]
    assert [sets[0].at(i) for i in range(3)] == pytest.approx([10, 20, 70])
    assert [sets[2].at(i) for i in range(3)] == pytest.approx([60, 30, 10])
    assert chart.value_axis.max() == 100 and chart.legend().isVisible()
    assert chart.describe_bar(2, 0) == "High: rank 1 in 70.0 % of the draws"
    update_acceptability_chart(chart, _result([[0.9, 0.1], [0.1, 0.9]], ["P", "Q"]))
    assert [s.label() for s in chart.series_.barSets()] == ["Rank 1", "Rank 2"]
    assert chart.category_axis.categories() == ["Q", "P"]


def test_acceptability_chart_merges_the_last_ranks(qapp):
    n = MAX_RANK_SEGMENTS + 2
    acc = np.full((n, n), 1.0 / n)
    chart = build_acceptability_chart(_result(acc.tolist(), [f"Option {i}" for i in range(n)]))
    labels = [s.label() for s in chart.series_.barSets()]
    assert len(labels) == MAX_RANK_SEGMENTS and labels[-1] == f"Ranks {MAX_RANK_SEGMENTS}–{n}"
    last = chart.series_.barSets()[-1]
    assert last.at(0) == pytest.approx(100.0 * 3 / n)  # three ranks share the last segment


def test_rank_colours_run_from_dark_to_light():
    for count in (2, 5, 8):
        lum = [relative_luminance(rank_colour(r, count)) for r in range(1, count + 1)]
        assert lum == sorted(lum) and len(set(lum)) == count
    assert rank_colour(1, 1) == QColor(rank_colour(1, 5))


def test_acceptability_chart_renders_to_svg_with_text(qapp, tmp_path: Path):
    chart = build_acceptability_chart(_result([[0.6, 0.4], [0.4, 0.6]], ["Alpha", "Bravo"]), for_print=True)
    text = _svg_text(chart, tmp_path, "acceptability")
    for word in ("Alpha", "Bravo", "Rank 1", "Rank 2", "Share of the draws"):
        assert word in text
