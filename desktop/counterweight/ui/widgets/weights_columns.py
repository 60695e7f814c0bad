"""The weights tree's column widths: names, the points control, and the Local and Global numbers.

Split from :mod:`counterweight.ui.widgets.weights_panel`. Every width is measured from the
tree's font and the points controls at run time, and again when the font changes (QA pass
20: at a larger font the numbers read "35.…"; at 150 % on a small screen the Points column
was narrower than its box, so no points showed). Where the room is short the slider goes
first, then the names down to a few characters; the points box and both numbers stay whole,
and the tree asks its window for the width that takes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget

from counterweight.ui.numbers import percent
from counterweight.ui.widgets.fitting import MIN_CHARS

if TYPE_CHECKING:
    from counterweight.ui.widgets.weight_editor import WeightEditor

#: The name column never gets narrower than this; beyond it, the names get what they need as long
#: as the points column keeps its box and a slider at least _SLIDER_MIN_PX long (_POINTS_MIN_PX:
#: the narrowest points column before its boxes exist).
_NAME_MIN_PX, _SLIDER_MIN_PX, _POINTS_MIN_PX = 90, 80, 96
COL_NAME, COL_POINTS, COL_LOCAL, COL_GLOBAL = range(4)


class WeightColumns:
    """Sizes the four columns of the weights ``tree``; ``first_editor`` gives any row's points control."""

    def __init__(self, tree: QTreeWidget, first_editor: Callable[[], WeightEditor | None]) -> None:
        self._tree = tree
        self._first_editor = first_editor
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_POINTS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(50)
        for col in (COL_LOCAL, COL_GLOBAL):
            # fixed widths: ResizeToContents would re-measure every row on every slider step
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            tree.headerItem().setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.size_numbers()

    def fit_names(self) -> None:
        """Give names what they need, but leave the points column room for a usable slider and its box.

        Run after each rebuild, whenever the tree's viewport changes size (which includes the
        first show: before it the viewport's width is not known) and when a name's text or the
        font changes, so names are not cut short at a width measured before the panel was laid out.
        """
        tree = self._tree
        content = tree.sizeHintForColumn(COL_NAME)
        room = tree.viewport().width() - tree.columnWidth(COL_LOCAL) - tree.columnWidth(COL_GLOBAL)
        least, spare = self.name_min_width(), room - self.points_min_width()
        if spare >= least:  # a short name and a usable slider both fit
            width = max(least, min(content, spare))
        else:  # no room for a usable slider: the names have what the whole box leaves
            width = max(min(content, room - self.box_width()), tree.header().minimumSectionSize())
        if width != tree.columnWidth(COL_NAME):
            tree.setColumnWidth(COL_NAME, width)

    def size_numbers(self) -> None:
        """Size the Local and Global columns for "100.0 %" (as the panel writes it), and ask for the width of every column at its least."""
        tree, header = self._tree, self._tree.header()
        numbers = tree.fontMetrics().horizontalAdvance(percent(1.0)) + 12  # h26f: measured in the panel's own form
        for col in (COL_LOCAL, COL_GLOBAL):
            header.resizeSection(col, max(numbers, header.sectionSizeFromContents(col).width() + 4))
        need = (self.name_min_width() + self.box_width() + tree.columnWidth(COL_LOCAL) + tree.columnWidth(COL_GLOBAL)
                + tree.verticalScrollBar().sizeHint().width() + 2 * tree.frameWidth())
        if tree.minimumWidth() != need:
            tree.setMinimumWidth(need)

    def refit_for_font(self) -> None:
        """The font changed: the numbers' and the names' columns again (the boxes have resized themselves)."""
        self.size_numbers()
        self.fit_names()

    def name_min_width(self) -> int:
        """The names' least width: a few characters of a criterion inside a group, at least _NAME_MIN_PX."""
        return max(_NAME_MIN_PX, 2 * self._tree.indentation() + MIN_CHARS * self._tree.fontMetrics().averageCharWidth())

    def box_width(self) -> int:
        """The narrowest points column that still shows the whole points box (without its slider)."""
        editor = self._first_editor()
        return _POINTS_MIN_PX if editor is None else editor.box_width()

    def points_min_width(self) -> int:
        """The narrowest points column that still shows the whole points box and a usable slider."""
        editor = self._first_editor()
        if editor is None:
            return _POINTS_MIN_PX + _SLIDER_MIN_PX
        return max(_POINTS_MIN_PX, editor.box_width() + editor.layout().spacing() + _SLIDER_MIN_PX)


__all__ = ["COL_GLOBAL", "COL_LOCAL", "COL_NAME", "COL_POINTS", "WeightColumns"]
