"""The window on a full disk, and a signal while a start-up box is open (QA pass 28, items 4, 9 and 11)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from counterweight.services import workspace
from counterweight.services.session import ProjectSession
from counterweight.storage import rows
from counterweight.ui import file_actions as file_actions_module
from counterweight.ui.termination import QuitOnSignal
from tests.factories import small_decision
from tests.storage.test_workstation_trouble import disk_full


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new project fails as it does when the disk is full (SQLITE_FULL while it is written)."""
    def full(*_args: object, **_kwargs: object) -> None:
        raise disk_full()

    monkeypatch.setattr(rows, "write_changes", full)


def test_new_project_on_a_full_disk_is_a_user_error(window, controller, tmp_path: Path, full_disk,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(file_actions_module, "show_user_error", lambda _parent, exc, title: said.append(
        f"{title}: {exc.message}"))
    target = tmp_path / "new.counterweight"
    monkeypatch.setattr(window.file_actions, "save_target", lambda *_args: target)
    before = controller.path
    window.file_actions.new_project()
    assert said == ["Could not create new.counterweight: "
                    "Cannot create \u201cnew.counterweight\u201d: database or disk is full."]
    assert controller.path == before and not target.exists()


def test_startup_when_not_even_the_example_can_be_created(window, tmp_path: Path, full_disk,
                                                          message_boxes) -> None:
    """The start-up example on a full disk raised a raw sqlite3 error out of the fallback."""
    corrupt = tmp_path / "corrupt.counterweight"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    workspace.remember_project(corrupt)
    assert window.file_actions.open_startup() is False  # run_gui then says that no project could be opened, and why
    assert window.file_actions.startup_problem.endswith("North Korean troops.counterweight\u201d: database or disk is full.")
    assert len(message_boxes) == 1 and "corrupt.counterweight" in message_boxes[0].windowTitle()
    assert not workspace.default_project_path().exists()


def test_a_signal_while_a_startup_box_is_open_closes_it(qtbot) -> None:
    """Before the window's event loop runs, quit() cannot end the box's own loop: the box must be closed."""
    quits: list[bool] = []
    quitter = QuitOnSignal(lambda: quits.append(True), lambda: True)  # the window is not shown yet
    box = QMessageBox(QMessageBox.Icon.Warning, "Could not open proj.counterweight", "The disk is full.")
    waited_out: list[bool] = []

    def signal_arrives() -> None:  # what the handler and its queued slot do
        quitter.requests += 1
        quitter._act()

    QTimer.singleShot(100, signal_arrives)
    QTimer.singleShot(5000, lambda: (waited_out.append(True), box.done(99)))
    started = time.monotonic()
    try:
        result = box.exec()
        assert not waited_out and result != 99, "the box stayed open after the signal"
        assert quits == [True] and time.monotonic() - started < 4
        later = QMessageBox(QMessageBox.Icon.Warning, "A second box", "Shown while stopping.")
        QTimer.singleShot(3000, lambda: (waited_out.append(True), later.done(99)))
        later.exec()
        assert not waited_out, "a box shown while stopping stayed open"
    finally:
        quitter.uninstall()


def test_a_failed_backup_on_closing_a_project_for_another_is_said(window, controller, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """QA 28 item 11: the backup made when a changed project is closed failed with a log line only."""
    import errno

    from counterweight.services.edits import SetWeight
    from counterweight.storage import backups as stored_backups

    other = tmp_path / "other.counterweight"
    ProjectSession.create(other, small_decision()).close()
    said: list[str] = []
    controller.errorRaised.connect(said.append)
    first = controller.path
    criterion = next(c for c in controller.decision.criteria if c.parent_id is None)
    assert controller.submit(SetWeight(criterion_id=criterion.id, weight=12)) is None

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(stored_backups, "make_automatic_backup", full)
    assert window.file_actions.open_path(other)
    assert any(text.startswith(f"No automatic backup could be made of {first.name} when it was closed: "
                               "No space left on device") for text in said), said


def test_a_new_project_with_a_long_file_name_is_created(window, controller, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """QA 28 item 8: a name of more than 200 characters (a title's most) ended in "Something went wrong"."""
    target = tmp_path / ("d" * 233 + ".counterweight")  # 247 bytes: the longest with the side files
    monkeypatch.setattr(window.file_actions, "save_target", lambda *_args: target)
    window.file_actions.new_project()
    assert controller.path == target and controller.decision.title == "d" * 200
