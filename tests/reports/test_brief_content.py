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


# ------------------------------------------------------------------ method note on rank acceptability
def _with_uncertainty(d: Decision, **settings: object) -> Decision:
    data = d.model_dump()
    data["method"]["uncertainty"].update({"samples": 200, **settings})
    return Decision.model_validate(data)


def _acceptability_note(d: Decision) -> str:
    from counterweight.reports.brief_annex import method_section

    note = next(p for p in method_section(build_brief(d)).split("</p>") if "Rank acceptability" in p)
    return html.unescape(re.sub(r"<[^>]+>", "", note))


def test_method_note_says_the_weights_were_fixed_when_they_were() -> None:
    note = _acceptability_note(_with_uncertainty(small_decision()))  # exact weights, Alpha's effect has a range
    assert "200 draws made with the stored random seed 20241101" in note
    assert "The weights were not drawn: every draw used the weights as set." in note
    assert "The one score with a range was drawn within it from a triangular distribution" in note
    assert "ranges were used as entered, not widened where evidence is weak" in note
    assert "weights and ranged scores are drawn" not in note


@pytest.mark.parametrize(("settings", "words"), [
    ({"weights": "none"}, "The weights were drawn at random from every possible set of weights"),
    ({"weights": "ordinal", "criteria_order": ["harm", "effect", "cost"]},
     "keeping only the order of importance set for the criteria"),
    ({"weights": "ranges", "weight_ranges": {"harm": {"low": 0.3, "high": 0.6}}},
     "Each criterion's weight was drawn within the range set for it"),
])
def test_method_note_names_how_the_weights_were_drawn(settings: dict, words: str) -> None:
    note = _acceptability_note(_with_uncertainty(small_decision(), **settings))
    assert words in note
    assert "The weights were not drawn" not in note


def test_method_note_names_the_distribution_and_evidence_widening() -> None:
    d = small_decision()
    data = d.model_dump()
    for s in data["scores"]:
        if s["option_id"] == "b" and s["criterion_id"] == "effect":
            s.update(low=8, high=10, distribution="uniform")
    pert = _with_uncertainty(Decision.model_validate(data), distribution="pert")
    note = _acceptability_note(pert)
    assert "The 2 scores with a range were drawn within it from a pert distribution (or the uniform distribution " \
           "set on a score)" in note
    widened = _acceptability_note(_with_uncertainty(small_decision(), widen_by_evidence=True))
    assert "scores with a range (after widening) were drawn" in widened
    assert "Numeric ranges were first widened where evidence is missing (by 20 % of the scale on each side) or " \
           "weak (by 10 %)." in widened
    assert "not widened" not in widened


def test_method_note_when_only_the_weights_vary_or_nothing_was_run() -> None:
    d = small_decision()
    data = d.model_dump()
    for s in data["scores"]:
        s.update(low=None, high=None)
    fixed_scores = Decision.model_validate(data)
    note = _acceptability_note(_with_uncertainty(fixed_scores, weights="none"))
    assert "No score was drawn: no numeric score has a range." in note
    none = _acceptability_note(fixed_scores)  # exact weights, no range: SMAA-2 is not run
    assert "it was not computed for this brief" in none and "draws" not in none


# ------------------------------------------------------------------ sensitivity and weights tables
@pytest.fixture(scope="module")
def example_brief():  # noqa: ANN201
    return build_brief(exchange.read_file(example_decision_path()))


def _rows(markup: str) -> list[list[str]]:
    """Each body row's cells as markup."""
    body = markup.split("<tbody>", 1)[1]
    return [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in body.split("<tr>")[1:]]


def test_then_first_says_which_option_applies_below_and_which_above(example_brief) -> None:  # noqa: ANN001
    from counterweight.reports.brief_html import sensitivity_section

    rows = _rows(sensitivity_section(example_brief, {}))
    seen_both = False
    for crit, row in zip(example_brief.sensitivity.criteria, rows, strict=True):
        sides = [f"{side}: {html.escape(t.new_top_name)}" for side, t in (("below", crit.decrease),
                                                                         ("above", crit.increase)) if t is not None]
        # QA 21 item 5: Transfer (rated 'High', worse than the red-line level 'Moderate') is flagged
        sides = [f"{x} (\u2691 breaches the red line on Civilian risk)" if "Transfer" in x else x for x in sides]
        if sides:
            assert row[-1] == "<br>".join(sides)
        seen_both |= len(sides) == 2
    # Deterrence: below 8.8 % Joint information campaign first, above 41.4 % Strike troops in staging areas
    deterrence = next(r for r in rows if r[0].endswith("Deterrence of further North Korean deployments"))
    assert deterrence[-1] == "below: Joint information campaign<br>above: Strike troops in staging areas"
    assert seen_both


def test_weights_entered_directly_say_so_plainly(example_brief) -> None:  # noqa: ANN001
    from counterweight.reports.brief_html import weights_section

    rows = {re.sub(r"<[^>]+>|&nbsp;", "", r[0]): r[-1] for r in _rows(weights_section(example_brief))}
    for leaf in ("Civilian risk", "Escalation risk", "Financial and materiel cost", "Friction with allies and partners"):
        assert rows[leaf] == "Points entered directly in the project; no judgement recorded"
    assert rows["Risks"] == "Swing weighting" and rows["Time to effect"] == "AHP pairwise comparison"
    assert "Direct points" not in weights_section(example_brief)


def test_scorecard_arrow_legend_comes_before_its_tables() -> None:
    """The legend sits in the introduction, so a page break can never leave it alone at the top of a page."""
    from counterweight.reports.brief_html import scorecard_section

    markup = scorecard_section(build_brief(small_decision()), grey)
    assert markup.index("↑ higher is better, ↓ lower is better;") < markup.index("<table")
    assert markup.count("higher is better") == 1


def _text(d: Decision) -> str:
    markup = document_html(build_brief(d), colour=grey, charts={})
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _with_method(d: Decision, aggregation: str) -> Decision:
    from counterweight.domain import AggregationMethod

    return d.model_copy(update={"method": d.method.model_copy(update={"aggregation": AggregationMethod(aggregation)})})


@pytest.mark.parametrize("aggregation, words", [
    ("topsis", "TOPSIS (closeness to ideal), on the raw scores, with its own normalisation: Vector"),
    ("vikor", "on the raw scores, v = 0.5"),
    ("promethee", "on the raw scores, compared in pairs with each criterion's preference function"),
])
def test_methods_on_raw_scores_are_not_said_to_use_value_functions(aggregation: str, words: str) -> None:
    """Under TOPSIS the brief said "normalisation: Value functions (scale bounds)" and explained value
    functions, though TOPSIS, PROMETHEE and VIKOR work on the raw scores (docs/methods.md)."""
    text = _text(_with_method(small_decision(), aggregation))
    assert words in text
    assert "normalisation: Value functions" not in text and "Missing scores count as the worst" not in text
    assert "not on the 0-1 values of the value functions" in text
    wsm = _text(small_decision())
    assert "normalisation: Value functions (scale bounds)" in wsm and "Missing scores count as the worst" in wsm


def test_an_option_the_method_cannot_place_has_no_score_in_the_brief() -> None:
    """TOPSIS cannot place an option with a missing score: the brief printed its score as 0.0."""
    d = _with_method(small_decision(), "topsis")
    gap = d.model_copy(update={"scores": [s for s in d.scores if (s.option_id, s.criterion_id) != ("c", "cost")]})
    text = _text(gap)
    row = text[text.index("— Charlie"):]
    assert row.startswith("— Charlie — — — — cannot be placed (missing score)"), row[:80]  # score, D+, D−, C
