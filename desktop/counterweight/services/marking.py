"""The project's protective marking: presets, checking what the user typed, and the undoable edit.

A protective marking (for example ``OFFICIAL-SENSITIVE``) says how a document must
be handled. Counterweight stores one per project (``Decision.marking``), shows it as
a banner across the main window and prints it at the top and bottom of every page
of a brief. It is free text, one line of at most
:data:`~counterweight.domain.decision.MAX_MARKING_CHARS` characters; the presets are
only suggestions, because organisations use different schemes and caveats
("OFFICIAL-SENSITIVE COMMERCIAL", "SECRET UK EYES ONLY"...). An empty marking means
none is set.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterweight.domain import Decision
from counterweight.domain.decision import MAX_MARKING_CHARS
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase
from counterweight.domain.wording import one_line
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, rebuild

#: Markings offered in the menu, least restrictive first. Any other text may be typed.
MARKING_PRESETS: tuple[str, ...] = ("UNCLASSIFIED", "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET")


def clean_marking(text: str, *, where: str = "protective marking") -> str:
    """The marking as it will be stored: one line, runs of spaces and line breaks made single spaces.

    Parameters
    ----------
    text : str
        What the user typed (or passed with ``--marking``).
    where : str
        Names the field in an error message.

    Returns
    -------
    str
        The cleaned marking; ``""`` when ``text`` holds only spaces.

    Raises
    ------
    InvalidInputError
        The marking is longer than :data:`MAX_MARKING_CHARS` characters.
    """
    cleaned = one_line(text)
    if len(cleaned) > MAX_MARKING_CHARS:
        raise InvalidInputError(
            Phrase("A protective marking is at most {most} characters; this one has {n}.", most=MAX_MARKING_CHARS,
                   n=len(cleaned)),
            where=where,
        )
    return cleaned


@dataclass(frozen=True)
class SetMarking(Edit):
    """Set (or clear, with ``""``) the project's protective marking; undo puts the old one back."""

    marking: str
    label: str = "Set protective marking"

    def apply(self, decision: Decision) -> Applied:
        marking = clean_marking(self.marking)
        new = rebuild(decision, "Protective marking", marking=marking)
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=self.label)
        inverse = SetMarking(decision.marking, self.label)
        return Applied(new, inverse, changes, "protective marking", decision.marking, marking)


__all__ = ["MARKING_PRESETS", "SetMarking", "clean_marking"]
