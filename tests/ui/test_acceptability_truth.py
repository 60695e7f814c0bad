"""The Uncertainty tab's ranks table and chart tell the truth (QA 21 items 2 and 4).

* An option a red line excludes takes no part in the draws: its row reads "excluded by a
  red line" across the rank columns (not 0.0 % in every rank), it comes last, the rank
  columns and the chart's rank segments stop at the number of options that took part,
  the chart has no empty bar for it and the note above the chart names it. Which option
  is excluded is checked against the ranking's red-line assessment (``evaluate``).
* The confidence factor is headed as such and explained under the table; with exact
  weights (none drawn) its column is hidden and the line under the table says why.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from counterweight.charts.acceptability_chart import build_acceptability_chart
from counterweight.domain import Decision, WeightUncertainty
from counterweight.domain.methods import RedLine, RedLineAction
from counterweight.engine.evaluate import evaluate
from counterweight.engine.smaa import smaa
from counterweight.ui.models.acceptability_model import (
    COL_CONFIDENCE,
    COL_FIRST_RANK,
    AcceptabilityResults,
    cell_texts,
    ranks_table,
)
from tests.factories import small_decision

pytestmark = pytest.mark.qt
EXCLUDED = "excluded by a red line"


def _decision(weights: WeightUncertainty, *, exclude: bool = True) -> Decision:
    """small_decision (Alpha's effect has a range) with Bravo (harm High) excluded by a red line at Moderate."""
    d = small_decision()
    unc = d.method.uncertainty.model_copy(update={"weights": weights, "samples": 2_000})
    lines = [RedLine(id="rl", criterion_id="harm", level="Moderate", action=RedLineAction.EXCLUDE)] if exclude else []
    return d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc}), "red_lines": lines})


@pytest.fixture
def results(qtbot):
    """An AcceptabilityResults laid out as the Uncertainty tab does, shown."""
    host = QWidget()
    qtbot.addWidget(host)
    shown = AcceptabilityResults(host)
    layout = QVBoxLayout(host)
    layout.addWidget(shown.notes)
    layout.addWidget(shown.splitter, 1)
    host.resize(560, 700)
    host.show()
    qtbot.waitExposed(host)
    yield shown
    del host


def test_the_excluded_option_is_the_one_the_red_line_excludes_and_reads_so():
    d = _decision(WeightUncertainty.NONE)
    ev = evaluate(d)
    assert [o.id for o in d.options if ev.is_excluded(o.id)] == ["b"]
    content = ranks_table(smaa(d))
    # 2 of 3 options took part; the red line adds its column (tests/ui/test_acceptability_red_lines.py)
    assert content.heads == ["Option", "Confidence\nfactor", "Rank 1", "Rank 2", "Past a\nred line"]  # QA 32 item 2
    rows = list(content.rows)
    assert rows[-1] == [("Bravo", "b"), (EXCLUDED, None)]  # last, no share: the label spans the other columns
    assert all(len(row) == 5 for row in rows[:-1])


def test_the_table_spans_the_label_across_the_ranks_without_widening_a_rank_column(results):
    r = smaa(_decision(WeightUncertainty.NONE))
    results.show_result(r, "unknown (any weights)")
    t = results.ranks
    assert t.columnCount() == 5 and not t.isColumnHidden(COL_CONFIDENCE)  # one more: past a red line
    bravo = next(k for k, row in enumerate(cell_texts(t)) if row[0] == "Bravo")
    assert cell_texts(t)[bravo] == ["Bravo", EXCLUDED, "", "", ""]
    assert t.columnSpan(bravo, COL_CONFIDENCE) == 4  # the confidence factor, both ranks and the red-line share
    text = t.fontMetrics().horizontalAdvance(EXCLUDED)
    assert t.columnWidth(COL_FIRST_RANK + 1) < text  # no column was widened to hold the label alone
    assert text <= sum(t.columnWidth(c) for c in range(COL_CONFIDENCE, 5))  # and it fits where it spans
    assert set(results.first_rank()) == {"a", "c"}  # no 0 % share for the excluded option
    assert "Excluded by a red line, so left out of the draws, the ranks and the chart: Bravo." in results.notes.text()


