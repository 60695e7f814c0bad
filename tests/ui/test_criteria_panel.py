"""Criteria panel and criterion dialog: add, rename, edit, move and delete, with undo."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from counterweight.domain import NumericScale, QualitativeScale
from counterweight.ui.dialogs.criterion_dialog import NUMERIC, QUALITATIVE, CriterionDialog
from counterweight.ui.models.criteria_tree_model import NAME_COLUMN
from counterweight.ui.widgets.criteria_panel import CriteriaPanel

from tests.ui.criteria_helpers import criteria_panel, edit_criterion, isolated_home  # noqa: E402

pytestmark = pytest.mark.qt


_isolated_home = pytest.fixture(autouse=True)(isolated_home)
panel = pytest.fixture(criteria_panel)


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def child_ids(controller, parent_id: str | None) -> list[str]:
    return [c.id for c in controller.decision.children(parent_id)]


def tree_names(panel: CriteriaPanel, parent=None) -> list[str]:  # noqa: ANN001
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    model = panel.model
    return [model.index(r, NAME_COLUMN, parent).data() for r in range(model.rowCount(parent))]


# ---------------------------------------------------------------- tree
def test_tree_shows_groups_and_scales(panel) -> None:
    model = panel.model
    assert tree_names(panel) == ["Risks", "Benefits"]
    benefits = model.index_for("benefits")
    assert tree_names(panel, benefits) == ["Effect", "Cost"]
    cost_scale = model.index_for("cost").siblingAtColumn(1).data()
    assert "0" in cost_scale and "20" in cost_scale and "$bn" in cost_scale
    assert "4" in model.index_for("harm").siblingAtColumn(1).data()  # four levels
    assert panel.tree.isExpanded(benefits)


def test_add_criterion_goes_into_selected_group_and_renames_in_place(qtbot, panel, controller) -> None:
    panel.select_criterion("benefits")
    panel.add_action.trigger()
    new_id = child_ids(controller, "benefits")[-1]
    assert new_id not in {"effect", "cost"}
    new = controller.decision.criterion(new_id)
    assert not new.is_group and isinstance(new.scale, NumericScale)
    assert panel.current_criterion().id == new_id
    edit = panel.tree.viewport().findChild(QLineEdit)
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, "Speed")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.decision.criterion(new_id).name == "Speed")
    controller.undo_stack.undo()  # QA 18: the addition and its first name are one step
    assert child_ids(controller, "benefits") == ["effect", "cost"]
    controller.undo_stack.redo()
    assert controller.decision.criterion(new_id).name == "Speed"


def test_add_criterion_beside_a_selected_leaf(panel, controller) -> None:
    panel.select_criterion("harm")
    panel.add_action.trigger()
    assert len(child_ids(controller, "risks")) == 2


def test_add_group_beside_a_top_level_criterion(panel, controller) -> None:
    panel.select_criterion("risks")
    panel.move_into("harm", None)  # a scored criterion at the top level
    panel.select_criterion("harm")
    panel.add_group_action.trigger()
    top = child_ids(controller, None)
    assert top[:3] == ["risks", "benefits", "harm"] and len(top) == 4
    assert controller.decision.criterion(top[3]).is_group
    assert tree_names(panel)[3] == controller.decision.criterion(top[3]).name


def test_add_group_goes_where_add_criterion_goes(panel, controller) -> None:
    """Like + Criterion: inside the selected group, beside the selected criterion."""
    panel.select_criterion("benefits")
    panel.add_group_action.trigger()
    inside = child_ids(controller, "benefits")
    assert inside[:2] == ["effect", "cost"] and len(inside) == 3
    assert controller.decision.criterion(inside[2]).is_group
    panel.select_criterion("harm")
    panel.add_group_action.trigger()
    beside = child_ids(controller, "risks")
    assert beside[0] == "harm" and len(beside) == 2 and controller.decision.criterion(beside[1]).is_group
    assert child_ids(controller, None) == ["risks", "benefits"]


def test_move_up_and_down_among_siblings(panel, controller) -> None:
    panel.select_criterion("cost")
    assert not panel.down_action.isEnabled()
    panel.up_action.trigger()
    assert child_ids(controller, "benefits") == ["cost", "effect"]
    assert panel.current_criterion().id == "cost"
    assert tree_names(panel, panel.model.index_for("benefits")) == ["Cost", "Effect"]
    controller.undo_stack.undo()
    assert child_ids(controller, "benefits") == ["effect", "cost"]


def test_alt_up_moves_a_group(qtbot, panel, controller) -> None:
    panel.activateWindow()
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    panel.select_criterion("benefits")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: child_ids(controller, None) == ["benefits", "risks"])


def test_delete_group_lists_subcriteria_and_scores_and_undo_restores(panel, controller, confirm) -> None:
    before = controller.decision
    panel.select_criterion("benefits")
    panel.delete_action.trigger()
    assert len(confirm) == 1
    text = confirm[0]
    assert "Benefits" in text and "Effect" in text and "Cost" in text
    assert "6 scores" in text  # three options x two leaves
    assert [c.id for c in controller.decision.criteria] == ["risks", "harm"]
    assert all(s.criterion_id == "harm" for s in controller.decision.scores)
    controller.undo_stack.undo()
    assert controller.decision == before
    assert tree_names(panel) == ["Risks", "Benefits"]


def test_rename_in_model_rejects_blank_name(panel, controller) -> None:
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    index = panel.model.index_for("effect")
    assert not panel.model.setData(index, "  ")
    assert controller.decision.criterion("effect").name == "Effect"
    assert errors and "name" in errors[0].lower()
    assert panel.model.setData(index, "Impact")
    assert controller.decision.criterion("effect").name == "Impact"
    assert index.data() == "Impact"


def test_edit_through_dialog_changes_unit(panel, controller, monkeypatch) -> None:
    def fake_exec(dialog: CriterionDialog) -> int:
        dialog.unit_edit.setText("points out of ten")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CriterionDialog, "exec", fake_exec)
    panel.select_criterion("effect")
    panel.edit_action.trigger()
    assert controller.decision.criterion("effect").unit == "points out of ten"
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").unit == "points"


def test_return_on_a_criterion_opens_the_dialog(qtbot, panel, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(CriterionDialog, "exec",
                        lambda dialog: opened.append(dialog.name_edit.text()) or QDialog.DialogCode.Rejected)
    panel.activateWindow()
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    panel.select_criterion("cost")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == ["Cost"])


# ---------------------------------------------------------------- dialog
@pytest.fixture
def effect_dialog(qtbot, controller):
    def make(validator=None) -> CriterionDialog:  # noqa: ANN001
        dialog = CriterionDialog(controller.decision.criterion("effect"), validator)
        qtbot.addWidget(dialog)
        return dialog

    return make


@pytest.mark.parametrize("language", ["en", "fr"])
def test_bounds_read_the_same_whatever_the_locale_and_a_thousands_comma_is_refused(effect_dialog, language) -> None:
    """The bounds were read with the user's locale: "1,500" was 1500 in English and 1.5 in French,
    while the score matrix refuses it as ambiguous. Now both follow one rule."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        dialog = effect_dialog()
        dialog.upper_edit.setText("1,500")
        assert not dialog.ok_button.isEnabled()
        assert any("Upper bound" in p and "ambiguous" in p for p in dialog.problems())
        dialog.upper_edit.setText("12,5")  # a decimal comma, as in the matrix
        assert dialog.ok_button.isEnabled() and dialog.criterion().scale.upper == 12.5
        dialog.upper_edit.setText("1500")
        assert dialog.criterion().scale.upper == 1500
    finally:
        QLocale.setDefault(previous)


