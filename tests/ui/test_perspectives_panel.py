"""The Perspectives tab: weight sets, scenario editor, rank table, snapshots and undo.

In an analyst's view: ``test_perspectives_views.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import Score
from counterweight.services.edits import SetScore, SetWeight

from tests.ui.conftest import shown


def _type(panel, row: int, col: int, text: str) -> None:
    """Put ``text`` in a cell of the scenario editor, as its delegate does when an edit is committed."""
    model = panel.scenario_table.model()
    model.setData(model.index(row, col), text)


def _cell(panel, row: int, col: int) -> str:
    model = panel.scenario_table.model()
    return model.data(model.index(row, col))


@pytest.fixture
def panel(qtbot, controller):
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    return shown(qtbot, PerspectivesPanel(controller), 900, 700)  # a hidden tab waits until shown


def test_save_weights_rename_delete_and_undo(panel, controller) -> None:
    controller.submit(SetWeight("risks", 0))
    assert panel.save_current_weights("Benefits view") is None
    assert [ws.name for ws in controller.decision.weight_sets] == ["Benefits view"]
    assert controller.decision.weight_sets[0].weights["risks"] == 0
    controller.submit(SetWeight("risks", 1))
    # Base (risks 1): Alpha first; Benefits view (risks 0): Bravo first (80 vs 60 vs 37.5 points).
    assert panel.rank_table.columnCount() == 2 and panel.rank_table.rowCount() == 3  # pairs x options
    assert panel.rank_table.horizontalHeaderItem(1).text().startswith("Benefits view")
    assert panel.rank_table.verticalHeaderItem(1).text() == "Bravo"
    assert panel.rank_table.item(1, 1).text() == "1 (0.0)"
    assert panel.rank_table.item(0, 1).text() == "3 (42.5)"
    assert "Robust choice:" in panel.robust_label.text()
    panel.weight_set_list.setCurrentRow(0)
    assert panel.rename_weight_set("Treasury") is None
    assert panel.weight_set_list.item(0).text() == "Treasury"
    assert panel.delete_weight_set() is None
    assert panel.weight_set_list.count() == 0
    controller.undo_stack.undo()
    assert panel.weight_set_list.count() == 1


def test_scenario_editor_overrides_a_cell(panel, controller, qtbot) -> None:
    assert panel.new_scenario("Harm spike") is None
    assert panel.scenario_list.currentItem().text() == "Harm spike"
    d = controller.decision
    row = [o.id for o in d.options].index("b")
    col = [c.id for c in d.leaves].index("harm")
    _type(panel, row, col, "Severe")
    [override] = controller.decision.scenarios[0].overrides
    assert (override.option_id, override.criterion_id, override.level) == ("b", "harm", "Severe")
    assert panel.rank_table.columnCount() == 2
    # A number that does not fit the scale is refused and the cell is put back.
    col_e = [c.id for c in d.leaves].index("effect")
    with qtbot.waitSignal(controller.errorRaised):
        _type(panel, row, col_e, "42")
    assert len(controller.decision.scenarios[0].overrides) == 1
    assert _cell(panel, row, col_e) == ""
    controller.undo_stack.undo()
    assert controller.decision.scenarios[0].overrides == []


def test_snapshot_and_compare_with_now(panel, controller) -> None:
    assert panel.take_snapshot_button.shortcut().toString() == "Ctrl+Shift+T"
    assert panel.take_snapshot("Baseline") is None
    controller.submit(SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=10)))
    panel.snapshot_list.setCurrentRow(0)
    text = panel.compare_selected()
    assert "Score of Charlie on Benefits \u203a Effect changed from 6 to 10" in text
    assert "MOVED THE RANKING" in text
    assert panel.diff_view.toPlainText() == text


def test_two_snapshots_compare_in_the_order_taken_even_if_the_clock_went_back(panel, controller) -> None:
    """QA pass 28: with the clock set back between two snapshots, Compare sorted them by their stamps and
    reported the user's change backwards ("changed from 10 to 6")."""
    import datetime as dt

    from counterweight.services.perspectives import TakeSnapshot

    assert panel.take_snapshot("before") is None
    controller.submit(SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=10)))
    earlier = controller.decision.snapshots[0].taken_at - dt.timedelta(days=1)
    assert controller.submit(TakeSnapshot.of(controller.decision, "after", taken_at=earlier)) is None
    panel.snapshot_list.selectAll()
    text = panel.compare_selected()
    assert "Score of Charlie on Benefits \u203a Effect changed from 6 to 10" in text


