"""A Qt tree model over the decision's criteria (groups and scored criteria).

The model is a thin adapter (see the architecture notes): it keeps a snapshot of the
current decision's tree, resets on structural change sets and emits ``dataChanged``
for edits that only touch fields. Renaming in place goes back through the session
controller as an :class:`~counterweight.services.edits.UpdateCriterion` edit, so it
is saved, audited and undoable like every other change.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from counterweight.domain import Criterion, Decision, Direction, NumericScale, QualitativeScale
from counterweight.domain.direction import applied_direction, direction_arrow
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import UpdateCriterion
from counterweight.ui.session_controller import SessionController
from counterweight.services.naming import NameNew
from counterweight.ui.numbers import formatted
from counterweight.ui.widgets.name_delegate import rename_problem

#: Role holding the criterion id of an index.
CriterionIdRole = Qt.ItemDataRole.UserRole + 1
#: Role holding True for groups, False for scored criteria.
IsGroupRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

NAME_COLUMN = 0
SCALE_COLUMN = 1


def _number(x: float) -> str:
    return formatted(x)


#: A number in a unit's text; a minus counts only where it cannot be a dash between two numbers ("1-10").
_UNIT_NUMBER = re.compile(r"(?:(?<![\w.])-)?\d+(?:,\d{3})*(?:\.\d+)?")


def unit_states_range(unit: str, lower: float, upper: float) -> bool:
    """Whether ``unit`` already names both bounds of its scale ("index 1-10" on 1 to 10), so the range need not repeat.

    h26f: the example's "Financial and materiel cost" read "1–10 index 1-10 ↓". A unit naming other numbers
    ("per 1,000 people", "1-10" on a 0 to 100 scale) keeps the range, which is then the one to believe.
    """
    said = {float(n.replace(",", "")) for n in _UNIT_NUMBER.findall(unit)}  # "1,000" is a thousand
    return float(lower) in said and float(upper) in said


class CriteriaTreeModel(QAbstractItemModel):
    """Criteria tree: column 0 is the name (editable), column 1 describes the scale.

    Parameters
    ----------
    controller
        The session controller; the model follows its ``changed`` and
        ``sessionReplaced`` signals.
    """

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._decision: Decision | None = None
        self._children: dict[str | None, list[str]] = {}
        self._keys: dict[str, int] = {}
        self._ids: list[str] = []
        #: The criterion just inserted, while its first name is typed (set by the criteria panel):
        #: that name joins the insert's undo step.
        self.naming: NameNew | None = None
        #: True while an edit (not a newly opened project) rebuilds the tree, so the panel can
        #: select what the edit put back or the neighbour of what it removed.
        self.edited = False
        self._snapshot()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.reload)

    # ------------------------------------------------------------ snapshot
    def _snapshot(self) -> None:
        self._decision = self._controller.decision if self._controller.has_session else None
        self._children = {}
        self._ids = []
        self._keys = {}
        if self._decision is None:
            return
        for c in self._decision.criteria:
            self._children.setdefault(c.parent_id, []).append(c.id)
            self._keys[c.id] = len(self._ids) + 1  # internal ids start at 1
            self._ids.append(c.id)

    def reload(self) -> None:
        """Rebuild the whole tree from the controller's decision."""
        self.beginResetModel()
        self._snapshot()
        self.endResetModel()

    @property
    def decision(self) -> Decision | None:
        """The decision the tree shows (during a reset, until the new snapshot is taken: the old one)."""
        return self._decision

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.structural and changes.touches(Part.CRITERIA, Part.PROJECT):
            self.edited = True
            try:
                self.reload()
            finally:
                self.edited = False
            return
        if not changes.touches(Part.CRITERIA):
            # Weights and scores do not show here; keep the snapshot current anyway.
            if self._controller.has_session:
                self._decision = self._controller.decision
            return
        self._decision = self._controller.decision
        for cid in changes.criterion_ids or set(self._ids):
            index = self.index_for(cid)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(SCALE_COLUMN))

    # ------------------------------------------------------------ lookups
    def criterion_at(self, index: Index) -> Criterion | None:
        """The criterion an index points at, or ``None`` for an invalid index."""
        if not index.isValid() or self._decision is None:
            return None
        key = int(index.internalId())
        if key < 1 or key > len(self._ids):
            return None
        return self._decision.criterion(self._ids[key - 1])

    def index_for(self, criterion_id: str, column: int = NAME_COLUMN) -> QModelIndex:
        """The model index of ``criterion_id`` (invalid if it does not exist)."""
        if self._decision is None or criterion_id not in self._keys:
            return QModelIndex()
        crit = self._decision.criterion(criterion_id)
        row = self._children.get(crit.parent_id, []).index(criterion_id)
        return self.createIndex(row, column, self._keys[criterion_id])

    # ------------------------------------------------------------ structure
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.columnCount():
            return QModelIndex()
        parent_id = None
        if parent.isValid():
            pc = self.criterion_at(parent)
            if pc is None:
                return QModelIndex()
            parent_id = pc.id
        siblings = self._children.get(parent_id, [])
        if row < 0 or row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, self._keys[siblings[row]])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        crit = self.criterion_at(index)
        if crit is None or crit.parent_id is None:
            return QModelIndex()
        return self.index_for(crit.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        if parent.isValid():
            if parent.column() != NAME_COLUMN:
                return 0
            crit = self.criterion_at(parent)
            return len(self._children.get(crit.id, [])) if crit is not None else 0
        return len(self._children.get(None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 2

    # ------------------------------------------------------------ data
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Criterion") if section == NAME_COLUMN else self.tr("Measured on")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME_COLUMN and not self._controller.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        crit = self.criterion_at(index)
        if crit is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return crit.name if col == NAME_COLUMN else self.describe_scale(crit)
        if role == CriterionIdRole:
            return crit.id
        if role == IsGroupRole:
            return crit.is_group
        if role == Qt.ItemDataRole.FontRole and crit.is_group:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(crit)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if crit.is_group:
                n = len(self._children.get(crit.id, []))
                return self.tr("Group of one criterion") if n == 1 else self.tr("Group of %n criteria", "", n)
            return self.tr("Scored criterion, measured on %1").replace("%1", self.describe_scale(crit))
        return None

    def describe_scale(self, crit: Criterion) -> str:
        """A short description of how a criterion is measured."""
        scale = crit.scale
        if scale is None:
            n = len(self._children.get(crit.id, []))
            return self.tr("group of %n", "", n)
        if isinstance(scale, QualitativeScale):
            return self.tr("%n levels", "", len(scale.levels))
        assert isinstance(scale, NumericScale)
        unit = f" {crit.unit}" if crit.unit else ""
        arrow = direction_arrow(crit)  # the direction applied: breakpoints may decide it, or neither end be better
        if unit and unit_states_range(crit.unit, scale.lower, scale.upper):
            return f"{crit.unit} {arrow}".rstrip()  # h26f: not "1–10 index 1-10"
        return f"{_number(scale.lower)}–{_number(scale.upper)}{unit} {arrow}".rstrip()

    def _tooltip(self, crit: Criterion) -> str:
        assert self._decision is not None
        lines = [self._decision.path_name(crit.id)]
        if crit.scale is not None:
            if isinstance(crit.scale, NumericScale):
                applied = applied_direction(crit)
                better = "" if applied is None else ", " + (
                    self.tr("higher is better") if applied is Direction.HIGHER_BETTER else self.tr("lower is better"))
                lines.append(self.describe_scale(crit).rstrip(" ↑↓") + better)
            else:
                lines.append(", ".join(lv.label for lv in crit.scale.levels))
        if crit.description:
            lines.append(crit.description)
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        crit = self.criterion_at(index)
        if crit is None or role != Qt.ItemDataRole.EditRole or index.column() != NAME_COLUMN:
            return False
        name = str(value).strip()
        if name == crit.name:
            return True
        try:
            renamed = Criterion.model_validate({**crit.model_dump(), "name": name})
        except ValidationError as exc:
            self._controller.errorRaised.emit(rename_problem(exc))  # plain words, without the old name
            return False
        label = self.tr("Rename group") if crit.is_group else self.tr("Rename criterion")  # QA 24: names the step
        naming = self.naming
        edit = (naming.named(renamed, label) if naming is not None and naming.item_id == crit.id
                else UpdateCriterion(renamed, label=label))
        return self._controller.submit(edit) is None
