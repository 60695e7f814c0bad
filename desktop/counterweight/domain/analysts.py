"""Several analysts: who they are, what each of them judged, and how the group is formed.

The decision's own scores, weights and weight judgements are the *shared* inputs.
Each :class:`Analyst` may override any of them with an :class:`AnalystInput`; where an
analyst gave nothing, their view falls back to the shared value. So an analyst's
*view* is always a complete decision.

The *group view* aggregates the analysts' views (every analyst counts once, with
their override or, where they gave none, the shared value). With
``GroupSettings.shared_voice`` the shared inputs count as one more voice; without
it (the default) only the analysts count. A decision with no analysts has a group
view equal to the shared one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from counterweight.domain.base import Frozen, Identifier, Name, Text
from counterweight.domain.elements import EvidenceRef, Score
from counterweight.domain.elicitation import Elicitation

#: How the analysts' scores or weights are combined into the group's.
Aggregation = Literal["mean", "median", "geometric_mean"]
#: How AHP judgements are combined: aggregate individual judgements (AIJ) or priorities (AIP).
AhpAggregation = Literal["aij", "aip"]

Points = Annotated[float, Field(ge=0.0, allow_inf_nan=False)]


class Analyst(Frozen):
    """A person whose judgements the project records."""

    id: Identifier
    name: Name
    role: Annotated[str, Field(max_length=200)] = Field("", description="Role or organisation")
    note: Text = ""

    @field_validator("id")
    @classmethod
    def _not_a_view(cls, value: str) -> str:
        """The ids "group" and "shared" name the window's views, so no analyst may have them."""
        if value.lower() in RESERVED_ANALYST_IDS:
            raise ValueError(f"the id {value!r} is kept for the {value.lower()} view; give the analyst another id")
        return value


#: Analyst ids that would be read as a view: the group view and the shared inputs.
RESERVED_ANALYST_IDS = frozenset({"group", "shared"})



def _analyst_score_key(x: Any) -> tuple[str, str]:
    if isinstance(x, dict):
        return (str(x.get("option_id")), str(x.get("criterion_id")))
    return (str(getattr(x, "option_id", "")), str(getattr(x, "criterion_id", "")))


def analyst_score_order(scores: Sequence[Any]) -> list[int]:
    """Where each of an analyst's ``scores`` goes in the order validation keeps: by option id, then criterion id."""
    return sorted(range(len(scores)), key=lambda i: _analyst_score_key(scores[i]))


class AnalystInput(Frozen):
    """One analyst's own scores, weights and weight judgements (overrides of the shared ones).

    ``weights`` maps a criterion id to local points, read against the points of its
    siblings in the same analyst's view. ``elicitations`` holds the analyst's own
    judgements per node; in the analyst's view they set that node's children's weights.
    """

    analyst_id: Identifier
    scores: list[Score] = Field(default_factory=list)
    weights: dict[Identifier, Points] = Field(default_factory=dict)
    elicitations: list[Elicitation] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _canonical_order(cls, data: Any) -> Any:
        """Keep scores sorted by (option id, criterion id), so equal inputs compare equal."""
        if not isinstance(data, dict) or not isinstance(data.get("scores"), list):
            return data
        scores = data["scores"]
        return {**data, "scores": [scores[i] for i in analyst_score_order(scores)]}

    @model_validator(mode="after")
    def _check(self) -> AnalystInput:
        keys = [s.key for s in self.scores]
        if len(set(keys)) != len(keys):
            raise ValueError(f"analyst {self.analyst_id!r} scores one cell twice")
        nodes = [e.node_id for e in self.elicitations]
        if len(set(nodes)) != len(nodes):
            raise ValueError(f"analyst {self.analyst_id!r} gives the weights of one node twice")
        return self

    @property
    def is_empty(self) -> bool:
        return not (self.scores or self.weights or self.elicitations)

    @cached_property
    def _score_index(self) -> dict[tuple[str, str], Score]:
        return {s.key: s for s in self.scores}

    def score(self, option_id: str, criterion_id: str) -> Score | None:
        # an index lookup: the Disagreement tab asks this for every cell and every analyst
        return self._score_index.get((option_id, criterion_id))

    def elicitation(self, node_id: str | None) -> Elicitation | None:
        return next((e for e in self.elicitations if e.node_id == node_id), None)


class GroupSettings(Frozen):
    """How the group view is formed from the analysts' views."""

    scores: Aggregation = "mean"
    weights: Aggregation = "mean"
    ahp: AhpAggregation = Field(
        "aij", description="aij: geometric mean of the judgements, then priorities; aip: geometric mean of priorities"
    )
    shared_voice: bool = Field(
        False, description="Count the shared inputs as one more voice beside the analysts"
    )


def _evidence_key(ref: EvidenceRef) -> tuple[object, ...]:
    """What makes two pieces of evidence the same citation (a renamed source or moved text aside)."""
    if ref.source_id is not None:
        return (ref.source_id, ref.quote)
    return (None, ref.source, ref.locator, ref.quote, ref.note)


