"""The criterion dialog's breakpoints table: a numeric criterion's piecewise value function."""

from __future__ import annotations


import pytest
from counterweight.domain import Breakpoint, Direction, NumericScale
from counterweight.engine.value_functions import score_value
from counterweight.ui.dialogs.criterion_breakpoints import POINT_VALUE_COL, X_COL
from counterweight.ui.dialogs.criterion_dialog import CriterionDialog
from PySide6.QtWidgets import QTableWidget

from tests.ui.criteria_helpers import criteria_panel, edit_criterion, isolated_home  # noqa: E402

pytestmark = pytest.mark.qt

#: Numbers that ``f"{x:g}"`` shows rounded, so only an exact round trip keeps them.
THIRD = 10 / 3
TWO_THIRDS = 200 / 3
ODD_POINTS = [Breakpoint(x=0, value=0), Breakpoint(x=THIRD, value=TWO_THIRDS), Breakpoint(x=10, value=100)]


_isolated_home = pytest.fixture(autouse=True)(isolated_home)
panel = pytest.fixture(criteria_panel)


def _edit_effect(panel, monkeypatch, action) -> list[list[str]]:  # noqa: ANN001
    return edit_criterion(panel, monkeypatch, "effect", action)


def _with_points(controller, points, lower=0.0, upper=10.0) -> None:
    """Store ``points`` on 'effect' directly, as an import would."""
    from counterweight.services.edits import UpdateCriterion

    crit = controller.decision.criterion("effect")
    controller.submit(UpdateCriterion(
        crit.model_copy(update={"scale": NumericScale(lower=lower, upper=upper, breakpoints=points)}), "set up"))
    assert controller.decision.criterion("effect").scale.breakpoints == points


def _dialog(qtbot, controller) -> CriterionDialog:
    dialog = CriterionDialog(controller.decision.criterion("effect"))
    qtbot.addWidget(dialog)
    return dialog


def _cells(table: QTableWidget) -> list[tuple[str, str]]:
    return [(table.item(r, X_COL).text(), table.item(r, POINT_VALUE_COL).text()) for r in range(table.rowCount())]


def _effect_value(controller, option: str) -> float:
    crit = controller.decision.criterion("effect")
    return score_value(controller.decision.score(option, "effect"), crit.scale, crit.direction)


# ---------------------------------------------------------------- showing and keeping
def test_stored_breakpoints_are_shown_and_come_back_exactly(qtbot, panel, controller, monkeypatch) -> None:
    _with_points(controller, ODD_POINTS)
    dialog = _dialog(qtbot, controller)
    assert _cells(dialog.points_table) == [("0", "0"), ("3.33333", "66.6667"), ("10", "100")]
    assert dialog.criterion().scale.breakpoints == ODD_POINTS  # not the rounded text

    def describe(d: CriterionDialog) -> None:  # change something else: the points must not be rewritten
        d.description_edit.setPlainText("Edited elsewhere")

    assert _edit_effect(panel, monkeypatch, describe) == [[]]
    stored = controller.decision.criterion("effect")
    assert stored.description == "Edited elsewhere"
    assert [(p.x, p.value) for p in stored.scale.breakpoints] == [(0, 0), (THIRD, TWO_THIRDS), (10, 100)]


def test_an_edited_cell_counts_as_typed(qtbot, controller) -> None:
    _with_points(controller, ODD_POINTS)
    dialog = _dialog(qtbot, controller)
    dialog.points_table.item(1, POINT_VALUE_COL).setText("70")
    assert [p.value for p in dialog.criterion().scale.breakpoints] == [0, 70, 100]
    assert dialog.criterion().scale.breakpoints[1].x == THIRD  # its score cell was not touched