def test_compare_names_a_snapshot_whose_stored_copy_cannot_be_read(panel, controller, qtbot,
                                                                   message_boxes) -> None:
    """Issue 6: a snapshot's copy is read from the file when first compared; one that breaks the rules
    (well-formed JSON, so the file opened) is named in the banner and the comparison box."""
    import json
    import sqlite3

    from counterweight.services.session import ProjectSession

    assert panel.take_snapshot("Before review") is None
    path = controller.path
    controller.close_session()
    conn = sqlite3.connect(path)
    data = json.loads(conn.execute("SELECT decision FROM snapshots").fetchone()[0])
    data["options"][1]["id"] = data["options"][0]["id"]
    conn.execute("UPDATE snapshots SET decision = ?", (json.dumps(data),))
    conn.commit()
    conn.close()
    controller.set_session(ProjectSession.open(path))
    panel.snapshot_list.setCurrentRow(0)
    with qtbot.waitSignal(controller.errorRaised) as said:
        text = panel.compare_selected()
    assert "\u201cBefore review\u201d" in text and "used twice" in text  # h26b: also in a box (test_damaged_snapshot)
    assert said.args == [text] and panel.diff_view.toPlainText() == text and len(message_boxes) == 1


def test_tab_is_registered(qtbot, controller) -> None:
    from counterweight.ui.widgets.analysis_tabs import PERSPECTIVES, AnalysisTabs
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    tabs = AnalysisTabs(controller)
    qtbot.addWidget(tabs)
    assert tabs.tabText(PERSPECTIVES) == "Perspectives"
    assert isinstance(tabs.perspectives_panel, PerspectivesPanel)


def _count_robust_choice(monkeypatch) -> list[int]:
    from counterweight.ui.widgets import perspectives_panel

    calls = [0]
    real = perspectives_panel.robust_choice

    def counting(decision):
        calls[0] += 1
        return real(decision)

    monkeypatch.setattr(perspectives_panel, "robust_choice", counting)
    return calls


def test_a_hidden_tab_waits_until_shown(qtbot, controller, monkeypatch) -> None:
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    calls = _count_robust_choice(monkeypatch)
    panel = PerspectivesPanel(controller)
    qtbot.addWidget(panel)
    for points in (4, 5, 6):  # a slider drag while another tab is shown
        controller.submit(SetWeight("effect", points))
    assert calls[0] == 0 and panel.is_stale()
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert calls[0] == 1 and not panel.is_stale()
    assert panel.rank_table.rowCount() == 3 and panel.scenario_list.count() == 0


def test_a_weight_change_recomputes_the_ranks_only(panel, controller, monkeypatch) -> None:
    assert panel.new_scenario("Harm spike") is None
    calls = _count_robust_choice(monkeypatch)
    model = panel.scenario_table.model()
    redrawn: list[str] = []
    model.modelReset.connect(lambda: redrawn.append("reset"))
    model.dataChanged.connect(lambda *_: redrawn.append("cells"))
    controller.submit(SetWeight("effect", 5))
    assert calls[0] == 1
    assert redrawn == []  # the editor was not refreshed
    controller.submit(SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=10)))
    assert calls[0] == 2 and redrawn


