"""Taking back an elicitation packet's import after the window's Undo can no longer do it.

Undo reverses an import only while the project stays open in the window that made
it (the undo list lives in memory). An import made on the command line, or in an
earlier session, is taken back here instead, from what its history entry recorded:
the analyst's values before and after the import.

Taking back is a new, audited step (the history is never rewritten), and it is
careful with later work: a value is put back only while it still holds what the
import set; a value changed since, or one whose old value no longer fits the
project, is left as it is now and listed. An analyst the import added back is
removed again when nothing of theirs is left. Once taken back, the packet can be
imported again (for instance with the other side preferred for its conflicts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from counterweight.domain import Decision, ExchangeFormatError
from counterweight.engine.phrase import Phrase
from counterweight.domain.analysts import Analyst, AnalystInput
from counterweight.services.analyst_edits import input_of, with_input
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, rebuild
from counterweight.services.packet_format import PacketRequest, read_packet
from counterweight.services.packet_merge import (
    judgement_problem,
    last_import,
    score_problem,
    value_label,
)
from counterweight.services.packet_origin import IMPORT_ACTION, UNDO_IMPORT_ACTION
from counterweight.services.session import ProjectSession
from counterweight.storage import AuditEntry

CHANGED_SINCE = "changed since the import"


@dataclass(frozen=True)
class TakeBack:
    """What taking back one import does (working it out changes nothing).

    Attributes
    ----------
    entry : AuditEntry
        The history entry of the import taken back.
    analyst : Analyst
        Whose values it concerns.
    restored : list of str
        The values put back as they were before the import.
    left : list of str
        The values left as they are now, each with the reason.
    remove_analyst : bool
        The import had added the analyst back and nothing of theirs is left: they are removed again.
    new_input : AnalystInput
        The analyst's values after taking the import back.
    """

    entry: AuditEntry
    analyst: Analyst
    restored: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    remove_analyst: bool = False
    new_input: AnalystInput | None = None


def _inputs(entry: AuditEntry) -> tuple[AnalystInput, AnalystInput]:
    try:
        return (AnalystInput.model_validate(entry.old["input"]),
                AnalystInput.model_validate(entry.new["input"]))
    except (KeyError, TypeError, ValidationError):
        raise ExchangeFormatError(Phrase("History entry #{n} does not record the values that import replaced, so it "
                                         "cannot be taken back.", n=entry.id), where="history") from None


def work_out(decision: Decision, entry: AuditEntry, analyst: Analyst, req: PacketRequest | None) -> TakeBack:
    """What taking back the import recorded in ``entry`` would do to ``decision``."""
    before, after = _inputs(entry)
    present = next((a for a in decision.analysts if a.id == analyst.id), None)
    if present is None:  # removed since the import: nothing of it is left in the project
        return TakeBack(entry, analyst, new_input=AnalystInput(analyst_id=analyst.id))
    now = input_of(decision, analyst.id)
    scores = {s.key: s for s in now.scores}
    weights = dict(now.weights)
    judgements = {e.node_id: e for e in now.elicitations}
    restored: list[str] = []
    left: list[str] = []
    cases: list[tuple[str, tuple[str, ...], Any, Any, Any, dict[Any, Any], Any]] = []
    for key in sorted({s.key for s in before.scores} | {s.key for s in after.scores}):
        cases.append(("score", key, before.score(*key), after.score(*key), now.score(*key), scores, key))
    for cid in sorted(set(before.weights) | set(after.weights)):
        cases.append(("weight", (cid,), before.weights.get(cid), after.weights.get(cid), now.weights.get(cid),
                      weights, cid))
    for node in sorted({e.node_id for e in before.elicitations} | {e.node_id for e in after.elicitations},
                       key=lambda n: n or ""):
        cases.append(("judgements", (node or "",), before.elicitation(node), after.elicitation(node),
                      now.elicitation(node), judgements, node))
    for kind, key, old, new, current, target, k in cases:
        if old == new:
            continue  # the import did not change it
        label = value_label(decision, req, kind, key)
        if current != new:
            left.append(f"{label}: {CHANGED_SINCE}")
            continue
        problem = "" if old is None else (
            score_problem(decision, old) if kind == "score" else
            ("" if decision.has_criterion(key[0]) else "the criterion was deleted") if kind == "weight" else
            judgement_problem(decision, analyst, old))
        if problem:
            left.append(f"{label}: the value before the import no longer fits ({problem})")
            continue
        if old is None:
            target.pop(k, None)
        else:
            target[k] = old
        restored.append(label)
    new_input = AnalystInput(analyst_id=analyst.id, scores=list(scores.values()), weights=weights,
                             elicitations=list(judgements.values()))
    remove = bool(entry.new.get("added_back")) and new_input.is_empty and not left and present == analyst
    return TakeBack(entry, present, restored, left, remove, new_input)


@dataclass(frozen=True)
class TakeBackImport(Edit):
    """Take back the import recorded in ``entry`` (one audited step; its inverse imports again)."""

    entry: AuditEntry
    analyst: Analyst
    request: PacketRequest | None = None
    label: str = UNDO_IMPORT_ACTION

    def apply(self, decision: Decision) -> Applied:
        back = work_out(decision, self.entry, self.analyst, self.request)
        assert back.new_input is not None
        aid = self.analyst.id
        if back.remove_analyst:
            analysts = [a for a in decision.analysts if a.id != aid]
            inputs = [i for i in decision.analyst_inputs if i.analyst_id != aid]
        else:
            analysts, inputs = decision.analysts, with_input(decision, back.new_input)
        new = rebuild(decision, f"Take back the packet from {back.analyst.name}", analysts=analysts,
                      analyst_inputs=inputs)
        record = {k: v for k, v in self.entry.new.items() if k != "input"}
        now = input_of(decision, aid)
        changes = ChangeSet(parts=frozenset({Part.INFO, Part.SCORES, Part.WEIGHTS}),
                            description=f"{self.label}: {back.analyst.name}")
        inverse = _Reinstate(decision.analysts, decision.analyst_inputs, changes, record, self)
        after = {**record, "input": back.new_input.model_dump(mode="json"), "takes_back_entry": self.entry.id,
                 "restored": back.restored, "left_as_now": back.left, "analyst_removed": back.remove_analyst}
        return Applied(new, inverse, changes, f"packet from {back.analyst.name}",
                       {**record, "input": now.model_dump(mode="json")}, after)


@dataclass(frozen=True)
class _Reinstate(Edit):
    """Undo of a take-back: the analysts and their inputs exactly as they were, recorded as the import again."""

    analysts: list[Analyst]
    inputs: list[AnalystInput]
    changes: ChangeSet
    record: dict[str, Any]
    redo: TakeBackImport
    label: str = IMPORT_ACTION

    def apply(self, decision: Decision) -> Applied:
        new = rebuild(decision, "Undo taking back the packet import", analysts=self.analysts,
                      analyst_inputs=self.inputs)
        aid = str(self.record.get("analyst_id", ""))
        return Applied(new, self.redo, self.changes, f"packet from {self.redo.analyst.name}",
                       {**self.record, "input": input_of(decision, aid).model_dump(mode="json")},
                       {**self.record, "input": input_of(new, aid).model_dump(mode="json")})


def _find(session: ProjectSession, packet_path: str | Path) -> tuple[AuditEntry, Analyst, PacketRequest]:
    label = Path(packet_path).name
    req = read_packet(packet_path).request
    entry = last_import(session.audit_log(), req.packet_id)
    if entry is None:
        raise ExchangeFormatError(
            Phrase("This packet's answers are not imported in this project (never imported, or already taken back); "
                   "there is nothing to take back."), where=label)
    analyst = next((a for a in session.decision.analysts if a.id == req.analyst.id), req.analyst)
    return entry, analyst, req


def plan_take_back(session: ProjectSession, packet_path: str | Path) -> TakeBack:
    """What taking back the packet's import would do now (changes nothing).

    Raises
    ------
    ExchangeFormatError
        The file is not a readable packet, or its import is not in effect in this project.
    """
    entry, analyst, req = _find(session, packet_path)
    return work_out(session.decision, entry, analyst, req)


def take_back_edit(session: ProjectSession, packet_path: str | Path) -> TakeBackImport:
    """The edit that takes back the packet's import (apply it with the session or the window's undo list)."""
    entry, analyst, req = _find(session, packet_path)
    return TakeBackImport(entry, analyst, req)


def take_back_import(session: ProjectSession, packet_path: str | Path) -> TakeBack:
    """Take back the packet's import in one audited step; returns what was done."""
    entry, analyst, req = _find(session, packet_path)
    back = work_out(session.decision, entry, analyst, req)
    session.apply(TakeBackImport(entry, analyst, req))
    return back


__all__ = ["TakeBack", "TakeBackImport", "plan_take_back", "take_back_edit", "take_back_import", "work_out"]
