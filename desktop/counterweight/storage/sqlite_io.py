"""Opening project files safely: read-only probing, connections, backup copies.

A file is first examined through a read-only connection (``mode=ro`` URI), so a
damaged or foreign file is never written to. Only a file that passes is opened
for writing.

Journal mode: a writable connection switches the file to WAL, and switches it
back to a plain rollback journal when it closes (if no one else has it open).
At rest a project is therefore one self-contained file, readable from read-only
media, and a read-only probe leaves no ``-wal``/``-shm`` files behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import os
import pathlib
import sqlite3
import uuid

from sqlite_utils import Database

from counterweight.disk_space import low_on_space
from counterweight.domain import NotAProjectError, ProjectBusyError, ProjectFileError, ProjectTooNewError
from counterweight.domain.phrase import Phrase
from counterweight.storage import schema

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: How long a save waits for another program's write to the file to end before it is
#: refused. Counterweight's own windows and commands never write one file at once (the
#: project lock), so only a foreign program (a database tool with changes not yet
#: written, say) makes a save wait, and the window must not freeze for long meanwhile.
WRITE_WAIT_MS = 1000
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
#: The longest file name most file systems allow, in bytes (QA 28: the names made from a project's must fit).
NAME_MAX = 255


def _base_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def wrap(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils view of ``conn`` (no plugins: nothing outside the app runs)."""
    return Database(conn, execute_plugins=False)


def connect_writable(path: pathlib.Path, *, wal: bool = True) -> sqlite3.Connection:
    """Open ``path`` for writing with the project's pragmas.

    Foreign keys on, busy timeout, ``synchronous=FULL`` (an acknowledged commit is
    on disk) and WAL unless ``wal`` is false (used while building a new file).
    """
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _base_pragmas(conn)
        if wal:
            wrap(conn).enable_wal()
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_read_only(path: pathlib.Path) -> sqlite3.Connection:
    """Open ``path`` read-only through a ``mode=ro`` URI.

    A WAL-mode file in a folder where its ``-shm`` file cannot be created can only
    be read as ``immutable``. That is safe when nobody can write there and no
    ``-wal`` file holds changes not yet in the main file.
    """
    uri = path.absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        _base_pragmas(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK) or os.path.exists(f"{path}-wal"):
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
        _base_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def begin_write(conn: sqlite3.Connection) -> None:
    """Start a write transaction, waiting at most :data:`WRITE_WAIT_MS` for another writer."""
    conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def is_busy(exc: BaseException) -> bool:
    """Whether SQLite refused because another connection holds the file (SQLITE_BUSY or SQLITE_LOCKED)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.OperationalError) and code is not None and code & 0xFF in (
        sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


#: Who holds a project file's write lock when it is not Counterweight, in words.
OTHER_WRITER = "a database tool with changes it has not written yet, for example"
_OTHER = Phrase("a database tool with changes it has not written yet, for example")  # the same, for the window


def save_refused(path: pathlib.Path, exc: sqlite3.DatabaseError) -> ProjectFileError:
    """The error for a change SQLite would not save; the file holds the state before it."""
    if is_busy(exc):
        return ProjectBusyError(Phrase(
            "The change was not saved: another program is changing {file} ({who}). Close that program or let it "
            "finish, then try again; the file still holds the previous state.", file=_name(path), who=_OTHER),
            where=str(path), detail=str(exc))
    full = _error_code(exc) in _FULL_OR_FAILING and low_on_space(path.parent)  # h27e: a full disk reads "disk I/O error"
    return ProjectFileError(Phrase("The change could not be saved to {file}: the disk holding it looks full ({why}). "
                                   "Free some space, or keep a copy elsewhere with Save As; the file still holds the "
                                   "previous state." if full else "The change could not be saved to {file} ({why}); "
                                   "the file still holds the previous state.", file=_name(path), why=str(exc)),
                            where=str(path), detail=str(exc))


def open_refused(path: pathlib.Path, exc: sqlite3.Error) -> ProjectFileError:
    """The error for a file SQLite would not open for writing (:class:`ProjectBusyError` if another program writes it)."""
    if is_busy(exc):
        return ProjectBusyError(Phrase("Cannot open {file} for writing: another program is writing to it ({who}).",
                                       file=_name(path), who=_OTHER), where=str(path), detail=str(exc))
    return ProjectFileError(Phrase("Cannot open {file} for writing: {why}.", file=_name(path), why=str(exc)),
                            where=str(path), detail=str(exc))


def _error_code(exc: BaseException) -> tuple[str, int] | None:
    """("sqlite", primary result code) or ("os", errno) of the first SQLite or OS error in ``exc``'s causes."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, sqlite3.Error) and getattr(seen, "sqlite_errorcode", None) is not None:
            return "sqlite", seen.sqlite_errorcode & 0xFF
        if isinstance(seen, sqlite3.Error) and "disk is full" in str(seen):  # one made by Python, not SQLite
            return "sqlite", sqlite3.SQLITE_FULL
        if isinstance(seen, OSError) and seen.errno is not None:
            return "os", seen.errno
        seen = seen.__cause__
    return None


