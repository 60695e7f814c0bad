"""The Sensitivity tab says all it knows (QA 21, items 5, 8 and 9).

Item 5: an option that breaches a red line (the example's Transfer US cluster munitions,
rated 'High' on Civilian risk, worse than the flag limit 'Moderate') is flagged wherever
the tab names it as first or as the option a change puts first: the sentence, the
thresholds table, the chart's legend and the tornado's tooltips. Item 8: the sentence
names every score change tied for the smallest, checked against a brute-force search
over every single level move with the ranking's own evaluation. Item 9: the one-weight-
at-a-time convention is stated under the table and in the header tooltips, and the
sentence gives weights with the table's one decimal.
"""

from __future__ import annotations

import pytest

from counterweight.domain import Decision
from counterweight.domain.scales import QualitativeScale
from counterweight.engine.evaluate import evaluate
from counterweight.engine.flip import FlipItem, FlipResult
from counterweight.services.edits import SetWeight
from counterweight.services.robustness import flip_analysis, sensitivity_analysis
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel
from counterweight.ui.widgets.sensitivity_text import explain

pytestmark = pytest.mark.qt

TRANSFER = "Transfer US cluster munitions"
COL_CHANGES = 2  # the thresholds column (the table's third)
FLAG = "(⚑ breaches the red line on Civilian risk)"


@pytest.fixture
def example_controller(qtbot, example_session):
    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


def _panel(qtbot, controller) -> SensitivityPanel:
    panel = SensitivityPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(560, 1400)
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.show()
    return panel


def _top(decision: Decision) -> str:
    ev = evaluate(decision)
    return ev.option_ids[int(ev.order[0])]


def test_an_option_that_breaches_a_red_line_is_flagged_where_it_is_named(qtbot, example_controller) -> None:
    panel = _panel(qtbot, example_controller)
    # original weights: lowering Civilian risk to 30.8 % of Risks puts Transfer first
    row = next(r for r in panel.table_rows() if r[0].strip() == "Civilian risk")
    assert row[COL_CHANGES] == f"↓ 30.8 % → {TRANSFER} (⚑ breaches a red line)"
    item = next(panel.table.item(r, COL_CHANGES) for r in range(panel.table.rowCount())
                if panel.table.item(r, 0).text().strip() == "Civilian risk")
    assert "worse than the red-line level 'Moderate'" in item.toolTip()
    assert f"{TRANSFER} (⚑ breaches a red line)" in panel.chart_legend.text().replace("&nbsp;", " ")
    assert panel.chart_legend.text().count("⚑") == 1  # no other option breaches it
    tips = [panel.tornado.describe_row(k) for k in range(len(panel.tornado.items))]
    assert any(f"{TRANSFER} then comes first; ⚑ it breaches the red line on Civilian risk" in t for t in tips)
    assert any("(Joint information campaign then comes first)" in t for t in tips)  # item 8: every bar names it
    # Civilian risk at 0 points: Transfer leads, and the "Robust" sentence says it breaches the red line
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        assert example_controller.submit(SetWeight("civilian-risk", 0.0)) is None
    assert panel.verdict_label.text() == "Robust"
    sentence = panel.explanation_label.text()
    assert f"ahead of {TRANSFER} {FLAG};" in sentence
    assert "<b>Transfer&nbsp;US&nbsp;cluster&nbsp;munitions</b>&nbsp;(first) (⚑&nbsp;breaches" in panel.chart_legend.text()


def test_a_score_change_that_ends_the_breach_is_not_flagged() -> None:
    """Transfer rated 'Low' on Civilian risk would come first and no longer breach the 'Moderate' limit."""
    from counterweight.charts.tornado_chart import tornado_items
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange

    d = exchange.read_file(example_decision_path())
    flips = flip_analysis(d)
    move = next(i for i in flips.items if i.kind == "score" and (i.option_id, i.criterion_id) == ("o3", "civilian-risk"))
    assert (move.current, move.target, move.new_top_id) == ("High", "Low", "o3")
    row = next(it for it in tornado_items(d, flips, sensitivity_analysis(d))
               if (it.option_id, it.criterion_id) == ("o3", "civilian-risk"))
    assert row.down_top == "" and row.up_top == TRANSFER and row.up_breach == ()
    other = next(i for i in flips.items if i.kind == "score" and (i.option_id, i.criterion_id) == ("o3", "deterrent-effect"))
    row = next(it for it in tornado_items(d, flips, sensitivity_analysis(d))
               if (it.option_id, it.criterion_id) == ("o3", "deterrent-effect"))
    assert other.new_top_id == "o3" and row.up_breach == ("Civilian risk",)  # its Civilian risk is still 'High'


