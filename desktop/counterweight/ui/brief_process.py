"""File > Export brief (PDF)… written by a child process: ``counterweight report`` (QA pass 27).

Laying out the brief of a very large project froze the window for up to 16.6 s at a
time, although it ran on a worker thread: PySide holds Python's lock through each long
``QTextDocument`` layout call. And a crash in the report writer took the window down
with it. The window now runs the same program as a child, the way
``counterweight report FILE -o OUT.pdf --force --progress --paper=PAPER`` does from the command line
(``--progress`` makes it print ``progress 0.42`` lines and ``pages N`` for this module),
with ``--view`` naming the view the window shows (h25k: the brief follows it):

* from source, ``[sys.executable, "-m", "counterweight", "report", ...]``, with the
  folder of the running ``counterweight`` package first on ``PYTHONPATH`` so the child
  runs the window's own code; in the PyInstaller bundle, ``[sys.executable, "report", ...]``
  (the console ``counterweight.exe`` when the window runs from ``counterweight-gui.exe``);
* with ``QT_QPA_PLATFORM=offscreen`` (no window flashes) and ``PYTHONIOENCODING=utf-8``
  (the messages it prints name files in any script); everything else is inherited;
* on the project's file as saved: :func:`child_can_write` says when that is the project
  the window shows (no changes the file refused, not open read-only, the file still there).

:class:`BriefProcess` runs one child: ``progress(float)`` follows its lines,
``written(int)`` gives the page count, ``failed(str)`` a message for the window (the
command's own "where: problem" line, or plain words when it crashed), and
``unavailable()`` says it could not be started at all (the caller then writes the brief
in the window, as before). :meth:`BriefProcess.cancel` terminates it (killed after
:data:`GRACE_MS`); :meth:`BriefProcess.stop_now` is for closing the window. Whatever a
stopped child leaves (``OUT.pdf.part`` and its lock) is removed once it has ended
(:func:`counterweight.services.leftovers.tidy_beside`).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal

from counterweight.reports.paper import DEFAULT_PAPER
from counterweight.services.leftovers import tidy_beside

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController

log = logging.getLogger(__name__)

#: How long a terminated child has to end before it is killed (ms).
GRACE_MS = 1000
#: How long closing the window waits for a killed child to end, so its leftovers can be removed (ms).
CLOSE_WAIT_MS = 3000
#: At most this much of the child's error output is kept (its last bytes).
MAX_ERROR_BYTES = 20_000

_PROGRESS = re.compile(r"progress (\d+(?:\.\d+)?)")
_PAGES = re.compile(r"pages (\d+)")
_ERROR = "counterweight: error: "
_INTERNAL = "counterweight: internal error: "


def child_can_write(controller: SessionController) -> bool:
    """Whether the project's file on disk is the project the window shows, so a child can write its brief.

    Not when changes the file refused wait to be saved again, when the project is open
    read-only (another program may be changing the file under it) or when its file is
    no longer where the window has it: the brief is then written in the window.
    """
    if not controller.has_session or controller.read_only or controller.unsaved_count:
        return False
    path = controller.path
    return path is not None and path.is_file()


def _bundled_program() -> str:
    """The bundle's console executable: on Windows the window may run from its windowed twin
    (``counterweight-gui.exe``), which has no standard output; Qt starts a console program
    from a windowed one without a console window."""
    exe = Path(sys.executable)
    console = exe.with_name(exe.name.replace("-gui", "", 1))
    return str(console) if exe.stem.endswith("-gui") and console.is_file() else str(exe)


def report_command(project: Path, target: Path, marking: str, prepared_by: str | None,
                   paper: str = DEFAULT_PAPER, view: str | None = None) -> list[str]:
    """The child's command line: this program's ``report`` on ``project``, writing ``target`` on ``paper``.

    ``view`` is the window's view (``None`` the shared inputs, ``"group"`` or an analyst's id):
    the brief follows it (h25k, ``--view``).
    """
    program = [_bundled_program()] if getattr(sys, "frozen", False) else [sys.executable, "-m", "counterweight"]
    args = ["report", str(project), "-o", str(target), "--force", "--progress", f"--paper={paper}",
            f"--marking={marking}"]
    if prepared_by is not None:
        args.append(f"--prepared-by={prepared_by}")
    if view is not None:
        args.append(f"--view={view}")
    return program + args


def child_environment() -> QProcessEnvironment:
    """The window's environment, drawn off screen, printing UTF-8, and (from source) on the window's code."""
    env = QProcessEnvironment.systemEnvironment()
    env.insert("QT_QPA_PLATFORM", "offscreen")
    env.insert("PYTHONIOENCODING", "utf-8")
    if not getattr(sys, "frozen", False):
        import counterweight

        here = str(Path(counterweight.__file__).resolve().parents[1])
        before = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", here + (os.pathsep + before if before else ""))
    return env


def failure_message(code: int, crashed: bool, errors: str) -> str:
    """The window's message for a child that ended without writing the brief."""
    translate = QCoreApplication.translate
    lines = [line.strip() for line in errors.splitlines() if line.strip()]
    said = [line[len(_ERROR):] for line in lines if line.startswith(_ERROR)]
    if said and not crashed:  # the command's own message, as the window says its own errors
        return said[-1]
    if any(line.startswith(_INTERNAL) for line in lines) or (code == 70 and not crashed):
        log.error("The brief's process stopped with an internal error: %s", "\n".join(lines[-20:]) or "(no output)")
        return translate("BriefProcess", "An unexpected problem stopped the brief. Nothing in the decision was "
                                         "changed and no brief was written; the details were written to the log.")
    if lines:
        log.warning("The brief's process ended (exit status %s%s): %s", code, ", crashed" if crashed else "",
                    "\n".join(lines[-20:]))
    if crashed:
        return translate("BriefProcess", "The brief could not be written: the program writing it stopped "
                                         "unexpectedly. Nothing in the decision was changed and no brief was "
                                         "written; you can try again.")
    return translate("BriefProcess", "The brief could not be written: the program writing it ended with exit "
                                     "status {0}. Nothing in the decision was changed.").format(code)


