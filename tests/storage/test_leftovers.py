"""What a killed Counterweight leaves beside a project is removed later, and nothing else is (QA pass 24, item 5).

A process is stopped while it writes (tests/storage/leftover_child.py) and then killed
with SIGKILL, so the files are exactly those a crash, ``kill -9`` or a power cut leaves.
While the process lives nothing of its is touched; once it is dead the next sweep of the
folder removes its files. Look-alikes that are not provably ours, or not provably dead,
stay.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import counterweight
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services.spreadsheet import import_spreadsheet
from counterweight.storage import ProjectStore, leftovers
from counterweight.storage.locking import ProjectLock
from tests.factories import small_decision
from tests.storage.builders import grid_decision
from tests.storage.test_locking import start_child

CHILD = Path(__file__).with_name("leftover_child.py")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL and POSIX locks")


def _start(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    package_root = str(Path(counterweight.__file__).resolve().parent.parent)
    repo_root = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, repo_root, env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    line = proc.stdout.readline().strip()  # type: ignore[union-attr]
    if not line.startswith("writing"):
        proc.kill()
        raise AssertionError(f"the child did not start writing: {line!r} {proc.stderr.read()}")  # type: ignore[union-attr]
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _names(folder: Path) -> set[str]:
    return set(os.listdir(folder))


def _age(folder: Path, seconds: float = 60) -> None:
    """Make every file look untouched for ``seconds`` (time passing before the next open)."""
    then = time.time() - seconds
    for name in os.listdir(folder):
        os.utime(folder / name, (then, then), follow_symlinks=False)


def _killed_import(folder: Path) -> set[str]:
    """What a process killed while creating ``imported.counterweight`` leaves; its names."""
    proc = _start("create", str(folder / "imported.counterweight"))
    try:
        left = _names(folder)
    finally:
        _kill(proc)
    return left


def test_a_killed_import_leaves_files_that_the_next_sweep_removes(folder: Path, caplog) -> None:
    proc = _start("create", str(folder / "imported.counterweight"))
    try:
        left = _names(folder)
        temp = [n for n in left if n.endswith(".tmp")]
        assert len(temp) == 1 and leftovers.TEMP_NAME.fullmatch(temp[0])  # .imported.counterweight.<hex>.tmp
        assert left == {temp[0], temp[0] + "-journal", "imported.counterweight.lock"}  # as QA 24 found
        _age(folder)
        assert leftovers.sweep(folder, grace=0) == []  # alive: its lock is held, nothing is touched
        assert _names(folder) == left
    finally:
        _kill(proc)
    assert _names(folder) == left  # a kill cleans nothing up
    with caplog.at_level(logging.WARNING):
        removed = leftovers.sweep(folder, grace=0)
    assert {p.name for p in removed} == left and _names(folder) == set()
    assert all(name in caplog.text for name in left)  # each removal is logged


def test_a_fresh_temporary_file_is_left_for_a_while(folder: Path) -> None:
    """A restore copies its file before taking the lock: a temporary file touched just now stays."""
    left = _killed_import(folder)
    assert leftovers.sweep(folder) == [] and _names(folder) == left  # killed a moment ago
    _age(folder, leftovers.GRACE_SECONDS + 5)
    assert {p.name for p in leftovers.sweep(folder)} == left


def test_the_stale_lock_of_a_killed_window_is_removed_and_the_project_kept(folder: Path) -> None:
    path = folder / "p.counterweight"
    ProjectStore.create(path, grid_decision(3, 2)).close()
    child = start_child("hold", path)
    try:
        assert child.stdout is not None and child.stdout.readline().startswith("ready")
        assert leftovers.sweep(folder) == [] and Path(f"{path}.lock").exists()  # the window is open
    finally:
        child.kill()
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    before = path.read_bytes()
    removed = leftovers.sweep(folder)
    assert [p.name for p in removed] == ["p.counterweight.lock"]
    assert path.read_bytes() == before and os.path.exists(f"{path}-wal")  # the project and its saved changes
    with ProjectStore.open(path) as store:
        assert not store.read_only


@pytest.mark.qt
def test_a_killed_brief_export_leaves_a_part_file_that_the_next_sweep_removes(folder: Path) -> None:
    project = folder / "p.counterweight"
    ProjectStore.create(project, grid_decision(3, 2)).close()
    proc = _start("brief", str(folder / "brief.pdf"), str(project))
    try:
        assert {"brief.pdf.part", "brief.pdf.part.lock"} <= _names(folder)
        assert leftovers.sweep(folder, grace=0) == []  # alive
        assert (folder / "brief.pdf.part").exists()
    finally:
        _kill(proc)
    assert {p.name for p in leftovers.sweep(folder)} == {"brief.pdf.part", "brief.pdf.part.lock"}
    assert _names(folder) == {"p.counterweight"}


def _holder(host: str) -> bytes:
    return b"\n" + json.dumps({"user": "someone", "host": host, "pid": 4242}).encode()


def test_nothing_that_is_not_provably_ours_and_dead_is_touched(folder: Path) -> None:
    planted = {
        ".notes.txt.0123456789ab.tmp": b"another program's temporary file",
        ".p.counterweight.not-hex-digits.tmp": b"not our name pattern",
        ".q.counterweight.0123456789ab.tmp.bak": b"not our name pattern",
        "download.pdf.part": b"%PDF a browser's download: no lock says it is ours",
        "report.pdf.part": b"",
        "report.pdf.part.lock": _holder("another-computer"),  # a lock held over a network share
        "x.counterweight.lock": b"some other program's lock",
        "notes.lock": b"",
    }
    for name, data in planted.items():
        (folder / name).write_bytes(data)
    (folder / ".d.counterweight.0123456789ab.tmp").mkdir()  # a folder with our name pattern
    (folder / ".e.counterweight.0123456789ab.tmp").symlink_to(folder / "notes.lock")
    live = folder / "live.counterweight"
    ProjectStore.create(live, grid_decision(2, 2)).close()
    (folder / ".live.counterweight.0123456789ab.tmp").write_bytes(b"being written under live's lock")
    held = ProjectLock(live)  # a live holder (another descriptor counts as another holder)
    assert held.try_acquire() is None
    _age(folder)
    before = _names(folder)
    try:
        assert leftovers.sweep(folder, grace=0) == []
        assert _names(folder) == before
    finally:
        held.release()
    assert [p.name for p in leftovers.sweep(folder, grace=0)] == [".live.counterweight.0123456789ab.tmp"]


def test_a_read_only_or_missing_folder_is_left_alone(tmp_path: Path) -> None:
    assert leftovers.sweep(tmp_path / "missing") == []


def test_an_import_from_the_command_line_removes_what_a_killed_import_left(folder: Path, tmp_path: Path) -> None:
    left = _killed_import(folder)
    _age(folder)
    good = write_xlsx(small_decision(), tmp_path / "good.xlsx")
    created = import_spreadsheet(good, folder / "imported")
    assert _names(folder) == {created.name} and not (left & _names(folder))
