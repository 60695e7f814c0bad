"""Per-analyst weight judgements in the weighting dialog, and the history's analyst filter.

Judgement sets (tests.services.test_analyst_judgements): Ann says effect : cost = 2,
effect : speed = 4, cost : speed = 4; Ben says 8, 4 and 1/4. Neither is consistent,
but their element-wise geometric mean is: sqrt(2 * 8) = 4, sqrt(4 * 4) = 4 and
sqrt(4 * 1/4) = 1. Under AIJ the group therefore has the consistent matrix with
ratios 4 : 1 : 1, whose principal eigenvector is (4, 1, 1) / 6 (Saaty 1980).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from counterweight.domain import WeightMethod
from counterweight.services.analyst_edits import (
    SetAnalystScore,
    SetAnalystWeight,
    SetGroupSettings,
    UpdateAnalyst,
)
from counterweight.services.edits import SetScore
from counterweight.services.group import analyst_view
from PySide6.QtCore import Qt

from tests.ui.conftest import controller_on
from tests.services.test_analyst_judgements import (
    ANN_AHP,
    BEN_AHP,
    KIDS,
    three_benefits,
)

pytestmark = pytest.mark.qt


@pytest.fixture
def ctl(qtbot, tmp_path: Path):
    yield from controller_on(tmp_path / "judgements.counterweight", three_benefits())


def _dialog(qtbot, ctl, node_id="benefits"):
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog

    dialog = WeightingDialog(ctl, node_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _enter_ahp(qtbot, ctl, values) -> None:
    dialog = _dialog(qtbot, ctl)
    dialog.set_method(WeightMethod.AHP)
    for (a, b), v in values.items():
        dialog.ahp_editor.set_judgement(a, b, v)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _own(ctl, analyst_id):
    return next((i for i in ctl.decision.analyst_inputs if i.analyst_id == analyst_id), None)


def test_dialog_in_an_analysts_view_stores_their_judgements(qtbot, ctl):
    ctl.set_view("ann")
    dialog = _dialog(qtbot, ctl)
    assert "Ann's judgements" in dialog.windowTitle()
    assert "no judgements of their own" in dialog.view_note.text()
    assert dialog.by_edit.text() == "Ann"
    assert not dialog.use_shared_button.isVisible()
    dialog.reject()
    steps = ctl.undo_stack.count()
    _enter_ahp(qtbot, ctl, ANN_AHP)
    assert ctl.undo_stack.count() == steps + 1
    stored = _own(ctl, "ann").elicitation("benefits")
    assert stored.method is WeightMethod.AHP
    assert {(j.first, j.second): j.value for j in stored.pairwise} == pytest.approx(ANN_AHP)
    assert ctl.decision.elicitation("benefits") is None  # shared judgements untouched
    assert _own(ctl, "ben") is None
    again = _dialog(qtbot, ctl)  # reopened: Ann's own judgements, and the way back to the shared ones
    assert again.ahp_editor.value("effect", "cost") == pytest.approx(2.0)
    assert again.use_shared_button.isVisible() and "own judgements" in again.view_note.text()
    again.reject()
    ctl.undo_stack.undo()
    assert _own(ctl, "ann") is None


def test_group_view_under_aij_is_the_geometric_mean_and_read_only(qtbot, ctl):
    ctl.set_view("ann")
    _enter_ahp(qtbot, ctl, ANN_AHP)
    ctl.set_view("ben")
    _enter_ahp(qtbot, ctl, BEN_AHP)
    ben_local = ctl.view_evaluation.local_weights["effect"]
    ctl.set_view("group")
    local = ctl.view_evaluation.local_weights
    assert [local[k] for k in KIDS] == pytest.approx([4 / 6, 1 / 6, 1 / 6])
    assert ben_local != pytest.approx(4 / 6)  # not simply one analyst's weights

    dialog = _dialog(qtbot, ctl)
    assert "group view" in dialog.windowTitle().lower()
    assert "AIJ" in dialog.view_note.text()
    assert dialog.method() is WeightMethod.AHP
    for (a, b), v in {("effect", "cost"): 4.0, ("effect", "speed"): 4.0, ("cost", "speed"): 1.0}.items():
        assert dialog.ahp_editor.value(a, b) == pytest.approx(v)
    assert dialog.new_local() == pytest.approx(dict(zip(KIDS, (4 / 6, 1 / 6, 1 / 6), strict=True)))
    assert not dialog.method_combo.isEnabled() and not dialog.ok_button.isVisible()
    assert not dialog.ahp_editor.slider("effect", "cost").isEnabled()
    steps = ctl.undo_stack.count()
    dialog.accept()
    assert ctl.undo_stack.count() == steps
    dialog.reject()


def _principal(values) -> np.ndarray:
    """Principal right eigenvector of the reciprocal matrix of ``values`` (Saaty 1980), summing to 1."""
    index = {k: i for i, k in enumerate(KIDS)}
    m = np.ones((3, 3))
    for (a, b), v in values.items():
        m[index[a], index[b]], m[index[b], index[a]] = v, 1 / v
    eigenvalues, vectors = np.linalg.eig(m)
    w = np.abs(np.real(vectors[:, int(np.argmax(np.real(eigenvalues)))]))
    return w / w.sum()


def test_group_view_under_aip_shows_the_mean_of_priorities_read_only(qtbot, ctl):
    ctl.set_view("ann")
    _enter_ahp(qtbot, ctl, ANN_AHP)
    ctl.set_view("ben")
    _enter_ahp(qtbot, ctl, BEN_AHP)
    assert ctl.submit(SetGroupSettings(ctl.decision.group.model_copy(update={"ahp": "aip"}))) is None
    ctl.set_view("group")
    mean = np.sqrt(_principal(ANN_AHP) * _principal(BEN_AHP))  # AIP: geometric mean of the priorities
    expected = dict(zip(KIDS, mean / mean.sum(), strict=True))
    assert {k: ctl.view_evaluation.local_weights[k] for k in KIDS} == pytest.approx(expected)
    dialog = _dialog(qtbot, ctl)
    assert "AIP" in dialog.view_note.text() and not dialog.ok_button.isVisible()
    assert dialog.new_local() == pytest.approx(expected, abs=1e-4)  # points are kept to 0.01
    dialog.reject()


def test_one_undo_step_takes_the_group_back_to_mean_weights(qtbot, ctl):
    ctl.set_view("ann")
    _enter_ahp(qtbot, ctl, ANN_AHP)
    ctl.set_view("ben")
    _enter_ahp(qtbot, ctl, BEN_AHP)
    ctl.undo_stack.undo()  # Ben's judgements gone: only Ann judged by AHP, so shares are averaged
    assert _own(ctl, "ben") is None
    ann = analyst_view(ctl.decision, "ann")
    ann_total = sum(ann.criterion(k).weight for k in KIDS)
    shared = {"effect": 3 / 5, "cost": 1 / 5, "speed": 1 / 5}  # Ben falls back to the shared 3 : 1 : 1
    ctl.set_view("group")
    for k in KIDS:
        mean = (ann.criterion(k).weight / ann_total + shared[k]) / 2
        assert ctl.view_evaluation.local_weights[k] == pytest.approx(mean)


def test_direct_points_in_an_analysts_view_and_back_to_shared(qtbot, ctl):
    ctl.set_view("ben")
    dialog = _dialog(qtbot, ctl)
    dialog.set_method(WeightMethod.DIRECT)
    for k, v in zip(KIDS, (1.0, 1.0, 2.0), strict=True):
        dialog.direct_editor.spins[k].setValue(v)
    dialog.accept()
    assert _own(ctl, "ben").weights == {"effect": 1.0, "cost": 1.0, "speed": 2.0}
    assert ctl.view_evaluation.local_weights["speed"] == pytest.approx(0.5)
    assert [c.weight for c in ctl.decision.children("benefits")] == [3, 1, 1]
    dialog = _dialog(qtbot, ctl)
    qtbot.mouseClick(dialog.use_shared_button, Qt.MouseButton.LeftButton)
    assert _own(ctl, "ben") is None
    ctl.undo_stack.undo()
    assert _own(ctl, "ben").weights == {"effect": 1.0, "cost": 1.0, "speed": 2.0}


# ------------------------------------------------------------------ history
def test_history_filter_by_named_analyst(qtbot, ctl):
    from counterweight.services.history import SHARED_INPUTS
    from counterweight.ui.widgets.history_panel import ENTRY_ID_ROLE, HistoryPanel

    score = ctl.decision.score("a", "cost")
    assert ctl.submit(SetScore("a", "cost", score.model_copy(update={"value": 4.0}))) is None  # entry 2
    assert ctl.submit(SetAnalystScore("ben", "a", "cost", score.model_copy(update={"value": 9.0}))) is None  # 3
    assert ctl.submit(SetAnalystWeight("ann", "cost", 5.0)) is None  # 4
    ctl.set_view("ben")
    _enter_ahp(qtbot, ctl, BEN_AHP)  # 5
    ben = ctl.decision.analysts[1]
    assert ctl.submit(UpdateAnalyst(ben.model_copy(update={"name": "Benedict"}))) is None  # 6

    panel = HistoryPanel(ctl)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6)

    def shown() -> list[int]:
        return [panel.model.index(r, 0).data(ENTRY_ID_ROLE) for r in range(panel.model.rowCount())]

    combo = panel.analyst_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All analysts", "Ann", "Benedict", "Shared inputs"]
    combo.setCurrentIndex(combo.findData("ben"))
    assert shown() == [6, 5, 3]  # renamed since: the entries carry Ben's id, not his name
    combo.setCurrentIndex(combo.findData("ann"))
    assert shown() == [4]
    combo.setCurrentIndex(combo.findData(SHARED_INPUTS))
    assert shown() == [2, 1]
    user = ctl.session.audit_log(1)[0].user  # the OS-account filter still narrows further
    panel.user_combo.setCurrentIndex(panel.user_combo.findData(user))
    assert shown() == [2, 1]
    combo.setCurrentIndex(0)
    assert shown() == [6, 5, 4, 3, 2, 1]
    what = [panel.model.index(r, 4).data() for r in range(panel.model.rowCount())]
    assert what[3] == "score Alpha × Cost by Ben"  # the id marker is not shown
