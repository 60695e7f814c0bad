"""Fixtures for GUI tests: a session controller on a fresh project in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from counterweight.services import exchange  # noqa: E402
from counterweight.services.session import ProjectSession  # noqa: E402
from counterweight.locations import example_decision_path  # noqa: E402
from tests.factories import small_decision  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402


def controller_on(path: Path, decision):
    """Yield a controller on a new project at ``path`` holding ``decision``, then close it.

    For fixtures: ``yield from controller_on(tmp_path / "x.counterweight", decision)``.
    """
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(ProjectSession.create(path, decision))
    yield controller
    controller.undo_stack.clear()
    controller.close_session()


def shown(qtbot, widget, width: int, height: int):
    """``widget`` at ``width`` x ``height``, shown and exposed (closed after the test)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(autouse=True)
def _briefs_in_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Export brief writes in the window, as Print does (QA 27: the app runs a child process).

    Many tests replace the in-window steps, and a child costs a Python and Qt start; the
    child process is covered by test_brief_process.py, which turns it back on.
    """
    from counterweight.ui.brief_actions import BriefActions

    monkeypatch.setattr(BriefActions, "in_child", False)


@pytest.fixture
def small_session(tmp_path: Path):
    session = ProjectSession.create(tmp_path / "small.counterweight", small_decision())
    yield session
    session.close()


@pytest.fixture
def controller(qtbot, small_session):
    from counterweight.ui.session_controller import SessionController

    ctl = SessionController(small_session)
    yield ctl
    ctl.undo_stack.clear()


@pytest.fixture
def example_session(tmp_path: Path):
    decision = exchange.read_file(example_decision_path())
    session = ProjectSession.create(tmp_path / "example.counterweight", decision)
    yield session
    session.close()


@pytest.fixture
def window(qtbot, controller, tmp_path: Path):
    """The main window on ``controller`` (the small decision), with its own settings file."""
    from PySide6.QtCore import QSettings

    from counterweight.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    controller.close_session()  # the project the test switched to, if any


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Every QMessageBox shown with exec(), answered with Ok instead of blocking (files may define their own)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def use_palette(qapp):
    """Set the application palette for one test (call it with a QPalette); the original comes back afterwards,
    with the theme's class palettes, so no palette leaks into other tests."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from counterweight.ui import theme

    original = QPalette(qapp.palette())
    yield qapp.setPalette
    qapp.setPalette(original)
    theme.apply_class_palettes(qapp.palette(), theme.current())
    QApplication.processEvents()