def test_a_large_decision_recomputes_once_after_a_drag(qtbot, tmp_path, monkeypatch) -> None:
    import sys

    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel
    from counterweight.ui.widgets.shown_work import IMMEDIATE_CELLS

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    decision = generate_decision(60, 40, seed=3)
    assert len(decision.options) * len(decision.criteria) > IMMEDIATE_CELLS
    ctl = SessionController(ProjectSession.create(tmp_path / "big.counterweight", decision))
    try:
        panel = shown(qtbot, PerspectivesPanel(ctl), 900, 700)
        qtbot.waitUntil(lambda: not panel.is_busy(), timeout=10_000)  # h25m: the first ranks come from a worker
        calls = _count_robust_choice(monkeypatch)
        leaf = ctl.decision.leaves[0].id
        for points in (2, 3, 4, 5):
            ctl.submit(SetWeight(leaf, points))
        assert calls[0] == 0 and panel.is_stale()
        qtbot.waitUntil(lambda: not panel.is_stale() and not panel.is_busy(), timeout=10_000)
        assert calls[0] == 1
    finally:
        ctl.close_session()


def test_tab_leaves_the_rank_table_and_the_scenario_editor(panel, qtbot) -> None:
    """Tab and Shift+Tab move on from both tables (arrows move between cells), so the comparison is reached."""
    from PySide6.QtCore import Qt

    assert panel.new_scenario("Harm spike") is None
    panel.activateWindow()
    for table in (panel.scenario_table, panel.rank_table):
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            table.setFocus()
            qtbot.waitUntil(table.hasFocus)
            qtbot.keyClick(table, key)
            assert not table.hasFocus(), (table.objectName(), key)
    panel.scenario_table.setFocus()
    panel.scenario_table.setCurrentIndex(panel.scenario_table.model().index(0, 0))
    qtbot.keyClick(panel.scenario_table, Qt.Key.Key_Right)
    current = panel.scenario_table.currentIndex()
    assert (current.row(), current.column()) == (0, 1)
    panel.rank_table.setFocus()
    qtbot.keyClick(panel.rank_table, Qt.Key.Key_Tab)
    assert panel.diff_view.hasFocus()  # the snapshot comparison is reachable from the keyboard


def test_typing_and_clearing_a_cell_from_the_keyboard(panel, controller, qtbot) -> None:
    """An override typed in the editor is kept, the current cell stays put, and clearing the cell drops it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    assert panel.new_scenario("Cheaper") is None
    d = controller.decision
    row, col = [o.id for o in d.options].index("b"), [c.id for c in d.leaves].index("cost")
    table = panel.scenario_table
    panel.activateWindow()
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))

    def commit(keys: str) -> None:  # F2 opens the cell's editor; Return commits it
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport()
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        qtbot.keyClicks(editor, keys)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the editor commits after the key event

    commit("4")
    [override] = controller.decision.scenarios[0].overrides
    assert (override.option_id, override.criterion_id, override.value) == ("b", "cost", 4)
    assert _cell(panel, row, col) == "4"
    current = table.currentIndex()
    assert (current.row(), current.column()) == (row, col)  # the keyboard user carries on from here
    commit("")
    assert controller.decision.scenarios[0].overrides == []
    assert _cell(panel, row, col) == ""


def test_a_large_scenario_editor_is_worked_out_cell_by_cell_as_shown(qtbot, tmp_path) -> None:
    """300 x 60 cells: only the cells drawn are asked for (no item per cell is built on a refresh)."""
    import sys

    from PySide6.QtCore import Qt

    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    ctl = SessionController(ProjectSession.create(tmp_path / "big.counterweight", generate_decision(300, 60, seed=2)))
    try:
        panel = shown(qtbot, PerspectivesPanel(ctl), 900, 700)
        assert panel.new_scenario("S1") is None
        qtbot.waitUntil(lambda: not panel.is_stale(), timeout=10_000)
        model = panel.scenario_table.model()
        assert (model.rowCount(), model.columnCount()) == (300, len(ctl.decision.leaves))
        asked: list[int] = []
        real = model.data
        model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: (asked.append(1), real(index, role))[1]
        panel.scenario_table.viewport().repaint()
        assert 0 < len(asked) < 2_000  # the visible cells, a few roles each; not 18,000 cells
        o, leaf = ctl.decision.options[299], ctl.decision.leaves[-1]
        base = ctl.decision.score(o.id, leaf.id)
        tip = real(model.index(299, model.columnCount() - 1), Qt.ItemDataRole.ToolTipRole)
        assert tip == f"Base score: {base.level or f'{base.value:g}'}"
    finally:
        ctl.close_session()


def test_an_option_a_red_line_excludes_shows_a_dash_not_a_rank(panel, controller) -> None:
    """Bravo's harm (High) breaks a red line at Moderate in the base scores, not in a scenario rating it Low."""
    from PySide6.QtCore import Qt

    from counterweight.domain import RedLine, RedLineAction
    from counterweight.domain.perspectives import ScoreOverride
    from counterweight.services.perspective_analysis import robust_choice
    from counterweight.services.perspectives import UpdateScenario
    from counterweight.services.red_lines import AddRedLine

    assert controller.submit(AddRedLine(RedLine(id="x", criterion_id="harm", level="Moderate",
                                                action=RedLineAction.EXCLUDE))) is None
    assert panel.new_scenario("Quieter Bravo") is None
    sc = controller.decision.scenarios[0]
    quiet = [ScoreOverride(option_id="b", criterion_id="harm", level="Low")]
    assert controller.submit(UpdateScenario(sc.model_copy(update={"overrides": quiet}))) is None
    t = panel.rank_table
    rows = [t.verticalHeaderItem(r).text() for r in range(t.rowCount())]
    bravo = rows.index("Bravo")
    assert t.horizontalHeaderItem(0).text() == "Current weights \u00d7 Base scores"
    base, scenario = t.item(bravo, 0), t.item(bravo, 1)
    assert base.text() == "\u2014"
    assert "red line" in base.toolTip() and "Current weights \u00d7 Base scores" in base.toolTip()
    assert "red line" in base.data(Qt.ItemDataRole.AccessibleTextRole)
    report = robust_choice(controller.decision)
    pair = report.pairs[1]
    assert scenario.text() == f"{pair.ranks['b']} ({pair.regrets['b']:.1f})"  # ranked where the scenario lifts it
    assert report.choice_id != "b"
    label = panel.robust_label.text()
    assert label.startswith(f"Robust choice: {report.reason}")
    assert "not a candidate: Bravo." in label


