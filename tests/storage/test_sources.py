"""The source library in project files (migration m005): round trips, row-level
writes, damaged rows, and old files gaining the ``sources`` table."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import Decision, EvidenceRef, ProjectFileError
from counterweight.domain.evidence import Credibility, Reliability, Source
from counterweight.storage import ProjectStore, schema
from tests.factories import small_decision
from tests.storage.builders import rebuild, replace_score

FIXTURE_V2 = Path(__file__).parent / "fixtures" / "v2_example.counterweight"
TEXT = "Para one.\n\nPara two says the wall holds for a century.\n\nPara three."
WHEN = dt.datetime(2025, 2, 3, 4, 5, 6, 789000, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def _library() -> list[Source]:
    return [
        Source(id="rep", title="Engineering report", author="A. Author", publisher="Agency", published="2024-05-01",
               reference="https://example.invalid/report", reliability=Reliability.B, text=TEXT,
               imported_from="report.html", imported_at=WHEN),
        Source(id="memo", title="Internal memo \u2013 draft", published="spring 2023"),
    ]


def _cited() -> Decision:
    start = TEXT.index("the wall")
    quote = "the wall holds for a century"
    refs = [EvidenceRef(source="Engineering report", source_id="rep", quote=quote, start=start,
                        end=start + len(quote), credibility=Credibility.HIGH, locator="para 2", note="key claim"),
            EvidenceRef(source="Internal memo", source_id="memo", credibility=Credibility.LOW),
            EvidenceRef(source="Typed citation only")]
    return replace_score(rebuild(small_decision(), sources=_library()), "a", "effect", evidence=refs)


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_sources_and_passages_survive_create_and_reopen(folder: Path) -> None:
    d = _cited()
    path = folder / "cited.counterweight"
    ProjectStore.create(path, d).close()
    with ProjectStore.open(path) as store:
        loaded = store.load()
    assert loaded == d
    rep = loaded.source("rep")
    assert rep is not None and rep.imported_at == WHEN and rep.reliability is Reliability.B and rep.text == TEXT
    refs = loaded.score("a", "effect").evidence  # type: ignore[union-attr]
    assert [r.credibility for r in refs] == [Credibility.HIGH, Credibility.LOW, Credibility.MEDIUM]
    assert TEXT[refs[0].start:refs[0].end] == refs[0].quote  # type: ignore[misc]
    assert _rows(path, "SELECT id, position, reliability, imported_from FROM sources ORDER BY position") == [
        ("rep", 0, "B", "report.html"), ("memo", 1, "F", "")]


def test_source_edits_write_only_the_rows_that_changed(folder: Path) -> None:
    d0 = _cited()
    path = folder / "edit.counterweight"
    with ProjectStore.create(path, d0) as store:
        renamed = d0.sources[1].model_copy(update={"title": "Memo (final)"})
        d1 = rebuild(d0, sources=[d0.sources[0], renamed])
        store.commit(d0, d1, action="Edit source", target="t", before=None, after=None)
        assert store.load() == d1
        # reorder, then remove one (no score cites the memo once its evidence is dropped)
        d2 = rebuild(d1, sources=[renamed, d1.sources[0]])
        store.commit(d1, d2, action="Move", target="t", before=None, after=None)
        assert store.load() == d2
        refs = [e for e in d2.score("a", "effect").evidence if e.source_id != "memo"]  # type: ignore[union-attr]
        d3 = rebuild(replace_score(d2, "a", "effect", evidence=refs), sources=[d2.sources[1]])
        store.commit(d2, d3, action="Remove source", target="t", before=None, after=None)
        assert store.load() == d3
    assert _rows(path, "SELECT id, position FROM sources") == [("rep", 0)]


def test_a_damaged_source_row_is_reported_by_table_and_row(folder: Path) -> None:
    path = folder / "bad.counterweight"
    ProjectStore.create(path, _cited()).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sources SET reliability = 'Z' WHERE id = 'memo'")
    conn.commit()
    conn.close()
    with ProjectStore.open(path) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    assert "table sources, row 'memo'" in info.value.message


def test_a_passage_that_no_longer_matches_its_source_is_refused_on_load(folder: Path) -> None:
    path = folder / "tampered.counterweight"
    ProjectStore.create(path, _cited()).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sources SET text = replace(text, 'century', 'decade') WHERE id = 'rep'")
    conn.commit()
    conn.close()
    with ProjectStore.open(path) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    assert "does not match characters" in info.value.message


def test_format_2_file_gains_an_empty_library_and_can_use_it(folder: Path) -> None:
    path = folder / "flood.counterweight"
    shutil.copyfile(FIXTURE_V2, path)
    assert "sources" not in {r[0] for r in _rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    with ProjectStore.open(path) as store:
        old = store.load()
        assert store.migration_backup is not None
        assert old.sources == []
        # typed evidence from before the library existed loads with the defaults
        (ref,) = old.score("wall", "homes").evidence  # type: ignore[union-attr]
        assert (ref.source, ref.locator, ref.source_id, ref.credibility) == (
            "Survey 2023", "table 4", None, Credibility.MEDIUM)
        linked = ref.model_copy(update={"source_id": "survey"})
        new = replace_score(rebuild(old, sources=[Source(id="survey", title="Survey 2023", text="Table 4: 120")]),
                            "wall", "homes", evidence=[linked])
        store.commit(old, new, action="Add source", target="t", before=None, after=None)
    assert "m005_evidence_sources" in schema.known_migrations()
    assert [r[0] for r in _rows(path, "SELECT name FROM _sqlite_migrations ORDER BY id")] == \
        schema.known_migrations()
    with ProjectStore.open(path) as store:
        assert store.load() == new


def test_format_2_file_opened_read_only_shows_an_empty_library(folder: Path) -> None:
    path = folder / "flood.counterweight"
    shutil.copyfile(FIXTURE_V2, path)
    before = path.read_bytes()
    with ProjectStore.open(path, read_only=True) as store:
        assert store.load().sources == []
    assert path.read_bytes() == before
