"""Page numbers for the contents list of a long brief, read from the printed layout.

Inserting the list moves what follows it, so its numbers cannot be known before it
is in. :func:`with_contents` lays the brief out without the list, reads the page
each section's heading (every ``h2``) is printed on, lays the brief out again with
the list holding those numbers, reads the pages again and, when some differ, writes
the new numbers into the list's cells where they stand (the cells keep their
width, so nothing else moves) and checks once more; only when the sections
themselves differ is the whole brief laid out again. The export and the printer
both go through :func:`counterweight.reports.pdf_brief.layout_document`, so both
print the same list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable

from counterweight.reports.brief_contents import CONTENTS_TITLE, cell_of
from counterweight.reports.pdf_pagination import line_spans

#: Most layouts (and, within each, corrections in place) before the list is printed as it stands.
MAX_ROUNDS = 4

Entries = list[tuple[str, int]]


def section_pages(doc: QTextDocument) -> Entries:
    """Every section heading (``h2``) but the contents list's own, with the page (from 1) its first line is on."""
    page = doc.pageSize().height()
    out: Entries = []
    block = doc.begin()
    while block.isValid():
        title = block.text().strip()
        if (block.blockFormat().headingLevel() == 2 and title and title != CONTENTS_TITLE
                and QTextCursor(block).currentTable() is None):
            top = line_spans(doc, block)[0][0]  # a heading Qt pushed to the next page: its line says so
            out.append((title, int((top + 0.5) // page) + 1))
        block = block.next()
    return out


def _contents_table(doc: QTextDocument) -> QTextTable | None:
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2 and block.text().strip() == CONTENTS_TITLE:
            return QTextCursor(block.next()).currentTable()
        block = block.next()
    return None


def set_numbers(doc: QTextDocument, entries: Sequence[tuple[str, int]]) -> bool:
    """Write ``entries``' page numbers into the contents list of ``doc``; False when it has none to match."""
    table = _contents_table(doc)
    if table is None or table.rows() != (len(entries) + 1) // 2:
        return False
    # one edit block: Qt lays the document out again once at its end, not after every number (QA 27 item 3:
    # a relayout per entry of a long brief kept the worker in Qt, holding Python's lock, for minutes)
    block = QTextCursor(doc)
    block.beginEditBlock()
    try:
        for k, (_, page) in enumerate(entries):
            cell = table.cellAt(*cell_of(k, len(entries)))
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText() != str(page):
                cursor.insertText(str(page))
    finally:
        block.endEditBlock()
    return True


def with_contents(doc: QTextDocument, relayout: Callable[[Entries], QTextDocument]) -> QTextDocument:
    """The brief laid out with a contents list whose page numbers match the layout.

    Parameters
    ----------
    doc : QTextDocument
        The brief laid out (page breaks mended) without a list.
    relayout : callable
        Lays the brief out again, page breaks mended, with a list of the given entries.
    """
    entries = section_pages(doc)
    if not entries:
        return doc
    for _ in range(MAX_ROUNDS):
        doc = relayout(entries)
        for _ in range(MAX_ROUNDS):
            found = section_pages(doc)
            if found == entries:
                return doc
            same = [t for t, _ in found] == [t for t, _ in entries]
            entries = found
            if not same or not set_numbers(doc, entries):
                break
    return doc


__all__ = ["MAX_ROUNDS", "section_pages", "set_numbers", "with_contents"]
