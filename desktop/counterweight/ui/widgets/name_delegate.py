"""Naming in place in the options list and the criteria tree.

* :class:`NameDelegate` is the line editor, named for screen readers and held to the
  domain's longest name: a longer paste is cut there, so the editor never offers a name
  the model would refuse.
* :func:`first_free_name` gives a new item "Option 3" with the lowest number no name uses.
* :class:`NameNew` makes inserting an item and typing its first name one undo step.
* :func:`rename_problem` says in plain words why a typed name was refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from counterweight.domain import Criterion, Decision, Option
from counterweight.domain.errors import from_validation_error
from counterweight.services.edits import AddCriterion, Applied, Edit, UpdateCriterion
from counterweight.services.option_edits import AddOption, UpdateOption

ModelIndex = QModelIndex | QPersistentModelIndex


def max_length(model: type[BaseModel], field: str) -> int:
    """The longest text the domain allows in ``model.<field>`` (read from its constraints)."""
    for meta in model.model_fields[field].metadata:
        limit: Any = getattr(meta, "max_length", None)
        if limit is not None:
            return int(limit)
    raise LookupError(f"{model.__name__}.{field} has no length limit")  # programming error


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


@dataclass(frozen=True)
class NameNew(Edit):
    """An item just inserted, and then the first name typed for it, as one undo step.

    Where the item exists this renames it (``rename``); where it does not, as on redo
    after the insert was undone, it inserts it under that name (``add``). The insert is
    submitted as a ``NameNew`` too, so both share a merge key and the controller keeps
    them as the insert's one undo step, which undo takes back whole.
    """

    add: AddOption | AddCriterion
    rename: UpdateOption | UpdateCriterion
    label: str = "Add"

    @classmethod
    def insert(cls, add: AddOption | AddCriterion) -> NameNew:
        """The insert itself (its item under the default name)."""
        item = add.option if isinstance(add, AddOption) else add.criterion
        rename = UpdateOption(item) if isinstance(item, Option) else UpdateCriterion(item)
        return cls(add, rename, add.label)

    @property
    def item_id(self) -> str:
        return self.add.option.id if isinstance(self.add, AddOption) else self.add.criterion.id

    def named(self, item: Option | Criterion, label: str) -> NameNew:
        """The same insert giving ``item`` (the inserted item with its typed name); ``label`` names the rename."""
        if isinstance(self.add, AddOption) and isinstance(item, Option):
            return NameNew(replace(self.add, option=item), UpdateOption(item, label=label), label)
        if isinstance(self.add, AddCriterion) and isinstance(item, Criterion):
            return NameNew(replace(self.add, criterion=item), UpdateCriterion(item, label), label)
        raise TypeError(f"{type(item).__name__} does not name {type(self.add).__name__}")  # programming error

    def apply(self, decision: Decision) -> Applied:
        present = (decision.has_option(self.item_id) if isinstance(self.add, AddOption)
                   else decision.has_criterion(self.item_id))
        return (self.rename if present else self.add).apply(decision)

    def merge_key(self) -> tuple[Any, ...]:
        return ("name new item", self.item_id)


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


__all__ = ["NAME_MAX_LENGTH", "NameDelegate", "NameNew", "first_free_name", "max_length", "rename_problem"]
