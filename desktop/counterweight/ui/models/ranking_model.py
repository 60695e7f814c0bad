"""The ranking table's model: rank, option and the aggregation method's own numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from counterweight.domain import AggregationMethod
from counterweight.domain.methods import RedLineAction
from counterweight.ui.numbers import column_texts, localiser
from counterweight.engine.shown_scores import score_texts
from counterweight.services.analysis import missing_scores
from counterweight.ui.dialogs.red_lines_dialog import red_line_icon
from counterweight.ui.engine_text import engine_text, term_text
from counterweight.ui.theme import current as current_theme  # issue 6: colours follow the palette

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine import Evaluation
    from counterweight.engine.red_lines import RedLineBreach

DASH = "—"


@dataclass(frozen=True)
class _Column:
    header: str
    tooltip: str
    sample: str
    texts: Callable[[Evaluation], list[str]]  # one text per option, in option order


@dataclass(frozen=True)
class _Row:
    option_id: str
    rank: int | None
    name: str
    cells: tuple[str, ...]
    status: str  # "ranked", "unranked" (the method cannot place it) or "excluded" (red line)
    reason: str
    mark: RedLineAction | None  # the strongest red-line action breached
    compromise: bool
    worst: tuple[str, ...] = ()  # criteria whose missing score the weighted sum counted as the worst value


def _extra(key: str, decimals: int = 3, *, sign: bool = False, headline: bool = False
           ) -> Callable[[Evaluation], list[str]]:
    """A column of the method's own numbers: ``decimals`` or more where rounding would hide a rank
    (:func:`~counterweight.domain.shown_numbers.column_texts`); "—" where the method computed nothing."""
    def texts(ev: Evaluation) -> list[str]:
        values = ev.extras.get(key)
        if values is None:
            return [DASH] * len(ev.option_ids)
        return column_texts(ev.where_computed(values), ev.ranks_or_none(), decimals, sign=sign,
                            tied_equal=headline, missing=DASH)
    return texts


def _scores(ev: Evaluation) -> list[str]:
    return list(map(localiser(), score_texts(ev, missing=DASH)))


def _compromise(ev: Evaluation) -> list[str]:
    return ["✓" if oid in ev.compromise_option_ids else "" for oid in ev.option_ids]


def worst_counted(ev: Evaluation) -> list[tuple[str, ...]]:
    """Per option (option order), the criteria whose missing score the weighted sum counted as the worst value.

    Only the weighted sum scores a missing value (as 0, the worst); the other methods
    cannot place such an option and say so. A criterion without weight changes nothing.
    QA pass 22: the ranking row showed a plain score with no sign of it.
    """
    if not ev.additive or ev.raw.size == 0:
        return [()] * len(ev.option_ids)
    counted = np.isnan(ev.raw) & (np.asarray(ev.leaf_weights) > 0)
    if not counted.any():  # the usual case: no row to look at (session 26)
        return [()] * len(ev.option_ids)
    return [tuple(ev.leaf_labels[int(j)] for j in np.flatnonzero(row)) for row in counted]


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class RankingModel(QAbstractTableModel):
    """Rank, option and the method's own numbers, best first.

    Columns: WSM and WPM show the score (0-100, one decimal); TOPSIS D+, D- and
    closeness; PROMETHEE phi+, phi- and the net flow; VIKOR S, R, Q and a mark for
    the compromise solution (three decimals). A column gets more decimals (one
    precision for all its rows) when fewer would show two ranks with the same
    number (:mod:`counterweight.domain.shown_numbers`); a number the method did not
    compute is "—", also for an option a red line excludes. A change of evaluation emits one
    ``dataChanged`` for the whole table, or a reset when the rows or the columns
    changed, so a 200-option ranking updates in milliseconds.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._method: AggregationMethod | None = None
        self._columns: list[_Column] = self._columns_for(AggregationMethod.WSM)
        self._rows: list[_Row] = []
        self._widths: tuple[int, ...] = ()

    def _columns_for(self, method: AggregationMethod) -> list[_Column]:
        if method is AggregationMethod.TOPSIS:
            return [
                _Column(self.tr("D+"), self.tr("Distance to the ideal option; lower is better"), "0.000",
                        _extra("d_plus")),
                _Column(self.tr("D−"), self.tr("Distance to the worst (anti-ideal) option; higher is better"),
                        "0.000", _extra("d_minus")),
                _Column(self.tr("Closeness"), self.tr("C = D− / (D+ + D−), 0 to 1; higher is better"), "0.000",
                        _extra("closeness", headline=True)),
            ]
        if method is AggregationMethod.PROMETHEE:
            return [
                _Column(self.tr("φ+"), self.tr("Leaving flow: how strongly it beats the others, 0 to 1"), "0.000",
                        _extra("phi_plus")),
                _Column(self.tr("φ−"),
                        self.tr("Entering flow: how strongly the others beat it, 0 to 1; lower is better"),
                        "0.000", _extra("phi_minus")),
                _Column(self.tr("Net φ"), self.tr("Net flow φ+ − φ−, −1 to +1; higher is better"), "+0.000",
                        _extra("phi", sign=True, headline=True)),
            ]
        if method is AggregationMethod.VIKOR:
            return [
                _Column(self.tr("S"),
                        self.tr("Group utility: weighted regrets summed over the criteria; lower is better"),
                        "0.000", _extra("S")),
                _Column(self.tr("R"), self.tr("Individual regret: the largest weighted regret on one criterion; "
                                              "lower is better"), "0.000", _extra("R")),
                _Column(self.tr("Q"), self.tr("VIKOR index combining S and R with weight v; lower is better"), "0.000",
                        _extra("Q", headline=True)),
                _Column(self.tr("Compromise"), self.tr("✓ marks VIKOR's compromise solution"), "✓",
                        _compromise),
            ]
        if method is AggregationMethod.WPM:
            return [_Column(self.tr("Score"), self.tr("Weighted product of the values, 0 to 100; higher is better"),
                            "100.0", _scores)]
        return [_Column(self.tr("Score"), self.tr("Overall score, 0 to 100"), "100.0", _scores)]

    def set_evaluation(self, evaluation: Evaluation | None, decision: Decision | None = None) -> None:
        """Show ``evaluation`` (``None``: empty). ``decision`` is accepted for symmetry and unused."""
        method = evaluation.aggregation if evaluation is not None else self._method or AggregationMethod.WSM
        columns = self._columns_for(method) if method is not self._method else self._columns
        rows = [] if evaluation is None else self._make_rows(evaluation, columns)
        widths = tuple(max((len(r.cells[k]) for r in rows), default=0) for k in range(len(columns)))
        widths += (int(any(r.worst for r in rows)),)  # QA 22: the mark's icon needs room in the score column
        if method is not self._method or len(rows) != len(self._rows):
            self.beginResetModel()
            self._method, self._columns, self._rows, self._widths = method, columns, rows, widths
            self.endResetModel()
        elif rows != self._rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            if widths != self._widths:  # a column took more (or fewer) decimals: the view may resize it
                self._widths = widths
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, self.columnCount() - 1)

    def _make_rows(self, ev: Evaluation, columns: list[_Column]) -> list[_Row]:
        breaches: dict[str, list[RedLineBreach]] = {}
        for b in ev.red_line_breaches:
            breaches.setdefault(b.option_id, []).append(b)
        unplaced, excluded = set(ev.unranked_option_ids), set(ev.excluded_option_ids)
        compromise = set(ev.compromise_option_ids) if ev.aggregation is AggregationMethod.VIKOR else set()
        texts = [col.texts(ev) for col in columns]  # whole columns: their decimals depend on every row
        worst = worst_counted(ev)
        rows: list[_Row] = []
        for i in (int(k) for k in ev.order):
            oid = ev.option_ids[i]
            own = breaches.get(oid, [])
            if oid in excluded:
                status = "excluded"
                reason = self.tr("Excluded from the ranking by a red line: {0}").format(
                    " ".join(engine_text(b.reason) for b in own if b.excludes))
            elif oid in unplaced:
                status, reason = "unranked", ""
            else:
                status, reason = "ranked", ""
            if not ev.is_computed(oid):  # no number at all (also when a red line excludes it): say why
                labels = ", ".join(f"'{x}'" for x in missing_scores(ev, oid))
                why = self.tr("Not ranked: {0} cannot place this option without a score on {1}.").format(
                    term_text(ev.aggregation.label), labels or self.tr("every criterion it uses"))
                reason = f"{reason} {why}" if status == "excluded" else why
            cells = tuple(t[i] for t in texts)
            mark = (RedLineAction.EXCLUDE if any(b.excludes for b in own) else RedLineAction.FLAG) if own else None
            if own and status != "excluded":
                reason = self.tr("Breaches a red line (flagged): {0}").format(" ".join(engine_text(b.reason) for b in own))
            rank = int(ev.ranks[i]) if status == "ranked" else None
            shown = ev.is_computed(oid)  # a mark beside a number only: "—" already has its reason
            rows.append(_Row(oid, rank, ev.option_names[i], cells, status, reason, mark, oid in compromise,
                             worst[i] if shown else ()))
        return rows

    # ------------------------------------------------------------ lookups
    def option_id(self, row: int) -> str:
        return self._rows[row].option_id

    def rank(self, row: int) -> int | None:
        """Rank shown in ``row``; ``None`` for an option without a rank."""
        return self._rows[row].rank

    def headline_column(self) -> int:
        """Column of the method's headline number (score, closeness, net flow or Q)."""
        return 2 if len(self._columns) == 1 else 4

    def marked_rows(self) -> int:
        """How many rows carry the missing-score mark (see :func:`worst_counted`)."""
        return sum(1 for r in self._rows if r.worst)

    def _worst_text(self, row: _Row) -> str:
        n = len(row.worst)
        if not n:
            return ""
        head = self.tr("1 missing score counted as the worst value") if n == 1 else \
            self.tr("%n missing scores counted as the worst value", "", n)
        return self.tr("{0} (0): {1}").format(head, ", ".join(f"'{x}'" for x in row.worst))

    def sample_text(self, column: int) -> str:
        """A string as wide as the widest number expected in ``column`` (or shown in it now)."""
        if column < 2:
            return "0000"
        k = column - 2
        return max([self._columns[k].sample, *(r.cells[k] for r in self._rows)], key=len)

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2 + len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            worst = self._worst_text(row)
            if worst and col in (0, 1, self.headline_column()):  # QA 22: why this score is low
                first = row.reason if col < 2 else self._text(row, col)
                return "\n".join(x for x in (first, worst + ".", self.tr(
                    "The weighted sum scores a missing value as the worst on its scale; give a score, or see "
                    "the notes below the chart.")) if x)
            if row.reason and col in (0, 1):
                return row.reason
            return self._text(row, col) or None
        if role == Qt.ItemDataRole.DecorationRole and col == 1 and row.mark is not None:
            return red_line_icon(row.mark)
        if role == Qt.ItemDataRole.DecorationRole and row.worst and col == self.headline_column():
            return _warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "ranked":
            return current_theme().muted
        if role == Qt.ItemDataRole.FontRole and col == 1 and row.compromise:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 1:
            centre = col >= 2 and self._columns[col - 2].sample == "✓"
            horizontal = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # QA pass 30: the row's summary once, on its first cell;
            if col == 0:  # the others read their own value (the header says what it is)
                return self._spoken(row)
            worst = self._worst_text(row) if col == self.headline_column() else ""
            return f"{self._text(row, col)}. {worst}" if worst else self._text(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row.option_id
        return None

    def _text(self, row: _Row, col: int) -> str:
        if col == 0:
            return DASH if row.rank is None else str(row.rank)
        if col == 1:
            return row.name
        return row.cells[col - 2]

    def _spoken(self, row: _Row) -> str:
        parts = [f"{c.header} {v}" for c, v in zip(self._columns, row.cells) if v and c.sample != "✓"]
        if row.compromise:
            parts.append(self.tr("compromise solution"))
        head = self.tr("Rank {0}: {1}").format(row.rank, row.name) if row.rank is not None else \
            self.tr("Not ranked: {0}").format(row.name)
        text = head + (", " + ", ".join(parts) if parts else "")
        text = f"{text}. {row.reason}" if row.reason else text
        return f"{text}. {self._worst_text(row)}" if row.worst else text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < 2:
                return (self.tr("Rank"), self.tr("Option"))[section]
            return self._columns[section - 2].header
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == 0:
                return self.tr("1 = best; — = not ranked (hover for the reason)")
            return self._columns[section - 2].tooltip if section >= 2 else None
        return None


__all__ = ["DASH", "RankingModel", "worst_counted"]