def test_dialog_rejects_lower_not_below_upper(effect_dialog) -> None:
    dialog = effect_dialog()
    assert dialog.ok_button.isEnabled()
    dialog.lower_edit.setText("10")
    dialog.upper_edit.setText("5")
    assert not dialog.ok_button.isEnabled()
    assert any(p.startswith("Lower bound") for p in dialog.problems())
    assert dialog.problems_label.isVisibleTo(dialog)
    dialog.upper_edit.setText("10")  # equal is not allowed either
    assert not dialog.ok_button.isEnabled()
    dialog.upper_edit.setText("12.5")
    assert dialog.ok_button.isEnabled() and dialog.problems() == []
    assert dialog.criterion().scale == NumericScale(lower=10, upper=12.5)


def test_dialog_names_a_non_numeric_bound(effect_dialog) -> None:
    dialog = effect_dialog()
    dialog.upper_edit.setText("lots")
    assert not dialog.ok_button.isEnabled()
    assert any(p.startswith("Upper bound") for p in dialog.problems())


def test_dialog_requires_a_name(effect_dialog) -> None:
    dialog = effect_dialog()
    dialog.name_edit.setText("")
    assert not dialog.ok_button.isEnabled()
    assert any(p.startswith("Name") for p in dialog.problems())


def test_dialog_qualitative_levels_are_checked(effect_dialog) -> None:
    dialog = effect_dialog()
    dialog.kind_combo.setCurrentIndex(QUALITATIVE)
    assert dialog.levels_table.rowCount() == 2  # a starting pair of levels
    assert dialog.ok_button.isEnabled()
    assert isinstance(dialog.criterion().scale, QualitativeScale)
    dialog.levels_table.item(1, 2).setText("150")
    assert not dialog.ok_button.isEnabled()
    assert any(p.startswith("Level 2") for p in dialog.problems())
    dialog.levels_table.item(1, 2).setText("80")
    dialog.levels_table.item(1, 0).setText(dialog.levels_table.item(0, 0).text())
    assert not dialog.ok_button.isEnabled()
    assert any("unique" in p for p in dialog.problems())
    dialog.levels_table.item(1, 0).setText("Fine")
    dialog.add_level()
    dialog.levels_table.item(2, 2).setText("100")
    assert dialog.ok_button.isEnabled()
    assert [lv.label for lv in dialog.criterion().scale.levels][1:] == ["Fine", "Level 3"]
    dialog.kind_combo.setCurrentIndex(NUMERIC)
    assert isinstance(dialog.criterion().scale, NumericScale)


