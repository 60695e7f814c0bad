"""The brief's tables as laid out for print (QA 25 items 8 and 14).

The scorecard's group headings span their columns on every page: the group row is a second header
row, so Qt repeats it on each page; when the pagination moves rows to a new table
(``pdf_pagination.split_table``) the copy's header cells must span the same columns, not repeat a
group's name in each of them. A sub-criterion in the weights table keeps its indent on every line of
a name that wraps, measured on the 300-dpi layout the PDF is printed from.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPdfWriter, QTextDocument

from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_glance import with_header_row
from counterweight.reports.brief_html import weights_section
from counterweight.reports.html_parts import STYLE, table
from counterweight.reports.pdf_brief import PDF_RESOLUTION, text_font
from counterweight.reports.pdf_pagination import split_table

pytestmark = pytest.mark.qt


def _cells(tab) -> list[list[tuple[int, str]]]:  # noqa: ANN001
    return [[(tab.cellAt(r, c).columnSpan(), tab.cellAt(r, c).firstCursorPosition().block().text())
             for c in range(tab.columns()) if tab.cellAt(r, c).column() == c] for r in range(tab.rows())]


def test_a_continued_scorecard_keeps_its_group_headings_spanning() -> None:
    rows = [[f"Option {i}", "1", "2", "3"] for i in range(6)]
    markup = with_header_row(table(["Option", "a", "b", "c"], rows),
                             '<tr><th>Group</th><th colspan="2">Risks</th><th>Costs</th></tr>')
    doc = QTextDocument()
    doc.setHtml(markup)
    first = doc.rootFrame().childFrames()[0]
    assert first.format().headerRowCount() == 2  # both header rows repeat on every page
    second = split_table(first, 4)
    head = [[(1, "Group"), (2, "Risks"), (1, "Costs")], [(1, "Option"), (1, "a"), (1, "b"), (1, "c")]]
    assert _cells(first)[:2] == head
    assert _cells(second)[:2] == head
    assert [row[0][1] for row in _cells(second)[2:]] == ["Option 2", "Option 3", "Option 4", "Option 5"]


def test_a_wrapped_sub_criterion_keeps_its_indent_on_every_line(qapp, tmp_path) -> None:  # noqa: ANN001
    """QA 25 item 14 (png/d3_p17.png): the second line of a long sub-criterion started at the cell's edge."""
    long = "C01 Likelihood of the effect on deterrence posture within the next two to five years and beyond"
    crit = [Criterion(id="g", name="Strategic effect", weight=1),
            Criterion(id="c1", name=long, parent_id="g", weight=1, scale=NumericScale(lower=0, upper=10)),
            Criterion(id="c2", name="Short", parent_id="g", weight=1, scale=NumericScale(lower=0, upper=10))]
    opts = [Option(id="a", name="A"), Option(id="b", name="B")]
    d = Decision(id="w", title="W", options=opts, criteria=crit,
                 scores=[Score(option_id=o.id, criterion_id=c.id, value=3 + k) for k, o in enumerate(opts)
                         for c in crit[1:]])
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(text_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(weights_section(build_brief(d)))
    doc.setTextWidth(174 / 25.4 * PDF_RESOLUTION)  # the A4 text column

    def lines_x(text: str) -> list[float]:
        """Where each printed line of ``text``'s paragraph starts: its first letter, past any leading spaces."""
        block = doc.begin()
        while block.isValid() and block.text().lstrip("\u00a0 ") != text:
            block = block.next()
        assert block.isValid(), text
        left = doc.documentLayout().blockBoundingRect(block).x()
        layout = block.layout()
        first = len(block.text()) - len(text)  # the old tables put four no-break spaces before the name
        return [left + layout.lineAt(0).cursorToX(first)[0]] + [left + layout.lineAt(k).x()
                                                               for k in range(1, layout.lineCount())]

    group, wrapped, short = lines_x("Strategic effect"), lines_x(long), lines_x("Short")
    assert len(wrapped) >= 2  # the name wraps in its 40 % column
    assert wrapped == [wrapped[0]] * len(wrapped) and short == [wrapped[0]]  # every line indented alike
    indent_mm = (wrapped[0] - group[0]) / PDF_RESOLUTION * 25.4
    assert 3.5 <= indent_mm <= 5.0  # as the four spaces it replaces (about 4.2 mm), not a hairline
