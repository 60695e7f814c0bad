"""Where the selection goes when an edit rebuilds a list, a tree or the score matrix.

An item that comes back (the undo of a delete, the redo of an add) is selected, as a
user expects after undo. An item that is gone (a delete, or its redo) hands the
selection to its nearest neighbour: the next one, else the one before (in a tree,
then its parent). Otherwise the selection stays on the item it was on.

The options list and the criteria tree decide with :func:`follow`; the score matrix
keeps its current cell with :class:`KeptCell`, whose choice of row and column follows
the same rules, so the lists and the matrix land on the same option.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject

from counterweight.domain import Decision


def follow(current: str | None, before: Sequence[str], now: Sequence[str], near: Iterable[str] = ()) -> str | None:
    """The item to select once ``before`` (ids in order) has become ``now``.

    The first item of ``now`` that ``before`` lacked (one put back); else ``current``
    if it is still there; else the first of ``near`` still there (the neighbours of a
    removed ``current``, nearest first); else ``None``.
    """
    old = set(before)
    back = next((i for i in now if i not in old), None)
    if back is not None:
        return back
    present = set(now)
    if current in present:
        return current
    return next((i for i in near if i in present), None)


def nearby(order: Sequence[str], item: str) -> list[str]:
    """The items after ``item`` in ``order`` nearest first, then those before it nearest first."""
    if item not in order:
        return []
    at = list(order).index(item)
    return [*order[at + 1:], *reversed(order[:at])]


def tree_nearby(decision: Decision, criterion_id: str) -> list[str]:
    """A criterion's neighbours nearest first: its siblings as :func:`nearby`, its parent, the parent's..."""
    out: list[str] = []
    node: str | None = criterion_id
    while node is not None and decision.has_criterion(node):
        parent = decision.criterion(node).parent_id
        out += nearby([c.id for c in decision.children(parent)], node)
        if parent is not None:
            out.append(parent)
        node = parent
    return out


def tree_order(decision: Decision | None) -> list[str]:
    """The criteria's ids in tree order (a group before what it holds)."""
    return [c.id for c, _ in decision.walk()] if decision is not None else []


class KeptCell(QObject):
    """Keeps the score matrix's current cell when its model is reset by an edit.

    The cell stays where it was if it still exists. An option or criterion put back
    takes the current cell to its row or column; one removed hands it to the row or
    column beside it. The cell is remembered while the matrix has no rows or columns,
    so undoing the removal of the last option or criterion brings it back.
    ``restoring`` is true while the matrix moves its current cell for this reason.
    """

    def __init__(self, matrix) -> None:  # noqa: ANN001 - a ScoreMatrix (which imports this module)
        super().__init__(matrix)
        self._matrix = matrix
        self._kept: tuple[str, str, list[str], list[str]] | None = None
        self.restoring = False
        matrix.model.modelAboutToBeReset.connect(self._remember)
        matrix.model.modelReset.connect(self._restore)

    @staticmethod
    def _ids(decision: Decision | None) -> tuple[list[str], list[str]]:
        if decision is None:
            return [], []
        return [o.id for o in decision.options], [c.id for c in decision.leaves]

    def _remember(self) -> None:
        cell = self._matrix.current_cell()
        options, leaves = self._ids(self._matrix.model.decision)  # still the decision shown so far
        if cell is not None:
            self._kept = (cell[0], cell[1], options, leaves)
        elif self._kept is not None and options and leaves:
            self._kept = None  # cells to choose from, and none was current: nothing to keep
        elif self._kept is not None:  # an empty matrix: the cell is kept, the lists follow the edits
            self._kept = (self._kept[0], self._kept[1], options, leaves)

    def _restore(self) -> None:
        if self._kept is None:
            return
        option, leaf, options_before, leaves_before = self._kept
        options, leaves = self._ids(self._matrix.model.decision)
        row = follow(option, options_before, options, nearby(options_before, option))
        column = follow(leaf, leaves_before, leaves, nearby(leaves_before, leaf))
        if row is None or column is None:
            return
        self.restoring = True
        try:
            self._matrix.select_cell(row, column)
        finally:
            self.restoring = False


__all__ = ["KeptCell", "follow", "nearby", "tree_nearby", "tree_order"]
