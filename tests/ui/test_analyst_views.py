"""The view switcher: shared inputs, one analyst's view, the read-only group view."""

from __future__ import annotations

from pathlib import Path

import pytest
from counterweight.services.analyst_edits import RemoveAnalyst
from PySide6.QtCore import Qt

from tests.ui.conftest import controller_on
from tests.factories import two_analysts


@pytest.fixture
def ctl(qtbot, tmp_path: Path):
    yield from controller_on(tmp_path / "views.counterweight", two_analysts())


@pytest.fixture
def parts(qtbot, ctl):
    from counterweight.ui.models.score_table_model import ScoreTableModel
    from counterweight.ui.widgets.view_switcher import ViewSwitcher
    from counterweight.ui.widgets.weights_panel import WeightsPanel

    model = ScoreTableModel(ctl)
    weights = WeightsPanel(ctl)
    switcher = ViewSwitcher(ctl)
    qtbot.addWidget(weights)
    qtbot.addWidget(switcher)
    return model, weights, switcher


def _text(model, option_id: str, criterion_id: str) -> str:
    return model.data(model.index_of(option_id, criterion_id), Qt.ItemDataRole.DisplayRole)


def test_switcher_lists_shared_analysts_and_group(parts):
    _model, _weights, switcher = parts
    assert [switcher.itemText(i) for i in range(switcher.count())] == [
        "Shared inputs", "Ann", "Ben", "Group view (read-only)"]
    assert switcher.isEnabled()


def test_edit_in_an_analyst_view_is_stored_as_their_input(qtbot, ctl, parts):
    model, _weights, switcher = parts
    assert _text(model, "a", "effect") == "2 (1–3)"  # shared
    with qtbot.waitSignal(ctl.viewChanged):
        switcher.setCurrentIndex(switcher.findData("ben"))
    assert ctl.view == "ben"
    assert _text(model, "a", "effect") == "6"  # Ben's own score
    assert _text(model, "b", "harm") == "Low"
    assert model.setData(model.index_of("c", "effect"), "8")
    ben = next(i for i in ctl.decision.analyst_inputs if i.analyst_id == "ben")
    assert ben.score("c", "effect").value == 8
    assert ctl.decision.score("c", "effect").value == 6  # the shared score is untouched
    assert _text(model, "c", "effect") == "8"
    ctl.undo_stack.undo()
    ben = next(i for i in ctl.decision.analyst_inputs if i.analyst_id == "ben")
    assert ben.score("c", "effect") is None
    assert _text(model, "c", "effect") == "6"


def test_weight_edit_in_an_analyst_view(qtbot, ctl, parts):
    _model, weights, switcher = parts
    switcher.setCurrentIndex(switcher.findData("ann"))
    weights.editor("cost").spin.setValue(4.0)
    ann = next(i for i in ctl.decision.analyst_inputs if i.analyst_id == "ann")
    assert ann.weights == {"cost": 4.0}
    assert ctl.decision.criterion("cost").weight == 1  # shared unchanged
    # Ann's view: effect 3 : cost 4 inside benefits -> local share of cost 4/7
    assert weights.item("cost").text(weights.COL_LOCAL) == f"{100 * 4 / 7:.1f} %"


def test_two_drags_in_an_analyst_view_are_two_undo_steps(qtbot, ctl, parts):
    from tests.ui.test_weights_panel import _drag

    _model, weights, switcher = parts
    switcher.setCurrentIndex(switcher.findData("ann"))
    before = ctl.undo_stack.count()
    slider = weights.editor("cost").slider
    _drag(slider, [20, 30])
    _drag(slider, [40, 50])
    assert ctl.undo_stack.count() == before + 2  # was one: the second drag merged into the first

    def ann_cost():
        ann = next((i for i in ctl.decision.analyst_inputs if i.analyst_id == "ann"), None)
        return None if ann is None else ann.weights.get("cost")

    assert ann_cost() == 50
    ctl.undo_stack.undo()
    assert ann_cost() == 30
    ctl.undo_stack.undo()
    assert ann_cost() is None  # back to the shared weight


def test_group_view_shows_the_aggregate_and_refuses_edits(qtbot, ctl, parts):
    model, weights, switcher = parts
    switcher.setCurrentIndex(switcher.findData("group"))
    assert ctl.view == "group"
    # mean of Ann (shared 2) and Ben (6) for Alpha's effect
    assert _text(model, "a", "effect").startswith("4")
    # Ben's risks weight 0.2 against benefits 1 -> share 1/6; Ann 1/2 -> mean 1/3
    assert weights.item("risks").text(weights.COL_LOCAL) == f"{100 / 3:.1f} %"
    before = ctl.undo_stack.count()
    with qtbot.waitSignal(model.editRejected) as blocker:
        assert not model.setData(model.index_of("a", "effect"), "9")
    assert "read-only" in blocker.args[0]
    with qtbot.waitSignal(ctl.errorRaised):
        weights.editor("cost").spin.setValue(7.0)
    assert ctl.undo_stack.count() == before
    assert weights.editor("cost").spin.value() == pytest.approx(ctl.view_decision.criterion("cost").weight)


