"""Merging a returned elicitation packet into the project that issued it.

The merge is three-way, value by value (a score cell, one weight, the judgements
under one node): *base* is the analyst's inputs when the packet was exported,
*mine* the project's inputs for that analyst now, *theirs* the packet's answers.

- theirs == base == mine: nobody changed it (not listed).
- theirs == base != mine: only the project changed (or cleared) it since the
  export: **kept** as the project has it, and listed so nothing is dropped unseen.
- mine == base: only the analyst changed it: **take** the packet's value.
- mine == theirs: both sides agree: **same**.
- otherwise: **conflict**, shown; the project's value is kept unless the user
  chooses the packet's (never overwritten silently).
- a value that no longer fits the project (its option or criterion was deleted,
  its scale changed) is **skipped**, with the reason.

An analyst removed from the project since the export is added back with every
value of the returned packet (each one a **take**): the project holds nothing of
theirs to weigh against, so their view becomes what they returned.

An import is one audited step. Undo takes it back while the project stays open;
later (another session, the command line) :func:`take_back_import` does, as a new
audited step that puts back the values the import replaced, so the packet can be
imported again. The history is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from counterweight.domain import Decision, ExchangeFormatError, InvalidInputError, Score
from counterweight.domain.analysts import Analyst, AnalystInput
from counterweight.domain.elements import check_score_against_scale
from counterweight.domain.elicitation import Elicitation
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, rebuild
from counterweight.services.packet_format import Packet, PacketRequest, read_packet
from counterweight.services.analyst_edits import input_of, with_input
from counterweight.services.packet_origin import EXPORT_ACTION, IMPORT_ACTION, UNDO_IMPORT_ACTION
from counterweight.services.session import ProjectSession
from counterweight.engine.phrase import Phrase, and_more
from counterweight.storage import AuditEntry

Status = Literal["take", "same", "conflict", "skipped", "kept"]
Prefer = Literal["project", "packet"]


@dataclass(frozen=True)
class MergeItem:
    """One value the packet's answers touch, with the three versions and what happens to it."""

    kind: Literal["score", "weight", "judgements"]
    key: tuple[str, ...]
    label: str
    base: Any
    mine: Any
    theirs: Any
    status: Status
    reason: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """What importing a returned packet would do (nothing is changed by planning)."""

    packet: Packet
    analyst: Analyst
    readd_analyst: bool
    items: list[MergeItem] = field(default_factory=list)

    @property
    def conflicts(self) -> list[MergeItem]:
        return [i for i in self.items if i.status == "conflict"]

    def count(self, status: Status) -> int:
        return sum(1 for i in self.items if i.status == status)

    def merged(self, decision: Decision, prefer: Prefer = "project",
               choices: dict[tuple[str, ...], Prefer] | None = None) -> AnalystInput:
        """The analyst's inputs after the merge; conflicts follow ``choices`` then ``prefer``."""
        mine = input_of(decision, self.analyst.id)
        scores = {s.key: s for s in mine.scores}
        weights = dict(mine.weights)
        judgements = {e.node_id: e for e in mine.elicitations}
        for item in self.items:
            take = item.status == "take" or (
                item.status == "conflict" and (choices or {}).get(item.key, prefer) == "packet")
            if not take:
                continue
            target: dict[Any, Any] = {"score": scores, "weight": weights, "judgements": judgements}[item.kind]
            k: Any = item.key if item.kind == "score" else item.key[0] or None
            if item.theirs is None:
                target.pop(k, None)
            else:
                target[k] = item.theirs
        return AnalystInput(analyst_id=self.analyst.id, scores=list(scores.values()), weights=weights,
                            elicitations=list(judgements.values()))


def _issued_hash(log: list[Any], packet_id: str) -> str | None:
    for entry in log:
        if entry.action == EXPORT_ACTION and isinstance(entry.new, dict) and entry.new.get("packet_id") == packet_id:
            return str(entry.new.get("request_hash", ""))
    return None


