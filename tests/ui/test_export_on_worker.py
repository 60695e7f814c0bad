"""File > Export spreadsheet… writes on a worker: the window does not freeze (session 21).

With 1,000 options x 60 criteria the workbook's Robustness sheet runs the analyses and the
export took seconds in the GUI thread, with no repaint meanwhile. It now runs on a worker
from the project as it was at the click, with a progress dialog (after a short delay) and
Cancel, one export at a time; errors and the notes come in the GUI thread once it is over.

A "gate" holds a writer on the worker until the test opens it; the gate gives up after a
few seconds, so the old code (which ran the writer in the GUI thread) fails instead of hanging.
"""

from __future__ import annotations

import errno
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl.workbook import Workbook
from PySide6.QtCore import QSettings, Qt, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from shiboken6 import isValid

from counterweight.domain.errors import CounterweightError
from counterweight.reports import csv_export, xlsx_export
from counterweight.services import exchange
from counterweight.services.session import ProjectSession
from counterweight.locations import example_decision_path
from tests.factories import small_decision

pytestmark = pytest.mark.qt

#: How long a gate holds a writer at most (the old code waits this long in the GUI thread, then fails).
HOLD_SECONDS = 5


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


class Gate:
    """Holds a wrapped function until :meth:`open`; records whether it ran in the GUI thread."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.opened = threading.Event()
        self.in_gui_thread: list[bool] = []

    def hold(self, real: Callable[..., object]) -> Callable[..., object]:
        def held(*args: object, **kwargs: object) -> object:
            self.in_gui_thread.append(QThread.currentThread() is QApplication.instance().thread())
            self.entered.set()
            self.opened.wait(HOLD_SECONDS)
            return real(*args, **kwargs)
        return held

    def open(self) -> None:
        self.opened.set()


@pytest.fixture
def gate() -> Iterator[Gate]:
    g = Gate()
    yield g
    g.open()
    QThreadPool.globalInstance().waitForDone(60_000)  # no export outlives its test


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QMessageBox, bool]]:
    """Every message box shown, and whether it was shown in the GUI thread."""
    shown: list[tuple[QMessageBox, bool]] = []

    def record(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append((box, QThread.currentThread() is QApplication.instance().thread()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def _finish(qtbot, actions, gate: Gate) -> list:  # noqa: ANN001
    """Open the gate and wait for the export to end; the ``exportFinished`` arguments."""
    with qtbot.waitSignal(actions.exportFinished, timeout=60_000) as signal:
        gate.open()
    return signal.args


def _members(path: Path) -> dict[str, bytes]:
    """The workbook's parts, without the time it was written (docProps/core.xml)."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["docProps/core.xml"] = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"",
                                        parts["docProps/core.xml"])
    return parts


def test_the_export_writes_what_the_synchronous_writers_write(qtbot, window, controller, tmp_path) -> None:
    controller.set_session(ProjectSession.create(tmp_path / "example.counterweight",
                                                 exchange.read_file(example_decision_path())))
    actions = window.file_actions.spreadsheets
    decision, evaluation = controller.decision, controller.evaluation
    for name, layout in (("book.xlsx", None), ("matrix.csv", None), ("long.csv", csv_export.LONG)):
        with qtbot.waitSignal(actions.exportFinished, timeout=60_000) as signal:
            assert actions.export_spreadsheet(tmp_path / name, csv_layout=layout)
        assert signal.args == [str(tmp_path / name), True]
    xlsx_export.write_xlsx(decision, tmp_path / "direct.xlsx", evaluation)
    assert _members(tmp_path / "book.xlsx") == _members(tmp_path / "direct.xlsx")
    csv_export.write_csv(decision, tmp_path / "direct-matrix.csv")
    csv_export.write_csv(decision, tmp_path / "direct-long.csv", layout=csv_export.LONG)
    assert (tmp_path / "matrix.csv").read_bytes() == (tmp_path / "direct-matrix.csv").read_bytes()
    assert (tmp_path / "long.csv").read_bytes() == (tmp_path / "direct-long.csv").read_bytes()


