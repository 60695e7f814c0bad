"""Score detail panel (beside the score matrix): one cell's score, range, rationale and evidence.

Apart from the matrix tests (test_score_matrix.py) because the panel is its own widget with its
own fixture (:func:`detail`, the panel beside another field to move the focus to): it shows the
current cell, applies its changes as one undo step, on Apply or on leaving the panel, refuses bad
input inline and keeps refused changes. Scores are those of tests.factories.small_decision.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from counterweight.domain import Score
from counterweight.services.edits import SetScore

pytestmark = pytest.mark.qt


@pytest.fixture
def detail(qtbot, controller):
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

    host = QWidget()
    panel = ScoreDetailPanel(controller, host)
    elsewhere = QLineEdit(host)
    elsewhere.setObjectName("elsewhere")
    layout = QHBoxLayout(host)
    layout.addWidget(panel)
    layout.addWidget(elsewhere)
    qtbot.addWidget(host)
    host.resize(700, 600)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    panel.host = host  # keep the (parentless) host alive for the test
    return panel, elsewhere


def test_detail_shows_cell(detail):
    panel, _ = detail
    panel.show_cell("a", "effect")
    assert panel.title.text() == "Alpha × Benefits › Effect"
    assert "0 to 10 points" in panel.scale_label.text()
    assert panel.value_edit.text() == "2"
    assert panel.range_check.isChecked()
    assert (panel.low_spin.value(), panel.high_spin.value()) == (1, 3)
    assert panel.rationale_edit.toPlainText() == "weak"
    panel.show_cell("b", "harm")
    assert panel.value_stack.currentWidget() is panel.level_combo
    assert panel.level_combo.currentText() == "High"
    assert "Harm likely" in panel.scale_label.text()
    assert not panel.range_check.isEnabled()


def test_detail_edits_rationale_range_and_evidence_in_one_step(qtbot, detail, controller):
    panel, _ = detail
    panel.show_cell("a", "effect")
    panel.rationale_edit.setFocus()
    qtbot.waitUntil(panel.rationale_edit.hasFocus)
    panel.rationale_edit.selectAll()
    qtbot.keyClicks(panel.rationale_edit, "Pilot study shows a small effect")
    panel.high_spin.setValue(4.5)
    panel.add_evidence_button.click()
    panel.evidence_table.item(0, 0).setText("Pilot report 2024")
    panel.evidence_table.item(0, 1).setText("table 3")
    assert panel.dirty and controller.undo_stack.count() == 0
    panel.rationale_edit.setFocus()
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.keyClick(panel.rationale_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    score = controller.decision.score("a", "effect")
    assert score.rationale == "Pilot study shows a small effect"
    assert (score.value, score.low, score.high) == (2, 1, 4.5)
    assert [(e.source, e.locator) for e in score.evidence] == [("Pilot report 2024", "table 3")]
    assert controller.undo_stack.count() == 1
    assert not panel.dirty
    controller.undo_stack.undo()
    assert controller.decision.score("a", "effect").rationale == "weak"
    assert panel.rationale_edit.toPlainText() == "weak"  # the panel follows the undo
    assert panel.high_spin.value() == 3


def test_detail_commits_on_focus_out(qtbot, detail, controller):
    panel, elsewhere = detail
    panel.show_cell("c", "cost")
    panel.value_edit.setFocus()
    qtbot.waitUntil(panel.value_edit.hasFocus)
    panel.value_edit.selectAll()
    qtbot.keyClicks(panel.value_edit, "4")
    with qtbot.waitSignal(controller.changed, timeout=2000):
        elsewhere.setFocus()
    assert controller.decision.score("c", "cost").value == 4
    assert controller.decision.score("c", "cost").rationale == "fair"


@pytest.mark.parametrize("text, words", [("abc", "not a number"), ("12", "outside the scale"),
                                         ("5", "high end"), ("1,500", "Type 1500 or 1.5")])
def test_detail_rejects_bad_input_inline(qtbot, detail, controller, text, words):
    panel, _ = detail
    panel.show_cell("a", "effect")  # range 1-3: a value of 5 would sit above it
    panel.value_edit.setFocus()
    qtbot.waitUntil(panel.value_edit.hasFocus)
    panel.value_edit.selectAll()
    qtbot.keyClicks(panel.value_edit, text)
    assert not panel.apply()
    assert panel.error_label.isVisible()
    assert words in panel.error_label.text() and "Alpha × Effect" in panel.error_label.text()
    assert controller.undo_stack.count() == 0
    assert controller.decision.score("a", "effect").value == 2


def test_detail_keeps_numbers_exactly_unless_they_are_edited(qtbot, detail, controller):
    """QA session 12: editing only the rationale stored a range 0.0625-0.3333 as 0.06-0.33."""
    panel, _ = detail
    stored = Score(option_id="a", criterion_id="effect", value=7 / 3, low=0.0625, high=3.3333, rationale="weak")
    controller.submit(SetScore("a", "effect", stored))
    panel.show_cell("a", "effect")
    assert (panel.value_edit.text(), panel.low_spin.text(), panel.high_spin.text()) == ("2.33333", "0.0625", "3.3333")
    panel.rationale_edit.setFocus()
    qtbot.waitUntil(panel.rationale_edit.hasFocus)
    panel.rationale_edit.selectAll()
    qtbot.keyClicks(panel.rationale_edit, "Pilot study")
    steps = controller.undo_stack.count()
    assert panel.apply()
    assert controller.undo_stack.count() == steps + 1
    assert controller.decision.score("a", "effect") == stored.model_copy(update={"rationale": "Pilot study"})
    # a number typed with more decimals than the box showed is taken as typed
    panel.low_spin.lineEdit().setFocus()
    qtbot.waitUntil(panel.low_spin.hasFocus)
    panel.low_spin.lineEdit().selectAll()
    qtbot.keyClicks(panel.low_spin.lineEdit(), "1.125")
    assert panel.apply()
    score = controller.decision.score("a", "effect")
    assert (score.value, score.low, score.high) == (7 / 3, 1.125, 3.3333)


def test_detail_keeps_refused_changes_when_another_cell_is_chosen(qtbot, detail, controller):
    """Typed changes that cannot be applied are never dropped by moving to another cell."""
    panel, _ = detail
    panel.show_cell("a", "effect")
    panel.rationale_edit.setPlainText("New rationale the analyst typed")
    panel.value_edit.setFocus()
    qtbot.waitUntil(panel.value_edit.hasFocus)
    panel.value_edit.selectAll()
    qtbot.keyClicks(panel.value_edit, "12")  # outside the 0-10 scale
    assert not panel.show_cell("b", "harm")  # was: the new cell shown, the typing thrown away
    assert panel.cell == ("a", "effect") and panel.dirty
    assert panel.value_edit.text() == "12"
    assert panel.rationale_edit.toPlainText() == "New rationale the analyst typed"
    assert panel.error_label.isVisible() and "outside the scale" in panel.error_label.text()
    assert panel.show_cell("a", "effect")  # back on it (the matrix reselects it): still kept
    assert panel.value_edit.text() == "12" and panel.error_label.isVisible()
    assert controller.decision.score("a", "effect").value == 2 and controller.undo_stack.count() == 0


def test_detail_evidence_needs_a_source(detail, controller):
    panel, _ = detail
    panel.show_cell("b", "effect")
    panel.add_evidence_button.click()
    panel.evidence_table.item(0, 2).setText("a note without a source")
    assert not panel.apply()
    assert "source" in panel.error_label.text()
    panel.remove_evidence_button.click()
    assert panel.evidence_table.rowCount() == 0
    assert panel.apply()
    assert controller.undo_stack.count() == 0  # nothing had changed in the end


def test_detail_level_choice(qtbot, detail, controller):
    panel, _ = detail
    panel.show_cell("b", "harm")
    panel.level_combo.setCurrentIndex(panel.level_combo.findData("Moderate"))
    panel.level_combo.activated.emit(panel.level_combo.currentIndex())
    assert panel.apply()
    assert controller.decision.score("b", "harm").level == "Moderate"
    assert controller.decision.score("b", "harm").rationale == "loud"


def test_a_new_range_starts_at_the_score_not_the_whole_scale(qtbot, detail, controller):
    """Ticking "Give a plausible range" filled in the whole scale (0 to 10), which Apply then saved as the
    range: a claim of total uncertainty the analyst never made. It now starts at the score, to be widened."""
    panel, _ = detail
    panel.show_cell("b", "effect")  # 9 points, no range
    assert not panel.range_check.isChecked()
    panel.range_check.setChecked(True)
    assert (panel.low_spin.value(), panel.high_spin.value()) == (9, 9)
    panel.high_spin.setValue(10)
    assert panel.apply()
    stored = controller.decision.score("b", "effect")
    assert (stored.low, stored.high) == (9, 10)
    panel.show_cell("a", "effect")  # a stored range is shown as it is
    assert (panel.low_spin.value(), panel.high_spin.value()) == (1, 3)
