"""QA 31 item 9: the brief's "Where the analysts disagree" says how a weight goes into the group view, and marks
a shared score standing in for an analyst who gave none of their own.

(a) "Each differing value was put alone into the group view" did not say that a weight goes in as its
share of its group with the others keeping their proportions; replacing its points gives another answer.
(b) The table listed "Grace Okafor: 1500 homes" where Grace gave no score: the shared value, as hers.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_disputes import disputes_section
from counterweight.services.briefing import views_note
from counterweight.services.disagreement import SHARED, falls_back


def flood() -> Decision:
    """QA 31's d2: five flood schemes, three analysts with their own weights and a few scores of their own."""
    ids = ["flood", "capex", "env"]
    crit = [{"id": "flood", "name": "Homes protected", "unit": "homes", "weight": 40,
             "scale": {"kind": "numeric", "lower": 0, "upper": 5000}},
            {"id": "capex", "name": "Capital cost", "unit": "£m", "direction": "lower_better", "weight": 25,
             "scale": {"kind": "numeric", "lower": 0, "upper": 80}},
            {"id": "env", "name": "Habitat impact", "direction": "lower_better", "weight": 15,
             "scale": {"kind": "numeric", "lower": 0, "upper": 10}}]
    base = {"wall": [3200, 45, 6], "nfm": [1500, 12, 1], "mix": [4300, 70, 7]}
    scores = [{"option_id": o, "criterion_id": c, "value": v} for o, row in base.items() for c, v in zip(ids, row)]
    inputs = [{"analyst_id": "an1", "weights": {"flood": 50, "capex": 20, "env": 5},
               "scores": [{"option_id": "nfm", "criterion_id": "flood", "value": 1000}]},
              {"analyst_id": "an2", "weights": {"flood": 25, "capex": 10, "env": 45},
               "scores": [{"option_id": "nfm", "criterion_id": "flood", "value": 2200}]},
              {"analyst_id": "an3", "weights": {"flood": 30, "capex": 50, "env": 5}}]
    return Decision.model_validate({
        "id": "f", "title": "Flood", "criteria": crit, "scores": scores, "analyst_inputs": inputs,
        "options": [{"id": o, "name": n} for o, n in (("wall", "Raised river wall"), ("nfm", "Natural flood management"),
                                                     ("mix", "Wall plus storage"))],
        "analysts": [{"id": "an1", "name": "Priya Natarajan"}, {"id": "an2", "name": "Tom Hughes"},
                     {"id": "an3", "name": "Grace Okafor"}]})


def test_a_shared_score_standing_in_for_an_analyst_is_marked() -> None:
    d = flood()
    assert falls_back(d, "an3", "nfm", "flood") and not falls_back(d, "an1", "nfm", "flood")
    assert not falls_back(d, SHARED, "nfm", "flood")
    markup = disputes_section(build_brief(d, views=views_note(d)))
    assert "Grace Okafor: 1500 homes (shared)" in markup, markup
    assert "Priya Natarajan: 1000 homes;" in markup and "Tom Hughes: 2200 homes;" in markup
    assert '"(shared)" is the shared score' in markup.replace("&quot;", '"')


def test_the_section_says_a_weight_goes_in_as_its_share() -> None:
    d = flood()
    markup = disputes_section(build_brief(d, views=views_note(d)))
    assert "as its share of its group" in markup and "keeping their proportions" in markup


def test_analysts_without_judgements_of_their_own_are_not_reported_as_agreeing() -> None:
    """Session 28 (QA h28f item 6): with no analyst's own inputs the section said "The views agree", a consensus
    that nobody gave; and an analyst who gave nothing was counted among the views without a word."""
    d = flood()
    nobody = Decision.model_validate({**d.model_dump(), "analyst_inputs": []})
    markup = disputes_section(build_brief(nobody, views=views_note(nobody)))
    assert "The views agree" not in markup
    assert "No analyst has recorded judgements of their own yet (Priya Natarajan, Tom Hughes and Grace Okafor)" in markup
    two = Decision.model_validate({**d.model_dump(), "analyst_inputs": d.model_dump()["analyst_inputs"][:2]})
    markup = disputes_section(build_brief(two, views=views_note(two)))
    assert "No judgements of their own yet: Grace Okafor. The shared inputs stand in for this analyst" in markup
