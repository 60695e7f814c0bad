"""Return packet's note can be left by Tab, as the export dialog's instructions can (QA h26c).

QInputDialog.getMultiLineText took Tab as a character in the note, so a keyboard user could
not Tab to OK (Enter adds a line there too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QInputDialog, QPlainTextEdit

from counterweight.domain.analysts import Analyst
from counterweight.services import packets
from counterweight.services.analyst_edits import AddAnalyst
from counterweight.services.session import ProjectSession
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def test_the_return_note_lets_tab_reach_the_buttons(qtbot, example_session, tmp_path: Path,  # noqa: ANN001
                                                    monkeypatch) -> None:  # noqa: ANN001
    example_session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    packet, _req = packets.export_packet(example_session, "kim", tmp_path / "kim")
    packets.open_packet(packet, tmp_path / "work").close()
    session = ProjectSession.open(tmp_path / "work.counterweight")
    win = MainWindow(SessionController(session), native_dialogs=False,
                     settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.packet_actions.is_working_copy()
    seen: list[tuple[bool, str]] = []

    def answer(dialog: QInputDialog) -> int:
        edit = dialog.findChild(QPlainTextEdit)
        assert edit is not None  # a note of several lines
        seen.append((edit.tabChangesFocus(), edit.accessibleName()))
        dialog.setTextValue("done by Friday")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    # the static dialog runs its own event loop, out of this test's reach: answered unseen
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("done by Friday", True)))
    out = win.packet_actions.return_packet(tmp_path / "back")
    assert seen and seen[0][0] and seen[0][1]
    assert out is not None and packets.read_packet(out).response.note == "done by Friday"
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert win.packet_actions.return_packet(tmp_path / "again") is None  # Cancel writes nothing
    assert not (tmp_path / "again.cwpacket").exists()
    win.controller.close_session()
