"""Contribution chart, vector rendering and the colour-blind-safe palette.

Expected bar segments come from tests.factories.small_decision by hand (value
functions; global weights harm 0.5, effect 0.375, cost 0.125), in points of 100:

* Alpha:   Risks 0.5 * 1.0 = 50;  Benefits 0.375 * 0.2 + 0.125 * 0.9 = 18.75
* Charlie: Risks 0.5 * 0.6 = 30;  Benefits 0.375 * 0.6 + 0.125 * 0.6 = 30
* Bravo:   Risks 0.5 * 0.3 = 15;  Benefits 0.375 * 0.9 + 0.125 * 0.5 = 40
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize  # noqa: E402
from PySide6.QtGui import QColor, QPageSize, QPainter, QPdfWriter  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

from counterweight.charts import build_contribution_chart, render_chart, update_contribution_chart  # noqa: E402
from counterweight.charts.palette import (  # noqa: E402
    STOPLIGHT_STOPS,
    contrast_ratio,
    series_colour,
    stoplight_colour,
)
from counterweight.domain import Criterion, Decision, NumericScale, Option, Score  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from tests.factories import small_decision  # noqa: E402

pytestmark = pytest.mark.qt


def _values(chart) -> dict[str, list[float]]:
    return {s.label(): [s.at(i) for i in range(s.count())] for s in chart.series_.barSets()}


def test_one_bar_per_option_in_rank_order_one_segment_per_group(qapp):
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d))
    # category 0 is drawn at the bottom: worst first, best last (on top)
    assert chart.category_axis.categories() == ["3. Bravo", "2. Charlie", "1. Alpha"]
    values = _values(chart)
    assert list(values) == ["Risks", "Benefits"]
    assert values["Risks"] == pytest.approx([15, 30, 50])
    assert values["Benefits"] == pytest.approx([40, 30, 18.75])
    assert chart.value_axis.min() == 0 and chart.value_axis.max() == 100
    assert chart.value_axis.titleText() and chart.legend().isVisible()


def test_flat_tree_gets_one_segment_per_leaf(qapp):
    crit = [Criterion(id=f"k{j}", name=f"Leaf {j}", scale=NumericScale(lower=0, upper=10), weight=1)
            for j in range(3)]
    opts = [Option(id="x", name="X"), Option(id="y", name="Y")]
    scores = [Score(option_id="x", criterion_id="k0", value=10), Score(option_id="y", criterion_id="k2", value=5)]
    d = Decision(id="flat", title="Flat", options=opts, criteria=crit, scores=scores)
    chart = build_contribution_chart(d, evaluate(d))
    values = _values(chart)
    assert list(values) == ["Leaf 0", "Leaf 1", "Leaf 2"]
    # X: 10/10 on k0 with weight 1/3 -> 33.3 points; Y: 5/10 on k2 -> 16.7 points
    assert chart.category_axis.categories() == ["2. Y", "1. X"]
    assert values["Leaf 0"] == pytest.approx([0, 100 / 3])
    assert values["Leaf 2"] == pytest.approx([50 / 3, 0])


def test_long_names_are_elided_and_tooltip_has_full_name(qapp):
    d = small_decision()
    long_name = "A very long option name that would never fit beside a bar in any sensible window"
    d = d.model_copy(update={"options": [d.options[0].model_copy(update={"name": long_name}), *d.options[1:]]})
    chart = build_contribution_chart(d, evaluate(d))
    top = chart.category_axis.categories()[-1]
    assert top.startswith("1. A very") and top.endswith("…") and len(top) < len(long_name)
    risks = chart.series_.barSets()[0]
    assert chart.describe_bar(2, risks) == f"{long_name}: Risks adds 50.0 of 68.8 points"


def test_update_changes_values_in_place(qapp):
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d))
    view = QChartView(chart)
    series, axis, sets = chart.series_, chart.category_axis, chart.series_.barSets()
    # Bravo effect 10, cost 0 -> Risks 15, Benefits 50 -> 65 points, second place
    scores = [s for s in d.scores if s.option_id != "b" or s.criterion_id == "harm"]
    scores += [Score(option_id="b", criterion_id="effect", value=10), Score(option_id="b", criterion_id="cost", value=0)]
    d2 = d.model_copy(update={"scores": scores})
    update_contribution_chart(chart, d2, evaluate(d2))
    assert view.chart() is chart and chart.series_ is series and chart.category_axis is axis
    assert chart.series_.barSets() == sets
    assert chart.category_axis.categories() == ["3. Charlie", "2. Bravo", "1. Alpha"]
    assert _values(chart)["Benefits"] == pytest.approx([30, 50, 18.75])


def test_update_follows_a_new_top_level_group(qapp):
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d))
    extra = Criterion(id="speed", name="Speed", scale=NumericScale(lower=0, upper=10), weight=2)
    d2 = d.model_copy(update={"criteria": [*d.criteria, extra]})
    d2 = Decision.model_validate(d2.model_dump())
    update_contribution_chart(chart, d2, evaluate(d2))
    assert list(_values(chart)) == ["Risks", "Benefits", "Speed"]
    assert _values(chart)["Speed"] == pytest.approx([0, 0, 0])  # unscored: value 0
    with pytest.raises(TypeError):
        update_contribution_chart(object(), d2, evaluate(d2))  # type: ignore[arg-type]


def test_render_to_svg_is_vector_with_text(qapp, tmp_path: Path):
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d), for_print=True)
    target = tmp_path / "chart.svg"
    gen = QSvgGenerator()
    gen.setFileName(str(target))
    gen.setSize(QSize(600, 340))
    gen.setViewBox(QRectF(0, 0, 600, 340))
    painter = QPainter(gen)
    render_chart(chart, painter, QRectF(0, 0, 600, 340))
    painter.end()
    svg = target.read_text(encoding="utf-8")
    ET.fromstring(svg)  # well-formed
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    for word in ("Alpha", "Bravo", "Charlie", "Risks", "Benefits", "Score out of 100"):
        assert word in texts
    assert "<image" not in svg  # nothing rasterised
    assert svg.count("<path") + svg.count("<rect") + svg.count("<polygon") >= 6


def test_render_to_pdf_writer(qapp, tmp_path: Path):
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d), for_print=True)
    target = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    render_chart(chart, painter, QRectF(0, 0, writer.width(), writer.width() * 0.55))
    painter.end()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Font" in data and b"/FontFile" in data  # text drawn with an embedded font
    assert b"/Subtype /Image" not in data


def test_render_keeps_an_on_screen_chart_intact(qapp):
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d))
    view = QChartView(chart)
    view.resize(500, 300)
    view.show()
    qapp.processEvents()
    size_before = chart.size()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(900, 500))
    painter = QPainter(gen)
    render_chart(chart, painter, QRectF(0, 0, 900, 500))
    painter.end()
    assert chart.size() == size_before
    assert chart.scene() is view.scene()
    assert b"Alpha" in bytes(buffer.data())


# ---------------------------------------------------------------- palette

# Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation
# of color vision deficiency", IEEE TVCG 15(6): matrices for severity 1.0, applied to
# linear RGB.
_CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of linear sRGB."""
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen_as(colour: QColor, kind: str) -> tuple[float, float, float]:
    lin = (_linear(colour.redF()), _linear(colour.greenF()), _linear(colour.blueF()))
    m = _CVD[kind]
    sim = tuple(min(1.0, max(0.0, sum(m[i][k] * lin[k] for k in range(3)))) for i in range(3))
    return _lab(sim)  # type: ignore[arg-type]


