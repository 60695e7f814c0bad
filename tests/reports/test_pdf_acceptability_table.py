"""QA 31 item 7: the brief's rank acceptability table in its chart's order, showing the ranks that carry the
weight, never leaving a row or two alone on a page; the ranks' shades step evenly in grey.

On 25 options the table sorted by first places, then by name, unlike the chart; an option 63.8 % sixth
showed only zeros in Ranks 1-5; two rows went alone onto the next page; and printed in grey, Ranks 2,
3 and 4 were one shade.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextCursor, QTextDocument

from counterweight.engine.smaa_ranks import acceptability_order
from counterweight.engine.smaa_result import SmaaResult
from counterweight.reports.brief_acceptability import acceptability_rows
from counterweight.reports.html_parts import table
from counterweight.reports.pdf_pagination import TAIL_ROWS, keep_together
from tests.factories import smaa_result

pytestmark = pytest.mark.qt


def _result(acc: np.ndarray) -> SmaaResult:
    return smaa_result(acc, [f"Option {chr(90 - i)}" for i in range(acc.shape[0])])  # type: ignore[return-value]


def _acceptability(n: int) -> np.ndarray:
    """Option k mostly takes rank k + 1 (a little of the next); the names run Z, Y, X... so name order differs."""
    acc = np.zeros((n, n))
    for k in range(n):
        acc[k, k] = 0.8 if k < n - 1 else 1.0
        if k < n - 1:
            acc[k, k + 1] = 0.2
    acc[:, :] = acc / acc.sum(axis=0, keepdims=True)  # each rank's shares add up to one over the options
    return acc


def test_rows_follow_the_chart_and_the_later_ranks_are_shown() -> None:
    acc = _acceptability(8)
    result = _result(acc)
    heads, rows, later = acceptability_rows(result)
    assert later and heads[6:8] == ["Ranks 6–8", "Mean rank"], heads
    names = [row[0] for row in rows]
    assert names == [result.option_names[i] for i in acceptability_order(acc)]
    sixth = rows[[r[0] for r in rows].index("Option U")]  # option 5: mostly sixth
    assert sixth[1:6] == ["0.0 %"] * 5 and sixth[6] != "0.0 %" and 6.0 <= float(sixth[7]) < 7.0, sixth


def test_the_shades_of_the_ranks_step_evenly_in_grey(qapp) -> None:  # noqa: ANN001
    from counterweight.charts.acceptability_chart import rank_colour

    for count in (5, 8):
        greys = [_luma(rank_colour(r, count)) for r in range(1, count + 1)]
        steps = np.diff(greys)
        assert (steps > 0).all() and steps.min() > 0.75 * steps.max(), (count, np.round(greys, 3))
        assert steps.min() > 0.08  # a tenth of the way from black to white, or near it, between two ranks


def _luma(colour) -> float:  # noqa: ANN001
    return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()


def _rows_on_last_page(doc: QTextDocument) -> tuple[int, int]:
    """How many body rows of the document's tables are printed on the last page any of them reaches, and pages."""
    page, layout, pages, seen = doc.pageSize().height(), doc.documentLayout(), [], set()
    block = doc.begin()
    while block.isValid():
        t = QTextCursor(block).currentTable()
        if t is not None and t.firstPosition() not in seen:
            seen.add(t.firstPosition())
            for row in range(t.format().headerRowCount(), t.rows()):
                top = layout.blockBoundingRect(t.cellAt(row, 0).firstCursorPosition().block()).top()
                pages.append(int((top + 0.5) // page))
        block = block.next()
    return pages.count(max(pages)), len(set(pages))


def test_a_long_table_takes_enough_rows_to_its_next_page(qapp) -> None:  # noqa: ANN001
    rows = [[f"Row {k}", f"{k}.5 %"] for k in range(30)]
    tails = []
    for filler in range(0, 32, 4):  # slide the table down the page: its last page never holds one or two rows
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(360, 600))
        fill = "".join(f"<p>Filler line {i}.</p>" for i in range(filler))
        doc.setHtml(f"{fill}{table(['Name', 'Value'], rows, numeric=[1])}<p>After.</p>")
        keep_together(doc)
        tail, pages = _rows_on_last_page(doc)
        tails.append(tail)
        assert tail >= TAIL_ROWS or pages == 1, (filler, tail)
    assert min(tails) < 30  # the table did go over a page
