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
  (with a copy of the header row, and each cell's colour and alignment) continues as
  a new table on the next page;
* a table that goes on over a page with fewer than :data:`TAIL_ROWS` rows on its last page: it is cut
  so that many rows go over together;
* a paragraph with one line alone at the foot of a page, or at most
  :data:`WIDOW_PARAGRAPH_LINES` lines with one alone at the top of the next page:
  the paragraph starts a new page;
* a heading whose first paragraph starts on a later page, or whose table or chart
  does (after an introduction of at most :data:`INTRO_SHARE` of a page, measured,
  not counted in lines): the heading starts a new page, when the heading, the
  introduction and the first rows of what it introduces fit on one page;
* a page holding only a short note (at most :data:`LONELY_LINES` lines) before a
  forced break or the end: the note's section starts a new page, from its heading;
* whatever is moved to a new page by the rules above takes its heading (and the
  short paragraphs between them) along, so no forced break is left behind that
  would separate them once the heading moves too; a heading right above a lower
  one (an option's name over its first criteria group in Annex A) goes with it.

Positions are read from the laid-out lines: when Qt pushes a block's first line
(a chart, a heading) to the next page, the block's rectangle still starts on the
page before, so only the line's own position tells the page it is printed on.

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
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

#: Longest paragraph moved whole to the next page to avoid leaving its last line alone there.
WIDOW_PARAGRAPH_LINES = 6
#: Paragraphs between a heading and its table or chart stay with both while together they take at most
#: this share of a page (QA 25: a count of lines left a 7-line introduction and its heading at a page foot).
INTRO_SHARE = 0.25
#: A page holding only paragraphs of at most this many lines in all, before a forced break or the end,
#: is avoided by moving the section they end (from its heading) to that page.
LONELY_LINES = 4
#: A table shorter than this share of a page is not split over two pages: it starts a new one.
SMALL_TABLE = 0.3
#: A table that goes on over a page carries at least this many rows to its last page, when the page before
#: keeps twice as many: no row or two alone under a repeated header (QA 31 item 7).
TAIL_ROWS = 4
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
    # The block's rectangle starts at the layout's position; line positions count from there. When
    # Qt pushes the first line (a chart, a heading) to the next page, that line's y is the push.
    rect = doc.documentLayout().blockBoundingRect(block)
    origin = rect.top()
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        out.append((origin + line.y(), origin + line.y() + line.height()))
    if not out:
        out.append((rect.top(), rect.bottom()))
    return out


#: (top, bottom) of each printed line of a paragraph, in document coordinates (for the contents list).
line_spans = _lines


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
            # over every column: a long name in a later column makes the last row taller than its first cell
            top = _row_span(doc, table, 0)[0]
            bottom = _row_span(doc, table, table.rows() - 1)[1]
            items.append(_Item(None, table, top, bottom, []))
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
            cells.append((cursor.selection(), cell.format(), _block_formats(cell)))
        contents.append(cells)
    new_fmt = fmt.toTableFormat()
    new_fmt.setHeaderRowCount(header)
    new_fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)  # the block that follows the table
    cursor.beginEditBlock()
    new = cursor.insertTable(len(moved), cols, new_fmt)
    for r, source_row in enumerate(moved):  # a cell spanning columns (the scorecard's groups) spans again
        for c in range(cols):
            source = table.cellAt(source_row, c)
            if source.column() == c and source.columnSpan() > 1:
                new.mergeCells(r, c, 1, source.columnSpan())
    for r, cells in enumerate(contents):
        for c, (fragment, cell_fmt, block_fmts) in enumerate(cells):
            target = new.cellAt(r, c)
            if target.column() != c:  # covered by the spanning cell before it
                continue
            target.setFormat(cell_fmt)
            target.firstCursorPosition().insertFragment(fragment)
            # the fragment drops its first block's format, which holds the alignment (QA 25: right-aligned
            # numbers came out left-aligned on the continued table): set every block's format again
            block = target.firstCursorPosition().block()
            for block_fmt in block_fmts:
                QTextCursor(block).setBlockFormat(block_fmt)
                if block.position() >= target.lastCursorPosition().block().position():
                    break
                block = block.next()
    table.removeRows(row, table.rows() - row)
    cursor.endEditBlock()
    return new


def _block_formats(cell: QTextTableCell) -> list[QTextBlockFormat]:
    """The format of each paragraph in ``cell``, in order."""
    formats = []
    block = cell.firstCursorPosition().block()
    last = cell.lastCursorPosition().block().position()
    while block.isValid():
        formats.append(block.blockFormat())
        if block.position() >= last:
            break
        block = block.next()
    return formats


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


def _is_text(item: _Item) -> bool:
    """A paragraph of text: neither a heading nor a chart (nor a table)."""
    return item.block is not None and not item.is_heading and not item.is_chart


def _group(solid: list[_Item], k: int, page: float) -> list[_Item]:
    """The heading ``solid[k]`` and what must share its page: its first paragraph, or its table or chart.

    When the heading introduces a table or chart after paragraphs that together take
    at most :data:`INTRO_SHARE` of a page, the group is the heading, those paragraphs
    and the table or chart; otherwise it is the heading and the item right after it.
    """
    if k + 1 < len(solid) and _is_subheading(solid[k], solid[k + 1]):  # an option's name, then a group's
        return [solid[k], *_group(solid, k + 1, page)]
    group = [solid[k]]
    used = 0.0
    for item in solid[k + 1:]:
        if item.is_heading:
            break
        group.append(item)
        if not _is_text(item):
            return group
        used += item.bottom - item.top
        if used > INTRO_SHARE * page:
            break
    return group[:2]


def _is_subheading(heading: _Item, item: _Item) -> bool:
    """Whether ``item`` is a heading of a lower level right under ``heading`` (which then goes with it)."""
    return (heading.is_heading and item.is_heading and heading.block is not None and item.block is not None
            and item.block.blockFormat().headingLevel() > heading.block.blockFormat().headingLevel())


def _lead_in(solid: list[_Item], k: int, page: float) -> _Item | None:
    """The heading that introduces ``solid[k]``: right before it (the first of headings stacked there, such as
    an option's name over a group's), or (for a table or chart) before its introduction (see :func:`_group`)."""
    if k > 0 and solid[k - 1].is_heading:
        j = k - 1
        while j > 0 and _is_subheading(solid[j - 1], solid[j]):
            j -= 1
        return solid[j]
    if _is_text(solid[k]):
        return None
    used = 0.0
    for item in reversed(solid[:k]):
        if item.is_heading:
            return item
        used += item.bottom - item.top
        if not _is_text(item) or used > INTRO_SHARE * page:
            return None
    return None


def _section_start(solid: list[_Item], k: int) -> _Item | None:
    """The heading of the section that ``solid[k]`` belongs to (the nearest heading before it)."""
    return next((item for item in reversed(solid[:k]) if item.is_heading), None)


def _lonely_page(solid: list[_Item], k: int, page: float, page_of: Callable[[float], int],
                 starts_page: Callable[[_Item], bool]) -> Callable[[], None] | None:
    """The mend for a page that ``solid[k]`` starts and that holds only a few lines of text, or ``None``.

    Such a page (QA 25: a two-line note alone before the annex's forced break) is
    avoided by starting that section, from its heading, on a new page, when the
    heading is on the page before and the section up to the note fits on one page.
    """
    item = solid[k]
    if not _is_text(item) or k == 0 or page_of(solid[k - 1].bottom - 1.0) >= page_of(item.top):
        return None
    here = page_of(item.top)
    lines = 0
    for other in solid[k:]:
        if page_of(other.top) > here:
            break
        if not _is_text(other) or page_of(other.bottom - 1.0) > here:
            return None
        lines += len(other.line_tops)
    if lines > LONELY_LINES:
        return None
    heading = _section_start(solid, k)
    if heading is None or heading.block is None or starts_page(heading) or page_of(heading.top) != here - 1:
        return None
    end = max(x.bottom for x in solid[k:] if page_of(x.top) == here)
    if end - heading.top >= 0.95 * page:
        return None
    alone = [x.block for x in solid[k:] if page_of(x.top) == here and x.block is not None]

    def mend() -> None:
        _break_before(heading.block)()
        for block in alone:  # a break the widow rule put there would keep the note apart
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(fmt.pageBreakPolicy() & ~QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
    return mend


def _first_bad_break(doc: QTextDocument, page: float) -> Callable[[], None] | None:
    """The mend for the first bad page break of ``doc``, or ``None`` when there is none.

    A piece that must move to the next page takes its heading with it (and the short
    paragraphs between them) unless the heading already starts a page; a heading
    whose group (see :func:`_group`) does not start on its page moves to the next,
    when the heading and the first part of what it introduces fit on one page.
    """
    def page_of(y: float) -> int:
        return int((y + 0.5) // page)

    def starts_page(item: _Item) -> bool:
        return item.top - page_of(item.top) * page < 0.05 * page

    def move(k: int, fallback: Callable[[], None]) -> Callable[[], None]:
        lead = _lead_in(solid, k, page)
        if lead is None or starts_page(lead) or lead.block is None:
            return fallback
        return _break_before(lead.block)

    def first_part(item: _Item) -> float:
        """Height of the least of ``item`` that may follow its heading on a page."""
        if item.table is not None:
            row = min(max(1, item.table.format().headerRowCount()), item.table.rows() - 1)
            return _row_span(doc, item.table, row)[1] - item.top
        tops = item.line_tops
        return (tops[1] if len(tops) > 2 else item.bottom) - item.top

    solid = [x for x in _items(doc) if not x.is_empty]
    for k, item in enumerate(solid):
        if item.table is not None:
            table = item.table
            if (page_of(item.top) != page_of(item.bottom - 1.0) and item.bottom - item.top < SMALL_TABLE * page
                    and not starts_page(item)):
                return move(k, _table_break(table))
            first = max(1, table.format().headerRowCount())
            row_pages = []
            for row in range(first, table.rows()):
                top, bottom = _row_span(doc, table, row)
                if page_of(top) != page_of(bottom - 1.0) and bottom - top < 0.8 * page:
                    if row == first and not starts_page(item):  # only the header would stay: move it all
                        return move(k, _table_break(table))
                    return lambda table=table, row=row: split_table(table, row)
                row_pages.append(page_of(top))
            last = row_pages[-1] if row_pages else 0
            tail, before = row_pages.count(last), row_pages.count(last - 1)
            if tail < TAIL_ROWS and before >= 2 * TAIL_ROWS:  # QA 31 item 7: two rows alone on the next page
                row = first + len(row_pages) - TAIL_ROWS
                return lambda table=table, row=row: split_table(table, row)
            continue
        block = item.block
        assert block is not None
        pages = [page_of(t) for t in item.line_tops]
        if len(pages) > 1 and pages[0] != pages[-1] and not starts_page(item):
            orphan = pages.count(pages[0]) == 1
            widow = pages.count(pages[-1]) == 1 and len(pages) <= WIDOW_PARAGRAPH_LINES
            if orphan or widow:
                return move(k, _break_before(block))
        lonely = _lonely_page(solid, k, page, page_of, starts_page)
        if lonely is not None:
            return lonely
        if item.is_heading and not starts_page(item):
            group = _group(solid, k, page)
            here = page_of(item.bottom - 1.0)
            if len(group) > 1 and any(page_of(x.top) > here for x in group[1:]):
                need = sum(x.bottom - x.top for x in group[:-1]) + first_part(group[-1])
                if need < 0.95 * page:
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
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # a mend of several edits is laid out again once, at its end
        try:
            mend()
        finally:
            edit.endEditBlock()
    return MAX_MENDS


__all__ = ["INTRO_SHARE", "LONELY_LINES", "MAX_MENDS", "SMALL_TABLE", "TAIL_ROWS", "WIDOW_PARAGRAPH_LINES",
           "keep_together", "line_spans", "split_table"]
