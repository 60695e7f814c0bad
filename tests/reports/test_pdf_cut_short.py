"""A PDF brief cut short by a full disk is an error, never a file (QA pass 28, items 1 and 2).

Qt reports no failed write: with the disk filling while the brief's last bytes went out,
``counterweight report`` printed "Wrote the brief … (15 pages)", exited 0 and left a PDF with
no end that no reader opens. A file-size limit (``RLIMIT_FSIZE``) makes writes past it fail as a
full disk does, without needing a mount.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from counterweight.locations import example_decision_path
from counterweight.reports import pdf_output

resource = pytest.importorskip("resource")  # POSIX only
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are POSIX")

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _report(out: Path, limit: int | None) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": str(DESKTOP), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "counterweight", "report", str(example_decision_path()), "-o",
                           str(out)], env=env, capture_output=True, text=True, timeout=300,
                          preexec_fn=cap if limit else None, check=False)


def test_a_brief_cut_short_is_reported_and_leaves_nothing(tmp_path: Path) -> None:
    whole = _report(tmp_path / "whole.pdf", None)
    assert whole.returncode == 0, whole.stderr
    size = (tmp_path / "whole.pdf").stat().st_size
    out = tmp_path / "cut" / "brief.pdf"
    out.parent.mkdir()
    for limit in (size // 3, size - 2_000):  # early in the brief, and only its last bytes missing
        cut = _report(out, limit)
        assert cut.returncode == 2, (limit, cut.stdout, cut.stderr)
        assert "Could not write the whole PDF brief: the file was cut short" in cut.stderr
        assert "Wrote the brief" not in cut.stdout
        assert list(out.parent.iterdir()) == []  # neither the PDF nor its .part


def test_a_whole_pdf_ends_with_its_marker_and_a_cut_one_does_not(tmp_path: Path) -> None:
    assert _report(tmp_path / "b.pdf", None).returncode == 0
    data = (tmp_path / "b.pdf").read_bytes()
    assert pdf_output.finished_pdf(tmp_path / "b.pdf")
    (tmp_path / "c.pdf").write_bytes(data[: len(data) - 200])
    (tmp_path / "e.pdf").write_bytes(b"")
    assert not pdf_output.finished_pdf(tmp_path / "c.pdf") and not pdf_output.finished_pdf(tmp_path / "e.pdf")
    assert not pdf_output.finished_pdf(tmp_path / "missing.pdf")


def test_a_full_disk_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A write that failed on a disk with next to no space left says so, not "a new page could not be started"."""
    import shutil

    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage._replace(free=4096))
    from counterweight.disk_space import low_on_space

    assert low_on_space(tmp_path)
    assert pdf_output.cannot_write_reason(tmp_path / "b.pdf", low=True) == (
        "Could not write the PDF brief: no space left on the disk. Nothing was written.")