# ---------------------------------------------------------------- adding and removing
def test_adding_a_point_bends_the_values_as_interpolation_predicts(panel, controller, monkeypatch) -> None:
    assert _effect_value(controller, "c") == pytest.approx(0.6)  # straight line: 6 of 0-10

    def bend(d: CriterionDialog) -> None:
        assert d.points_table.rowCount() == 0
        d.add_breakpoint()  # an empty table gets the straight line's two ends
        assert _cells(d.points_table) == [("0", "0"), ("10", "100")]
        d.add_breakpoint()  # halfway along the line, so nothing changes yet
        assert _cells(d.points_table) == [("0", "0"), ("5", "50"), ("10", "100")]
        d.points_table.item(1, POINT_VALUE_COL).setText("80")

    assert _edit_effect(panel, monkeypatch, bend) == [[]]
    points = controller.decision.criterion("effect").scale.breakpoints
    assert [(p.x, p.value) for p in points] == [(0, 0), (5, 80), (10, 100)]
    # by hand: option c scores 6, between (5, 80) and (10, 100): 80 + (6 - 5) / (10 - 5) * (100 - 80) = 84
    assert _effect_value(controller, "c") == pytest.approx(0.84)
    # option a scores 2, between (0, 0) and (5, 80): 2 / 5 * 80 = 32
    assert _effect_value(controller, "a") == pytest.approx(0.32)


def test_removing_every_point_gives_a_straight_line(panel, controller, monkeypatch) -> None:
    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=10, value=100)])
    assert _effect_value(controller, "c") == pytest.approx(0.84)

    def clear(d: CriterionDialog) -> None:
        while d.points_table.rowCount():
            d.points_table.setCurrentCell(d.points_table.rowCount() - 1, X_COL)
            d.remove_breakpoint()

    assert _edit_effect(panel, monkeypatch, clear) == [[]]
    crit = controller.decision.criterion("effect")
    assert crit.scale.breakpoints == [] and crit.direction is Direction.HIGHER_BETTER
    assert _effect_value(controller, "c") == pytest.approx(0.6)


def test_undo_restores_the_previous_function_in_one_step(panel, controller, monkeypatch) -> None:
    before = controller.undo_stack.index()

    def bend(d: CriterionDialog) -> None:
        d.add_breakpoint()
        d.add_breakpoint()
        d.points_table.item(1, POINT_VALUE_COL).setText("80")

    _edit_effect(panel, monkeypatch, bend)
    assert len(controller.decision.criterion("effect").scale.breakpoints) == 3
    assert controller.undo_stack.index() == before + 1
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").scale.breakpoints == []
    assert _effect_value(controller, "c") == pytest.approx(0.6)


# ---------------------------------------------------------------- problems
@pytest.mark.parametrize(("row", "col", "text", "expected"), [
    (1, X_COL, "12", "Breakpoint 2: the score 12 is outside the scale (0 to 10)."),
    (1, X_COL, "0", "Breakpoint 2: the score 0 is already used by breakpoint 1"),
    (1, X_COL, "", "Breakpoint 2: enter the score."),
    (2, POINT_VALUE_COL, "150", "Breakpoint 3: the value must be a number from 0 to 100."),
    (0, X_COL, "1", "Breakpoint 1: the lowest score (1) must be at the lower bound (0)"),
])
def test_bad_points_are_refused_inline_naming_the_row(qtbot, controller, row, col, text, expected) -> None:
    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=10, value=100)])
    dialog = _dialog(qtbot, controller)
    assert dialog.ok_button.isEnabled()
    dialog.points_table.item(row, col).setText(text)
    assert any(p.startswith(expected) for p in dialog.problems()), dialog.problems()
    assert not dialog.ok_button.isEnabled() and dialog.criterion() is None
    assert dialog.problems_label.isVisibleTo(dialog)


def test_a_single_point_is_refused(qtbot, controller) -> None:
    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=10, value=100)])
    dialog = _dialog(qtbot, controller)
    dialog.points_table.setCurrentCell(1, X_COL)
    dialog.remove_breakpoint()
    assert any("at least two breakpoints" in p for p in dialog.problems()), dialog.problems()
    assert not dialog.ok_button.isEnabled()


# ---------------------------------------------------------------- bounds
def test_the_end_points_follow_new_bounds(qtbot, controller) -> None:
    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=10, value=100)])
    dialog = _dialog(qtbot, controller)
    dialog.upper_edit.clear()
    qtbot.keyClicks(dialog.upper_edit, "20")  # passes through 2, below the middle point, on the way
    dialog.lower_edit.setText("-5")
    assert dialog.problems() == []
    scale = dialog.criterion().scale
    assert (scale.lower, scale.upper) == (-5, 20)
    assert [(p.x, p.value) for p in scale.breakpoints] == [(-5, 0), (5, 80), (20, 100)]


