"""``counterweight report --progress``: the lines the window follows while a child writes its brief (QA 27)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from counterweight.locations import example_decision_path  # noqa: E402
from counterweight.services import briefing, exchange  # noqa: E402
from counterweight.services.marking import SetMarking  # noqa: E402
from counterweight.services.perspectives import TakeSnapshot  # noqa: E402
from counterweight.services.session import ProjectSession  # noqa: E402


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "example.counterweight"
    with ProjectSession.create(path, exchange.read_file(example_decision_path())) as session:
        session.apply(TakeSnapshot.of(session.decision, "Before the marking"))
        session.apply(SetMarking("OFFICIAL"))
    return path


def test_progress_lines_rise_from_0_to_1_then_give_the_pages(cli, project: Path,  # noqa: ANN001
                                                             tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = cli("report", project, "-o", out, "--progress")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    shares = [float(line.split()[1]) for line in lines if line.startswith("progress ")]
    assert shares[0] == 0.0 and shares[-1] == 1.0
    assert shares == sorted(shares) and len(set(shares)) == len(shares)  # rising, each share once
    assert len(shares) > 10  # the analyses and every page say how far they are
    pages = len(pypdf.PdfReader(str(out)).pages)
    assert lines[len(shares)] == f"pages {pages}"  # after the last progress line
    assert f"({pages} pages, marked OFFICIAL)" in result.out  # the sentence for people is still there


def test_without_the_option_nothing_changes(cli, project: Path, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("report", project, "-o", tmp_path / "b.pdf")
    assert result.code == 0 and "progress" not in result.out and "\npages " not in result.out


def test_the_help_says_who_the_option_is_for(cli) -> None:  # noqa: ANN001
    result = cli("report", "--help")
    assert "--progress" in result.out and "for programs that run the report" in " ".join(result.out.split())


def test_the_file_gives_the_brief_the_open_project_gives(project: Path) -> None:
    """What the window knows of a saved project is what its file says: the child's brief is the window's."""
    with ProjectSession.open(project) as session:
        window = briefing.request_for_session(session, marking=session.decision.marking, prepared_by="Ann")
        child = briefing.request_for_file(project, marking=session.decision.marking, prepared_by="Ann")
    for field in ("decision", "marking", "prepared_by", "analysts", "audit", "source_name", "elicited_by"):
        assert getattr(child, field) == getattr(window, field), field
    assert repr(child.elicitations) == repr(window.elicitations)  # they hold NumPy arrays: compared as text
    assert child.audit is not None and child.audit.entries == 3 and child.marking == "OFFICIAL"
    assert [n for _, n in child.audit.since_snapshots] == [1] and child.source_name == project.name
