"""The brief's method notes and red lines say nothing that does not apply, and nothing twice (QA 25 item 12)."""

from __future__ import annotations

import html

from counterweight.domain import Score
from counterweight.engine import evaluate
from counterweight.reports.brief_annex import method_section, red_lines_section
from counterweight.reports.brief_content import build_brief
from counterweight.services.projects import load_decision
from counterweight.locations import example_decision_path


def _brief(decision):  # noqa: ANN001, ANN202
    return build_brief(decision)


def test_a_red_lines_reason_is_given_once() -> None:
    d = load_decision(example_decision_path())
    brief = _brief(d)
    text = html.unescape(red_lines_section(brief))
    (line,) = [r for r in d.red_lines if r.note.strip()][:1] or [None]
    assert line is not None
    note = line.note.strip().rstrip(".")
    assert text.count(note) == 1, text
    assert "is flagged beside the ranking" in text or "excluded from the ranking" in text


def test_missing_scores_are_promised_below_only_when_there_are_some() -> None:
    d = load_decision(example_decision_path())
    assert "listed as warnings below" not in html.unescape(method_section(_brief(d)))
    assert "this decision has none" in html.unescape(method_section(_brief(d)))
    gone = d.model_copy(update={"scores": d.scores[1:]})
    assert any(dg.code == "missing_score" for dg in evaluate(gone).diagnostics)
    assert "listed as warnings below" in html.unescape(method_section(_brief(gone)))
    assert isinstance(d.scores[0], Score)
