"""Rows of the ``sources`` table (migration m005): the project's evidence library.

Kept apart from :mod:`counterweight.storage.rows`, which calls :func:`write_sources`
and :func:`read_sources`. Sources are diffed row by row like options: a source's
text can be large, so an edit that does not touch a source never rewrites it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from counterweight.domain import Decision
from counterweight.domain.evidence import Source

SOURCE_COLS = (
    "id", "position", "title", "author", "publisher", "published", "reference", "reliability", "text",
    "imported_from", "imported_at",
)
_UPSERT_SOURCE = (
    f"INSERT INTO sources ({', '.join(SOURCE_COLS)}) VALUES ({', '.join('?' for _ in SOURCE_COLS)})"
    f" ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in SOURCE_COLS if c != 'id')}"
)


def source_row(s: Source, position: int) -> tuple[Any, ...]:
    """The ``sources`` row of ``s`` at list position ``position``."""
    imported_at = None if s.imported_at is None else s.imported_at.isoformat()
    return (s.id, position, s.title, s.author, s.publisher, s.published, s.reference, s.reliability.value,
            s.text, s.imported_from, imported_at)


def _key(s: Source) -> str:
    return s.id


def write_sources(conn: sqlite3.Connection, old: Decision | None, new: Decision) -> None:
    """Write the sources of ``new`` that differ from those of ``old`` (all when ``old`` is None).

    Runs inside the caller's transaction. No foreign key points at ``sources``, so
    the statements may run at any point of a commit.
    """
    from counterweight.storage.rows import _changes  # rows imports this module

    before: Sequence[Source] = old.sources if old is not None else []
    changed, removed = _changes(before, new.sources, _key)
    if removed:
        conn.executemany("DELETE FROM sources WHERE id = ?", [(k,) for k in removed])
    if changed:
        conn.executemany(_UPSERT_SOURCE, [source_row(s, i) for i, s in changed])


def read_sources(conn: sqlite3.Connection, where: str) -> list[Source]:
    """Every source in list order, validated.

    Raises
    ------
    ProjectFileError
        A row breaks the domain rules; the message names the table and row.
    """
    from counterweight.storage.rows import _damaged

    out: list[Source] = []
    for row in conn.execute(f"SELECT {', '.join(SOURCE_COLS)} FROM sources ORDER BY position, id"):
        data = dict(zip(SOURCE_COLS, row))
        data.pop("position")
        try:
            out.append(Source.model_validate(data))
        except ValueError as exc:
            raise _damaged(where, f"table sources, row {data['id']!r}", exc) from exc
    return out


__all__ = ["SOURCE_COLS", "read_sources", "source_row", "write_sources"]
