"""Page breaks for the printed brief that Qt's rich-text layout cannot be asked for in CSS.

The brief is laid out by a ``QTextDocument``, whose HTML importer understands only
``page-break-before`` and ``page-break-after`` (``always`` or ``auto``): there is no
``page-break-inside: avoid``, no widows or orphans control and no keep-with-next.
Left alone, Qt splits a table row across two pages (the rest of its cells continue
under the repeated header), leaves a single line of a paragraph at the foot of a
page, or a heading at the foot of a page with its text on the next.

:func:`keep_together` therefore looks at the finished layout and mends the first
bad break it finds, then looks again (each mend moves what follows, so breaks are
mended one at a time, top to bottom):

* a table shorter than :data:`SMALL_TABLE` of a page split across two pages: it
  starts the next page (with its heading, when a heading comes right before it);
* a table row split across pages: the table is cut before that row and the rest
  (with a copy of the header row) continues as a new table on the next page;
* a paragraph with one line alone at the foot of a page, or at most
  :data:`WIDOW_PARAGRAPH_LINES` lines with one alone at the top of the next page:
  the paragraph starts a new page;
* a heading whose text, table or chart starts on a later page (possibly after one
  or two short introductory paragraphs): the heading starts a new page.

What it cannot do: a table row, paragraph or chart taller than a page is still
split (or, for a chart, shrunk by nothing: charts are at most a page tall by
construction), and moving a paragraph leaves the rest of the page blank, since Qt
cannot move single lines between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

#: Longest paragraph moved whole to the next page to avoid leaving its last line alone there.
WIDOW_PARAGRAPH_LINES = 6
#: Paragraphs of at most this many lines between a heading and its table or chart stay with both.
INTRO_LINES = 3
#: A table shorter than this share of a page is not split over two pages: it starts a new one.
SMALL_TABLE = 0.3
#: Most mends made to one document (each costs a layout of everything after it).
MAX_MENDS = 80
_OBJECT = "\ufffc"  # the character that holds a chart


@dataclass
class _Item:
    """One top-level piece of the document in order: a paragraph or a table, and the pages it covers."""

    block: QTextBlock | None
    table: QTextTable | None
    top: float
    bottom: float
    line_tops: list[float]

    @property
    def is_heading(self) -> bool:
        return self.block is not None and self.block.blockFormat().headingLevel() > 0

    @property
    def is_chart(self) -> bool:
        return self.block is not None and _OBJECT in self.block.text()

    @property
    def is_empty(self) -> bool:
        return self.block is not None and not self.block.text().strip()


def _lines(doc: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """(top, bottom) of each line of ``block`` in document coordinates."""
    layout = block.layout()
    rect = doc.documentLayout().blockBoundingRect(block)
    origin = rect.top() - layout.boundingRect().top()
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        out.append((origin + line.y(), origin + line.y() + line.height()))
    if not out:
        out.append((rect.top(), rect.bottom()))
    return out


def _items(doc: QTextDocument) -> list[_Item]:
    items: list[_Item] = []
    seen: set[int] = set()
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is None:
            lines = _lines(doc, block)
            items.append(_Item(block, None, lines[0][0], lines[-1][1], [t for t, _ in lines]))
        elif table.firstPosition() not in seen:
            seen.add(table.firstPosition())
            first = _lines(doc, table.cellAt(0, 0).firstCursorPosition().block())
            last = _lines(doc, table.cellAt(table.rows() - 1, 0).lastCursorPosition().block())
            items.append(_Item(None, table, first[0][0], last[-1][1], []))
        block = block.next()
    return items


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top of the first line and bottom of the last line over the cells of ``row``."""
    tops, bottoms = [], []
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        tops.append(_lines(doc, cell.firstCursorPosition().block())[0][0])
        bottoms.append(_lines(doc, cell.lastCursorPosition().block())[-1][1])
    return min(tops), max(bottoms)