def test_narrowing_past_a_middle_point_names_it(qtbot, controller) -> None:
    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=10, value=100)])
    dialog = _dialog(qtbot, controller)
    dialog.upper_edit.setText("4")
    assert any(p.startswith("Breakpoint 2: the score 5 is outside the scale (0 to 4).") for p in dialog.problems())
    dialog.points_table.setCurrentCell(1, X_COL)
    dialog.remove_breakpoint()
    assert dialog.problems() == []
    assert [(p.x, p.value) for p in dialog.criterion().scale.breakpoints] == [(0, 0), (4, 100)]


def test_a_stored_end_point_beyond_its_bound_is_kept_and_follows(qtbot, controller) -> None:
    beyond = [Breakpoint(x=-2, value=0), Breakpoint(x=10, value=100)]  # the scale allows it
    _with_points(controller, beyond)
    dialog = _dialog(qtbot, controller)
    assert dialog.problems() == [] and dialog.criterion().scale.breakpoints == beyond
    dialog.lower_edit.setText("1")
    assert [p.x for p in dialog.criterion().scale.breakpoints] == [1, 10]


def test_widening_with_breakpoints_through_the_panel(panel, controller, monkeypatch) -> None:
    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=10, value=100)])
    assert _edit_effect(panel, monkeypatch, lambda d: d.upper_edit.setText("20")) == [[]]
    scale = controller.decision.criterion("effect").scale
    assert scale.upper == 20 and [p.x for p in scale.breakpoints] == [0, 5, 20]


# ---------------------------------------------------------------- direction
def test_direction_follows_the_table_as_it_is_edited(qtbot, controller) -> None:
    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=10, value=100)])
    dialog = _dialog(qtbot, controller)
    assert Direction(dialog.direction_combo.currentData()) is Direction.HIGHER_BETTER
    dialog.points_table.item(0, POINT_VALUE_COL).setText("100")
    dialog.points_table.item(1, POINT_VALUE_COL).setText("0")
    assert Direction(dialog.direction_combo.currentData()) is Direction.LOWER_BETTER
    assert not dialog.direction_combo.isEnabled()
    assert "lower scores are better" in dialog.direction_note.text()
    assert dialog.criterion().direction is Direction.LOWER_BETTER


def test_the_table_and_its_buttons_are_keyboard_friendly(qtbot, controller) -> None:
    dialog = _dialog(qtbot, controller)
    assert not dialog.points_table.tabKeyNavigation()
    for name in ("addBreakpointButton", "removeBreakpointButton", "breakpointsTable"):
        from PySide6.QtWidgets import QWidget

        w = dialog.findChild(QWidget, name)
        assert w.accessibleName() and w.accessibleDescription(), name


def test_the_numeric_page_access_keys_are_unique(qtbot, controller) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = _dialog(qtbot, controller)
    dialog.show()
    qtbot.waitExposed(dialog)
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    keys = [m.group(1).lower() for w in widgets if w.isVisible()
            for m in [re.search(r"&([^&\s])", w.text())] if m]
    assert {"b", "m", "v"} <= set(keys)  # Add breakpoint, Remove breakpoint, Value function
    assert len(keys) == len(set(keys)), sorted(keys)
    dialog.close()


def test_the_dialog_opens_tall_enough_to_show_the_breakpoint_buttons(qtbot, controller) -> None:
    from PySide6.QtWidgets import QPushButton

    _with_points(controller, [Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=10, value=100)])
    dialog = _dialog(qtbot, controller)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name in ("addBreakpointButton", "removeBreakpointButton"):
        button = dialog.findChild(QPushButton, name)
        assert button.visibleRegion().boundingRect() == button.rect(), name  # not cut off at the bottom
    assert dialog.points_table.height() >= dialog.points_table.minimumHeight()
    dialog.close()
