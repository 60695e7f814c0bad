"""Red lines in the GUI: the dialog's add / edit / remove (each one undo step), the
breaches under the ranking and the marks in the ranking table.

Breaches are read off tests.factories.small_decision by hand: civilian harm is
Alpha Low, Bravo High, Charlie Moderate; cost (lower is better) is 2, 10 and 8 $bn.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import RedLine, RedLineAction
from counterweight.services.red_lines import AddRedLine
from counterweight.ui.dialogs.red_lines_dialog import RedLineEditor, RedLinesDialog
from counterweight.ui.widgets.ranking_panel import RankingPanel

pytestmark = pytest.mark.qt

HARM_RULE = "Civilian harm must not be worse than Moderate"


@pytest.fixture
def panel(qtbot, controller):
    widget = RankingPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(520, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialog(panel):
    dlg = panel.open_red_lines()
    assert isinstance(dlg, RedLinesDialog) and dlg.isVisible()  # open(), not a blocking exec()
    return dlg


def _row_of(panel, name: str) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 1).data() == name)


def _fill(editor: RedLineEditor, criterion: str, *, level: str | None = None, limit: float | None = None,
          action: RedLineAction = RedLineAction.FLAG, note: str = "") -> None:
    editor.criterion_combo.setCurrentIndex(editor.criterion_combo.findData(criterion))
    if level is not None:
        editor.level_combo.setCurrentIndex(editor.level_combo.findData(level.casefold()))
    if limit is not None:
        editor.limit_spin.setValue(limit)
    editor.action_combo.setCurrentIndex(editor.action_combo.findData(action))
    editor.note_edit.setText(note)


def test_adding_an_excluding_red_line_shows_the_breach_and_a_dash(qtbot, panel, dialog, controller):
    assert panel.breach_messages() == [] and not panel.breaches.isVisibleTo(panel)
    editor = dialog.add_red_line()
    assert editor.isVisible()
    _fill(editor, "harm", level="Moderate", action=RedLineAction.EXCLUDE, note="Policy")
    assert HARM_RULE in editor.rule_label.text() and "Bravo" in editor.rule_label.text()  # preview
    with qtbot.waitSignal(controller.changed, timeout=2000):
        editor.accept()
    assert controller.undo_stack.count() == 1
    assert dialog.rules() == [HARM_RULE]
    assert panel.breach_messages() == [f"Bravo breaches '{HARM_RULE}' (High) — excluded"]
    assert panel.breaches.isVisibleTo(panel)
    row = _row_of(panel, "Bravo")
    assert row == panel.model.rowCount() - 1  # excluded options come last
    rank = panel.model.index(row, 0)
    assert rank.data() == "—"
    assert "red line" in rank.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert panel.ranking()[-1][0] is None
    assert [r for r, _n, _s in panel.ranking()[:2]] == [1, 2]  # the others keep ranks 1 and 2

    controller.undo_stack.undo()
    assert dialog.rules() == []
    assert panel.breach_messages() == []
    assert panel.model.index(_row_of(panel, "Bravo"), 0).data() == "3"
    assert panel.model.index(_row_of(panel, "Bravo"), 1).data(Qt.ItemDataRole.DecorationRole) is None


def test_numeric_flag_keeps_the_rank_and_marks_the_option(qtbot, panel, dialog, controller):
    editor = dialog.add_red_line()
    editor.criterion_combo.setCurrentIndex(editor.criterion_combo.findData("cost"))
    assert editor.limit_spin.suffix() == " $bn"
    assert "highest" in editor.limit_label.text()  # lower is better: the limit is the most allowed
    _fill(editor, "cost", limit=9, action=RedLineAction.FLAG)
    assert "Cost must not exceed 9 $bn" in editor.rule_label.text()
    editor.accept()
    assert panel.breach_messages() == ["Bravo breaches 'Cost must not exceed 9 $bn' (10 $bn) — flagged"]
    row = _row_of(panel, "Bravo")
    assert panel.model.index(row, 0).data() == "3"  # flagged, still ranked
    assert "flagged" in panel.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is not None


def test_edit_and_remove_are_separate_undo_steps(qtbot, panel, dialog, controller):
    line = RedLine(id="rl-cost", criterion_id="cost", limit=9.0)
    assert controller.submit(AddRedLine(line)) is None
    assert dialog.rules() == ["Cost must not exceed 9 $bn"]
    dialog.select("rl-cost")
    assert dialog.edit_button.isEnabled()
    editor = dialog.edit_red_line()
    assert editor.limit_spin.value() == 9.0
    _fill(editor, "cost", limit=5, action=RedLineAction.EXCLUDE, note="Ceiling")
    editor.accept()
    assert controller.decision.red_lines == [line.model_copy(update={"limit": 5.0, "action": RedLineAction.EXCLUDE,
                                                                     "note": "Ceiling"})]
    assert set(controller.evaluation.excluded_option_ids) == {"b", "c"}  # 10 and 8 both exceed 5
    assert [r for r, *_ in panel.ranking()] == [1, None, None]
    dialog.select("rl-cost")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert controller.decision.red_lines == []
    assert controller.undo_stack.count() == 3
    controller.undo_stack.undo()
    assert controller.decision.red_lines[0].limit == 5.0
    controller.undo_stack.undo()
    assert controller.decision.red_lines == [line]
    assert dialog.rules() == ["Cost must not exceed 9 $bn"]


def test_red_line_diagnostic_is_not_listed_twice(panel, controller):
    controller.submit(AddRedLine(RedLine(id="x", criterion_id="harm", level="Moderate")))
    assert len(panel.breach_messages()) == 1
    assert not any("breach" in m or "worse than the red-line level" in m for m in panel.diagnostic_messages())


def test_activating_a_breach_names_the_option(qtbot, panel, controller):
    controller.submit(AddRedLine(RedLine(id="x", criterion_id="harm", level="Moderate")))
    with qtbot.waitSignal(panel.optionActivated, timeout=1000) as blocker:
        panel.breaches.itemActivated.emit(panel.breaches.item(0))
    assert blocker.args == ["b"]


def test_dialog_widgets_are_named(dialog):
    editor = dialog.add_red_line()
    for w in (dialog.table, dialog.add_button, dialog.edit_button, dialog.remove_button,
              editor.criterion_combo, editor.limit_spin, editor.level_combo, editor.action_combo, editor.note_edit):
        assert w.objectName() and w.accessibleName()
    editor.reject()


def test_closed_dialog_stops_following_the_session(qtbot, panel, controller):
    from PySide6.QtCore import QCoreApplication, QEvent

    dlg = panel.open_red_lines()
    with qtbot.waitSignal(dlg.destroyed, timeout=2000):
        dlg.reject()  # WA_DeleteOnClose: deleted on the next event-loop pass
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert controller.submit(AddRedLine(RedLine(id="x", criterion_id="harm", level="Moderate"))) is None
    assert len(panel.breach_messages()) == 1


def test_the_summary_counts_in_plain_english(panel, controller):
    summary = panel.red_lines_summary
    assert summary.text() == "none set"
    assert controller.submit(AddRedLine(RedLine(id="cap", criterion_id="cost", limit=20.0))) is None
    assert summary.text() == "No option breaches the red line."
    assert controller.submit(AddRedLine(RedLine(id="cap2", criterion_id="cost", limit=30.0))) is None
    assert summary.text() == "No option breaches the 2 red lines."
    assert controller.submit(AddRedLine(RedLine(id="harm", criterion_id="harm", level="Moderate"))) is None
    assert summary.text() == "1 breach; 0 options excluded."  # Bravo, flagged
    cut = RedLine(id="cut", criterion_id="cost", limit=9.0, action=RedLineAction.EXCLUDE)
    assert controller.submit(AddRedLine(cut)) is None
    assert summary.text() == "2 breaches; 1 option excluded."  # Bravo again (10 $bn), now excluded
    assert panel.red_lines_box._breach_summary(3, 2) == "3 breaches; 2 options excluded."


def test_a_long_note_opens_at_its_start(qtbot, dialog, controller):
    note = "Treasury ceiling agreed in March" + ", after three rounds of talks with the spending departments" * 3
    assert controller.submit(AddRedLine(RedLine(id="rl-cost", criterion_id="cost", limit=9.0, note=note))) is None
    dialog.select("rl-cost")
    editor = dialog.edit_red_line()
    qtbot.waitExposed(editor)
    edit = editor.note_edit
    edit.repaint()  # the line edit scrolls to its cursor when painted
    assert edit.text() == note and edit.cursorPosition() == 0
    assert edit.cursorRect().left() < edit.width() // 4  # the start in view, not the end
    editor.reject()


def test_a_stored_limit_comes_back_exactly_and_small_limits_can_be_typed(qtbot, dialog, controller):
    """The limit box had 3 decimals: opening a stored 9.00049 and pressing OK rewrote it as 9.0, and a
    typed 0.00049 became 0.0."""
    assert controller.submit(AddRedLine(RedLine(id="rl-cost", criterion_id="cost", limit=9.00049))) is None
    dialog.select("rl-cost")
    editor = dialog.edit_red_line()
    qtbot.waitExposed(editor)
    assert editor.red_line().limit == 9.00049
    editor.reject()
    fresh = dialog.add_red_line()
    _fill(fresh, "cost", limit=0.00049)
    assert fresh.red_line().limit == pytest.approx(0.00049)
    fresh.reject()


def test_a_limit_outside_the_scale_is_pointed_out(qtbot, dialog):
    """A limit of -50 or 1e9 on a 0-20 $bn scale was taken without a word: a wrong unit goes unseen."""
    editor = dialog.add_red_line()
    _fill(editor, "cost", limit=12)
    assert "outside the criterion's scale" not in editor.rule_label.text()
    for wrong in (-50, 1e9):
        _fill(editor, "cost", limit=wrong)
        assert "Check the limit: it lies outside the criterion's scale (0 to 20)" in editor.rule_label.text()
    editor.reject()
