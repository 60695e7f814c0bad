"""The Disagreement tab against services.disagreement, on a decision with two analysts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox
from counterweight.domain import Decision
from counterweight.services.analyst_edits import SetAnalystWeight
from counterweight.services.disagreement import disagreement
from counterweight.services.session import ProjectSession

from tests.factories import small_decision, two_analysts


@pytest.fixture
def panel(qtbot, tmp_path: Path):
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel

    session = ProjectSession.create(tmp_path / "two.counterweight", two_analysts())
    ctl = SessionController(session)
    widget = DisagreementPanel(ctl)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.report is not None)
    yield widget
    ctl.undo_stack.clear()
    ctl.close_session()


def test_heatmap_matches_the_service_and_a_closed_form(panel):
    decision = panel._controller.decision
    report = disagreement(decision)
    leaves = [c.id for c in decision.leaves]
    options = [o.id for o in decision.options]
    assert panel.heatmap.rowCount() == len(options) and panel.heatmap.columnCount() == len(leaves)
    for s in report.cells:
        item = panel.heatmap.item(options.index(s.option_id), leaves.index(s.criterion_id))
        assert item.text() == (f"range {s.range:.4g}" if s.cv is None else f"{100 * s.cv:.0f} %")
        for value in s.values.values():
            assert f"{value:.4g}" in item.toolTip()
    # Alpha's effect: Ann 2 (shared), Ben 6 -> mean 4, population sd 2, CV = 0.5
    alpha_effect = panel.heatmap.item(options.index("a"), leaves.index("effect"))
    assert alpha_effect.text() == "50 %"  # spaced as every other tab writes a percentage (h26k: was "50%")
    assert "Ann: 2" in alpha_effect.toolTip() and "Ben: 6" in alpha_effect.toolTip()
    # Both voices agree on Charlie's cost: no spread, the palest (best) colour
    from counterweight.charts.palette import stoplight_colour

    same = panel.heatmap.item(options.index("c"), leaves.index("cost"))
    assert same.text() == "0 %" and same.background().color() == stoplight_colour(1.0)


def test_tops_sentence_and_movers_follow_the_service(panel):
    decision = panel._controller.decision
    report = disagreement(decision)
    assert not any(box.isHidden() for box in panel.findChildren(QGroupBox))
    rows = {panel.tops.item(r, 0).text(): panel.tops.item(r, 1).text() for r in range(panel.tops.rowCount())}
    for t in report.tops:
        assert rows[t.name].startswith(decision.option(t.top).name)
        assert ("differs" in rows[t.name]) == t.differs
    changed = [t.name for t in report.tops if t.differs]
    assert changed and report.movers  # the fixture is built so that Ann's top differs from the group's
    if changed:
        assert all(f"under {n}'s inputs" in panel.summary.text() for n in changed)
    else:
        assert panel.summary.text() == "No single analyst's inputs change the top option"
    texts = [panel.movers.item(i).text() for i in range(panel.movers.count())]
    if report.movers:
        assert len(texts) == len(report.movers)
        assert all(decision.option(m.new_top).name in t for m, t in zip(report.movers, texts))
    assert panel.weights.rowCount() == len(report.weights)


def test_recomputes_after_an_edit_only_while_visible(qtbot, panel):
    ctl = panel._controller
    first = panel.report
    panel.hide()
    ctl.submit(SetAnalystWeight("ben", "risks", 50.0))
    qtbot.wait(300)  # longer than the debounce: a hidden panel must not recompute
    assert panel.report is first
    panel.show()
    qtbot.waitUntil(lambda: panel.report is not first)
    assert panel.report == disagreement(ctl.decision)


def test_without_analysts_the_panel_says_how_to_add_them(qtbot, controller):
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel

    widget = DisagreementPanel(controller)
    qtbot.addWidget(widget)
    widget.refresh()
    assert "Analysts" in widget.summary.text() and widget.heatmap.rowCount() == 0
    assert all(box.isHidden() for box in widget.findChildren(QGroupBox))  # no empty tables under the note
    assert widget.focusProxy() is widget.summary  # the keyboard lands on the note, not a hidden table


def test_disagreement_tab_builds_the_panel(qtbot, controller):
    from counterweight.ui.widgets.analysis_tabs import DISAGREEMENT, AnalysisTabs
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel

    tabs = AnalysisTabs(controller)
    qtbot.addWidget(tabs)
    assert tabs.tabText(DISAGREEMENT) == "Disagreement"
    assert isinstance(tabs.disagreement_panel, DisagreementPanel)


def test_tab_leaves_every_table(qtbot, panel):
    """Tab and Shift+Tab move on from each table instead of walking its cells."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget

    tables = panel.findChildren(QTableWidget)
    assert {t.objectName() for t in tables} >= {"analystTopsTable", "disagreementHeatmap", "weightSpreadTable"}
    panel.activateWindow()
    for table in tables:
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            table.setFocus()
            qtbot.waitUntil(table.hasFocus)
            qtbot.keyClick(table, key)
            assert not table.hasFocus(), (table.objectName(), key)


