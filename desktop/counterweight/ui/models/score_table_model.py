"""Table model of the score matrix: options as rows, leaf criteria as columns.

Cells show the score (a number with its range, or a level label) on a stoplight
background taken from the evaluation's 0-1 value. Edits are parsed here, turned into
a :class:`~counterweight.services.edits.SetScore` and submitted through the session
controller, so every change is validated, saved, audited and undoable.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from counterweight.charts.palette import ramp_step
from counterweight.ui import theme  # issue 6: the stoplight ramp suits a dark palette too
from counterweight.domain import (
    Criterion,
    Decision,
    Normalization,
    NumericScale,
    Score,
)
from counterweight.domain.errors import CounterweightError
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import SetScore
from counterweight.services.score_labels import score_change_label  # QA 24: a cleared cell says so
from counterweight.services.evidence import evidence_strength  # issue 4: evidence
from counterweight.ui.engine_text import error_text
from counterweight.ui.models.group_places import GroupPlaces  # h26f
from counterweight.ui.models.score_cells import NEVER_SET, PAINTED_SLOT, CellFacts, PaintedCells  # issue 6
from counterweight.ui.models.score_tooltips import cell_tooltip, criterion_tooltip, group_tooltip
from counterweight.ui.widgets.view_switcher import aggregation_word  # the group view names its rule
from counterweight.domain.analysts import analyst_labels  # QA pass 19: whose score a tooltip shows
from counterweight.services.analyst_edits import SetAnalystScore  # issue 4: analysts
from counterweight.ui.session_controller import GROUP_VIEW, SessionController  # issue 4: analysts

# The roles and the cell-text helpers are defined once, in score_text.
from counterweight.domain.direction import direction_arrow
from counterweight.ui.models.score_text import (
    _HEADER_WRAP,
    CellKeyRole,
    CellPaintRole,
    CriterionRole,
    EvidenceCountRole,
    EvidenceStrengthRole,
    MissingRole,
    ModelIndex,
    ScoreRole,
    UnsupportedRole,
    format_score,
    parse_cell_text,
)


# issue 6: data() is asked for about seven roles of every cell painted; these plain ints
# keep its dispatch cheap (the view passes roles as ints). The painted roles themselves
# are answered from score_cells.
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_CELL_PAINT = int(CellPaintRole)  # session 23: the paint tuple, in one call
_EVIDENCE_ROLES = frozenset((int(EvidenceCountRole), int(EvidenceStrengthRole), int(UnsupportedRole)))
_FLAGS_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_EDIT = _FLAGS_READ | Qt.ItemFlag.ItemIsEditable


class ScoreTableModel(QAbstractTableModel):
    """Options × leaf criteria, fed by a :class:`SessionController`.

    Signals
    -------
    editRejected(str, QModelIndex)
        An edit was refused; the message names the cell and the scale. The cell keeps
        its previous value and nothing is added to the undo history.
    """

    editRejected = Signal(str, QModelIndex)

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._decision: Decision | None = None
        self._evaluation = None
        self._option_ids: list[str] = []
        self._leaves: list[Criterion] = []
        self._row_of: dict[str, int] = {}
        self._col_of: dict[str, int] = {}
        self._eval_row: dict[str, int] = {}
        self._eval_col: dict[str, int] = {}
        self._cells = PaintedCells(self._make_facts)  # issue 6
        self._places = GroupPlaces()  # h26f: the group view's decimals per column
        self._painted = self._cells.painted  # read by data() on every painted role
        watcher = theme.install()
        if watcher is not None:  # a new palette: new colours on the next paint
            watcher.changed.connect(self._on_theme_changed)
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.reload)
        controller.viewChanged.connect(lambda _view: self.reload())  # issue 4: analysts
        self._load()

    # ------------------------------------------------------------ state
    def _load(self) -> None:
        self._cells.forget()
        self._places.forget()  # h26f
        ctl = self._controller
        if ctl is None or not ctl.has_session:
            self._decision, self._evaluation = None, None
            self._option_ids, self._leaves = [], []
        else:
            self._decision, self._evaluation = ctl.view_decision, ctl.view_evaluation  # issue 4: analysts
            self._option_ids = [o.id for o in self._decision.options]
            self._leaves = list(self._decision.leaves)
        self._row_of = {oid: i for i, oid in enumerate(self._option_ids)}
        self._col_of = {c.id: j for j, c in enumerate(self._leaves)}
        self._index_evaluation()

    def _index_evaluation(self) -> None:
        self._eval_rows: dict[int, list[float]] = {}  # issue 6: an evaluation row as floats, on first use
        ev = self._evaluation
        self._eval_row = {oid: i for i, oid in enumerate(ev.option_ids)} if ev is not None else {}
        self._eval_col = {cid: j for j, cid in enumerate(ev.leaf_ids)} if ev is not None else {}

    def _on_theme_changed(self) -> None:  # issue 6: the watcher then repaints the views
        self._cells.forget_colours()

    def reload(self) -> None:
        """Re-read everything from the controller (a new project, or a structural change)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _on_changed(self, changes: ChangeSet) -> None:
        self._cells.forget()  # cheap: only the cells painted next are worked out again
        self._places.forget()  # h26f
        if changes.structural or Part.PROJECT in changes.parts:
            self.reload()
            return
        ctl = self._controller
        if ctl is None or not ctl.has_session:
            return
        self._decision, self._evaluation = ctl.view_decision, ctl.view_evaluation  # issue 4: analysts
        self._index_evaluation()
        if ctl.view is not None and changes.touches(Part.INFO, Part.METHOD, Part.WEIGHTS, Part.SCORES):
            self._column_changed_all()  # issue 4: analysts: a view may change anywhere
            return
        if Part.CRITERIA in changes.parts:  # name, unit, scale: headers and whole columns
            self._leaves = list(self._decision.leaves)
            if self._leaves:  # a group's new name shows in its leaves' tooltips too
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._leaves) - 1)
            for c in sorted({self._col_of[c] for c in changes.criterion_ids if c in self._col_of}):
                self._column_changed(c)
        if Part.OPTIONS in changes.parts:
            rows = [self._row_of[o] for o in changes.option_ids if o in self._row_of]
            if rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, min(rows), max(rows))
        if Part.INFO in changes.parts and self.rowCount() and self.columnCount():  # issue 4: source grades
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])
        if Part.METHOD in changes.parts and self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole])
        if Part.SCORES in changes.parts:
            data_driven = self._evaluation is not None and \
                self._evaluation.normalization is not Normalization.VALUE_FUNCTION
            for oid, cid in changes.cells:
                r, c = self._row_of.get(oid), self._col_of.get(cid)
                if r is None or c is None:
                    continue
                idx = self.index(r, c)
                self.dataChanged.emit(idx, idx)
                if data_driven:  # other options' colours depend on this score too
                    self.dataChanged.emit(self.index(0, c), self.index(self.rowCount() - 1, c),
                                          [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole])

    def _column_changed_all(self) -> None:  # issue 4: analysts
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _column_changed(self, column: int) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    # ------------------------------------------------------------ lookups
    @property
    def decision(self) -> Decision | None:
        return self._decision

    def option_id(self, row: int) -> str:
        return self._option_ids[row]

    def criterion(self, column: int) -> Criterion:
        return self._leaves[column]

    def index_of(self, option_id: str, criterion_id: str) -> QModelIndex:
        """Model index of a cell, or an invalid index if it is not shown."""
        r, c = self._row_of.get(option_id), self._col_of.get(criterion_id)
        return QModelIndex() if r is None or c is None else self.index(r, c)

    def cell_name(self, index: ModelIndex) -> str:
        """``Option × Criterion`` for messages."""
        assert self._decision is not None
        return f"{self._decision.option(self._option_ids[index.row()]).name} × {self._leaves[index.column()].name}"

    def _score(self, index: ModelIndex) -> Score | None:
        assert self._decision is not None
        return self._decision.score(self._option_ids[index.row()], self._leaves[index.column()].id)

    def _value(self, index: ModelIndex) -> float | None:
        """The cell's 0-1 value in the evaluation shown; ``None`` without a score."""
        score = self._score(index)
        if score is None or score.is_missing:
            return None
        return self._value_of(self._option_ids[index.row()], self._leaves[index.column()].id)

    def _value_of(self, option_id: str, criterion_id: str) -> float | None:
        if self._evaluation is None:
            return None
        r, c = self._eval_row.get(option_id), self._eval_col.get(criterion_id)
        if r is None or c is None:
            return None
        values = self._eval_rows.get(r)  # issue 6: the row as Python floats, once per evaluation
        if values is None:
            values = self._eval_rows[r] = self._evaluation.values[r].tolist()
        return values[c]

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._option_ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._leaves)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._controller is not None and not self._controller.read_only:
            return _FLAGS_EDIT
        return _FLAGS_READ

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        slot = PAINTED_SLOT.get(role)
        if slot is not None:  # issue 6: seven roles per painted cell, so the common ones come first
            values = self._painted.get((index.row(), index.column()))
            if values is None:
                if self._decision is None or not index.isValid():
                    return None
                values = self._cells.paint(index.row(), index.column())
            return values[slot]
        if role in NEVER_SET or self._decision is None or not index.isValid():
            return None
        if role == _CELL_PAINT:
            return self.painted_cell(index.row(), index.column())
        if role == _EDIT:
            return format_score(self._score(index), with_range=False)
        if role == _TOOLTIP:
            return self._tooltip(index)
        if role == _ACCESSIBLE:
            score = self._score(index)
            shown = self.tr("no score") if score is None or score.is_missing else \
                format_score(score, decimals=self._group_decimals(self._leaves[index.column()]))
            return f"{self.cell_name(index)}: {shown}"
        if role == MissingRole:
            score = self._score(index)
            return score is None or score.is_missing
        if role == ScoreRole:
            return self._score(index)
        if role == CriterionRole:
            return self._leaves[index.column()]
        if role == CellKeyRole:
            return (self._option_ids[index.row()], self._leaves[index.column()].id)
        if role in _EVIDENCE_ROLES:
            return self._evidence_data(index, role)  # issue 4: evidence
        return None

    def painted_cell(self, row: int, column: int) -> tuple[Any, ...] | None:
        """The cell's paint tuple (:data:`CellPaintRole`), ``None`` outside the matrix; the matrix's
        delegate calls this directly, without a role's round trip through Qt (session 23)."""
        values = self._painted.get((row, column))
        if values is None:
            if self._decision is None or not (0 <= row < len(self._option_ids) and 0 <= column < len(self._leaves)):
                return None
            values = self._cells.paint(row, column)
        return values

    def _make_facts(self, row: int, column: int) -> CellFacts:  # issue 6
        assert self._decision is not None
        option_id, crit = self._option_ids[row], self._leaves[column]
        score = self._decision.score(option_id, crit.id)
        missing = score is None or score.is_missing
        return CellFacts(
            text="—" if missing else format_score(score, decimals=self._group_decimals(crit)),
            step=None if missing else ramp_step(self._value_of(option_id, crit.id)),
            strength="none" if score is None or not score.evidence else evidence_strength(score, self._decision.sources),
            unsupported=not missing and not score.evidence,  # type: ignore[union-attr]
            numeric=isinstance(crit.scale, NumericScale),
        )

    def _group_decimals(self, crit: Criterion) -> int | None:
        """h26f: the group view's combined numbers rounded per column (group_places); elsewhere as stored."""
        ctl = self._controller
        if ctl is None or ctl.view != GROUP_VIEW or not isinstance(crit.scale, NumericScale):
            return None
        return self._places.decimals(ctl.decision, self._decision, crit.id)  # type: ignore[arg-type]

    # issue 4: evidence -----------------------------------------------------------
    @property
    def highlight_unsupported(self) -> bool:
        """Whether cells whose score rests on no evidence are hatched."""
        return self._cells.highlight_unsupported

    def set_highlight_unsupported(self, on: bool) -> None:
        """Hatch (or stop hatching) the cells whose score rests on no evidence."""
        if bool(on) == self._cells.highlight_unsupported:
            return
        self._cells.highlight_unsupported = bool(on)
        self._cells.forget_colours()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole])

    def _unsupported(self, index: ModelIndex) -> bool:
        score = self._score(index)
        return score is not None and not score.is_missing and not score.evidence

    def _evidence_data(self, index: ModelIndex, role: int) -> Any:
        score = self._score(index)
        if role == EvidenceCountRole:
            return len(score.evidence) if score is not None else 0
        if role == UnsupportedRole:
            return self._unsupported(index)
        assert self._decision is not None
        return evidence_strength(score, self._decision.sources)  # EvidenceStrengthRole
    # ------------------------------------------------------------ end issue 4: evidence

    def _background(self, index: ModelIndex) -> QColor:
        return self._cells.brush_pair(self._cells.facts_at(index.row(), index.column()).step)[0].color()

    def _tooltip(self, index: ModelIndex) -> str:
        assert self._decision is not None
        analyst = self._controller.view_analyst if self._controller is not None else None
        if self._controller is not None and self._controller.view == GROUP_VIEW:  # name each voice's score
            leaf = self._leaves[index.column()]
            return group_tooltip(self._controller.decision, self._option_ids[index.row()], self.cell_name(index), leaf,
                                 self._score(index), self._value(index),
                                 aggregation_word(self._controller.decision.group.scores))
        if analyst is None:
            return cell_tooltip(self._decision, self.cell_name(index), self._leaves[index.column()],
                                self._score(index), self._value(index))
        # QA pass 19: in an analyst's view, say which lines are theirs and which the shared score's
        key = (self._option_ids[index.row()], self._leaves[index.column()].id)
        item = self._controller.view_input()
        return cell_tooltip(self._decision, self.cell_name(index), self._leaves[index.column()],
                            self._score(index), self._value(index),
                            analyst=analyst_labels(self._controller.decision.analysts).get(analyst.id, analyst.name),
                            own=item is not None and item.score(*key) is not None,
                            shared=self._controller.decision.score(*key))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._decision is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._option_ids):
                return None
            opt = self._decision.option(self._option_ids[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return opt.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return opt.name + (f"\n{opt.description}" if opt.description else "")
            return None
        if not 0 <= section < len(self._leaves):
            return None
        crit = self._leaves[section]
        if role == Qt.ItemDataRole.DisplayRole:
            second = " ".join(b for b in (crit.unit if isinstance(crit.scale, NumericScale) else "",
                                          direction_arrow(crit)) if b)
            name = textwrap.fill(crit.name, _HEADER_WRAP, break_long_words=False)
            return f"{name}\n{second}" if second else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return criterion_tooltip(self._decision, crit)
        return None

    # ------------------------------------------------------------ editing
    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._decision is None:
            return False
        if self._refuse_in_group_view(index):  # issue 4: analysts
            return False
        option_id, crit = self._option_ids[index.row()], self._leaves[index.column()]
        old = self._score(index)
        where = self.cell_name(index)
        try:
            new = parse_cell_text("" if value is None else str(value), crit, old, option_id, where)
        except CounterweightError as exc:
            self.editRejected.emit(error_text(exc), QModelIndex(index))
            return False
        return self.submit_score(index, new)

    def _refuse_in_group_view(self, index: ModelIndex) -> bool:  # issue 4: analysts
        if self._controller.view != GROUP_VIEW:
            return False
        self.editRejected.emit(self.tr("The group view is read-only: it combines the analysts' scores. "
                                       "Switch to an analyst's view or the shared inputs to edit."),
                               QModelIndex(index))
        return True

    def submit_score(self, index: ModelIndex, score: Score | None) -> bool:
        """Submit ``score`` for the cell at ``index`` (``None`` clears it) as one undoable edit."""
        option_id, crit = self._option_ids[index.row()], self._leaves[index.column()]
        old = self._score(index)
        view = self._controller.view  # issue 4: analysts
        if self._refuse_in_group_view(index):
            return False
        if old == score or (old is None and score is None):
            return True  # nothing to do: no empty undo step
        edit = SetScore(option_id, crit.id, score, score_change_label(old, score)) if view is None else \
            SetAnalystScore(view, option_id, crit.id, score)  # issue 4: analysts
        error = self._controller.submit(edit)
        if error:
            self.editRejected.emit(error, QModelIndex(index))
            return False
        return True


__all__ = ["ScoreTableModel"]
