"""Changes the project file refused are never dropped without a word (QA pass 24, items 1, 2 and 4).

The QA's steps: a project is open, a change is saved, then the file is moved away in a
shell (``mv``), so the next two changes are refused ("deleted, moved or replaced") and
wait under the red banner's "Try again (2 changes)".

* Save As, which the banner recommends, wrote the copy without them and dropped them.
* Quit, closing the window, Open, New, Open Recent and Restore from backup dropped them
  without a question.
* Ctrl+S said "All changes are already saved automatically".

Here a rename is not followed: the tests stand in for a system where the file's new name
cannot be found (on Linux and macOS it is followed since, tests/services/test_file_renamed.py).

The question box is answered as a user would, by clicking one of its buttons, from a
stand-in for ``QMessageBox.open`` (the box is window-modal and not exec()'d).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from counterweight.domain import Score
from counterweight.services import workspace
from counterweight.services.edits import SetScore, SetWeight
from counterweight.services.session import ProjectSession
from counterweight.storage import open_names, sqlite_io
from tests.factories import small_decision

pytestmark = pytest.mark.qt

Button = QMessageBox.StandardButton
BOX_NAME = "refusedChangesBox"  # the question's object name (counterweight.ui.refused_changes.BOX_NAME)


@pytest.fixture(autouse=True)
def renames_not_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    """As where the new name of a renamed file cannot be found: the rename is refused like a deletion."""
    monkeypatch.setattr(open_names, "open_file_name", lambda _device, _inode: None)


class Answers:
    """The question's answer (a button, clicked) and what it said each time it was asked."""

    def __init__(self) -> None:
        self.button: Button | None = None
        self.asked: list[str] = []


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()
    real_open = QMessageBox.open

    def open_box(box: QMessageBox) -> None:
        if box.objectName() != BOX_NAME:
            real_open(box)
            return
        answers.asked.append(f"{box.text()}\n{box.informativeText()}")
        assert box.defaultButton() is box.button(Button.Save)  # Save As… is the default
        if answers.button is None:
            pytest.fail(f"not expected to be asked: {box.text()}")
        box.button(answers.button).click()

    monkeypatch.setattr(QMessageBox, "open", open_box)
    return answers


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Queue the files the save dialogs answer with."""
    answers: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(answers.pop(0)), ""))
    return answers


@pytest.fixture
def other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Another project: the one File > Open chooses and the only recent file."""
    path = tmp_path / "other.counterweight"
    ProjectSession.create(path, small_decision()).close()
    workspace.remember_project(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    return path


def _saved(path: Path) -> tuple[float, float, float]:
    """(effect weight, harm weight, Alpha x Effect score) as the file at ``path`` holds them."""
    with ProjectSession.open(path, read_only=True) as session:
        d = session.decision
        return d.criterion("effect").weight, d.criterion("harm").weight, d.score("a", "effect").value


def _shown(controller) -> tuple[float, float, float]:  # noqa: ANN001
    d = controller.decision
    return d.criterion("effect").weight, d.criterion("harm").weight, d.score("a", "effect").value


def _refuse_two(controller) -> Path:  # noqa: ANN001
    """The QA's steps: one change saved, the file moved away, two changes refused. Returns where it went."""
    assert controller.submit(SetWeight("effect", 5)) is None
    moved = controller.path.with_name("renamed.counterweight")
    os.rename(controller.path, moved)
    assert "moved" in controller.submit(SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=7)))
    assert controller.submit(SetWeight("harm", 4)) is not None
    assert controller.unsaved_count == 2
    return moved


# ------------------------------------------------------------------ item 1: Save As


