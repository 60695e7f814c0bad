"""Opening an elicitation packet over the working project open in this window (review, session 27).

Before, the packet was written over the open project's file and the refusal said it was "open in another
Counterweight window", naming this very process; now it is refused as an import is, naming the open project.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import AddAnalyst
from counterweight.services.session import ProjectSession
from counterweight.ui import file_actions, packet_actions
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController

pytestmark = pytest.mark.qt


def test_a_packet_opened_over_the_open_project_is_refused_naming_it(qtbot, example_session, tmp_path: Path,
                                                                      monkeypatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    example_session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = MainWindow(SessionController(example_session), native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    packet = win.packet_actions.export_packet("kim", tmp_path / "kim", "")
    assert packet is not None and win.packet_actions.open_packet(packet, tmp_path / "work")
    assert win.controller.path == tmp_path / "work.counterweight"
    said: list[str] = []
    for module in (file_actions, packet_actions):  # whichever says it, recorded instead of shown
        monkeypatch.setattr(module, "show_user_error", lambda _parent, exc, title="": said.append(exc.message))
    before = (tmp_path / "work.counterweight").stat().st_mtime_ns
    assert not win.packet_actions.open_packet(packet, tmp_path / "work")
    assert said == ["work.counterweight is the project you have open. Choose another name."]
    assert (tmp_path / "work.counterweight").stat().st_mtime_ns == before
    assert isinstance(win.controller.session, ProjectSession) and not win.controller.read_only
