"""What was done with the analysis: the staff's recommendation and the decision finally taken.

A decision brief must stand up not only for its numbers but for what was concluded
from them. :class:`Conclusion` records which option the staff recommend, why and who
recommends it, and which option was finally decided, by whom, on what date and with
what note. Either half may be empty: a recommendation is often recorded weeks before
the decision, and an option may be decided without a recommendation on file.

The recommended or decided option may differ from the analysis's top option; that is
allowed and is exactly what the record is for (the brief then says so and gives the
reasons recorded). The decision keeps no empty conclusion: ``Decision.conclusion`` is
``None`` when nothing is set, so files without one stay as they were.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field

from counterweight.domain.base import Frozen, Identifier, Text

if TYPE_CHECKING:
    from counterweight.domain.decision import Decision

#: Longest name of a person or body who recommends or decides (characters).
MAX_WHO_CHARS = 200

Who = Annotated[str, Field(max_length=MAX_WHO_CHARS)]


class Conclusion(Frozen):
    """The recommendation and the decision taken, as recorded in the project."""

    recommended_option_id: Identifier | None = Field(None, description="The option the staff recommend (null: none yet)")
    recommendation: Text = Field("", description="The reasons for the recommendation")
    recommended_by: Who = Field("", description="Who makes the recommendation (a person, team or body)")
    decided_option_id: Identifier | None = Field(None, description="The option finally decided (null: not decided yet)")
    decided_by: Who = Field("", description="Who took the decision")
    decided_on: dt.date | None = Field(None, description="When the decision was taken (ISO date; null: not recorded)")
    decision_note: Text = Field("", description="A note on the decision, for example why it departs from the analysis")

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all is recorded."""
        return self == Conclusion()

    def option_ids(self) -> tuple[str, ...]:
        """The option ids the conclusion names (recommended first), without repeats."""
        ids = (self.recommended_option_id, self.decided_option_id)
        return tuple(dict.fromkeys(i for i in ids if i is not None))

    def without_option(self, option_id: str) -> Conclusion | None:
        """This conclusion with ``option_id`` cleared wherever it is named (``None`` if nothing is left).

        Only the option is cleared: the reasons, names, date and note stay, as a record of
        what was said about an option that has since been deleted.
        """
        update: dict[str, Any] = {}
        if self.recommended_option_id == option_id:
            update["recommended_option_id"] = None
        if self.decided_option_id == option_id:
            update["decided_option_id"] = None
        out = self.model_copy(update=update) if update else self
        return None if out.is_empty else out


def check_conclusion(decision: Decision) -> None:
    """Raise ``ValueError`` naming the field when the conclusion names an option the decision lacks."""
    c = decision.conclusion
    if c is None:
        return
    for field, oid in (("recommended option", c.recommended_option_id), ("decided option", c.decided_option_id)):
        if oid is not None and not decision.has_option(oid):
            raise ValueError(f"the conclusion's {field} is {oid!r}, which is not an option of the decision")


def conclusion_dict(decision: Decision) -> dict[str, Any] | None:
    """The conclusion as plain JSON data with the options' names beside their ids (``None``: none recorded)."""
    c = decision.conclusion
    if c is None:
        return None

    def name(oid: str | None) -> str | None:
        return decision.option(oid).name if oid is not None and decision.has_option(oid) else None

    return {
        "recommended_option_id": c.recommended_option_id, "recommended_option": name(c.recommended_option_id),
        "recommendation": c.recommendation, "recommended_by": c.recommended_by,
        "decided_option_id": c.decided_option_id, "decided_option": name(c.decided_option_id),
        "decided_by": c.decided_by, "decided_on": c.decided_on.isoformat() if c.decided_on else None,
        "decision_note": c.decision_note,
    }


__all__ = ["MAX_WHO_CHARS", "Conclusion", "check_conclusion", "conclusion_dict"]