def test_save_as_saves_the_refused_changes_in_the_copy_and_says_so(window, controller, tmp_path, save_dialog) -> None:
    moved = _refuse_two(controller)
    banner, button = window.banners.message_banner, window.banners.try_again_button
    assert banner.isVisible() and "2" in button.text()
    target = tmp_path / "kept.counterweight"
    save_dialog.append(target)
    window.file_actions.save_as_action.trigger()
    assert controller.path == target and controller.unsaved_count == 0
    assert _saved(target) == (5, 4, 7)  # both refused changes are in the copy
    assert _shown(controller) == (5, 4, 7)
    assert _saved(moved) == (5, 1, 2)  # the old file is left as it last accepted changes
    said = window.statusBar().currentMessage()
    assert "with the 2 changes the old file refused" in said and "kept.counterweight" in said
    assert not banner.isVisible() and not button.isVisible()
    assert controller.undo_stack.isClean() and not window.isWindowModified()

    # Undo: the two changes saved again are the newest steps; then the step saved before the trouble.
    assert controller.undo_stack.undoText() == "Change weight"
    controller.undo_stack.undo()
    assert _saved(target) == (5, 1, 7) and window.isWindowModified()
    controller.undo_stack.undo()
    assert _saved(target) == (5, 1, 2)
    controller.undo_stack.undo()
    assert _saved(target) == (3, 1, 2) and not controller.undo_stack.canUndo()
    controller.undo_stack.redo()
    assert _saved(target) == (5, 1, 2)
    assert _saved(moved) == (5, 1, 2)  # every undo and redo went to the copy


def test_a_copy_that_refuses_them_too_keeps_them_waiting_with_the_banner(window, controller, tmp_path, save_dialog,
                                                                        monkeypatch) -> None:
    monkeypatch.setattr(sqlite_io, "WRITE_WAIT_MS", 20)  # refused quickly
    _refuse_two(controller)
    target = tmp_path / "busy.counterweight"
    lockers: list[sqlite3.Connection] = []
    copy = ProjectSession.save_as

    def copy_then_busy(session: ProjectSession, path: Path) -> None:  # another program writes the copy at once
        copy(session, path)
        lockers.append(sqlite3.connect(path, isolation_level=None))
        lockers[0].execute("BEGIN IMMEDIATE")

    monkeypatch.setattr(ProjectSession, "save_as", copy_then_busy)
    save_dialog.append(target)
    try:
        window.file_actions.save_as_action.trigger()
        assert controller.path == target and controller.unsaved_count == 2
        assert "could not be saved in it either" in window.statusBar().currentMessage()
        banner, button = window.banners.message_banner, window.banners.try_again_button
        assert banner.isVisible() and "another program" in banner.text() and "2" in button.text()
        lockers[0].execute("ROLLBACK")
        button.click()
        assert controller.unsaved_count == 0 and _saved(target) == (5, 4, 7)
    finally:
        for conn in lockers:
            conn.close()


# ------------------------------------------------------------------ item 2: leaving the project


def _leave(window, how: str) -> None:  # noqa: ANN001
    files = window.file_actions
    if how == "quit":
        files.quit_action.trigger()
    elif how == "close":
        window.close()
    elif how == "open":
        files.open_action.trigger()
    elif how == "new":
        files.new_action.trigger()
    elif how == "recent":
        files.recent_menu.rebuild()
        files.recent_menu.findChild(type(files.open_action), "recentFile1").trigger()
    elif how == "restore":
        files.backups.restore_action.trigger()


LEAVING = ["quit", "close", "open", "new", "recent", "restore"]