def test_the_group_views_points_are_not_offered_for_editing_and_its_error_goes_with_it(qtbot, ctl, parts):
    """QA pass 19, item 8: in the group view the points boxes were enabled, showed averages to six
    places, refused what was typed with an error banner, and that banner stayed in Ann's view."""
    from counterweight.ui.widgets.banners import BannerArea

    _model, weights, switcher = parts
    banners = BannerArea(ctl)
    qtbot.addWidget(banners)
    switcher.setCurrentIndex(switcher.findData("group"))
    assert not any(weights.editor(cid).isEnabled() for cid in ("risks", "cost", "benefits"))
    shown = weights.editor("risks").spin.value()
    assert shown == round(shown, 2)  # an average, shown to two places
    ctl.errorRaised.emit("The group view is read-only")  # as a refused edit elsewhere says
    assert not banners.message_banner.isHidden()
    switcher.setCurrentIndex(switcher.findData("ann"))
    assert banners.message_banner.isHidden()  # about the view left: no longer current
    assert all(weights.editor(cid).isEnabled() for cid in ("risks", "cost", "benefits"))


def test_clearing_several_cells_in_the_group_view_leaves_no_empty_undo_step(qtbot, ctl, parts):
    from counterweight.ui.widgets.score_matrix import ScoreMatrix
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    matrix = ScoreMatrix(ctl)
    qtbot.addWidget(matrix)
    parts[2].setCurrentIndex(parts[2].findData("group"))
    before = ctl.undo_stack.count()
    matrix.view.selectionModel().select(
        QItemSelection(matrix.model.index(0, 0), matrix.model.index(1, 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    with qtbot.waitSignal(matrix.model.editRejected):
        matrix.clear_selected()
    assert matrix.error_label.text().startswith("The group view is read-only")
    assert ctl.undo_stack.count() == before  # was one more: an empty "Clear 4 scores" step


def test_back_to_shared_and_removed_analyst_falls_back(qtbot, ctl, parts):
    model, _weights, switcher = parts
    switcher.setCurrentIndex(switcher.findData("ben"))
    assert _text(model, "a", "effect") == "6"
    switcher.setCurrentIndex(0)
    assert ctl.view is None and _text(model, "a", "effect") == "2 (1–3)"
    switcher.setCurrentIndex(switcher.findData("ben"))
    with qtbot.waitSignal(ctl.viewChanged):
        ctl.submit(RemoveAnalyst("ben"))
    assert ctl.view is None and switcher.currentIndex() == 0
    assert _text(model, "a", "effect") == "2 (1–3)"
    assert switcher.findData("ben") == -1


def test_long_and_repeated_names_keep_the_switcher_narrow_and_distinct(qtbot, ctl):
    """QA: one ~200-character name made the switcher 1416 px wide, pushing it off a 1366 px toolbar."""
    from counterweight.domain.analysts import Analyst
    from counterweight.services.analyst_edits import AddAnalyst
    from counterweight.ui.widgets.view_switcher import MAX_CHARS, ViewSwitcher
    from PySide6.QtWidgets import QComboBox

    stem = ("Dr Maximiliana-Wilhelmina von Hohenzollern-Sigmaringen " * 4)[:190]
    ctl.submit(AddAnalyst(Analyst(id="l1", name=stem + " one")))
    ctl.submit(AddAnalyst(Analyst(id="l2", name=stem + " two")))
    from counterweight.services.changes import ChangeSet
    from counterweight.services.edits import Restore

    # the same name as Ann in another case, as an older project may hold (the edits now refuse it)
    twin = Analyst(id="ann2", name="ann")
    assert ctl.submit(Restore({"analysts": [*ctl.decision.analysts, twin]}, ChangeSet.everything("analysts"))) is None
    switcher = ViewSwitcher(ctl)
    qtbot.addWidget(switcher)
    metrics = switcher.fontMetrics()
    cap = metrics.averageCharWidth() * MAX_CHARS
    plain = QComboBox()  # the frame and arrow a combo box adds around its text, in this style
    qtbot.addWidget(plain)
    plain.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    plain.addItem("x")
    frame = plain.sizeHint().width() - metrics.horizontalAdvance("x")
    assert switcher.sizeHint().width() <= cap + frame + 1
    texts = {switcher.itemData(i): switcher.itemText(i) for i in range(switcher.count())}
    assert all(metrics.horizontalAdvance(t) <= cap for t in texts.values())
    assert texts["l1"] != texts["l2"] and texts["l1"].endswith("one") and texts["l2"].endswith("two")
    assert (texts["ann"], texts["ann2"]) == ("Ann (1)", "ann (2)")
    i = switcher.findData("l1")
    assert switcher.itemData(i, Qt.ItemDataRole.ToolTipRole) == stem + " one"
    switcher.setCurrentIndex(i)
    assert ctl.view == "l1"
    assert stem + " one" in switcher.toolTip() and stem + " one" in switcher.accessibleDescription()
    switcher.setCurrentIndex(switcher.findData("ben"))  # a short name: the usual help only
    assert "Ben" not in switcher.toolTip() and "group view" in switcher.accessibleDescription()
