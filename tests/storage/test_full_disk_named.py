"""A change refused for want of room says the disk looks full (session 27, h27e).

A disk that fills, simulated by a file-size limit (``RLIMIT_FSIZE``: writes past it fail
with ``EFBIG``), reaches SQLite as a "disk I/O error": the message named no reason. When
the free space where the project lives is next to none, it now says the disk looks full
(:func:`counterweight.disk_space.low_on_space`, shared with the PDF brief). The limit is
set in a child process; the free-space reading is replaced there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("resource")  # POSIX only
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are POSIX")

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import resource, shutil, signal, sys
from pathlib import Path
from counterweight.domain.errors import ProjectFileError
from counterweight.services.edits import UpdateInfo
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

path, free = Path(sys.argv[1]), sys.argv[2]
session = ProjectSession.create(path, small_decision())
if free == "low":
    real = shutil.disk_usage
    shutil.disk_usage = lambda folder: real(folder)._replace(free=4096)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of ending the process
wal = Path(f"{path}-wal")  # the change goes there first
resource.setrlimit(resource.RLIMIT_FSIZE, (wal.stat().st_size + 1024, resource.RLIM_INFINITY))
d = session.decision
try:
    session.apply(UpdateInfo(d.title, "x" * 20_000, d.notice))
except ProjectFileError as exc:
    print(exc.message)
"""


def _refused(tmp_path: Path, free: str) -> str:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'desktop'}{os.pathsep}{ROOT}",
           "COUNTERWEIGHT_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / free / "plan.counterweight"), free],
                          env=env, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_change_refused_on_a_full_disk_says_the_disk_looks_full(tmp_path: Path) -> None:
    (tmp_path / "low").mkdir()
    said = _refused(tmp_path, "low")
    assert said.startswith("The change could not be saved to “plan.counterweight”: the disk holding it looks full")
    assert "disk I/O error" in said and "Free some space" in said and "the file still holds the previous state" in said


def test_with_room_on_the_disk_the_error_is_not_called_a_full_disk(tmp_path: Path) -> None:
    (tmp_path / "room").mkdir()
    said = _refused(tmp_path, "room")
    assert "disk I/O error" in said
    assert "looks full" not in said
