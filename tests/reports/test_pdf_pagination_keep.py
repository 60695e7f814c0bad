"""Page breaks of the printed brief: each chart printed once, headings kept with what they introduce.

Read back two ways: the PDF text per page (pypdf), and the laid-out document,
walked here block by block without the pagination module's own bookkeeping.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from PySide6.QtCore import QMarginsF, QSizeF  # noqa: E402
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextCursor, QTextDocument  # noqa: E402

from counterweight.domain import Decision  # noqa: E402
from counterweight.locations import example_decision_path  # noqa: E402
from counterweight.charts.weights_chart import TITLE as WEIGHTS_TITLE  # noqa: E402
from counterweight.reports.brief_charts import build_charts, record_charts  # noqa: E402
from counterweight.reports.brief_content import build_brief  # noqa: E402
from counterweight.reports.pdf_brief import layout_document, write_pdf  # noqa: E402
from counterweight.reports.pdf_pagination import keep_together  # noqa: E402
from counterweight.services import exchange  # noqa: E402
from counterweight.services.briefing import request_for_file  # noqa: E402

pytestmark = pytest.mark.qt


def squash(text: str) -> str:
    return "".join(text.split())


@dataclass
class Piece:
    """A top-level paragraph or a whole table, with the page its first line is printed on."""

    text: str
    heading: bool
    table: bool
    chart: bool
    page: int
    lines: int


def pieces(doc: QTextDocument) -> list[Piece]:
    """The document's non-empty paragraphs and tables in order, each with the page of its first line."""
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    out: list[Piece] = []
    tables: set[int] = set()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        first = rect.top() + (block.layout().lineAt(0).y() if block.layout().lineCount() else 0.0)
        where = int((first + 0.5) // page)
        table = QTextCursor(block).currentTable()
        if table is not None:
            if table.firstPosition() not in tables:
                tables.add(table.firstPosition())
                out.append(Piece("<table>", False, True, False, where, 0))
            elif out and out[-1].table:
                out[-1].page = min(out[-1].page, where)
        elif block.text().strip():
            out.append(Piece(block.text(), block.blockFormat().headingLevel() > 0, False,
                             "\ufffc" in block.text(), where, block.layout().lineCount()))
        block = block.next()
    return out


def assert_headings_kept(doc: QTextDocument) -> None:
    """No heading ends a page, and a heading's short introduction and its table or chart start on its page."""
    items = pieces(doc)
    for k, item in enumerate(items):
        if not item.heading:
            continue
        assert k + 1 < len(items) and items[k + 1].page == item.page, f"{item.text!r} is the last text on its page"
        nxt = k + 1
        while nxt < min(k + 3, len(items)) and not (items[nxt].heading or items[nxt].table or items[nxt].chart) \
                and items[nxt].lines <= 3:
            nxt += 1
        if nxt < len(items) and items[nxt].table:
            assert items[nxt].page == item.page, f"the table after {item.text!r} starts on a later page"


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    return writer


def long_names() -> Decision:
    """The example with the option names of QA pass 14 (one of them 190 characters long)."""
    d = exchange.read_file(example_decision_path())
    names = ["=1+1", "Zürich–東京 “Plan” 'B' \"C\", x; y", "L" + "o" * 150 + "ng option name with a distinct END",
             "+33 6 12 34 56 78", "@SUM(A1:A9)"]
    options = [o.model_copy(update={"name": n}) for o, n in zip(d.options, names, strict=False)]
    return d.model_copy(update={"options": options + list(d.options[len(names):]),
                                "title": 'Brief "quoted" — Zürich <b>bold</b> & =1+1'})


# ------------------------------------------------------------------ charts printed once
def test_each_chart_is_printed_once_on_the_page_where_it_shows(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    brief = request_for_file(example_decision_path(), marking=None).build()  # what `counterweight report` prints
    charts, _ = build_charts(brief)
    titles = {name: squash(html.unescape(chart.title()))[:30] for name, chart in charts.items()}
    # the Weights section's chart (painted, not a Qt chart) comes after the ranking's;
    # the Trade-offs map (after At a glance) comes between them
    titles = {"contribution": titles.pop("contribution"), "tradeoff": titles.pop("tradeoff"),
              "weights": squash(WEIGHTS_TITLE)[:30], **titles}
    assert len(titles) == 5
    pictures = record_charts(brief)
    out = tmp_path / "brief.pdf"
    write_pdf(brief, out, pictures)
    pages = [squash(p.extract_text()) for p in pypdf.PdfReader(str(out)).pages]
    doc, _ = layout_document(brief, _writer(tmp_path / "layout.pdf"), pictures)
    chart_pages = [p.page for p in pieces(doc) if p.chart]
    assert len(chart_pages) == 5
    for (name, title), page in zip(titles.items(), chart_pages, strict=True):  # charts come in the brief's order
        found = [k for k, text in enumerate(pages) if title in text]
        assert sum(text.count(title) for text in pages) == 1, f"{name} chart's title printed {len(found)} times"
        assert found == [page], f"{name} chart's title is on page {found}, its picture on page {page}"


# ------------------------------------------------------------------ headings keep with what follows
@pytest.mark.parametrize("decision", ["example", "long names"])
def test_no_heading_is_left_at_a_page_foot_in_the_brief(qapp, tmp_path: Path, decision: str) -> None:  # noqa: ANN001
    d = exchange.read_file(example_decision_path()) if decision == "example" else long_names()
    brief = build_brief(d)
    doc, _ = layout_document(brief, _writer(tmp_path / "layout.pdf"), record_charts(brief))
    assert_headings_kept(doc)


def test_rank_acceptability_heading_shares_its_page_with_its_table(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    """The case QA pass 14 found: heading and introduction alone at a page foot, the table on the next page."""
    brief = build_brief(long_names())
    doc, _ = layout_document(brief, _writer(tmp_path / "layout.pdf"), record_charts(brief))
    items = pieces(doc)
    k = next(i for i, p in enumerate(items) if p.heading and p.text == "Rank acceptability")
    table = next(p for p in items[k + 1:] if p.table)
    assert table.page == items[k].page


def _synthetic(filler: int, body: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(360, 300))
    fill = "".join(f"<p>Filler line {i}.</p>" for i in range(filler))
    doc.setHtml(f"{fill}<h2>Heading under test</h2>{body}<p>After.</p>")
    return doc


LONG = "<p>" + " ".join(["This paragraph wraps over several lines of the narrow test page."] * 5) + "</p>"
TABLE = ('<p>A short introduction.</p><table border="1"><thead><tr><th>Name</th><th>Value</th></tr></thead>'
         + "".join(f"<tr><td>Row {i}</td><td>{i}</td></tr>" for i in range(5)) + "</table>")


@pytest.mark.parametrize("body", [LONG, TABLE], ids=["long paragraph", "intro and table"])
def test_a_heading_moves_with_its_first_block_wherever_the_page_ends(qapp, body: str) -> None:  # noqa: ANN001
    """Slide the heading down a page one filler line at a time: it always shares a page with what it introduces."""
    moved = 0
    for filler in range(0, 18):
        doc = _synthetic(filler, body)
        before = pieces(doc)
        moved += keep_together(doc)
        assert_headings_kept(doc)
        after = pieces(doc)
        heading = next(p for p in after if p.heading)
        assert heading.page <= next(p for p in before if p.heading).page + 1
        assert [p.text for p in after] == [p.text for p in before]  # nothing lost or reordered
    assert moved > 0  # some positions needed a mend
