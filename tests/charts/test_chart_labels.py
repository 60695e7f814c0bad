"""Option names beside the bars: readable at any text size, as wide as the chart allows, similar names apart.

QA found "2. Joint information campa…" in a 1920-pixel window with 40 % of the plot
empty, three identical "5. Strike troops in staging …" labels, and charts that showed
"…" instead of every name once the text was 1.5 times larger. Sizes here are measured
from the fonts the charts use, never copied from the code.
"""

from __future__ import annotations


import numpy as np
import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtGui import QFontMetricsF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counterweight.charts import build_contribution_chart  # noqa: E402
from counterweight.charts.acceptability_chart import build_acceptability_chart  # noqa: E402
from counterweight.charts.comparison_chart import build_method_score_chart  # noqa: E402
from counterweight.domain import AggregationMethod, Decision  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from counterweight.engine.smaa import SmaaResult  # noqa: E402
from counterweight.locations import example_decision_path  # noqa: E402
from counterweight.services import exchange  # noqa: E402
from tests.factories import smaa_result

pytestmark = pytest.mark.qt

#: Width of the ranking pane in a 1920 x 1080 window with the default layout (QA screenshots).
PANE_WIDTH = 576
#: Qt Charts shows "..." instead of a category label whose band is under about 1.6 lines of its font.
READABLE_LINES = 1.6


def _shown(qtbot, chart, width: int, height: int = 420) -> QChartView:
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def _labels(chart) -> list[str]:
    return [label.replace("\u200b", "") for label in chart.category_axis.categories()]


def _renamed(decision: Decision, names: dict[int, str]) -> Decision:
    data = decision.model_dump()
    for k, name in names.items():
        data["options"][k]["name"] = name
    return Decision.model_validate(data)


def _result(names: list[str]) -> SmaaResult:
    n = len(names)
    acc = np.eye(n)
    return smaa_result(acc, names)


def _axis_not_squeezed(chart) -> bool:
    """Qt Charts cuts every label when it squeezes the axis: the plot must start right of the widest label."""
    metrics = QFontMetricsF(chart.category_axis.labelsFont())
    widest = max(metrics.horizontalAdvance(t) for t in chart.category_axis.categories())
    return chart.plotArea().left() >= widest + chart.margins().left()


def test_example_names_use_the_room_in_the_ranking_pane_and_show_in_full_when_wider(qtbot):
    d = exchange.read_file(example_decision_path())
    ev = evaluate(d)
    chart = build_contribution_chart(d, ev)
    view = _shown(qtbot, chart, PANE_WIDTH)
    expected = [f"{int(ev.ranks[i])}. {ev.option_names[i]}" for i in reversed([int(i) for i in ev.order])]
    labels = _labels(chart)
    assert "2. Joint information campaign" in labels  # was "2. Joint information campa…"
    for label, full in zip(labels, expected):
        assert label == full or (label.startswith(full[:22]) and label.endswith("…"))  # unique: cut at the end
    assert _axis_not_squeezed(chart)
    view.resize(720, 420)
    QApplication.processEvents()
    assert _labels(chart) == expected
    assert _axis_not_squeezed(chart)


@pytest.mark.parametrize("width", [360, PANE_WIDTH, 900, 1400])
def test_similar_long_names_stay_apart_and_qt_never_cuts_them(qtbot, width):
    base = "Strike North Korean troops in their staging areas inside Russia's Kursk region"
    d = _renamed(exchange.read_file(example_decision_path()),
                 {0: f"{base} (variant 2)", 1: f"{base} (variant 7)", 2: f"{base} (variant 9)"})
    chart = build_contribution_chart(d, evaluate(d))
    _view = _shown(qtbot, chart, width)
    labels = _labels(chart)
    similar = [label for label in labels if "Strike N" in label]
    assert len(similar) == 3
    assert len(set(similar)) == 3  # they differed only by invisible characters
    for label in similar:
        assert label.split(". ", 1)[1][:8] == base[:8] and label.endswith(")")
    assert _axis_not_squeezed(chart)


def test_labels_use_more_of_a_wider_chart(qtbot):
    long_name = "A very long option name that would never fit beside a bar in any sensible window at all"
    d = _renamed(exchange.read_file(example_decision_path()), {0: long_name})
    chart = build_contribution_chart(d, evaluate(d))
    view = _shown(qtbot, chart, 500)
    narrow = max(len(t) for t in _labels(chart))
    view.resize(1400, 420)
    QApplication.processEvents()
    assert max(len(t) for t in _labels(chart)) > narrow
    assert _axis_not_squeezed(chart)


