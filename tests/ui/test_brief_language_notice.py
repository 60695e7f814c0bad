"""A user of a translated window is told that the brief is written in English (QA 25 item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.qt

GUIDES = [Path(__file__).resolve().parents[2] / p for p in ("docs/user-guide.md", "resources/help/user-guide.md")]


def test_the_brief_actions_say_the_brief_is_in_english(window) -> None:  # noqa: ANN001
    actions = window.brief_actions
    assert "English" in actions.export_brief_action.statusTip()
    assert "English" in actions.print_action.statusTip()


@pytest.mark.parametrize("guide", GUIDES, ids=["docs", "help"])
def test_the_user_guide_says_so_under_appearance_and_language(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    section = text[text.index("## Appearance and language"):]
    section = " ".join(section.split())
    assert "The brief, exported or printed, is written in English whatever this language, its charts included" \
        in section
