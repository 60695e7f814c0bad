"""A full session in the desktop window never tries to reach the network.

The autouse ``network_guard`` of ``tests/conftest.py`` refuses every Python
socket connection and name look-up during the test and records each attempt; this
test drives the window through a working session on the shipped example (every
analysis tab, the history dock, an uncertainty run to the end, a PDF brief, the
source library, the method settings, the analysts and the user guide) and then
checks that nothing was recorded. Qt's own network classes do not go through
Python's ``socket`` module, so the test also checks that no code loaded the
QtNetwork (or a web engine) binding at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QLabel

pytestmark = pytest.mark.qt
RUN_TIMEOUT_MS = 120_000
NETWORK_BINDINGS = ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
                    "PySide6.QtWebSockets", "PySide6.QtHttpServer")


@pytest.fixture
def window(qtbot, example_session, tmp_path: Path):
    controller = SessionController(example_session)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    panel = win.analysis_tabs.uncertainty_panel
    if getattr(panel, "worker", None) is not None:  # never leave a run behind on the shared pool
        panel.worker.cancel()
        panel.worker.wait(30)
    controller.undo_stack.clear()


def _close(qtbot, dialog: QDialog) -> None:
    qtbot.waitExposed(dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_whole_session_stays_offline(window: MainWindow, qtbot, tmp_path: Path, monkeypatch,
                                       network_guard) -> None:
    tabs = window.analysis_tabs
    for index in range(tabs.count()):  # every analysis tab, building the lazy panels
        window.analysis_tabs.tab_actions[index].trigger()
        assert tabs.currentIndex() == index
        page = tabs.page(index)
        built = getattr(page, "panel", page)
        assert built is not None and not isinstance(built, QLabel), tabs.tabText(index)
    docks = window.findChildren(QDockWidget)
    assert docks
    for dock in docks:
        dock.toggleViewAction().trigger()
        qtbot.waitUntil(dock.isVisible)

    panel = tabs.uncertainty_panel
    tabs.show_panel(panel)
    with qtbot.waitSignal(panel.runFinished, timeout=RUN_TIMEOUT_MS) as finished:
        assert panel.run() is not None
    assert finished.args[0] is not None and panel.first_rank()

    out = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(out), "PDF (*.pdf)")))
    with qtbot.waitSignal(window.brief_actions.briefWritten, timeout=RUN_TIMEOUT_MS) as written:
        window.brief_actions.export_brief_action.trigger()
    assert written.args == [str(out)] and out.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not window.brief_actions.is_busy())

    window.source_library_action.trigger()
    assert window.sources_dialog is not None
    _close(qtbot, window.sources_dialog)
    tabs.show_tab(0)
    window.ranking_panel.settings_button.click()
    settings_dialog = window.findChild(QDialog, "methodSettingsDialog")
    assert settings_dialog is not None
    _close(qtbot, settings_dialog)
    window.analysts_action.trigger()
    _close(qtbot, window.analysts_dialog)
    window.help_actions.action.trigger()
    _close(qtbot, window.help_actions.dialog)

    assert network_guard.attempts == []
    assert [name for name in NETWORK_BINDINGS if name in sys.modules] == []
