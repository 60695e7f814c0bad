"""The rule for criterion names: no two criteria of a decision share one, wherever they sit.

Unique in the whole tree, not only within a group (h28g): the charts (tornado,
contributions, trade-offs), the brief, the score matrix's headings and the spreadsheet
exchange name a criterion without its group, so "Civilian risk" under Risks and
"Civilian risk" under Benefits would read as one. Groups count as criteria here: a
group and a criterion of the same name would be as hard to tell apart in the weights.
Names are compared as options' and analysts' are (case and surrounding spaces aside).

As for options, an older project that already repeats a name keeps opening and
working (the decision's own validation does not check names): a criterion that keeps
its name can still be edited, and undo or redo puts back exactly what was there.
"""

from __future__ import annotations

from collections.abc import Iterable

from counterweight.domain import Criterion, Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase, quoted_name


def _key(name: str) -> str:
    """As :func:`counterweight.services.edits.name_key`: case and surrounding spaces aside."""
    return name.strip().casefold()


def criterion_taken_by(decision: Decision, criterion: Criterion, old: Criterion | None = None,
                       among: Iterable[Criterion] | None = None) -> Criterion | None:
    """The other criterion (of ``among``, by default all of the decision's) already called ``criterion.name``.

    ``None`` when there is none, or when ``old`` (the criterion before the edit) already had the name.
    """
    key = _key(criterion.name)
    if old is not None and _key(old.name) == key:
        return None
    pool = decision.criteria if among is None else among
    return next((c for c in pool if c.id != criterion.id and _key(c.name) == key), None)


def refuse_taken_criterion_name(decision: Decision, criterion: Criterion, old: Criterion | None = None,
                                among: Iterable[Criterion] | None = None) -> None:
    """Raise :class:`InvalidInputError` naming the criterion (and its group) that already has ``criterion``'s name."""
    other = criterion_taken_by(decision, criterion, old, among)
    if other is None:
        return
    if other.parent_id is None or not decision.has_criterion(other.parent_id):
        raise InvalidInputError(Phrase(
            "Another criterion or group is already called {name}; give each criterion a name of its own, as the "
            "charts and the brief show criteria without their group.", name=quoted_name(other.name)))
    raise InvalidInputError(Phrase(
        "A criterion in {group} is already called {name}; give each criterion a name of its own, as the charts "
        "and the brief show criteria without their group.",
        group=quoted_name(decision.criterion(other.parent_id).name), name=quoted_name(other.name)))


__all__ = ["criterion_taken_by", "refuse_taken_criterion_name"]