_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # over the disk quota (not on Windows)
_FULL = {("sqlite", sqlite3.SQLITE_FULL), ("os", errno.ENOSPC), ("os", _EDQUOT)}  # no room, or over the quota
_FULL_OR_FAILING = _FULL | {("sqlite", sqlite3.SQLITE_IOERR)}
#: SQLite result codes and OS errors that stop a file opening for writing but not for reading.
_WRITING_ONLY = {("sqlite", sqlite3.SQLITE_FULL), ("sqlite", sqlite3.SQLITE_READONLY),
                 ("sqlite", sqlite3.SQLITE_CANTOPEN), ("sqlite", sqlite3.SQLITE_IOERR),
                 ("os", errno.ENOSPC), ("os", _EDQUOT), ("os", errno.EROFS), ("os", errno.ENAMETOOLONG),
                 ("os", errno.EACCES), ("os", errno.EPERM)}


def read_only_instead(exc: BaseException, path: pathlib.Path) -> str:
    """Why ``path``, which would not open for writing (``exc``), is opened read-only, or ``""`` if it is not.

    Another program writing it (:func:`busy_reason`); or, QA pass 28, a full disk and the
    like: a project on a full disk could not be opened at all, and read-only it can still
    be looked at and saved elsewhere with File > Save As.
    """
    if isinstance(exc, ProjectBusyError):
        return busy_reason(path)
    code = _error_code(exc)
    if code is None or code not in _WRITING_ONLY:
        return ""
    if code in _FULL:
        return Phrase("The disk holding the file is full, so changes cannot be saved there.")
    said = exc.message if isinstance(exc, ProjectFileError) else Phrase("Cannot open {file} for writing: {why}.",
                                                                        file=_name(path), why=str(exc))
    return Phrase("{problem} It was opened read-only instead.", problem=said)


def busy_reason(path: pathlib.Path) -> str:
    """Why a project that another program is writing was opened read-only."""
    return Phrase("Another program is writing to {file} ({who}), so it was opened read-only. Close that program, "
                  "then open the project again to make changes.", file=_name(path), who=_OTHER)