def test_delete_removes_every_selected_snapshot_in_one_undo_step(panel, controller) -> None:
    """QA pass 19, item 13: with two snapshots selected, Delete removed one ("Deletes the selected snapshots")."""
    from PySide6.QtCore import QItemSelectionModel

    for name in ("First", "Second", "Third"):
        assert panel.take_snapshot(name) is None
    steps = controller.undo_stack.count()
    panel.snapshot_list.setCurrentRow(0)
    panel.snapshot_list.setCurrentRow(2, QItemSelectionModel.SelectionFlag.Select)  # Ctrl+click
    assert len(panel.snapshot_list.selectedItems()) == 2
    assert panel.delete_snapshot() is None
    assert [s.name for s in controller.decision.snapshots] == ["Second"]
    assert controller.undo_stack.count() == steps + 1
    assert controller.undo_stack.undoText() == "Delete 2 snapshots"
    controller.undo_stack.undo()
    assert [s.name for s in controller.decision.snapshots] == ["First", "Second", "Third"]
    panel.snapshot_list.setCurrentRow(1)  # one selected: one deleted, under its own name
    assert panel.delete_snapshot() is None
    assert [s.name for s in controller.decision.snapshots] == ["First", "Third"]
    assert controller.undo_stack.undoText() == "Delete snapshot"


def test_no_button_is_cut_at_a_narrow_width(qtbot, controller) -> None:
    """QA 29 finding 17: "Rena…" and "Comp…" at 1,366 px, "Enregistrer les poids actuels comme pers…" at 1,024."""
    from PySide6.QtWidgets import QPushButton

    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    for width in (520, 330):
        panel = shown(qtbot, PerspectivesPanel(controller), width, 700)
        qtbot.wait(50)
        buttons = [b for b in panel.findChildren(QPushButton) if b.isVisible() and b.text()]
        assert len(buttons) == 9
        cut = [(b.text(), b.width(), b.sizeHint().width()) for b in buttons if b.width() < b.sizeHint().width()]
        assert cut == [], (width, cut)
    save = panel.findChild(QPushButton, "saveWeightSetButton")
    assert save.accessibleName() == "Save current weights as perspective"
