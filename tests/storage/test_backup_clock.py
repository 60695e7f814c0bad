"""Automatic backups when the clock was set back (QA pass 28, item 6).

Backups are made with the clock a day ahead of the one the test then uses, through the
``now=`` parameter as the window passes it; their files' times are set to match, as a
real clock would have written them.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from counterweight.storage import ProjectStore, backups
from tests.storage.builders import rich_decision

HALF_HOUR = dt.timedelta(minutes=30)
DAY = dt.timedelta(days=1)


def _ahead(path: Path, shelf: Path, store: ProjectStore, now: dt.datetime, count: int) -> None:
    """``count`` backups made half an hour apart with the clock a day ahead of ``now``."""
    for i in range(count):
        when = now + DAY + i * HALF_HOUR
        store.record_event("Edit", f"ahead {i}")
        made = backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=when)
        assert made is not None
        os.utime(made, (when.timestamp(), when.timestamp()))


def test_a_backup_made_after_the_clock_went_back_is_kept_and_listed_first(folder: Path, tmp_path: Path) -> None:
    path, shelf = folder / "p.counterweight", tmp_path / "shelf"
    ProjectStore.create(path, rich_decision()).close()
    now = dt.datetime.now(dt.timezone.utc)
    with ProjectStore.open(path) as store:
        _ahead(path, shelf, store, now, backups.KEEP + 1)
        store.record_event("Edit", "after the clock went back")
        made = backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=now)
        assert made is not None, "a newest backup ahead of the clock must not stop periodic backups"
        assert made.exists(), "the backup just made was pruned as the oldest"
        listed = backups.backups_for(path, shelf)
        assert listed[0].path == made  # offered first for restore: the newest content
        assert listed[0].entries == max(b.entries or 0 for b in listed)
        assert listed[0].created > listed[1].created
        store.record_event("Edit", "a minute later")
        later = now + dt.timedelta(minutes=1)
        assert backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=later) is None  # not due yet
        due = backups.back_up_if_due(path, shelf, older_than=HALF_HOUR, now=now + HALF_HOUR + HALF_HOUR)
        assert due is not None and backups.backups_for(path, shelf)[0].path == due


def test_a_backup_made_when_closing_after_the_clock_went_back_is_kept(folder: Path, tmp_path: Path) -> None:
    path, shelf = folder / "p.counterweight", tmp_path / "shelf"
    ProjectStore.create(path, rich_decision()).close()
    now = dt.datetime.now(dt.timezone.utc)
    with ProjectStore.open(path) as store:
        _ahead(path, shelf, store, now, backups.KEEP + 1)
    with ProjectStore.open(path, backup_folder=shelf) as store:
        store.record_event("Edit", "after the clock went back")
    listed = backups.backups_for(path, shelf)
    assert listed[0].last_target == "after the clock went back"
    assert listed[0].entries == max(b.entries or 0 for b in listed)
