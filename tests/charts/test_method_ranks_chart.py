"""The ranks-per-method chart (bump chart) of the Compare methods tab.

Expected points are worked out here from each method's own evaluation, not from the
chart: an option a method ranks (not in its ``unranked_option_ids`` or
``excluded_option_ids``) gets the standard competition rank of its total, 1 plus the
number of ranked options with a strictly higher total ("1224"), the convention of
docs/methods.md. With tests.factories.small_decision the methods disagree: the
weighted sum puts Alpha first and the weighted product Charlie, so lines cross.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QFontMetricsF, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

from counterweight.charts.method_ranks_chart import (  # noqa: E402
    MAX_LINES,
    MethodRanksChart,
    build_method_ranks_chart,
    method_code,
    method_name,
    rank_step,
    segments,
    update_method_ranks_chart,
)
from counterweight.charts.palette import line_colour, line_dashes, series_colour  # noqa: E402
from counterweight.domain import (  # noqa: E402
    AggregationMethod,
    Criterion,
    Decision,
    NumericScale,
    Option,
    RedLine,
    RedLineAction,
    Score,
)
from counterweight.engine.comparison import MethodComparison, compare_methods  # noqa: E402
from tests.factories import small_decision  # noqa: E402

pytestmark = pytest.mark.qt

#: Totals closer than this count as tied (the engine's tolerance is 1e-9 relative and absolute).
TIE = 1e-9


def expected_points(cmp: MethodComparison, option_id: str) -> list[tuple[int, int]]:
    """``(method index, competition rank)`` for every method that ranks the option, from its totals."""
    out = []
    for k, m in enumerate(cmp.methods):
        ev = cmp.evaluations[m]
        left_out = set(ev.unranked_option_ids) | set(ev.excluded_option_ids)
        if option_id in left_out:
            continue
        mine = float(ev.totals[ev.option_index(option_id)])
        better = sum(1 for j, other in enumerate(ev.option_ids)
                     if other not in left_out and float(ev.totals[j]) > mine + TIE)
        out.append((k, 1 + better))
    return out


def shown(chart: MethodRanksChart, width: int = 640, height: int = 360) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(width, height)
    view.show()
    for _ in range(3):
        QApplication.processEvents()
    return view


def with_tie_gap_and_exclusion() -> Decision:
    """small_decision plus Delta (Charlie's scores: tied with it everywhere) and Echo (no cost score:
    only the weighted sum, which counts a missing score as 0, ranks it); a red line excludes Bravo
    (harm High is worse than Moderate)."""
    d = small_decision()
    scores = list(d.scores)
    for sc in d.scores:
        if sc.option_id == "c":
            scores.append(sc.model_copy(update={"option_id": "d"}))
            if sc.criterion_id != "cost":
                scores.append(sc.model_copy(update={"option_id": "e"}))
    options = [*d.options, Option(id="d", name="Delta"), Option(id="e", name="Echo")]
    red = RedLine(id="x", criterion_id="harm", level="Moderate", action=RedLineAction.EXCLUDE)
    return d.model_copy(update={"options": options, "scores": scores, "red_lines": [red]})


# ---------------------------------------------------------------- pure helpers
def test_segments_break_at_every_method_that_does_not_rank():
    assert segments([1, 2, 2, 1, 3]) == [[(0, 1), (1, 2), (2, 2), (3, 1), (4, 3)]]
    assert segments([1, None, 2, 3, None]) == [[(0, 1)], [(2, 2), (3, 3)]]
    assert segments([None, None]) == []


def test_rank_step_labels_every_rank_when_there_is_room():
    assert rank_step(5, height=200.0, line=14.0) == 1
    # 40 ranks in 100 px of 14 px labels: 5 labels fit (1.3 lines each), so every 10th rank
    assert rank_step(40, height=100.0, line=14.0) == 10
    assert rank_step(1, height=10.0, line=14.0) == 1


# ---------------------------------------------------------------- points
@pytest.mark.parametrize("which", ["small", "example"])
def test_points_are_the_ranks_each_method_gives(qapp, which):
    if which == "small":
        d = small_decision()
    else:
        from counterweight.locations import example_decision_path
        from counterweight.services import exchange

        d = exchange.read_file(example_decision_path())
    cmp = compare_methods(d)
    chart = build_method_ranks_chart(cmp, d.method.aggregation)
    assert [oid for oid, _, _ in chart.rows] == cmp.evaluations[d.method.aggregation].ranked_option_ids()
    for option in d.options:
        assert chart.points_of(option.id) == expected_points(cmp, option.id), option.name
    if which == "small":  # by hand: Alpha 1st by weighted sum, Charlie 1st by weighted product
        assert chart.points_of("a")[:2] == [(0, 1), (1, 2)]
        assert chart.points_of("c")[:2] == [(0, 2), (1, 1)]


def test_methods_in_table_order_on_the_x_axis_and_the_method_in_use_marked(qapp):
    d = small_decision()
    cmp = compare_methods(d)
    chart = build_method_ranks_chart(cmp, AggregationMethod.TOPSIS)
    view = shown(chart, 1400, 420)  # wide: the full names fit
    assert list(cmp.methods) == list(AggregationMethod)
    assert chart.method_axis.categories() == ["Weighted sum", "Weighted product", "TOPSIS ●", "PROMETHEE II",
                                              "VIKOR"]
    assert chart.method_axis.labelsAngle() == 0
    view.resize(300, 420)  # narrow: codes, upright so that Qt does not cut them to "..."
    QApplication.processEvents()
    assert chart.method_axis.categories() == [method_code(m) + (" ●" if m is AggregationMethod.TOPSIS else "")
                                              for m in cmp.methods]
    assert chart.method_axis.labelsAngle() == -90
    assert [method_name(m) for m in cmp.methods][3] == "PROMETHEE II"


def test_rank_axis_is_reversed_with_rank_one_on_top_and_whole_ranks(qapp):
    d = small_decision()
    chart = build_method_ranks_chart(compare_methods(d), d.method.aggregation)
    view = shown(chart)  # noqa: F841 - keeps the chart alive
    axis = chart.rank_axis
    assert axis.isReverse()
    assert (axis.min(), axis.max()) == (0.5, 3.5)  # ranks 1..3 with half a rank of air
    assert (axis.tickAnchor(), axis.tickInterval()) == (1.0, 1.0)
    series = chart.option_series["a"][0]
    top = chart.mapToPosition(QPointF(0, 1), series)
    bottom = chart.mapToPosition(QPointF(0, 3), series)
    assert top.y() < bottom.y()  # screen y grows downwards: rank 1 is drawn above rank 3
    plot = chart.plotArea()
    assert plot.top() <= top.y() < plot.center().y() < bottom.y() <= plot.bottom()


def test_an_option_a_method_cannot_place_or_a_red_line_excludes_has_no_point_there(qapp):
    d = with_tie_gap_and_exclusion()
    cmp = compare_methods(d)
    chart = build_method_ranks_chart(cmp, AggregationMethod.WSM)
    wsm = cmp.evaluations[AggregationMethod.WSM]
    assert wsm.is_ranked("e") and all(not cmp.evaluations[m].is_ranked("e") for m in cmp.methods[1:])
    assert chart.points_of("e") == expected_points(cmp, "e") == [(0, 4)]  # 1224 ranking: Charlie and Delta share 2
    assert [len(s.points()) for s in chart.option_series["e"]] == [1]  # a lone point, joined to nothing
    assert chart.points_of("b") == [] and all(cmp.evaluations[m].is_excluded("b") for m in cmp.methods)
    legend = dict(zip([oid for oid, _, _ in chart.rows], chart.legend_names()))
    assert legend["b"] == "— Bravo" and legend["e"] == "Echo"  # the dash of the ranks table


def test_a_gap_in_the_middle_breaks_the_line_into_two_series(qapp):
    cmp = compare_methods(small_decision())
    chart = MethodRanksChart()
    chart.refresh(cmp, AggregationMethod.WSM)
    chart.rows = [("a", "Alpha", [1, None, 2, 2, 1])]  # as if the weighted product could not place Alpha
    chart._rebuild_series({"a": series_colour(0)})
    view = shown(chart)  # noqa: F841 - keeps the chart alive; legend markers show once laid out
    parts = chart.option_series["a"]
    assert [[(p.x(), p.y()) for p in s.points()] for s in parts] == [[(0, 1)], [(2, 2), (3, 2), (4, 1)]]
    assert [m.isVisible() for s in parts for m in chart.legend().markers(s)] == [True, False]  # one entry
    assert parts[0].pen().color() == parts[1].pen().color() == series_colour(0)


def test_tied_options_share_a_point_which_is_ringed(qapp):
    d = with_tie_gap_and_exclusion()
    cmp = compare_methods(d)
    chart = build_method_ranks_chart(cmp, AggregationMethod.WSM)
    assert chart.points_of("c") == chart.points_of("d") == expected_points(cmp, "c")
    assert len(chart.points_of("c")) == len(cmp.methods)
    assert chart.tied_points() == chart.points_of("c")
    assert chart.tie_series.chart() is chart and chart.tie_series.name() == "Shared rank (tie)"
    words = chart.describe_point(0, 2).splitlines()
    assert words == ["Charlie — Weighted sum: rank 2", "Delta — Weighted sum: rank 2"]
    update_method_ranks_chart(chart, compare_methods(small_decision()), AggregationMethod.WSM)
    assert chart.tied_points() == [] and chart.tie_series.chart() is None  # no tie: no ring, no legend entry


def test_hovering_a_line_names_option_method_and_rank(qapp):
    d = small_decision()
    chart = build_method_ranks_chart(compare_methods(d), d.method.aggregation)
    view = shown(chart)  # noqa: F841 - keeps the chart alive
    charlie = chart.option_series["c"][0]
    charlie.hovered.emit(QPointF(1.2, 1.3), True)  # on Charlie's line, nearest the weighted product
    assert QToolTip.text() == "Charlie — Weighted product: rank 1"
    charlie.hovered.emit(QPointF(1.2, 1.3), False)
    assert chart.describe_point(7, 1) == "" and chart.describe_point(0, None) == ""


def test_update_follows_a_new_ranking(qapp):
    d = small_decision()
    chart = build_method_ranks_chart(compare_methods(d), d.method.aggregation)
    assert chart.points_of("b")[0] == (0, 3)
    changed = d.model_copy(update={"scores": [
        s.model_copy(update={"value": 0}) if (s.option_id, s.criterion_id) == ("b", "cost") else s
        for s in d.scores]})  # Bravo's cost falls from 10 to 0 (lower is better)
    cmp = compare_methods(changed)
    update_method_ranks_chart(chart, cmp, changed.method.aggregation)
    for option in d.options:
        assert chart.points_of(option.id) == expected_points(cmp, option.id)
    assert chart.points_of("b") != expected_points(compare_methods(d), "b")
    with pytest.raises(TypeError):
        update_method_ranks_chart(object(), cmp)  # type: ignore[arg-type]


def test_colours_come_from_the_palette_by_place_in_the_decision(qapp):
    """On a light ground the deep shades (h26k: plain Okabe-Ito yellow read 1.3:1 on white), with each place's dashes."""
    d = small_decision()
    chart = build_method_ranks_chart(compare_methods(d), d.method.aggregation, for_print=True)
    for i, option in enumerate(d.options):
        pen = chart.option_series[option.id][0].pen()
        assert pen.color() == line_colour(i)
        assert list(pen.dashPattern()) == list(line_dashes(i)) or (i == 0 and pen.style() == Qt.PenStyle.SolidLine)


