"""Compare-methods panel and the analysis tabs.

Ranks and Kendall's tau-b are checked against ``compare_methods`` run in the test;
the engine's tau-b is itself checked against closed forms in tests/engine. The
"all agree" case uses a dominating option: an option at least as good as every
other on every criterion and better on one is first under every method.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from counterweight.domain import AggregationMethod, RedLine, RedLineAction, Score
from counterweight.engine.comparison import compare_methods
from counterweight.services.edits import SetMethod, SetScore, SetWeight
from counterweight.services.red_lines import AddRedLine
from counterweight.services.session import ProjectSession
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets import analysis_tabs
from counterweight.ui.widgets.analysis_tabs import AnalysisTabs
from counterweight.ui import theme
from counterweight.ui.widgets.comparison_panel import ComparisonPanel, current_method_colours, method_code
from tests.ui.test_theme import dark_palette, light_palette, wcag_ratio

pytestmark = pytest.mark.qt


@pytest.fixture
def panel(qtbot, controller):
    widget = ComparisonPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(520, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _expected_rows(decision) -> dict[str, list[int | None]]:
    cmp = compare_methods(decision)
    return {
        o.name: [cmp.evaluations[m].rank_of(o.id) if cmp.evaluations[m].is_ranked(o.id) else None
                 for m in cmp.methods]
        for o in decision.options
    }


def test_ranks_match_compare_methods(panel, controller):
    rows = panel.rank_rows()
    assert dict(rows) == _expected_rows(controller.decision)
    headers = [panel.ranks_table.horizontalHeaderItem(c).text() for c in range(panel.ranks_table.columnCount())]
    assert headers == ["Option", "WSM ●", "WPM", "TOPSIS", "PROMETHEE", "VIKOR"]
    # rows follow the method in use (WSM): Alpha, Charlie, Bravo by value functions
    assert [name for name, _ in rows] == ["Alpha", "Charlie", "Bravo"]


def test_tau_matrix_has_ones_on_the_diagonal_and_matches_the_engine(panel, controller):
    cmp = compare_methods(controller.decision)
    texts = panel.tau_matrix()
    methods = list(AggregationMethod)
    for r, a in enumerate(methods):
        assert texts[r][r] == "+1.00"
        for c, b in enumerate(methods):
            tau = cmp.tau_between(a, b)
            assert texts[r][c] == ("—" if tau is None else f"{tau:+.2f}")
            assert texts[r][c] == texts[c][r]  # symmetric
    # colour runs from red (disagree) to green (agree): the diagonal is the greenest cell
    green = panel.tau_table.item(0, 0).background().color()
    assert green.green() > green.red()


def test_current_method_column_is_highlighted_and_follows_the_setting(panel, controller):
    col = panel.current_column()
    assert col == 1
    back = panel.ranks_table.item(0, col).background().color()
    assert back == current_method_colours()[0] and back != panel.ranks_table.palette().base().color()
    assert panel.ranks_table.item(0, 2).background().style() == Qt.BrushStyle.NoBrush
    method = controller.decision.method
    controller.submit(SetMethod(method.model_copy(update={"aggregation": AggregationMethod.VIKOR})))
    assert panel.current_column() == 5
    assert panel.ranks_table.horizontalHeaderItem(5).text() == "VIKOR ●"
    assert panel.ranks_table.item(0, 5).font().bold()


def test_summary_when_every_method_agrees(qtbot, panel, controller):
    # Alpha best everywhere: harm Low (best level), effect 10, cost 1 -> dominates Bravo and Charlie
    for cid, score in (("effect", Score(option_id="a", criterion_id="effect", value=10)),
                       ("cost", Score(option_id="a", criterion_id="cost", value=1))):
        assert controller.submit(SetScore("a", cid, score)) is None
    assert compare_methods(controller.decision).agree_on_top
    assert panel.summary_label.text() == "All five methods put 'Alpha' first."
    assert dict(panel.rank_rows())["Alpha"] == [1, 1, 1, 1, 1]


def test_summary_when_options_tie_first_lists_them_once_as_joint(qtbot, panel, controller):
    """QA pass 18: "All five methods put 'A' and 'B' and 'C' and 'D' first." """
    decision = controller.decision
    for other in ("b", "c"):
        for crit in (c for c in decision.criteria if not c.is_group):
            score = decision.score("a", crit.id)
            assert score is not None
            assert controller.submit(SetScore(other, crit.id, score.model_copy(update={"option_id": other}))) is None
    cmp = compare_methods(controller.decision)
    assert cmp.agree_on_top and len(cmp.top_option_ids[cmp.methods[0]]) == 3
    qtbot.waitUntil(lambda: "joint" in panel.summary_label.text())
    assert panel.summary_label.text() == "All five methods put 'Alpha', 'Bravo' and 'Charlie' joint first."


def test_summary_when_methods_disagree(qtbot, example_session):
    ctl = SessionController(example_session)
    widget = ComparisonPanel(ctl)
    qtbot.addWidget(widget)
    cmp = compare_methods(ctl.decision)
    text = widget.summary_label.text()
    if cmp.agree_on_top:  # the shipped example may change; the sentence must still be right
        assert text.startswith("All five methods put")
        return
    assert text.startswith("Methods disagree on the top option:")
    for m in cmp.methods:
        ev = cmp.evaluations[m]
        assert all(ev.option_names[ev.option_index(i)] in text for i in cmp.top_option_ids[m])


def test_recomputes_on_every_change(qtbot, panel, controller):
    before = panel.comparison
    assert controller.submit(SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=10))) is None
    assert panel.comparison is not before
    assert dict(panel.rank_rows()) == _expected_rows(controller.decision)
    controller.undo_stack.undo()
    assert dict(panel.rank_rows()) == _expected_rows(controller.decision)


def test_excluded_option_has_no_rank_under_any_method(panel, controller):
    controller.submit(AddRedLine(RedLine(id="x", criterion_id="harm", level="Moderate",
                                         action=RedLineAction.EXCLUDE)))
    assert dict(panel.rank_rows())["Bravo"] == [None] * 5
    assert "Bravo" in panel.note_label.text()


def test_hidden_panel_waits_until_shown(qtbot, panel, controller):
    panel.hide()
    before = panel.comparison
    controller.submit(SetWeight("harm", 3))
    assert panel.comparison is before
    panel.show()
    assert panel.comparison is not before
    assert dict(panel.rank_rows()) == _expected_rows(controller.decision)


def test_large_decision_is_debounced(qtbot, tmp_path):
    from tests.ui.test_score_matrix import _big_decision

    session = ProjectSession.create(tmp_path / "big.counterweight", _big_decision())
    ctl = SessionController(session)
    try:
        widget = ComparisonPanel(ctl)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        runs: list[int] = []
        original = widget.recompute
        widget.recompute = lambda: (runs.append(1), original())  # type: ignore[method-assign]
        widget.timer.timeout.disconnect()
        widget.timer.timeout.connect(widget.recompute)
        before = widget.comparison
        for points in (2, 3, 4, 5):  # a burst, as from dragging a slider
            assert ctl.submit(SetWeight("g1", points)) is None
        assert widget.timer.isActive() and widget.comparison is before and not runs
        qtbot.waitUntil(lambda: bool(runs), timeout=3000)
        assert runs == [1]
        qtbot.waitUntil(lambda: not widget.is_busy(), timeout=10_000)  # QA 27: the methods run on a worker
        cmp = compare_methods(ctl.decision)
        ev = cmp.evaluations[AggregationMethod.WSM]
        first = ev.option_names[int(ev.order[0])]
        assert widget.rank_rows()[0][0] == first
    finally:
        ctl.close_session()


# ---------------------------------------------------------------- analysis tabs
@pytest.fixture
def tabs(qtbot, controller):
    widget = AnalysisTabs(controller)
    qtbot.addWidget(widget)
    widget.resize(560, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_tabs_and_keyboard_switching(qtbot, tabs):
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Ranking", "Compare methods", "Sensitivity",
                                                              "Uncertainty", "Perspectives", "Disagreement",
                                                              "Trade-offs"]
    assert tabs.page(0) is tabs.ranking_panel and tabs.page(1) is tabs.comparison_panel
    assert [a.shortcut().toString() for a in tabs.tab_actions] == [f"Ctrl+{i}" for i in range(1, 8)]
    tabs.activateWindow()
    tabs.ranking_panel.table.setFocus()
    qtbot.waitUntil(tabs.ranking_panel.table.hasFocus)
    qtbot.keyClick(tabs.ranking_panel.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(tabs.focusWidget() or tabs, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(tabs.focusWidget() or tabs, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    tabs.tab_actions[0].trigger()
    assert tabs.currentIndex() == 0


def test_missing_panel_module_gives_a_not_available_label(qtbot, controller, monkeypatch):
    monkeypatch.setitem(analysis_tabs.LAZY_PANELS, "sensitivity",
                        ("counterweight.ui.widgets.no_such_panel_module", "Nothing"))
    widget = AnalysisTabs(controller)
    qtbot.addWidget(widget)
    widget.show_tab(2)
    label = widget.sensitivity_panel
    assert label.text() == "Not available"
    assert widget.widget(2).isAncestorOf(label)


def test_a_broken_panel_module_is_not_hidden(qtbot, controller, monkeypatch, tmp_path):
    pkg = tmp_path / "brokenpanels"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "panel.py").write_text("import a_dependency_that_is_not_installed\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(analysis_tabs.LAZY_PANELS, "uncertainty", ("brokenpanels.panel", "Panel"))
    widget = AnalysisTabs(controller)
    qtbot.addWidget(widget)
    with pytest.raises(ModuleNotFoundError, match="a_dependency_that_is_not_installed"):
        _ = widget.uncertainty_panel


def test_main_window_hosts_the_tabs_and_keeps_ranking_panel(qtbot, controller, tmp_path, monkeypatch):
    from counterweight.ui.main_window import MainWindow

    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.ranking_panel is window.analysis_tabs.ranking_panel
    assert window.right_splitter.indexOf(window.analysis_tabs) == 1
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "analysisMenu")
    assert menu is not None and [a.text() for a in menu.actions()][:2] == ["&Ranking", "&Compare methods"]
    window.analysis_tabs.show_tab(1)
    ranking_action = next(a for a in window.view_actions.focus_actions if "Ranking" in a.text())
    ranking_action.trigger()  # "Go to Ranking" brings its tab forward
    assert window.analysis_tabs.currentIndex() == 0
    assert [name for _, name, _ in window.ranking_panel.ranking()] == ["Alpha", "Charlie", "Bravo"]
    assert method_code(AggregationMethod.PROMETHEE) == "PROMETHEE"


def test_another_project_is_compared_when_the_panel_is_shown(qtbot, panel, controller, tmp_path):
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange
    from tests.factories import small_decision

    panel.hide()
    controller.set_session(ProjectSession.create(tmp_path / "other.counterweight",
                                                 exchange.read_file(example_decision_path())))
    panel.show()
    assert dict(panel.rank_rows()) == _expected_rows(controller.decision)
    controller.set_session(ProjectSession.create(tmp_path / "again.counterweight", small_decision()))
    assert dict(panel.rank_rows()) == _expected_rows(controller.decision)  # shown: recomputed at once


@pytest.fixture
def app_palette(qapp):
    """Set the application palette for one test; the original comes back afterwards."""
    original = QPalette(qapp.palette())
    yield qapp.setPalette
    qapp.setPalette(original)
    QApplication.processEvents()


def _cell_colours(table, r: int, c: int) -> tuple[QColor, QColor]:
    item = table.item(r, c)
    return item.background().color(), item.foreground().color()


def test_colours_follow_a_dark_palette(qtbot, panel, controller, app_palette):
    for palette, dark in ((dark_palette(), True), (light_palette(), False), (dark_palette(), True)):
        with qtbot.waitSignal(theme.install().changed, timeout=2000):  # the panel hears of it from the watcher
            app_palette(palette)
        base = palette.color(palette.ColorRole.Base)
        col = panel.current_column()
        for r in range(panel.ranks_table.rowCount()):
            back, ink = _cell_colours(panel.ranks_table, r, col)
            assert (back.lightness() < 128) is dark, back.name()
            assert back != base and wcag_ratio(back, ink) >= 4.5
            assert back.blue() > back.red()  # a tint of the palette's selection blue
        tau = panel.tau_table
        for r in range(tau.rowCount()):
            for c in range(tau.columnCount()):
                back, ink = _cell_colours(tau, r, c)
                assert (back.lightness() < 128) is dark, (r, c, back.name())
                assert wcag_ratio(back, ink) >= 4.5
    panel.recompute()  # filled afresh under the dark palette
    assert _cell_colours(panel.ranks_table, 0, panel.current_column())[0].lightness() < 128
    assert all(_cell_colours(panel.tau_table, 0, c)[0].lightness() < 128 for c in range(panel.tau_table.columnCount()))


# ---------------------------------------------------------------- ranks per method chart
def test_chart_draws_the_ranks_each_method_gives(panel, controller):
    from tests.charts.test_method_ranks_chart import expected_points

    cmp = compare_methods(controller.decision)
    chart = panel.chart
    assert panel.chart_view.chart() is chart and panel.splitter.indexOf(panel.chart_box) == 1  # between the tables
    assert panel.chart_view.parentWidget() is panel.chart_box  # with its legend under it (h28b)
    table = dict(panel.rank_rows())
    for option in controller.decision.options:
        assert chart.points_of(option.id) == expected_points(cmp, option.id), option.name
        assert chart.points_of(option.id) == [(k, r) for k, r in enumerate(table[option.name]) if r is not None]
    assert [name for _, name, _ in chart.rows] == [name for name, _ in panel.rank_rows()]  # legend in table order


def test_chart_follows_an_edit_that_changes_a_ranking_and_its_undo(panel, controller):
    from tests.charts.test_method_ranks_chart import expected_points

    ids = [o.id for o in controller.decision.options]
    before = {oid: panel.chart.points_of(oid) for oid in ids}
    # Bravo's cost 10 -> 0 (lower is better): 0.5*0.3 + 0.375*0.9 + 0.125*1.0 = 0.6125 > Charlie's 0.6 (WSM)
    assert controller.submit(SetScore("b", "cost", Score(option_id="b", criterion_id="cost", value=0))) is None
    cmp = compare_methods(controller.decision)
    after = {oid: panel.chart.points_of(oid) for oid in ids}
    assert after == {oid: expected_points(cmp, oid) for oid in ids}
    assert after["b"][0] == (0, 2) and before["b"][0] == (0, 3)  # the weighted sum now puts Bravo second
    controller.undo_stack.undo()
    assert {oid: panel.chart.points_of(oid) for oid in ids} == before


def test_chart_leaves_out_an_option_a_red_line_excludes(panel, controller):
    controller.submit(AddRedLine(RedLine(id="x", criterion_id="harm", level="Moderate",
                                         action=RedLineAction.EXCLUDE)))
    assert panel.chart.points_of("b") == []
    legend = dict(zip([oid for oid, _, _ in panel.chart.rows], panel.chart.legend_names()))
    assert legend["b"] == "— Bravo" and legend["a"] == "Alpha"


def test_chart_view_follows_the_room_the_chart_asks_for_in_a_narrow_column(qtbot, controller, scale_font):
    """At 150 % text in a narrow column the view keeps the height the chart asks for, and the legend under it
    (a label since h28b: Qt's legend, which moved under the plot here, is hidden) takes more rows instead."""
    scale_font(1.5)
    widget = ComparisonPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    qtbot.waitExposed(widget)
    chart, view, legend = widget.chart, widget.chart_view, widget.chart_legend
    frame = 2 * view.frameWidth()

    def follows() -> bool:
        return view.minimumHeight() == chart.minimum_height() + frame and view.height() >= view.minimumHeight()

    qtbot.waitUntil(follows, timeout=3000)
    assert not chart.legend().isVisible() and not chart.legend_below
    wide_rows = legend.text().count("<br>") + 1
    widget.resize(360, 900)
    qtbot.waitUntil(lambda: follows() and legend.text().count("<br>") + 1 > wide_rows, timeout=3000)
    assert legend.height() >= legend.heightForWidth(legend.width())  # every row shown
    widget.resize(900, 900)
    qtbot.waitUntil(lambda: follows() and legend.text().count("<br>") + 1 == wide_rows, timeout=3000)


def test_chart_view_is_named_described_and_can_be_saved(window, tmp_path):
    from PySide6.QtCharts import QChartView

    window.analysis_tabs.show_tab(1)
    view = window.findChild(QChartView, "methodRanksChartView")
    assert view is not None and view.objectName().endswith("ChartView")
    assert view.accessibleName() == "Ranks per method chart" and "rank 1 at the top" in view.accessibleDescription()
    assert [a.objectName() for a in view.actions()] == ["copyChartPictureAction", "saveChartPNGAction",
                                                        "saveChartSVGAction"]
    saved = window.brief_actions.charts.save_chart(view, "svg", tmp_path / "ranks.svg")
    svg = saved.read_text(encoding="utf-8")
    assert "Alpha" in svg and "Rank" in svg


def test_chart_follows_a_dark_palette(qtbot, panel, app_palette):
    from counterweight.charts.palette import contrast_ratio

    for palette, dark in ((dark_palette(), True), (light_palette(), False)):
        with qtbot.waitSignal(theme.install().changed, timeout=2000):
            app_palette(palette)
        back = panel.chart.backgroundBrush().color()
        assert (back.lightness() < 128) is dark, back.name()
        for axis in panel.chart.axes():
            assert contrast_ratio(axis.labelsColor(), back) >= 4.5
        assert contrast_ratio(panel.chart.legend().labelColor(), back) >= 4.5


def test_share_height_gives_tables_their_rows_and_the_chart_the_rest():
    from counterweight.ui.widgets.comparison_panel import share_height

    # shares of 600 by 3:4:3 are 180, 240, 180; the tables need only 130 and 176 to show every row
    assert share_height(600, [86, 235, 134], [130, None, 176], (3, 4, 3)) == [130, 294, 176]
    # 460: shares 138, 184, 138; the chart keeps its 235 and the ranks table gives way (down to 87)
    assert share_height(460, [86, 235, 134], [130, None, 176], (3, 4, 3)) == [87, 235, 138]


def test_compare_tab_never_scrolls_sideways_at_1366_by_768(qtbot, window):
    window.resize(1366, 768)
    window.analysis_tabs.show_tab(1)
    area = window.analysis_tabs.widget(1)
    panel = window.analysis_tabs.comparison_panel
    qtbot.waitUntil(lambda: panel.chart_view.height() >= panel.chart_view.minimumHeight() > 0, timeout=3000)
    QApplication.processEvents()
    assert not area.horizontalScrollBar().isVisible()
    assert panel.width() <= area.viewport().width()
    assert panel.chart_view.width() <= area.viewport().width()
    assert panel.summary_label.height() >= panel.summary_label.heightForWidth(panel.summary_label.width())
