"""The window follows a project file renamed or moved while open (QA pass 24, item 7).

Before, every change after the rename was refused with the red banner ("deleted, moved
or replaced"), and the title, the status bar's path and the recent files kept the old
name. Now the change is saved, the window names the new file, and an amber banner
says once what happened.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QStyle

from counterweight.services import workspace
from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from counterweight.storage.locking import ProjectLock

pytestmark = [pytest.mark.qt,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names found through /proc/self/fd")]

SHOTS = os.environ.get("COUNTERWEIGHT_SHOTS")  # a folder to save the window's picture in, when set


def _weights(path: Path) -> tuple[float, float]:
    with ProjectSession.open(path, read_only=True) as session:
        return session.decision.criterion("effect").weight, session.decision.criterion("harm").weight


@pytest.fixture
def big_window(window):  # noqa: ANN001, ANN201
    window.resize(1366, 768)
    QApplication.processEvents()
    return window


def test_a_renamed_file_is_saved_under_its_new_name_and_the_window_says_so(big_window, controller, tmp_path) -> None:
    window = big_window
    start = controller.path
    workspace.remember_project(start)
    new = tmp_path / "renamed.counterweight"
    os.rename(start, new)
    assert controller.submit(SetWeight("effect", 5)) is None  # saved, not refused
    assert controller.path == new and _weights(new) == (5, 1)
    assert "renamed.counterweight" in window.windowTitle() and "small.counterweight" not in window.windowTitle()
    assert window.path_label.text() == str(new)
    banner = window.banners.moved_banner
    assert banner.isVisible() and not window.banners.message_banner.isVisible()
    assert banner.text() == "The project file was renamed to \u201crenamed.counterweight\u201d; Counterweight saves there now."
    assert banner.icon_kind == QStyle.StandardPixmap.SP_MessageBoxInformation  # nothing is wrong: not a warning
    prefs = workspace.load_preferences()
    assert prefs.recent_files[0] == str(new.resolve()) and prefs.last_project == str(new.resolve())
    assert str(start.resolve()) not in prefs.recent_files
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "renamed_1366.png"))
    banner.dismiss()
    assert controller.submit(SetWeight("harm", 4)) is None
    assert not banner.isVisible()  # said once
    assert _weights(new) == (5, 4)


def test_a_move_to_another_folder_names_the_whole_path(big_window, controller, tmp_path) -> None:
    new = tmp_path / "archive" / "kept.counterweight"
    new.parent.mkdir()
    os.rename(controller.path, new)
    assert controller.submit(SetWeight("effect", 5)) is None
    assert big_window.banners.moved_banner.text() == (
        f"The project file was moved to \u201c{new}\u201d; Counterweight saves there now.")
    assert big_window.path_label.text() == str(new)


def test_coming_back_to_the_window_follows_the_file_without_a_change(big_window, controller, tmp_path) -> None:
    new = tmp_path / "renamed.counterweight"
    os.rename(controller.path, new)
    QApplication.sendEvent(big_window, QEvent(QEvent.Type.WindowActivate))  # back from the file manager
    assert controller.path == new and "renamed.counterweight" in big_window.windowTitle()
    assert big_window.banners.moved_banner.isVisible()
    assert controller.undo_stack.count() == 0


def test_a_new_name_open_in_another_window_is_refused_then_followed_once_it_is_free(
        big_window, controller, tmp_path) -> None:
    window = big_window
    start = controller.path
    new = tmp_path / "renamed.counterweight"
    os.rename(start, new)
    other = ProjectLock(new)  # another Counterweight window has the file open under its new name
    assert other.try_acquire() is None
    try:
        said = controller.submit(SetWeight("effect", 5))
        assert said is not None and "open under that name in another Counterweight window" in said
        assert window.banners.message_banner.isVisible() and not window.banners.moved_banner.isVisible()
        assert controller.path == start and controller.unsaved_count == 1
        if SHOTS:
            window.grab().save(str(Path(SHOTS) / "renamed_refused_1366.png"))
    finally:
        other.release()
    window.banners.try_again_button.click()  # that window closed
    assert controller.unsaved_count == 0 and controller.path == new and _weights(new) == (5, 1)
    assert window.banners.moved_banner.isVisible() and not window.banners.message_banner.isVisible()


def test_a_file_that_will_not_open_for_writing_there_is_not_said_to_be_saved_there(
        big_window, controller, tmp_path, monkeypatch) -> None:
    import sqlite3

    from counterweight.storage import sqlite_io

    def refuse(_path, **_kw):  # noqa: ANN001, ANN202
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite_io, "connect_writable", refuse)
    new = tmp_path / "renamed.counterweight"
    os.rename(controller.path, new)
    said = controller.submit(SetWeight("effect", 5))
    assert said is not None and "could not be opened there for writing" in said
    banners = big_window.banners
    assert not banners.moved_banner.isVisible() and banners.message_banner.isVisible()
    assert banners.read_only_banner.isVisible() and "renamed.counterweight" in banners.read_only_banner.text()
    assert "(read-only)" in big_window.windowTitle() and "renamed.counterweight" in big_window.windowTitle()
