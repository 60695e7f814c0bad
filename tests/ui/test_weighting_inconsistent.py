"""QA pass 22 item 8: OK asks before storing AHP judgements above the consistency limit (CR > 0.10),
and the weights panel then keeps saying that the weights rest on inconsistent judgements.

The example project's top level: risks > costs (3), costs > benefits (3), benefits > risks (5)
is a cycle, CR 1.58 (the same judgements as in test_weighting_dialog).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from counterweight.domain import WeightMethod
from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import tone_of
from counterweight.ui.widgets.weights_panel import MARKER_ROLE, WeightsPanel

pytestmark = pytest.mark.qt


@pytest.fixture
def example(qtbot, example_session):
    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[QMessageBox]]:
    """Queue the object name of the button each message box is answered with; the boxes are recorded."""
    queue: list[str] = []
    seen: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        box.findChild(QPushButton, queue.pop(0)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return queue, seen


def _inconsistent(qtbot, controller) -> WeightingDialog:
    dialog = WeightingDialog(controller, None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_method(WeightMethod.AHP)
    editor = dialog.ahp_editor
    editor.slider("risks", "costs").setValue(-2)
    editor.slider("costs", "benefits").setValue(-2)
    editor.slider("risks", "benefits").setValue(4)
    assert dialog.outcome.ahp.cr > 0.10
    return dialog


def test_ok_asks_and_going_back_stores_nothing(qtbot, example, answers) -> None:
    queue, seen = answers
    before = example.decision
    dialog = _inconsistent(qtbot, example)
    queue.append("reviseJudgementsButton")
    dialog.accept()
    assert len(seen) == 1
    box = seen[0]
    assert "above 0.10" in box.text() and f"CR {dialog.outcome.ahp.cr:.3f}" in box.text()
    assert box.defaultButton().objectName() == "reviseJudgementsButton"
    assert box.escapeButton().objectName() == "reviseJudgementsButton"
    assert dialog.isVisible() and dialog.result() == 0  # still open, to revise
    assert example.decision == before and example.undo_stack.count() == 0


def test_keeping_them_stores_them_and_the_panel_says_they_are_inconsistent(qtbot, example, answers) -> None:
    queue, seen = answers
    panel = WeightsPanel(example)
    qtbot.addWidget(panel)
    panel.resize(520, 420)
    panel.show()
    assert tone_of(panel.method_summary) in (None, "")
    dialog = _inconsistent(qtbot, example)
    queue.append("keepJudgementsButton")
    dialog.accept()
    assert len(seen) == 1 and example.undo_stack.count() == 1
    assert example.decision.elicitation(None).method is WeightMethod.AHP
    text = panel.method_summary.text()
    assert text.startswith("Elicited: top level: AHP, CR ")
    assert "inconsistent" in text.splitlines()[0]
    assert "Weights that rest on inconsistent judgements (CR above 0.10): top level." in text
    assert tone_of(panel.method_summary) == "warning"
    assert "rest on inconsistent pairwise judgements" in panel.method_summary.toolTip()


def test_consistent_judgements_are_stored_without_a_question(qtbot, example, answers) -> None:
    _queue, seen = answers
    dialog = WeightingDialog(example, None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_method(WeightMethod.AHP)
    for (a, b), v in {("risks", "costs"): 2.0, ("risks", "benefits"): 0.5, ("costs", "benefits"): 0.25}.items():
        dialog.ahp_editor.set_judgement(a, b, v)
    assert dialog.outcome.ahp.acceptable
    dialog.accept()
    assert seen == [] and example.undo_stack.count() == 1


def test_the_group_marker_says_inconsistent(qtbot, example, answers) -> None:
    queue, _seen = answers
    panel = WeightsPanel(example)
    qtbot.addWidget(panel)
    dialog = WeightingDialog(example, "benefits")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_method(WeightMethod.AHP)
    dialog.ahp_editor.set_judgement("deterrent-effect", "time-to-effect", 5)
    dialog.ahp_editor.set_judgement("time-to-effect", "nuclear-bargain", 5)
    dialog.ahp_editor.set_judgement("nuclear-bargain", "deterrent-effect", 5)
    queue.append("keepJudgementsButton")
    dialog.accept()
    assert panel.item("benefits").data(0, MARKER_ROLE).endswith(", inconsistent")
