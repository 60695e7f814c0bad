"""The read-only tables of the Uncertainty tab's results, and how they are filled.

A :class:`TableContent` gives the headers and rows of ``(text, value)`` cells
(:class:`LazyRows` makes rows only as they are read). :func:`fill_table_steps` puts
them in a :class:`ResultsTable` a row at a time, through the table's model (so no
Python object per cell stays alive to slow down later garbage collections): numbers
right-aligned, each cell's value under ``Qt.ItemDataRole.UserRole``, the first
column's full text as a tooltip, and a row shorter than the headers ending in one
cell across the columns left. The option column takes the spare width
(:func:`fit_name_column`), the numbers stay compact. Moved out of
:mod:`counterweight.ui.models.acceptability_model`, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableWidget, QWidget

from counterweight.ui.text_size import follow_font
from counterweight.ui.widgets.fitting import give_name_column_the_rest

#: The option column takes the table's spare width, but is never made narrower than this many
#: average characters of the table's font (or its text, if shorter) to make room for the others.
NAME_MIN_CHARS = 26
#: Dynamic property of a results table: the width its option column's text needs (measured when filled).
_NAME_CONTENT_PROPERTY = "counterweightNameWidth"
#: A table with more cells than this has its columns sized one at a time (same widths, in slices).
SLICED_CELLS = 2_000
#: Rows a results table of a large project lists (Uncertainty, Compare methods, Perspectives), with a note
#: saying how many of how many: 1,000 rows of items held the window for seconds (session 25).
MAX_RESULT_ROWS = 100

Cell = tuple[str, object]


@dataclass(frozen=True)
class TableContent:
    """Headers and rows of ``(text, value)`` cells for one table (rows may be made as they are read)."""

    heads: list[str]
    rows: Sequence[list[Cell]]


class LazyRows(Sequence[list[Cell]]):
    """Rows made when read: while a large table is filled, its cells never all exist at once.

    (Ten thousand cells kept between slices would outlive the young generations of
    the garbage collector and bring on a full collection, a pause of 100 ms or more.)
    """

    def __init__(self, keys: Sequence[int], make: Callable[[int], list[Cell]]) -> None:
        self._keys, self._make = keys, make

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, k: int) -> list[Cell]:  # type: ignore[override]
        return self._make(self._keys[k])


class ResultsTable(QTableWidget):
    """A read-only results table whose option column (the first) takes the spare width.

    The other columns keep the width of their contents; the option column gets what
    is left of the view, but never less than :data:`NAME_MIN_CHARS` average characters
    (or its widest text, if that is shorter), so a table wider than its view scrolls
    instead of squeezing the names. It is sized again when the view's width changes.
    """

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API (the viewport's size changed)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            fit_name_column(self)


def fit_name_column(table: QTableWidget) -> None:
    """Give the option column of ``table`` the spare width (see :class:`ResultsTable`)."""
    if table.columnCount() == 0:
        return
    content = table.property(_NAME_CONTENT_PROPERTY)
    content = int(content) if content is not None else table.sizeHintForColumn(0)
    give_name_column_the_rest(table, 0, min(content, NAME_MIN_CHARS * table.fontMetrics().averageCharWidth()))


def new_table(parent: QWidget, name: str, accessible: str) -> QTableWidget:
    table = ResultsTable(0, 0, parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    follow_font(table)  # issue 6: rows follow the system font, also while the window is open
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setStretchLastSection(False)  # the option column takes the spare width instead
    return table


def fill_table(table: QTableWidget, content: TableContent) -> None:
    """Replace ``table``'s cells: numbers right-aligned, the first column's full text as a tooltip.

    A row shorter than the headers ends in a cell that spans the columns left (left-aligned).
    """
    for _ in fill_table_steps(table, content):
        pass


def fill_table_steps(table: QTableWidget, content: TableContent) -> Iterator[None]:
    """:func:`fill_table` as small steps: yields after the headers, after each row and, in a table of
    more than :data:`SLICED_CELLS` cells, after sizing each column (which gives the widths
    ``resizeColumnsToContents`` would, once the columns overflow the view)."""
    table.clear()
    table.clearSpans()
    yield
    table.setColumnCount(len(content.heads))
    table.setHorizontalHeaderLabels(content.heads)
    table.setRowCount(len(content.rows))
    yield
    # Through the model, the table makes each cell's item itself: no Python object per cell is kept
    # alive (ten thousand of them would weigh on every later garbage collection).
    model, index, role = table.model(), table.model().index, Qt.ItemDataRole
    show, keep, align, tip = role.DisplayRole, role.UserRole, role.TextAlignmentRole, role.ToolTipRole
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    spanning: list[tuple[int, int, str]] = []  # (row, column, text) of the cells that span the columns left
    for r, row in enumerate(content.rows):
        (text, value), *numbers = row
        model.setItemData(index(r, 0), {show: text, keep: value, tip: text})
        for c, (text, value) in enumerate(numbers, start=1):
            model.setItemData(index(r, c), {show: text, keep: value, align: right})
        if 1 < len(row) < len(content.heads):  # e.g. "excluded by a red line" across the shares
            c = len(row) - 1
            table.setSpan(r, c, 1, len(content.heads) - c)
            model.setItemData(index(r, c), {show: "", keep: row[-1][1], align: left, tip: row[-1][0]})
            spanning.append((r, c, row[-1][0]))
        yield
    if len(content.rows) * len(content.heads) > SLICED_CELLS:
        for c in range(table.columnCount()):
            table.resizeColumnToContents(c)
            yield
    else:
        table.resizeColumnsToContents()
    _fill_spanning(table, spanning)
    table.setProperty(_NAME_CONTENT_PROPERTY, table.columnWidth(0))
    fit_name_column(table)


def _fill_spanning(table: QTableWidget, cells: list[tuple[int, int, str]]) -> None:
    """Put each spanning cell's text in once the columns are sized (Qt would size the first column
    under it to the whole text); the last column under it widens if they are too narrow together."""
    if not cells:
        return
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 4
    last = table.columnCount() - 1
    for r, c, text in cells:
        table.model().setData(table.model().index(r, c), text)
        short = table.fontMetrics().horizontalAdvance(text) + margin - sum(
            table.columnWidth(k) for k in range(c, last + 1) if not table.isColumnHidden(k))
        if short > 0:
            table.setColumnWidth(last, table.columnWidth(last) + short)


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """Every cell's text, row by row ('' for a cell under a spanning one)."""
    return [[item.text() if (item := table.item(r, c)) is not None else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


__all__ = [
    "NAME_MIN_CHARS",
    "SLICED_CELLS",
    "Cell",
    "LazyRows",
    "ResultsTable",
    "TableContent",
    "cell_texts",
    "fill_table",
    "fill_table_steps",
    "fit_name_column",
    "new_table",
]