def _delta_e(a, b) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5


@pytest.mark.parametrize("kind", sorted(_CVD))
def test_stoplight_ends_stay_apart_for_colour_blind_viewers(kind):
    worst, middle, best = (stoplight_colour(p) for p, _ in STOPLIGHT_STOPS)
    assert _delta_e(_seen_as(worst, kind), _seen_as(best, kind)) > 10
    assert _delta_e(_seen_as(worst, kind), _seen_as(middle, kind)) > 5
    assert _delta_e(_seen_as(middle, kind), _seen_as(best, kind)) > 5


def test_stoplight_keeps_black_text_readable_everywhere():
    for k in range(101):
        assert contrast_ratio(stoplight_colour(k / 100), QColor("black")) >= 7.0
    assert stoplight_colour(None) != stoplight_colour(0.0)
    assert stoplight_colour(-3) == stoplight_colour(0.0) and stoplight_colour(7) == stoplight_colour(1.0)


def test_series_colours_are_distinct():
    names = [series_colour(i).name() for i in range(20)]
    assert len(set(names)) == 20


def test_colours_of_a_large_project_never_fade_to_white_or_black():
    """The Compare methods chart of a 1,000-option project drew 'Option 317' in white: each round of seven colours was
    shaded further than the last. The three shades of the first 21 now come round again."""
    from counterweight.charts.palette import segment_colour

    for colour in (series_colour, segment_colour):
        names = [colour(i).name() for i in range(1_000)]
        assert names[21:] == [names[i % 21] for i in range(21, 1_000)]
        assert not {"#ffffff", "#000000"} & set(names[1:])  # Okabe-Ito black is not a series colour


def test_hostile_names_reach_qt_charts_escaped(qtbot):
    """Qt Charts renders labels as rich text: names must arrive escaped, or an <img> tag reads local files."""
    from counterweight.charts import build_contribution_chart
    from counterweight.engine import evaluate
    from counterweight.services.edits import UpdateCriterion
    from counterweight.services.option_edits import UpdateOption
    from tests.factories import small_decision

    hostile = '<img src="file:///etc/passwd">'
    d = small_decision()
    d = UpdateOption(d.option("a").model_copy(update={"name": hostile})).apply(d).decision
    d = UpdateCriterion(d.criterion("risks").model_copy(update={"name": hostile + " risks"})).apply(d).decision
    chart = build_contribution_chart(d, evaluate(d))
    labels = [label for axis in chart.axes() for label in getattr(axis, "categories", lambda: [])()]
    legend = [bar_set.label() for series in chart.series() for bar_set in series.barSets()]
    texts = labels + legend
    assert any("&lt;img" in t for t in texts)
    assert not any("<img" in t for t in texts)
