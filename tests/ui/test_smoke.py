"""The smoke test the packaging tests and the quick start run (:mod:`counterweight.ui.smoke`).

From the source tree, as ``python -m counterweight`` does: the window opens on the
example and, with ``COUNTERWEIGHT_SMOKE_BRIEF``, exports its brief through the child
process File > Export brief uses. tests/packaging/test_bundle.py runs the same on a
built bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import subprocess_env

_START = """
import sys
from counterweight.__main__ import main
sys.exit(main([]))
"""


def _start(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = subprocess_env()
    env.update({"QT_QPA_PLATFORM": "offscreen", "COUNTERWEIGHT_HOME": str(tmp_path / "home"),
                "COUNTERWEIGHT_SMOKE_TEST": "1", **extra})
    return subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=240, cwd=os.fspath(tmp_path), check=False)


def test_the_window_writes_its_brief_in_a_child_process(tmp_path: Path) -> None:
    out = tmp_path / "smoke brief.pdf"
    proc = _start(tmp_path, COUNTERWEIGHT_SMOKE_BRIEF=str(out))
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    lines = [line for line in proc.stdout.splitlines() if line.startswith("smoke test:")]
    assert lines[0].startswith("smoke test: window shown (Responding to North Korean troops"), lines
    assert lines[1].startswith(f"smoke test: brief written in a child process ({out}, "), lines
    pages = int(lines[1].rsplit(", ", 1)[1].split()[0])
    assert pages > 5
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert not list(tmp_path.glob("*.part"))


def test_a_brief_that_cannot_be_written_fails_the_smoke_test(tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "brief.pdf"
    proc = _start(tmp_path, COUNTERWEIGHT_SMOKE_BRIEF=str(out))
    assert proc.returncode == 1, proc.stdout + proc.stderr[-2000:]
    assert "smoke test: brief failed: " in proc.stdout, proc.stdout
    assert not out.exists()


def test_without_a_brief_the_window_only_opens(tmp_path: Path) -> None:
    proc = _start(tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    said = [line for line in proc.stdout.splitlines() if line.startswith("smoke test:")]
    assert len(said) == 1 and said[0].startswith("smoke test: window shown"), said
