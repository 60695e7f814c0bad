"""The consistency checks of a whole decision, run by :class:`~counterweight.domain.decision.Decision`'s validator.

Identifiers are unique; the criteria form a tree whose inner nodes are groups; every
score names an existing option and scored criterion, once, and fits that criterion's
scale; weight judgements and red lines name criteria the decision has; evidence that
cites the source library finds its source, and a quoted passage its text. Each check
raises ``ValueError`` naming the element at fault, which pydantic reports as a
validation error.

Names are not checked here, on purpose: the edits refuse an option, analyst or
criterion name another one has (:mod:`counterweight.services.criterion_names`), but a
project, snapshot or exported file from before those rules may repeat a name and must
still open; the spreadsheet imports, which refer to rows by name, refuse a name they
cannot resolve, with its cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from counterweight.domain.elements import Criterion, Score, check_score_against_scale
from counterweight.domain.scales import NumericScale, QualitativeScale

if TYPE_CHECKING:
    from counterweight.domain.decision import Decision


def unique(ids: list[str], what: str) -> None:
    """Refuse an id used twice; ``what`` names the kind of id in the message."""
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"{what} {i!r} is used twice")
        seen.add(i)


def check_tree(criteria: list[Criterion], crit: dict[str, Criterion]) -> None:
    """Every parent exists and is a group, and no criterion is inside itself (``crit``: ``criteria`` by id)."""
    for c in criteria:
        if c.parent_id is not None:
            parent = crit.get(c.parent_id)
            if parent is None:
                raise ValueError(f"criterion {c.name!r} is placed under {c.parent_id!r}, which does not exist")
            if not parent.is_group:
                raise ValueError(
                    f"criterion {c.name!r} is placed under {parent.name!r}, which is scored itself;"
                    " only groups can hold criteria"
                )
    for c in criteria:  # cycle check: walk up at most len(criteria) steps
        seen, node = set(), c
        while node.parent_id is not None:
            if node.id in seen:
                raise ValueError(f"criterion {c.name!r} is inside itself (the tree has a loop)")
            seen.add(node.id)
            node = crit[node.parent_id]


def check_scores(
    decision: Decision,
    crit: dict[str, Criterion],
    to_check: Sequence[Score],
    index: dict[tuple[str, str], Score],
    *,
    fresh: bool,
) -> None:
    """Check ``to_check`` against the decision's options and scales, adding each to ``index`` by cell.

    With ``fresh``, ``index`` starts empty and a cell found twice is refused; otherwise
    the scores replace others of the same cells (see ``Decision._changed_scores``).
    """
    opts = {o.id for o in decision.options}
    # Per-criterion facts for a tight loop; the slow, wordy check runs only on failure.
    numeric: dict[str, tuple[float, float]] = {}
    levels: dict[str, set[str]] = {}
    for c in decision.criteria:
        if isinstance(c.scale, NumericScale):
            numeric[c.id] = (c.scale.lower, c.scale.upper)
        elif isinstance(c.scale, QualitativeScale):
            levels[c.id] = {lv.label.casefold() for lv in c.scale.levels}
    for s in to_check:
        oid, cid = s.option_id, s.criterion_id
        if oid not in opts:
            raise ValueError(f"a score refers to option {oid!r}, which does not exist")
        key = (oid, cid)
        if fresh and key in index:
            name = crit[cid].name if cid in crit else cid
            raise ValueError(f"option {oid!r} is scored twice on {name!r}")
        index[key] = s
        bounds = numeric.get(cid)
        if bounds is not None:
            lo, hi = bounds
            v, low, high = s.value, s.low, s.high
            if (
                s.level is None
                and (v is None or lo <= v <= hi)
                and (low is None or lo <= low <= hi)
                and (high is None or lo <= high <= hi)
            ):
                continue
        elif cid in levels:
            if s.value is None and s.low is None and s.high is None and (
                s.level is None or s.level.casefold() in levels[cid]
            ):
                continue
        c = crit.get(cid)
        if c is None:
            raise ValueError(f"a score refers to criterion {cid!r}, which does not exist")
        if c.scale is None:
            raise ValueError(f"criterion {c.name!r} is a group and cannot be scored directly")
        problem = check_score_against_scale(s, c.scale) or "does not fit the scale"
        opt_name = next(o.name for o in decision.options if o.id == oid)
        raise ValueError(f"score of {opt_name!r} on {c.name!r}: {problem}")


def check_method_references(decision: Decision, crit: dict[str, Criterion]) -> None:
    """Weight judgements (one per node) and red lines name criteria the decision has."""
    nodes: set[str | None] = set()
    for e in decision.elicitations:
        if e.node_id in nodes:
            raise ValueError(f"the weights of {e.node_id or 'the top level'!r} are elicited twice")
        nodes.add(e.node_id)
        if e.node_id is not None and e.node_id not in crit:
            raise ValueError(f"weight judgements refer to criterion {e.node_id!r}, which does not exist")
    unique([r.id for r in decision.red_lines], "red line id")
    for r in decision.red_lines:
        c = crit.get(r.criterion_id)
        if c is None or c.scale is None:
            raise ValueError(f"a red line refers to {r.criterion_id!r}, which is not a scored criterion")
        if isinstance(c.scale, QualitativeScale):
            if r.level is None or c.scale.level(r.level) is None:
                raise ValueError(f"the red line on {c.name!r} must name one of its levels")
        elif r.limit is None:
            raise ValueError(f"the red line on {c.name!r} needs a numeric limit")


def check_evidence_sources(decision: Decision, scores: Sequence[Score]) -> None:
    """Evidence of ``scores`` that names a library source must find it, and a quoted passage its text."""
    unique([s.id for s in decision.sources], "source id")
    if not decision.sources and all(not e.source_id for s in scores for e in s.evidence):
        return
    by_id = {s.id: s for s in decision.sources}
    for score in scores:
        for ev in score.evidence:
            if ev.source_id is None:
                continue
            src = by_id.get(ev.source_id)
            where = f"evidence on {score.option_id!r} × {score.criterion_id!r}"
            if src is None:
                raise ValueError(f"{where} cites source {ev.source_id!r}, which is not in the source library")
            if ev.start is None or ev.end is None:
                continue
            if ev.end > len(src.text):
                raise ValueError(
                    f"{where} quotes characters {ev.start}-{ev.end} of {src.title!r}, whose text has only"
                    f" {len(src.text)} characters"
                )
            if src.text[ev.start:ev.end] != ev.quote:
                raise ValueError(
                    f"{where}: the quoted passage does not match characters {ev.start}-{ev.end}"
                    f" of {src.title!r}"
                )


__all__ = ["check_evidence_sources", "check_method_references", "check_scores", "check_tree", "unique"]
