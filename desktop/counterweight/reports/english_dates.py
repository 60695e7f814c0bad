"""Dates in the brief and the workbook, in English whatever the user's locale (QA pass 26 item 4).

The brief is an English document, but ``strftime("%B")`` names the month in the process's
locale, which Qt sets from the user's: a French user's brief read "28 novembre 2026" and
"Swing weighting by … on 20 novembre 2024" among English sentences, a Turkish user's
"28 Kasım 2026". Months come from a fixed table instead; the digits need none.
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


__all__ = ["MONTHS", "english_date", "english_date_time"]
