"""Times in the window: this computer's local time, said to be so.

The History panel and the snapshot list show times on the computer's clock, while
``counterweight audit log`` prints UTC and the brief gives each time with its offset
from UTC (:func:`counterweight.reports.english_dates.zoned_date_time`). A stored time
is aware (UTC); a naive one is taken as UTC, as the brief takes it. The tooltips here
say which clock the window reads, so the three can be compared.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from counterweight.reports.english_dates import in_zone, utc_offset

__all__ = ["local_stamp", "local_stamp_marked", "local_time", "local_time_tip"]


def local_time(at: dt.datetime) -> dt.datetime:
    """``at`` on this computer's clock (a naive time is taken as UTC)."""
    return in_zone(at, None).astimezone()  # aware, then on the local clock


def local_stamp(at: dt.datetime) -> str:
    """``"2026-11-28 11:57"``: ``at`` in local time, as the History panel and the snapshot list show it."""
    return local_time(at).strftime("%Y-%m-%d %H:%M")


def local_stamp_marked(at: dt.datetime) -> str:
    """``"2026-11-28 11:57 (local time)"``: :func:`local_stamp` said to be local, for a time in a sentence."""
    return QCoreApplication.translate("LocalTimes", "%1 (local time)").replace("%1", local_stamp(at))


def local_time_tip(at: dt.datetime | None = None) -> str:
    """The tooltip that says which clock: "Local time of this computer (UTC+01:00) …"; the offset is ``at``'s
    (or now's), which summer time can change."""
    shown = local_time(at if at is not None else dt.datetime.now(dt.timezone.utc))
    return QCoreApplication.translate(
        "LocalTimes", "Local time of this computer (%1). The brief gives each time with its offset from UTC; "
                      "counterweight audit log lists times in UTC.").replace("%1", utc_offset(shown))
