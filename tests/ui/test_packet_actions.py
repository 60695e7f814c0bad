"""File > Elicitation packets in the GUI: export, open in the analyst's view, return, review and import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox

from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
from counterweight.services import packets
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


# ------------------------------------------------------------------ QA round 6


def test_export_without_analysts_names_the_edit_menu(qtbot, example_session, tmp_path: Path,  # noqa: ANN001
                                                     monkeypatch) -> None:  # noqa: ANN001
    hub = _window(qtbot, example_session, tmp_path, "hub")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a, **k: told.append(text))
    assert hub.packet_actions.export_packet() is None
    edit_menu = next(a.menu() for a in hub.menuBar().actions() if a.text().replace("&", "") == "Edit")
    assert hub.analysts_action in edit_menu.actions()  # where the action really is
    assert told and "Edit > Analysts" in told[0] and "View" not in told[0]


def _returned_packet(session: ProjectSession, tmp_path: Path, value_of) -> tuple[Path, tuple[str, str]]:  # noqa: ANN001
    """Kim's packet exported from ``session``, filled in (one score) on another 'workstation' and returned."""
    from counterweight.services import packets

    out, _ = packets.export_packet(session, "kim", tmp_path / "kim")
    desk = tmp_path / "desk"
    desk.mkdir()
    with packets.open_packet(out, desk / "work") as work:
        s = next(x for x in work.decision.scores if x.value is not None)
        work.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": value_of(s)})))
        back = packets.return_packet(work, desk / "back").path
    return back, s.key


def test_a_packet_imported_in_an_earlier_session_is_taken_back_and_reviewed_again(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from counterweight.services.packet_merge import import_packet
    from counterweight.services.workspace import create_example_project

    path = create_example_project(tmp_path / "hub.counterweight")
    with ProjectSession.open(path) as earlier:  # an earlier session (or the command line) imports it
        earlier.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
        back, key = _returned_packet(earlier, tmp_path, lambda s: s.high)
        import_packet(earlier, back)
        imported = next(i for i in earlier.decision.analyst_inputs if i.analyst_id == "kim").score(*key)
    hub = _window(qtbot, ProjectSession.open(path), tmp_path, "hub")
    ctl = hub.controller
    assert not ctl.undo_stack.canUndo()  # Undo cannot reach that import
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)  # an error, if any
    reviewed: list[str] = []

    def review(dialog: PacketImportDialog) -> int:
        reviewed.append(dialog.table.item(0, 1).text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PacketImportDialog, "exec", review)
    assert hub.packet_actions.import_packet(back)
    assert asked and "history entry #" in asked[0] and "Take that import back" in asked[0]
    assert reviewed == ["from packet"]  # after taking it back, Kim's value is new again
    kim = next(i for i in ctl.decision.analyst_inputs if i.analyst_id == "kim")
    assert kim.score(*key) == imported
    actions = [e.action for e in ctl.session.audit_log()[:2]]
    assert actions == ["Import elicitation packet", "Undo elicitation packet import"]
    ctl.undo_stack.undo()
    ctl.undo_stack.undo()  # Undo reverses the new import, then the take-back
    assert next(i for i in ctl.decision.analyst_inputs if i.analyst_id == "kim").score(*key) == imported
    ctl.close_session()


def test_declining_to_take_back_changes_nothing(qtbot, example_session, tmp_path: Path,  # noqa: ANN001
                                                monkeypatch) -> None:  # noqa: ANN001
    from counterweight.services.packet_merge import import_packet

    example_session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    back, _key = _returned_packet(example_session, tmp_path, lambda s: s.high)
    import_packet(example_session, back)
    hub = _window(qtbot, example_session, tmp_path, "hub")
    before = (example_session.decision, len(example_session.audit_log()))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _w, _t, text, *a, **k: asked.append(text) or (
        QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    assert not hub.packet_actions.import_packet(back)
    assert asked and "Take that import back" in asked[0]  # asked, declined
    assert (example_session.decision, len(example_session.audit_log())) == before


def test_review_lists_a_value_only_the_project_cleared(qtbot, example_session, tmp_path: Path,  # noqa: ANN001
                                                       monkeypatch) -> None:  # noqa: ANN001
    example_session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    s = [x for x in example_session.decision.scores if x.value is not None][1]
    example_session.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.low})))
    back, _key = _returned_packet(example_session, tmp_path, lambda x: x.high)
    example_session.apply(SetAnalystScore("kim", *s.key, None))  # cleared at home after the export
    hub = _window(qtbot, example_session, tmp_path, "hub")
    rows: list[list[str]] = []

    def review(dialog: PacketImportDialog) -> int:
        t = dialog.table
        rows.extend([t.item(r, c).text() for c in (1, 5)] for r in range(t.rowCount()))
        rows.append([dialog.summary.text()])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PacketImportDialog, "exec", review)
    assert hub.packet_actions.import_packet(back)
    assert ["changed here only", "project's"] in rows
    assert "1 value was changed only in this project" in rows[-1][0]


def test_a_name_typed_without_its_ending_does_not_replace_a_file_unasked(qtbot, example_session, tmp_path: Path,  # noqa: ANN001
                                                                      monkeypatch) -> None:
    """Typed "kim" in the save dialog became kim.cwpacket after the dialog had checked for "kim", so an
    existing (perhaps answered) kim.cwpacket was replaced without a question; the same for the working
    project of an opened packet."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    example_session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    hub = _window(qtbot, example_session, tmp_path, "hub")
    answered = tmp_path / "kim.cwpacket"
    answered.write_text("an answered packet", encoding="utf-8")
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "kim"), "")))
    assert hub.packet_actions.export_packet("kim") is None
    assert asked == ["kim.cwpacket already exists. Replace it?"]
    assert answered.read_text(encoding="utf-8") == "an answered packet"

    packet, _ = packets.export_packet(example_session, "kim", tmp_path / "fresh")
    work = tmp_path / "work.counterweight"
    work.write_bytes(b"someone's working project")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "work"), "")))
    assert not hub.packet_actions.open_packet(packet)
    assert asked[-1] == "work.counterweight already exists. Replace it?"
    assert work.read_bytes() == b"someone's working project"
