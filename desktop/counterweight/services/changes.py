"""What an edit changed, as data, so views repaint only what they must."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Part(str, Enum):
    """A part of a decision an edit may touch."""

    INFO = "info"  # title, description, notice
    OPTIONS = "options"  # option list or option fields
    CRITERIA = "criteria"  # criteria tree structure or criterion fields
    WEIGHTS = "weights"  # criterion weights only
    SCORES = "scores"  # score cells
    METHOD = "method"  # method settings
    DISPLAY = "display"  # only how results are shown (the Trade-offs map's axes): no score, weight or rank moves
    PROJECT = "project"  # a different project was loaded (everything changed)


@dataclass(frozen=True)
class ChangeSet:
    """Describes one applied edit.

    ``structural`` is true when rows or columns were added, removed or moved, so a
    table view must reset rather than update cells.
    """

    parts: frozenset[Part]
    cells: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    option_ids: frozenset[str] = field(default_factory=frozenset)
    criterion_ids: frozenset[str] = field(default_factory=frozenset)
    structural: bool = False
    description: str = ""

    def touches(self, *parts: Part) -> bool:
        return Part.PROJECT in self.parts or any(p in self.parts for p in parts)

    @property
    def display_only(self) -> bool:
        """Only how results are shown changed (the Trade-offs map's axes): no analysis needs working out again."""
        return self.parts == {Part.DISPLAY}

    @classmethod
    def everything(cls, description: str = "Project loaded") -> ChangeSet:
        return cls(parts=frozenset(Part), structural=True, description=description)
