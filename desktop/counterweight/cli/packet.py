"""``counterweight packet``: the offline elicitation round trip for one analyst.

- ``packet export FILE --analyst NAME -o PACKET`` writes a packet for one analyst
  and records the export (id and content hash) in FILE's history.
- ``packet open PACKET -o WORK.counterweight`` makes a working project from it on
  the analyst's workstation; ``packet return WORK.counterweight -o ANSWERED``
  seals their own scores, weights and judgements into the returned packet.
- ``packet import FILE PACKET`` checks that the packet was issued by FILE and not
  altered, shows the merge, and applies it as one audited step. Values changed on
  both sides (conflicts) are listed; nothing is imported until ``--prefer`` says
  which side wins. ``--dry-run`` shows the merge and changes nothing.
- ``packet undo-import FILE PACKET`` takes an import back later (the window's Undo
  only reaches imports made in that window): a new audited step that puts back the
  values the import replaced, after which the packet can be imported again.
- ``packet show PACKET`` describes a packet and checks its content hashes.
"""

from __future__ import annotations

import argparse
import shlex
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counterweight.cli.files import origin_lines, project_target, refuse_overwrite, refuse_stdout
from counterweight.cli.output import format_table, print_error, print_lines, shorten, write_json
from counterweight.domain.wording import count

if TYPE_CHECKING:  # services load only when the command runs (fast --help)
    from counterweight.services.packet_merge import ImportPlan

_IMPORT_HELP = """\
Merge a returned elicitation packet into FILE, the project that exported it.
The packet must have been issued by FILE (its id and content hash are in FILE's
history) and must not have been altered since; otherwise nothing happens and the
exit status is 2. Each value the analyst changed is merged three ways:
  take      only the analyst changed it: the packet's value is used
  same      the project already has the packet's value
  kept      only FILE changed (or cleared) it since the export: FILE's value stays
  conflict  changed in FILE and in the packet since the export
  skipped   no longer fits FILE (its option or criterion was deleted, its scale changed)
With conflicts, nothing is imported unless --prefer project (keep FILE's values)
or --prefer packet (take the analyst's) says which side wins. An analyst removed
from FILE since the export is added back with every value of the packet (take).
A packet is imported once; 'packet undo-import' takes an import back so that it
can be imported again (for instance with the other --prefer).
"""

