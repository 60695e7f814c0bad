"""``ProjectStore.commit``: the file holds exactly the new decision after each edit."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from counterweight.domain import (
    Criterion,
    ProjectFileError,
    Decision,
    EvidenceRef,
    MethodSettings,
    NumericScale,
    Option,
    Score,
)
from counterweight.storage import ProjectStore
from tests.storage.builders import LEVELS, grid_decision, rebuild, replace_score, rich_decision


def _add_option_front(d: Decision) -> Decision:
    return rebuild(d, options=[Option(id="O0", name="New first"), *d.options],
                   scores=[*d.scores, Score(option_id="O0", criterion_id="cost", value=5)])


def _remove_option(d: Decision) -> Decision:
    return rebuild(d, options=[o for o in d.options if o.id != "O2"],
                   scores=[s for s in d.scores if s.option_id != "O2"])


def _rename_option(d: Decision) -> Decision:
    return rebuild(d, options=[o.model_copy(update={"name": "Renamed"}) if o.id == "O1" else o for o in d.options])


def _reorder_options(d: Decision) -> Decision:
    return rebuild(d, options=list(reversed(d.options)))


def _add_group_and_leaf(d: Decision) -> Decision:
    return rebuild(d, criteria=[
        *d.criteria,
        Criterion(id="legal", name="Legal"),
        Criterion(id="legal.int", name="International law", parent_id="legal", scale=LEVELS),
    ], scores=[*d.scores, Score(option_id="O3", criterion_id="legal.int", level="Broad")])


def _move_leaf_into_new_group(d: Decision) -> Decision:
    # the new group is listed *after* the leaf that moves into it
    crit = [c.model_copy(update={"parent_id": "grp"}) if c.id == "cost" else c for c in d.criteria]
    return rebuild(d, criteria=[*crit, Criterion(id="grp", name="Money")])


def _remove_group_keep_child(d: Decision) -> Decision:
    crit = [c for c in d.criteria if c.id != "risk.esc"]
    crit = [c.model_copy(update={"parent_id": None}) if c.id == "risk.esc.reg" else c for c in crit]
    return rebuild(d, criteria=crit)


def _remove_group_with_children(d: Decision) -> Decision:
    gone = {"risk", "risk.civ", "risk.esc", "risk.esc.reg"}
    return rebuild(d, criteria=[c for c in d.criteria if c.id not in gone],
                   scores=[s for s in d.scores if s.criterion_id not in gone])


def _reorder_criteria(d: Decision) -> Decision:
    return rebuild(d, criteria=list(reversed(d.criteria)))


def _change_scale_and_weight(d: Decision) -> Decision:
    crit = [c.model_copy(update={"scale": NumericScale(lower=0, upper=1000), "weight": 7.5, "unit": "k€"})
            if c.id == "benefit.eff" else c for c in d.criteria]
    return rebuild(d, criteria=crit)


def _edit_scores(d: Decision) -> Decision:
    d = replace_score(d, "O2", "risk.esc.reg", level="None", rationale="revised")
    d = replace_score(d, "O1", "benefit.eff", value=11, low=9, high=12,
                      evidence=[EvidenceRef(source="New study", locator="fig. 3")])
    d = replace_score(d, "O3", "risk.esc.reg", level="Some")  # added
    return rebuild(d, scores=[s for s in d.scores if s.key != ("O2", "cost")])  # removed


def _edit_project(d: Decision) -> Decision:
    return rebuild(d, id="dec-renamed", title="New title", description="", notice="Checked",
                   method=MethodSettings())


def _everything_at_once(d: Decision) -> Decision:
    for edit in (_edit_scores, _remove_option, _add_option_front, _remove_group_keep_child,
                 _move_leaf_into_new_group, _reorder_options, _edit_project):
        d = edit(d)
    return d


EDITS: dict[str, Callable[[Decision], Decision]] = {
    f.__name__.lstrip("_"): f
    for f in (_add_option_front, _remove_option, _rename_option, _reorder_options, _add_group_and_leaf,
              _move_leaf_into_new_group, _remove_group_keep_child, _remove_group_with_children,
              _reorder_criteria, _change_scale_and_weight, _edit_scores, _edit_project, _everything_at_once)
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_commit_persists_exactly_the_new_decision(folder: Path, name: str) -> None:
    old = rich_decision()
    new = EDITS[name](old)
    assert new != old
    path = folder / "p.counterweight"
    with ProjectStore.create(path, old) as store:
        store.commit(old, new, action=name, target="t", before=None, after=None)
        assert store.load() == new
        # and back again: the inverse edit restores the original
        store.commit(new, old, action="undo " + name, target="t", before=None, after=None)
        assert store.load() == old
        store.commit(old, new, action="redo " + name, target="t", before=None, after=None)
    with ProjectStore.open(path) as store:
        assert store.load() == new
        assert [e.action for e in store.audit_log(3)] == ["redo " + name, "undo " + name, name]


def _statements_during(store: ProjectStore, fn: Callable[[], None]) -> list[str]:
    seen: list[str] = []
    conn = store._conn
    assert conn is not None
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


def test_one_score_change_writes_one_score_row(folder: Path) -> None:
    old = grid_decision(20, 10)
    new = replace_score(old, "O7", "C3", value=99.0)
    with ProjectStore.create(folder / "g.counterweight", old) as store:
        stmts = _statements_during(
            store, lambda: store.commit(old, new, action="Set score", target="t", before=1, after=2))
    writes = [s for s in stmts if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert len(writes) == 2, writes
    assert "INTO scores" in writes[0] and "'O7'" in writes[0] and "99.0" in writes[0]
    assert "INTO audit" in writes[1]


def test_failed_commit_changes_nothing(folder: Path) -> None:
    d = rich_decision()
    # ``old`` wrongly claims option X is already stored, so its score violates a
    # foreign key: the whole transaction, audit row included, must be undone.
    lying_old = rebuild(d, options=[*d.options, Option(id="X", name="Ghost")])
    new = rebuild(lying_old, scores=[*d.scores, Score(option_id="X", criterion_id="cost", value=1)],
                  title="Changed title")
    with ProjectStore.create(folder / "p.counterweight", d) as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.commit(lying_old, new, action="bad", target="t", before=None, after=None)
        assert store.load() == d
        assert [e.action for e in store.audit_log()] == ["Create project"]
        # the store is still usable
        ok = replace_score(d, "O1", "cost", value=3.0)
        store.commit(d, ok, action="good", target="t", before=None, after=None)
        assert store.load() == ok


def test_disk_full_is_a_clear_error_and_saves_nothing(folder: Path) -> None:
    d = rich_decision()
    big = replace_score(d, "O1", "cost", value=1.0, rationale="x" * 20_000)
    with ProjectStore.create(folder / "p.counterweight", d) as store:
        conn = store._conn
        assert conn is not None
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
        with pytest.raises(ProjectFileError, match="could not be saved.*previous state"):
            store.commit(d, big, action="Set score", target="t", before=None, after=None)
        assert store.load() == d
        assert len(store.audit_log()) == 1
        conn.execute("PRAGMA max_page_count = 1000000")
        store.commit(d, big, action="Set score", target="t", before=None, after=None)
        assert store.load() == big


@pytest.mark.parametrize("how", ["deleted", "moved to another disk", "replaced"])  # a rename is followed:
# tests/services/test_file_renamed.py
def test_no_save_into_a_file_deleted_or_moved_while_open(folder: Path, how: str) -> None:
    import os
    import shutil

    from counterweight.domain import ProjectFileError

    path = folder / "p.counterweight"
    store = ProjectStore.create(path, rich_decision())
    try:
        old = store.load()
        new = _rename_option(old)
        if how == "deleted":
            path.unlink()
        elif how == "moved to another disk":  # a copy, then a delete
            shutil.copyfile(path, folder / "elsewhere.counterweight")
            path.unlink()
        else:
            ProjectStore.create(folder / "other.counterweight", rich_decision()).close()
            path.rename(folder / "old.counterweight")
            shutil.copyfile(folder / "other.counterweight", path)  # another file under the same name
        with pytest.raises(ProjectFileError, match="deleted, moved or replaced while it was open") as info:
            store.commit(old, new, action="Rename option", target="option", before=None, after=None)
        assert "Save As" in str(info.value)
        with pytest.raises(ProjectFileError, match="deleted, moved or replaced"):
            store.record_event("Export", "brief")
        copy = store.save_as(folder / "rescued.counterweight")  # the window's way out still works
        copy.close()
        assert os.path.exists(folder / "rescued.counterweight")
    finally:
        store.close()


def test_saving_goes_on_while_the_file_stays_put(folder: Path) -> None:
    path = folder / "p.counterweight"
    with ProjectStore.create(path, rich_decision()) as store:
        old = store.load()
        store.commit(old, _rename_option(old), action="Rename option", target="option", before=None, after=None)
    with ProjectStore.open(path) as again:
        assert again.load() == _rename_option(old)
