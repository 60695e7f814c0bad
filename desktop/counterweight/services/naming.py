"""Inserting an item and typing its first name, as one undo step (split from the window's naming delegate).

Qt-free: an :class:`~counterweight.services.edits.Edit` like the others, so the options list
and the criteria tree (in the window) both submit it through the session controller.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from counterweight.domain import Criterion, Decision, Option
from counterweight.services.edits import AddCriterion, Applied, Edit, UpdateCriterion
from counterweight.services.option_edits import AddOption, UpdateOption


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


__all__ = ["NameNew"]
