"""QA 31 item 18: the value map's legend names only what the map draws, and a label is plainly its point's.

The brief's map of four efficient options showed "Dominated option" in its legend; on a crowded map a
"16" sat between two points, as near the other as its own.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPointF, QRectF

from counterweight.engine import evaluate
from counterweight.engine.tradeoff import tradeoff_map
from tests.engine.helpers import flat_decision

pytestmark = pytest.mark.qt


def _view(qtbot, chart):  # noqa: ANN001, ANN202
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(480, 420)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_no_dominated_option_no_dominated_entry(qtbot) -> None:  # noqa: ANN001
    from counterweight.charts.tradeoff_chart import TradeoffChart

    chart = TradeoffChart(for_print=True)
    view = _view(qtbot, chart)  # noqa: F841 - kept: the view owns the chart
    tmap = tradeoff_map(evaluate(flat_decision([[90, 10], [60, 50], [30, 80], [10, 95]], [1, 1])))
    assert all(p.efficient for p in tmap.points)
    chart.refresh(tmap, {p.option_id: k + 1 for k, p in enumerate(tmap.points)}, "X", "Y")
    assert not chart.legend().markers(chart.dominated)[0].isVisible()
    tmap = tradeoff_map(evaluate(flat_decision([[90, 10], [10, 90], [5, 5]], [1, 1])))
    chart.refresh(tmap, {p.option_id: k + 1 for k, p in enumerate(tmap.points)}, "X", "Y")
    assert chart.legend().markers(chart.dominated)[0].isVisible()  # one dominated: back in the legend


def test_a_label_keeps_clear_of_every_other_point(qtbot) -> None:  # noqa: ANN001
    from counterweight.charts.tradeoff_chart import TradeoffChart

    rng = random.Random(31)
    tmap = tradeoff_map(evaluate(flat_decision([[rng.uniform(35, 65), rng.uniform(35, 65)] for _ in range(25)],
                                               [1, 1])))
    chart = TradeoffChart(for_print=True)
    view = _view(qtbot, chart)  # noqa: F841 - kept: the view owns the chart
    chart.refresh(tmap, {p.option_id: k + 1 for k, p in enumerate(tmap.points)}, "X", "Y")
    qtbot.wait(50)
    shown = [(item, at) for item, at in zip(chart.labels, chart._label_points) if item.isVisible()]
    assert shown
    for item, at in shown:
        box = QRectF(item.pos(), item.boundingRect().size())
        own = chart.mapToPosition(at, chart.efficient)
        for p in tmap.points:
            if abs(at.x() - p.x) < 3.0 and abs(at.y() - p.y) < 3.0:
                continue  # its own point, or one sharing its label
            c = chart.mapToPosition(QPointF(p.x, p.y), chart.efficient)
            gap = max(box.left() - c.x(), c.x() - box.right(), box.top() - c.y(), c.y() - box.bottom(), 0.0)
            near = max(box.left() - own.x(), own.x() - box.right(), box.top() - own.y(), own.y() - box.bottom(), 0.0)
            assert gap > near + 4.0, (item.text(), gap, near)  # plainly nearer its own point than any other
