"""Edits that change many score cells at once (a paste from a spreadsheet), as one undo step.

:class:`SetScores` follows the :class:`~counterweight.services.edits.Edit`
protocol: ``apply`` returns the new decision and the inverse edit (which puts
every cell back as it was), so a whole pasted block is saved in one
transaction with one audit row and undone in one step.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterweight.domain import Decision, Score
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, dump, rebuild

#: One cell of a batch: ``(option_id, criterion_id, new score or None to clear)``.
CellScore = tuple[str, str, Score | None]


@dataclass(frozen=True)
class SetScores(Edit):
    """Set (or clear, with ``None``) several cells of the score matrix in one step.

    Parameters
    ----------
    cells : tuple of (option_id, criterion_id, Score or None)
        Each cell at most once; a score must belong to its cell.
    label : str
        Name of the step in the undo menu and the audit log.
    """

    cells: tuple[CellScore, ...]
    label: str = "Paste scores"

    def apply(self, decision: Decision) -> Applied:
        keys: list[tuple[str, str]] = []
        for option_id, criterion_id, score in self.cells:
            if not decision.has_option(option_id) or not decision.has_criterion(criterion_id):
                raise InvalidInputError(Phrase("Some of those options or criteria no longer exist."))
            if score is not None and score.key != (option_id, criterion_id):
                raise ValueError("score does not belong to its cell")  # programming error
            keys.append((option_id, criterion_id))
        if len(set(keys)) != len(keys):
            raise ValueError("a cell appears twice in one SetScores edit")  # programming error
        changed = set(keys)
        old = [(o, c, decision.score(o, c)) for o, c in keys]
        scores = [s for s in decision.scores if s.key not in changed]
        scores += [s for _, _, s in self.cells if s is not None]
        what = f"{len(keys)} score{'s' if len(keys) != 1 else ''}"
        new = rebuild(decision, f"{self.label} ({what})", scores=scores)
        changes = ChangeSet(parts=frozenset({Part.SCORES}), cells=frozenset(changed),
                            description=f"{self.label}: {what}")
        before = [{"option_id": o, "criterion_id": c, "score": dump(s)} for o, c, s in old]
        after = [{"option_id": o, "criterion_id": c, "score": dump(s)} for o, c, s in self.cells]
        inverse = SetScores(tuple(old), self.label)
        return Applied(new, inverse, changes, what, before, after)


__all__ = ["CellScore", "SetScores"]
