"""The brief on ties and empty decisions (QA pass 18, items 3 and 10).

Page 1's summary and the Sensitivity section never call a tied or empty result
robust or fragile, never name a sole leader of a shared first place, never print
"(0.0 % of its range)", and say why no verdict applies in the Warnings' own words.
The decisions are those of tests/engine/test_flip_ties.py.
"""

from __future__ import annotations

import re

import pytest

from counterweight.domain import Decision
from counterweight.engine.flip import flip_distances
from counterweight.engine.sensitivity import weight_sensitivity
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import document_html, sensitivity_section
from counterweight.reports.brief_verdict import item_words, share_of_range
from counterweight.reports.summary import summarise
from tests.engine.test_flip_ties import (
    no_criteria_decision,
    no_scores_decision,
    noisy_tie_decision,
    tied_decision,
    zero_weight_decision,
)
from tests.factories import small_decision

#: Every way a sole leader or a verdict word could slip into the page-1 summary.
SOLE_OR_VERDICT = ("loses first place", "takes first place from", "is robust", "is fragile", "stays first")


def _summary(decision: Decision):  # noqa: ANN202
    sens = weight_sensitivity(decision)
    return summarise(decision, sensitivity=sens, flips=flip_distances(decision, sensitivity=sens))


def _html(decision: Decision) -> str:
    return document_html(build_brief(decision), colour=lambda v: "#ffffff", charts={})


def _text(markup: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", markup).split())


@pytest.mark.parametrize("make", [tied_decision, noisy_tie_decision])
def test_a_tie_is_named_on_page_one_and_never_robust(make) -> None:  # noqa: ANN001
    s = _summary(make())
    assert s.verdict == "tied"
    assert s.sentences[0] == "A1 and A2 share first place with " + s.sentences[0].split(" with ")[1]
    assert s.sentences[1] == ("The result is tied, so it is neither robust nor fragile: any single change to a "
                              "weight or a score that favours A1 or A2 puts that option first.")
    assert not any(words in s.text for words in SOLE_OR_VERDICT)


def test_a_tie_in_the_sensitivity_section() -> None:
    brief = build_brief(tied_decision())
    section = _text(sensitivity_section(brief, {"tornado": (640, 400)}))
    assert section.startswith("Sensitivity Tied. A1 and A2 share first place: any change to a weight or a score "
                              "that favours one of them puts it first, so the result is neither robust nor fragile.")
    assert "Robust" not in section and "Fragile" not in section and "% of its range)" not in section


@pytest.mark.parametrize(("make", "reason"), [
    (zero_weight_decision, "No criterion carries any weight, so every option scores 0. Give at least one criterion"
                           " (and each group above it) a positive weight."),
    (no_criteria_decision, "The decision has no scored criteria yet, so every option scores 0."),
    (no_scores_decision, "No option has a score yet, so every option scores 0."),
])
def test_no_verdict_says_why_on_page_one_and_in_the_section(make, reason: str) -> None:  # noqa: ANN001
    decision = make()
    s = _summary(decision)
    assert s.verdict == "not_applicable"
    assert f"The robustness verdict is not applicable. {reason}" in s.sentences
    assert not any(words in s.text for words in SOLE_OR_VERDICT)
    text = _text(_html(decision))
    summary = text.split(" Summary ", 1)[1].split(" Ranking ", 1)[0]
    assert reason in summary
    section = text.split(" Sensitivity ", 1)[1]
    assert section.startswith(f"Not applicable. {reason}")
    assert "0.0 % of its range" not in text and "Robust." not in text and "Fragile." not in text


def test_a_zero_share_is_never_printed_as_a_share() -> None:
    assert share_of_range(0.0) == "any change at all"
    assert share_of_range(0.042) == "4.2 % of its range"
    assert share_of_range(1e-9) == "< 0.0001 % of its range"


def test_no_possessive_of_a_name() -> None:
    d = small_decision()
    data = d.model_dump()
    data["options"][0]["name"] = "Phase-out over 5 years"
    d = Decision.model_validate(data)
    item = next(i for i in flip_distances(d).items if i.kind == "score" and i.option_id == "a")
    assert item_words(d, item).startswith("the score of Phase-out over 5 years on ")


def test_the_only_criterion_of_its_group_reads_100_percent_with_a_space() -> None:
    # Benefits > Effect alone in its group: the note under "Then first" matched "100.0 %" elsewhere
    d = small_decision()
    data = d.model_dump()
    data["criteria"] = [c for c in data["criteria"] if c["id"] != "cost"]
    data["scores"] = [s for s in data["scores"] if s["criterion_id"] != "cost"]
    text = _text(sensitivity_section(build_brief(Decision.model_validate(data)), {}))
    assert "always 100 %." in text and "100%" not in text


def test_the_tornado_is_left_out_of_a_tied_or_empty_brief(qapp) -> None:  # noqa: ANN001
    from counterweight.reports.brief_charts import build_charts

    assert "tornado" in build_charts(build_brief(small_decision()))[0]
    for make in (tied_decision, zero_weight_decision):
        assert "tornado" not in build_charts(build_brief(make()))[0]


def test_the_tornado_title_counts_only_rows_really_left_out(qapp) -> None:  # noqa: ANN001
    # QA pass 18: every row was drawn under "(the 8 most fragile of 8)", a title left from a
    # layout at Qt's default chart size (one row); the chart is laid out at its printed size first.
    from counterweight.charts.tornado_chart import tornado_items
    from counterweight.reports.brief_charts import record_charts

    brief = build_brief(small_decision())
    assert 1 < len(tornado_items(brief.decision, brief.flips, brief.sensitivity)) <= 8
    svg = record_charts(brief)["tornado"].svg.decode()
    assert "Distance to a change of the top option<" in svg and "most fragile" not in svg
