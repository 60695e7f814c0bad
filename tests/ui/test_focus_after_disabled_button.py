"""A button that disables itself when pressed leaves the keyboard focus somewhere harmless (QA, session 28).

Qt gives the focus of a disabled widget to the next one in the Tab chain: after Down on the
second-last option that was Delete (the next Space asked to delete), after the criteria's Down
"Move to group", after the Uncertainty tab's Run the banner text, after the score's Apply the
Linked passages list. Each panel now names where the focus goes (ui/widgets/kept_focus.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

pytestmark = pytest.mark.qt


def _active(qtbot, widget: QWidget) -> QWidget:
    """``widget`` in a shown, active window with a field before it (so Tab has somewhere to go)."""
    host = QWidget()
    col = QVBoxLayout(host)
    col.addWidget(QLineEdit(host))
    col.addWidget(widget)
    qtbot.addWidget(host)
    host.resize(700, 700)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    widget.host = host  # keep the parentless host (and so the widget) alive for the test
    return host


def _press(qtbot, button) -> None:
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    QTest.keyClick(button, Qt.Key.Key_Space)


def _name(widget: QWidget | None) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}" if widget is not None else "nothing"


def test_down_on_the_second_last_option_leaves_the_focus_on_the_list_not_on_delete(qtbot, controller) -> None:
    from PySide6.QtWidgets import QToolButton

    from counterweight.ui.widgets.options_panel import OptionsPanel

    panel = OptionsPanel(controller)
    _active(qtbot, panel)
    panel.list.setCurrentRow(1)  # Bravo, second of three
    down = panel.buttons.findChild(QToolButton, "moveOptionDownButton")
    _press(qtbot, down)
    assert [o.id for o in controller.decision.options] == ["a", "c", "b"]
    assert not down.isEnabled()
    focus = QApplication.focusWidget()
    assert focus is panel.list, f"the focus went to {_name(focus)}"
    assert panel.current_option_id() == "b"  # the moved option stays selected


def test_down_on_the_last_criterion_of_a_group_leaves_the_focus_on_the_tree(qtbot, controller) -> None:
    from PySide6.QtWidgets import QToolButton

    from counterweight.ui.widgets.criteria_panel import CriteriaPanel

    panel = CriteriaPanel(controller)
    _active(qtbot, panel)
    panel.select_criterion("effect")  # first of Effect, Cost in Benefits
    down = panel.buttons.findChild(QToolButton, "moveCriterionDownButton")
    _press(qtbot, down)
    assert [c.id for c in controller.decision.children("benefits")] == ["cost", "effect"]
    focus = QApplication.focusWidget()
    assert focus is panel.tree, f"the focus went to {_name(focus)}"
    assert panel.current_criterion().id == "effect"


def test_run_hands_the_focus_to_cancel_and_the_end_of_the_run_back_to_run(qtbot, controller) -> None:
    from counterweight.ui.widgets.uncertainty_panel import UncertaintyPanel

    panel = UncertaintyPanel(controller)
    _active(qtbot, panel)
    seen: list[QWidget | None] = []
    # where the focus is once Run's button is disabled (the button follows the action: connected first)
    panel.run_action.enabledChanged.connect(lambda on: on or seen.append(QApplication.focusWidget()))
    with qtbot.waitSignal(panel.runFinished, timeout=30_000):
        _press(qtbot, panel.run_button)
        assert seen and seen[0] is panel.cancel_button, f"while running the focus was on {_name(seen[0])}"
    focus = QApplication.focusWidget()
    assert focus is panel.run_button, f"after the run the focus was on {_name(focus)}"


def test_apply_hands_the_focus_to_the_score_not_to_the_linked_passages(qtbot, controller) -> None:
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

    panel = ScoreDetailPanel(controller)
    _active(qtbot, panel)
    panel.show_cell("a", "effect")
    panel.rationale_edit.setPlainText("weaker than thought")
    apply: QPushButton = panel.apply_button
    _press(qtbot, apply)
    assert controller.decision.score("a", "effect").rationale == "weaker than thought"
    assert not apply.isEnabled()
    focus = QApplication.focusWidget()
    assert focus is panel.value_edit, f"the focus went to {_name(focus)}"
