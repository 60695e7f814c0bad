"""The breakpoints table of the criterion dialog: a numeric scale's piecewise value function.

Each row is one corner of the function: a score (in the criterion's unit) and its
value on 0-100. An empty table means a straight line between the bounds. Rows may be
typed in any order; they are sorted by score when the criterion is built.

A cell keeps the number it was filled with (:data:`KEPT_ROLE`) next to the text it
showed (:data:`SHOWN_ROLE`), so a stored number shown rounded (``0.333333``) comes
back exactly unless the user edits the cell. The first and last breakpoints follow
the bounds: when a bound changes, the row sitting on the old bound moves to the new
one (see :meth:`BreakpointRows._follow_bounds`), so widening or narrowing the scale
never leaves the function short of it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Direction
from counterweight.domain.scales import Breakpoint
from counterweight.ui.accessibility import named
from counterweight.ui.numbers import formatted, plain_number
from counterweight.ui.dialogs.criterion_levels import button_row

X_COL, POINT_VALUE_COL = 0, 1
#: A cell's exact number, as filled in by the dialog (not by typing).
KEPT_ROLE = Qt.ItemDataRole.UserRole
#: The text the cell showed when :data:`KEPT_ROLE` was set.
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1
#: On the score cell of a stored end point lying beyond its bound (which the scale allows): "lower" or "upper".
BEYOND_ROLE = Qt.ItemDataRole.UserRole + 2


def _number(item: QTableWidgetItem | None, parse) -> float | None:
    """The cell's kept number while its text is unchanged, else its text as parsed."""
    if item is None:
        return None
    if item.data(KEPT_ROLE) is not None and item.text() == item.data(SHOWN_ROLE):
        return float(item.data(KEPT_ROLE))
    return parse(item.text())


