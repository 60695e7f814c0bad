"""When a failed open leads to a restore offer, and what kind of problem it names."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain.errors import CounterweightError, InvalidInputError, ProjectFileError
from counterweight.services import backups, workspace
from counterweight.services.backups import OpenProblem
from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from counterweight.storage.store import ProjectStore
from tests.conftest import UserDirs
from tests.factories import small_decision
from tests.storage.corruption import KINDS

EXPECTED = {
    "truncated": OpenProblem.DAMAGED,
    "flipped page bytes": OpenProblem.DAMAGED,
    "random bytes": OpenProblem.NOT_A_PROJECT,
    "newer schema": OpenProblem.TOO_NEW,
}


def _backed_up_project(tmp_path: Path) -> Path:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    ProjectSession.open(path).close()  # the first writable open makes the backup
    return path


def _open_error(path: Path) -> CounterweightError:
    with pytest.raises(CounterweightError) as info:
        ProjectSession.open(path)
    return info.value


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_damage_gets_an_offer_of_the_newest_backup(tmp_path: Path, kind: str) -> None:
    path = _backed_up_project(tmp_path)
    KINDS[kind][0](path)
    error = _open_error(path)
    offer = backups.restore_offer(error, path)
    assert offer is not None
    assert offer.problem is EXPECTED[kind]
    assert offer.backup == backups.backups_for(path)[0]
    assert offer.error is error


def test_a_file_whose_rows_cannot_be_read_is_not_backed_up(tmp_path: Path) -> None:
    """The offer must name the last good backup, not a copy of the damage made by the failed open."""
    path = _backed_up_project(tmp_path)
    good = backups.backups_for(path)
    with ProjectSession(ProjectStore.open(path)) as session:  # saved, never backed up: as after a crash
        session.apply(SetWeight("effect", 5))
    assert backups.backups_for(path) == good
    with sqlite3.connect(path) as conn:  # one row that no longer reads: the pages themselves are fine
        conn.execute("UPDATE criteria SET scale = '{not json' WHERE id = 'effect'")
    error = _open_error(path)
    assert isinstance(error, ProjectFileError)
    assert backups.backups_for(path) == good  # was: one more, of the damaged file
    offer = backups.restore_offer(error, path)
    assert offer is not None and offer.backup == good[0]
    with ProjectSession.open(offer.backup.path, read_only=True) as restored:  # it loads
        assert restored.decision.criterion("effect").weight == 3  # from before the unbacked-up edit


def test_no_backup_means_no_offer(tmp_path: Path) -> None:
    path = tmp_path / "never-opened.counterweight"
    ProjectStore.create(path, small_decision()).close()  # written by the storage layer alone: no backup
    KINDS["truncated"][0](path)
    assert backups.restore_offer(_open_error(path), path) is None


def test_missing_file_with_a_backup_is_offered(tmp_path: Path) -> None:
    path = _backed_up_project(tmp_path)
    path.unlink()
    error = _open_error(path)
    offer = backups.restore_offer(error, path)
    assert offer is not None and offer.problem is OpenProblem.MISSING


def test_errors_a_backup_cannot_help_with(tmp_path: Path) -> None:
    path = _backed_up_project(tmp_path)
    assert backups.classify_open_error(InvalidInputError("bad value"), path) is OpenProblem.OTHER
    assert backups.classify_open_error(RuntimeError("a bug"), path) is OpenProblem.OTHER
    assert backups.restore_offer(RuntimeError("a bug"), path) is None
    folder = tmp_path / "dir.counterweight"
    folder.mkdir()
    assert backups.classify_open_error(ProjectFileError("it is a folder"), folder) is OpenProblem.OTHER


def test_restore_through_the_service_reopens_cleanly(tmp_path: Path) -> None:
    path = _backed_up_project(tmp_path)
    KINDS["random bytes"][0](path)
    result = backups.restore(backups.backups_for(path)[0], path)
    assert result.moved_aside is not None and result.moved_aside.exists()
    with ProjectSession.open(path) as session:
        assert session.decision == small_decision()


def test_backup_folder_is_in_the_user_data_folder(user_dirs: UserDirs, tmp_path: Path) -> None:
    assert backups.backup_folder() == workspace.home_dir() / "backups" == user_dirs.counterweight_home / "backups"
    path = _backed_up_project(tmp_path)
    assert backups.backups_for(path)[0].path.parent == user_dirs.counterweight_home / "backups"


@pytest.mark.skipif(os.name != "posix" or os.uname().sysname == "Darwin", reason="XDG folders apply on Linux")
def test_without_override_backups_go_under_the_xdg_data_folder(user_dirs: UserDirs, monkeypatch) -> None:
    monkeypatch.delenv("COUNTERWEIGHT_HOME")
    assert backups.backup_folder() == user_dirs.data / "Counterweight" / "backups"


def test_read_only_sessions_make_no_backup(tmp_path: Path, user_dirs: UserDirs) -> None:
    path = tmp_path / "plan.counterweight"
    ProjectStore.create(path, small_decision()).close()  # no backup from creating it
    ProjectSession.open(path, read_only=True).close()
    assert backups.backups_for(path) == []


def test_unusable_data_folder_turns_backups_off_but_opens(tmp_path: Path, monkeypatch, caplog) -> None:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(blocker / "home"))
    with ProjectSession.open(path) as session:
        assert session.decision == small_decision()
        assert "automatic backups are off" in (session.backup_problem or "")  # said in the window too
    assert "Automatic backups are off" in caplog.text


def test_a_backup_that_cannot_be_written_is_reported_by_the_session(tmp_path: Path, user_dirs: UserDirs) -> None:
    """QA pass 13: a failed backup (folder unwritable, disk full) was only logged."""
    path = tmp_path / "plan.counterweight"
    ProjectStore.create(path, small_decision()).close()
    backups.backup_folder().parent.mkdir(parents=True, exist_ok=True)
    backups.backup_folder().write_text("a file where the folder should be")
    with ProjectSession.open(path) as session:
        assert session.backup_problem is not None and str(backups.backup_folder()) in session.backup_problem
    backups.backup_folder().unlink()
    with ProjectSession.open(path) as session:
        assert session.backup_problem is None and backups.backups_for(path)


def test_rows_breaking_the_rules_are_offered_a_restore_and_unlocked(tmp_path: Path) -> None:
    path = _backed_up_project(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE options SET name = '' WHERE rowid = (SELECT min(rowid) FROM options)")
    conn.commit()
    conn.close()
    error = _open_error(path)
    assert "options" in f"{error} {error.detail}"
    offer = backups.restore_offer(error, path)
    assert offer is not None and offer.problem is OpenProblem.DAMAGED
    backups.restore(offer.backup, path)  # the failed open left no lock behind
    with ProjectSession.open(path) as session:
        assert session.decision == small_decision()


def test_a_new_project_and_a_copy_saved_from_it_are_backed_up_in_their_first_session(
        tmp_path: Path, user_dirs: UserDirs) -> None:
    """File > New, an import or Save As of such a project made no backup until the file was
    opened again, so damage at the end of the first day could not be repaired."""
    path, copy = tmp_path / "new.counterweight", tmp_path / "copy.counterweight"
    session = ProjectSession.create(path, small_decision())
    session.apply(SetWeight("effect", 7))
    session.save_as(copy)
    session.apply(SetWeight("effect", 8))
    session.close()
    assert backups.backups_for(path), "the new project has no backup"
    newest = backups.backups_for(copy)
    assert newest, "the copy saved from it has no backup"
    restored = tmp_path / "restored.counterweight"
    backups.restore(newest[0], restored)
    with ProjectStore.open(restored, read_only=True) as store:
        assert store.load().criterion("effect").weight == 8  # the copy's last state
