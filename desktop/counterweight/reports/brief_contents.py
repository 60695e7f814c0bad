"""The contents list of a long brief, as HTML (Qt-free).

A brief of more than :data:`CONTENTS_AFTER_PAGES` pages lists its sections (every
``h2``) with their page numbers right after the title block. The numbers come from
the printed layout, so :mod:`counterweight.reports.pdf_contents` lays the brief
out, reads each heading's page, inserts this list and corrects its numbers until
they match the layout that holds the list.

The list runs down two columns (section, page; section, page), so that a dozen
sections take six lines of the first page rather than twelve.
"""

from __future__ import annotations

from collections.abc import Sequence

from counterweight.reports.html_parts import esc

#: Briefs of more pages than this get a contents list.
CONTENTS_AFTER_PAGES = 10
#: The list's own heading (not listed in it).
CONTENTS_TITLE = "Contents"
#: Columns of the list's table: section and page, a gap, section and page.
COLUMNS = 5


def cell_of(k: int, n: int) -> tuple[int, int]:
    """(row, column) of the page number of the ``k``-th of ``n`` entries: down the first column, then the second."""
    half = (n + 1) // 2
    return (k, 1) if k < half else (k - half, 4)


def contents_section(entries: Sequence[tuple[str, int]]) -> str:
    """The contents list of ``entries`` (section title, page); ``""`` for none."""
    if not entries:
        return ""
    n = len(entries)
    half = (n + 1) // 2
    rows = []
    for r in range(half):
        cells = []
        for k in (r, r + half):
            if k < n:
                title, page = entries[k]
                cells.append(f'<td width="40%">{esc(title)}</td><td width="6%" align="right">{page}</td>')
            else:
                cells.append('<td width="40%"></td><td width="6%"></td>')
        rows.append(f'<tr>{cells[0]}<td width="8%"></td>{cells[1]}</tr>')
    return (f"<h2>{CONTENTS_TITLE}</h2>"
            f'<table cellspacing="0" cellpadding="1" width="100%">{"".join(rows)}</table>'
            '<p style="font-size: 6pt;">&nbsp;</p>')  # a little room before the Summary


__all__ = ["CONTENTS_AFTER_PAGES", "CONTENTS_TITLE", "cell_of", "contents_section"]
