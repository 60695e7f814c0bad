"""The Sensitivity tab's table of weight thresholds: one row per criterion, in tree order.

Columns: the criterion (indented under its groups), its local weight, and a line per
threshold: the local weight at which the top option changes and the option that then
comes first ("↓ 30.8 % → Transfer…" when the weight falls to it, "↑ 69.2 % → …" when it
rises to it). That last column takes the room left over and wraps its words (QA 21,
item 11: split over two columns that shortened their text, the answer was cut to
"→ C…" at large text); the criterion column is capped and shortens a long name (its
full path is in the tooltip). An option that breaches a red line is flagged
"(⚑ breaches a red line)", the tooltip giving the red line's reason (QA 21, item 5). :func:`convention_note` is the line
shown under the table: one weight moves at a time, the others of its group keeping
their proportions (QA 21, item 9); the header tooltips say so too.

:class:`ThresholdTable` builds the read-only ``QTableWidget``, fills it from a
:class:`~counterweight.engine.sensitivity.SensitivityResult` and reads it back. Every
cell keeps its value under ``Qt.ItemDataRole.UserRole``: the criterion id in the first
column, the local weight in the second, the ``(down, up)`` thresholds in
:data:`COL_CHANGES` and there the ``(down, up)`` ids of the options that then come first
under :data:`NEW_TOP_ROLE`. Its words are translated
under the one context ``"ThresholdTable"`` (literal ``QCoreApplication.translate``
calls, which lupdate extracts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from counterweight.engine.flip_red_lines import breaches_after
from counterweight.ui.engine_text import engine_text
from counterweight.ui.numbers import formatted
from counterweight.ui.widgets.sensitivity_text import DASH, breach_tip, pct, pct_pair, short_flag

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.sensitivity import CriterionSensitivity, SensitivityResult, Threshold

COL_CRITERION, COL_WEIGHT, COL_CHANGES = range(3)
#: Item data role holding the ``(down, up)`` ids of the options that then come first.
NEW_TOP_ROLE = Qt.ItemDataRole.UserRole + 1
#: The marks of a threshold reached by lowering the weight and by raising it.
DOWN, UP = "↓", "↑"

Cell = tuple[str, object, str | None]
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def convention_note() -> str:
    """The line under the table: how the other weights move while one weight moves."""
    return QCoreApplication.translate(
        "ThresholdTable", "Each threshold moves one weight alone: the other criteria in its group share the rest "
        "in their present proportions, and the weights outside the group stay as they are.")


class _WrapDelegate(QStyledItemDelegate):
    """Wraps its column's words onto as many lines as they need (the table's other columns shorten)."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        # the table asks for a row's height without the column's width when it does not wrap itself
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(1, self._table.columnWidth(index.column()) - 1), 1 << 16)
        return super().sizeHint(sized, index)


class ThresholdTable:
    """The thresholds table (``table``, a child of ``parent``) and what it shows.

    Parameters
    ----------
    parent
        The widget that shows the table.
    """

    def __init__(self, parent: QWidget) -> None:
        t = self.table = QTableWidget(0, 3, parent)
        t.setObjectName("sensitivityTable")
        # the last column's title, in two parts that go on two lines when one would be cut
        self._changes_head = (translate("ThresholdTable", "Top changes at"),
                              translate("ThresholdTable", "→ new top option"))
        t.setAccessibleName(translate("ThresholdTable", "Weight thresholds per criterion"))
        t.setAccessibleDescription(translate(
            "ThresholdTable", "How far each weight may move before another option leads; Enter charts it"))
        alone = translate("ThresholdTable",
                          "One weight moves at a time: the other criteria in its group keep their proportions.")
        heads = [(translate("ThresholdTable", "Criterion"),
                  translate("ThresholdTable", "Criteria, indented under their groups")),
                 (translate("ThresholdTable", "Weight"),
                  translate("ThresholdTable", "Its share of its group's weight (local weight)")),
                 (self._changes_head[0] + " " + self._changes_head[1],
                  translate("ThresholdTable", "The local weight at which another option comes first, and that "
                            "option: ↓ if this weight falls to it, ↑ if it rises to it; ⚑: the option breaches a "
                            "red line.") + " " + alone)]
        for c, (text, tip) in enumerate(heads):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            t.setHorizontalHeaderItem(c, item)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setTabKeyNavigation(False)
        t.setWordWrap(False)
        t.setItemDelegateForColumn(COL_CHANGES, _WrapDelegate(t))  # the answer wraps rather than being cut
        t.verticalHeader().hide()
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns share the width
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)  # the answer gets the room left
        header.setMinimumSectionSize(40)
        t.setMinimumHeight(150)
        t.setToolTip(translate("ThresholdTable", "Double-click a row (or press Enter) to chart that criterion"))

    def fill(self, sens: SensitivityResult, decision: Decision | None) -> None:
        """One row per criterion of ``sens``; ``decision`` (if any) gives the groups' indentation and the red lines."""
        # Rows fit their cells (the vertical header sizes them to their contents). Left so
        # while the cells of shown rows are replaced, each new cell marks the heights out of date
        # and repainting it asks where its row is, which measures every row again (cells x rows
        # measurements: over a second for 66 criteria in the window). Rows keep their height
        # meanwhile and are measured once at the end.
        heights = self.table.verticalHeader()
        heights.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        try:
            self.table.setRowCount(len(sens.criteria))
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            for row, c in enumerate(sens.criteria):
                for col, (text, value, tip) in enumerate(criterion_cells(c, decision)):
                    item = QTableWidgetItem(text)
                    value, new_top = value if col == COL_CHANGES else (value, None)  # type: ignore[misc]
                    item.setData(Qt.ItemDataRole.UserRole, value)
                    item.setData(NEW_TOP_ROLE, new_top)
                    if tip:
                        item.setToolTip(tip)
                    if col == COL_WEIGHT:
                        item.setTextAlignment(right)
                    self.table.setItem(row, col, item)
        finally:
            heights.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.size_columns()

    def size_columns(self) -> None:
        """The weight fits its text, the criterion up to a cap; the thresholds and new top options get the rest.

        Row heights are measured again: the new top options' words wrap to the new width.
        """
        t, metrics = self.table, self.table.fontMetrics()
        room = t.viewport().width() or t.width()
        for col, cap in ((COL_CRITERION, max(90, min(200, int(0.3 * room)))), (COL_WEIGHT, 10 ** 4)):
            texts = [t.horizontalHeaderItem(col).text()] + [t.item(r, col).text() for r in range(t.rowCount())]
            widest = max(metrics.horizontalAdvance(x) for x in texts) + 18
            t.horizontalHeader().resizeSection(col, min(cap, widest))
        head = t.horizontalHeaderItem(COL_CHANGES)
        text = _wrapped(self._changes_head, metrics, room - t.columnWidth(COL_CRITERION) - t.columnWidth(COL_WEIGHT) - 18)
        if head.text() != text:
            head.setText(text)
        if t.rowCount():
            t.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        t.setMinimumHeight(max(150, 14 * metrics.lineSpacing()))  # a few wrapped rows in view at any text size

    # ------------------------------------------------------------ reading back
    def rows(self) -> list[list[str]]:
        """Every cell's text, row by row (tree order)."""
        t = self.table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    def column_pairs(self, role: int) -> dict[str, tuple[object, object]]:
        """Per criterion id, the ``role`` data of its thresholds: ``(down, up)``.

        ``Qt.ItemDataRole.UserRole`` gives the local weights, :data:`NEW_TOP_ROLE` the option ids.
        """
        t = self.table
        pairs = {}
        for r in range(t.rowCount()):
            down, up = t.item(r, COL_CHANGES).data(role) or (None, None)
            pairs[t.item(r, COL_CRITERION).data(Qt.ItemDataRole.UserRole)] = (down, up)
        return pairs