def last_import(log: list[AuditEntry], packet_id: str) -> AuditEntry | None:
    """The history entry of the packet's import now in effect (``None``: never imported, or taken back)."""
    for entry in log:  # newest first
        if entry.action in (IMPORT_ACTION, UNDO_IMPORT_ACTION) and isinstance(entry.new, dict) and (
                entry.new.get("packet_id") == packet_id):
            return entry if entry.action == IMPORT_ACTION else None
    return None


class AlreadyImportedError(ExchangeFormatError):
    """The packet's import is in effect; ``entry`` is its history entry (take it back to import again)."""

    def __init__(self, entry: AuditEntry, where: str) -> None:
        super().__init__(
            Phrase("This packet was already imported on {when} UTC by {user} (history entry #{n}); take that import "
                   "back before importing it again.", when=f"{entry.at:%Y-%m-%d %H:%M}", user=entry.user, n=entry.id),
            where=where)
        self.entry = entry


def score_problem(decision: Decision, s: Score) -> str:
    """Why score ``s`` no longer fits ``decision`` (``""`` when it does)."""
    if not decision.has_option(s.option_id):
        return "the option was deleted after the packet was exported"
    if not decision.has_criterion(s.criterion_id):
        return "the criterion was deleted after the packet was exported"
    crit = decision.criterion(s.criterion_id)
    if crit.scale is None:
        return "the criterion is now a group and is not scored directly"
    return check_score_against_scale(s, crit.scale) or ""


def judgement_problem(decision: Decision, analyst: Analyst, e: Elicitation) -> str:
    """Why the analyst's judgements ``e`` no longer fit ``decision`` (``""`` when they do)."""
    if e.node_id is not None and not decision.has_criterion(e.node_id):
        return "the criterion group was deleted after the packet was exported"
    trial = AnalystInput(analyst_id=analyst.id, elicitations=[e])
    analysts = decision.analysts if any(a.id == analyst.id for a in decision.analysts) else [
        *decision.analysts, analyst]
    try:
        rebuild(decision, "judgements", analysts=analysts, analyst_inputs=[
            *(i for i in decision.analyst_inputs if i.analyst_id != analyst.id), trial])
    except InvalidInputError as exc:
        return f"they no longer fit the criteria tree ({exc.message})"
    return ""


ADDED_BACK = "the analyst is added back with every value they returned"
KEPT = "changed only in this project since the export; the analyst returned it as exported"


def _three_way(kind: Any, key: tuple[str, ...], label: str, base: Any, mine: Any, theirs: Any,
               problem: str, readd: bool = False) -> MergeItem | None:
    if readd and theirs is not None:  # nothing of theirs is left in the project to weigh against
        return MergeItem(kind, key, label, base, mine, theirs, "skipped", problem) if problem else (
            MergeItem(kind, key, label, base, mine, theirs, "take", ADDED_BACK))
    if theirs == base:
        if mine == base:
            return None  # nobody changed it
        # the analyst left it as it was: the project's later change (or clearing) stands, shown
        return MergeItem(kind, key, label, base, mine, theirs, "skipped" if problem else "kept", problem or KEPT)
    if problem:
        return MergeItem(kind, key, label, base, mine, theirs, "skipped", problem)
    if mine == theirs:
        return MergeItem(kind, key, label, base, mine, theirs, "same")
    if mine == base:
        return MergeItem(kind, key, label, base, mine, theirs, "take")
    return MergeItem(kind, key, label, base, mine, theirs, "conflict",
                     "changed in this project and in the packet since the export")


def value_label(decision: Decision, req: PacketRequest | None, kind: str, key: tuple[str, ...]) -> str:
    """A merge value in words ("Alpha × Effect", "weight of Cost"), named from the project or the packet."""
    def name(of: Any, ident: str) -> str:
        for d in (decision,) if req is None else (decision, req.decision):
            if of(d, ident):
                return (d.option(ident) if of is Decision.has_option else d.criterion(ident)).name
        return ident
    if kind == "score":
        return f"{name(Decision.has_option, key[0])} × {name(Decision.has_criterion, key[1])}"
    if kind == "weight":
        return f"weight of {name(Decision.has_criterion, key[0])}"
    return "judgements for the top-level criteria" if not key[0] else (
        f"judgements under {name(Decision.has_criterion, key[0])}")


