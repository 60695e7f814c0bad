"""Judgement editors of the weighting dialog: direct points, swing, ranks.

Each editor is a table with one row per criterion being weighted. It loads stored
judgements (or sensible defaults from the current points), emits ``changed`` on
every edit and returns its judgements as :class:`~counterweight.domain.Elicitation`
fields, raising a :class:`~counterweight.domain.errors.CounterweightError` that names
the criterion when an entry cannot be used. The AHP editor lives in
``ui/widgets/pairwise_editor.py``; the method labels and the weights tree's markers of
how each group's weights were elicited in :mod:`counterweight.ui.dialogs.weighting_markers`.

Numbers loaded from the decision are kept exactly until the analyst edits them
(:class:`~counterweight.ui.widgets.kept_value_spin.KeptValueSpinBox`): points of
0.004 and 0.006 stay 40 % and 60 %, not 0 and 0.01, and no box clips a stored value.
Nor a typed one: a number typed past a box's range (120 swing points) stays as typed and
the problem names the criterion and the range (:class:`~counterweight.ui.widgets.kept_value_spin.AllowedRange`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import (
    Criterion,
    Direction,
    Elicitation,
    NumericScale,
    PairwiseJudgement,
    QualitativeScale,
)
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.weighting import SWING_TOP
from counterweight.ui.models.score_text import format_number
from counterweight.ui.numbers import formatted, shown
from counterweight.ui.widgets.kept_value_spin import AllowedRange, KeptValueSpinBox, WholeNumberSpinBox

MAX_POINTS = 10_000.0
#: How far past their ranges points and ranks may be typed (to be reported, not cut short).
TYPED_POINTS, TYPED_RANK = 100 * MAX_POINTS, 999


def swing_range(criterion: Criterion) -> str:
    """The swing of a criterion from its worst to its best level, e.g. "24 → 0 months".

    Groups have no scale of their own and are described as "group".
    """
    scale = criterion.scale
    if scale is None:
        return QCoreApplication.translate("WeightingDialog", "group")
    if isinstance(scale, QualitativeScale):
        worst = min(scale.levels, key=lambda lv: lv.value).label
        best = max(scale.levels, key=lambda lv: lv.value).label
        return f"{worst} → {best}"
    assert isinstance(scale, NumericScale)
    if scale.breakpoints:
        worst_x = min(scale.breakpoints, key=lambda b: b.value).x
        best_x = max(scale.breakpoints, key=lambda b: b.value).x
    elif criterion.direction is Direction.HIGHER_BETTER:
        worst_x, best_x = scale.lower, scale.upper
    else:
        worst_x, best_x = scale.upper, scale.lower
    return f"{formatted(worst_x)} → {formatted(best_x)} {criterion.unit}".strip()


def same_pairwise(first: list[PairwiseJudgement], second: list[PairwiseJudgement]) -> bool:
    """Whether two sets of pairwise judgements say the same, whichever way round each pair is written."""
    def table(judgements: list[PairwiseJudgement]) -> dict[tuple[str, str], float]:
        out = {(j.first, j.second): j.value for j in judgements}
        return out | {(j.second, j.first): 1.0 / j.value for j in judgements}

    a, b = table(first), table(second)
    return a.keys() == b.keys() and all(math.isclose(a[k], b[k], rel_tol=1e-12) for k in a)


def ranks_from_values(values: dict[str, float]) -> dict[str, int]:
    """Competition ranks, largest value first (1, 2, 2, 4 for ties)."""
    return {k: 1 + sum(1 for w in values.values() if w > v + 1e-12) for k, v in values.items()}


class _TableEditor(QWidget):
    """A table with the criterion names in column 0 and editor widgets beside them."""

    changed = Signal()

    def __init__(self, children: list[Criterion], headers: list[str], name: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.children_ = list(children)
        self.names = {c.id: c.name for c in children}
        self.table = QTableWidget(len(children), len(headers), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(intro)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves between the spin boxes
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row, kid in enumerate(children):
            item = QTableWidgetItem(kid.name)
            item.setToolTip(kid.description or kid.name)
            self.table.setItem(row, 0, item)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)

    def _rank_spin(self, row: int, col: int, kid: Criterion) -> WholeNumberSpinBox:
        spin = WholeNumberSpinBox(self.table)
        spin.setObjectName(f"rank_{self.objectName()}_{kid.id}")
        spin.setAccessibleName(QCoreApplication.translate("WeightingDialog", "Rank of {0} (1 = most important)").format(kid.name))
        spin.setAccessibleDescription(QCoreApplication.translate(
                "WeightingDialog", "Order of importance among these criteria"))  # issue 6
        spin.set_allowed(1, max(1, len(self.children_)), TYPED_RANK)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._place(row, col, spin)
        spin.valueChanged.connect(lambda _v: self._on_rank())
        return spin

    def _points_spin(self, row: int, col: int, name: str, accessible: str, top: float,
                     decimals: int) -> KeptValueSpinBox:
        spin = KeptValueSpinBox(self.table, shown_decimals=decimals)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setAccessibleDescription(QCoreApplication.translate(
                "WeightingDialog", "Only the ratios between the criteria's numbers matter"))  # issue 6
        spin.set_allowed(0.0, top, max(top, TYPED_POINTS))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self._place(row, col, spin)
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        return spin

    def _place(self, row: int, col: int, spin: QAbstractSpinBox) -> None:
        self.table.setCellWidget(row, col, spin)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        width = max(spin.sizeHint().width() + 24, header.sectionSizeFromContents(col).width() + 8)
        header.resizeSection(col, max(width, header.sectionSize(col) if row else 0))

    def _on_rank(self) -> None:
        self.changed.emit()

    def _check_typed(self, spins: Mapping[str, AllowedRange], what: str) -> None:
        """Raise, naming the criterion and the allowed range, for the first number typed outside it.

        ``what`` is a template: {0} the criterion's name, {1} and {2} the range, {3} as typed.
        """
        for kid in self.children_:
            spin = spins[kid.id]
            if spin.typed_outside():
                low, high = spin.allowed()
                raise InvalidInputError(what.format(repr(kid.name), format_number(low), format_number(high),
                                                    format_number(spin.value())))  # type: ignore[attr-defined]

    @staticmethod
    def _set_quietly(spin: QAbstractSpinBox, value: float) -> None:
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)

    @staticmethod
    def _keep_quietly(spin: KeptValueSpinBox, value: float) -> None:
        """Show a loaded ``value`` and keep it exactly until the analyst edits the box."""
        spin.blockSignals(True)
        spin.set_kept(value)
        spin.blockSignals(False)

    def _fit_ranks(self, spins: dict[str, WholeNumberSpinBox], ranks: dict[str, int]) -> None:
        """Let every rank box hold the largest loaded rank (stored ranks may skip numbers: 1, 5, 3)."""
        top = max([len(self.children_), *ranks.values()])
        for spin in spins.values():
            spin.set_allowed(1, max(1, top), max(top, TYPED_RANK))

    def _default_ranks(self, stored: Elicitation | None, fallback: dict[str, float]) -> dict[str, int]:
        if stored is not None and all(c.id in stored.ranks for c in self.children_):
            return {c.id: stored.ranks[c.id] for c in self.children_}
        return ranks_from_values(fallback)


class DirectEditor(_TableEditor):
    """Points per criterion; weights are shares of the total."""

    def __init__(self, children: list[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(children, [QCoreApplication.translate("WeightingDialog", "Criterion"), QCoreApplication.translate("WeightingDialog", "Points")], "directEditor",
                         QCoreApplication.translate("WeightingDialog", "Points per criterion. Only the ratios matter."), parent)
        # the boxes reach at least MAX_POINTS, and the largest stored points (imports may hold more)
        top = max([MAX_POINTS, *(kid.weight for kid in children)])
        self.spins = {
            kid.id: self._points_spin(row, 1, f"directPoints_{kid.id}", QCoreApplication.translate("WeightingDialog", "Points for {0}").format(kid.name),
                                      top, 2)
            for row, kid in enumerate(children)
        }

    def load(self, stored: Elicitation | None) -> None:
        """Start from the criteria's current points (the judgements of a direct elicitation)."""
        for kid in self.children_:
            self._keep_quietly(self.spins[kid.id], kid.weight)
        self.changed.emit()

    def points(self) -> dict[str, float]:
        """Criterion id -> points: as stored where untouched, as entered where edited.

        Raises InvalidInputError for points typed past the box's range.
        """
        self._check_typed(self.spins, QCoreApplication.translate(
            "WeightingDialog", "The points of {0} must be from {1} to {2}; {3} was typed. Only the ratios between "
            "the criteria matter."))
        return {k: s.kept_value() for k, s in self.spins.items()}


