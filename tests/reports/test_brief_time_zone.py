"""Every time the brief prints says its zone (h25d): the clock of the computer that made it and its offset
from UTC, as the title block's Date always did, so a reader can set it beside ``counterweight audit log`` (UTC).

The brief's zone is that of its ``created`` time, given here, so nothing depends on the host's zone.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from counterweight.domain.perspectives import Snapshot
from counterweight.reports.brief_annex import audit_section, method_section
from counterweight.reports.brief_content import AuditSummary, build_brief
from counterweight.reports.brief_html import title_block
from counterweight.reports.brief_provenance import provenance_line
from tests.factories import small_decision

UTC = dt.timezone.utc
LAST = dt.datetime(2026, 11, 27, 13, 2, tzinfo=UTC)


def _brief(hours: float):
    zone = dt.timezone(dt.timedelta(hours=hours))
    snap = Snapshot(id="snap-1", name="Sent", taken_at=dt.datetime(2026, 11, 26, 8, 15, tzinfo=UTC),
                    decision=small_decision())
    audit = AuditSummary(entries=3, verified=True, head_hash="ab" * 32, since_snapshots=(("snap-1", 2),),
                         first_at=dt.datetime(2026, 11, 1, 23, 30, tzinfo=UTC), last_at=LAST)
    decision = small_decision().model_copy(update={"snapshots": [snap]})
    return build_brief(decision, audit=audit, created=dt.datetime(2026, 11, 28, 9, 0, tzinfo=zone))


def _text(markup: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup))


@pytest.mark.parametrize(("hours", "offset", "last", "snapshot"), [
    (1, "UTC+01:00", "14:02", "09:15"), (0, "UTC", "13:02", "08:15"), (-5.5, "UTC-05:30", "07:32", "02:45")])
def test_every_time_in_the_title_block_says_its_offset(hours: float, offset: str, last: str, snapshot: str) -> None:
    brief = _brief(hours)
    html = _text(title_block(brief))
    assert f"Date 28 November 2026, 09:00 ({offset})" in html
    assert f"the last on 27 November 2026, {last} ({offset}); verified" in html
    assert f"\u2018Sent\u2019, 26 November 2026, {snapshot} ({offset}); 2 changes since" in html
    line = provenance_line(brief)  # what counterweight report prints
    assert f"{last} ({offset})" in line and f"{snapshot} ({offset})" in line


def test_the_method_notes_say_which_clock_and_that_the_audit_log_is_in_utc() -> None:
    local = _text(method_section(_brief(1)))
    assert "Times. Times of day are the local time of the computer that made this brief, each followed by its " \
           "offset from UTC (UTC+01:00); counterweight audit log lists the project's history in UTC." in local
    assert "Times of day are in UTC, the time zone of the computer that made this brief" in \
        _text(method_section(_brief(0)))


def test_the_audit_period_is_dated_in_the_briefs_zone() -> None:
    """23:30 UTC on 1 November is already 2 November at UTC+01:00, as the brief's times read."""
    assert "Period 02 November 2026 to 27 November 2026" in _text(audit_section(_brief(1)))
    assert "Period 01 November 2026 to 27 November 2026" in _text(audit_section(_brief(0)))


def test_offsets_and_naive_times() -> None:
    from counterweight.reports.english_dates import utc_offset, zoned_date_time

    assert utc_offset(dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=-8)))) == "UTC-08:00"
    assert utc_offset(dt.datetime(2026, 1, 1)) == "UTC"  # a naive time is taken as UTC
    assert zoned_date_time(dt.datetime(2026, 3, 5, 14, 2)) == "05 March 2026, 14:02 (UTC)"
    assert zoned_date_time(LAST, dt.timezone(dt.timedelta(hours=2))) == "27 November 2026, 15:02 (UTC+02:00)"


def test_an_elicitations_day_is_the_briefs() -> None:
    """"elicited … on <date>" printed the stored UTC day: 23:30 UTC on 1 November is 2 November at UTC+01:00."""
    from counterweight.reports.brief_content import ElicitationNote
    from counterweight.reports.brief_html import weights_section

    note = ElicitationNote(node_name="the top level", method="Swing weighting", elicited_by="Ana",
                           elicited_at=dt.datetime(2026, 11, 1, 23, 30, tzinfo=UTC))
    for hours, day in ((1, "02 November 2026"), (0, "01 November 2026"), (-5.5, "01 November 2026")):
        brief = _brief(hours)
        brief = build_brief(brief.decision, audit=brief.audit, created=brief.created, elicitations=[note])
        assert f"Swing weighting by Ana on {day}." in _text(weights_section(brief)), hours


def test_the_workbooks_elicitation_day_is_this_computers(india_clock) -> None:
    """The workbook is dated on the clock of the computer that wrote it, here UTC+05:30."""
    from counterweight.locations import example_decision_path
    from counterweight.reports.xlsx_export import build_workbook
    from counterweight.services import exchange

    decision = exchange.read_file(example_decision_path())
    e = decision.elicitations[0]
    late = dt.datetime(2026, 11, 1, 20, 0, tzinfo=UTC)  # 01:30 on 2 November in UTC+05:30
    decision = decision.model_copy(update={"elicitations": [e.model_copy(update={"elicited_at": late})]})
    cells = [c.value for ws in build_workbook(decision).worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and ", on " in c.value]
    assert cells and all("on 02 November 2026" in c for c in cells), cells
