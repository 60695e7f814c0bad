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
from counterweight.ui import i18n, numbers

pytestmark = pytest.mark.qt


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


# ---------------------------------------------------------------- h27n: the QA pass in the French window


def test_red_line_amounts_read_the_french_way_and_stay_english_elsewhere(french, controller) -> None:
    from counterweight.domain.methods import RedLine, RedLineAction
    from counterweight.engine.red_lines import assess_red_lines
    from counterweight.services.red_lines import describe_breach, describe_red_line
    from counterweight.ui.engine_text import engine_text

    controller.submit(SetScore(option_id="a", criterion_id="effect",
                               score=Score(option_id="a", criterion_id="effect", value=1.5, low=0.5, high=2.5)))
    line = RedLine(id="r", criterion_id="effect", limit=2.5, action=RedLineAction.FLAG)
    decision = controller.decision.model_copy(update={"red_lines": [line]})
    assert engine_text(describe_red_line(decision, line)).endswith("2,5 points")
    assert str(describe_red_line(decision, line)).endswith("2.5 points")  # the brief's and the CLI's English
    breach = assess_red_lines(decision).breaches_for("a")[0]
    assert "(1,5 points)" in engine_text(describe_breach(decision, breach))
    assert "1,5 points" in engine_text(breach.reason) and "2,5 points" in engine_text(breach.reason)
    assert "1.5 points" in str(breach.reason)


def test_counts_of_thousands_are_grouped_the_french_way(french) -> None:
    from types import SimpleNamespace

    from counterweight.ui.widgets.comparison_tables import shown_note

    cmp = SimpleNamespace(methods=["ws"], evaluations={"ws": SimpleNamespace(option_ids=list(range(12000)))})
    note = shown_note(cmp)
    assert "12\u202f000" in note and "12,000" not in note  # "12,000" reads as twelve in French


def test_history_values_read_the_french_way_and_the_record_stays(french) -> None:
    from counterweight.services.history_values import describe_value
    from counterweight.ui.engine_text import engine_text

    stored = {"option_id": "a", "criterion_id": "effect", "value": 2.5, "low": 1.25, "high": 3, "level": None}
    assert engine_text(describe_value(stored)) == "2,5 (1,25–3)"
    assert engine_text(describe_value(0.75)) == "0,75"
    assert (str(describe_value(stored)), str(describe_value(0.75))) == ("2.5 (1.25–3)", "0.75")


def test_a_disagreement_score_reads_the_french_way(french, controller) -> None:
    from counterweight.services.disagreement import score_words
    from counterweight.ui.engine_text import engine_text

    assert engine_text(score_words(controller.decision, "effect", 30.05)) == "30,05 points"
    assert str(score_words(controller.decision, "effect", 30.05)) == "30.05 points"


def test_the_pairwise_verdict_writes_its_limit_the_french_way(french, qtbot, example_session) -> None:
    from counterweight.domain import WeightMethod
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
    from counterweight.ui.session_controller import SessionController

    dialog = WeightingDialog(SessionController(example_session), "benefits")  # the example's AHP judgements
    qtbot.addWidget(dialog)
    dialog.set_method(WeightMethod.AHP)
    verdict = dialog.ahp_editor.verdict_label.text()
    assert "0,10" in verdict and "0.10" not in verdict, verdict


def test_the_undo_step_is_named_in_french(french, controller) -> None:
    from counterweight.ui.undo import step_text

    edit = SetScore(option_id="a", criterion_id="effect", score=Score(option_id="a", criterion_id="effect", value=2))
    assert step_text(edit, controller.decision) == "Saisir une note"


def test_a_source_text_length_is_grouped_the_french_way(french, qtbot) -> None:
    from datetime import UTC, datetime

    from counterweight.domain.evidence import Source
    from counterweight.ui.widgets.source_details_form import SourceDetailsForm

    form = SourceDetailsForm()
    qtbot.addWidget(form)
    form.set_source(Source(id="s1", title="Report", text="x" * 12000, imported_from="report.txt",
                           imported_at=datetime(2026, 11, 28, 10, 0, tzinfo=UTC)))
    assert "12\u202f000" in form.imported_label.text(), form.imported_label.text()


def test_a_window_chart_counts_its_options_the_french_way(french, qtbot) -> None:
    import numpy as np

    import counterweight.ui.numbers  # noqa: F401 - the window's numbers reach the charts through it
    from counterweight.charts.acceptability_chart import build_acceptability_chart
    from tests.factories import smaa_result

    chart = build_acceptability_chart(smaa_result(np.eye(1_200), [f"Option {k}" for k in range(1_200)]), max_bars=30)
    title = chart.category_axis.titleText()
    assert "1\u202f200" in title and "1,200" not in title, title  # "1,200" reads as one point two in French


def test_an_english_window_on_a_comma_region_writes_every_number_with_a_point(qapp, qtbot, controller) -> None:
    """Review: on an en_DK system the first number after start-up took the region's comma and the rest a point;
    an English window writes numbers as the brief does, in its tables, spin boxes and charts alike."""
    from counterweight.charts import style

    before = QLocale()
    QLocale.setDefault(QLocale("en_DK"))
    try:
        i18n.install_translators(qapp, QLocale("en"))
        assert {numbers.fixed(0.352, 3) for _ in range(3)} == {"0.352"}
        assert numbers.decimal_point() == "."
        weights = _weights(qtbot, controller)
        assert weights.editor("cost").spin.locale().decimalPoint() == "."
        assert style.window_locale is not None and style.window_locale().decimalPoint() == "."
    finally:
        QLocale.setDefault(before)
        i18n.install_translators(qapp, QLocale("en"))
