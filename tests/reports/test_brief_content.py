"""The brief's content and HTML, without Qt: what is analysed, and that user text is always escaped."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from counterweight.domain import Decision, EvidenceRef, WeightUncertainty
from counterweight.domain.evidence import Source
from counterweight.engine.smaa import smaa
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import AuditSummary, BriefCancelled, ElicitationNote, build_brief
from counterweight.reports.brief_html import document_html
from counterweight.services import exchange
from tests.factories import small_decision

HOSTILE = '<img src="file:///etc/passwd">'
BOLD = "<b>x</b>"


def grey(value: float | None) -> str:
    return "#cccccc" if value is None else "#ffffff"


def hostile_decision() -> Decision:
    """Every kind of user text carries markup: names, notes, rationale, evidence, sources."""
    d = small_decision()
    data = d.model_dump()
    data["title"] = f"Title {BOLD}"
    data["description"] = f"Description {HOSTILE}"
    data["notice"] = f"Notice {HOSTILE}"
    data["marking"] = "OFFICIAL & <SENSITIVE>"
    data["options"][0]["name"] = HOSTILE
    data["options"][1]["name"] = BOLD
    data["options"][0]["description"] = f'<a href="http://example.org">{HOSTILE}</a>'
    data["criteria"][0]["name"] = f"Risks {HOSTILE}"
    source = Source(id="src1", title=f"Source {HOSTILE}", reference="file:///etc/shadow",
                    text="quoted <script>alert(1)</script> passage")
    data["sources"] = [source.model_dump()]
    for s in data["scores"]:
        s["rationale"] = f"Because {HOSTILE} and {BOLD}"
        s["evidence"] = [EvidenceRef(source=f"cited {HOSTILE}", source_id="src1", quote="<script>alert(1)</script>",
                                     start=7, end=32, note=f"note {BOLD}").model_dump()]
    return Decision.model_validate(data)


def test_rank_acceptability_runs_with_the_stored_seed_when_a_score_has_a_range() -> None:
    d = small_decision()  # Alpha's effect has a range
    brief = build_brief(d)
    assert brief.smaa is not None
    assert brief.smaa.seed == d.method.uncertainty.seed
    assert brief.smaa.samples == d.method.uncertainty.samples
    assert f"random seed {d.method.uncertainty.seed}" in brief.uncertainty_note
    again = smaa(d)
    assert (brief.smaa.acceptability == again.acceptability).all()


def test_no_rank_acceptability_without_uncertainty() -> None:
    d = small_decision()
    exact = Decision.model_validate({**d.model_dump(), "scores": [
        {**s.model_dump(), "low": None, "high": None} for s in d.scores]})
    brief = build_brief(exact)
    assert brief.smaa is None
    assert "no rank acceptability analysis was needed" in brief.uncertainty_note
    ranged_weights = exact.model_copy(update={"method": exact.method.model_copy(update={
        "uncertainty": exact.method.uncertainty.model_copy(update={"weights": WeightUncertainty.NONE})})})
    assert build_brief(ranged_weights).smaa is not None


def test_cancelling_stops_the_brief() -> None:
    with pytest.raises(BriefCancelled):
        build_brief(small_decision(), cancelled=lambda: True)


def test_progress_ends_at_one() -> None:
    seen: list[float] = []
    build_brief(small_decision(), progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


def test_marking_defaults_to_the_decisions_and_can_be_replaced() -> None:
    d = small_decision().model_copy(update={"marking": "OFFICIAL"})
    assert build_brief(d).marking == "OFFICIAL"
    assert build_brief(d, marking="SECRET").marking == "SECRET"


def test_every_user_string_is_escaped() -> None:
    d = hostile_decision()
    brief = build_brief(d, prepared_by=f"user {BOLD}", analysts=[HOSTILE],
                        elicitations=[ElicitationNote(node_name=HOSTILE, method="Swing weighting",
                                                      judgements=(HOSTILE,), note=BOLD)],
                        audit=AuditSummary(entries=3, verified=False, problem=HOSTILE, users=(BOLD,)),
                        created=dt.datetime(2024, 11, 20, 9, 30, tzinfo=dt.timezone.utc))
    text = document_html(brief, colour=grey, charts={"contribution": (640, 300)})
    # No markup from users: the only images are chart placeholders, no links, no scripts.
    assert re.findall(r"<img[^>]*>", text) == ['<img src="chart:contribution" width="640" height="300">']
    assert "<a " not in text and "<script" not in text
    assert "file:///etc/passwd\">" not in text
    assert html.escape(HOSTILE) in text and html.escape(BOLD) in text
    assert html.escape("<script>alert(1)</script>") in text
    assert "file:///etc/shadow" in text  # the reference is printed as text...
    assert 'href="file' not in text and "src=\"file" not in text  # ...never as a link or an image


def test_every_section_is_present() -> None:
    d = exchange.read_file(example_decision_path())
    brief = build_brief(d, audit=AuditSummary(entries=2, verified=True, head_hash="ab" * 32))
    text = document_html(brief, colour=grey, charts={"contribution": (640, 300), "tornado": (640, 400),
                                                     "acceptability": (640, 300)})
    for heading in ("Summary", "Ranking", "Scorecard", "Weights", "How the weights were elicited", "Sensitivity",
                    "Rank acceptability", "Red lines", "Method notes", "Audit summary",
                    "Annex A. Scores, rationale and evidence", "Annex B. Sources"):
        assert f">{heading}</h" in text, heading
    for name in ("contribution", "tornado", "acceptability"):
        assert f'src="chart:{name}"' in text
    assert "ab" * 32 in text
    # Every score's rationale is in the annex.
    for s in d.scores:
        first_line = s.rationale.splitlines()[0] if s.rationale else ""
        assert html.escape(first_line) in text


def test_charts_left_out_have_no_placeholder() -> None:
    brief = build_brief(small_decision())
    assert "<img" not in document_html(brief, colour=grey, charts={})


def test_scorecard_colours_come_from_the_colour_function() -> None:
    d = small_decision()
    scores = [s for s in d.scores if not (s.option_id == "c" and s.criterion_id == "cost")]
    gappy = Decision.model_validate({**d.model_dump(), "scores": [s.model_dump() for s in scores]})
    seen: list[float | None] = []

    def colour(value: float | None) -> str:
        seen.append(value)
        return "#123456" if value is None else "#abcdef"

    text = document_html(build_brief(gappy), colour=colour, charts={})
    assert seen.count(None) == 1  # one missing score
    assert 'bgcolor="#123456">no score' in text
    assert sorted(v for v in seen if v is not None)[-1] == pytest.approx(1.0)  # Alpha's "Low" harm is the best