def without_shared_reasoning(own: Score, shared: Score | None) -> Score:
    """An analyst's own score without the rationale and evidence it repeats from the shared score.

    Up to session 19, typing an analyst's value over the shared one stored the shared
    score's rationale and evidence with it, so the analyst was credited with another
    person's reasoning. Older projects still hold such copies; they are left as stored
    (undo and the audit trail keep them exactly) but never shown or reported as the
    analyst's: a rationale equal to the shared score's, and evidence citing a passage
    the shared score cites, belong to the shared score. New own scores are stored
    without them (:class:`~counterweight.services.analyst_edits.SetAnalystScore`).

    Returns ``own`` itself when it repeats nothing.
    """
    if shared is None:
        return own
    update: dict[str, Any] = {}
    if own.rationale and own.rationale == shared.rationale:
        update["rationale"] = ""
    if own.evidence and shared.evidence:
        theirs = {_evidence_key(e) for e in shared.evidence}
        kept = [e for e in own.evidence if _evidence_key(e) not in theirs]
        if len(kept) != len(own.evidence):
            update["evidence"] = kept
    return own.model_copy(update=update) if update else own


def prune_analyst_inputs(
    inputs: list[AnalystInput], *, option_ids: set[str] | frozenset[str] = frozenset(),
    criterion_ids: set[str] | frozenset[str] = frozenset(),
) -> list[AnalystInput]:
    """``inputs`` without anything that refers to the given (removed) options or criteria.

    An input left empty is dropped, as the project file never stores one (the analyst
    stays named in ``Decision.analysts``; keeping it made the decision in memory differ
    from the same decision read back). The list is returned unchanged (the same object)
    when nothing refers to them.
    """
    out: list[AnalystInput] = []
    changed = False
    for item in inputs:
        scores = [s for s in item.scores if s.option_id not in option_ids and s.criterion_id not in criterion_ids]
        weights = {k: v for k, v in item.weights.items() if k not in criterion_ids}
        elic = [e for e in item.elicitations if e.node_id not in criterion_ids]
        if len(scores) != len(item.scores) or len(weights) != len(item.weights) or len(elic) != len(
            item.elicitations
        ):
            changed = True
            item = item.model_copy(update={"scores": scores, "weights": weights, "elicitations": elic})
            if item.is_empty:
                continue
        out.append(item)
    return out if changed else inputs


__all__ = ["AhpAggregation", "Aggregation", "Analyst", "AnalystInput", "GroupSettings", "analyst_labels",
           "prune_analyst_inputs", "without_shared_reasoning"]


def check_analyst_references(decision: object) -> None:
    """Raise ``ValueError`` naming the problem when analysts' inputs refer to nothing.

    Called by :class:`~counterweight.domain.decision.Decision` validation: analyst ids
    are unique, every input belongs to a named analyst (one input each), scores name
    an existing option and scored criterion and fit its scale, weights name existing
    criteria, and judgements name existing nodes.
    """
    from counterweight.domain.elements import check_score_against_scale

    analysts: list[Analyst] = decision.analysts  # type: ignore[attr-defined]
    inputs: list[AnalystInput] = decision.analyst_inputs  # type: ignore[attr-defined]
    if not analysts and not inputs:
        return
    names: dict[str, str] = {}
    for a in analysts:
        if a.id in names:
            raise ValueError(f"analyst id {a.id!r} is used twice")
        names[a.id] = a.name
    seen: set[str] = set()
    for item in inputs:
        who = names.get(item.analyst_id)
        if who is None:
            raise ValueError(f"inputs are recorded for analyst {item.analyst_id!r}, who is not in the project")
        if item.analyst_id in seen:
            raise ValueError(f"the inputs of analyst {who!r} are recorded twice")
        seen.add(item.analyst_id)
        for s in item.scores:
            if not decision.has_option(s.option_id):  # type: ignore[attr-defined]
                raise ValueError(f"analyst {who!r} scores option {s.option_id!r}, which does not exist")
            if not decision.has_criterion(s.criterion_id):  # type: ignore[attr-defined]
                raise ValueError(f"analyst {who!r} scores criterion {s.criterion_id!r}, which does not exist")
            crit = decision.criterion(s.criterion_id)  # type: ignore[attr-defined]
            if crit.scale is None:
                raise ValueError(f"analyst {who!r} scores {crit.name!r}, a group that cannot be scored directly")
            problem = check_score_against_scale(s, crit.scale)
            if problem:
                opt = decision.option(s.option_id).name  # type: ignore[attr-defined]
                raise ValueError(f"analyst {who!r}, score of {opt!r} on {crit.name!r}: {problem}")
        for cid in item.weights:
            if not decision.has_criterion(cid):  # type: ignore[attr-defined]
                raise ValueError(f"analyst {who!r} weights criterion {cid!r}, which does not exist")
        for e in item.elicitations:
            if e.node_id is not None and not decision.has_criterion(e.node_id):  # type: ignore[attr-defined]
                raise ValueError(f"analyst {who!r} judges the weights under {e.node_id!r}, which does not exist")


__all__ += ["check_analyst_references"]


def _name_key(name: str) -> str:
    return name.strip().casefold()


def analyst_labels(analysts: Sequence[Analyst]) -> dict[str, str]:
    """Analyst id -> a name that tells them apart.

    A name used once is shown as it is. Analysts who share a name (ignoring case and
    surrounding spaces, which an older project may hold) are numbered in project
    order: "Ann (1)", "Ann (2)", skipping any number that would repeat another name.

    Parameters
    ----------
    analysts : sequence of Analyst

    Returns
    -------
    dict of str to str
    """
    counts = Counter(_name_key(a.name) for a in analysts)
    taken = set(counts)
    seen: Counter[str] = Counter()
    out: dict[str, str] = {}
    for a in analysts:
        key = _name_key(a.name)
        if counts[key] == 1:
            out[a.id] = a.name
            continue
        while True:
            seen[key] += 1
            label = f"{a.name.strip()} ({seen[key]})"
            if _name_key(label) not in taken:
                break
        taken.add(_name_key(label))
        out[a.id] = label
    return out
