"""QA 25 item 5: headings kept with a long introduction and its table, no page holding only a short note,
continued tables keeping their numbers right-aligned.

The layouts are read back with the walker of ``test_pdf_pagination_keep`` (one piece per
paragraph or table, with the page its first line is printed on), not with the pagination
module's own bookkeeping.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from counterweight.domain.methods import AggregationMethod
from counterweight.locations import example_decision_path
from counterweight.reports.brief_charts import record_charts
from counterweight.reports.brief_content import build_brief
from counterweight.reports.html_parts import table
from counterweight.reports.pdf_brief import layout_document
from counterweight.reports.pdf_pagination import INTRO_SHARE, keep_together
from counterweight.services import exchange
from tests.reports.test_pdf_pagination_keep import Piece, _writer, pieces

pytestmark = pytest.mark.qt

PAGE = QSizeF(360, 900)  # about 60 lines, so a quarter of it holds the introductions below
SENTENCE = "This introduction explains how to read the table that follows it, in some detail. "


def _doc(filler: int, body: str, after: str = "After.") -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setPageSize(PAGE)
    fill = "".join(f"<p>Filler line {i}.</p>" for i in range(filler))
    doc.setHtml(f"{fill}<h2>Heading under test</h2>{body}<p>{after}</p>")
    return doc


def _table(rows: int) -> str:
    return table(["Name", "Value"], [[f"Row {k}", f"{k}.5 %"] for k in range(rows)], numeric=[1])


def _heading_and_table(items: list[Piece]) -> tuple[Piece, Piece]:
    k = next(i for i, p in enumerate(items) if p.heading)
    return items[k], next(p for p in items[k + 1:] if p.table)


# ------------------------------------------------------------------ (b) heading, long introduction, table
@pytest.mark.parametrize("intro", [
    [SENTENCE * 6],  # one paragraph of about seven lines (d1 "Sensitivity", d3 "Scorecard")
    [SENTENCE, SENTENCE * 5],  # a short line, then a longer paragraph (VIKOR "Ranking")
], ids=["one long paragraph", "two paragraphs"])
def test_a_heading_and_its_long_introduction_share_a_page_with_their_table(qapp, intro: list[str]) -> None:  # noqa: ANN001
    """Slide heading, introduction and table down the page one line at a time: the table never starts on the
    page after them (the introductions are over the three lines the old rule counted)."""
    body = "".join(f"<p>{p}</p>" for p in intro) + _table(12)
    moved = 0
    for filler in range(0, 60):
        doc = _doc(filler, body)
        intro_lines = [p.lines for p in pieces(doc) if not (p.heading or p.table)][filler:-1]
        assert sum(intro_lines) > 3 and max(intro_lines) > 3
        moved += keep_together(doc)
        heading, tab = _heading_and_table(pieces(doc))
        assert tab.page == heading.page, f"filler {filler}: the heading ends page {heading.page}, its table starts the next"
    assert moved > 0


def test_a_heading_before_long_prose_is_not_pulled_along_by_a_later_table(qapp) -> None:  # noqa: ANN001
    """Prose longer than an introduction: the heading stays with its first paragraph on the first page,
    though the table after the prose starts the next."""
    prose = "".join(f"<p>{SENTENCE * 6}</p>" for _ in range(4))
    table_on_next = 0
    for filler in range(0, 30):  # the heading and its first paragraph fit on the first page
        doc = _doc(filler, prose + _table(4), SENTENCE * 6)  # not a short note that may take its section along
        keep_together(doc)
        heading, tab = _heading_and_table(pieces(doc))
        assert heading.page == 0, f"filler {filler}: the table pulled its heading to the next page"
        table_on_next += tab.page == 1
    assert table_on_next > 10


@pytest.mark.parametrize("method", [AggregationMethod.WSM, AggregationMethod.VIKOR])
def test_in_the_example_brief_each_table_starts_on_its_headings_page(qapp, tmp_path: Path,  # noqa: ANN001
                                                                     method: AggregationMethod) -> None:
    """The QA's d1 (the example, marked) and VIKOR brief: a heading whose introduction is at most a quarter of
    a page shares that page with its table or chart."""
    d = exchange.read_file(example_decision_path())
    d = d.model_copy(update={"marking": "OFFICIAL-SENSITIVE",
                             "method": d.method.model_copy(update={"aggregation": method})})
    brief = build_brief(d)
    doc, _ = layout_document(brief, _writer(tmp_path / "layout.pdf"), record_charts(brief))
    page = doc.pageSize().height()
    items = pieces(doc)
    line = page / 70  # about a line of body text on A4
    checked = 0
    for k, item in enumerate(items):
        if not item.heading:
            continue
        j, lines = k + 1, 0
        while j < len(items) and not (items[j].heading or items[j].table or items[j].chart):
            lines += items[j].lines
            j += 1
        if j < len(items) and (items[j].table or items[j].chart) and lines * line <= INTRO_SHARE * page * 0.8:
            checked += 1
            assert items[j].page == item.page, f"{item.text!r} ends a page, its table or chart starts the next"
    assert checked >= 5


# ------------------------------------------------------------------ (a) a page holding only a short note
def test_a_short_closing_note_is_not_left_alone_on_a_page_before_a_forced_break(qapp) -> None:  # noqa: ANN001
    """d2's audit note: heading, table and a two-line note, then the annex on a new page. Wherever the page
    ends, the note never stands alone on a page: the section moves whole when it must."""
    note = "<p>Anyone holding the project file can check that its history still ends at this hash.</p>"
    body = _table(6) + note + '<h2 style="page-break-before: always;">Annex</h2>'
    moved = 0
    for filler in range(0, 45):
        doc = _doc(filler, body)
        moved += keep_together(doc)
        items = pieces(doc)
        k = next(i for i, p in enumerate(items) if p.text.startswith("Anyone holding"))
        assert items[k - 1].table
        last_row_page = _last_row_page(doc)
        assert items[k].page == last_row_page, f"filler {filler}: the note is alone on page {items[k].page}"
    assert moved > 0


def _last_row_page(doc: QTextDocument) -> int:
    block, last = doc.begin(), 0
    while block.isValid():
        if QTextCursor(block).currentTable() is not None:
            rect = doc.documentLayout().blockBoundingRect(block)
            last = int((rect.top() + block.layout().lineAt(0).y() + 0.5) // doc.pageSize().height())
        block = block.next()
    return last


# ------------------------------------------------------------------ (c) continued tables keep their alignment
def test_a_continued_table_keeps_its_numbers_right_aligned(qapp) -> None:  # noqa: ANN001
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(400, 300))
    rows = [[f"row {k} " + "word " * (k % 7 * 6), f"down {k}.1 %"] for k in range(40)]
    doc.setHtml("<h2>Heading</h2>" + table(["Change", "Smallest change"], rows, numeric=[1]))
    assert keep_together(doc) > 0
    tables, block = [], doc.begin()
    while block.isValid():
        t = QTextCursor(block).currentTable()
        if t is not None and (not tables or tables[-1].firstPosition() != t.firstPosition()):
            tables.append(t)
        block = block.next()
    assert len(tables) > 1
    seen = 0
    for t in tables:
        for r in range(t.format().headerRowCount(), t.rows()):
            value = t.cellAt(r, 1).firstCursorPosition().block()
            name = t.cellAt(r, 0).firstCursorPosition().block()
            assert value.text().startswith("down ")
            assert value.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight, f"{value.text()!r} lost its alignment"
            assert not name.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
            seen += 1
    assert seen == len(rows)
