"""Offline elicitation packets: export one analyst's packet, fill it in elsewhere, merge it back.

The round trip (see :mod:`counterweight.services.packet_format` for the file):

1. :func:`export_packet` — the project writes a packet for one named analyst: the
   shared inputs to work from and the analyst's own inputs so far. The export is
   recorded in the project's audit log with the packet's id and content hash.
2. :func:`open_packet` — on the analyst's (air-gapped) workstation, Counterweight
   turns the packet into a working project in which the analyst is the only one
   named; they give their own scores, weights and judgements in their view.
3. :func:`return_packet` — the working project seals the analyst's inputs into a
   returned packet.
4. ``plan_import`` / ``import_packet`` (:mod:`counterweight.services.packet_merge`) — the issuing project checks the
   packet is one it issued and was not altered, then merges the answers three
   ways (inputs at export, the project's inputs now, the packet's answers). A
   value changed on both sides is a *conflict*: it is shown and kept as the project
   has it unless the user chooses the packet's value. The merge is one audited,
   undoable edit; a failed import changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from counterweight import __version__
from counterweight.domain import Decision, ExchangeFormatError, InvalidInputError
from counterweight.engine.phrase import Phrase, quoted_name
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings
from counterweight.services.analyst_edits import input_of
from counterweight.services.edits import rebuild
from counterweight.services.import_origin import packet_origin
from counterweight.services.packet_format import (
    PacketRequest,
    packet_text,
    read_packet,
    request_dict,
    request_digest,
    write_packet,
)
from counterweight.services.packet_origin import (
    EXPORT_ACTION,
    IMPORT_ACTION,
    OPEN_ACTION,
    RETURN_ACTION,
    UNDO_IMPORT_ACTION,
    packet_request_of,
)
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import PROJECT_SUFFIX
from counterweight.storage.audit import current_user


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def find_analyst(decision: Decision, name_or_id: str) -> Analyst:
    """The analyst with the id ``name_or_id``, else the one so named (case-insensitive).

    Raises
    ------
    InvalidInputError
        No analyst has that id or name, or several share the name (then the id is
        needed); the message lists the analysts with their ids.
    """
    for a in decision.analysts:
        if a.id == name_or_id:
            return a
    wanted = name_or_id.strip().casefold()
    found = [a for a in decision.analysts if a.name.strip().casefold() == wanted]
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(repr(a.id) + (f" ({a.role})" if a.role else "") for a in found)
        raise InvalidInputError(
            f"{len(found)} analysts in this project are called {found[0].name!r} (ids {ids}); "
            "give the id of the one you mean instead of the name.", where="analyst")
    names = ", ".join(f"{a.name!r} (id {a.id!r})" for a in decision.analysts) or "none yet"
    raise InvalidInputError(
        f"There is no analyst called {name_or_id!r} in this project (analysts: {names}). "
        "Name the analyst first in the app (Edit > Analysts\u2026).",
        where="analyst",
    )


def _work_decision(decision: Decision, analyst: Analyst, base: AnalystInput) -> Decision:
    """The shared decision an analyst works from: only them named, no other analyst's inputs.

    Other analysts' judgements stay at home (so they cannot anchor this one), and
    so do snapshots, weight sets and scenarios, which the packet does not return.
    So does the recorded recommendation and decision: it would anchor the analyst too.
    """
    return rebuild(
        decision, "Elicitation packet",
        analysts=[analyst], analyst_inputs=[] if base.is_empty else [base], group=GroupSettings(),
        weight_sets=[], scenarios=[], snapshots=[], conclusion=None,
    )


# ------------------------------------------------------------------ 1. export


def export_packet(
    session: ProjectSession, analyst_name: str, out: str | Path, *, instructions: str = ""
) -> tuple[Path, PacketRequest]:
    """Write an elicitation packet for one analyst and record the export in the audit log.

    Returns
    -------
    (Path, PacketRequest)
        The packet written (``.cwpacket`` added when missing) and its request.
    """
    decision = session.decision
    analyst = find_analyst(decision, analyst_name)
    base = input_of(decision, analyst.id)
    request = PacketRequest(
        packet_id=uuid.uuid4().hex, issued_at=_now(), issued_by=current_user(), app_version=__version__,
        project={"decision_id": decision.id, "title": decision.title}, analyst=analyst,
        instructions=instructions, base=base, decision=_work_decision(decision, analyst, base),
    )
    data = request_dict(request)
    text = packet_text(data)
    digest = request_digest(data)
    if session.read_only:  # refuse before writing anything the project cannot vouch for
        reason = session.read_only_reason
        raise InvalidInputError(Phrase("The packet cannot be recorded: this project is open read-only. {reason}",
                                       reason=reason) if reason.strip() else
                                Phrase("The packet cannot be recorded: this project is open read-only."))
    target = write_packet(out, text)
    session.record_event(EXPORT_ACTION, f"packet for {analyst.name}", after={
        "packet_id": request.packet_id, "analyst_id": analyst.id, "request_hash": digest, "file": target.name,
    })
    return target, request


# ------------------------------------------------------------------ 2. open on the analyst's machine


def open_packet(packet_path: str | Path, project_path: str | Path, *, overwrite: bool = False) -> ProjectSession:
    """Create a working project from an exported packet, for the analyst to fill in.

    The packet's request is recorded in the working project's audit log, so
    :func:`return_packet` can seal the answers against exactly what was issued.
    ``.counterweight`` is added to ``project_path`` when it lacks it (as
    :func:`export_packet` adds ``.cwpacket``), so the other commands accept the file. The
    history starts as an import's does, with the packet as its origin (:mod:`.import_origin`).
    """
    project_path = Path(project_path)
    if project_path.suffix.lower() != PROJECT_SUFFIX:
        project_path = project_path.with_name(project_path.name + PROJECT_SUFFIX)
    packet = read_packet(packet_path)
    if packet.answered:
        raise ExchangeFormatError(
            Phrase("This packet has already been filled in; import it into the project that issued it (File > "
                   "Elicitation packets > Import returned packet)."), where=Path(packet_path).name)
    req = packet.request
    notice = (f"Elicitation packet for {req.analyst.name} from \u201c{req.project.title}\u201d. Give your own "
              "scores, weights and judgements in your view, then return the packet (File > Elicitation packets).")
    if req.instructions:
        notice += f" Instructions: {req.instructions}"
    decision = rebuild(req.decision, "Elicitation packet", notice=notice[:2000])
    origin = packet_origin(packet_path, req.analyst.name, app_version=req.app_version, issued_at=req.issued_at)
    session = ProjectSession.create(Path(project_path), decision, overwrite=overwrite, origin=origin)
    try:
        session.record_event(OPEN_ACTION, f"packet {req.packet_id}", after={
            "request": request_dict(req), "request_hash": packet.request_hash,
        })
    except BaseException:
        session.close()
        raise
    return session


# ------------------------------------------------------------------ 3. return


@dataclass(frozen=True)
class ReturnSummary:
    """What a returned packet holds."""

    path: Path
    analyst: str
    scores: int
    weights: int
    judgements: int
    shared_changes: int  # shared values edited in the working copy, which are not returned


def return_packet(session: ProjectSession, out: str | Path, *, note: str = "") -> ReturnSummary:
    """Seal the analyst's inputs in a working project into a returned packet at ``out``."""
    found = packet_request_of(session)
    if found is None:
        raise InvalidInputError(
            Phrase("\u201c{name}\u201d was not made from an elicitation packet, so there is nothing to return. Open the "
                   "packet file you were sent (File > Open) and fill it in there.", name=session.path.name))
    request, _ = found
    req = PacketRequest.model_validate(request)
    decision = session.decision
    if not any(a.id == req.analyst.id for a in decision.analysts):
        raise InvalidInputError(Phrase("The analyst {name} was removed from this working copy; their answers cannot "
                                       "be returned.", name=quoted_name(req.analyst.name)))
    answers = input_of(decision, req.analyst.id)
    response = {
        "answered_at": _now().isoformat(), "answered_by": current_user(), "app_version": __version__,
        "note": note, "input": answers.model_dump(mode="json", exclude_none=True),
    }
    target = write_packet(out, packet_text(request, response))
    shared = sum(1 for s in decision.scores if req.decision.score(*s.key) != s)
    shared += sum(1 for s in req.decision.scores if decision.score(*s.key) is None)
    if not session.read_only:
        session.record_event(RETURN_ACTION, f"packet {req.packet_id}", after={"file": target.name})
    return ReturnSummary(target, req.analyst.name, len(answers.scores), len(answers.weights),
                         len(answers.elicitations), shared)


__all__ = [
    "EXPORT_ACTION", "IMPORT_ACTION", "OPEN_ACTION", "RETURN_ACTION", "UNDO_IMPORT_ACTION", "ReturnSummary",
    "export_packet", "find_analyst", "open_packet", "packet_request_of", "return_packet",
]
