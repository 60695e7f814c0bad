"""Points by top-level group: the numbers of the brief's at-a-glance table and head-to-head.

An option's points from a group are its weighted contributions summed over the group's criteria
(:meth:`~counterweight.engine.Evaluation.contribution`), on 0-100: the numbers the Ranking's
"(points)" columns show, adding up to the score for an additive method.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.engine import Evaluation


def top_groups(decision: Decision, evaluation: Evaluation) -> list[tuple[str, str, list[int]]]:
    """(id, name, leaf columns) of each top-level criterion that has a scored criterion, in tree order.

    Empty when no top-level criterion is a group: the decision's criteria are then not grouped.
    """
    tops = decision.children(None)
    if not any(c.is_group for c in tops):
        return []
    out = []
    for top in tops:
        columns = evaluation.leaves_under(top.id)
        if columns:
            out.append((top.id, top.name, columns))
    return out


def group_points(evaluation: Evaluation, option_id: str, criterion_id: str) -> float:
    """An option's points (out of 100) from a top-level criterion: its contributions under it, summed."""
    return 100.0 * evaluation.contribution(option_id, criterion_id)


__all__ = ["group_points", "top_groups"]