class BreakpointRows:
    """Building, reading and editing the breakpoints table; mixed into :class:`CriterionDialog`.

    Expects ``points_table``, ``lower_edit``, ``upper_edit``, ``unit_edit``,
    ``direction_combo``, ``tr``, ``revalidate`` and :meth:`_parse` from the dialog.
    """

    def _build_points_box(self, form: QFormLayout, page: QWidget) -> None:
        """Add the table, its hint and its buttons to the numeric page's ``form``."""
        t = self.points_table
        named(t, "breakpointsTable", QCoreApplication.translate("CriterionDialog", "Value function breakpoints"))
        t.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", 
            "Piecewise value function: one row per point, a score and its value from 0 (worst) to 100 (best); "
            "empty means a straight line between the bounds"))
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = t.horizontalHeader()
        for column in (X_COL, POINT_VALUE_COL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        t.setMinimumHeight(120)
        self._update_points_header()
        col = QVBoxLayout()
        col.setContentsMargins(0, 0, 0, 0)
        self.points_hint = QLabel(page)
        self.points_hint.setWordWrap(True)
        col.addWidget(self.points_hint)
        col.addWidget(t)
        col.addLayout(button_row(page, QCoreApplication.translate(
            "CriterionDialog", "Changes the value function's breakpoints above"), (
            ("addBreakpointButton", QCoreApplication.translate(
                "CriterionDialog", "Add &breakpoint"), self.add_breakpoint),
            ("removeBreakpointButton", QCoreApplication.translate(
                "CriterionDialog", "Re&move breakpoint"), self.remove_breakpoint),
        )))
        label = QLabel(QCoreApplication.translate("CriterionDialog", "&Value function:"), page)
        label.setBuddy(t)
        form.addRow(label, col)
        t.itemChanged.connect(self.revalidate)
        self.unit_edit.textChanged.connect(self._update_points_header)

    def _update_points_header(self) -> None:
        unit = self.unit_edit.text().strip()
        if unit:
            score = QCoreApplication.translate("CriterionDialog", "Score (%1)").replace("%1", unit)
        else:
            score = QCoreApplication.translate("CriterionDialog", "Score")
        value = QCoreApplication.translate("CriterionDialog", "Value (0-100)")
        self.points_table.setHorizontalHeaderLabels([score, value])

    def _update_points_hint(self) -> None:
        if self.points_table.rowCount():
            text = QCoreApplication.translate(
                "CriterionDialog", "Straight lines between these points; the end points follow the bounds.")
        else:
            text = QCoreApplication.translate("CriterionDialog", "No breakpoints: a straight line between the bounds.")
        self.points_hint.setText(text)

    # ------------------------------------------------------------ filling
    def _fill_points(self, points: list[Breakpoint]) -> None:
        t = self.points_table
        t.blockSignals(True)
        t.setRowCount(0)
        for p in points:
            self._insert_point_row(t.rowCount(), p.x, p.value)
        lower, upper = self._parse(self.lower_edit.text()), self._parse(self.upper_edit.text())
        if points and lower is not None and upper is not None:
            if points[0].x < lower:
                t.item(0, X_COL).setData(BEYOND_ROLE, "lower")
            if points[-1].x > upper:
                t.item(len(points) - 1, X_COL).setData(BEYOND_ROLE, "upper")
        t.blockSignals(False)

    def _insert_point_row(self, r: int, x: float | None, value: float | None) -> None:
        t = self.points_table
        t.insertRow(r)
        for c, number in ((X_COL, x), (POINT_VALUE_COL, value)):
            item = QTableWidgetItem()
            t.setItem(r, c, item)
            if number is not None:
                self._set_cell(item, number)

    @staticmethod
    def _set_cell(item: QTableWidgetItem, number: float) -> None:
        text = plain_number(number)  # as the score matrix writes it (f"{x:g}" wrote 1234567 as 1.23457e+06)
        item.setData(BEYOND_ROLE, None)  # a number the dialog sets sits on or inside the bounds
        item.setData(KEPT_ROLE, float(number))
        item.setData(SHOWN_ROLE, text)
        item.setText(text)

    # ------------------------------------------------------------ reading
    def _point_rows(self) -> list[tuple[int, float | None, float | None]]:
        t = self.points_table
        return [(r, _number(t.item(r, X_COL), self._parse), _number(t.item(r, POINT_VALUE_COL), self._parse))
                for r in range(t.rowCount())]

    def current_points(self) -> list[Breakpoint]:
        """The rows that read as a valid point, sorted by score (for the direction note)."""
        points = [Breakpoint(x=x, value=v) for _, x, v in self._point_rows()
                  if x is not None and v is not None and 0 <= v <= 100]
        return sorted(points, key=lambda p: p.x)

    def _read_points(self, problems: list[str], lower: float, upper: float) -> list[Breakpoint] | None:
        """The breakpoints in the table, sorted by score, or ``None`` after listing what is wrong."""
        rows = self._point_rows()
        if not rows:
            return []
        found: list[str] = []
        seen: dict[float, int] = {}
        valid: list[tuple[int, float, float]] = []
        for r, x, v in rows:
            name = QCoreApplication.translate("CriterionDialog", "Breakpoint %1").replace("%1", str(r + 1))
            if x is None:
                found.append(QCoreApplication.translate("CriterionDialog", "%1: enter the score.").replace("%1", name))
            elif x in seen:
                found.append(QCoreApplication.translate(
                    "CriterionDialog", "%1: the score %2 is already used by breakpoint %3; each score needs "
                                     "its own row.").replace("%1", name).replace("%2", formatted(x))
                             .replace("%3", str(seen[x] + 1)))
            else:
                seen[x] = r
                if not lower <= x <= upper and not self._stored_end(r, x, lower, upper):
                    found.append(QCoreApplication.translate(
                        "CriterionDialog", "%1: the score %2 is outside the scale (%3 to %4).")
                                 .replace("%1", name).replace("%2", formatted(x)).replace("%3", formatted(lower))
                                 .replace("%4", formatted(upper)))
            if v is None or not 0 <= v <= 100:
                found.append(QCoreApplication.translate(
                    "CriterionDialog", "%1: the value must be a number from 0 to 100.").replace("%1", name))
            elif x is not None:
                valid.append((r, x, v))
        if len(rows) < 2:
            found.append(QCoreApplication.translate(
                "CriterionDialog", "Value function: a piecewise function needs at least two breakpoints, one at "
                                 "each bound; remove the last one for a straight line."))
        elif not found:
            ordered = sorted(valid, key=lambda item: item[1])
            first, end = ordered[0], ordered[-1]
            if first[1] > lower:
                found.append(QCoreApplication.translate(
                    "CriterionDialog", "Breakpoint %1: the lowest score (%2) must be at the lower bound (%3), so "
                                     "the function covers the whole scale.").replace("%1", str(first[0] + 1))
                             .replace("%2", formatted(first[1])).replace("%3", formatted(lower)))
            if end[1] < upper:
                found.append(QCoreApplication.translate(
                    "CriterionDialog", "Breakpoint %1: the highest score (%2) must be at the upper bound (%3), so "
                                     "the function covers the whole scale.").replace("%1", str(end[0] + 1))
                             .replace("%2", formatted(end[1])).replace("%3", formatted(upper)))
        problems.extend(found)
        if found:
            return None
        return [Breakpoint(x=x, value=v) for _, x, v in sorted(valid, key=lambda item: item[1])]

    def _stored_end(self, r: int, x: float, lower: float, upper: float) -> bool:
        """Whether row ``r`` is an untouched stored end point lying beyond its bound (the scale allows it)."""
        item = self.points_table.item(r, X_COL)
        if item is None or item.data(KEPT_ROLE) is None or item.text() != item.data(SHOWN_ROLE):
            return False
        side = item.data(BEYOND_ROLE)
        return (side == "lower" and x < lower) or (side == "upper" and x > upper)

    # ------------------------------------------------------------ following the bounds
    def _follow_bounds(self) -> None:
        """Move the points on the old bounds to the new ones, once both bounds read as a valid scale."""
        lower, upper = self._parse(self.lower_edit.text()), self._parse(self.upper_edit.text())
        if lower is None or upper is None or lower >= upper:
            return
        old = self._bounds
        self._bounds = (lower, upper)
        if old is None or old == (lower, upper) or self.points_table.rowCount() == 0:
            return
        rows = [(r, x) for r, x, _ in self._point_rows() if x is not None]
        if not rows:
            return
        t = self.points_table
        t.blockSignals(True)
        for old_bound, new_bound, side in ((old[0], lower, "lower"), (old[1], upper, "upper")):
            if old_bound == new_bound:
                continue
            on_bound = [r for r, x in rows if x == old_bound]
            if not on_bound:  # a stored end point beyond its bound follows it too
                on_bound = [r for r, x in rows if t.item(r, X_COL).data(BEYOND_ROLE) == side
                            and self._stored_end(r, x, *old)]
            for r in on_bound:
                self._set_cell(t.item(r, X_COL), new_bound)
        t.blockSignals(False)

    # ------------------------------------------------------------ editing
    def add_breakpoint(self) -> None:
        """Add a point that leaves the function as it is, and start editing its score.

        An empty table gets the straight line's two ends (at the bounds, valued in the
        chosen direction). Otherwise the new point goes halfway between the selected
        point and the next one (or before the last), on the line joining them.
        """
        t = self.points_table
        lower, upper = self._parse(self.lower_edit.text()), self._parse(self.upper_edit.text())
        t.blockSignals(True)
        if t.rowCount() == 0 and lower is not None and upper is not None and lower < upper:
            higher = Direction(self.direction_combo.currentData()) is Direction.HIGHER_BETTER
            self._insert_point_row(0, lower, 0.0 if higher else 100.0)
            self._insert_point_row(1, upper, 100.0 if higher else 0.0)
            target = 1
        else:
            ordered = sorted(((x, v, r) for r, x, v in self._point_rows() if x is not None and v is not None),
                             key=lambda item: item[0])
            if len(ordered) < 2:
                target = t.rowCount()
                self._insert_point_row(target, None, None)
            else:
                current = next((i for i, item in enumerate(ordered) if item[2] == t.currentRow()), -1)
                i = current if 0 <= current < len(ordered) - 1 else len(ordered) - 2
                (x0, v0, r0), (x1, v1, _) = ordered[i], ordered[i + 1]
                target = r0 + 1
                self._insert_point_row(target, (x0 + x1) / 2, (v0 + v1) / 2)
        t.blockSignals(False)
        t.setCurrentCell(target, X_COL)
        t.editItem(t.item(target, X_COL))
        self.revalidate()

    def remove_breakpoint(self) -> None:
        """Remove the selected point (the last one leaves a straight line)."""
        r = self.points_table.currentRow()
        if r >= 0:
            self.points_table.removeRow(r)
            self.revalidate()


__all__ = ["BEYOND_ROLE", "KEPT_ROLE", "POINT_VALUE_COL", "SHOWN_ROLE", "X_COL", "BreakpointRows"]
