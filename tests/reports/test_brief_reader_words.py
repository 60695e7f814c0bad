"""QA 31 item 10: the brief uses no words a reader without the program cannot follow.

It said "As on the Sensitivity tab", pointed at "(docs/methods.md)", gave VIKOR's Q, DQ, S and R with no
meaning, and put "counterweight audit verify --head HASH FILE" on the page without saying what it is.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from counterweight.locations import example_decision_path
from counterweight.reports.brief_annex import audit_section, method_section
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import sensitivity_section
from counterweight.reports.brief_methods import method_comparison_section
from counterweight.services import exchange
from counterweight.services.briefing import request_for_session
from counterweight.services.session import ProjectSession

from tests.factories import small_decision


@pytest.fixture(scope="module")
def brief():
    return build_brief(exchange.read_file(example_decision_path()))


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_no_tab_of_the_window_and_no_file_of_the_source(brief) -> None:
    words = _text(sensitivity_section(brief, {"tornado": (600, 400)}) + method_section(brief))
    assert "Sensitivity tab" not in words and "docs/methods.md" not in words
    assert "How Counterweight calculates a result" in words


def test_vikor_says_what_q_s_r_and_dq_are_before_using_them(brief) -> None:
    words = _text(method_comparison_section(brief))
    note = next(p for p in words.split("\n") if p.startswith("VIKOR ranks the options by Q"))
    assert "(S)" in note and "(R)" in note and "DQ = 1 / (number of options ranked − 1), here 0.25" in note, note
    assert words.index(note) < words.index("leads on Q by 0.0346, less than DQ")  # said before it is used


def test_the_audit_command_is_introduced_as_the_command_line_check(tmp_path: Path) -> None:
    with ProjectSession.create(tmp_path / "p.counterweight", small_decision()) as session:
        brief = request_for_session(session).build()
    words = _text(audit_section(brief))
    assert "command-line check, counterweight audit verify --head HASH FILE" in words, words
