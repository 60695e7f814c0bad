"""Main window: the error funnel, start-up (a corrupt start file, an unusable home folder, --read-only) and About."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from counterweight import __version__
from counterweight.domain.errors import InvalidInputError
from counterweight.services import workspace
from counterweight.ui.dialogs.about_dialog import AboutDialog
from counterweight.ui.dialogs.error_dialog import ErrorReportDialog
from counterweight.ui.main_window import MainWindow
from tests.ui.test_main_window import _isolated_home  # noqa: F401  (autouse: a home of its own)

pytestmark = pytest.mark.qt


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Record every QMessageBox shown with exec() instead of blocking."""
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_about_dialog_states_version_and_offline(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts and "PySide6" in texts and "Qt" in texts
    assert "offline" in texts.lower()


# ---------------------------------------------------------------- error funnel
def test_unexpected_error_goes_to_report_dialog(qtbot, monkeypatch) -> None:
    from counterweight.ui.app import ErrorFunnel

    reports: list[str] = []
    monkeypatch.setattr(ErrorReportDialog, "exec", lambda self: reports.append(self.report()) or 0)
    funnel = ErrorFunnel()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        funnel.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: len(reports) == 1)
    assert "RuntimeError: boom in a slot" in reports[0]
    assert f"Counterweight: {__version__}" in reports[0]


def test_expected_error_goes_to_plain_message(qtbot, message_boxes) -> None:
    from counterweight.ui.app import ErrorFunnel

    funnel = ErrorFunnel()
    funnel.excepthook(InvalidInputError, InvalidInputError("Score of Alpha: must be a number"), None)
    qtbot.waitUntil(lambda: len(message_boxes) == 1)
    assert message_boxes[0].text() == "Score of Alpha: must be a number"
    assert not message_boxes[0].detailedText()  # no traceback for expected errors


def test_install_excepthook_returns_previous_hooks() -> None:
    import threading

    from counterweight.ui.app import ErrorFunnel, install_excepthook

    before = (sys.excepthook, threading.excepthook)
    funnel = ErrorFunnel()
    old = install_excepthook(funnel)
    try:
        assert sys.excepthook == funnel.excepthook
        assert threading.excepthook == funnel.thread_excepthook
    finally:
        sys.excepthook, threading.excepthook = old
    assert (sys.excepthook, threading.excepthook) == before


# ---------------------------------------------------------------- start-up
def test_run_gui_falls_back_to_example_when_start_file_is_corrupt(qtbot, tmp_path, message_boxes) -> None:
    from counterweight.ui.app import run_gui

    corrupt = tmp_path / "broken.counterweight"
    corrupt.write_bytes(b"\x00this is not a database" * 20)
    hook = sys.excepthook
    from counterweight import bulk

    frozen_while_running: list[bool] = []
    QTimer.singleShot(0, lambda: (frozen_while_running.append(bulk._settle_soon is not None), QApplication.quit()))
    code = run_gui(["counterweight"], str(corrupt))
    assert code == 0
    assert sys.excepthook is hook  # restored after the loop ends
    assert frozen_while_running == [True]  # issue 6: bulk work ends with a freeze while the window runs ...
    assert bulk._settle_soon is None and gc.get_freeze_count() == 0  # ... and no longer once it has closed
    assert len(message_boxes) == 1
    shown = message_boxes[0]
    assert "broken.counterweight" in shown.windowTitle()
    assert "example" in shown.text().lower()
    prefs = workspace.load_preferences()
    assert prefs.last_project == str(workspace.default_project_path().resolve())
    assert not QApplication.windowIcon().isNull()


def test_run_gui_explains_an_unusable_home_folder(qtbot, tmp_path, monkeypatch, message_boxes) -> None:
    """A file where the Counterweight folder should be: a plain message naming it, exit 1, no window."""
    from counterweight.ui import app as app_module

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(blocker / "Counterweight"))
    built: list[object] = []
    monkeypatch.setattr(app_module, "MainWindow", lambda *a, **k: built.append(a))
    hook = sys.excepthook
    assert app_module.run_gui(["counterweight"]) == 1
    assert built == []
    assert sys.excepthook is hook
    assert len(message_boxes) == 1
    text = message_boxes[0].text()
    assert str(blocker / "Counterweight") in text
    assert "COUNTERWEIGHT_HOME" in text
    assert message_boxes[0].icon() == QMessageBox.Icon.Critical


def test_run_gui_read_only_flag(qtbot, small_session, tmp_path, monkeypatch) -> None:
    from counterweight.ui import app as app_module

    path = small_session.path
    small_session.close()
    seen: dict[str, object] = {}
    real_open = app_module.MainWindow.show

    def spy_show(win: MainWindow) -> None:
        seen["read_only"] = win.controller.read_only
        seen["banner"] = win.banners.read_only_banner.text()
        real_open(win)

    monkeypatch.setattr(app_module.MainWindow, "show", spy_show)
    QTimer.singleShot(0, QApplication.quit)
    assert app_module.run_gui(["counterweight", "--read-only"], str(path)) == 0
    assert seen["read_only"] is True
    assert "--read-only" in str(seen["banner"])


def test_about_names_the_licences_of_a_packaged_build(qtbot, tmp_path, monkeypatch):  # issue 6
    import sys

    from PySide6.QtWidgets import QLabel

    from counterweight.ui.dialogs.about_dialog import AboutDialog

    dev = AboutDialog()
    qtbot.addWidget(dev)
    assert "installed with the packaged application" in dev.findChild(QLabel, "licencesLabel").text()
    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "README.txt").write_text("index", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    frozen = AboutDialog()
    qtbot.addWidget(frozen)
    assert str(tmp_path / "licenses" / "README.txt") in frozen.findChild(QLabel, "licencesLabel").text()
