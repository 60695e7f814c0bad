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