def plan_import(session: ProjectSession, packet_path: str | Path) -> ImportPlan:
    """Check a returned packet against this project and work out the merge (changes nothing).

    Raises
    ------
    ExchangeFormatError
        The packet is damaged or altered, not filled in, or not issued by this project;
        :class:`AlreadyImportedError` when its import is in effect (take it back first,
        see :mod:`counterweight.services.packet_undo`).
    """
    label = Path(packet_path).name
    packet = read_packet(packet_path)
    req = packet.request
    if not packet.answered or packet.response is None:
        raise ExchangeFormatError(
            Phrase("This packet has not been filled in yet (it is the one exported for {analyst}); import the packet "
                   "they return.", analyst=req.analyst.name), where=label)
    log = session.audit_log()  # read once for both checks
    issued = _issued_hash(log, req.packet_id)
    if issued is None:
        same = req.project.title == session.decision.title  # QA h26c: a copy made with Save As has this title too
        raise ExchangeFormatError(Phrase(
            "This packet was not issued by this project (it came from another project called \u201c{title}\u201d, "
            "exported {when} UTC by {who}); open the project that exported it, perhaps a copy saved with Save As."
            if same else "This packet was not issued by this project (it came from \u201c{title}\u201d, exported {when} "
            "UTC by {who}); open the project that exported it.", title=req.project.title,
            when=f"{req.issued_at:%Y-%m-%d %H:%M}", who=req.issued_by), where=label)
    if issued != packet.request_hash:
        raise ExchangeFormatError(
            Phrase("The packet does not match the one this project exported (content hash differs); it was altered "
                   "after export."), where=label)
    done = last_import(log, req.packet_id)
    if done is not None:
        raise AlreadyImportedError(done, label)
    decision = session.decision
    analyst = next((a for a in decision.analysts if a.id == req.analyst.id), req.analyst)
    readd = not any(a.id == req.analyst.id for a in decision.analysts)
    base, theirs, mine = req.base, packet.response.input, input_of(decision, analyst.id)
    items: list[MergeItem] = []
    keys = sorted({s.key for s in base.scores} | {s.key for s in theirs.scores})
    for key in keys:
        t = theirs.score(*key)
        item = _three_way("score", key, value_label(decision, req, "score", key), base.score(*key),
                          mine.score(*key), t, "" if t is None else score_problem(decision, t), readd)
        items += [item] if item else []
    for cid in sorted(set(base.weights) | set(theirs.weights)):
        problem = "" if decision.has_criterion(cid) else "the criterion was deleted after the packet was exported"
        item = _three_way("weight", (cid,), value_label(decision, req, "weight", (cid,)),
                          base.weights.get(cid),
                          mine.weights.get(cid), theirs.weights.get(cid), problem, readd)
        items += [item] if item else []
    nodes = {e.node_id for e in base.elicitations} | {e.node_id for e in theirs.elicitations}
    for node in sorted(nodes, key=lambda n: n or ""):
        t_e = theirs.elicitation(node)
        problem = "" if t_e is None else judgement_problem(decision, analyst, t_e)
        item = _three_way("judgements", (node or "",),
                          value_label(decision, req, "judgements", (node or "",)),
                          base.elicitation(node), mine.elicitation(node), t_e, problem, readd)
        items += [item] if item else []
    return ImportPlan(packet, analyst, readd, items)


@dataclass(frozen=True)
class ImportPacketEdit(Edit):
    """Merge a returned packet into one analyst's inputs (one undoable, audited step)."""

    analyst: Analyst
    new_input: AnalystInput
    record: dict[str, Any]
    label: str = IMPORT_ACTION

    def apply(self, decision: Decision) -> Applied:
        analysts = decision.analysts
        if not any(a.id == self.analyst.id for a in analysts):
            analysts = [*analysts, self.analyst]  # added back last, where with_input puts unknown ids
        inputs = with_input(decision, self.new_input)
        new = rebuild(decision, f"Packet from {self.analyst.name}", analysts=analysts, analyst_inputs=inputs)
        changes = ChangeSet(parts=frozenset({Part.INFO, Part.SCORES, Part.WEIGHTS}),
                            description=f"{self.label}: {self.analyst.name}")
        old = input_of(decision, self.analyst.id)
        inverse = _UndoImport(decision.analysts, decision.analyst_inputs, changes, self.record)
        target = f"packet from {self.analyst.name}"
        return Applied(new, inverse, changes, target, {**self.record, "input": old.model_dump(mode="json")},
                       {**self.record, "input": self.new_input.model_dump(mode="json")})