def test_dialog_uses_validator_to_check_existing_scores(effect_dialog, controller) -> None:
    from counterweight.services.edits import UpdateCriterion

    dialog = effect_dialog(lambda c, renames: controller.validate(UpdateCriterion(c, level_renames=renames)))
    dialog.upper_edit.setText("5")  # Bravo scored 9 on Effect
    assert not dialog.ok_button.isEnabled()
    assert any("Bravo" in p for p in dialog.problems())
    dialog.upper_edit.setText("9")
    assert dialog.ok_button.isEnabled()


def test_group_dialog_has_no_scale_fields(qtbot, controller) -> None:
    dialog = CriterionDialog(controller.decision.criterion("risks"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.lower_edit.isVisible() and not dialog.levels_table.isVisible()
    dialog.name_edit.setText("Dangers")
    assert dialog.criterion().name == "Dangers" and dialog.criterion().is_group


def test_the_in_place_name_editor_has_an_accessible_name(qtbot, panel) -> None:
    """F2's editor is announced as the criterion's name, as the score matrix's editors are."""
    panel.activateWindow()
    panel.select_criterion("cost")
    panel.rename_current()
    editor = panel.tree.findChild(QLineEdit, "criterionNameEditor")
    assert editor is not None and editor.text() == "Cost"
    assert editor.accessibleName() == "Name of criterion or group"
    assert editor.accessibleDescription()


# ---------------------------------------------------------------- direction and breakpoints (QA round 12)
def _breakpoint_dialog(qtbot, controller, direction):  # noqa: ANN001, ANN202
    """The dialog on 'effect' with a rising piecewise value function and the given stored direction."""
    from counterweight.domain import Breakpoint, Direction

    points = [Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=10, value=100)]
    crit = controller.decision.criterion("effect").model_copy(update={
        "direction": Direction(direction), "scale": NumericScale(lower=0, upper=10, breakpoints=points)})
    dialog = CriterionDialog(crit)
    qtbot.addWidget(dialog)
    return dialog


def test_direction_is_decided_by_the_breakpoints_and_editable_once_they_go(qtbot, controller) -> None:
    from counterweight.domain import Direction

    # imported with "lower is better" although the breakpoints rise: the value function decides
    dialog = _breakpoint_dialog(qtbot, controller, "lower_better")
    assert not dialog.direction_combo.isEnabled()
    assert Direction(dialog.direction_combo.currentData()) is Direction.HIGHER_BETTER
    assert "value function decides" in dialog.direction_note.text()
    assert "higher scores are better" in dialog.direction_note.text()
    assert dialog.direction_combo.toolTip() == dialog.direction_note.text()
    dialog.direction_combo.setCurrentIndex(1)  # even set from code, it cannot contradict the breakpoints
    assert dialog.criterion().direction is Direction.HIGHER_BETTER
    # removing every breakpoint gives a straight line in the direction shown, not the hidden stored one
    while dialog.points_table.rowCount():
        dialog.points_table.setCurrentCell(0, 0)
        dialog.remove_breakpoint()
    assert dialog.direction_combo.isEnabled()
    assert dialog.criterion().direction is Direction.HIGHER_BETTER and not dialog.criterion().scale.breakpoints
    assert "a score of 10 is best" in dialog.direction_note.text()
    dialog.direction_combo.setCurrentIndex(1)
    assert dialog.criterion().direction is Direction.LOWER_BETTER
    assert "a score of 0 is best" in dialog.direction_note.text()
    dialog.add_breakpoint()  # the straight line's two ends, falling as chosen: the table decides again
    assert not dialog.direction_combo.isEnabled()
    assert dialog.criterion().direction is Direction.LOWER_BETTER
    assert [(p.x, p.value) for p in dialog.criterion().scale.breakpoints] == [(0, 100), (10, 0)]


def test_direction_note_for_levels_and_for_a_peaked_value_function(qtbot, controller) -> None:
    from counterweight.domain import Breakpoint

    dialog = _breakpoint_dialog(qtbot, controller, "higher_better")
    dialog.kind_combo.setCurrentIndex(QUALITATIVE)
    assert not dialog.direction_combo.isEnabled() and "does not apply" in dialog.direction_note.text()
    peak = [Breakpoint(x=0, value=0), Breakpoint(x=5, value=100), Breakpoint(x=10, value=20)]
    crit = controller.decision.criterion("effect").model_copy(
        update={"scale": NumericScale(lower=0, upper=10, breakpoints=peak)})
    peaked = CriterionDialog(crit)
    qtbot.addWidget(peaked)
    assert not peaked.direction_combo.isEnabled()
    assert "best value (100) is at 5" in peaked.direction_note.text()


# ---------------------------------------------------------------- level renames (QA round 12)
def _edit_harm(panel, monkeypatch, action) -> list[list[str]]:  # noqa: ANN001
    return edit_criterion(panel, monkeypatch, "harm", action)


def _label_row(dialog: CriterionDialog, label: str) -> int:
    t = dialog.levels_table
    return next(r for r in range(t.rowCount()) if t.item(r, 0).text() == label)


def test_renaming_a_used_level_in_the_dialog_carries_its_scores_in_one_undo_step(panel, controller,
                                                                                monkeypatch) -> None:
    def rename(dialog: CriterionDialog) -> None:
        dialog.levels_table.item(_label_row(dialog, "Moderate"), 0).setText("Medium")

    assert _edit_harm(panel, monkeypatch, rename) == [[]]
    score = controller.decision.score("c", "harm")
    assert score.level == "Medium" and score.rationale == "middling"
    assert [lv.label for lv in controller.decision.criterion("harm").scale.levels][2] == "Medium"
    entry = controller.session.audit_log(1)[0]
    assert "'Moderate' \u2192 'Medium'" in entry.target
    controller.undo_stack.undo()
    assert controller.decision.score("c", "harm").level == "Moderate"
    assert [lv.label for lv in controller.decision.criterion("harm").scale.levels][2] == "Moderate"


def test_a_moved_row_keeps_the_level_it_started_as(panel, controller, monkeypatch) -> None:
    def move_then_rename(dialog: CriterionDialog) -> None:
        dialog.levels_table.setCurrentCell(_label_row(dialog, "High"), 0)
        dialog._move_level(1)  # below "Moderate"
        dialog.levels_table.item(_label_row(dialog, "High"), 0).setText("Serious")
        assert dialog.level_renames() == {"High": "Serious"}

    assert _edit_harm(panel, monkeypatch, move_then_rename) == [[]]
    assert controller.decision.score("b", "harm").level == "Serious"
    assert controller.decision.score("c", "harm").level == "Moderate"


def test_deleting_a_used_level_says_which_scores_use_it(panel, controller, monkeypatch) -> None:
    def delete(dialog: CriterionDialog) -> None:
        dialog.levels_table.setCurrentCell(_label_row(dialog, "Moderate"), 0)
        dialog.remove_level()

    problems = _edit_harm(panel, monkeypatch, delete)[0]
    assert any("1 score (Charlie)" in p and "set those scores to another level first" in p for p in problems)
    assert controller.decision.criterion("harm").scale.level("Moderate") is not None


def test_switching_a_scored_criterion_to_numbers_says_what_to_do(panel, controller, monkeypatch) -> None:
    problems = _edit_harm(panel, monkeypatch, lambda d: d.kind_combo.setCurrentIndex(NUMERIC))[0]
    assert any("Clear the 3 scores on this criterion first, or add a new criterion" in p for p in problems)
    assert not any("scored with a number, not a level" in p for p in problems)