class BriefProcess(QObject):
    """One ``counterweight report`` child writing ``target``; see the module's notes."""

    progress = Signal(float)
    written = Signal(int)
    failed = Signal(str)
    unavailable = Signal()

    def __init__(self, target: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.command: list[str] = []
        self.cancelled = False
        self._pages: int | None = None
        self._out = b""
        self._errors = b""
        self._ended = False
        self._process = QProcess(self)
        self._process.setProcessEnvironment(child_environment())
        self._process.readyReadStandardOutput.connect(self._read_output)
        self._process.readyReadStandardError.connect(self._read_errors)
        self._process.finished.connect(self._finished)
        self._process.errorOccurred.connect(self._error)
        app = QCoreApplication.instance()
        if app is not None:  # quitting by other ways than the window's close (a signal, the session ending)
            app.aboutToQuit.connect(self.stop_now)

    def start(self, project: Path, marking: str, prepared_by: str | None, paper: str = DEFAULT_PAPER,
              view: str | None = None) -> None:
        """Start the child (returns at once; the outcome comes as a signal)."""
        self.command = report_command(project, self.target, marking, prepared_by, paper, view)
        self._process.start(self.command[0], self.command[1:])
        self._process.closeWriteChannel()

    def cancel(self) -> None:
        """Stop the child: asked first, killed if it has not ended after :data:`GRACE_MS`."""
        if self._ended or self.cancelled:
            return
        self.cancelled = True
        self._process.terminate()
        QTimer.singleShot(GRACE_MS, self, self._kill)

    def stop_now(self) -> None:
        """For closing the window: kill the child, wait for it a moment (not longer than
        :data:`CLOSE_WAIT_MS`) and remove what it left."""
        if self._ended:
            return
        self.cancelled = True
        self._process.kill()
        self._process.waitForFinished(CLOSE_WAIT_MS)  # only at close: the window is going anyway
        if not self._ended and self._process.state() == QProcess.ProcessState.NotRunning:
            self._finish_stopped()

    def _kill(self) -> None:
        if not self._ended and self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()

    def _read_output(self) -> None:
        self._out += bytes(self._process.readAllStandardOutput().data())
        *lines, self._out = self._out.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if (match := _PROGRESS.fullmatch(line)) is not None:
                self.progress.emit(min(1.0, float(match.group(1))))
            elif (match := _PAGES.fullmatch(line)) is not None:
                self._pages = int(match.group(1))

    def _read_errors(self) -> None:
        self._errors = (self._errors + bytes(self._process.readAllStandardError().data()))[-MAX_ERROR_BYTES:]

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._ended:
            self._ended = True
            log.info("The brief's process could not be started (%s); the window writes the brief itself",
                     self._process.errorString())
            self.unavailable.emit()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._ended:
            return
        self._read_output()
        self._read_errors()
        crashed = status == QProcess.ExitStatus.CrashExit
        if not crashed and code == 0 and self._pages is not None and self.target.is_file():
            self._ended = True
            self.written.emit(self._pages)  # it got there before the cancel: the brief is written
            return
        self._finish_stopped(code, crashed)

    def _finish_stopped(self, code: int = -1, crashed: bool = True) -> None:
        self._ended = True
        tidy_beside(self.target)  # a killed child leaves OUT.pdf.part and its lock: dead now, so removed
        if self.cancelled:  # BriefActions says it in the window's language
            self.failed.emit("The brief was cancelled; nothing was written.")
        else:
            self.failed.emit(failure_message(code, crashed, self._errors.decode("utf-8", "replace")))


__all__ = ["CLOSE_WAIT_MS", "GRACE_MS", "BriefProcess", "child_can_write", "child_environment", "failure_message",
           "report_command"]
