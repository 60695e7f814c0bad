"""A window showing an older file read-only, upgraded in memory, follows the other window's saves (h28d).

The follower watched the change counter of the copy in memory, which never moved: the
window kept showing the file as it was when opened. It now sees the file's saves, as
for a file in the current format.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from counterweight.storage.locking import ProjectLock

pytestmark = pytest.mark.qt

FIXTURE_V2 = Path(__file__).parents[1] / "storage" / "fixtures" / "v2_example.counterweight"
WAIT_MS = 8000  # a few polls: the read runs on a worker, and the host may be busy


def test_an_older_file_held_by_another_window_is_followed(qtbot, window, controller, tmp_path: Path) -> None:
    path = tmp_path / "flood.counterweight"
    shutil.copyfile(FIXTURE_V2, path)
    lock = ProjectLock(path)  # the other window: an older Counterweight, which leaves the file as it is
    assert lock.try_acquire() is None
    try:
        assert window.file_actions.open_path(path)
        assert controller.read_only
        assert window.file_follower.timer.isActive()
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("UPDATE options SET name = 'Raised sea wall' WHERE id = 'wall'")
            conn.commit()
        finally:
            conn.close()
        qtbot.waitUntil(lambda: controller.decision.option("wall").name == "Raised sea wall", timeout=WAIT_MS)
        assert window.statusBar().currentMessage() == "Updated with the changes saved in the other window."
        assert controller.read_only
    finally:
        controller.close_session()
        lock.release()