@pytest.fixture
def restore_list(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records that the backup list was shown (and closes it without restoring)."""
    from counterweight.ui.dialogs.restore_dialog import BackupListDialog

    shown: list[str] = []
    monkeypatch.setattr(BackupListDialog, "exec", lambda _d: shown.append("list") or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: shown.append("no backup yet"))
    return shown


def _went_on(how: str, window, controller, start: Path, other: Path, fresh: Path, restore_list) -> bool:  # noqa: ANN001
    """Whether the action went ahead (the window is closed again once the close asked about is over)."""
    if how in ("quit", "close"):
        QApplication.processEvents()
        return not window.isVisible()
    if how in ("open", "recent"):
        return controller.path == other
    if how == "new":
        return controller.path == fresh
    return bool(restore_list)


@pytest.mark.parametrize("how", LEAVING)
def test_cancel_keeps_everything_as_it_is(window, controller, answer, other, tmp_path, save_dialog, restore_list,
                                          how) -> None:
    start = controller.path
    _refuse_two(controller)
    answer.button = Button.Cancel
    save_dialog.append(tmp_path / "fresh.counterweight")
    _leave(window, how)
    assert len(answer.asked) == 1
    asked = answer.asked[0]
    assert "2 changes are not saved" in asked and start.name in asked
    assert "Set score: Alpha × Effect" in asked and "Change weight: Civilian harm" in asked  # what would be lost
    assert not _went_on(how, window, controller, start, other, tmp_path / "fresh.counterweight", restore_list)
    assert window.isVisible() and controller.path == start and controller.unsaved_count == 2
    assert window.banners.try_again_button.isVisible()
    answer.button = Button.Discard  # the window closes after the test


@pytest.mark.parametrize("how", LEAVING)
def test_discard_drops_them_and_goes_on(window, controller, answer, other, tmp_path, save_dialog, restore_list,
                                        how) -> None:
    start = controller.path
    moved = _refuse_two(controller)
    answer.button = Button.Discard
    fresh = tmp_path / "fresh.counterweight"
    save_dialog.append(fresh)
    _leave(window, how)
    assert len(answer.asked) == 1
    assert _went_on(how, window, controller, start, other, fresh, restore_list)
    # dropped as the project is replaced; a restore given up in its list replaced nothing: still waiting
    assert controller.unsaved_count == (2 if how in ("quit", "close", "restore") else 0)
    controller.close_session()  # (as the application does after the window closes)
    assert controller.unsaved_count == 0
    assert _saved(moved) == (5, 1, 2)  # as the file last accepted changes


def test_discard_then_cancelling_the_file_dialog_keeps_them_waiting(window, controller, answer, monkeypatch) -> None:
    start = controller.path
    _refuse_two(controller)
    answer.button = Button.Discard
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    window.file_actions.open_action.trigger()
    assert controller.path == start and controller.unsaved_count == 2
    assert window.banners.try_again_button.isVisible()


@pytest.mark.parametrize("how", LEAVING)
def test_save_as_keeps_them_in_a_copy_then_goes_on(window, controller, answer, other, tmp_path, save_dialog,
                                                   restore_list, how) -> None:
    start = controller.path
    _refuse_two(controller)
    answer.button = Button.Save
    copy, fresh = tmp_path / "copy.counterweight", tmp_path / "fresh.counterweight"
    save_dialog.extend([copy, fresh])
    _leave(window, how)
    assert _saved(copy) == (5, 4, 7)
    assert _went_on(how, window, controller, start, other, fresh, restore_list)
    assert controller.unsaved_count == 0


def test_save_as_cancelled_in_its_file_dialog_goes_nowhere(window, controller, answer, monkeypatch) -> None:
    start = controller.path
    _refuse_two(controller)
    answer.button = Button.Save
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    assert not window.close()
    assert window.isVisible() and controller.path == start and controller.unsaved_count == 2
    answer.button = Button.Discard


def test_the_gone_file_is_said_and_where_the_backups_are(window, controller, answer) -> None:
    from counterweight.services.backups import backup_folder

    _refuse_two(controller)
    answer.button = Button.Cancel
    window.close()
    assert "no longer where it was opened" in answer.asked[0] and str(backup_folder()) in answer.asked[0]
    answer.button = Button.Discard


def test_without_refused_changes_nothing_is_asked(window, controller, answer, other) -> None:
    window.file_actions.open_action.trigger()  # the answer fixture fails the test if the question is asked
    assert controller.path == other
    assert window.close()


def test_saving_or_exporting_does_not_ask(window, controller, answer, tmp_path) -> None:
    _refuse_two(controller)
    assert window.file_actions.json_files.export_json(tmp_path / "out.json")
    assert not answer.asked and controller.unsaved_count == 2
    answer.button = Button.Discard


# ------------------------------------------------------------------ item 4: Ctrl+S


def test_ctrl_s_saves_them_again_or_says_they_are_still_refused(window, controller) -> None:
    start = controller.path
    moved = _refuse_two(controller)
    assert not controller.undo_stack.isClean()
    window.file_actions.save_action.trigger()
    said = window.statusBar().currentMessage()
    assert "already saved" not in said
    assert "2 changes are still not saved" in said and "Save As" in said
    assert not controller.undo_stack.isClean() and window.isWindowModified()  # no checkpoint over them
    assert controller.unsaved_count == 2 and window.banners.try_again_button.isVisible()

    os.rename(moved, start)  # the file is back: Ctrl+S saves them, as Try again does
    window.file_actions.save_action.trigger()
    assert "The 2 changes the file refused earlier are saved now" in window.statusBar().currentMessage()
    assert controller.unsaved_count == 0 and _saved(start) == (5, 4, 7)
    assert controller.undo_stack.isClean() and not window.isWindowModified()
