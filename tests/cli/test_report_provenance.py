"""``counterweight report`` prints the brief's provenance line: history, head hash, snapshot, version."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from counterweight import __version__  # noqa: E402
from counterweight.services.edits import SetWeight  # noqa: E402
from counterweight.services.history import verify_audit  # noqa: E402
from counterweight.services.perspectives import TakeSnapshot  # noqa: E402
from counterweight.services.session import ProjectSession  # noqa: E402
from tests.factories import small_decision  # noqa: E402


def test_report_prints_the_same_provenance_as_the_title_block(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(TakeSnapshot.of(session.decision, "Submitted"))
        session.apply(SetWeight("harm", 2.0))
    out = tmp_path / "brief.pdf"
    result = cli("report", path, "-o", out)
    assert result.code == 0, result.err
    head = verify_audit(path).head_hash[:12]
    line = result.out.splitlines()[-1]
    assert line.startswith("Project history: 3 recorded changes, the last on ")
    assert f"verified, head hash {head}\u2026; Latest snapshot: \u2018Submitted\u2019, " in line
    assert line.endswith(f"; 1 change since; Made with: Counterweight {__version__}.")
    first = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    assert f"head hash {head}" in first and f"Counterweight {__version__}" in first
