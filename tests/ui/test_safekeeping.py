"""QA pass 24 in the window: leftovers of a killed run, backups during a session, undoing a restore.

- Opening a project removes what a Counterweight killed while importing left in its folder.
- A project changed during a long session is backed up again once its newest backup is
  half an hour old (here: the interval set to nothing), without waiting for the close.
- File > Restore from backup… lists the file a restore set aside, so restoring it undoes
  the restore; and each backup says what it holds.
- File > Open backups folder shows the folder in the file manager (a local folder).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

import counterweight
from counterweight.services import backups
from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from counterweight.ui.dialogs.restore_dialog import BackupListDialog
from tests.factories import small_decision

pytestmark = pytest.mark.qt

CHILD = Path(__file__).resolve().parent.parent / "storage" / "leftover_child.py"


def _kill_while_writing(*args: str) -> None:
    """Run tests/storage/leftover_child.py with ``args``, wait until it is writing, and SIGKILL it."""
    env = dict(os.environ)
    package_root = str(Path(counterweight.__file__).resolve().parent.parent)
    repo_root = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, repo_root, env.get("PYTHONPATH", "")) if p)
    with subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True, env=env) as proc:
        assert proc.stdout is not None and proc.stdout.readline().startswith("writing")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)


def _kill_while_importing(target: Path) -> set[str]:
    """Stop a process in the middle of creating ``target`` and SIGKILL it; the names it left."""
    _kill_while_writing("create", str(target))
    left = set(os.listdir(target.parent))
    then = time.time() - 60  # the user starts the window again a minute later
    for name in left:
        os.utime(target.parent / name, (then, then))
    return left


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_opening_a_project_removes_what_a_killed_import_left_beside_it(window, controller, tmp_path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    project = folder / "plan.counterweight"
    ProjectSession.create(project, small_decision()).close()
    left = _kill_while_importing(folder / "imported.counterweight")
    assert "imported.counterweight.lock" in left and any(n.endswith(".tmp-journal") for n in left)
    assert window.file_actions.open_path(project)
    assert set(os.listdir(folder)) == {"plan.counterweight", "plan.counterweight-wal", "plan.counterweight-shm",
                                       "plan.counterweight.lock"}  # only the open project's own files
    assert controller.decision == small_decision()


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_a_brief_export_removes_what_a_killed_export_left_and_leaves_nothing(window, controller, tmp_path,
                                                                             qtbot) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    _kill_while_writing("brief", str(folder / "old.pdf"), str(controller.path))  # "counterweight report", killed
    assert "old.pdf.part" in os.listdir(folder)
    out = folder / "brief.pdf"
    with qtbot.waitSignal(window.brief_actions.briefWritten, timeout=60_000):
        assert window.brief_actions.export_brief(out)
    assert os.listdir(folder) == ["brief.pdf"] and out.read_bytes().startswith(b"%PDF")


def test_a_changed_project_is_backed_up_during_a_long_session(window, controller) -> None:
    keeper = window.file_actions.backups.safekeeping
    assert keeper.timer.isActive() and keeper.timer.interval() == 60_000
    assert keeper.interval == dt.timedelta(minutes=30)
    made_on_create = backups.backups_for(controller.path)
    assert keeper.check() is None  # nothing changed
    assert controller.submit(SetWeight("effect", 7)) is None
    assert keeper.check() is None  # changed, but the newest backup is seconds old
    keeper.interval = dt.timedelta(0)  # as if half an hour had gone by
    made = keeper.check()
    assert made is not None
    found = backups.backups_for(controller.path)
    assert len(found) == len(made_on_create) + 1 and found[0].path == made
    assert found[0].entries == len(controller.session.audit_log())  # holds the change
    assert keeper.check() is None  # nothing changed since


def _answer_list(monkeypatch: pytest.MonkeyPatch, pick) -> list[BackupListDialog]:  # noqa: ANN001
    seen: list[BackupListDialog] = []

    def fake_exec(dialog: BackupListDialog) -> int:
        seen.append(dialog)
        dialog.list.setCurrentRow(pick(dialog))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(BackupListDialog, "exec", fake_exec)
    return seen


def test_a_restore_can_be_undone_from_the_restore_list(window, controller, tmp_path, monkeypatch) -> None:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    assert window.file_actions.open_path(path)
    assert controller.submit(SetWeight("effect", 7)) is None
    edited = controller.decision
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    seen = _answer_list(monkeypatch, lambda dialog: dialog.list.count() - 1)  # the oldest backup
    assert window.file_actions.backups.restore_from_backup()
    assert controller.decision == small_decision()  # restored
    seen = _answer_list(monkeypatch, lambda dialog: next(
        row for row in range(dialog.list.count()) if "before you restored on" in dialog.list.item(row).text()))
    assert window.file_actions.backups.restore_from_backup()
    dialog = seen[0]
    first = dialog.list.item(0).text()
    assert first.startswith("The file as it was before you restored on ")  # the newest item, labelled
    assert "before you restored on" in asked[-1]
    assert controller.decision == edited  # the restore is undone
    assert len(list(tmp_path.glob("plan.counterweight.replaced-*"))) == 2  # and can itself be undone


def test_each_backup_says_what_it_holds(qtbot, tmp_path) -> None:
    path = tmp_path / "plan.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetWeight("effect", 3))
    with ProjectSession.open(path):  # backed up on opening, with the change
        pass
    dialog = BackupListDialog(backups.backups_for(path), path.name)
    qtbot.addWidget(dialog)
    first, held = dialog.list.item(0).text().splitlines()
    assert "2 entries" in first
    assert held.strip().startswith("3 options, 3 criteria; last change: Change weight (") and "Effect" in held


def test_open_backups_folder_shows_the_local_folder(window, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "openBackupsFolderAction")
    action.trigger()
    folder = backups.backup_folder()
    assert opened == [QUrl.fromLocalFile(str(folder))] and opened[0].isLocalFile()
    assert folder.is_dir() and (folder.stat().st_mode & 0o777) == 0o700
