"""Numbers in a French window read "0,352" and "35,1 %", and "0,5" typed there is one half (h27b).

Hand figures on tests.factories.small_decision (see tests/ui/test_weights_panel.py): totals Alpha 68.75,
Charlie 60.0, Bravo 55.0 out of 100; effect holds 75 % of benefits and 37.5 % of the whole; Alpha's
effect score is 2 (1-3).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from counterweight.domain import Score
from counterweight.engine.phrase import Phrase
from counterweight.services.edits import SetScore
from counterweight.ui import i18n

pytestmark = pytest.mark.qt


@pytest.fixture
def french(qapp):
    """French translators installed for the test, English again after it."""
    installed = i18n.install_translators(qapp, QLocale("fr"))
    assert installed, "the French .qm did not load"
    yield
    for t in installed:
        qapp.removeTranslator(t)
    i18n.install_translators(qapp, QLocale("en"))


def _ranking(qtbot, controller):
    from counterweight.ui.widgets.ranking_panel import RankingPanel

    panel = RankingPanel(controller)
    qtbot.addWidget(panel)
    return panel


def _weights(qtbot, controller):
    from counterweight.ui.widgets.weights_panel import WeightsPanel

    panel = WeightsPanel(controller)
    qtbot.addWidget(panel)
    return panel


def _matrix(qtbot, controller):
    from counterweight.ui.widgets.score_matrix import ScoreMatrix

    matrix = ScoreMatrix(controller)
    qtbot.addWidget(matrix)
    return matrix


def test_the_french_window_writes_decimal_commas(french, qtbot, controller) -> None:
    ranking = _ranking(qtbot, controller)
    assert ranking.ranking() == [(1, "Alpha", "68,8"), (2, "Charlie", "60,0"), (3, "Bravo", "55,0")]
    weights = _weights(qtbot, controller)
    assert weights.item("effect").text(weights.COL_LOCAL) == "75,0 %"
    assert weights.item("effect").text(weights.COL_GLOBAL) == "37,5 %"
    score = Score(option_id="a", criterion_id="effect", value=2.5, low=1.25, high=3)
    controller.submit(SetScore(option_id="a", criterion_id="effect", score=score))
    model = _matrix(qtbot, controller).model
    cell = model.index_of("a", "effect")
    assert model.data(cell) == "2,5 (1,25–3)"
    assert model.data(cell, Qt.ItemDataRole.EditRole) == "2,5"  # the editor's text and the Copy for a spreadsheet
    assert "2,5 (1,25–3)" in model.data(cell, Qt.ItemDataRole.ToolTipRole)


def test_a_phrase_of_the_engine_writes_its_numbers_the_french_way(french) -> None:
    from counterweight.ui.engine_text import engine_text

    text = engine_text(Phrase("The pairwise judgements are consistent (CR {cr:.3f}).", cr=0.0625))
    assert "0,063" in text or "0,062" in text, text


def test_typing_a_decimal_comma_in_the_french_window(french, qtbot, controller) -> None:
    model = _matrix(qtbot, controller).model
    assert model.setData(model.index_of("a", "effect"), "2,5")
    assert controller.decision.score("a", "effect").value == 2.5
    assert model.setData(model.index_of("a", "effect"), "1,500")  # no thousands in French: one and a half
    assert controller.decision.score("a", "effect").value == 1.5
    assert model.setData(model.index_of("a", "effect"), "2.75")  # a dot is understood too
    assert controller.decision.score("a", "effect").value == 2.75
    weights = _weights(qtbot, controller)
    spin = weights.editor("cost").spin
    assert spin.locale().decimalPoint() == ","
    for typed, points in (("0,5", 0.5), ("0.25", 0.25)):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), typed)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
        assert controller.decision.criterion("cost").weight == points
        assert spin.text() == typed.replace(".", ",")


def test_the_english_window_keeps_its_points(qtbot, controller) -> None:
    ranking = _ranking(qtbot, controller)
    assert ranking.ranking()[0] == (1, "Alpha", "68.8")
    weights = _weights(qtbot, controller)
    assert weights.item("effect").text(weights.COL_GLOBAL) == "37.5 %"
    assert weights.editor("cost").spin.locale().decimalPoint() == "."


def test_the_window_charts_write_french_ticks_and_the_brief_charts_keep_the_dot(french) -> None:
    from PySide6.QtCharts import QChart

    import counterweight.ui.numbers  # noqa: F401 - the window's numbers reach the charts through it
    from counterweight.charts.style import chart_number, new_chart

    window_chart, print_chart = QChart(), QChart()
    new_chart(window_chart, "windowChart")
    new_chart(print_chart, "printChart", for_print=True)
    assert window_chart.localizeNumbers() and window_chart.locale().decimalPoint() == ","
    assert not print_chart.localizeNumbers()
    assert (chart_number(window_chart, "12.5"), chart_number(print_chart, "12.5")) == ("12,5", "12.5")