def _wrapped(parts: tuple[str, str], metrics: QFontMetrics, width: int) -> str:
    """A title of two parts on one line if it fits ``width`` pixels, else each part on lines of its words that fit."""
    whole = " ".join(parts)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    lines: list[str] = []
    for part in parts:
        words = part.replace("→ ", "→\u00a0").split(" ")  # an arrow stays with its word
        line = words[0]
        for word in words[1:]:
            if metrics.horizontalAdvance(f"{line} {word}") <= width:
                line = f"{line} {word}"
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return "\n".join(lines)


def criterion_cells(c: CriterionSensitivity, decision: Decision | None) -> list[Cell]:
    """The three cells of one criterion's row: ``(text, value, tooltip)``.

    The value of the thresholds cell is ``((down, up) local weights, (down, up) new top ids)``.
    """
    note = engine_text(c.note) or translate("ThresholdTable", "No weight from 0 % to 100 % puts another option first.")
    depth = len(decision.ancestors(c.criterion_id)) if decision is not None and \
        decision.has_criterion(c.criterion_id) else 0
    weight_tip = translate("ThresholdTable", "{0} % of its group; {1} % of the total weight").format(
        pct(c.local_weight, 1), pct(c.global_weight, 1))
    sides = [(mark, t) for mark, t in ((DOWN, c.decrease), (UP, c.increase)) if t is not None]
    ids = (c.decrease and c.decrease.new_top_id, c.increase and c.increase.new_top_id)
    weights = (c.decrease and c.decrease.local_weight, c.increase and c.increase.local_weight)
    changes: Cell = (DASH, (weights, ids), note)
    if sides:
        lines = [threshold_cell(c, mark, t, decision) for mark, t in sides]
        changes = ("\n".join(text for text, _ in lines), (weights, ids), "\n".join(tip for _, tip in lines))
    return [("    " * depth + c.name, c.criterion_id, c.label),
            (pct(c.local_weight, 1) + " %", c.local_weight, weight_tip), changes]


def threshold_cell(c: CriterionSensitivity, mark: str, t: Threshold, decision: Decision | None) -> tuple[str, str]:
    """One threshold's line (``↓ 30.8 % → Alpha``, flagged if Alpha breaches a red line) and its tooltip.

    The weight has one decimal, as the weight column, and more only when one decimal
    would show it equal to the weight now.
    """
    at = pct_pair(c.local_weight, t.local_weight)[1]
    breaches = breaches_after(decision, t.new_top_id) if decision is not None else ()
    text = f"{mark} {at} % → {t.new_top_name}"
    if breaches:
        text += f" ({short_flag(breaches)})"
    tip = (translate("ThresholdTable",
                     "If its weight falls to {0} % of its group ({1} % of the total weight), {2} comes first.")
           if t.direction == "decrease" else
           translate("ThresholdTable",
                     "If its weight rises to {0} % of its group ({1} % of the total weight), {2} comes first.")
           ).format(at, pct(t.global_weight, 1), t.new_top_name)
    if not t.exact:
        tip += " " + translate("ThresholdTable", "Found by search, to within {0} percentage points.").format(
            formatted(100 * t.tolerance, ".1g"))
    if breaches:
        tip += " " + breach_tip(breaches)
    return text, tip


__all__ = [
    "COL_CHANGES",
    "COL_CRITERION",
    "COL_WEIGHT",
    "DOWN",
    "NEW_TOP_ROLE",
    "UP",
    "ThresholdTable",
    "convention_note",
    "criterion_cells",
    "threshold_cell",
]
