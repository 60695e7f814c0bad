"""Gather what a decision brief needs beyond the decision itself, for the GUI and the CLI.

The brief's analyses run in :func:`counterweight.reports.brief_content.build_brief`;
this module supplies the facts that live outside the engine: the protective
marking in force, who prepares the brief, the analysts named in the weighting
judgements, how each node's weights were elicited (through
:func:`counterweight.services.elicitation.compute_elicitation`) and the state of
the audit trail (:func:`counterweight.services.history.verify_audit`).

:class:`BriefRequest` is gathered where the project is open (reading the audit log
touches the project file) and its :meth:`BriefRequest.build` can then run on a
worker thread.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counterweight.domain import Decision, WeightMethod
from counterweight.domain.errors import CounterweightError
from counterweight.engine.ahp import format_saaty
from counterweight.reports.brief_content import AuditSummary, Brief, ElicitationNote, build_brief
from counterweight.services.elicitation import compute_elicitation, elicitation_is_stale, node_name
from counterweight.services.history import audit_log, verify_audit
from counterweight.services.marking import clean_marking
from counterweight.services.projects import is_project_file, load_decision
from counterweight.services.session import ProjectSession


def os_user() -> str:
    """The operating-system account running Counterweight ('' if it cannot be told)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _judgements(decision: Decision, note_names: dict[str, str], e: object) -> tuple[str, ...]:
    method = e.method  # type: ignore[attr-defined]
    if method is WeightMethod.SWING:
        return tuple(f"{note_names[c]}: {e.swing_points[c]:g}" for c in note_names if c in e.swing_points)  # type: ignore[attr-defined]
    if method in (WeightMethod.ROC, WeightMethod.RANK_SUM):
        ranks = e.ranks  # type: ignore[attr-defined]
        ordered = sorted((r, note_names[c]) for c, r in ranks.items() if c in note_names)
        return tuple(f"{r}. {name}" for r, name in ordered)
    if method is WeightMethod.AHP:
        return tuple(f"{note_names.get(j.first, j.first)} over {note_names.get(j.second, j.second)}: "
                     f"{format_saaty(j.value)}" for j in e.pairwise)  # type: ignore[attr-defined]
    return ()


def elicitation_notes(decision: Decision) -> list[ElicitationNote]:
    """One note per node whose weighting judgements are recorded, in tree order (top level first)."""
    order = {None: -1, **{c.id: k for k, (c, _) in enumerate(decision.walk())}}
    notes: list[ElicitationNote] = []
    for e in sorted(decision.elicitations, key=lambda x: order.get(x.node_id, len(order))):
        base = dict(node_name=node_name(decision, e.node_id), method=e.method.label, elicited_by=e.elicited_by,
                    elicited_at=e.elicited_at, note=e.note)
        try:
            outcome = compute_elicitation(decision, e)
        except CounterweightError as exc:
            notes.append(ElicitationNote(**base, problem=f"These judgements can no longer be used: {exc.message}"))
            continue
        cr = outcome.ahp.cr if outcome.ahp is not None else None
        notes.append(ElicitationNote(
            **base,
            judgements=_judgements(decision, outcome.names, e),
            weights=tuple((outcome.names[c], float(outcome.local[c])) for c in outcome.child_ids),
            consistency_ratio=cr,
            consistency_ok=None if outcome.ahp is None else outcome.ahp.acceptable,
            edited_since=elicitation_is_stale(decision, e.node_id),
        ))
    return notes


def _audit_from(report: object, entries: list) -> AuditSummary:
    times = [x.at for x in entries]
    return AuditSummary(
        entries=len(entries),
        verified=bool(report.ok),  # type: ignore[attr-defined]
        head_hash=report.head_hash,  # type: ignore[attr-defined]
        problem=report.problem,  # type: ignore[attr-defined]
        note=report.note,  # type: ignore[attr-defined]
        first_at=min(times) if times else None,
        last_at=max(times) if times else None,
        users=tuple(dict.fromkeys(x.user for x in reversed(entries) if x.user)),
    )


def audit_summary(source: ProjectSession | str | os.PathLike[str]) -> AuditSummary | None:
    """The audit trail of an open project or a ``.counterweight`` file; ``None`` for a decision (.json) file."""
    if isinstance(source, ProjectSession):
        return _audit_from(verify_audit(source), source.audit_log())
    path = Path(source)
    if not is_project_file(path):
        return None
    return _audit_from(verify_audit(path), audit_log(path))


@dataclass(frozen=True)
class BriefRequest:
    """Everything needed to build a brief; :meth:`build` runs the analyses (safe on a worker thread)."""

    decision: Decision
    marking: str
    prepared_by: str
    analysts: tuple[str, ...]
    elicitations: tuple[ElicitationNote, ...]
    audit: AuditSummary | None
    source_name: str

    def build(self, progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Brief:
        """Run the brief's analyses (SMAA-2 may take a few seconds) and return the brief."""
        return build_brief(
            self.decision, marking=self.marking, prepared_by=self.prepared_by, analysts=self.analysts,
            elicitations=self.elicitations, audit=self.audit, source_name=self.source_name,
            progress=progress, cancelled=cancelled,
        )


def _request(decision: Decision, audit: AuditSummary | None, source_name: str, marking: str | None,
             where: str) -> BriefRequest:
    chosen = decision.marking if marking is None else clean_marking(marking, where=where)
    analysts = tuple(dict.fromkeys(e.elicited_by for e in decision.elicitations if e.elicited_by))
    return BriefRequest(decision, chosen, os_user(), analysts, tuple(elicitation_notes(decision)), audit,
                        source_name)


def request_for_session(session: ProjectSession, *, marking: str | None = None) -> BriefRequest:
    """A brief request for the open project (``marking`` replaces the project's own for this brief only)."""
    return _request(session.decision, audit_summary(session), session.path.name, marking, "protective marking")


def request_for_file(path: str | os.PathLike[str], *, marking: str | None = None) -> BriefRequest:
    """A brief request for a ``.counterweight`` project or a ``.json`` decision file (read only).

    Raises
    ------
    CounterweightError
        The file is missing or not a valid decision; ``marking`` is too long (names ``--marking``).
    """
    p = Path(path)
    decision = load_decision(p)
    return _request(decision, audit_summary(p), p.name, marking, "--marking")


__all__ = ["BriefRequest", "audit_summary", "elicitation_notes", "os_user", "request_for_file",
           "request_for_session"]
