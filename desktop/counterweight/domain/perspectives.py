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

A snapshot holds its decision as a nested model: it is validated with the same rules
as a live decision, compares equal field by field and appears in the exchange schema
(as ``decision``). A snapshot read from a project file reads its stored text and
validates it the first time :attr:`Snapshot.decision` is used (issue 6: opening a large
project must not read every snapshot's copy); see :class:`SnapshotContent`. A
snapshot's decision must not carry snapshots of its own, so a chain of copies cannot
grow with every snapshot taken.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import ConfigDict, Field, GetCoreSchemaHandler, model_validator
from pydantic.errors import PydanticUndefinedAnnotation
from pydantic_core import CoreSchema, core_schema

from counterweight.domain.base import Finite, Frozen, Identifier, Name, Text
from counterweight.domain.errors import ProjectFileError

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


class SnapshotCopyError(ProjectFileError):
    """A snapshot's stored copy of the decision cannot be used (raised when it is first used).

    ``snapshot_id`` names the snapshot and ``problem`` says what is wrong, in words, for
    the window to say which snapshot and why (the rest of the project is unaffected).
    """

    def __init__(self, message: str, *, where: str = "", detail: str = "", snapshot_id: str = "",
                 problem: str = "") -> None:
        super().__init__(message, where=where, detail=detail)
        self.snapshot_id = snapshot_id
        self.problem = problem or detail or message


class SnapshotContent:
    """The decision inside a :class:`Snapshot`: held whole, or read from the project file when first needed.

    A snapshot built in code or imported from an exchange file holds its decision,
    already validated. One read from a project file holds a ``fetch`` function that
    returns the text stored there and a ``read`` function, both from the storage layer:
    the first call of :meth:`decision` fetches the text and validates it, and raises an
    error naming the snapshot and the file if it cannot be accepted (the text is then
    kept, so every later use says so again). Two contents are equal when their texts
    are, or else when their decisions are.
    """

    __slots__ = ("_decision", "_fetch", "_lock", "_read", "_text")

    def __init__(self, decision: Decision) -> None:
        self._decision: Decision | None = decision
        self._text: str | None = None
        self._fetch: Callable[[], str] | None = None
        self._read: Callable[[str], Decision] | None = None
        self._lock = threading.Lock()  # this snapshot's copy is read once, whichever thread asks first

    @classmethod
    def stored(cls, fetch: Callable[[], str], read: Callable[[str], Decision]) -> SnapshotContent:
        """Content whose text ``fetch()`` returns when first needed, turned into a decision by ``read(text)``."""
        content = cls.__new__(cls)
        content._decision, content._text, content._fetch, content._read = None, None, fetch, read
        content._lock = threading.Lock()  # one per snapshot: validating one copy does not hold up another
        return content

    @property
    def loaded(self) -> bool:
        """Whether the decision has been validated (always, unless read from a file and not used yet)."""
        return self._decision is not None

    def decision(self) -> Decision:
        """The decision, validated now if it was not yet (raises the storage layer's error)."""
        decision = self._decision
        if decision is None:
            text = self.keep_text()  # read outside the lock: the storage layer takes its own
            with self._lock:
                if self._decision is not None:  # another thread has just read it
                    return self._decision
                assert self._read is not None
                decision = self._decision = self._read(text)
                self._text = self._fetch = self._read = None  # the validated decision replaces the text
        return decision

    def keep_text(self) -> str:
        """The stored text, fetched now and kept if it was not yet (storage calls it before deleting the row)."""
        text, fetch = self._text, self._fetch
        if text is None:
            if fetch is None:  # validated (perhaps by another thread just now)
                assert self._decision is not None
                return self._decision.model_dump_json()
            text = fetch()
            with self._lock:
                if self._decision is None and self._text is None:
                    self._text = text
        return text

    def json_text(self) -> str:
        """The decision as JSON text: the stored text itself while it has not been validated."""
        decision = self._decision
        return decision.model_dump_json() if decision is not None else self.keep_text()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SnapshotContent):
            return NotImplemented
        if self is other or (not self.loaded and not other.loaded and self.keep_text() == other.keep_text()):
            return True
        return self.decision() == other.decision()

    __hash__ = None  # type: ignore[assignment]  # equal by value, and a decision is not hashable

    def __repr__(self) -> str:
        return f"<SnapshotContent {'validated' if self.loaded else 'not read yet'}>"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Validated and serialised as a :class:`Decision` (the exchange schema is unchanged)."""
        decision_cls = getattr(sys.modules.get("counterweight.domain.decision"), "Decision", None)
        if decision_cls is None:  # decision.py imports this module first; it calls _rebuild()
            raise PydanticUndefinedAnnotation("Decision", "Decision is not defined yet")
        as_decision = handler.generate_schema(decision_cls)
        return core_schema.no_info_wrap_validator_function(
            cls._validate, as_decision,
            serialization=core_schema.plain_serializer_function_ser_schema(cls.decision, return_schema=as_decision),
        )

    @classmethod
    def _validate(cls, value: Any, validate: core_schema.ValidatorFunctionWrapHandler) -> SnapshotContent:
        return value if isinstance(value, SnapshotContent) else cls(validate(value))


class Snapshot(Frozen):
    """A named copy of the whole decision at one moment (a baseline)."""

    # Built with ``decision=`` (a Decision, or its data) or ``content=`` (a SnapshotContent);
    # dumped with the decision under ``decision`` (the docstring above is the schema's description).
    model_config = ConfigDict(**Frozen.model_config, validate_by_name=True, validate_by_alias=True,
                              serialize_by_alias=True)

    id: Identifier
    name: Name
    taken_at: dt.datetime
    taken_by: Annotated[str, Field(max_length=200)] = ""
    note: Text = ""
    content: SnapshotContent = Field(alias="decision")

    @property
    def decision(self) -> Decision:
        """The copied decision (read and validated on first use if the snapshot came from a file)."""
        return self.content.decision()

    @model_validator(mode="after")
    def _no_nesting(self) -> Snapshot:
        # a stored copy is checked when it is read (see storage/perspective_rows.py)
        if self.content.loaded and self.decision.snapshots:
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


__all__ = ["ScoreOverride", "ScoreScenario", "Snapshot", "SnapshotContent", "SnapshotCopyError", "WeightSet",
           "check_perspective_ids"]