def test_the_chart_has_no_empty_bar_and_as_many_ranks_as_options_ranked(qapp):
    r = smaa(_decision(WeightUncertainty.NONE))
    chart = build_acceptability_chart(r)
    assert sorted(chart.category_axis.categories()) == ["Alpha", "Charlie"]
    assert [s.label() for s in chart.series_.barSets()] == ["Rank 1", "Rank 2"]
    assert chart.excluded == ["Bravo"]


def test_the_confidence_factor_is_explained_under_the_table(results):
    results.show_result(smaa(_decision(WeightUncertainty.NONE, exclude=False)), "unknown (any weights)")
    t = results.ranks
    assert t.horizontalHeaderItem(COL_CONFIDENCE).text() == "Confidence\nfactor"
    assert not t.isColumnHidden(COL_CONFIDENCE)
    text = results.explanation.text()
    assert results.explanation.isVisible() and "held at its central weights" in text
    assert "It is not the chance that the option is the best choice; that is Rank 1." in text
    assert "Excluded" not in results.notes.text()


def test_with_exact_weights_the_label_spans_the_rank_columns_only(results):
    results.show_result(smaa(_decision(WeightUncertainty.EXACT)), "as set (exact)")
    t = results.ranks
    bravo = next(k for k, row in enumerate(cell_texts(t)) if row[0] == "Bravo")
    assert cell_texts(t)[bravo] == ["Bravo", "", EXCLUDED, "", ""] and t.columnSpan(bravo, COL_FIRST_RANK) == 3
    assert set(results.first_rank()) == {"a", "c"}


def test_with_exact_weights_the_confidence_column_is_hidden_and_the_note_says_why(results):
    results.show_result(smaa(_decision(WeightUncertainty.NONE, exclude=False)), "unknown (any weights)")
    results.show_result(smaa(_decision(WeightUncertainty.EXACT, exclude=False)), "as set (exact)")
    t = results.ranks
    assert t.isColumnHidden(COL_CONFIDENCE)
    assert results.explanation.text() == ("No confidence factor is shown: the weights were not drawn, so it would "
                                          "only repeat Rank 1.")
    # the names take the room the hidden column left: nothing scrolls sideways in a wide enough view
    shown = sum(t.columnWidth(c) for c in range(t.columnCount()) if not t.isColumnHidden(c))
    assert shown <= t.viewport().width()


@pytest.mark.parametrize("factor", [1.0, 1.5])
def test_with_only_two_options_ranked_the_axis_title_still_reads_in_full(qtbot, scale_font, factor):
    """A red line left two options of five: at 150 % text the short chart read "Share of the..."."""
    from PySide6.QtWidgets import QApplication, QGraphicsTextItem

    scale_font(factor)
    host = QWidget()
    qtbot.addWidget(host)
    results = AcceptabilityResults(host)
    layout = QVBoxLayout(host)
    layout.addWidget(results.notes)
    layout.addWidget(results.splitter, 1)
    host.resize(290, 500)  # the Uncertainty tab's width at 1,366 x 768 and 150 %
    host.show()
    qtbot.waitExposed(host)
    results.show_result(smaa(_decision(WeightUncertainty.NONE)), "unknown (any weights)")
    QApplication.processEvents()
    host.resize(host.width(), 10)  # as short as its contents allow: the chart gets its minimum height
    view = results.chart_view
    qtbot.waitUntil(lambda: view.height() >= view.minimumHeight(), timeout=3000)
    qtbot.wait(50)
    texts = [i.toGraphicsObject().toPlainText() for i in view.scene().items()
             if i.isVisible() and isinstance(i.toGraphicsObject(), QGraphicsTextItem)]
    title = next(t for t in texts if t.startswith("Share"))
    assert " ".join(title.split()) == "Share of the draws (%)"
