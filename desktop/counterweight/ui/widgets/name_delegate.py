"""Naming in place in the options list and the criteria tree.

* :class:`NameDelegate` is the line editor, named for screen readers and held to the
  domain's longest name: a longer paste is cut there, so the editor never offers a name
  the model would refuse.
* :func:`first_free_name` gives a new item "Option 3" with the lowest number no name uses.
* Inserting an item and typing its first name is one undo step:
  :class:`~counterweight.services.naming.NameNew`.
* :func:`rename_problem` says in plain words why a typed name was refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from counterweight.domain import Option
from counterweight.domain.errors import from_validation_error
from counterweight.domain.base import max_length

ModelIndex = QModelIndex | QPersistentModelIndex


#: The longest name of an option or criterion (the domain's ``Name``).
NAME_MAX_LENGTH: int = max_length(Option, "name")


def first_free_name(template: str, taken: Iterable[str]) -> str:
    """``template`` ("Option %1") with the lowest number from 1 that no name in ``taken`` has (any case)."""
    used = {name.casefold() for name in taken}
    n = 1
    while template.replace("%1", str(n)).casefold() in used:
        n += 1
    return template.replace("%1", str(n))


def rename_problem(exc: ValidationError) -> str:
    """Why a typed name was refused, in plain words, for the message banner (the old name stays)."""
    kinds = {str(err.get("type", "")) for err in exc.errors(include_url=False)}
    if "string_too_short" in kinds:
        return QCoreApplication.translate("NameDelegate", "A name cannot be empty, so the old name was kept.")
    if "string_too_long" in kinds:
        return QCoreApplication.translate(
            "NameDelegate", "A name can have at most %1 characters, so the old name was kept.").replace(
            "%1", str(NAME_MAX_LENGTH))
    problem = from_validation_error(exc).problems[0].removeprefix("name: ")
    return QCoreApplication.translate("NameDelegate", "The name was not changed: it %1.").replace(
        "%1", problem.rstrip("."))


class NameDelegate(QStyledItemDelegate):
    """The default line editor, with an object name, an accessible name, a description and a length limit.

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
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(NAME_MAX_LENGTH)  # QA 18: a 201st character was refused in raw English
        return editor


__all__ = ["NAME_MAX_LENGTH", "NameDelegate", "first_free_name", "rename_problem"]