def test_long_names_are_shortened_in_the_legend_but_stay_distinct(qapp):
    crit = [Criterion(id="k", name="Only", scale=NumericScale(lower=0, upper=10), weight=1)]
    stem = "Strike troops in the staging areas near the border"
    opts = [Option(id=f"o{i}", name=f"{stem} (variant {i})") for i in range(3)]
    scores = [Score(option_id=o.id, criterion_id="k", value=3 + i) for i, o in enumerate(opts)]
    d = Decision(id="long", title="Long", options=opts, criteria=crit, scores=scores)
    chart = build_method_ranks_chart(compare_methods(d), d.method.aggregation)
    view = shown(chart, 420, 300)  # noqa: F841 - keeps the chart alive
    names = chart.legend_names()
    assert len(set(names)) == 3 and all("…" in n for n in names)
    metrics = QFontMetricsF(chart.legend().font())
    # names this long never fit whole beside the plot: the legend is under it, the names cut to its width
    assert chart.legend_below
    assert all(metrics.horizontalAdvance(n) <= chart.legend().geometry().width() - chart.marker_px() for n in names)
    assert all(n.endswith(")") for n in names)  # the ends, where the names differ, stay in view


def test_at_most_max_lines_are_drawn_and_the_axis_says_so(qapp):
    crit = [Criterion(id="k", name="Only", scale=NumericScale(lower=0, upper=100), weight=1)]
    n = MAX_LINES + 3
    opts = [Option(id=f"o{i}", name=f"Option {i}") for i in range(n)]
    scores = [Score(option_id=o.id, criterion_id="k", value=i) for i, o in enumerate(opts)]
    d = Decision(id="many", title="Many", options=opts, criteria=crit, scores=scores)
    cmp = compare_methods(d)
    chart = build_method_ranks_chart(cmp, d.method.aggregation)
    best = cmp.evaluations[d.method.aggregation].ranked_option_ids()[:MAX_LINES]
    assert [oid for oid, _, _ in chart.rows] == best
    assert chart.method_axis.titleText() == f"Top {MAX_LINES} of {n} options"
    assert all(chart.points_of(oid) == expected_points(cmp, oid) for oid in best)


