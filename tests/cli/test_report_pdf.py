"""``counterweight report``: exit statuses, the marking option and the file it writes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from counterweight.services import exchange  # noqa: E402
from counterweight.services.marking import SetMarking  # noqa: E402
from counterweight.services.session import ProjectSession  # noqa: E402
from tests.factories import small_decision  # noqa: E402


def _texts(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "small.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetMarking("OFFICIAL"))
    return path


def test_writes_the_brief_with_the_projects_marking(cli, project: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "brief.pdf"
    result = cli("report", project, "-o", out)
    assert result.code == 0, result.err
    texts = _texts(out)
    assert f"({len(texts)} pages, marked OFFICIAL)" in result.out
    assert all(t.count("OFFICIAL") >= 2 for t in texts)
    assert "Audit summary" in " ".join(texts)


def test_marking_option_replaces_the_projects(cli, project: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "brief.pdf"
    assert cli("report", project, "-o", out, "--marking", "SECRET").code == 0
    texts = _texts(out)
    assert all(t.count("SECRET") >= 2 for t in texts)
    with ProjectSession.open(project, read_only=True) as session:
        assert session.decision.marking == "OFFICIAL"  # the file is only read


def test_a_json_decision_file_works_too(cli, tmp_path: Path) -> None:  # noqa: ANN001
    source = tmp_path / "d.json"
    exchange.write_file(source, small_decision())
    out = tmp_path / "b.pdf"
    result = cli("report", source, "-o", out, "--marking", "")
    assert result.code == 0 and "no protective marking" in result.out
    assert "no audit trail" in " ".join(_texts(out))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-o", "{tmp}/b.txt"], "choose a name ending in .pdf"),
        (["-o", "{tmp}/exists.pdf"], "already exists; add --force"),
        (["-o", "{tmp}/b.pdf", "--marking", "x" * 121], "at most 120 characters"),
        (["-o", "{tmp}/no-such-folder/b.pdf"], "Could not write the PDF brief: the folder does not exist"),
        (["-o", "{tmp}/exists.pdf/b.pdf"], "Could not write the PDF brief: part of the path is a file, not a folder"),
    ],
)
def test_bad_input_exits_2_with_one_line(cli, project: Path, tmp_path: Path, args: list[str],  # noqa: ANN001
                                         expected: str) -> None:
    (tmp_path / "exists.pdf").write_bytes(b"keep me")
    result = cli("report", project, *[a.format(tmp=tmp_path) for a in args])
    assert result.code == 2
    assert len(result.err_lines) == 1 and result.err.startswith("counterweight: error: ")
    assert expected in result.err
    assert (tmp_path / "exists.pdf").read_bytes() == b"keep me"
    assert not list(tmp_path.rglob("*.part"))


def test_a_missing_folder_gives_one_line_and_no_qt_noise(project: Path, tmp_path: Path) -> None:
    """Qt printed "QPainter::begin(): Returned false" before a vague "could not be opened for drawing"."""
    from tests.cli.conftest import run_subprocess

    target = tmp_path / "nodir" / "x.pdf"
    result = run_subprocess(["report", project, "-o", target])
    assert result.code == 2
    assert result.err == f"counterweight: error: {target}: Could not write the PDF brief: the folder does not exist.\n"


def test_a_folder_named_like_the_brief_is_named(cli, project: Path, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "folder.pdf"
    target.mkdir()
    result = cli("report", project, "-o", target, "--force")
    assert result.code == 2
    assert result.err == f"counterweight: error: {target}: Could not write the PDF brief: a folder has that name.\n"
    assert not list(tmp_path.rglob("*.part")) and target.is_dir()


def test_missing_input_exits_2(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("report", tmp_path / "nope.counterweight", "-o", tmp_path / "b.pdf")
    assert result.code == 2 and "nope.counterweight" in result.err
    assert not (tmp_path / "b.pdf").exists()


def test_force_replaces(cli, project: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "b.pdf"
    out.write_bytes(b"old")
    assert cli("report", project, "-o", out, "--force").code == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_listed_in_help(cli) -> None:  # noqa: ANN001
    result = cli("report", "--help")
    assert result.code == 0 and "--marking" in result.out and "OUT.pdf" in result.out
