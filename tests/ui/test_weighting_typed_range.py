"""Weighting dialog: a number typed past a box's range stays as typed and is reported (QA 18).

Qt's spin boxes refuse a keystroke that would take them past their maximum, so "120"
typed in a swing-points box (0-100) read "12", and the problem shown was an unrelated
rank error. Now the box keeps "120", the problem names the criterion and the allowed
range, OK stays disabled until the number is corrected, and the arrows stay within the
range. The same holds for the rank boxes and the direct points.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import WeightMethod
from counterweight.ui.dialogs.weighting_dialog import WeightingDialog

pytestmark = pytest.mark.qt


def _dialog(qtbot, controller, node_id, method):
    dialog = WeightingDialog(controller, node_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.set_method(method)
    return dialog


def _type(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_swing_points_typed_past_100_stay_as_typed_and_name_the_criterion_and_range(qtbot, example_session):
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(example_session)
    dialog = _dialog(qtbot, controller, None, WeightMethod.SWING)  # Benefits 100 (rank 1), Risks 78, Costs 44
    box = dialog.swing_editor.spins["costs"]
    _type(qtbot, box, "120")
    assert box.cleanText() == "120"  # was "12": the last keystroke was refused without a word
    problem = dialog.problems_label.text()
    assert "'Costs'" in problem and "from 0 to 100" in problem and "120 was typed" in problem, problem
    assert "ranked" not in problem  # not the unrelated rank error
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 120.0 and "120 was typed" in dialog.problems_label.text()  # Enter changes nothing
    _type(qtbot, box, "40")
    assert dialog.problems_label.isHidden() and dialog.ok_button.isEnabled()
    box.setValue(99)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 100.0  # the arrows stop at the top of the range
    controller.undo_stack.clear()


def test_rank_typed_past_the_number_of_criteria_is_reported_not_cut(qtbot, controller):
    dialog = _dialog(qtbot, controller, "benefits", WeightMethod.ROC)  # two criteria: ranks 1 to 2
    box = dialog.rank_editor.spins["cost"]
    _type(qtbot, box, "7")
    assert box.cleanText() == "7"  # was refused, leaving the old rank shown
    problem = dialog.problems_label.text()
    assert "'Cost'" in problem and "from 1 to 2" in problem and "7 was typed" in problem, problem
    assert not dialog.ok_button.isEnabled()
    _type(qtbot, box, "0")
    assert "from 1 to 2" in dialog.problems_label.text() and "0 was typed" in dialog.problems_label.text()
    _type(qtbot, box, "2")
    assert dialog.problems_label.isHidden() and dialog.ok_button.isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 2  # the arrows stay within 1 to 2


def test_swing_rank_typed_out_of_range_does_not_become_the_yardstick(qtbot, controller):
    dialog = _dialog(qtbot, controller, "benefits", WeightMethod.SWING)  # effect rank 1 (100), cost rank 2
    swing = dialog.swing_editor
    _type(qtbot, swing.spins["cost"], "30")
    _type(qtbot, swing.ranks["cost"], "0")
    assert swing.spins["cost"].value() == 30.0 and not swing.spins["cost"].isReadOnly()  # not set to 100
    assert "The rank of 'Cost'" in dialog.problems_label.text()


def test_direct_points_typed_past_the_top_are_reported_not_cut(qtbot, controller):
    dialog = _dialog(qtbot, controller, "benefits", WeightMethod.DIRECT)
    box = dialog.direct_editor.spins["effect"]
    _type(qtbot, box, "20000")
    assert box.cleanText() == "20000"  # was "2000", a tenth of what was typed
    problem = dialog.problems_label.text()
    assert "'Effect'" in problem and "from 0 to 10000" in problem and "20000 was typed" in problem, problem
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert controller.decision.criterion("effect").weight == 3  # nothing stored
    _type(qtbot, box, "9000")
    assert dialog.problems_label.isHidden() and dialog.ok_button.isEnabled()
    controller.undo_stack.clear()
