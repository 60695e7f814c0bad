"""File › Import spreadsheet… reads the file on a worker, with a progress dialog and Cancel (QA 27).

A 1,000 x 60 workbook took 20 s to read in the GUI thread, the window frozen. The reading is
held here at its start (a gate on the reader) so the tests can act while it runs: the window's
own events go on, a second import is refused, Cancel creates nothing, and a reader's bug is
reported in an error box, nothing created.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QProgressDialog, QPushButton

from counterweight.reports.xlsx_export import write_xlsx
from tests.factories import small_decision

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Answers for the save dialog (the new project's name); emptied as it is asked."""
    answers: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(answers.pop(0)), ""))
    return answers


@pytest.fixture
def held(qtbot, monkeypatch: pytest.MonkeyPatch):
    """Hold the reader until the event is set; the list gets the thread each read ran on."""
    from counterweight.services import spreadsheet

    gate, threads = threading.Event(), []
    real = spreadsheet.read_spreadsheet

    def read(path, notes=None):  # noqa: ANN001, ANN202
        threads.append(threading.get_ident())
        gate.wait(10)
        return real(path, notes)

    monkeypatch.setattr(spreadsheet, "read_spreadsheet", read)
    yield gate, threads
    gate.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)


def _while_reading(qtbot, threads: list[int], act) -> dict[str, object]:  # noqa: ANN001
    """Run ``act(dialog)`` from the window's event loop once the reader has started; what it saw."""
    seen: dict[str, object] = {}

    def step() -> None:
        qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
        qtbot.waitUntil(lambda: _progress() is not None, timeout=5_000)  # shown after a short delay
        dialog = _progress()
        seen["thread"] = threads[0]
        seen["modal"] = dialog.windowModality()
        act(dialog, seen)

    QTimer.singleShot(0, step)
    return seen


def _progress() -> QProgressDialog | None:
    from PySide6.QtWidgets import QApplication

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                 and w.objectName() == "spreadsheetImportProgress" and w.isVisible()), None)


def _cancel_button(dialog: QProgressDialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if not isinstance(b.parent(), QDialogButtonBox))


def test_cancel_while_the_file_is_read_creates_nothing(qtbot, window, controller, tmp_path, held, saves,
                                                        message_boxes) -> None:
    gate, threads = held
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    actions = window.file_actions.spreadsheets
    before_path, before = controller.path, controller.decision

    def act(dialog: QProgressDialog, seen: dict) -> None:
        seen["again"] = actions.import_spreadsheet(source)  # one import at a time
        _cancel_button(dialog).click()

    seen = _while_reading(qtbot, threads, act)
    assert not actions.import_spreadsheet(source)
    assert seen["thread"] != threading.get_ident()  # read on a worker, the window's events going on
    assert seen["modal"] == Qt.WindowModality.WindowModal  # nothing else started meanwhile
    assert seen["again"] is False
    assert controller.path == before_path and controller.decision == before
    assert not (tmp_path / "sheet.counterweight").exists()
    assert message_boxes == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert _progress() is None


def test_the_file_read_on_the_worker_becomes_the_new_project(qtbot, window, controller, tmp_path, held, saves,
                                                              message_boxes) -> None:
    gate, threads = held
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    saves.append(tmp_path / "imported")
    seen = _while_reading(qtbot, threads, lambda _dialog, _seen: gate.set())
    assert window.file_actions.spreadsheets.import_spreadsheet(source)
    assert seen["thread"] != threading.get_ident()
    assert controller.path == tmp_path / "imported.counterweight"
    assert controller.decision == small_decision()
    assert _progress() is None


def test_a_bug_in_the_reader_is_reported_and_nothing_is_created(qtbot, window, controller, tmp_path, monkeypatch,
                                                                 saves, message_boxes) -> None:
    from counterweight.services import spreadsheet

    def broken(path, notes=None):  # noqa: ANN001, ANN202
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(spreadsheet, "read_spreadsheet", broken)
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    before_path = controller.path
    assert not window.file_actions.spreadsheets.import_spreadsheet(source)
    assert len(message_boxes) == 1
    assert "unexpected problem" in message_boxes[0].text() + message_boxes[0].informativeText()
    assert controller.path == before_path and saves == []
