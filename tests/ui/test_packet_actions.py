"""File > Elicitation packets in the GUI: export, open in the analyst's view, return, review and import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox

from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
from counterweight.services.session import ProjectSession
from counterweight.ui.dialogs.packet_dialogs import PacketImportDialog
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController
from tests.ui.test_accessibility import undescribed, unnamed

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def _window(qtbot, session: ProjectSession, tmp_path: Path, name: str) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    win = MainWindow(SessionController(session), native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_round_trip_between_two_windows(qtbot, example_session, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    example_session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    hub = _window(qtbot, example_session, tmp_path, "hub")
    actions = hub.packet_actions
    assert actions.export_action.isEnabled() and not actions.return_action.isEnabled()
    assert actions.menu in [a.menu() for a in hub.findChild(type(actions.menu), "fileMenu").actions() if a.menu()]

    packet = actions.export_packet("kim", tmp_path / "kim", "please score by Friday")
    assert packet is not None and packet.exists()
    assert example_session.audit_log()[0].action == "Export elicitation packet"

    # The analyst's workstation: another window, another project file.
    desk = tmp_path / "desk"
    desk.mkdir()
    other = ProjectSession.create(desk / "blank.counterweight", example_session.decision.model_copy(
        update={"analysts": [], "analyst_inputs": []}))
    analyst_win = _window(qtbot, other, tmp_path, "desk")
    assert analyst_win.packet_actions.open_packet(packet, desk / "work")
    ctl = analyst_win.controller
    assert ctl.path == desk / "work.counterweight" and ctl.view == "kim"
    assert "please score by Friday" in ctl.decision.notice
    assert analyst_win.packet_actions.return_action.isEnabled()
    s = next(x for x in ctl.decision.scores if x.value is not None)
    assert ctl.submit(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))) is None
    returned = analyst_win.packet_actions.return_packet(desk / "back", note="done")
    assert returned is not None and returned.exists()

    # Home again: review with a conflict, keep the project's value for it.
    hub.controller.submit(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.low})))
    seen: list[PacketImportDialog] = []

    def accept(dialog: PacketImportDialog) -> int:
        seen.append(dialog)
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "conflict"
        combo = dialog.table.cellWidget(0, 5)
        assert isinstance(combo, QComboBox) and combo.currentData() == "project"
        dialog.take_all.click()
        assert combo.currentData() == "packet"
        dialog.show()  # every focusable widget is named and described for screen readers
        assert unnamed(dialog) == [] and undescribed(dialog) == []
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PacketImportDialog, "exec", accept)
    assert actions.import_packet(returned)
    kim = next(i for i in hub.controller.decision.analyst_inputs if i.analyst_id == "kim")
    assert kim.score(*s.key).value == s.high and seen
    hub.controller.undo_stack.undo()
    kim = next(i for i in hub.controller.decision.analyst_inputs if i.analyst_id == "kim")
    assert kim.score(*s.key).value == s.low  # undo restores the project's own value
    hub.grab().save(str(tmp_path / "hub.png"))


def test_bad_packet_shows_a_message_and_changes_nothing(qtbot, example_session, tmp_path: Path,  # noqa: ANN001
                                                        monkeypatch) -> None:  # noqa: ANN001
    example_session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    hub = _window(qtbot, example_session, tmp_path, "hub")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    junk = tmp_path / "junk.cwpacket"
    junk.write_text('{"format": "counterweight-packet"}', encoding="utf-8")
    before = (example_session.decision, len(example_session.audit_log()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(junk), "")))
    assert not hub.packet_actions.import_packet()
    assert messages and "request" in messages[0]
    assert (example_session.decision, len(example_session.audit_log())) == before