class RankEditor(_TableEditor):
    """Importance ranks (1 = most important, ties allowed) for ROC and rank-sum."""

    def __init__(self, children: list[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(children, [QCoreApplication.translate("WeightingDialog", "Criterion"), QCoreApplication.translate("WeightingDialog", "Rank")], "rankEditor",
                         QCoreApplication.translate("WeightingDialog", "Rank the criteria by importance: 1 is the most important. Give two criteria the "
                             "same rank to tie them."), parent)
        self.spins = {kid.id: self._rank_spin(row, 1, kid) for row, kid in enumerate(children)}

    def load(self, stored: Elicitation | None) -> None:
        """Stored ranks, or ranks by current points."""
        ranks = self._default_ranks(stored, {c.id: c.weight for c in self.children_})
        self._fit_ranks(self.spins, ranks)
        for k, spin in self.spins.items():
            self._set_quietly(spin, ranks[k])
        self.changed.emit()

    def fields(self) -> dict[str, Any]:
        """The ranks; raises InvalidInputError for a rank typed past the number of criteria."""
        self._check_typed(self.spins, _rank_range())
        return {"ranks": {k: s.value() for k, s in self.spins.items()}}


class SwingEditor(_TableEditor):
    """Swing weighting: rank the swings, the top one is 100, rate the others against it."""

    COL_RANGE, COL_RANK, COL_POINTS = 1, 2, 3

    def __init__(self, children: list[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(
            children, [QCoreApplication.translate("WeightingDialog", "Criterion"), QCoreApplication.translate("WeightingDialog", "Worst → best"), QCoreApplication.translate("WeightingDialog", "Rank"), QCoreApplication.translate("WeightingDialog", "Swing points")], "swingEditor",
            QCoreApplication.translate("WeightingDialog", "Imagine every criterion at its worst. Which swing to its best would you choose first? Rank it "
                "1; it gets 100 points. Rate every other swing from 0 to 100 against it."), parent)
        self.ranks: dict[str, WholeNumberSpinBox] = {}
        self.spins: dict[str, KeptValueSpinBox] = {}
        for row, kid in enumerate(children):
            item = QTableWidgetItem(swing_range(kid))
            item.setToolTip(item.text())
            self.table.setItem(row, self.COL_RANGE, item)
            self.ranks[kid.id] = self._rank_spin(row, self.COL_RANK, kid)
            self.spins[kid.id] = self._points_spin(
                row, self.COL_POINTS, f"swingPoints_{kid.id}",
                QCoreApplication.translate("WeightingDialog", "Swing points for {0} (0 to 100)").format(kid.name), SWING_TOP, 1)

    def load(self, stored: Elicitation | None) -> None:
        """Stored swing ratings and ranks, or ratings proportional to the current points."""
        if stored is not None and all(c.id in stored.swing_points for c in self.children_):
            points = {c.id: stored.swing_points[c.id] for c in self.children_}
        else:
            top = max((c.weight for c in self.children_), default=0.0)
            points = {c.id: round(SWING_TOP * c.weight / top, 1) if top > 0 else SWING_TOP for c in self.children_}
        ranks = self._default_ranks(stored, points)
        self._fit_ranks(self.ranks, ranks)
        for k in self.spins:
            self._set_quietly(self.ranks[k], ranks[k])
            self._keep_quietly(self.spins[k], points[k])
        self._fix_top()
        self.changed.emit()

    def _on_rank(self) -> None:
        self._fix_top()
        self.changed.emit()

    def _fix_top(self) -> None:
        """The swing(s) ranked first are the yardstick: 100 points, not editable (a rank typed out of range is not)."""
        top = min((s.value() for s in self.ranks.values() if not s.typed_outside()), default=None)
        for k, rank in self.ranks.items():
            spin = self.spins[k]
            fixed = rank.value() == top
            if fixed:
                self._set_quietly(spin, SWING_TOP)
            spin.setReadOnly(fixed)  # still focusable, so a screen reader can read the 100
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if fixed
                                  else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            spin.setToolTip(QCoreApplication.translate("WeightingDialog", "The largest swing is the yardstick: always 100.") if fixed else "")

    def fields(self) -> dict[str, Any]:
        """Ranks and swing points; raises for a number typed out of range, or a swing rated above a higher rank."""
        self._check_typed(self.ranks, _rank_range())
        self._check_typed(self.spins, QCoreApplication.translate(
            "WeightingDialog", "The swing points of {0} must be from {1} to {2}; {3} was typed. The biggest swing "
            "has 100 points; rate every other swing against it."))
        ranks = {k: s.value() for k, s in self.ranks.items()}
        points = {k: s.kept_value() for k, s in self.spins.items()}
        for low in self.children_:
            for high in self.children_:
                if ranks[high.id] < ranks[low.id] and points[low.id] > points[high.id] + 1e-9:
                    raise InvalidInputError(QCoreApplication.translate("WeightingDialog", 
                        "{0!r} is ranked {1}, below {2!r} (rank {3}), but has more swing points ({4:g} > {5:g}). "
                        "Lower its points or change the ranks.").format(
                        low.name, ranks[low.id], high.name, ranks[high.id], shown(points[low.id]), shown(points[high.id])))
        return {"ranks": ranks, "swing_points": points}


def _rank_range() -> str:
    return QCoreApplication.translate(
        "WeightingDialog", "The rank of {0} must be from {1} to {2}; {3} was typed. 1 is the most important.")


__all__ = ["DirectEditor", "RankEditor", "SwingEditor", "ranks_from_values", "same_pairwise", "swing_range"]
