"""QA pass 23 item 8: with 16 AHP criteria the consistency cannot be checked, and OK still asks.

No random index is published beyond 15 criteria (Saaty 1980 stops at 10, Saaty 2005 at 15), so there is no
CR. The QA's 16 random judgements (/tmp/qa23/ahp3.py, CI 1.55) were stored without a word; the consistency
panel said "the Saaty 1980 table stops at 10". Now OK asks (Go back and revise by default), giving CI, and
the panel says the consistency cannot be checked. Perfectly consistent judgements (CI 0) pass silently.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from counterweight.domain import Criterion, Decision, NumericScale, Option, WeightMethod
from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
from tests.engine.test_ahp_beyond_the_table import qa_sixteen
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt


@pytest.fixture
def sixteen(qtbot, tmp_path: Path):
    ids, _ = qa_sixteen()
    d = Decision(id="d16", title="Sixteen", options=[Option(id="a", name="A")],
                 criteria=[Criterion(id=i, name=i.upper(), scale=NumericScale(lower=0, upper=10)) for i in ids])
    yield from controller_on(tmp_path / "d16.counterweight", d)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[QMessageBox]]:
    queue: list[str] = []
    seen: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        box.findChild(QPushButton, queue.pop(0)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return queue, seen


def _dialog(qtbot, controller, a: np.ndarray) -> WeightingDialog:
    ids, _ = qa_sixteen()
    dialog = WeightingDialog(controller, None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_method(WeightMethod.AHP)
    for i in range(16):
        for j in range(i + 1, 16):
            dialog.ahp_editor.set_judgement(ids[i], ids[j], float(a[i, j]))
    return dialog


def test_ok_asks_when_the_consistency_cannot_be_checked(qtbot, sixteen, answers) -> None:
    queue, seen = answers
    dialog = _dialog(qtbot, sixteen, qa_sixteen()[1])
    ahp = dialog.outcome.ahp
    assert ahp.cr is None and ahp.acceptable is None and round(ahp.ci, 3) == 1.550
    verdict = dialog.ahp_editor.verdict_label.text()
    assert "cannot be checked" in verdict and "stop at 15" in verdict and "stops at 10" not in verdict
    queue.append("reviseJudgementsButton")
    dialog.accept()
    (box,) = seen
    assert box.objectName() == "uncheckedJudgementsBox"
    assert "cannot be checked" in box.text() and "CI 1.550" in box.text() and "16 criteria" in box.text()
    assert "Saaty & Ozdemir 2003" in box.informativeText()
    assert box.defaultButton().objectName() == box.escapeButton().objectName() == "reviseJudgementsButton"
    assert dialog.isVisible() and sixteen.undo_stack.count() == 0  # still open, nothing stored
    queue.append("keepJudgementsButton")
    dialog.accept()
    assert len(seen) == 2 and sixteen.undo_stack.count() == 1
    assert sixteen.decision.elicitation(None).method is WeightMethod.AHP


def test_consistent_sixteen_are_stored_without_a_question(qtbot, sixteen, answers) -> None:
    _queue, seen = answers
    w = np.array([1, 2, 3, 4, 6, 8, 9] * 3, dtype=float)[:16]  # every ratio within 1/9-9; off-scale ones kept exact
    dialog = _dialog(qtbot, sixteen, w[:, None] / w[None, :])
    ahp = dialog.outcome.ahp
    assert ahp.cr is None and ahp.acceptable is True
    assert dialog.ahp_editor.verdict_label.text().startswith("Fully consistent")
    dialog.accept()
    assert seen == [] and sixteen.undo_stack.count() == 1
