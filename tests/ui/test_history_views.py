"""History and the analysts' views: "Go to element" shows the view whose value an entry changed, and a
packet import's rows show (and are found by) the values it changed, Undo's row included (QA pass 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from counterweight.domain import Score
from counterweight.domain.analysts import Analyst
from counterweight.services import packets
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
from counterweight.services.edits import SetScore
from counterweight.services.packet_merge import import_edit, plan_import
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.history_panel import ENTRY_ID_ROLE
from PySide6.QtCore import QSettings, Qt

pytestmark = pytest.mark.qt


def _score(value: float) -> Score:
    return Score(option_id="b", criterion_id="effect", value=value)


@pytest.fixture
def window(qtbot, controller: SessionController, tmp_path: Path) -> MainWindow:
    """Entries: 2 add Ben, 3 Ben's Bravo × Effect 4, 4 shared Bravo × Effect 7; the History open."""
    for edit in (AddAnalyst(Analyst(id="ben", name="Ben")), SetAnalystScore("ben", "b", "effect", _score(4)),
                 SetScore("b", "effect", _score(7))):
        assert controller.submit(edit) is None
    settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    win.show()
    win.history_action.trigger()
    qtbot.waitUntil(lambda: win.history_panel.model.rowCount() == 4)
    return win


def _go_to(window: MainWindow, entry_id: int) -> str:
    """Go to entry ``entry_id``'s element; the value the selected cell shows."""
    assert window.history_panel.select_entry(entry_id)
    window.history_panel.go_to_element()
    assert window.score_matrix.current_cell() == ("b", "effect")
    return window.score_matrix.view.currentIndex().data()


def test_go_to_an_analysts_entry_shows_their_view_and_says_so(window: MainWindow) -> None:
    c = window.controller
    assert c.view is None
    assert _go_to(window, 3) == "4"  # Ben's value, not the shared 7
    assert c.view == "ben"
    assert window.statusBar().currentMessage() == "Showing Ben's view: entry #3 changed a value of their own."
    assert _go_to(window, 4) == "7"  # a shared entry goes back to the shared inputs
    assert c.view is None
    assert window.statusBar().currentMessage() == "Showing the shared inputs: entry #4 changed a shared value."
    window.statusBar().clearMessage()
    assert _go_to(window, 4) == "7"  # already in that view: nothing to say
    assert window.statusBar().currentMessage() == ""


def _rows(window: MainWindow) -> dict[int, tuple[str, str]]:
    m = window.history_panel.model
    return {m.index(r, 0).data(ENTRY_ID_ROLE): (m.index(r, 5).data(), m.index(r, 6).data())
            for r in range(m.rowCount())}


def test_an_import_and_its_undo_show_the_values_they_changed(qtbot, window: MainWindow, tmp_path: Path) -> None:
    c = window.controller
    packet, _ = packets.export_packet(c.session, "Ben", tmp_path / "ben")
    (tmp_path / "work").mkdir()
    with packets.open_packet(packet, tmp_path / "work" / "ben.counterweight") as work:
        work.apply(SetAnalystScore("ben", "b", "effect", _score(5)))
        returned = packets.return_packet(work, tmp_path / "ben-returned").path
    assert c.submit(import_edit(c.session, plan_import(c.session, returned))) is None
    panel = window.history_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6)
    assert _rows(window)[6] == ("Bravo × Effect: 4", "Bravo × Effect: 5")
    tip = panel.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "Bravo × Effect: 4 → 5" in tip and "request hash" in tip
    c.undo_stack.undo()  # its entry records no values: they are read from the import's
    qtbot.waitUntil(lambda: panel.model.rowCount() == 7)
    assert _rows(window)[7] == ("Bravo × Effect: 5", "Bravo × Effect: 4")
    panel.element_edit.setText("Bravo")
    panel.apply_filters()
    assert list(_rows(window)) == [7, 6, 4, 3]  # the import and its undo are changes of Bravo too
    assert _go_to(window, 6) == "4"  # Ben's value now (the import was undone), in Ben's view
    assert c.view == "ben"
