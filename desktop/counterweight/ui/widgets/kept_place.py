"""The score matrix keeps the part of the table in view when its model is reset (h28d).

A read-only window that follows another window's saves (:mod:`counterweight.ui.file_follower`)
shows each save as an edit is shown: the model is reset. Qt kept the scroll bars' values
across the reset, but the current cell was then scrolled into view (a matrix scrolled
away from it jumped back to it), and the columns' widths are fitted again after the
reset, some only after the first paint: a matrix scrolled fully right ended a column
short of the right edge once the late fitting changed the scroll bar's maximum.

:class:`KeptPlace` remembers the option at the top and the criterion at the left (by
id, not by pixels) and whether the matrix was scrolled fully right or fully down, puts
them back after the reset, again each time the widths change the scroll range, and a
last time once every column is fitted. When the current cell was in view before the
reset, it is kept in view (an edit that moves it, such as an undo putting back an
option, still shows it). A reset for another project starts where Qt leaves it.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollBar

from counterweight.ui.widgets.kept_selection import nearby


@dataclass(frozen=True)
class _Edge:
    """Where one scroll bar was: the item first in view, how far into it, and whether it was at the end."""

    first: str | None  # the id of the option (row) or criterion (column) first in view
    ids: tuple[str, ...]  # every row's or column's id, in order, before the reset
    into: int  # pixels of ``first`` scrolled past (per-pixel scrolling only)
    at_end: bool  # scrolled fully right, or fully down


class KeptPlace(QObject):
    """Keeps the options and criteria in view of a :class:`~.score_matrix.ScoreMatrix` across a model reset.

    ``holding`` is true from a reset until every column has its fitted width: while it is,
    a change of the scroll range (a column fitted late) puts the place back again.
    """

    def __init__(self, matrix, controller) -> None:  # noqa: ANN001 - a ScoreMatrix (which imports this module)
        super().__init__(matrix)
        self._matrix = matrix
        self._controller = controller
        self._shown: weakref.ref | None = self._session_ref()  # the session whose place is kept
        self._kept: tuple[_Edge, _Edge, bool] | None = None  # rows, columns, current cell fully in view
        self.holding = False
        view = matrix.view
        matrix.model.modelAboutToBeReset.connect(self._remember)
        matrix.model.modelReset.connect(self._restore)  # after KeptCell, which scrolls to the current cell
        view.horizontalScrollBar().rangeChanged.connect(self._range_changed)
        view.verticalScrollBar().rangeChanged.connect(self._range_changed)
        matrix.columnsFitted.connect(self._fitted)

    def _session_ref(self) -> weakref.ref | None:
        return weakref.ref(self._controller.session) if self._controller.has_session else None

    # ------------------------------------------------------------ remembering
    def _remember(self) -> None:
        view, model = self._matrix.view, self._matrix.model
        decision = model.decision  # still the decision shown so far
        if decision is None or not model.rowCount() or not model.columnCount():
            self._kept = None
            return
        rows = self._edge(view.verticalHeader(), view.verticalScrollBar(), view.verticalScrollMode(),
                          tuple(o.id for o in decision.options))
        columns = self._edge(view.horizontalHeader(), view.horizontalScrollBar(), view.horizontalScrollMode(),
                             tuple(c.id for c in decision.leaves))
        current = view.currentIndex()
        in_view = current.isValid() and view.viewport().rect().contains(view.visualRect(current))
        self._kept = (rows, columns, in_view)

    @staticmethod
    def _edge(header: QHeaderView, bar: QScrollBar, mode: QAbstractItemView.ScrollMode,
              ids: tuple[str, ...]) -> _Edge:
        first = max(0, header.logicalIndexAt(0))
        into = 0
        if mode == QAbstractItemView.ScrollMode.ScrollPerPixel:
            into = max(0, bar.value() - header.sectionPosition(first))
        return _Edge(ids[first] if first < len(ids) else None, ids, into,
                     bar.maximum() > 0 and bar.value() >= bar.maximum())

    # ------------------------------------------------------------ putting back
    def _restore(self) -> None:
        shown, self._shown = self._shown, self._session_ref()
        same = shown is not None and self._shown is not None and shown() is self._shown()
        if self._kept is None or not same:  # nothing to keep, or another project: Qt's place
            self.holding = False
            return
        self._apply()
        view = self._matrix.view
        if self._kept[2] and view.currentIndex().isValid():
            view.scrollTo(view.currentIndex())  # it was in view: it stays in view, wherever an edit took it
        self.holding = not self._matrix.columns_fitted

    def _range_changed(self, _low: int, _high: int) -> None:
        if self.holding:
            self._apply()

    def _fitted(self) -> None:
        if self.holding:
            self._apply()
            self.holding = False

    def _apply(self) -> None:
        if self._kept is None:
            return
        rows, columns, _in_view = self._kept
        view, decision = self._matrix.view, self._matrix.model.decision
        if decision is None:
            return
        self._put(view.verticalHeader(), view.verticalScrollBar(), view.verticalScrollMode(), rows,
                  [o.id for o in decision.options])
        self._put(view.horizontalHeader(), view.horizontalScrollBar(), view.horizontalScrollMode(), columns,
                  [c.id for c in decision.leaves])

    @staticmethod
    def _put(header: QHeaderView, bar: QScrollBar, mode: QAbstractItemView.ScrollMode, edge: _Edge,
             now: list[str]) -> None:
        if edge.at_end:
            bar.setValue(bar.maximum())
            return
        if edge.first is None or not now:
            return
        where = {item: i for i, item in enumerate(now)}
        # the same option or criterion; if it has gone, its nearest neighbour that is still there
        first = next((where[i] for i in (edge.first, *nearby(edge.ids, edge.first)) if i in where), 0)
        if mode == QAbstractItemView.ScrollMode.ScrollPerPixel:
            value = header.sectionPosition(first) + min(edge.into, max(0, header.sectionSize(first) - 1))
        else:
            value = header.visualIndex(first)
        bar.setValue(min(value, bar.maximum()))


__all__ = ["KeptPlace"]