def test_the_collector_waits_and_has_no_workbook_to_walk_afterwards(qtbot, window, tmp_path, monkeypatch) -> None:
    """Measured on 1,000 x 60: the cyclic collector's full passes over the growing workbook held the GUI
    thread up to 0.7 s each, and a workbook left to it cost one pass of over a second afterwards."""
    import gc

    seen: dict[str, object] = {}
    real_build, real_save = xlsx_export.build_workbook, xlsx_export.save_workbook

    def build(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen["collector on"] = gc.isenabled()
        return real_build(*args, **kwargs)

    def save(workbook: Workbook, path: Path) -> Path:
        seen["workbook"] = workbook
        return real_save(workbook, path)

    monkeypatch.setattr(xlsx_export, "build_workbook", build)
    monkeypatch.setattr(xlsx_export, "save_workbook", save)
    actions = window.file_actions.spreadsheets
    assert gc.isenabled()
    with qtbot.waitSignal(actions.exportFinished, timeout=60_000):
        assert actions.export_spreadsheet(tmp_path / "out.xlsx")
    assert seen["collector on"] is False and gc.isenabled()  # paused while it worked, and on again
    workbook = seen["workbook"]
    assert isinstance(workbook, Workbook) and not any(sheet._cells for sheet in workbook.worksheets)


def test_the_window_keeps_working_during_a_slow_export(qtbot, window, tmp_path, monkeypatch, gate) -> None:
    from counterweight.ui.brief_actions import PROGRESS_DELAY_MS

    monkeypatch.setattr(xlsx_export, "build_workbook", gate.hold(xlsx_export.build_workbook))
    actions = window.file_actions.spreadsheets
    out = tmp_path / "slow.xlsx"
    assert actions.export_spreadsheet(out)
    progress = actions._exports.progress_dialog()
    assert progress is not None and not progress.isVisible()  # not before PROGRESS_DELAY_MS
    assert gate.entered.wait(10)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3_000)  # the GUI thread runs its timers meanwhile
    qtbot.waitUntil(progress.isVisible, timeout=PROGRESS_DELAY_MS + 3_000)
    assert progress.windowTitle() == "Export spreadsheet" and progress.labelText() == "Exporting to slow.xlsx…"
    assert actions.is_exporting() and not out.exists()
    assert _finish(qtbot, actions, gate) == [str(out), True]
    timer.stop()
    assert gate.in_gui_thread == [False]
    assert not actions.is_exporting() and actions._exports.progress_dialog() is None
    assert xlsx_export.REPORT_SHEETS[0] in zipfile.ZipFile(out).read("xl/workbook.xml").decode()


def test_cancel_while_the_workbook_is_built_writes_nothing(qtbot, window, tmp_path, monkeypatch, gate) -> None:
    monkeypatch.setattr(xlsx_export, "build_workbook", gate.hold(xlsx_export.build_workbook))
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"the earlier export")
    actions = window.file_actions.spreadsheets
    assert actions.export_spreadsheet(out)
    progress = actions._exports.progress_dialog()
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    assert _finish(qtbot, actions, gate) == [str(out), False]
    assert out.read_bytes() == b"the earlier export"  # left as it was
    assert not list(tmp_path.glob(".out.xlsx*")), "the temporary file was left behind"
    assert window.statusBar().currentMessage() == "The export was cancelled; nothing was written."


def test_cancel_while_the_file_is_written_leaves_no_file_and_no_temporary_file(qtbot, window, tmp_path,
                                                                               monkeypatch, gate) -> None:
    monkeypatch.setattr(Workbook, "save", gate.hold(Workbook.save))  # openpyxl writes, then waits at the gate
    out = tmp_path / "out.xlsx"
    actions = window.file_actions.spreadsheets
    assert actions.export_spreadsheet(out)
    assert gate.entered.wait(10)
    progress = actions._exports.progress_dialog()
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    progress.canceled.emit()  # what its Cancel button sends
    assert not progress.isVisible() and actions.is_exporting()  # gone at once; the worker is told
    assert window.statusBar().currentMessage() == "Stopping the export…"
    assert _finish(qtbot, actions, gate) == [str(out), False]
    assert not out.exists()
    assert not list(tmp_path.glob(".out.xlsx*")), "the temporary file was left behind"


def test_a_second_export_while_one_runs_is_refused(qtbot, window, tmp_path, monkeypatch, gate) -> None:
    monkeypatch.setattr(xlsx_export, "build_workbook", gate.hold(xlsx_export.build_workbook))
    actions = window.file_actions.spreadsheets
    assert actions.export_spreadsheet(tmp_path / "first.xlsx")
    assert not actions.export_spreadsheet(tmp_path / "second.csv")
    assert window.statusBar().currentMessage() == "A spreadsheet is already being exported."
    assert _finish(qtbot, actions, gate) == [str(tmp_path / "first.xlsx"), True]
    assert not (tmp_path / "second.csv").exists()
    with qtbot.waitSignal(actions.exportFinished, timeout=60_000):
        assert actions.export_spreadsheet(tmp_path / "second.csv")  # free again once the first is done


