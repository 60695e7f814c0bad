"""``counterweight report --prepared-by``: the name a brief prints as its preparer (QA 25 item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from counterweight.services import exchange  # noqa: E402
from tests.factories import small_decision  # noqa: E402


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "d.json"
    exchange.write_file(path, small_decision())
    return path


def test_the_name_given_is_printed_on_the_title_page(cli, source: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "b.pdf"
    assert cli("report", source, "-o", out, "--prepared-by", "Ann Smith, Strategy Unit").code == 0
    first = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    assert "Prepared by Ann Smith, Strategy Unit" in first


def test_a_name_too_long_exits_2_naming_the_option(cli, source: Path, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("report", source, "-o", tmp_path / "b.pdf", "--prepared-by", "x" * 121)
    assert result.code == 2 and len(result.err_lines) == 1
    assert "--prepared-by:" in result.err and "at most 120" in result.err
    assert not (tmp_path / "b.pdf").exists()


def test_view_group_writes_the_group_views_brief_and_an_unknown_analyst_is_named(  # h25k
        cli, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.reports.test_brief_disputes_shared import flood

    source = tmp_path / "flood.json"
    exchange.write_file(source, flood())
    out = tmp_path / "g.pdf"
    result = cli("report", source, "-o", out, "--view", "group")
    assert result.code == 0 and "results from the group view" in result.out
    first = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    assert "Results use the group view (the analysts' views combined), not the shared inputs" in first
    result = cli("report", source, "-o", tmp_path / "x.pdf", "--view", "Nobody")
    assert result.code == 2 and len(result.err_lines) == 1 and "--view:" in result.err
    assert "'Tom Hughes' (id an2)" in result.err and not (tmp_path / "x.pdf").exists()
