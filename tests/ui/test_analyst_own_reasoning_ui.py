"""In an analyst's view the screen says whose reasoning each line shows (QA pass 19, items 1 and 16).

Typing Ben's 8 over the shared 6 stored the shared rationale and evidence as Ben's,
and the tooltip showed them as his. Linking a passage in his view went to the shared
score with no word said, and the dialog opened with no cell ticked.
Fixture: tests.services.test_analyst_own_reasoning.with_evidence (Charlie × Effect:
shared 6, rationale "fair", one passage of "Costing note"; Ben has no score there).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.services.test_analyst_own_reasoning import legacy_copy, with_evidence
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt


@pytest.fixture
def ctl(qtbot, tmp_path: Path):
    yield from controller_on(tmp_path / "reasons.counterweight", with_evidence())


def _ben(ctl):
    item = next((i for i in ctl.decision.analyst_inputs if i.analyst_id == "ben"), None)
    return item.score("c", "effect") if item is not None else None


def _tip(model, option_id: str, criterion_id: str) -> list[str]:
    return model.data(model.index_of(option_id, criterion_id), Qt.ItemDataRole.ToolTipRole).split("\n")


def test_typing_over_the_shared_score_gives_ben_a_score_of_his_own(qtbot, ctl) -> None:
    from counterweight.ui.models.score_table_model import ScoreTableModel

    model = ScoreTableModel(ctl)
    ctl.set_view("ben")
    tip = _tip(model, "c", "effect")  # the shared score shows through: every line says so
    assert "Shared score: 6 (Ben gave no score of their own)" in tip
    assert "Shared score's rationale: fair" in tip and "Rationale: fair" not in tip
    assert any(line.startswith("Shared score's evidence: Costing note") for line in tip)
    assert model.setData(model.index_of("c", "effect"), "8")
    assert (_ben(ctl).value, _ben(ctl).rationale, _ben(ctl).evidence) == (8, "", [])
    assert _tip(model, "c", "effect") == [
        "Charlie \u00d7 Effect", "Ben's own score: 8", "Value: 80 of 100", "Ben recorded no rationale of their own.",
        "Ben's score rests on no evidence of its own.", "Shared score: 6", "Shared score's rationale: fair",
        "Shared score's evidence: Costing note", "Evidence behind the shared score: 1 item, weak support",
        "Scale: 0 to 10 points, higher is better"]
    ctl.set_view(None)  # the shared view's tooltip is as before
    tip = _tip(model, "c", "effect")
    assert "Score: 6" in tip and "Rationale: fair" in tip


def test_an_older_copy_is_shown_as_the_shared_scores_not_bens(qtbot, tmp_path: Path) -> None:
    from counterweight.ui.models.score_table_model import ScoreTableModel

    for ctl in controller_on(tmp_path / "old.counterweight", legacy_copy()):
        model = ScoreTableModel(ctl)
        ctl.set_view("ben")
        tip = _tip(model, "c", "effect")
        assert "Ben's own score: 8" in tip and "Ben recorded no rationale of their own." in tip
        assert "Ben's rationale: fair" not in tip and "Shared score's rationale: fair" in tip


def test_the_score_details_start_bens_score_empty_and_name_the_shared_reasoning(qtbot, ctl) -> None:
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

    panel = ScoreDetailPanel(ctl)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    panel.show_cell("c", "effect")
    assert panel.rationale_edit.toPlainText() == "fair"  # shared view: the shared score's own editors
    ctl.set_view("ben")
    assert panel.value_edit.text() == "6"  # the shared value, to start from
    assert panel.rationale_edit.toPlainText() == "" and panel.evidence_table.rowCount() == 0
    assert "becomes Ben's own score" in panel.source_label.text()
    # the shared reasoning is named as the shared score's: greyed in the empty box, and above the passages
    assert panel.rationale_edit.placeholderText() == "Shared score's rationale: fair"
    assert panel.passages.heading.text() == "Linked passages (of the shared score)"
    assert panel.passages.list.count() == 1
    panel.value_edit.setFocus()
    panel.value_edit.selectAll()
    qtbot.keyClicks(panel.value_edit, "8")
    assert panel.apply()
    assert (_ben(ctl).value, _ben(ctl).rationale, _ben(ctl).evidence) == (8, "", [])
    assert "Ben's own score." in panel.source_label.text()
    assert panel.rationale_edit.toPlainText() == ""
    assert panel.rationale_edit.placeholderText() == "Shared score's rationale: fair"
    ctl.set_view(None)
    assert panel.passages.heading.text() == "Linked passages"
    assert panel.rationale_edit.placeholderText() == "Why this score? Cite the reasoning."


def test_linking_in_bens_view_says_the_link_goes_to_the_shared_score(qtbot, tmp_path: Path) -> None:
    from counterweight.ui.main_window import MainWindow

    for ctl in controller_on(tmp_path / "link.counterweight", with_evidence()):
        settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
        win = MainWindow(ctl, native_dialogs=False, settings=settings)
        qtbot.addWidget(win)
        win.show()
        assert win.score_matrix.select_cell("b", "effect")
        win.source_library_action.trigger()
        dlg = win.sources_dialog
        text = dlg.current_source().text
        dlg.select_text(text.index("Opening"), text.index("Opening") + len("Opening words."))
        dlg.link_selected()
        assert not dlg.link_dialog.shared_note.isVisible()  # the shared inputs: nothing to explain
        assert dlg.link_dialog.count_label.text() == "The passage will be linked to 1 score."
        dlg.link_dialog.reject()

        assert ctl.set_view("ben") is None
        assert win.score_matrix.current_cell() == ("b", "effect")  # the view changed, the cell stayed
        dlg.link_selected()
        link = dlg.link_dialog
        assert link.cells() == [("b", "effect")]  # the current cell is ticked, as in the shared view
        assert link.shared_note.isVisible()
        assert link.shared_note.text().startswith("Analyst view: Ben is shown, but the passage will be linked to the "
                                                  "shared scores")
        assert link.count_label.text() == "The passage will be linked to 1 shared score."
        qtbot.mouseClick(link.ok_button, Qt.MouseButton.LeftButton)
        assert ctl.decision.score("b", "effect").evidence[-1].quote == "Opening words."
        assert _ben(ctl) is None
        win.close()
