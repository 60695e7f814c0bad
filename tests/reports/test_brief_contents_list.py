"""QA 25 item 8: a brief of more than ten pages opens with a contents list whose page numbers are right.

The numbers are checked against the written PDF itself (the page on which each section's
heading is printed, read back with pypdf), not against the module's own bookkeeping;
the printed copy lists the same pages; a short brief has no list.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")  # the Qt-free run (pytest -p tests.no_qt) skips this file
pypdf = pytest.importorskip("pypdf")

from PySide6.QtGui import QPageSize  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from counterweight.locations import example_decision_path  # noqa: E402
from counterweight.reports.brief_content import build_brief  # noqa: E402
from counterweight.reports.brief_html import document_html  # noqa: E402
from counterweight.reports.pdf_brief import print_brief_on, record_charts, write_pdf  # noqa: E402
from counterweight.services import exchange  # noqa: E402
from tests.factories import small_decision  # noqa: E402

pytestmark = pytest.mark.qt

CREATED = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone.utc)


def _lines(path: Path) -> list[list[str]]:
    """Each page's lines of text, spaces squeezed."""
    return [[" ".join(line.split()) for line in page.extract_text().splitlines()]
            for page in pypdf.PdfReader(str(path)).pages]


def _sections(brief: object) -> list[str]:
    """The titles of the brief's sections (its h2 headings) in order, from its HTML."""
    markup = document_html(brief, colour=lambda v: "#ffffff", charts={})  # type: ignore[arg-type]
    return [html.unescape(re.sub("<[^>]+>", "", t)) for t in re.findall(r"<h2[^>]*>(.*?)</h2>", markup)]


def _contents(first_page: list[str]) -> tuple[dict[str, int], int]:
    """Title -> page number as the contents list on the first page gives it (a cell a line, title then
    number), and the index of the first line after the list."""
    k = first_page.index("Contents") + 1
    listed: dict[str, int] = {}
    while k + 1 < len(first_page) and first_page[k + 1].isdigit():
        listed[first_page[k]] = int(first_page[k + 1])
        k += 2
    return listed, k


def _listed(first_page: list[str]) -> dict[str, int]:
    return _contents(first_page)[0]


def _printed_on(pages: list[list[str]], title: str) -> int:
    """The first page on which ``title`` is a line of its own (the heading), from 1; past the list on page 1."""
    first = pages[0][_contents(pages[0])[1]:]
    for number, lines in enumerate([first, *pages[1:]], start=1):
        if title in lines:
            return number
    raise AssertionError(f"no heading {title!r} in the brief")


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path, dict]:
    brief = build_brief(exchange.read_file(example_decision_path()), marking="OFFICIAL", created=CREATED)
    charts = record_charts(brief)
    path = tmp_path_factory.mktemp("contents") / "exported.pdf"
    write_pdf(brief, path, charts)
    return brief, path, charts


def test_every_section_is_listed_with_the_page_its_heading_is_printed_on(example) -> None:  # noqa: ANN001
    brief, path, _ = example
    pages = _lines(path)
    assert len(pages) > 10 and "Contents" in pages[0]
    titles = _sections(brief)
    listed = _listed(pages[0])
    assert set(listed) == set(titles) and len(titles) >= 10  # every section, the list itself not among them
    assert listed == {t: _printed_on(pages, t) for t in titles}
    assert listed["Summary"] == 1 and listed[titles[-1]] <= len(pages)
    in_order = [listed[t] for t in titles]  # the text runs row by row; the list runs down its columns
    assert in_order == sorted(in_order)


def test_the_printed_copy_lists_the_same_pages(example, tmp_path: Path) -> None:  # noqa: ANN001
    brief, path, charts = example
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(printed))
    print_brief_on(printer, brief, charts)
    del printer  # finishes the file
    want, got = _lines(path), _lines(printed)
    titles = _sections(brief)
    assert len(got) == len(want) and _listed(got[0]) == _listed(want[0])
    assert {t: _printed_on(got, t) for t in titles} == _listed(got[0])


def test_a_short_brief_has_no_contents_list(tmp_path: Path) -> None:
    brief = build_brief(small_decision(), created=CREATED)
    path = tmp_path / "short.pdf"
    pages = write_pdf(brief, path)
    assert pages <= 10
    assert not any("Contents" in lines for lines in _lines(path))
