"""The recommendation and the decision taken in project files (migration m009, column project.conclusion)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError
from counterweight.domain.conclusion import Conclusion
from counterweight.storage import ProjectStore, schema
from tests.storage.builders import rebuild, rich_decision

FIXTURE = Path(__file__).parent / "fixtures" / "v1_example.counterweight"
CONCLUSION = Conclusion(recommended_option_id="O2", recommendation="Lower risk of escalation\nand cheaper",
                        recommended_by="Policy team", decided_option_id="O1", decided_by="Minister",
                        decided_on=dt.date(2026, 3, 5), decision_note="Cabinet preferred speed")


def _column(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT conclusion FROM project WHERE id = 1").fetchone()[0]
    finally:
        conn.close()


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_m009_is_known_and_last() -> None:
    assert schema.known_migrations()[-1] == "m009_conclusion"


def test_round_trip_writes_only_when_changed(folder: Path) -> None:
    path = folder / "p.counterweight"
    plain = rich_decision()
    assert plain.conclusion is None
    ProjectStore.create(path, plain).close()
    assert _column(path) == ""  # none recorded: the default, as in a file from before
    withit = rebuild(plain, conclusion=CONCLUSION)
    with ProjectStore.open(path) as store:
        store.commit(plain, withit, action="Set recommendation and decision", target="t", before=None, after=None)
    with ProjectStore.open(path) as store:
        assert store.load() == withit
    assert '"decided_on":"2026-03-05"' in _column(path)
    with ProjectStore.open(path) as store:
        store.commit(withit, plain, action="Undo", target="t", before=None, after=None)
        assert store.load().conclusion is None
    assert _column(path) == ""


def _before_m009(path: Path) -> None:
    """Make ``path`` a file as the version before m009 wrote it: no column, no migration row."""
    _sql(path, "ALTER TABLE project DROP COLUMN conclusion",
         "DELETE FROM _sqlite_migrations WHERE name = 'm009_conclusion'")


def test_a_file_from_before_m009_is_backed_up_migrated_and_opens(folder: Path) -> None:
    path = folder / "old.counterweight"
    ProjectStore.create(path, rich_decision()).close()
    _before_m009(path)
    with ProjectStore.open(path, read_only=True) as store:  # read-only: upgraded in memory only
        assert store.load() == rich_decision()
    with ProjectStore.open(path) as store:
        assert store.migration_backup is not None
        assert store.load() == rich_decision()
        store.commit(rich_decision(), rebuild(rich_decision(), conclusion=CONCLUSION), action="a", target="t",
                     before=None, after=None)
    with ProjectStore.open(path) as store:
        assert store.load().conclusion == CONCLUSION


def test_a_format_1_file_migrates_through_m009(folder: Path) -> None:
    path = folder / "flood.counterweight"
    shutil.copyfile(FIXTURE, path)
    with ProjectStore.open(path) as store:
        old = store.load()
        assert old.conclusion is None
        new = rebuild(old, conclusion=Conclusion(decided_option_id=old.options[0].id, decided_by="Council"))
        store.commit(old, new, action="a", target="t", before=None, after=None)
    with ProjectStore.open(path) as store:
        assert store.load() == new


@pytest.mark.parametrize(("value", "names"), [
    ("{not json", ["project", "conclusion", "JSON"]),
    ('{"decided_on": "soon"}', ["project", "conclusion", "decided on"]),
    ('{"decided_by": 5}', ["project", "conclusion", "decided by"]),
    ('{"decided_option_id": "ZZ"}', ["decided option", "'ZZ'"]),
])
def test_a_damaged_value_gives_the_located_error(folder: Path, value: str, names: list[str]) -> None:
    path = folder / "p.counterweight"
    ProjectStore.create(path, rich_decision()).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE project SET conclusion = ? WHERE id = 1", (value,))
    conn.commit()
    conn.close()
    with ProjectStore.open(path) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    text = f"{info.value} {info.value.detail}"
    for name in names:
        assert name in text, text
    assert str(path) == info.value.where
