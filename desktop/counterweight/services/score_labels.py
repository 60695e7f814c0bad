"""What a change to one cell's score is called in the undo menu and the history.

The score details change a cell's value, range, rationale or evidence as one edit; it was
always called "Set score", so applying a rationale showed "Undo Set score" (QA pass 24,
item 9). :func:`score_change_label` names what the change does.
"""

from __future__ import annotations

from counterweight.domain import Score

SET_SCORE_ACTION = "Set score"
CLEAR_SCORE_ACTION = "Clear score"
SET_RATIONALE_ACTION = "Set rationale"
EDIT_EVIDENCE_ACTION = "Edit evidence"
EDIT_SCORE_DETAILS_ACTION = "Edit score details"

#: The fields that make up the score itself (the rest are its reasons: rationale and evidence).
_RATED = ("value", "level", "low", "high", "distribution")


def score_change_label(old: Score | None, new: Score | None) -> str:
    """The name of the change from ``old`` to ``new`` (``None``: no score and no notes) in one cell.

    "Set score" when only the value, level, range or its shape changes, "Set rationale" or
    "Edit evidence" when only that changes, "Edit score details" when more than one of the
    three does, and "Clear score" when the cell is emptied.
    """
    if new is None:
        return SET_SCORE_ACTION if old is None else CLEAR_SCORE_ACTION
    before = old if old is not None else Score(option_id=new.option_id, criterion_id=new.criterion_id)
    rated = any(getattr(before, name) != getattr(new, name) for name in _RATED)
    reasoned = before.rationale != new.rationale
    cited = before.evidence != new.evidence
    if rated + reasoned + cited > 1:
        return EDIT_SCORE_DETAILS_ACTION
    if reasoned:
        return SET_RATIONALE_ACTION
    if cited:
        return EDIT_EVIDENCE_ACTION
    return SET_SCORE_ACTION


__all__ = ["CLEAR_SCORE_ACTION", "EDIT_EVIDENCE_ACTION", "EDIT_SCORE_DETAILS_ACTION", "SET_RATIONALE_ACTION",
           "SET_SCORE_ACTION", "score_change_label"]
