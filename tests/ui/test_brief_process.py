"""QA 27: File > Export brief (PDF)… is written by a child process, ``counterweight report``.

Laying out a very large brief held Python's lock for seconds at a time (the window froze
although the work ran on a worker thread), and a crash in the writer took the window with
it. These tests run the real child (and, for the failures, stand-in children) from the window.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess

from counterweight.ui import brief_process
from counterweight.ui.brief_actions import BriefActions
from counterweight.ui.brief_paper import regional_paper
from counterweight.ui.main_window import MainWindow

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.qt

#: A child starts Python and Qt and lays the brief out: generous on a busy machine.
CHILD_TIMEOUT_MS = 90_000

#: A stand-in child that starts writing OUT.pdf as the real one does (its .part, holding the
#: .part's lock), says how far it got, then waits to be stopped.
SLOW_CHILD = """\
import sys, time
from pathlib import Path
from counterweight.services.leftovers import writing_brief
target = Path(sys.argv[1])
with writing_brief(target):
    target.with_name(target.name + ".part").write_bytes(b"%PDF-1.4 half a brief")
    print("progress 0.50", flush=True)
    time.sleep(120)
"""


@pytest.fixture(autouse=True)
def _child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(BriefActions, "in_child", True, raising=False)  # tests/ui/conftest.py turns it off


def _texts(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


def _stand_in(monkeypatch: pytest.MonkeyPatch, *program: str) -> list[list[str]]:
    """Run ``program`` (last argument: the target) instead of ``counterweight report``; returns the real commands."""
    real = brief_process.report_command
    asked: list[list[str]] = []

    def command(project, target, marking, prepared_by, paper="a4", view=None):  # noqa: ANN001, ANN202
        asked.append(real(project, target, marking, prepared_by, paper, view))
        return [*program, str(target)]

    monkeypatch.setattr(brief_process, "report_command", command)
    return asked


def _without_clock(text: str) -> str:
    return re.sub(r"\b\d{1,2}:\d{2}\b", "hh:mm", text)


def test_the_export_runs_counterweight_report_in_a_child(window: MainWindow, controller, qtbot,  # noqa: ANN001
                                                         tmp_path: Path) -> None:
    actions = window.brief_actions
    actions.set_marking("OFFICIAL-SENSITIVE")
    actions.set_author("Ann Smith")
    out = tmp_path / "child.pdf"
    values: list[float] = []
    with qtbot.waitSignal(actions.briefWritten, timeout=CHILD_TIMEOUT_MS) as signal:
        assert actions.export_brief(out)
        child = actions._child
        assert child is not None and actions.is_busy()
        child.progress.connect(values.append)
        assert not actions.export_brief(tmp_path / "second.pdf")  # one brief at a time, as before
        assert window.statusBar().currentMessage() == "A brief is already being prepared."
    assert child.command[:4] == [sys.executable, "-m", "counterweight", "report"]
    assert child.command[4:] == [str(controller.path), "-o", str(out), "--force", "--progress",
                                 f"--paper={regional_paper()}",  # no paper chosen yet: the region's
                                 "--marking=OFFICIAL-SENSITIVE", "--prepared-by=Ann Smith"]
    assert signal.args == [str(out)] and not actions.is_busy()
    assert actions._progress is None  # the progress dialog is gone
    assert values == sorted(values) and values[0] == 0 and values[-1] == 1  # the dialog followed them
    texts = _texts(out)
    assert window.statusBar().currentMessage() == f"Wrote the brief to {out} ({len(texts)} pages)"
    assert all(t.count("OFFICIAL-SENSITIVE") >= 2 for t in texts) and "Prepared by Ann Smith" in texts[0]

    actions.in_child = False  # the same brief, written in the window
    here = tmp_path / "here.pdf"
    with qtbot.waitSignal(actions.briefWritten, timeout=CHILD_TIMEOUT_MS):
        assert actions.export_brief(here)
        assert actions._child is None
    qtbot.waitUntil(lambda: not actions.is_busy())
    assert [_without_clock(t) for t in _texts(here)] == [_without_clock(t) for t in texts]


def test_cancel_stops_the_child_and_leaves_no_file(window: MainWindow, qtbot, tmp_path: Path,  # noqa: ANN001
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _stand_in(monkeypatch, sys.executable, "-c", SLOW_CHILD)
    actions = window.brief_actions
    out = tmp_path / "cancelled.pdf"
    part = out.with_name(out.name + ".part")
    shown: list[str] = []
    window.controller.errorRaised.connect(shown.append)
    with qtbot.waitSignal(actions.briefFailed, timeout=CHILD_TIMEOUT_MS) as signal:
        assert actions.export_brief(out)
        qtbot.waitUntil(lambda: actions._progress.value() == 50, timeout=CHILD_TIMEOUT_MS)
        assert part.is_file()  # the child is writing
        actions._progress.canceled.emit()  # what the dialog's Cancel button sends
    assert signal.args == ["The brief was cancelled; nothing was written."]
    assert sorted(p.name for p in tmp_path.iterdir() if "cancelled" in p.name) == []  # no PDF, .part or lock
    assert shown == [] and not actions.is_busy() and window.isVisible()  # no banner for a cancel


def test_cancel_of_the_real_child(window: MainWindow, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    actions = window.brief_actions
    out = tmp_path / "stopped.pdf"
    with qtbot.waitSignal(actions.briefFailed, timeout=CHILD_TIMEOUT_MS) as signal:
        assert actions.export_brief(out)
        process = actions._child._process
        qtbot.waitUntil(lambda: process.state() == QProcess.ProcessState.Running)
        actions._progress.canceled.emit()
    assert "cancelled" in signal.args[0]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("stopped")] == []


@pytest.mark.parametrize(("program", "expected"), [
    (["-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"],
     "The brief could not be written: the program writing it stopped unexpectedly."),
    (["-c", "import sys; sys.stderr.write('counterweight: internal error: ValueError: boom (run again with "
            "--debug to see the traceback)\\n'); sys.exit(70)"],
     "An unexpected problem stopped the brief."),
    (["-c", "import sys; sys.exit(70)"], "An unexpected problem stopped the brief."),
])
def test_a_child_that_fails_gives_a_clear_message_and_the_window_lives_on(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
        program: list[str], expected: str) -> None:
    if "SIGKILL" in program[1] and sys.platform == "win32":
        pytest.skip("no SIGKILL on Windows")
    _stand_in(monkeypatch, sys.executable, *program)
    out = tmp_path / "failed.pdf"
    with qtbot.waitSignal(window.brief_actions.briefFailed, timeout=CHILD_TIMEOUT_MS) as signal:
        assert window.brief_actions.export_brief(out)
    assert signal.args[0].startswith(expected)
    banner = window.banners.message_banner
    assert banner.isVisible() and expected in banner.text()
    assert not out.exists() and not window.brief_actions.is_busy() and window.isVisible()


def test_the_childs_own_message_is_shown_as_the_windows_was(window: MainWindow, qtbot,  # noqa: ANN001
                                                             tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "brief.pdf"
    with qtbot.waitSignal(window.brief_actions.briefFailed, timeout=CHILD_TIMEOUT_MS) as child:
        window.brief_actions.export_brief(out)
    window.brief_actions.in_child = False
    with qtbot.waitSignal(window.brief_actions.briefFailed, timeout=CHILD_TIMEOUT_MS) as here:
        window.brief_actions.export_brief(out)
    assert child.args == here.args and str(out) in child.args[0] and "folder does not exist" in child.args[0]
    assert "folder does not exist" in window.banners.message_banner.text()


def test_a_child_that_cannot_start_leaves_the_window_to_write_it(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    _stand_in(monkeypatch, str(tmp_path / "no-such-program"))
    shown: list[str] = []
    window.controller.errorRaised.connect(shown.append)
    out = tmp_path / "here.pdf"
    with qtbot.waitSignal(window.brief_actions.briefWritten, timeout=CHILD_TIMEOUT_MS):
        assert window.brief_actions.export_brief(out)
    qtbot.waitUntil(lambda: not window.brief_actions.is_busy())
    assert out.read_bytes().startswith(b"%PDF") and shown == []
    assert re.fullmatch(rf"Wrote the brief to {re.escape(str(out))} \(\d+ pages\)", window.statusBar().currentMessage())


def test_closing_the_window_stops_the_child(window: MainWindow, qtbot, tmp_path: Path,  # noqa: ANN001
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _stand_in(monkeypatch, sys.executable, "-c", SLOW_CHILD)
    out = tmp_path / "closing.pdf"
    assert window.brief_actions.export_brief(out)
    process = window.brief_actions._child._process
    qtbot.waitUntil(lambda: out.with_name(out.name + ".part").is_file(), timeout=CHILD_TIMEOUT_MS)
    window.close()
    assert process.state() == QProcess.ProcessState.NotRunning  # no orphan left running
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("closing")] == []


def test_changes_the_file_refused_keep_the_brief_in_the_window(window: MainWindow, controller,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert brief_process.child_can_write(controller)
    monkeypatch.setattr(type(controller), "unsaved_count", property(lambda _self: 1))
    assert not brief_process.child_can_write(controller)  # the file is not the project shown


def test_the_bundle_runs_its_own_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In the PyInstaller bundle the executable itself takes ``report`` (tests/packaging/test_bundle.py)."""
    project, out = tmp_path / "p.counterweight", tmp_path / "b.pdf"
    assert brief_process.report_command(project, out, "", None) == [
        sys.executable, "-m", "counterweight", "report", str(project), "-o", str(out), "--force", "--progress",
        "--paper=a4", "--marking="]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert brief_process.report_command(project, out, "-x", "Ann")[:3] == [sys.executable, "report", str(project)]
    assert brief_process.report_command(project, out, "-x", "Ann")[-2:] == ["--marking=-x", "--prepared-by=Ann"]
    gui = tmp_path / "bundle" / "counterweight-gui.exe"  # Windows: the windowed twin has no standard output
    gui.parent.mkdir()
    gui.write_bytes(b"")
    (gui.parent / "counterweight.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(gui))
    assert brief_process.report_command(project, out, "", None)[:2] == [str(gui.parent / "counterweight.exe"), "report"]
    env = brief_process.child_environment()
    assert env.value("QT_QPA_PLATFORM") == "offscreen" and env.value("PYTHONIOENCODING") == "utf-8"


def test_the_child_follows_the_view_the_window_shows(window: MainWindow, controller, qtbot,  # noqa: ANN001
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """h25k (QA 31 item 11): the window's brief used the shared inputs whatever the window showed."""
    assert brief_process.report_command(Path("p"), Path("o.pdf"), "", None)[-1] == "--marking="  # shared: as before
    assert brief_process.report_command(Path("p"), Path("o.pdf"), "", None, "a4", "an2")[-1] == "--view=an2"
    asked = _stand_in(monkeypatch, sys.executable, "-c", "import sys; print('pages 1'); "
                      "open(sys.argv[1], 'wb').write(b'%PDF-1.4')")
    monkeypatch.setattr(type(controller), "view", property(lambda _self: "group"))
    actions = window.brief_actions
    with qtbot.waitSignal(actions.briefWritten, timeout=CHILD_TIMEOUT_MS):
        assert actions.export_brief(tmp_path / "group.pdf")
    assert asked and asked[0][-1] == "--view=group"
