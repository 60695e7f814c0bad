"""The undoable edit that records the recommendation and the decision taken.

:class:`SetConclusion` replaces the whole :class:`~counterweight.domain.conclusion.Conclusion`
(or clears it, with ``None``); undo puts the previous one back. It touches
:attr:`~counterweight.services.changes.Part.INFO` only: no score, weight or rank moves,
so no analysis needs working out again and the panels that follow the numbers keep
their results.

Deleting an option the conclusion names clears that option from it in the same edit
(:class:`~counterweight.services.option_edits.RemoveOption`, through :func:`without_option`),
so no id is left pointing at nothing; undo restores the option and the conclusion
together. The reasons, names, date and note stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counterweight.domain import Decision
from counterweight.domain.conclusion import Conclusion
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, rebuild

#: The History's target of a :class:`SetConclusion` entry.
TARGET = "recommendation and decision"


def recorded(conclusion: Conclusion | None) -> dict[str, Any] | None:
    """The conclusion as the History records it: only the fields that are set (``None``: nothing)."""
    if conclusion is None or conclusion.is_empty:
        return None
    return conclusion.model_dump(mode="json", exclude_defaults=True)


@dataclass(frozen=True)
class SetConclusion(Edit):
    """Record (or clear, with ``None`` or an empty conclusion) the recommendation and the decision taken."""

    conclusion: Conclusion | None
    label: str = "Set recommendation and decision"

    def apply(self, decision: Decision) -> Applied:
        wanted = None if self.conclusion is None or self.conclusion.is_empty else self.conclusion
        new = rebuild(decision, "Recommendation and decision", conclusion=wanted)
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=self.label)
        inverse = SetConclusion(decision.conclusion, self.label)
        return Applied(new, inverse, changes, TARGET, recorded(decision.conclusion), recorded(new.conclusion))


def without_option(decision: Decision, option_id: str) -> dict[str, Any]:
    """The fields to change, besides the option list, so the conclusion no longer names ``option_id``.

    Empty when the conclusion does not name it; else ``{"conclusion": ...}`` (``None`` when
    nothing else was recorded).
    """
    c = decision.conclusion
    if c is None or option_id not in c.option_ids():
        return {}
    return {"conclusion": c.without_option(option_id)}


__all__ = ["TARGET", "SetConclusion", "recorded", "without_option"]