@pytest.mark.parametrize("name", ["full.xlsx", "locked.csv"])
def test_a_write_error_shows_the_usual_box_once_the_work_is_over(qtbot, window, controller, tmp_path, monkeypatch,
                                                                 message_boxes, gate, name) -> None:
    from counterweight.ui.file_actions import _as_user_error

    out = tmp_path / name
    if name.endswith(".xlsx"):  # the disk fills while openpyxl writes: save_workbook names the file
        def full(_wb: Workbook, _path: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(Workbook, "save", full)
        with pytest.raises(CounterweightError) as direct:  # the words of the writer called directly
            xlsx_export.write_xlsx(controller.decision, out)
        expected = direct.value
        monkeypatch.setattr(Workbook, "save", gate.hold(full))
    else:  # a CSV file open in Excel: the plain OSError the File menu words itself
        error = PermissionError(errno.EACCES, "Permission denied")

        def locked(*_args: object, **_kwargs: object) -> None:
            raise error

        monkeypatch.setattr(csv_export, "write_csv", gate.hold(locked))
        expected = _as_user_error(error, out)
    assert window.file_actions.spreadsheets.export_spreadsheet(out)
    assert message_boxes == []  # nothing said while it works
    assert _finish(qtbot, window.file_actions.spreadsheets, gate) == [str(out), False]
    [(box, in_gui_thread)] = message_boxes
    assert in_gui_thread and gate.in_gui_thread == [False]
    assert box.objectName() == "userErrorBox" and box.windowTitle() == f"Could not export to {name}"
    assert box.text() == expected.message and box.informativeText() == expected.where == str(out)
    assert not out.exists() and not list(tmp_path.glob(f".{name}*"))


def test_the_notes_come_when_the_file_is_written_and_describe_it(qtbot, window, controller, tmp_path, monkeypatch,
                                                                 message_boxes, gate) -> None:
    """The notes describe the file (the project at the click), and come once it is written."""
    from PySide6.QtWidgets import QFileDialog

    from counterweight.domain.methods import RedLine
    from counterweight.services.red_lines import AddRedLine

    actions = window.file_actions.spreadsheets
    out = tmp_path / "book.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), actions.xlsx_filter))
    monkeypatch.setattr(csv_export, "write_csv", gate.hold(csv_export.write_csv))
    monkeypatch.setattr(xlsx_export, "build_workbook", gate.hold(xlsx_export.build_workbook))
    actions.last_export_notes = ["from before"]
    actions.export_action.trigger()
    assert gate.entered.wait(10)
    # an edit made meanwhile is not in the file, nor in its notes
    assert controller.submit(AddRedLine(RedLine(id="r1", criterion_id="cost", limit=9.0))) is None
    assert actions.last_export_notes == ["from before"] and message_boxes == []
    assert _finish(qtbot, actions, gate) == [str(out), True]
    assert actions.last_export_notes == [] and message_boxes == []  # the file has no red line to lose
    # the next export, of the project with its red line, says what the file loses, once written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "s.csv"),
                                                                           actions.csv_long_filter))
    gate.opened.clear()
    actions.export_action.trigger()
    assert actions.is_exporting() and message_boxes == []
    assert _finish(qtbot, actions, gate) == [str(tmp_path / "s.csv"), True]
    [(box, in_gui_thread)] = message_boxes
    assert in_gui_thread and box.objectName() == "exportNotesBox" and "red lines" in box.informativeText()
    assert any("red lines" in n for n in actions.last_export_notes)


def test_the_file_holds_the_project_as_it_was_at_the_click(qtbot, window, controller, tmp_path, monkeypatch,
                                                           gate) -> None:
    from counterweight.services.marking import SetMarking
    from counterweight.services.spreadsheet import read_xlsx

    monkeypatch.setattr(xlsx_export, "build_workbook", gate.hold(xlsx_export.build_workbook))
    actions = window.file_actions.spreadsheets
    before = controller.decision
    assert actions.export_spreadsheet(tmp_path / "out.xlsx")
    assert gate.entered.wait(10) and actions.is_exporting()
    assert controller.submit(SetMarking("SECRET")) is None  # the user goes on editing
    other = ProjectSession.create(tmp_path / "other.counterweight", small_decision().model_copy(update={"title": "B"}))
    controller.set_session(other)  # and opens another project
    assert _finish(qtbot, actions, gate) == [str(tmp_path / "out.xlsx"), True]
    assert read_xlsx(tmp_path / "out.xlsx") == before


def test_closing_the_window_during_an_export_writes_nothing(qtbot, controller, tmp_path, monkeypatch,
                                                             gate) -> None:
    from counterweight.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "closing.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    window.show()
    monkeypatch.setattr(xlsx_export, "build_workbook", gate.hold(xlsx_export.build_workbook))
    out = tmp_path / "out.xlsx"
    assert window.file_actions.spreadsheets.export_spreadsheet(out)
    assert gate.entered.wait(10)
    assert window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))
    gate.open()
    assert QThreadPool.globalInstance().waitForDone(60_000)
    qtbot.wait(50)  # anything the worker sent arrives, and must not crash
    assert not out.exists() and not list(tmp_path.glob(".out.xlsx*"))
