"""Perspectives (named weight sets), score scenarios and snapshots of a decision.

A :class:`WeightSet` is one body's view of what matters, e.g. "Ministry of defence
view": points for any subset of criteria; every criterion it does not mention keeps
its base points. A :class:`ScoreScenario` is a "what if" on the facts, e.g.
"Deployment doubles": a list of :class:`ScoreOverride` cells that replace the base
scores. A :class:`Snapshot` is a frozen copy of the whole decision (a baseline) to
compare against later.

Stale references are tolerated on purpose. A weight set or scenario may name a
criterion or option that was deleted after it was saved: the decision does not
reject it (deleting a criterion would otherwise have to rewrite every perspective)
and the analysis ignores the entries it cannot apply. The edits that add or change
a weight set or scenario check every new or changed reference against the decision of
the moment; entries kept unchanged are not checked again, so a perspective whose
criterion was deleted can still be renamed.

A snapshot holds its decision as a nested model (not as JSON text): it is validated
with the same rules as a live decision, compares equal field by field and appears in
the exchange schema. A snapshot's decision must not carry snapshots of its own, so a
chain of copies cannot grow with every snapshot taken.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, model_validator

from counterweight.domain.base import Finite, Frozen, Identifier, Name, Text

if TYPE_CHECKING:
    from counterweight.domain.decision import Decision

NonNegative = Annotated[float, Field(ge=0.0, allow_inf_nan=False)]


class WeightSet(Frozen):
    """A named set of weights (a *perspective*).

    ``weights`` maps criterion ids (groups or leaves) to local weights in points, as
    :attr:`Criterion.weight <counterweight.domain.elements.Criterion.weight>`.
    """

    id: Identifier
    name: Name
    description: Text = ""
    weights: dict[Identifier, NonNegative] = Field(
        default_factory=dict, description="Local weight in points per criterion id; others keep the base points"
    )


class ScoreOverride(Frozen):
    """One score cell replaced in a scenario: a number or a level, not both."""

    option_id: Identifier
    criterion_id: Identifier
    value: Finite | None = None
    level: Annotated[str, Field(max_length=200)] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> ScoreOverride:
        if (self.value is None) == (self.level is None):
            raise ValueError("a scenario's score needs either a number or a level (exactly one)")
        return self

    @property
    def key(self) -> tuple[str, str]:
        return (self.option_id, self.criterion_id)


class ScoreScenario(Frozen):
    """A named "what if" on the scores: cells that replace the base scores."""

    id: Identifier
    name: Name
    description: Text = ""
    overrides: list[ScoreOverride] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_cells(self) -> ScoreScenario:
        seen: set[tuple[str, str]] = set()
        for o in self.overrides:
            if o.key in seen:
                raise ValueError(
                    f"scenario {self.name!r} changes option {o.option_id!r} on {o.criterion_id!r} twice"
                )
            seen.add(o.key)
        return self


class Snapshot(Frozen):
    """A named copy of the whole decision at one moment (a baseline)."""

    id: Identifier
    name: Name
    taken_at: dt.datetime
    taken_by: Annotated[str, Field(max_length=200)] = ""
    note: Text = ""
    decision: Decision

    @model_validator(mode="after")
    def _no_nesting(self) -> Snapshot:
        if self.decision.snapshots:
            raise ValueError(f"snapshot {self.name!r} holds a decision that has snapshots of its own")
        return self


def check_perspective_ids(weight_sets: list[WeightSet], scenarios: list[ScoreScenario],
                          snapshots: list[Snapshot]) -> None:
    """Raise ``ValueError`` if two weight sets, scenarios or snapshots share an id."""
    for items, what in ((weight_sets, "weight set"), (scenarios, "scenario"), (snapshots, "snapshot")):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"{what} id {item.id!r} is used twice")
            seen.add(item.id)


def _rebuild(namespace: dict[str, Any]) -> None:
    """Resolve ``Snapshot.decision`` once :class:`Decision` exists (called by decision.py)."""
    Snapshot.model_rebuild(_types_namespace=namespace)


__all__ = ["ScoreOverride", "ScoreScenario", "Snapshot", "WeightSet", "check_perspective_ids"]