def try_rollback_journal(conn: sqlite3.Connection) -> None:
    """Leave the file in rollback-journal mode if this is its only connection."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()


@dataclasses.dataclass(frozen=True)
class Probe:
    """What a read-only look at a project file found."""

    applied: list[str]
    pending: list[str]


def _name(path: pathlib.Path) -> str:
    return f"\u201c{path.name}\u201d"


def _damaged(path: pathlib.Path, detail: str) -> ProjectFileError:
    return ProjectFileError(
        Phrase("Cannot open {file}: the file is damaged ({why}). Open a backup copy instead; the damaged file has "
               "not been changed.", file=_name(path), why=detail),
        where=str(path),
        detail=detail,
    )


def _unreadable(path: pathlib.Path, exc: Exception) -> ProjectFileError:
    """The error for a file SQLite could not read, naming damage only when it is damage.

    A "disk I/O error" is not proof of damage: a healthy file gives it too when it was
    renamed while another window held it open, and a failing disk gives it as well.
    """
    if isinstance(exc, sqlite3.OperationalError) and "disk i/o error" in str(exc).lower():
        return ProjectFileError(
            Phrase("Cannot open {file}: reading it failed (disk I/O error). It may be open in another window or "
                   "program, or have been moved or renamed while open: close those and try again. If it keeps "
                   "failing, open a backup copy. The file has not been changed.", file=_name(path)),
            where=str(path), detail=str(exc))
    return _damaged(path, _why(exc))


def _why(exc: Exception) -> str:
    """The damage in words (issue 6: text SQLite hands back undecodable is garbled, not a bug)."""
    return Phrase("some of its text is garbled") if isinstance(exc, UnicodeDecodeError) else str(exc)


def _not_project(path: pathlib.Path, why: str) -> NotAProjectError:
    return NotAProjectError(Phrase("Cannot open {file}: {why}", file=_name(path), why=why), where=str(path))


def check_migrations(path: pathlib.Path, db: Database) -> Probe:
    """Refuse files from a newer version; report which migrations are pending.

    Raises
    ------
    ProjectTooNewError
        The file records migrations this version does not know.
    """
    applied = schema.applied_migrations(db)
    if schema.unknown_migrations(applied):
        raise ProjectTooNewError(
            Phrase("Cannot open {file}: it was written by a newer version of Counterweight; upgrade Counterweight "
                   "to open it.", file=_name(path)),
            where=str(path),
            detail="unknown migrations: " + ", ".join(schema.unknown_migrations(applied)),
        )
    return Probe(applied=applied, pending=schema.pending_migrations(applied))


def probe(path: pathlib.Path) -> Probe:
    """Check, without writing anything, that ``path`` is a healthy project file.

    Parameters
    ----------
    path : pathlib.Path
        The file to examine.

    Returns
    -------
    Probe
        Applied and pending migration names.

    Raises
    ------
    ProjectFileError
        Missing, unreadable or damaged file.
    NotAProjectError
        Not SQLite, or SQLite without Counterweight's tables.
    ProjectTooNewError
        Written by a newer version.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise ProjectFileError(Phrase("Cannot open {file}: the file does not exist.", file=_name(path)),
                               where=str(path)) from None
    except IsADirectoryError:
        raise ProjectFileError(Phrase("Cannot open {file}: it is a folder, not a file.", file=_name(path)),
                               where=str(path)) from None
    except PermissionError:
        raise ProjectFileError(
            Phrase("Cannot open {file}: you do not have permission to read it.", file=_name(path)), where=str(path)
        ) from None
    except OSError as exc:
        raise ProjectFileError(Phrase("Cannot open {file}: {why}.", file=_name(path), why=exc.strerror),
                               where=str(path)) from None
    if not header:
        raise _not_project(path, Phrase("the file is empty, so it is not a Counterweight project."))
    if not header.startswith(SQLITE_MAGIC):
        raise _not_project(path, Phrase("it is not a Counterweight project file."))
    if len(header) < 100:
        raise _damaged(path, Phrase("the file is cut short"))

    try:
        conn = connect_read_only(path)
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise ProjectBusyError(Phrase(
                "Cannot open {file}: another program is writing to it right now. Open it again once that program "
                "has finished.", file=_name(path)), where=str(path), detail=str(exc)) from exc
        raise ProjectFileError(Phrase("Cannot open {file}: {why}.", file=_name(path), why=str(exc)), where=str(path),
                               detail=str(exc)) from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # issue 6: garbled schema text
        raise _damaged(path, _why(exc)) from exc
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # issue 6
            raise _unreadable(path, exc) from exc
        if problems != ["ok"]:
            raise _damaged(path, "; ".join(problems)[:500])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        db = wrap(conn)
        if "_sqlite_migrations" not in tables:
            raise _not_project(path, Phrase("it is a database, but not a Counterweight project."))
        found = check_migrations(path, db)
        if not found.applied or "project" not in tables:
            raise _not_project(path, Phrase("it is a database, but not a Counterweight project."))
        row = conn.execute("SELECT format FROM project WHERE id = 1").fetchone()
        if row is None or row[0] != schema.FORMAT_MARKER:
            raise _not_project(path, Phrase("it is a database, but not a Counterweight project."))
        return found
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # issue 6: garbled text
        raise _unreadable(path, exc) from exc
    finally:
        conn.close()


