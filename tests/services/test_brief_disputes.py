"""The brief's "Where the analysts disagree" section (QA 25 item 13), without Qt.

QA 25 found a team's disagreement (Ann: Moderate, Raj: None) only in the annex, with
nothing saying whether it mattered. The section's facts come from the disagreement
analysis: each differing value put alone into the group view. These tests check the facts
against that analysis (every mover marked, nothing that agrees listed), the words (a
level's name, a number with its unit, a weight as a share of its group), the order (those
that change the top option first), and the section's text and escaping.
"""

from __future__ import annotations

import re

from counterweight.domain import Decision
from counterweight.reports.brief_content import build_brief
from counterweight.reports import brief_disputes
from counterweight.reports.brief_disputes import disputes_section
from counterweight.reports.brief_html import document_html
from counterweight.services.brief_disputes import disputed_facts
from counterweight.services.briefing import views_note
from counterweight.services.disagreement import Mover, disagreement, weight_pair
from tests.factories import small_decision, two_analysts


def _with_ben(scores: list[dict], weights: dict | None = None, name: str = "Ben") -> Decision:
    data = small_decision().model_dump()
    data["analysts"] = [{"id": "ann", "name": "Ann"}, {"id": "ben", "name": name}]
    data["analyst_inputs"] = [{"analyst_id": "ben", "scores": scores, "weights": weights or {}}]
    return Decision.model_validate(data)


def _section(d: Decision) -> str:
    return disputes_section(build_brief(d, views=views_note(d)))


def test_every_mover_of_the_analysis_is_marked_and_comes_first() -> None:
    d = two_analysts()
    report = disagreement(d)
    facts = disputed_facts(d, report)
    disputed = facts["disputed"]
    assert report.movers, "the fixture must have disagreements that change the top"
    names = {o.id: o.name for o in d.options}
    def crit(m: Mover) -> str:  # QA 29: a group of two's weights are one row, "Risks and Benefits"
        name = d.criterion(m.criterion_id).name
        return name if m.other_id is None else f"{name} and {d.criterion(m.other_id).name}"

    for m in report.movers:
        item = next(x for x in disputed if x.kind == m.kind and x.criterion == crit(m)
                    and x.option == names.get(m.option_id or "", ""))
        assert (m.analyst, names[m.new_top]) in item.new_tops
    moving = [bool(x.new_tops) for x in disputed]
    assert moving == sorted(moving, reverse=True)
    seconds = {w.criterion_id for w in report.weights if (p := weight_pair(d, w.criterion_id)) and p[1] == w.criterion_id}
    differing = [c for c in report.cells if c.range > 0] + [w for w in report.weights if w.range > 1e-9
                                                            and w.criterion_id not in seconds]
    assert len(disputed) == len(differing)
    assert facts["cells_compared"] == len(report.cells)
    assert facts["weights_compared"] == len(report.weights) - len(seconds)


def test_values_are_in_the_words_the_analysts_chose() -> None:
    disputed = disputed_facts(two_analysts(), disagreement(two_analysts()))["disputed"]
    harm = next(x for x in disputed if x.criterion == "Civilian harm")
    assert dict(harm.values) == {"Ann": "High (shared)", "Ben": "Low"}  # QA 31 item 9: Ann gave none of her own
    effect = next(x for x in disputed if x.criterion == "Effect")
    assert dict(effect.values) == {"Ann": "2 points (shared)", "Ben": "6 points"}
    risks = next(x for x in disputed if x.kind == "weight" and x.criterion == "Risks and Benefits")  # QA 29: one row
    assert dict(risks.values) == {"Ann": "50.0 / 50.0 %", "Ben": "16.7 / 83.3 %"}


def test_the_section_says_which_change_the_top_option() -> None:
    html = _section(two_analysts())
    assert "<h2>Where the analysts disagree</h2>" in html
    # QA 29: Risks/Benefits and Effect/Cost are groups of two, one weight each; only the first differs
    assert "The views differ on 2 of the 9 scores that two or more of them give and 1 of the 2 weights." in html
    assert "the group view (which puts Bravo first)" in html
    assert "3 of them would change the top option" in html  # QA 29: not 4 (Risks and Benefits counted once)
    assert "<td>Bravo</td><td>Civilian harm</td><td>Ann: High (shared); Ben: Low</td>" in html
    assert "with Ann's value, Alpha ranks first" in html


def test_a_difference_that_does_not_matter_is_listed_as_such() -> None:
    d = _with_ben([{"option_id": "c", "criterion_id": "effect", "value": 3}])
    assert disagreement(d).movers == [], "precondition: this difference must not move the top"
    html = _section(d)
    assert "The views differ on 1 of the 9 scores" in html
    assert "none of them changes the top option." in html
    assert "<td>No</td>" in html and "<b>Yes</b>" not in html


def test_views_that_agree_say_so_and_a_project_without_analysts_has_no_section() -> None:
    same = _with_ben([{"option_id": "a", "criterion_id": "effect", "value": small_decision().score("a", "effect").value}])
    assert "The views agree" in _section(same)
    assert _section(small_decision()) == ""


def test_names_are_escaped() -> None:
    html = _section(_with_ben([{"option_id": "a", "criterion_id": "effect", "value": 9}], name="<b>Ben</b>"))
    assert "&lt;b&gt;Ben&lt;/b&gt;" in html and "<b>Ben</b>" not in html


def test_long_lists_are_cut_but_never_a_row_that_changes_the_top(monkeypatch) -> None:
    monkeypatch.setattr(brief_disputes, "TABLE_ROWS", 2)
    d = small_decision()
    scores = [{"option_id": o.id, "criterion_id": c, "value": v}
              for o in d.options for c, v in (("effect", 9.5), ("cost", 19.0))]
    many = _with_ben(scores)
    facts = disputed_facts(many, disagreement(many))
    assert len(facts["disputed"]) == 6 and not any(x.new_tops for x in facts["disputed"])
    html = _section(many)
    assert len(re.findall(r"<tr><td>", html)) == 2
    assert "4 more scores differ, without changing the top option." in html
    monkeypatch.setattr(brief_disputes, "TABLE_ROWS", 1)
    html = _section(two_analysts())  # two scores change the top: both shown although the limit is 1
    assert html.count("<b>Yes</b>") == 3 and "more score" not in html and "more weight" not in html


def test_the_section_sits_between_weights_and_sensitivity() -> None:
    d = two_analysts()
    html = document_html(build_brief(d, views=views_note(d)), colour=lambda v: "#ffffff", charts={})
    assert html.index("<h2>Weights</h2>") < html.index("<h2>Where the analysts disagree</h2>") \
        < html.index("<h2>Sensitivity</h2>")


def test_the_facts_take_the_groups_of_two_from_the_analysis() -> None:
    """The analysis decides which weights are one judgement (a group of two); the brief used to work it out again."""
    from dataclasses import replace

    d = two_analysts()
    report = disagreement(d)
    assert report.pairs == {"risks": ("risks", "benefits"), "benefits": ("risks", "benefits"),
                            "effect": ("effect", "cost"), "cost": ("effect", "cost")}
    assert [x.criterion for x in disputed_facts(d, report)["disputed"] if x.kind == "weight"] == ["Risks and Benefits"]
    apart = disputed_facts(d, replace(report, pairs={}))  # told there is no pair: each weight a row of its own
    assert {x.criterion for x in apart["disputed"] if x.kind == "weight"} == {"Risks", "Benefits"}
    assert apart["weights_compared"] == len(report.weights)