def _with_analysts(analysts: list[dict], inputs: list[dict], effect_scale: dict | None = None) -> Decision:
    data = small_decision().model_dump()
    data["analysts"] = analysts
    data["analyst_inputs"] = inputs
    if effect_scale is not None:
        for c in data["criteria"]:
            if c["id"] == "effect":
                c["scale"] = effect_scale
    return Decision.model_validate(data)


def _panel_on(qtbot, tmp_path: Path, decision: Decision):
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel

    from tests.ui.conftest import controller_on

    for ctl in controller_on(tmp_path / "p.counterweight", decision):
        widget = DisagreementPanel(ctl)
        qtbot.addWidget(widget)
        widget.refresh()
        yield widget


def _cell(panel, option_id: str, criterion_id: str):
    decision = panel._controller.decision
    return panel.heatmap.item([o.id for o in decision.options].index(option_id),
                              [c.id for c in decision.leaves].index(criterion_id))


def test_analysts_agreeing_on_zero_read_as_full_agreement(qtbot, tmp_path):
    """QA: both analysts rate Bravo's harm Severe (level value 0): the cell showed the grey dash."""
    from counterweight.charts.palette import stoplight_colour

    same = [{"option_id": "b", "criterion_id": "harm", "level": "Severe"},
            {"option_id": "a", "criterion_id": "cost", "value": 0}]
    decision = _with_analysts([{"id": "ann", "name": "Ann"}, {"id": "ben", "name": "Ben"}],
                              [{"analyst_id": a, "scores": same} for a in ("ann", "ben")])
    for panel in _panel_on(qtbot, tmp_path, decision):
        for option_id, criterion_id in (("b", "harm"), ("a", "cost")):
            item = _cell(panel, option_id, criterion_id)
            assert item.text() == "0 %", (option_id, criterion_id)
            assert item.background().color() == stoplight_colour(1.0)  # the agreement end of the ramp
            assert "Ann: 0" in item.toolTip() and "Ben: 0" in item.toolTip()


def test_scores_differing_around_zero_show_their_range(qtbot, tmp_path):
    """-2 and 2 average 0, so the CV is undefined: the range is shown, not the "fewer than two" dash."""
    from counterweight.charts.palette import MISSING_HEX, stoplight_colour

    decision = _with_analysts(
        [{"id": "ann", "name": "Ann"}, {"id": "ben", "name": "Ben"}],
        [{"analyst_id": "ann", "scores": [{"option_id": "a", "criterion_id": "effect", "value": -2}]},
         {"analyst_id": "ben", "scores": [{"option_id": "a", "criterion_id": "effect", "value": 2}]}],
        effect_scale={"kind": "numeric", "lower": -10, "upper": 10})
    for panel in _panel_on(qtbot, tmp_path, decision):
        item = _cell(panel, "a", "effect")
        assert item.text() == "range 4"
        assert item.background().color() == stoplight_colour(0.0)  # the CV is unbounded: widest disagreement
        assert item.background().color().name() != MISSING_HEX.lower()
        assert "average of 0" in item.toolTip() and "Range: 4" in item.toolTip()


def test_analysts_sharing_a_name_each_keep_a_value(qtbot, tmp_path):
    """QA: two analysts called Ann showed one value beside a range of 4, and one weight column."""
    decision = _with_analysts(
        [{"id": "x1", "name": "Ann"}, {"id": "x2", "name": "Ann"}],
        [{"analyst_id": "x1", "scores": [{"option_id": "a", "criterion_id": "effect", "value": 4}]},
         {"analyst_id": "x2", "scores": [{"option_id": "a", "criterion_id": "effect", "value": 8}],
          "weights": {"cost": 3}}])
    for panel in _panel_on(qtbot, tmp_path, decision):
        tip = _cell(panel, "a", "effect").toolTip()
        assert "Ann (1): 4" in tip and "Ann (2): 8" in tip
        headers = [panel.weights.horizontalHeaderItem(c).text() for c in range(panel.weights.columnCount())]
        assert headers[1:3] == ["Ann (1)", "Ann (2)"]
        tops = [panel.tops.item(r, 0).text() for r in range(panel.tops.rowCount())]
        assert "Ann (1)" in tops and "Ann (2)" in tops


