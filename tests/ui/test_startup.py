"""The start-up window: on screen before the heavy imports, replaced by the main window.

See :mod:`counterweight.ui.startup`. The timing itself is measured by
``benchmarks/bench_shipping.py``, never asserted here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from counterweight.services import workspace
from counterweight.ui import startup
from tests.cli.conftest import subprocess_env

#: Imported only once the start-up window is on screen.
HEAVY = ("pydantic", "numpy", "sqlite_utils", "counterweight.domain", "counterweight.engine",
         "counterweight.services", "counterweight.storage", "counterweight.ui.main_window")

_SHELL_ONLY = """
import sys
from counterweight.ui import startup
startup.prepare_application(["counterweight"])
shell = startup.make_shell(None)
shell.show()
startup.wait_for_first_paint(shell)
print("LOADED", " ".join(sorted(m for m in sys.modules if sys.modules[m] is not None)))
"""


def test_start_up_window_paints_without_the_heavy_imports(tmp_path: Path) -> None:
    env = subprocess_env()
    env.update({"QT_QPA_PLATFORM": "offscreen", "COUNTERWEIGHT_HOME": str(tmp_path / "cw-home")})
    proc = subprocess.run([sys.executable, "-c", _SHELL_ONLY], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120, cwd=os.fspath(tmp_path))
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = proc.stdout.split("LOADED", 1)[1].split()
    assert "PySide6.QtWidgets" in loaded
    early = [m for m in loaded if m.startswith(HEAVY)]
    assert early == [], f"imported before the start-up window painted: {early}"
    assert not (tmp_path / "cw-home").exists()  # nothing written just to show the window


_FULL_START = """
import sys
from counterweight.__main__ import main
sys.exit(main([]))
"""


def test_start_up_window_comes_first_then_the_main_window(tmp_path: Path) -> None:
    env = subprocess_env()
    env.update({"QT_QPA_PLATFORM": "offscreen", "COUNTERWEIGHT_HOME": str(tmp_path / "home"),
                startup.FIRST_PAINT_ENV: "1"})  # report both paints, quit after the main window's
    env.pop("COUNTERWEIGHT_SMOKE_TEST", None)
    proc = subprocess.run([sys.executable, "-c", _FULL_START], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=180, cwd=os.fspath(tmp_path))
    assert proc.returncode == 0, proc.stderr[-2000:]
    marks = [line.split() for line in proc.stdout.splitlines() if line.startswith(("shell-paint", "first-paint"))]
    assert [m[0] for m in marks] == ["shell-paint", "first-paint"], proc.stdout
    assert float(marks[0][2]) < float(marks[1][2])  # the same monotonic clock


def _labels(shell: QWidget) -> list[str]:
    return [label.text() for label in shell.findChildren(QLabel) if label.text()]


def test_shell_names_the_file_being_opened(qtbot) -> None:
    shell = startup.make_shell(str(Path("somewhere") / "Budget review.counterweight"))
    qtbot.addWidget(shell)
    assert shell.objectName() == "startupShell"
    assert shell.windowTitle() == "Counterweight"
    assert shell.accessibleName()
    assert "Opening Budget review.counterweight\u2026" in _labels(shell)
    assert "somewhere" not in " ".join(_labels(shell))


def test_shell_without_a_file_and_without_saved_geometry_takes_the_default_size(qtbot) -> None:
    shell = startup.make_shell(None)
    qtbot.addWidget(shell)
    assert "Opening your decision\u2026" in _labels(shell)
    expected = startup.default_window_size(shell.screen().availableGeometry().size())
    assert shell.size() == expected


def test_default_window_size_fills_most_of_the_screen_up_to_a_limit() -> None:
    assert startup.default_window_size(QSize(1000, 800)) == QSize(950, 736)
    assert startup.default_window_size(QSize(3840, 2160)) == QSize(1680, 1000)


def test_shell_takes_the_geometry_the_main_window_saved(qtbot) -> None:
    placed = QWidget()
    qtbot.addWidget(placed)
    placed.setGeometry(QRect(QPoint(40, 30), QSize(700, 500)))
    settings = startup.window_settings()
    settings.setValue(startup.GEOMETRY_KEY, placed.saveGeometry())
    settings.sync()
    shell = startup.make_shell(None)
    qtbot.addWidget(shell)
    assert shell.size() == QSize(700, 500)
    assert shell.geometry().topLeft() == placed.geometry().topLeft()


def test_shell_survives_a_damaged_settings_file(qtbot) -> None:
    path = startup.window_settings().fileName()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(b"[window]\ngeometry=@ByteArray(\\x01\\x02garbage)\n\x00\xff")
    shell = startup.make_shell(None)
    qtbot.addWidget(shell)
    assert shell.size() == startup.default_window_size(shell.screen().availableGeometry().size())


def _worker(seconds: float) -> threading.Thread:
    done = threading.Event()
    thread = threading.Thread(target=done.wait, args=(seconds,), daemon=True)
    thread.start()
    return thread


def test_shell_stays_responsive_while_the_worker_runs(qtbot) -> None:
    shell = startup.make_shell(None)
    qtbot.addWidget(shell)
    shell.show()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    # 1 s at 10 ms a tick: at least 5 ticks even if one long pause (a full collection of the
    # test run's heap) holds the loop for a while; a blocking wait gives none
    worker = _worker(1.0)
    assert startup.wait_showing(shell, worker)
    timer.stop()
    assert not worker.is_alive()
    assert len(ticks) >= 5  # events kept flowing while waiting


def test_closing_the_shell_while_loading_means_no_main_window(qtbot) -> None:
    shell = startup.make_shell(None)
    qtbot.addWidget(shell)
    shell.show()
    QTimer.singleShot(50, shell.close)
    assert not startup.wait_showing(shell, _worker(0.4))


def test_preload_imports_the_qt_free_layers() -> None:
    startup.start_preload().join(timeout=120)
    for name in startup.PRELOAD_MODULES:
        assert name in sys.modules


def test_run_gui_puts_the_main_window_in_the_shells_place_and_closes_it(qtbot, monkeypatch) -> None:
    from counterweight.ui import app as app_module

    shell = startup.make_shell(None)  # not given to qtbot: run_gui deletes it
    shell.move(123, 77)
    shell.show()
    seen: dict[str, object] = {}
    poll = QTimer()

    def quit_once_the_shell_is_gone() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        if (window is None or shell.isVisible()) and not give_up.hasExpired(10_000):
            return
        poll.stop()  # one quit only: a second one would stop every later event loop at once
        seen["pos"], seen["window visible"] = window.pos(), window.isVisible()
        seen["shell visible"] = shell.isVisible()
        QApplication.quit()

    monkeypatch.setattr(app_module, "settle_heap_after_opens", lambda controller: None)
    give_up = QElapsedTimer()
    give_up.start()
    poll.timeout.connect(quit_once_the_shell_is_gone)
    poll.start(20)
    app = QApplication.instance()
    app.setQuitOnLastWindowClosed(False)  # deleting the shown window after the loop would stop later loops
    try:
        assert app_module.run_gui(["counterweight"], shell=shell) == 0
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        app.setQuitOnLastWindowClosed(True)
    assert seen["window visible"] is True
    assert seen["shell visible"] is False
    assert seen["pos"] == QPoint(123, 77)
    assert workspace.load_preferences().last_project  # the example opened


def test_a_start_up_failure_closes_the_shell_before_saying_why(qtbot, tmp_path, monkeypatch) -> None:
    from counterweight.ui import app as app_module

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(blocker / "Counterweight"))
    shell = startup.make_shell(None)  # not given to qtbot: run_gui deletes it
    shell.show()
    hidden: list[bool] = []
    monkeypatch.setattr(app_module, "show_startup_failure", lambda text: hidden.append(not shell.isVisible()))
    assert app_module.run_gui(["counterweight"], shell=shell) == 1
    assert hidden == [True]


def test_closing_the_shell_while_the_main_window_is_built_ends_the_start(qtbot, monkeypatch) -> None:
    from counterweight.ui import app as app_module

    shell = startup.make_shell(None)  # not given to qtbot: run_gui deletes it
    shell.show()
    shown: list[bool] = []
    monkeypatch.setattr(app_module.MainWindow, "show", lambda window: shown.append(True))
    def open_then_user_closes(actions, path=None):  # noqa: ANN001, ANN202
        opened = original(actions, path)
        shell.close()  # as if the user closed the start-up window while this ran
        return opened

    from counterweight.ui.file_actions import FileActions
    original = FileActions.open_startup
    monkeypatch.setattr(FileActions, "open_startup", open_then_user_closes)
    guard = QTimer()  # without the cancellation the loop would run on: end it, and fail below
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.quit)
    guard.start(5000)
    try:
        assert app_module.run_gui(["counterweight"], shell=shell) == 0
    finally:
        guard.stop()
    assert shown == []


def test_the_program_closing_the_shell_is_not_a_cancellation(qtbot) -> None:
    shell = startup.make_shell(None)
    qtbot.addWidget(shell)
    shell.show()
    startup.close_shell(shell)
    assert not shell.isVisible()
    assert not startup.start_cancelled(shell)
    other = startup.make_shell(None)
    qtbot.addWidget(other)
    other.show()
    other.close()
    assert startup.start_cancelled(other)
