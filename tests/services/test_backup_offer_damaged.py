"""A damaged backup is not the one offered after a failed open (QA session 26, h26e).

The window offered the newest backup even when that copy could not be read ("Restore
backup from … (history unreadable)"); restoring it then failed with "The backup … cannot
be used: … the file is damaged … Open a backup copy instead", and the older, good backup
was never offered. Now the newest backup that can be read is offered, and none when none can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain.errors import CounterweightError
from counterweight.services import backups
from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from tests.factories import small_decision
from tests.storage.corruption import truncate


def _project_with_two_backups(tmp_path: Path) -> Path:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    with ProjectSession.open(path) as session:  # a backup on opening, another on closing after a change
        session.apply(SetWeight("effect", 5))
    assert len(backups.backups_for(path)) >= 2
    return path


def _open_error(path: Path) -> CounterweightError:
    with pytest.raises(CounterweightError) as info:
        ProjectSession.open(path)
    return info.value


def test_a_damaged_newest_backup_is_passed_over_for_an_older_good_one(tmp_path: Path) -> None:
    path = _project_with_two_backups(tmp_path)
    newest, *older = backups.backups_for(path)
    truncate(newest.path)
    truncate(path)
    offer = backups.restore_offer(_open_error(path), path)
    assert offer is not None
    assert offer.backup.path == older[0].path and offer.backup.entries is not None
    backups.restore(offer.backup, path)
    with ProjectSession.open(path, read_only=True) as restored:
        assert restored.decision.title == small_decision().title


def test_no_offer_when_every_backup_is_damaged(tmp_path: Path) -> None:
    path = _project_with_two_backups(tmp_path)
    for info in backups.backups_for(path):
        truncate(info.path)
    truncate(path)
    assert backups.restore_offer(_open_error(path), path) is None
