"""What the window tells the user about weights it sets or cannot set (QA 18).

* A criterion added through the criteria panel starts with the domain's 1 point; next to
  siblings at 40 and 60 that is 1 %, and nobody was told. The status bar now says its
  points and its share of its group once it is named.
* Elicit weights with no criteria put "there are no criteria under the top level to
  weight", in lower case, in the status bar only. A message box now says it in a sentence.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QToolButton

from counterweight.services.edits import RemoveCriterion, SetWeights
from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
from counterweight.ui.widgets.weights_panel import WeightsPanel

pytestmark = pytest.mark.qt


def _add_and_name(qtbot, window, name):
    panel = window.criteria_panel
    panel.add_action.trigger()
    edit = panel.tree.viewport().findChild(QLineEdit)
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_new_criterion_says_its_points_and_its_share_of_the_top_level(qtbot, window, controller):
    controller.submit(SetWeights({"risks": 40, "benefits": 60}))
    panel = window.criteria_panel
    panel.tree.setCurrentIndex(QModelIndex())  # nothing selected: the new criterion goes to the top level
    _add_and_name(qtbot, window, "Speed")
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert window.statusBar().currentMessage() == (
        "“Speed” starts with 1 point, 1.0 % of the top-level weight. Set its points under Weights.")
    assert [c.weight for c in controller.decision.children(None)] == [40, 60, 1]  # the domain default is kept


def test_a_new_criterion_in_a_group_says_its_share_of_that_group(qtbot, window, controller):
    window.criteria_panel.select_criterion("benefits")  # effect 3, cost 1: the new one is 1 of 5
    _add_and_name(qtbot, window, "Speed")
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert window.statusBar().currentMessage() == (
        "“Speed” starts with 1 point, 20.0 % of the weight in “Benefits”. Set its points under Weights.")


def test_the_message_stays_when_the_mouse_leaves_the_add_button(qtbot, window):
    """Leaving a button sends an empty status tip, which wiped the message as soon as the mouse moved on."""
    qtbot.waitExposed(window)
    button = window.findChild(QToolButton, "addCriterionButton")
    qtbot.mouseMove(button)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Add a scored criterion to the selected group")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    edit = window.criteria_panel.tree.viewport().findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, "Speed")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("“Speed” starts with 1 point"))
    told = window.statusBar().currentMessage()
    qtbot.mouseMove(window.score_matrix.view.viewport(), QPoint(20, 20))
    qtbot.wait(50)
    assert window.statusBar().currentMessage() == told
    qtbot.mouseMove(button)  # a hover tip still comes, and goes when the mouse leaves
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Add a scored criterion to the selected group")
    qtbot.mouseMove(window.score_matrix.view.viewport(), QPoint(30, 30))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")


def test_renaming_an_existing_criterion_says_nothing_about_points(qtbot, window):
    panel = window.criteria_panel
    panel.select_criterion("cost")
    panel.rename_current()
    edit = panel.tree.viewport().findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, "Price")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "starts with" not in window.statusBar().currentMessage()


def test_elicit_weights_with_no_criteria_says_so_in_a_message_box(qtbot, controller, monkeypatch):
    for cid in ("risks", "benefits"):
        assert controller.submit(RemoveCriterion(cid)) is None
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append((title, text)))
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    panel = WeightsPanel(controller)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.elicit_button, Qt.MouseButton.LeftButton)
    assert panel.findChild(WeightingDialog) is None
    assert errors == []  # not the status bar's lower-case fragment
    assert len(told) == 1 and told[0][0] == "Elicit weights"
    assert "There are no criteria to weigh yet. Add criteria in the Criteria panel first" in told[0][1]
    controller.undo_stack.clear()