_UNDO_HELP = """Take back the import of PACKET into FILE, as a new step in FILE's history (the
history is never rewritten). Each value the import changed is put back as it was
before, unless it was changed again since (then it is left as it is now, and
listed). An analyst the import added back is removed again when nothing of theirs
is left. Afterwards the packet can be imported again. Undo in the window does the
same for an import made in that window since the project was opened.
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``packet`` command with its ``export``, ``open``, ``return``, ``import`` and ``show`` actions."""
    parents = list(parents)
    packet = commands.add_parser(
        "packet", parents=parents, help="offline elicitation packets: export, fill in, return, import",
        description="Offline elicitation packets for analysts on other (air-gapped) workstations.",
    )
    actions = packet.add_subparsers(dest="packet_command", metavar="ACTION", title="actions", required=True)

    export = actions.add_parser("export", parents=parents, help="write a packet for one analyst",
                                description="Write an elicitation packet for one analyst named in FILE and "
                                            "record the export in FILE's history.")
    export.add_argument("file", metavar="FILE", help="the .counterweight project issuing the packet")
    export.add_argument("--analyst", required=True, metavar="NAME_OR_ID",
                        help="the analyst's name in FILE, or their id when two analysts share a name "
                             "(an unknown or shared name lists the analysts with their ids)")
    export.add_argument("-o", "--output", required=True, metavar="PACKET", help="the packet file to write")
    export.add_argument("--instructions", default="", metavar="TEXT", help="a note shown to the analyst")
    export.add_argument("--force", action="store_true", help="replace PACKET if it already exists")
    export.set_defaults(run=run_export)

    open_ = actions.add_parser("open", parents=parents, help="make a working project from a packet",
                               description="Create a working project from an exported packet, in which the "
                                           "analyst gives their own scores, weights and judgements.")
    open_.add_argument("packet", metavar="PACKET", help="the packet you were sent")
    open_.add_argument("-o", "--output", required=True, metavar="WORK",
                       help="the project to create ('.counterweight' is added when missing)")
    open_.add_argument("--force", action="store_true", help="replace WORK if it already exists")
    # '--overwrite' was this option's first name; it stays, unlisted, so older scripts keep working.
    open_.add_argument("--overwrite", action="store_true", dest="force", help=argparse.SUPPRESS)
    open_.set_defaults(run=run_open, file=None)

    ret = actions.add_parser("return", parents=parents, help="seal a filled-in working project as a packet",
                             description="Write the analyst's own inputs in WORK into a returned packet.")
    ret.add_argument("file", metavar="WORK", help="the working project made with 'packet open'")
    ret.add_argument("-o", "--output", required=True, metavar="PACKET", help="the returned packet to write")
    ret.add_argument("--note", default="", metavar="TEXT", help="a note to the project's owner")
    ret.add_argument("--force", action="store_true", help="replace PACKET if it already exists")
    ret.set_defaults(run=run_return)

    imp = actions.add_parser("import", parents=parents, help="merge a returned packet into its project",
                             description=_IMPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("file", metavar="FILE", help="the .counterweight project that exported the packet")
    imp.add_argument("packet", metavar="PACKET", help="the returned packet")
    imp.add_argument("--prefer", choices=["project", "packet"], help="which side wins a conflict")
    imp.add_argument("--dry-run", action="store_true", help="show the merge, change nothing")
    imp.add_argument("--json", action="store_true", help="print the merge as JSON")
    imp.set_defaults(run=run_import)

    undo = actions.add_parser("undo-import", parents=parents, help="take back a packet's import",
                              description=_UNDO_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    undo.add_argument("file", metavar="FILE", help="the .counterweight project the packet was imported into")
    undo.add_argument("packet", metavar="PACKET", help="the packet whose import to take back")
    undo.add_argument("--dry-run", action="store_true", help="show what would be put back, change nothing")
    undo.set_defaults(run=run_undo_import)

    show = actions.add_parser("show", parents=parents, help="describe a packet and check its hashes",
                              description="Describe a packet (issuer, analyst, answers) and check its content "
                                          "hashes. Exit status 2 if it was altered.")
    show.add_argument("packet", metavar="PACKET", help="a packet file")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=run_show, file=None)


def _packet_target(output: str, force: bool) -> Path:
    """Where a packet goes (``.cwpacket`` added when missing), refusing ``-`` and, without --force, a file.

    A packet is a file to carry to another workstation: its content hashes must reach it
    byte for byte, which a console (that may replace characters it cannot show) does not
    promise, and the issuing project records the packet's file name. So ``-o -`` is
    refused instead of writing to standard output. The check is here, not in the
    service, because the window's save dialog asks before replacing a file.
    """
    from counterweight.services.packet_format import packet_path

    refuse_stdout(output, "a packet")
    target = packet_path(output)
    refuse_overwrite(target, force)
    return target


def run_export(args: argparse.Namespace) -> int:
    from counterweight.services.packets import export_packet
    from counterweight.services.session import ProjectSession

    _packet_target(args.output, args.force)
    with ProjectSession.open(args.file) as session:
        target, req = export_packet(session, args.analyst, args.output, instructions=args.instructions)
    print_lines([f"Wrote {target} for {req.analyst.name} (packet {req.packet_id}).",
                 ("The export is recorded in the project's history; import the returned packet with: "
                 f"counterweight packet import {shlex.quote(str(args.file))} RETURNED")])
    return 0


def run_open(args: argparse.Namespace) -> int:
    from counterweight.services.packets import open_packet

    refuse_stdout(args.output, "a working project")
    refuse_overwrite(project_target(args.output), args.force)
    with open_packet(args.packet, args.output, overwrite=args.force) as session:
        path, who = session.path, session.decision.analysts[0].name
    print_lines([f"Created {path} for {who}.", *origin_lines(path),  # h27a: as ``import`` says it
                 ("Open it in Counterweight, give your own scores and weights in your view, then write the "
                 f"returned packet with: counterweight packet return {shlex.quote(str(path))} -o RETURNED")])
    return 0


def run_return(args: argparse.Namespace) -> int:
    from counterweight.services.packets import return_packet
    from counterweight.services.session import ProjectSession

    _packet_target(args.output, args.force)
    with ProjectSession.open(args.file) as session:
        summary = return_packet(session, args.output, note=args.note)
    lines = [(f"Wrote {summary.path}: {summary.analyst}'s {count(summary.scores, 'score')}, "
              f"{count(summary.weights, 'weight')} and "
              f"{count(summary.judgements, 'set of judgements', 'sets of judgements')}.")]
    if summary.shared_changes:
        n = summary.shared_changes
        lines.append(f"Note: {count(n, 'shared score')} {'was' if n == 1 else 'were'} changed in this working "
                     f"copy; only {summary.analyst}'s own inputs are returned.")
    print_lines(lines)
    return 0


def _plan_rows(plan: ImportPlan) -> list[dict[str, Any]]:
    from counterweight.services.packet_merge import describe_value

    return [{"kind": i.kind, "key": list(i.key), "what": i.label, "status": i.status, "reason": i.reason,
             "at_export": describe_value(i.kind, i.base), "project": describe_value(i.kind, i.mine),
             "packet": describe_value(i.kind, i.theirs)} for i in plan.items]


def _undo_args(args: argparse.Namespace) -> str:
    return f"{shlex.quote(str(args.file))} {shlex.quote(str(args.packet))}"


def run_import(args: argparse.Namespace) -> int:
    from counterweight.domain import ExchangeFormatError
    from counterweight.services.packet_merge import AlreadyImportedError, import_packet, plan_import
    from counterweight.services.session import ProjectSession

    with ProjectSession.open(args.file, read_only=args.dry_run) as session:
        try:
            plan = plan_import(session, args.packet)
        except AlreadyImportedError as exc:
            done = exc.entry
            raise ExchangeFormatError(
                f"this packet was already imported on {done.at:%Y-%m-%d %H:%M} UTC by {done.user} (history entry "
                f"#{done.id}). To import it again, take that import back first with 'counterweight packet "
                f"undo-import {_undo_args(args)}'.", where=exc.where) from None
        applied, entry_id = False, 0
        if not args.dry_run and (args.prefer or not plan.conflicts):
            import_packet(session, args.packet, prefer=args.prefer or "project")
            applied, entry_id = True, session.audit_log(limit=1)[0].id
    rows = _plan_rows(plan)
    if args.json:
        write_json({"file": args.file, "packet": args.packet, "analyst": plan.analyst.name,
                    "packet_id": plan.packet.request.packet_id, "applied": applied, "prefer": args.prefer,
                    "history_entry": entry_id if applied else None, "items": rows})
    else:
        resp = plan.packet.response
        who = f"{plan.analyst.name} (answered {resp.answered_at:%Y-%m-%d %H:%M} UTC by {resp.answered_by})" if resp \
            else plan.analyst.name
        lines = [f"Packet {plan.packet.request.packet_id} from {who}"]
        if resp and resp.note:
            lines += textwrap.wrap(f"Note: {resp.note}", 100)
        if plan.readd_analyst:
            lines.append(f"{plan.analyst.name} is no longer named in the project and will be added back with every "
                         "value of the packet.")
        lines += format_table(["What", "Status", "At export", "Project now", "Packet"],
                              [[shorten(r["what"], 44), r["status"], shorten(r["at_export"], 24),
                                shorten(r["project"], 24), shorten(r["packet"], 24)] for r in rows]) if rows else [
            "The analyst changed nothing."]
        for r in rows:
            if r["status"] == "skipped":
                lines.append(f"skipped {r['what']}: {r['reason']}")
        if applied:
            lines += [f"Imported as one step in the project's history (entry #{entry_id}).",
                      ("To take it back (it puts back the values this import replaced; the packet can then be "
                       f"imported again): counterweight packet undo-import {_undo_args(args)}")]
        elif args.dry_run:
            lines.append("Dry run: nothing was changed.")
        else:
            lines.append(f"{count(len(plan.conflicts), 'conflict')}: nothing was imported. Run again with --prefer "
                         "project (keep the project's values) or --prefer packet (take the analyst's).")
        print_lines(lines)
    if applied or args.dry_run:
        return 0
    # Exit status 2 comes with its one error line on stderr, as for any other refused input.
    print_error(f"{args.packet}: {count(len(plan.conflicts), 'conflict')} with the project, so nothing was "
                "imported; settle them with --prefer project (keep the project's values) or --prefer packet "
                "(take the analyst's), or review them first with --dry-run")
    return 2


def run_undo_import(args: argparse.Namespace) -> int:
    from counterweight.services.packet_undo import plan_take_back, take_back_import
    from counterweight.services.session import ProjectSession

    with ProjectSession.open(args.file, read_only=args.dry_run) as session:
        back = plan_take_back(session, args.packet) if args.dry_run else take_back_import(session, args.packet)
        entry_id = 0 if args.dry_run else session.audit_log(limit=1)[0].id
    done = back.entry
    lines = [(f"The import of {back.analyst.name}'s packet made {done.at:%Y-%m-%d %H:%M} UTC by {done.user} "
              f"(history entry #{done.id}):")]
    lines += [f"put back: {what}" for what in back.restored]
    lines += [f"left as it is now: {what}" for what in back.left]
    if not back.restored and not back.left:
        lines.append("Nothing of that import is left to put back.")
    if back.remove_analyst:
        lines.append(f"{back.analyst.name}, whom the import added back, is removed again.")
    if args.dry_run:
        lines.append("Dry run: nothing was changed.")
    else:
        lines.append(f"Taken back as a new step in the project's history (entry #{entry_id}); the packet can be "
                     "imported again.")
    print_lines(lines)
    return 0


def _wrapped(label: str, text: str) -> list[str]:
    """``label: text`` wrapped to the report width, each paragraph of ``text`` kept; nothing for no text."""
    if not text.strip():
        return []
    lines: list[str] = []
    for k, para in enumerate(text.strip().splitlines()):
        first = f"{label}: " if k == 0 else "  "
        lines += textwrap.wrap(para, 100, initial_indent=first, subsequent_indent="  ") or [""]
    return lines


def run_show(args: argparse.Namespace) -> int:
    from counterweight.services.packet_format import read_packet

    packet = read_packet(args.packet)
    req, resp = packet.request, packet.response
    info = {"packet_id": req.packet_id, "project": req.project.title, "analyst": req.analyst.name,
            "issued_at": req.issued_at.isoformat(), "issued_by": req.issued_by, "request_hash": packet.request_hash,
            "answered": resp is not None, "answered_at": resp.answered_at.isoformat() if resp else None,
            "answered_by": resp.answered_by if resp else None, "response_hash": packet.response_hash,
            "scores": len(resp.input.scores) if resp else 0, "weights": len(resp.input.weights) if resp else 0,
            "judgements": len(resp.input.elicitations) if resp else 0, "hashes": "ok",
            "instructions": req.instructions, "note": resp.note if resp else None}
    if args.json:
        write_json(info)
        return 0
    state = (f"answered {resp.answered_at:%Y-%m-%d %H:%M} UTC by {resp.answered_by}: "
             f"{count(info['scores'], 'score')}, {count(info['weights'], 'weight')}, "
             f"{count(info['judgements'], 'set of judgements', 'sets of judgements')}") if resp else "not filled in yet"
    lines = [f"Elicitation packet {req.packet_id} for {req.analyst.name}",
             f"from \u201c{req.project.title}\u201d, issued {req.issued_at:%Y-%m-%d %H:%M} UTC by {req.issued_by}",
             f"state: {state}"]
    lines += _wrapped("instructions", req.instructions)
    lines += _wrapped("note from the analyst", resp.note if resp else "")
    print_lines([*lines, "content hashes: ok (not altered since written)"])
    return 0


__all__ = ["register", "run_export", "run_import", "run_open", "run_return", "run_show", "run_undo_import"]
