"""Backups during a session, which backups are kept, and a restore that spares its backup (QA pass 24, item 10)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest

from counterweight.storage import ProjectStore, backups
from counterweight.storage.backup_shelf import DAYS
from tests.storage.builders import rich_decision

HALF_HOUR = dt.timedelta(minutes=30)


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    return tmp_path / "backup-shelf"


def _project(folder: Path) -> Path:
    path = folder / "p.counterweight"
    ProjectStore.create(path, rich_decision()).close()
    return path


def _entries(found: list[backups.BackupInfo]) -> list[int | None]:
    return [b.entries for b in found]


def test_a_backup_is_made_during_a_session_once_the_newest_is_half_an_hour_old(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    with ProjectStore.open(path, backup_folder=shelf) as store:  # the open makes the first backup
        opened = backups.backups_for(path, shelf)[0].created
        store.record_event("Edit", "one")
        assert backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=opened + 29 * dt.timedelta(minutes=1)) \
            is None  # not due yet
        made = backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=opened + HALF_HOUR)
        assert made is not None
        assert _entries(backups.backups_for(path, shelf)) == [2, 1]
        later = opened + 3 * HALF_HOUR
        assert backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=later) is None  # nothing changed
        store.record_event("Edit", "two")
        assert backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=later) is not None
        assert _entries(backups.backups_for(path, shelf)) == [3, 2, 1]
        with ProjectStore.open(backups.backups_for(path, shelf)[0].path, read_only=True) as copy:
            assert copy.load() == store.load() and copy.audit_head_hash() == store.audit_head_hash()


def test_the_periodic_copy_does_not_wait_for_a_change_being_saved(folder: Path, shelf: Path) -> None:
    """It reads through a connection of its own: a write transaction open elsewhere does not hold it up."""
    path = _project(folder)
    with ProjectStore.open(path, backup_folder=shelf) as store:
        store.record_event("Edit", "saved")
        writer = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE project SET title = 'half-saved'")
            start = time.perf_counter()
            made = backups.back_up_if_due(path, shelf, older_than=dt.timedelta(0))
            took = time.perf_counter() - start
            writer.execute("ROLLBACK")
        finally:
            writer.close()
    assert made is not None and took < 2.0
    with ProjectStore.open(made, read_only=True) as copy:
        assert copy.load().title == rich_decision().title  # what was saved, not the half-saved change


def _backups_at(path: Path, shelf: Path, times: list[dt.datetime]) -> None:
    """One backup at each of ``times``, each of a different state."""
    with ProjectStore.open(path) as store:  # no backup folder: only the explicit ones below
        for n, when in enumerate(times):
            store.record_event("Edit", f"change {n}")
            assert backups.back_up_if_due(path, shelf, older_than=dt.timedelta(0), now=when) is not None


def test_the_first_backup_of_each_recent_day_outlives_periodic_ones(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    start = dt.datetime(2026, 11, 2, 9, 0).astimezone()  # local time: days are the user's days
    day_one = [start + n * HALF_HOUR for n in range(17)]  # 9:00 to 17:00, every half hour
    _backups_at(path, shelf, day_one)
    kept = [b.created for b in backups.backups_for(path, shelf)]
    assert kept == [t.astimezone(dt.timezone.utc) for t in [*day_one[-backups.KEEP:][::-1], day_one[0]]]
    # nine more days, two backups each: the first of each of the last DAYS days with backups stays
    days = [start + dt.timedelta(days=d) for d in range(1, 10)]
    _backups_at(path, shelf, [t + h for t in days for h in (dt.timedelta(0), dt.timedelta(hours=4))])
    kept = [b.created for b in backups.backups_for(path, shelf)]
    firsts = [t.astimezone(dt.timezone.utc) for t in days[-DAYS:]]
    assert set(firsts) <= set(kept) and day_one[0].astimezone(dt.timezone.utc) not in kept
    assert len(kept) == backups.KEEP + DAYS - 2  # the two newest days' first backups are among the newest


@pytest.mark.parametrize("which", [-1, -2])  # the oldest, and the oldest of the newest five
def test_a_restore_keeps_the_backup_it_restores_and_prunes_nothing(folder: Path, shelf: Path, which: int) -> None:
    """QA 24: restoring made two backups (on close and on reopening) and pruned two, the restored one too."""
    path = _project(folder)
    for n in range(6):
        with ProjectStore.open(path, backup_folder=shelf) as store:
            store.record_event("Edit", f"change {n}")
    before = backups.backups_for(path, shelf)
    assert len(before) == backups.KEEP + 1  # the five newest and the day's first
    chosen = before[which]
    store = ProjectStore.open(path, backup_folder=shelf)
    store.record_event("Edit", "not backed up yet")  # so closing it makes a backup
    backups.restore_backup(chosen, path, aside_tag="replaced", before_replace=store.close)
    with ProjectStore.open(path, backup_folder=shelf) as reopened:  # the window opens the restored file
        restored_head = reopened.audit_head_hash()
    after = backups.backups_for(path, shelf)
    assert {b.path for b in before} <= {b.path for b in after}, "the restore pruned a backup"
    assert len(after) == len(before) + 1  # only the close backup (the state the restore replaced)
    assert after[0].entries == before[0].entries + 1
    with ProjectStore.open(chosen.path, read_only=True) as copy:
        assert copy.audit_head_hash() == restored_head  # not copied again on reopening: it is the restored one
