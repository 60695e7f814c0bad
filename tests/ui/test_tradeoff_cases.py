"""The Trade-offs tab on unusual decisions (QA pass 29): labels clear of markers, the legend as drawn, the axis
choosers (same part twice, a method that does not add up), weightless axes named, ties, one option, many options,
right-to-left and lower-is-better axis titles, and the key's columns."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView, QLegend
from PySide6.QtCore import QPointF, QRectF

from counterweight.domain import Decision
from counterweight.domain.methods import AggregationMethod, MapAxes
from counterweight.engine import evaluate
from counterweight.engine.tradeoff import tradeoff_map
from counterweight.services.edits import SetMethod
from tests.engine.helpers import flat_decision, tree_decision
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt
ARABIC = "\u0641\u0648\u0627\u0626\u062f"


def _panel(qtbot, tmp_path: Path, decision: Decision, width: int = 700, height: int = 900):  # noqa: ANN001, ANN202
    from counterweight.ui.widgets.tradeoff_panel import TradeoffPanel

    gen = controller_on(tmp_path / "t.counterweight", decision)
    ctl = next(gen)
    panel = shown(qtbot, TradeoffPanel(ctl), width, height)
    return panel, ctl, gen


def _close(gen) -> None:  # noqa: ANN001
    next(gen, None)


def _crowded() -> Decision:
    rng = random.Random(7)
    return flat_decision([[rng.uniform(40, 60), rng.uniform(40, 60)] for _ in range(35)], [1, 1])


def test_labels_sit_clear_of_markers_and_each_other_or_are_left_out(qtbot) -> None:
    from counterweight.charts.tradeoff_chart import TradeoffChart

    tmap = tradeoff_map(evaluate(_crowded()))
    chart = TradeoffChart()
    view = shown(qtbot, QChartView(chart), 480, 420)
    chart.refresh(tmap, {p.option_id: k + 1 for k, p in enumerate(tmap.points)}, "X", "Y")
    qtbot.wait(50)
    shown_labels = [(item, at) for item, at in zip(chart.labels, chart._label_points) if item.isVisible()]
    assert 0 < len(shown_labels) < len(chart.labels)  # crowded: some points go unlabelled rather than collide
    boxes = [QRectF(item.pos(), item.boundingRect().size()) for item, _at in shown_labels]
    for a in range(len(boxes)):
        assert not any(boxes[a].intersects(boxes[b]) for b in range(len(boxes)) if b != a)
    for box, (_item, at) in zip(boxes, shown_labels):  # no label over another point's marker
        for p in tmap.points:
            if abs(at.x() - p.x) < 3.0 and abs(at.y() - p.y) < 3.0:
                continue  # its own point, or one sharing its label
            centre = chart.mapToPosition(QPointF(p.x, p.y), chart.efficient)
            size = 11.0 if p.efficient else 9.0
            assert not box.intersects(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size))
    view.close()


def test_the_legend_draws_the_series_shapes_and_leaves_out_a_missing_line(qtbot) -> None:
    from counterweight.charts.tradeoff_chart import TradeoffChart

    chart = TradeoffChart()
    view = shown(qtbot, QChartView(chart), 480, 420)
    tmap = tradeoff_map(evaluate(flat_decision([[90, 90], [10, 20], [30, 10]], [1, 1])))  # one efficient: no line
    chart.refresh(tmap, {p.option_id: k + 1 for k, p in enumerate(tmap.points)}, "X", "Y")
    assert chart.legend().markerShape() == QLegend.MarkerShape.MarkerShapeFromSeries
    assert not chart.legend().markers(chart.frontier)[0].isVisible()
    assert chart.legend().markers(chart.efficient)[0].isVisible()
    tmap = tradeoff_map(evaluate(flat_decision([[50, 50]] * 3, [1, 1])))  # three efficient at one point: no line
    chart.refresh(tmap, {p.option_id: k + 1 for k, p in enumerate(tmap.points)}, "X", "Y")
    assert not chart.legend().markers(chart.frontier)[0].isVisible()
    tmap = tradeoff_map(evaluate(flat_decision([[90, 10], [10, 90], [5, 5]], [1, 1])))
    chart.refresh(tmap, {p.option_id: k + 1 for k, p in enumerate(tmap.points)}, "X", "Y")
    assert chart.legend().markers(chart.frontier)[0].isVisible()
    chart.recolour_series(True)  # dark: the legend's square has the map's grey outline, not black on black
    marker = chart.legend().markers(chart.dominated)[0]
    assert marker.pen().color() == chart.dominated.pen().color() and marker.pen().color().lightness() > 100
    view.close()


def test_the_same_part_cannot_go_on_both_axes(qtbot, tmp_path: Path) -> None:
    panel, ctl, gen = _panel(qtbot, tmp_path, tree_decision())
    x = panel.x_combo.currentData()
    k = panel.y_combo.findData(x)
    assert not panel.y_combo.model().item(k).isEnabled()  # X's part is greyed out in the Y list
    before = ctl.undo_stack.count()
    panel.y_combo.setCurrentIndex(k)
    panel._on_axis_chosen(k)
    assert ctl.undo_stack.count() == before and panel.y_combo.currentData() != x  # refused, nothing recorded
    _close(gen)


def test_the_choosers_are_off_under_a_method_that_does_not_add_up(qtbot, tmp_path: Path) -> None:
    panel, ctl, gen = _panel(qtbot, tmp_path, tree_decision())
    ctl.submit(SetMethod(ctl.decision.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})))
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert not panel.x_combo.isEnabled() and not panel.y_combo.isEnabled()
    assert "weighted sum" in panel.x_combo.toolTip()
    _close(gen)


def test_a_weightless_axis_is_named(qtbot, tmp_path: Path) -> None:
    d = tree_decision()
    d = d.model_copy(update={"criteria": [c.model_copy(update={"weight": 0.0}) if c.id == "ben" else c
                                          for c in d.criteria],
                             "method": d.method.model_copy(update={"map_axes": MapAxes(x="ben", y="risk")})})
    panel, _ctl, gen = _panel(qtbot, tmp_path, d)
    assert "\u2018Benefits\u2019 has no weight" in panel.message.text() and "chosen" not in panel.message.text()
    _close(gen)


def test_shared_first_place_is_said_in_the_window(qtbot, tmp_path: Path) -> None:
    panel, _ctl, gen = _panel(qtbot, tmp_path, flat_decision([[50, 50]] * 3, [1, 1]))
    assert "A1, A2 and A3 share first place and stand at the same point." in panel.reading.text()
    _close(gen)


def test_one_option_gets_a_sentence_instead_of_a_map(qtbot, tmp_path: Path) -> None:
    panel, _ctl, gen = _panel(qtbot, tmp_path, flat_decision([[40, 70]], [1, 1]))
    assert not panel.chart_view.isVisible() and not panel.table.isVisible()
    assert panel.reading.text().startswith("Only one option, A1, is placed")
    _close(gen)


def test_the_key_says_when_it_stops_short(qtbot, tmp_path: Path) -> None:
    rng = random.Random(3)
    panel, _ctl, gen = _panel(qtbot, tmp_path, flat_decision([[rng.uniform(0, 100), rng.uniform(0, 100)]
                                                              for _ in range(203)], [1, 1]))
    assert panel.table.rowCount() == 200
    assert panel.key_note.isVisible() and panel.key_note.text() == "The key lists the first 200 options of 203."
    _close(gen)


def test_axis_titles_keep_their_english_and_say_when_turned_round(qtbot, tmp_path: Path) -> None:
    d = tree_decision()
    d = d.model_copy(update={"criteria": [c.model_copy(update={"name": ARABIC}) if c.id == "health" else c
                                          for c in d.criteria],
                             "method": d.method.model_copy(update={"map_axes": MapAxes(x="health", y="safety")})})
    panel, _ctl, gen = _panel(qtbot, tmp_path, d)
    def title(axis) -> str:  # noqa: ANN001  (a long title is broken into lines, <br>, to fit the pane)
        return " ".join(re.sub(r"<[^>]+>", " ", axis.titleText()).split())

    assert title(panel.chart.x_axis) == f"\u200e\u2068{ARABIC}\u2069 (0-100 value)"
    assert title(panel.chart.y_axis) == "Safety incidents (0-100 value; higher = lower Safety incidents)"
    _close(gen)


def test_the_key_columns_leave_room_for_the_standing(qtbot, tmp_path: Path) -> None:
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange

    panel, _ctl, gen = _panel(qtbot, tmp_path, exchange.read_file(example_decision_path()), 330, 900)
    table = panel.table
    assert table.columnWidth(panel.COL_X) < 90 and table.columnWidth(panel.COL_Y) < 90  # not the default 100 px
    assert table.columnWidth(panel.COL_STANDING) >= table.columnWidth(panel.COL_X)
    assert table.wordWrap()
    _close(gen)