def test_long_names_are_cut_in_the_middle_with_the_whole_name_in_the_tooltip(qtbot, tmp_path):
    from counterweight.ui.widgets.disagreement_panel import NAME_CHARS

    stem = "Dr Maximiliana-Wilhelmina von Hohenzollern-Sigmaringen the "
    decision = _with_analysts([{"id": f"z{i}", "name": f"{stem}{i}th"} for i in (1, 2)],
                              [{"analyst_id": "z2", "weights": {"cost": 3}}])
    for panel in _panel_on(qtbot, tmp_path, decision):
        cap = panel.fontMetrics().averageCharWidth() * NAME_CHARS
        rows = [panel.tops.item(r, 0) for r in range(1, panel.tops.rowCount())]
        headers = [panel.weights.horizontalHeaderItem(c) for c in (1, 2)]
        for items in (rows, headers):
            assert [i.toolTip() for i in items] == [f"{stem}1th", f"{stem}2th"]
            assert [i.text()[-3:] for i in items] == ["1th", "2th"]  # the distinguishing end survives
            assert all(panel.fontMetrics().horizontalAdvance(i.text()) <= cap for i in items)


def test_a_moving_level_score_reads_as_the_levels_chosen(panel):
    """QA pass 17: "(70 instead of the group's 100)" for a level scale; the analyst chose a level."""
    from counterweight.services.disagreement import Mover

    d = panel._controller.decision
    levels = {lv.label: lv for lv in d.criterion("harm").scale.levels}
    low, high = levels["Low"], levels["High"]
    m = Mover(kind="score", criterion_id="harm", option_id="a", analyst_id="ann", analyst="Ann",
              group_value=high.value, analyst_value=low.value, new_top="a")
    assert "(Low instead of the group's High)" in panel.describe_mover(d, m)


def test_the_summary_names_an_analyst_as_typed(qtbot, tmp_path):
    """QA pass 19, item 5: "Ann <b>Bold</b> & Co" showed in bold, without its tags, in the summary line."""
    from tests.ui.test_names_shown_literally import shown

    name = "Ann <b>Bold</b> & Co"
    data = two_analysts().model_dump()
    data["analysts"][0]["name"] = name
    for panel in _panel_on(qtbot, tmp_path, Decision.model_validate(data)):
        assert f"under {name}'s inputs" in shown(panel.summary)  # the fixture's Ann changes the top option


def test_tab_reaches_the_top_options_first_and_the_table_fits_its_rows(qtbot, panel):
    """QA 29 finding 11: the heatmap was the focus proxy, so a forward Tab never reached the first table;
    the first table kept a default height (a large empty area under three rows) and cut its Top option column."""
    from PySide6.QtCore import Qt

    assert panel.focusProxy() is panel.tops
    t = panel.tops
    rows = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount())) + 2 * t.frameWidth()
    assert t.height() <= rows + 4, (t.height(), rows)
    assert panel.heatmap.maximumHeight() < 300  # three options: no empty area under them either
    panel.resize(260, 900)  # a narrow column (large text): the top option wraps instead of being cut
    qtbot.waitUntil(lambda: t.viewport().width() < 240)
    assert t.columnWidth(0) + t.columnWidth(1) <= t.viewport().width() + 1
    assert t.wordWrap()
    panel.activateWindow()
    panel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(t.hasFocus)
    qtbot.keyClick(t, Qt.Key.Key_Tab)  # and on, forwards, to the heatmap
    qtbot.waitUntil(panel.heatmap.hasFocus)


def test_a_shared_score_standing_in_for_an_analyst_says_so(qtbot, tmp_path):
    """QA 31 item 9: Ben gave no score of his own for Alpha's effect; the tooltip showed the shared one as his."""
    decision = _with_analysts(
        [{"id": "ann", "name": "Ann"}, {"id": "ben", "name": "Ben"}],
        [{"analyst_id": "ann", "scores": [{"option_id": "a", "criterion_id": "effect", "value": 9}]},
         {"analyst_id": "ben", "weights": {"cost": 3}}])
    for panel in _panel_on(qtbot, tmp_path, decision):
        tip = _cell(panel, "a", "effect").toolTip()
        ben = next(line for line in tip.splitlines() if line.startswith("Ben:"))
        ann = next(line for line in tip.splitlines() if line.startswith("Ann:"))
        assert "(shared" in ben and "(shared" not in ann, tip