def test_minimum_size_keeps_the_upright_method_codes_whole(qapp):
    d = small_decision()
    chart = build_method_ranks_chart(compare_methods(d), d.method.aggregation)
    view = shown(chart, chart.minimum_width(), chart.minimum_height())
    assert chart.method_axis.labelsAngle() == -90
    longest = max(QFontMetricsF(chart.method_axis.labelsFont()).horizontalAdvance(t)
                  for t in chart.method_axis.categories())
    below_plot = chart.size().height() - chart.plotArea().bottom()
    assert below_plot >= longest  # room under the plot for the longest code standing up
    assert chart.plotArea().height() >= 3 * QFontMetricsF(chart.rank_axis.labelsFont()).height()
    assert chart.legend_names() == ["Alpha", "Charlie", "Bravo"]  # short names kept whole
    assert chart.plotArea().width() > 0.4 * chart.size().width()  # the legend leaves the plot its room
    view.close()


def test_refreshing_does_not_keep_the_old_lines(qapp):
    """Each refresh makes new line series; the old ones were left to deleteLater(), which waits
    for the event loop that asked for it, and the shipping benchmark saw memory grow by about
    13 MiB per 1,000 edits. A refresh now leaves no series behind."""
    import gc

    from PySide6.QtCharts import QLineSeries

    cmp = compare_methods(small_decision())
    chart = build_method_ranks_chart(cmp)

    def alive() -> int:
        gc.collect()
        return sum(isinstance(o, QLineSeries) for o in gc.get_objects())

    update_method_ranks_chart(chart, cmp)
    before = alive()
    for _ in range(30):  # no event loop runs in between, as inside one long slot
        update_method_ranks_chart(chart, cmp)
    assert alive() <= before


def test_a_change_of_ranks_moves_the_same_lines(qapp):
    """Most edits change a rank or two: the lines are moved, not rebuilt (no new series,
    legend markers or scene items on each edit)."""
    from counterweight.domain import Score

    d = small_decision()
    chart = build_method_ranks_chart(compare_methods(d))
    before = {oid: list(parts) for oid, parts in chart.option_series.items()}
    changed = d.model_copy(update={"scores": [s if s.key != ("c", "cost") else
                                              Score(option_id="c", criterion_id="cost", value=7.5)
                                              for s in d.scores]})
    cmp = compare_methods(Decision.model_validate(changed.model_dump()))
    update_method_ranks_chart(chart, cmp)
    for oid in chart.option_series:
        assert chart.points_of(oid) == expected_points(cmp, oid)
    assert [oid for oid, _, _ in chart.rows] == list(before)  # the same lines, in the same order
    assert all(chart.option_series[oid] == before[oid] for oid in before)
