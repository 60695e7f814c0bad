"""The Perspectives tab's scenario editor model: options x scored criteria of one scenario.

A cell shows the score the scenario puts in place of the base score (empty when it
keeps the base); its tooltip gives the base score. Cells are worked out when the view
asks for them, so a large decision (300 options x 60 criteria) costs nothing to show
or to refresh: the table used to build one item with a tooltip per cell on every
change (about a second for 18,000 cells).

The model does not change the scenario itself: typing in a cell emits
:attr:`ScenarioEditorModel.overrideTyped`, and the panel submits the edit through the
controller (so it is saved, audited and undoable) and then shows the scenario again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from counterweight.ui.numbers import formatted

if TYPE_CHECKING:
    from counterweight.domain import Criterion, Decision, Option
    from counterweight.domain.perspectives import ScoreOverride, ScoreScenario

_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)


def override_text(override: ScoreOverride | None) -> str:
    """What a cell shows for ``override``: its level or its number, or nothing."""
    if override is None:
        return ""
    return override.level or formatted(override.value)  # h27b: "2,5" in a French window


class ScenarioEditorModel(QAbstractTableModel):
    """Options in rows, scored criteria in columns; a cell holds the scenario's override, if any.

    Parameters
    ----------
    parent
        The owning object.

    Signals
    -------
    overrideTyped(int, int, str)
        Row, column and the text typed in that cell (stripped; empty to drop the override).
    """

    overrideTyped = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decision: Decision | None = None
        self._options: list[Option] = []
        self._leaves: list[Criterion] = []
        self._over: dict[tuple[str, str], ScoreOverride] = {}
        self._editable = False

    # ------------------------------------------------------------ filling
    def show(self, decision: Decision | None, scenario: ScoreScenario | None) -> None:
        """Show ``scenario``'s overrides over ``decision``'s base scores (``None``: nothing to type in).

        When the options and criteria are the ones already shown, the cells are only
        marked as changed, so the current cell, the selection and the scroll position stay.
        """
        options = list(decision.options) if decision is not None else []
        leaves = list(decision.leaves) if decision is not None else []
        same = ([o.id for o in options] == [o.id for o in self._options]
                and [c.id for c in leaves] == [c.id for c in self._leaves])
        if not same:
            self.beginResetModel()
        self._decision, self._options, self._leaves = decision, options, leaves
        self._set_overrides(scenario)
        if not same:
            self.endResetModel()
            return
        if options:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(options) - 1)
        if leaves:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(leaves) - 1)
        self._all_changed()

    def show_overrides(self, scenario: ScoreScenario | None) -> None:
        """Show ``scenario``'s overrides again (after an edit went through, or was refused)."""
        self._set_overrides(scenario)
        self._all_changed()

    def _set_overrides(self, scenario: ScoreScenario | None) -> None:
        self._over = {o.key: o for o in scenario.overrides} if scenario is not None else {}
        self._editable = scenario is not None

    def _all_changed(self) -> None:
        if self._options and self._leaves:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._options) - 1, len(self._leaves) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    # ------------------------------------------------------------ lookups
    def cell(self, row: int, column: int) -> tuple[Option, Criterion]:
        """The option and the criterion of a cell."""
        return self._options[row], self._leaves[column]

    def text(self, row: int, column: int) -> str:
        """What the cell shows (the override, or nothing)."""
        o, c = self.cell(row, column)
        return override_text(self._over.get((o.id, c.id)))

    def base_text(self, row: int, column: int) -> str:
        """The base score of a cell as the tooltip gives it (empty when there is none)."""
        o, c = self.cell(row, column)
        base = self._decision.score(o.id, c.id) if self._decision is not None else None
        return "" if base is None or base.is_missing else (base.level or formatted(base.value))

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._options)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._leaves)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Base score: {0}").format(self.base_text(index.row(), index.column()) or self.tr("none"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        items = self._leaves if orientation == Qt.Orientation.Horizontal else self._options
        return items[section].name if 0 <= section < len(items) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._editable else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        text = "" if value is None else str(value).strip()
        if text == self.text(index.row(), index.column()):
            return False  # unchanged: no edit, no audit entry
        self.overrideTyped.emit(index.row(), index.column(), text)
        return True


__all__ = ["ScenarioEditorModel", "override_text"]
