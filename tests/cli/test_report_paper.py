"""``counterweight report --paper a4|letter`` (h25d): the brief on A4 (the default) or US Letter pages.

Letter is 5.9 mm wider and 17.6 mm shorter than A4: the same brief takes as many pages or more, and
every page is Letter sized; the marking and page numbers still print on each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.services.marking import SetMarking
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

#: Page sizes in PDF points (1/72 inch).
A4_POINTS, LETTER_POINTS = (595, 842), (612, 792)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "small.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetMarking("OFFICIAL"))
    return path


def _pages(path: Path) -> list[tuple[int, int]]:
    pypdf = pytest.importorskip("pypdf")
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pypdf.PdfReader(str(path)).pages]


def test_an_unknown_paper_is_refused_before_anything_is_drawn(cli, project: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "b.pdf"
    result = cli("report", project, "-o", out, "--paper", "legal")
    assert result.code == 2 and "--paper: invalid choice: 'legal' (choose from 'a4', 'letter')" in result.err
    assert not out.exists()


@pytest.mark.qt
def test_letter_pages_and_the_a4_default(cli, project: Path, tmp_path: Path) -> None:  # noqa: ANN001
    a4, letter, named = tmp_path / "a4.pdf", tmp_path / "letter.pdf", tmp_path / "named.pdf"
    assert cli("report", project, "-o", a4).code == 0
    result = cli("report", project, "-o", letter, "--paper", "Letter")  # any case
    assert result.code == 0, result.err
    assert cli("report", project, "-o", named, "--paper", "a4").code == 0
    assert set(_pages(a4)) == {A4_POINTS} and _pages(named) == _pages(a4)
    pages = _pages(letter)
    assert set(pages) == {LETTER_POINTS} and len(pages) >= len(_pages(a4))
    assert f"({len(pages)} pages on US Letter paper, marked OFFICIAL)" in result.out
    pypdf = pytest.importorskip("pypdf")
    texts = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(letter)).pages]
    assert all(t.count("OFFICIAL") >= 2 and f"of {len(pages)}" in t for t in texts)
