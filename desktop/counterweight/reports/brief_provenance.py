"""What a brief was made from: the project's history, its latest snapshot and the application version.

A brief printed today and a brief printed next week from the same file may differ,
so the title block says which state of the project this one shows: how many changes
the project's history recorded and when the last was made, whether the chain
verified and the start of its head hash (the History panel and the Audit summary
show the whole hash, so a reader can match the brief to the file), the latest
snapshot with the changes made since it, and the version of Counterweight that
computed the figures. ``counterweight report`` prints the same facts as one line
(:func:`provenance_line`).
"""

from __future__ import annotations

import datetime as dt

from counterweight.domain.wording import count
from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import esc
from counterweight.reports.english_dates import zoned_date_time

#: Leading hex digits of the head hash quoted in the title block (the Audit summary gives it whole).
HASH_DIGITS = 12
NOT_VERIFIED = "NOT verified"
#: How far a snapshot's stored time may lie outside the history's period (taking it is recorded just after).
SLACK = dt.timedelta(minutes=1)


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.timezone.utc)


def _when(brief: Brief, at: dt.datetime) -> str:
    """``at`` in the brief's own time zone (the title block's Date), as "28 November 2026, 14:02 (UTC+01:00)"."""
    return zoned_date_time(at, brief.created.tzinfo)


def history_text(brief: Brief) -> str:
    """The project's history as the brief was made: changes, the last one's time, the hash and its check."""
    audit = brief.audit
    if audit is None:
        return "none: this brief was made from a decision file, which keeps no history of changes"
    if audit.entries == 0:
        return "no change recorded yet (a new project)"
    text = count(audit.entries, "recorded change")
    if audit.last_at is not None:
        text += f", the last on {_when(brief, audit.last_at)}"
    if not audit.verified:
        return text + f"; {NOT_VERIFIED}: the history may have been altered (see the Audit summary)"
    if audit.head_hash:
        return text + f"; verified, head hash {audit.head_hash[:HASH_DIGITS]}\u2026"  # as the History panel names it
    return text + "; verified"


def time_doubt(brief: Brief, at: dt.datetime) -> str:
    """Why a snapshot's stored time cannot be what the history says (QA 31 item 17), or ``""``.

    The time is stored with the snapshot and an imported file can set it to anything: one later than the
    brief, or outside the period of the project's history, is said to be so rather than printed as fact.
    """
    at, audit = _aware(at), brief.audit
    if at > _aware(brief.created) + SLACK:
        return "the time stored with this snapshot is later than the time this brief was made, so it cannot be right"
    if audit is None or not audit.entries or audit.first_at is None or audit.last_at is None:
        return ""
    if at < _aware(audit.first_at) - SLACK:
        edge = f"before the first change the project's history records, {_when(brief, audit.first_at)},"
    elif at > _aware(audit.last_at) + SLACK:
        edge = f"after the last change the project's history records, {_when(brief, audit.last_at)},"
    else:
        return ""
    return f"the time stored with this snapshot is {edge} so the history cannot confirm it"


def snapshot_text(brief: Brief) -> str:
    """The latest snapshot, when it was taken and the changes since; ``""`` when there is none."""
    snapshots = brief.decision.snapshots
    if not snapshots:
        return ""
    snap = max(snapshots, key=lambda s: _aware(s.taken_at))
    text = f"\u2018{snap.name}\u2019, {_when(brief, snap.taken_at)}"
    if snap.taken_by:
        text += f", by {snap.taken_by}"
    doubt = time_doubt(brief, snap.taken_at)
    text += f"; {doubt}" if doubt else ""
    audit = brief.audit
    if audit is None:
        return text + "; the changes since are not known (a decision file keeps no history)"
    since = dict(audit.since_snapshots).get(snap.id)
    if since is None:
        return text + "; the changes since are not recorded"
    return text + ("; no change since" if since == 0 else f"; {count(since, 'change')} since")


def provenance_rows(brief: Brief) -> list[tuple[str, str]]:
    """(label, plain text) rows for the title block: history, latest snapshot (if any), version."""
    rows = [("Project history", history_text(brief))]
    snapshot = snapshot_text(brief)
    if snapshot:
        rows.append(("Latest snapshot", snapshot))
    rows.append(("Made with", f"Counterweight {brief.app_version}"))
    return rows


def provenance_html_rows(brief: Brief) -> list[tuple[str, str]]:
    """:func:`provenance_rows` as escaped markup, a failed check in bold."""
    return [(label, esc(text).replace(NOT_VERIFIED, f"<b>{NOT_VERIFIED}</b>"))
            for label, text in provenance_rows(brief)]


def provenance_line(brief: Brief) -> str:
    """The same facts as one line, for ``counterweight report``."""
    return "; ".join(f"{label}: {text}" for label, text in provenance_rows(brief)) + "."


__all__ = ["HASH_DIGITS", "SLACK", "history_text", "provenance_html_rows", "provenance_line", "provenance_rows",
           "snapshot_text", "time_doubt"]
