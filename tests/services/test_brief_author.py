"""Who a brief names as its preparer (QA 25 item 10), without Qt.

Briefs printed "Prepared by root", the operating-system account. The default is now the
account holder's full name as the system records it, with the account in brackets (the
history records the account, so a reader can match them); a name can be given instead,
cleaned to one line and refused, naming the field, when too long for the title page.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from counterweight.domain.errors import CounterweightError
from counterweight.services import exchange, workspace
from counterweight.services.briefing import MAX_PREPARED_BY_CHARS, request_for_file
from tests.factories import small_decision

pwd = pytest.importorskip("pwd")


def _account(monkeypatch: pytest.MonkeyPatch, account: str, gecos: str | None) -> None:
    monkeypatch.setattr(workspace, "os_user", lambda: account)

    def getpwnam(name: str) -> SimpleNamespace:
        if gecos is None or name != account:
            raise KeyError(name)
        return SimpleNamespace(pw_gecos=gecos)

    monkeypatch.setattr(pwd, "getpwnam", getpwnam)


@pytest.mark.parametrize(("account", "gecos", "expected"), [
    ("asmith", "Ann Smith,Room 4,01234,", "Ann Smith (asmith)"),
    ("asmith", "", "asmith"),
    ("root", "root", "root"),
    ("Root", "root", "Root"),
    ("asmith", None, "asmith"),
    ("", None, ""),
])
def test_the_default_preparer_is_the_account_holders_name(monkeypatch: pytest.MonkeyPatch, account: str,
                                                           gecos: str | None, expected: str) -> None:
    _account(monkeypatch, account, gecos)
    assert workspace.person_name() == expected


@pytest.fixture
def decision_file(tmp_path: Path) -> Path:
    path = tmp_path / "d.json"
    exchange.write_file(path, small_decision())
    return path


def test_a_request_takes_the_default_or_the_name_given(monkeypatch: pytest.MonkeyPatch, decision_file: Path) -> None:
    _account(monkeypatch, "asmith", "Ann Smith")
    assert request_for_file(decision_file).prepared_by == "Ann Smith (asmith)"
    assert request_for_file(decision_file, prepared_by="  Ann \n  Smith, Strategy Unit ").prepared_by \
        == "Ann Smith, Strategy Unit"
    assert request_for_file(decision_file, prepared_by="").prepared_by == ""


def test_a_name_too_long_for_the_title_page_is_refused_naming_the_option(decision_file: Path) -> None:
    request_for_file(decision_file, prepared_by="x" * MAX_PREPARED_BY_CHARS)
    with pytest.raises(CounterweightError) as caught:
        request_for_file(decision_file, prepared_by="x" * (MAX_PREPARED_BY_CHARS + 1))
    assert caught.value.where == "--prepared-by" and "121 characters long; at most 120" in caught.value.message