def test_method_score_chart_elides_in_the_middle(qtbot):
    base = "Strike North Korean troops in their staging areas inside Russia's Kursk region"
    d = _renamed(exchange.read_file(example_decision_path()), {0: f"{base} (variant 2)", 1: f"{base} (variant 7)"})
    d = d.model_copy(update={"method": d.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})})
    chart = build_method_score_chart(evaluate(d))
    _view = _shown(qtbot, chart, PANE_WIDTH)
    similar = [label for label in _labels(chart) if "Strike N" in label]
    assert len(similar) == 2 and len(set(similar)) == 2
    assert all(label.endswith(")") and "…" in label for label in similar)
    assert _axis_not_squeezed(chart)


def test_acceptability_chart_elides_in_the_middle(qtbot):
    base = "Continue escalation management with every partner and ally"
    chart = build_acceptability_chart(_result([f"{base} (variant {k})" for k in range(1, 6)]))
    _view = _shown(qtbot, chart, 400, chart.preferred_height())
    labels = _labels(chart)
    assert len(set(labels)) == 5
    assert all(label[:8] == base[:8] and label.endswith(")") for label in labels)
    assert _axis_not_squeezed(chart)


@pytest.mark.parametrize("factor", [1.0, 1.5, 2.0])
def test_acceptability_rows_follow_the_text_size(qtbot, scale_font, factor):
    """Twelve options at the chart's preferred height: every row is tall enough for its label."""
    scale_font(factor)
    chart = build_acceptability_chart(_result([f"Option number {k}" for k in range(12)]))
    _view = _shown(qtbot, chart, PANE_WIDTH, chart.preferred_height())
    line = QFontMetricsF(chart.category_axis.labelsFont()).height()
    assert chart.plotArea().height() / 12 >= READABLE_LINES * line
    assert chart.row_height() >= READABLE_LINES * line


def test_acceptability_chart_shows_the_best_options_and_says_how_many_are_left_out(qtbot):
    chart = build_acceptability_chart(_result([f"Option {k}" for k in range(40)]), max_bars=30)
    assert len(chart.category_axis.categories()) == 30
    assert chart.category_axis.titleText() == "Top 30 of 40 options"
    assert _labels(chart)[-1] == "Option 0"  # the best on top
    assert chart.describe_bar(29, 0) == "Option 0: rank 1 in 100.0 % of the draws"
    all_shown = build_acceptability_chart(_result([f"Option {k}" for k in range(12)]), max_bars=30)
    assert len(all_shown.category_axis.categories()) == 12 and all_shown.category_axis.titleText() == ""


def test_a_title_in_phrases_keeps_them_whole_and_a_number_keeps_its_unit(qapp):
    """The tornado's "← decrease    % of range    increase →" under a narrow plot: one phrase a line,
    never "% of / range"; and a legend entry never breaks between "10" and "%"."""
    from counterweight.charts.labels import text_box, wrapped_lines
    from counterweight.charts.style import chart_font

    font = chart_font("axis_title", for_print=False)
    title = "← decrease    % of range    increase →"
    assert wrapped_lines(title, font, 10_000) == ["← decrease\u00a0\u00a0\u00a0% of range\u00a0\u00a0\u00a0increase →"]
    widest = max(text_box(font, phrase).width() for phrase in ("← decrease", "% of range", "increase →"))
    assert wrapped_lines(title, font, widest + 1) == ["← decrease", "% of range", "increase →"]
    entry = "Fragile: under 10 % of its range"
    for share in (0.5, 0.6, 0.7, 0.8):
        lines = wrapped_lines(entry, font, share * text_box(font, entry).width())
        assert len(lines) >= 2 and " ".join(lines) == entry
        assert not any(line.startswith("%") or line.endswith("10") for line in lines), lines


def test_a_thousand_options_are_counted_with_a_thousands_separator(qtbot):
    """The charts' "Top N of M options" read "of 1000 options" on QA 27's large project; the
    brief and the other notes write 1,000."""
    chart = build_acceptability_chart(_result([f"Option {k}" for k in range(1_200)]), max_bars=30)
    assert chart.category_axis.titleText() == "Top 30 of 1,200 options"
