"""The brief's provenance (QA 25 item 13): which state of the project it shows, and the version.

The title block names the history's recorded changes, the last one's time, whether the
chain verified and the head hash's first 12 digits (the History panel shows it whole),
the latest snapshot with the changes since, and the Counterweight version; a decision
file, a new project and a history that fails to verify each say so.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from counterweight import __version__
from counterweight.domain.perspectives import Snapshot
from counterweight.reports.brief_content import AuditSummary, build_brief
from counterweight.reports.brief_html import title_block
from counterweight.services import exchange
from counterweight.services.briefing import audit_summary, request_for_file, request_for_session
from counterweight.services.edits import SetWeight
from counterweight.services.history import verify_audit
from counterweight.services.marking import SetMarking
from counterweight.services.perspectives import TakeSnapshot
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

UTC = dt.timezone.utc


def _worked_project(path: Path) -> None:
    """A project with a snapshot taken after one edit and two edits made since."""
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetWeight("harm", 2.0))
        session.apply(TakeSnapshot.of(session.decision, "Submitted to Private Office", taken_by="Ann Hughes"))
        session.apply(SetWeight("harm", 3.0))
        session.apply(SetMarking("OFFICIAL"))


def test_the_title_block_names_the_history_the_snapshot_and_the_version(tmp_path: Path) -> None:
    path = tmp_path / "p.counterweight"
    _worked_project(path)
    with ProjectSession.open(path) as session:
        brief = request_for_session(session).build()
        entries = len(session.audit_log())
    head = verify_audit(path).head_hash
    html = title_block(brief)
    assert f"{entries} recorded changes, the last on " in html
    assert f"verified, head hash {head[:12]}\u2026" in html and head[12:] not in html
    assert "Latest snapshot" in html and "\u2018Submitted to Private Office\u2019" in html
    assert "by Ann Hughes; 2 changes since" in html  # the weight and the marking, not the snapshot itself
    assert f"Counterweight {__version__}" in html
    # the command line's brief of the same file carries the same facts
    from counterweight.reports.brief_provenance import provenance_line

    assert provenance_line(request_for_file(path).build()) == provenance_line(brief)


def test_the_snapshot_just_taken_has_no_change_since(tmp_path: Path) -> None:
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(TakeSnapshot.of(session.decision, "Baseline"))
        brief = request_for_session(session).build()
    assert "\u2018Baseline\u2019, " in title_block(brief) and "; no change since" in title_block(brief)


def test_a_snapshot_no_entry_took_counts_the_changes_after_its_time(tmp_path: Path) -> None:
    """A project created from a decision that already held a snapshot (no 'Take snapshot' entry)."""
    old = dt.datetime(2020, 1, 2, 3, 4, tzinfo=UTC)
    snap = Snapshot(id="snap-1", name="Imported baseline", taken_at=old, decision=small_decision())
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision().model_copy(update={"snapshots": [snap]})) as session:
        session.apply(SetWeight("harm", 2.0))
        count = len(session.audit_log())
        audit = audit_summary(session)
    assert audit is not None and dict(audit.since_snapshots) == {"snap-1": count}
    assert dict(audit_summary(path, request_for_file(path).decision).since_snapshots) == {"snap-1": count}


def test_a_decision_file_says_it_keeps_no_history(tmp_path: Path) -> None:
    snap = Snapshot(id="snap-1", name="Sent", taken_at=dt.datetime(2026, 11, 27, 14, 2, tzinfo=UTC),
                    decision=small_decision())
    source = tmp_path / "d.json"
    exchange.write_file(source, small_decision().model_copy(update={"snapshots": [snap]}))
    brief = request_for_file(source).build()
    html = title_block(brief)
    assert "Project history" in html and "made from a decision file, which keeps no history" in html
    assert "\u2018Sent\u2019, 27 November 2026" in html and "the changes since are not known" in html


def test_a_new_project_and_a_failed_check_are_said_plainly(tmp_path: Path) -> None:
    created = dt.datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
    fresh = build_brief(small_decision(), audit=AuditSummary(entries=0, verified=True), created=created)
    assert "no change recorded yet (a new project)" in title_block(fresh)
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetWeight("harm", 2.0))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit SET new = '7' WHERE id = (SELECT max(id) FROM audit)")
    html = title_block(request_for_file(path).build())
    assert "2 recorded changes" in html and "<b>NOT verified</b>: the history may have been altered" in html
    assert "head hash" not in html


def test_times_are_given_in_the_briefs_own_time_zone() -> None:
    zone = dt.timezone(dt.timedelta(hours=1))
    audit = AuditSummary(entries=3, verified=True, head_hash="ab" * 32,
                         last_at=dt.datetime(2026, 11, 27, 13, 2, tzinfo=UTC))
    brief = build_brief(small_decision(), audit=audit, created=dt.datetime(2026, 11, 28, 9, 0, tzinfo=zone))
    assert "3 recorded changes, the last on 27 November 2026, 14:02 (UTC+01:00); verified, head hash " \
        "abababababab\u2026" in title_block(brief)


def _brief_with_snapshot(taken_at: dt.datetime, *, audit: bool = True):
    snap = Snapshot(id="s1", name="Sent", taken_at=taken_at, decision=small_decision())
    summary = AuditSummary(entries=4, verified=True, head_hash="cd" * 32, since_snapshots=(("s1", 1),),
                           first_at=dt.datetime(2026, 11, 28, 9, 0, tzinfo=UTC),
                           last_at=dt.datetime(2026, 11, 28, 11, 0, tzinfo=UTC)) if audit else None
    return build_brief(small_decision().model_copy(update={"snapshots": [snap]}), audit=summary,
                       created=dt.datetime(2026, 11, 28, 12, 0, tzinfo=UTC))


def test_a_snapshot_time_outside_the_history_is_said_to_be_so() -> None:
    """QA 31 item 17: "latest snapshot 15 October" beside an audit period of 28 November, unremarked."""
    from counterweight.reports.brief_provenance import snapshot_text

    early = snapshot_text(_brief_with_snapshot(dt.datetime(2026, 10, 15, 10, 0, tzinfo=UTC)))
    assert early == ("\u2018Sent\u2019, 15 October 2026, 10:00 (UTC); the time stored with this snapshot is before "
                     "the first change the project's history records, 28 November 2026, 09:00 (UTC), so the history "
                     "cannot confirm it; 1 change since"), early
    late = snapshot_text(_brief_with_snapshot(dt.datetime(2026, 11, 28, 11, 30, tzinfo=UTC)))
    assert "after the last change the project's history records, 28 November 2026, 11:00 (UTC), so" in late
    future = snapshot_text(_brief_with_snapshot(dt.datetime(2027, 1, 1, tzinfo=UTC), audit=False))
    assert "later than the time this brief was made, so it cannot be right" in future
    for fine in (dt.datetime(2026, 11, 28, 10, 0, tzinfo=UTC), dt.datetime(2026, 11, 28, 8, 59, 30, tzinfo=UTC)):
        assert "time stored" not in snapshot_text(_brief_with_snapshot(fine))  # inside the period (a minute's slack)
    assert "time stored" not in snapshot_text(_brief_with_snapshot(dt.datetime(2026, 10, 15, tzinfo=UTC), audit=False))
