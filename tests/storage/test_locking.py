"""One writer per file: other openers get a read-only project with a reason."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import counterweight
from counterweight.domain import ProjectFileError, ReadOnlyProjectError
from counterweight.storage import ProjectStore, audit, placement
from tests.storage.builders import grid_decision, replace_score

CHILD = Path(__file__).with_name("child_process.py")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project(folder: Path) -> Path:
    path = folder / "p.counterweight"
    ProjectStore.create(path, grid_decision(3, 2)).close()
    return path


def start_child(mode: str, path: Path, *, stdin: bool = False) -> subprocess.Popen[str]:
    """Start ``child_process.py`` with this checkout's package importable."""
    env = dict(os.environ)
    package_root = str(Path(counterweight.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen([sys.executable, str(CHILD), mode, str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                            text=True, env=env)


def test_second_store_in_the_same_process_is_read_only(folder: Path) -> None:
    path = _project(folder)
    first = ProjectStore.open(path)
    try:
        second = ProjectStore.open(path)
        with second:
            assert not first.read_only
            assert second.read_only
            who = f"{audit.current_user()}@{socket.gethostname()}, pid {os.getpid()}"
            assert second.read_only_reason == f"The project is open in another Counterweight window ({who})."
            d = second.load()
            with pytest.raises(ReadOnlyProjectError, match="another Counterweight window"):
                second.commit(d, replace_score(d, "O1", "C1", value=1.0), action="x", target="y",
                              before=None, after=None)
            # the reader sees what the writer commits
            d2 = replace_score(d, "O1", "C1", value=7.0)
            first.commit(d, d2, action="Set score", target="t", before=None, after=None)
            assert second.load() == d2
    finally:
        first.close()
    with ProjectStore.open(path) as third:
        assert not third.read_only
    assert not Path(f"{path}.lock").exists()


def test_lock_is_shared_by_every_name_of_the_file(folder: Path) -> None:
    path = _project(folder)
    alias = folder / "alias.counterweight"
    alias.symlink_to(path)
    with ProjectStore.open(path), ProjectStore.open(alias) as second:
        assert second.read_only


def test_another_process_gets_read_only_and_the_os_frees_the_lock_when_it_dies(folder: Path) -> None:
    path = _project(folder)
    child = start_child("hold", path)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert line[:1] == ["ready"], child.stderr.read() if child.stderr else line
        pid = int(line[1])
        with ProjectStore.open(path) as store:
            assert store.read_only
            assert f"pid {pid})" in store.read_only_reason
            assert "another Counterweight window" in store.read_only_reason
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
    with ProjectStore.open(path) as store:  # no clean-up by the dead process was needed
        assert not store.read_only, store.read_only_reason
        assert store.load() == grid_decision(3, 2)


def test_explicit_read_only_never_changes_the_file(folder: Path) -> None:
    path = _project(folder)
    before = _sha(path)
    with ProjectStore.open(path, read_only=True) as store:
        assert store.read_only and store.read_only_reason == "The project was opened read-only."
        d = store.load()
        store.audit_log()
        with pytest.raises(ReadOnlyProjectError):
            store.commit(d, replace_score(d, "O1", "C1", value=1.0), action="x", target="y",
                         before=None, after=None)
    assert _sha(path) == before
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_read_only_opener_does_not_block_a_writer(folder: Path) -> None:
    path = _project(folder)
    with ProjectStore.open(path, read_only=True) as reader, ProjectStore.open(path) as writer:
        assert not writer.read_only
        d = writer.load()
        d2 = replace_score(d, "O2", "C0", value=55.0)
        writer.commit(d, d2, action="Set score", target="t", before=None, after=None)
        assert reader.load() == d2


def test_file_not_writable_on_disk_opens_read_only_simulated(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root can write read-only files, so the permission check itself is simulated here;
    # test_file_not_writable_on_disk_opens_read_only does it for real as a normal user.
    path = _project(folder)
    real_access = os.access
    monkeypatch.setattr(placement.os, "access",
                        lambda p, mode: False if (Path(p) == path and mode == os.W_OK) else real_access(p, mode))
    before = _sha(path)
    with ProjectStore.open(path) as store:
        assert store.read_only and store.read_only_reason == "The file is read-only on disk."
        store.load()
    assert _sha(path) == before
    assert not Path(f"{path}.lock").exists()


@pytest.mark.skipif(IS_ROOT, reason="root can write read-only files")
def test_file_not_writable_on_disk_opens_read_only(folder: Path) -> None:
    path = _project(folder)
    path.chmod(0o444)
    try:
        before = _sha(path)
        with ProjectStore.open(path) as store:
            assert store.read_only and store.read_only_reason == "The file is read-only on disk."
            assert store.load() == grid_decision(3, 2)
        assert _sha(path) == before
    finally:
        path.chmod(0o600)


@pytest.mark.skipif(IS_ROOT, reason="root can write into read-only folders")
def test_read_only_folder_opens_read_only(folder: Path) -> None:
    path = _project(folder)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with ProjectStore.open(path) as store:
            assert store.read_only and "folder" in store.read_only_reason
            assert store.load() == grid_decision(3, 2)
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(IS_ROOT, reason="root can write into read-only folders")
def test_wal_mode_file_in_read_only_folder_still_opens(folder: Path) -> None:
    path = _project(folder)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"  # as if copied mid-session
    conn.close()
    before = _sha(path)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with ProjectStore.open(path) as store:
            assert store.read_only
            assert store.load() == grid_decision(3, 2)
    finally:
        folder.chmod(0o700)
    assert _sha(path) == before


def test_create_and_save_as_refuse_to_replace_a_file_open_elsewhere(folder: Path) -> None:
    path = _project(folder)
    other = folder / "other.counterweight"
    ProjectStore.create(other, grid_decision(2, 2)).close()
    with ProjectStore.open(path) as holder:
        before = _sha(path)
        with pytest.raises(ProjectFileError, match="open in another Counterweight window"):
            ProjectStore.create(path, grid_decision(1, 1), overwrite=True)
        with ProjectStore.open(other) as second, pytest.raises(ProjectFileError, match="another Counterweight"):
            second.save_as(path)
        assert holder.load() == grid_decision(3, 2)
        assert _sha(path) == before
    with ProjectStore.open(path) as store:
        assert store.load() == grid_decision(3, 2)