def _nearest_level_flips(d: Decision) -> tuple[float, set[tuple[str, str]]]:
    """Brute force: every single level move of every score, evaluated; the smallest moves that change the top."""
    top, found = _top(d), {}
    data = d.model_dump()
    for k, s in enumerate(data["scores"]):
        crit = d.criterion(s["criterion_id"])
        if not isinstance(crit.scale, QualitativeScale) or s["level"] is None:
            continue
        now = crit.scale.level(s["level"]).value
        for lv in crit.scale.levels:
            changed = d.model_dump()
            changed["scores"][k]["level"] = lv.label
            if _top(Decision.model_validate(changed)) != top:
                key = (s["option_id"], s["criterion_id"])
                found[key] = min(found.get(key, 1.0), abs(lv.value - now) / 100.0)
    smallest = min(found.values())
    return smallest, {k for k, v in found.items() if abs(v - smallest) < 1e-9}


def test_the_sentence_names_every_score_change_tied_for_the_smallest(qtbot, example_controller) -> None:
    d = example_controller.decision
    smallest, tied = _nearest_level_flips(d)
    assert smallest == pytest.approx(0.25) and tied == {("o1", "deterrent-effect"), ("o4", "civilian-risk"),
                                                         ("o5", "civilian-risk")}
    # no numeric score can do it within 25 % of its range: such a move shifts one total by at most
    # 0.25 x its global weight, less than the 3.44-point lead of the top option (hand arithmetic)
    ev = evaluate(d)
    totals = sorted((float(t) for t in ev.totals), reverse=True)
    for cid in ("materiel-cost", "time-to-effect"):
        assert 0.25 * ev.global_weights[cid] < totals[0] - totals[1]
    panel = _panel(qtbot, example_controller)
    sentence = panel.explanation_label.text()
    for oid, cid in tied:
        assert f"the score of {d.option(oid).name} on {d.criterion(cid).name} moves one level" in sentence
    assert sentence.count("moves one level") == 3 and sentence.count("\n• ") == 4  # one weight, three scores
    assert "from ‘Moderate’ to ‘High’ (Joint information campaign then comes first)" in sentence


def _score(option: str, fraction: float) -> FlipItem:
    return FlipItem(kind="score", label=option, criterion_id="harm", option_id=option, current="Low",
                    target="High", change=-0.7, fraction=fraction, span=100.0, new_top_id="c", exact=True)


def test_more_tied_changes_than_listed_are_counted() -> None:
    from counterweight.ui.widgets.sensitivity_text import MAX_LISTED
    from tests.factories import small_decision

    d = small_decision()
    items = tuple(_score(o, 0.7) for o in ("a", "b", "c", "a", "b")) + (_score("c", 0.9),)
    verdict, sentence = explain(d, sensitivity_analysis(d), FlipResult(top_id="a", items=items, threshold=0.1,
                                                                      verdict="robust"))
    assert verdict == "robust" and sentence.count("moves 2 levels") == MAX_LISTED == 3
    assert sentence.endswith("• 2 more changes of the same size")


def test_the_convention_is_stated_and_weights_keep_the_tables_decimal(qtbot, example_controller) -> None:
    from counterweight.ui.models.sensitivity_table import convention_note

    panel = _panel(qtbot, example_controller)
    assert panel.table_note.isVisible() and panel.table_note.text() == convention_note()
    assert "the other criteria in its group share the rest in their present proportions" in convention_note()
    for col in (COL_CHANGES,):
        assert "the other criteria in its group keep their proportions" in panel.table.horizontalHeaderItem(col).toolTip()
    sentence = panel.explanation_label.text()
    benefits = next(r for r in panel.table_rows() if r[0].strip() == "Benefits")
    assert benefits[COL_CHANGES] == "↓ 42.0 % → Joint information campaign"
    assert "the weight of Benefits falls from 45.0 % to 42.0 %" in sentence  # was "from 45 % to 42 %"
    assert "Top changes: 42.0 %" in panel.chart_legend.text().replace("&nbsp;", " ")