# ----------------------------------------------------------------- copies


def fsync_dir(folder: pathlib.Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def shortened(text: str, size: int) -> str:
    """``text`` cut to at most ``size`` bytes of UTF-8, never in the middle of a character."""
    return text.encode("utf-8", "surrogateescape")[:max(size, 0)].decode("utf-8", "ignore")


def new_private_file(folder: pathlib.Path, stem: str) -> pathlib.Path:
    """Create an empty file readable only by its owner (mode 0o600) in ``folder``.

    Its name starts with ``stem``, cut short so that the name and its ``-journal``
    fit in :data:`NAME_MAX` bytes (QA 28: a long project name made this fail).
    """
    fitting = shortened(stem, NAME_MAX - len(".0123456789ab.tmp-journal") - 1)
    candidate = folder / f".{fitting}.{uuid.uuid4().hex[:12]}.tmp"
    fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    return candidate


def copy_database(source: sqlite3.Connection, dest: pathlib.Path) -> None:
    """Copy a consistent snapshot of ``source`` into the (empty) file ``dest``.

    Uses SQLite's online backup API, which is safe while ``source`` is in WAL mode
    and being used; a plain file copy is not. The copy is left in rollback-journal
    mode (one self-contained file) and flushed to disk.
    """
    target = sqlite3.connect(str(dest), isolation_level=None)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        target.close()
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_side_files(path: pathlib.Path) -> None:
    """Delete stale ``-wal``/``-shm``/``-journal`` files of ``path`` (caller holds its lock)."""
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def backup_path(path: pathlib.Path, when: dt.datetime | None = None) -> pathlib.Path:
    """A free name ``<stem>.backup-<UTC time>.counterweight`` next to ``path``."""
    stamp = (when or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    stem = path.name[: -len(schema.FILE_SUFFIX)] if path.name.endswith(schema.FILE_SUFFIX) else path.name
    stem = shortened(stem, NAME_MAX - len(f".backup-{stamp}-99{schema.FILE_SUFFIX}"))  # QA 28: long names
    candidate = path.with_name(f"{stem}.backup-{stamp}{schema.FILE_SUFFIX}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}.backup-{stamp}-{n}{schema.FILE_SUFFIX}")
        n += 1
    return candidate


def make_backup(source: sqlite3.Connection, path: pathlib.Path) -> pathlib.Path:
    """Write a backup copy of the project open on ``source`` next to ``path``.

    Returns
    -------
    pathlib.Path
        The backup file (mode 0o600).

    Raises
    ------
    ProjectFileError
        The copy could not be written (QA 28: this was a raw ``sqlite3`` error).
    """
    tmp = None
    try:
        tmp = new_private_file(path.parent, path.name)
        copy_database(source, tmp)
        dest = backup_path(path)
        os.replace(tmp, dest)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if not isinstance(exc, (OSError, sqlite3.Error)):
            raise
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ProjectFileError(
            Phrase("Cannot open {file} for writing: it is from an older version of Counterweight, and the copy kept "
                   "before upgrading it could not be written ({why}).", file=_name(path), why=reason),
            where=str(path), detail=str(exc)) from exc
    fsync_dir(path.parent)
    return dest
