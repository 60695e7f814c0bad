"""The file steps of restoring a backup: full health check, moving the old file aside, renaming into place.

Used by :func:`counterweight.storage.backups.restore_backup`. The replaced file is
never deleted: it and its ``-wal``/``-shm``/``-journal`` files are renamed to
``<name>.<tag>-<UTC time>`` (with the same suffixes, so they still belong together).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pathlib
import sqlite3

from counterweight.domain import CounterweightError, ProjectFileError
from counterweight.domain.phrase import Phrase
from counterweight.storage import placement, sqlite_io


def read_only(path: pathlib.Path) -> sqlite3.Connection:
    """A read-only connection to ``path`` (``mode=ro`` URI; creates no side files)."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None)


def check_file(path: pathlib.Path, what: str) -> None:
    """Full health check of a project file: the open-time probe plus ``PRAGMA integrity_check``.

    Raises
    ------
    ProjectFileError
        The file is damaged or not a project; ``what`` ("The backup" or "The restored project") starts the message.
    """
    try:
        sqlite_io.probe(path)
        conn = read_only(path)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        finally:
            conn.close()
    except CounterweightError as exc:
        raise ProjectFileError(Phrase("The backup \u201c{name}\u201d cannot be used: {problem}" if what == "The backup" else
                                      "The restored project \u201c{name}\u201d cannot be used: {problem}",
                                      name=path.name, problem=exc.message), where=str(path),
                               detail=exc.detail) from exc
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise ProjectFileError(Phrase("The backup \u201c{name}\u201d is damaged too, so it cannot be restored."
                                      if what == "The backup" else "The restored project \u201c{name}\u201d is "
                                      "damaged too, so it cannot be restored.", name=path.name),
                               where=str(path), detail="; ".join(problems)[:500])


def aside_path(project: pathlib.Path, tag: str = "broken", when: dt.datetime | None = None) -> pathlib.Path:
    """A free name ``<name>.<tag>-<UTC time>`` next to ``project`` for the replaced file."""
    stamp = (when or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    candidate = project.with_name(f"{project.name}.{tag}-{stamp}")
    n = 2
    while os.path.lexists(candidate) or any(os.path.lexists(f"{candidate}{s}") for s in sqlite_io.SIDE_SUFFIXES):
        candidate = project.with_name(f"{project.name}.{tag}-{stamp}-{n}")
        n += 1
    return candidate


def move_aside(target: pathlib.Path, aside: pathlib.Path) -> list[tuple[str, str]]:
    """Rename the file and its side files; returns the (from, to) pairs done."""
    moves: list[tuple[str, str]] = []
    try:
        for suffix in ("", *sqlite_io.SIDE_SUFFIXES):
            src, dst = f"{target}{suffix}", f"{aside}{suffix}"
            if os.path.lexists(src):
                os.rename(src, dst)
                moves.append((src, dst))
    except OSError:
        undo_moves(moves)
        raise
    return moves


def undo_moves(moves: list[tuple[str, str]]) -> None:
    """Put renamed files back where they were (best effort)."""
    for src, dst in reversed(moves):
        with contextlib.suppress(OSError):
            os.rename(dst, src)


def replace_with(tmp: pathlib.Path, target: pathlib.Path, aside_tag: str) -> pathlib.Path | None:
    """Under the target's lock: move the current file aside and rename ``tmp`` into place."""
    lock = placement.take_target_lock(target)
    try:
        aside = aside_path(target, aside_tag) if os.path.lexists(target) else None
        try:
            moves = move_aside(target, aside) if aside is not None else []
            try:
                os.replace(tmp, target)
            except OSError:
                undo_moves(moves)
                raise
        except OSError as exc:
            raise ProjectFileError(Phrase("Cannot restore \u201c{name}\u201d: {why}. Nothing was changed.",
                                          name=target.name, why=exc.strerror or str(exc)), where=str(target)) from exc
        sqlite_io.fsync_dir(target.parent)
        return aside
    finally:
        lock.release()


__all__ = ["aside_path", "check_file", "move_aside", "read_only", "replace_with", "undo_moves"]