def split_table(table: QTextTable, row: int) -> QTextTable:
    """Move rows ``row``... of ``table`` into a new table that starts a new page (header rows copied).

    Returns
    -------
    QTextTable
        The new table, right after ``table``, with the same format (column widths,
        borders, padding, header rows) and cell formats (background colours).
    """
    doc = table.document()
    fmt = table.format()
    header = min(fmt.headerRowCount(), row)
    moved = list(range(header)) + list(range(row, table.rows()))
    cols = table.columns()
    contents = []
    for r in moved:
        cells = []
        for c in range(cols):
            cell = table.cellAt(r, c)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            cells.append((cursor.selection(), cell.format()))
        contents.append(cells)
    new_fmt = fmt.toTableFormat()
    new_fmt.setHeaderRowCount(header)
    new_fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)  # the block that follows the table
    cursor.beginEditBlock()
    new = cursor.insertTable(len(moved), cols, new_fmt)
    for r, cells in enumerate(contents):
        for c, (fragment, cell_fmt) in enumerate(cells):
            target = new.cellAt(r, c)
            target.setFormat(cell_fmt)
            target.firstCursorPosition().insertFragment(fragment)
    table.removeRows(row, table.rows() - row)
    cursor.endEditBlock()
    return new


def _break_before(block: QTextBlock) -> Callable[[], None]:
    def mend() -> None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
    return mend


def _table_break(table: QTextTable) -> Callable[[], None]:
    def mend() -> None:
        fmt = table.format()
        fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(fmt)
    return mend


def _first_bad_break(doc: QTextDocument, page: float) -> Callable[[], None] | None:
    """The mend for the first bad page break of ``doc``, or ``None`` when there is none."""
    def page_of(y: float) -> int:
        return int((y + 0.5) // page)

    def starts_page(item: _Item) -> bool:
        return item.top - page_of(item.top) * page < 0.05 * page

    items = _items(doc)
    for k, item in enumerate(items):
        if item.table is not None:
            table = item.table
            if (page_of(item.top) != page_of(item.bottom - 1.0) and item.bottom - item.top < SMALL_TABLE * page
                    and not starts_page(item)):
                before = [x for x in items[:k] if not x.is_empty]
                lead = before[-1] if before and before[-1].is_heading else None
                return _break_before(lead.block) if lead is not None else _table_break(table)  # type: ignore[arg-type]
            for row in range(max(1, table.format().headerRowCount()), table.rows()):
                top, bottom = _row_span(doc, table, row)
                if page_of(top) != page_of(bottom - 1.0) and bottom - top < 0.8 * page:
                    return lambda table=table, row=row: split_table(table, row)
            continue
        block = item.block
        assert block is not None
        pages = [page_of(t) for t in item.line_tops]
        if len(pages) > 1 and pages[0] != pages[-1] and not starts_page(item):
            orphan = pages.count(pages[0]) == 1
            widow = pages.count(pages[-1]) == 1 and len(pages) <= WIDOW_PARAGRAPH_LINES
            if orphan or widow:
                return _break_before(block)
        if item.is_heading and not starts_page(item):
            nxt = [x for x in items[k + 1:] if not x.is_empty]
            lead = 0
            while (lead < min(2, len(nxt)) and nxt[lead].block is not None and not nxt[lead].is_heading
                   and not nxt[lead].is_chart and len(nxt[lead].line_tops) <= INTRO_LINES):
                lead += 1
            target = nxt[lead] if lead < len(nxt) and (nxt[lead].table is not None or nxt[lead].is_chart) else None
            if nxt and page_of(nxt[0].top) > page_of(item.bottom - 1.0):
                return _break_before(block)
            if target is not None and page_of(target.top) > page_of(item.bottom - 1.0):
                return _break_before(block)
    return None


def keep_together(doc: QTextDocument) -> int:
    """Mend the page breaks of a laid-out ``doc`` (see the module notes); returns how many were mended."""
    page = doc.pageSize().height()
    if page <= 0:
        return 0
    for mends in range(MAX_MENDS):
        mend = _first_bad_break(doc, page)
        if mend is None:
            return mends
        mend()
    return MAX_MENDS


__all__ = ["INTRO_LINES", "MAX_MENDS", "SMALL_TABLE", "WIDOW_PARAGRAPH_LINES", "keep_together", "split_table"]