@dataclass(frozen=True)
class _UndoImport(Edit):
    analysts: list[Analyst]
    inputs: list[AnalystInput]
    changes: ChangeSet
    record: dict[str, Any]
    label: str = UNDO_IMPORT_ACTION

    def apply(self, decision: Decision) -> Applied:
        new = rebuild(decision, "Undo packet import", analysts=self.analysts, analyst_inputs=self.inputs)
        redo_input = next((i for i in decision.analyst_inputs if i.analyst_id == self.record["analyst_id"]),
                          AnalystInput(analyst_id=self.record["analyst_id"]))
        analyst = next(a for a in decision.analysts if a.id == self.record["analyst_id"])
        redo = ImportPacketEdit(analyst, redo_input, self.record)
        return Applied(new, redo, self.changes, f"packet from {analyst.name}", None, dict(self.record))


def import_edit(session: ProjectSession, plan: ImportPlan, *, prefer: Prefer = "project",
                choices: dict[tuple[str, ...], Prefer] | None = None) -> ImportPacketEdit:
    """The edit that merges ``plan`` (apply it with the session, or the GUI's undo stack)."""
    packet = plan.packet
    assert packet.response is not None
    conflicts = plan.conflicts
    taken = [c for c in conflicts if (choices or {}).get(c.key, prefer) == "packet"]
    record = {
        "packet_id": packet.request.packet_id, "analyst_id": plan.analyst.id,
        "request_hash": packet.request_hash, "response_hash": packet.response_hash,
        "answered_by": packet.response.answered_by, "answered_at": packet.response.answered_at.isoformat(),
        "taken": plan.count("take") + len(taken), "conflicts_kept": len(conflicts) - len(taken),
        "skipped": plan.count("skipped"), "kept": plan.count("kept"), "added_back": plan.readd_analyst,
    }
    return ImportPacketEdit(plan.analyst, plan.merged(session.decision, prefer, choices), record)


def import_packet(session: ProjectSession, packet_path: str | Path, *, prefer: Prefer | None = None,
                  ) -> ImportPlan:
    """Check and merge a returned packet into the project in one audited step.

    With conflicts and no ``prefer``, nothing is changed and an error lists them.
    """
    plan = plan_import(session, packet_path)
    if plan.conflicts and prefer is None:
        listed = "; ".join(c.label for c in plan.conflicts[:10])
        if len(plan.conflicts) > 10:
            listed = and_more(listed, len(plan.conflicts) - 10)
        raise ExchangeFormatError(Phrase(
            "1 value changed both in this project and in the packet since the export ({values}). Nothing was "
            "imported; choose which side to keep." if len(plan.conflicts) == 1 else "{n} values changed both in "
            "this project and in the packet since the export ({values}). Nothing was imported; choose which side to "
            "keep.", n=len(plan.conflicts), values=listed), where=Path(packet_path).name)
    session.apply(import_edit(session, plan, prefer=prefer or "project"))
    return plan


__all__ = ["AlreadyImportedError", "ImportPacketEdit", "ImportPlan", "MergeItem", "Prefer", "Status", "import_edit",
           "import_packet", "judgement_problem", "last_import", "plan_import", "score_problem", "value_label"]


def describe_value(kind: str, value: Any) -> str:
    """A short plain-words form of one merged value, for tables in the CLI and the GUI."""
    if value is None:
        return "(none: shared value used)"
    if kind == "score":
        s: Score = value
        main = s.level if s.level is not None else f"{s.value:g}" if s.value is not None else "(blank)"
        if s.low is not None and s.high is not None:
            main += f" ({s.low:g} to {s.high:g})"
        return main
    if kind == "weight":
        return f"{float(value):g} points"
    e: Elicitation = value
    return f"{e.method.label} judgements" + (f" by {e.elicited_by}" if e.elicited_by else "")


__all__ += ["describe_value"]
