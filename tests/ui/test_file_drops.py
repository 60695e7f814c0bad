"""QA pass 22 item 16: files dropped on the main window take their File menu route.

A project opens, a spreadsheet is imported (checked, then the new project's name is asked), a
filled-in elicitation packet is imported and one to fill in becomes a working project; any other
file, a folder or several files are refused with a status message. The drops are sent as Qt
drag events to the window, as a file manager's would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from counterweight.domain.analysts import Analyst
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services.analyst_edits import AddAnalyst
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Answers for the save dialogs (the name of an imported project); no open dialog may be shown."""
    queue: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(queue.pop(0)), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("a file dialog was shown"))
    return queue


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.Ok)
    return shown


def _drop(window, *paths: Path) -> bool:  # noqa: ANN001
    """Drag ``paths`` over ``window`` and drop them; returns whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def test_a_dropped_spreadsheet_is_imported_as_the_menu_does(qtbot, window, controller, tmp_path, saves) -> None:
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    saves.append(tmp_path / "imported")
    assert _drop(window, source)
    qtbot.waitUntil(lambda: controller.path == tmp_path / "imported.counterweight")
    assert controller.decision == small_decision()


def test_a_dropped_bad_spreadsheet_gets_the_import_message(qtbot, window, controller, tmp_path, saves,
                                                            boxes) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Option,Cost\nA,5\nB,n/a\nC,7\n", encoding="utf-8")  # a plain table with a bad cell
    before = controller.path
    assert _drop(window, source)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert boxes[0].objectName() == "userErrorBox" and "bad.csv" in boxes[0].windowTitle()
    assert controller.path == before and saves == []


def test_a_dropped_project_opens(qtbot, window, controller, tmp_path) -> None:
    other = tmp_path / "other.counterweight"
    ProjectSession.create(other, small_decision()).close()
    assert _drop(window, other)
    qtbot.waitUntil(lambda: controller.path == other)


def test_other_files_folders_and_several_files_are_refused_with_a_status(qtbot, window, controller,
                                                                          tmp_path) -> None:
    before = controller.path
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert _drop(window, text)
    qtbot.waitUntil(lambda: "notes.txt is not a file Counterweight opens" in window.statusBar().currentMessage())
    assert ".xlsx" in window.statusBar().currentMessage() and ".cwpacket" in window.statusBar().currentMessage()
    sheet = tmp_path / "plan.ods"
    sheet.write_bytes(b"PK")
    assert _drop(window, sheet)
    qtbot.waitUntil(lambda: "Save it as an Excel workbook (.xlsx) first" in window.statusBar().currentMessage())
    assert _drop(window, tmp_path)
    qtbot.waitUntil(lambda: "is a folder" in window.statusBar().currentMessage())
    assert _drop(window, text, text)
    qtbot.waitUntil(lambda: "Drop one file at a time" in window.statusBar().currentMessage())
    assert controller.path == before


def test_packets_go_to_import_when_filled_in_and_to_open_otherwise(qtbot, window, controller, tmp_path,
                                                                   monkeypatch) -> None:
    from counterweight.services import packets

    assert controller.submit(AddAnalyst(Analyst(id="kim", name="Kim Lee"))) is None
    out, _ = packets.export_packet(controller.session, "kim", tmp_path / "kim")
    desk = tmp_path / "desk"
    desk.mkdir()
    with packets.open_packet(out, desk / "work") as work:
        back = packets.return_packet(work, desk / "back").path
    calls: list[tuple[str, Path]] = []
    actions = window.packet_actions
    monkeypatch.setattr(actions, "import_packet", lambda p: calls.append(("import", Path(p))) or True)
    monkeypatch.setattr(actions, "open_packet", lambda p: calls.append(("open", Path(p))) or True)
    assert _drop(window, back)
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert _drop(window, out)
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == [("import", back), ("open", out)]


def test_a_returned_packet_on_a_read_only_project_is_refused_with_a_status(window, tmp_path, monkeypatch) -> None:
    from counterweight.ui import file_drops

    packet = tmp_path / "back.cwpacket"
    packet.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(file_drops, "_answered", lambda path: True)
    window.packet_actions.import_action.setEnabled(False)
    assert not window.file_drops.take([packet])
    assert "open for changes" in window.statusBar().currentMessage()


def test_kinds() -> None:
    from counterweight.ui import file_drops

    assert [file_drops.kind_of(Path(n)) for n in ("a.COUNTERWEIGHT", "a.json", "a.xlsx", "a.csv", "a.xls",
                                                  "a.cwpacket", "a.ods", "a")] == [
        "project", "project", "spreadsheet", "spreadsheet", "spreadsheet", "packet", "", ""]
