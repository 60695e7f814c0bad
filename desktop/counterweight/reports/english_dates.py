"""Dates in the brief and the workbook, in English whatever the user's locale (QA pass 26 item 4).

The brief is an English document, but ``strftime("%B")`` names the month in the process's
locale, which Qt sets from the user's: a French user's brief read "28 novembre 2026" and
"Swing weighting by … on 20 novembre 2024" among English sentences, a Turkish user's
"28 Kasım 2026". Months come from a fixed table instead; the digits need none.

Every time of day the brief prints is the clock of the brief's own time zone (the
computer's that made it) followed by its offset from UTC, "28 November 2026, 11:57
(UTC+01:00)" (:func:`zoned_date_time`): ``counterweight audit log`` prints UTC, and a
reader comparing the two must be able to tell.
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def english_date(when: dt.date | dt.datetime) -> str:
    """``"05 March 2026"``: the day (two digits, as ``%d``), the month's English name and the year."""
    return f"{when.day:02d} {MONTHS[when.month - 1]} {when.year}"


def english_date_time(when: dt.datetime) -> str:
    """``"05 March 2026, 14:02"``."""
    return f"{english_date(when)}, {when.hour:02d}:{when.minute:02d}"


def in_zone(when: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """``when`` (a naive time is taken as UTC) as the clock reads it in ``zone`` (``None``: UTC)."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(zone if zone is not None else dt.timezone.utc)


def utc_offset(when: dt.datetime) -> str:
    """``"UTC+01:00"``, ``"UTC-05:30"``, or ``"UTC"`` itself when the offset is nil (a naive time: UTC)."""
    offset = when.utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '-'}{hours:02d}:{rest:02d}"


def zoned_date_time(when: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """``"05 March 2026, 14:02 (UTC+01:00)"``: ``when`` in ``zone`` (``None``: its own, or UTC), the offset said."""
    shown = in_zone(when, zone if zone is not None else when.tzinfo)
    return f"{english_date_time(shown)} ({utc_offset(shown)})"


__all__ = ["MONTHS", "english_date", "english_date_time", "in_zone", "utc_offset", "zoned_date_time"]
