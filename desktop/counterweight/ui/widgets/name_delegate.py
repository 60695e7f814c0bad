"""The in-place name editor of the options list and the criteria tree, named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

ModelIndex = QModelIndex | QPersistentModelIndex


class NameDelegate(QStyledItemDelegate):
    """The default line editor, with an object name, an accessible name and a description.

    Parameters
    ----------
    object_name
        Stable object name of each editor (for tests and scripts).
    accessible
        What a screen reader announces when the editor opens, e.g. "Name of option".
    parent
        The view the delegate serves.
    """

    def __init__(self, object_name: str, accessible: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._object_name = object_name
        self._accessible = accessible

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: ModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setObjectName(self._object_name)
        editor.setAccessibleName(self._accessible)
        editor.setAccessibleDescription(self.tr("Enter keeps the new name, Escape keeps the old one"))
        return editor
