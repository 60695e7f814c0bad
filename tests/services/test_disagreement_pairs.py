"""QA 29 finding 15: in a group of two criteria, one analyst's weight of one is the same judgement as of the other.

``two_analysts``: Risks and Benefits make up the top level, so Ann's 50 % of Risks (the group's
33.3 %) is her 50 % of Benefits (the group's 66.7 %). It was listed twice, in the window, the CLI
and the brief, and counted twice in "N of them would change the top option".
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from counterweight.cli.group import render_text
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_disputes import disputes_section
from counterweight.services.briefing import views_note
from counterweight.services.disagreement import disagreement, weight_pair
from tests.factories import small_decision, two_analysts


def test_a_group_of_two_is_one_weight_mover_in_the_analysis_and_the_cli() -> None:
    d = two_analysts()
    assert weight_pair(d, "risks") == ("risks", "benefits") and weight_pair(d, "harm") is None
    report = disagreement(d)
    weights = [m for m in report.movers if m.kind == "weight"]
    assert len(weights) == 1, weights
    m = weights[0]
    assert (m.criterion_id, m.other_id, m.analyst, m.new_top) == ("risks", "benefits", "Ann", "a")
    assert (round(m.group_value, 1), m.analyst_value) == (33.3, 50.0)  # the figures are unchanged
    assert [(w.criterion_id, round(w.values["ann"], 1)) for w in report.weights][:2] == [("risks", 50.0),
                                                                                       ("benefits", 50.0)]
    lines = " ".join(render_text(d, report))
    assert "weights of Risks and Benefits: group 33.3/66.7%, Ann 50.0/50.0% -> top becomes Alpha" in lines
    assert "weight of Benefits" not in lines
    assert report.as_dict(d)["ranking_movers"][-1]["other_criterion"] == "Benefits"


@pytest.mark.qt
def test_the_window_says_the_pair_in_one_sentence() -> None:
    from counterweight.ui.widgets.disagreement_parts import mover_text  # the window's words: Qt

    d = two_analysts()
    [m] = [m for m in disagreement(d).movers if m.kind == "weight"]
    # spaced as the brief writes the pair ("50.0 / 50.0 %") and as the window writes every percentage (h26k)
    assert mover_text(d, m) == ("Ann's weights of Risks and Benefits (50.0 / 50.0 % instead of the group's "
                                "33.3 / 66.7 %) make Alpha the top option.")
    single = dataclasses.replace(m, other_id=None)  # a criterion with more than one sibling: one weight
    assert mover_text(d, single) == ("Ann's weight of Risks (50.0 % of its group instead of the group's 33.3 %) "
                                     "makes Alpha the top option.")


def test_the_brief_lists_and_counts_the_pair_once() -> None:
    d = two_analysts()
    html = disputes_section(build_brief(d, views=views_note(d)))
    text = re.sub(r"<[^>]+>", " ", html)
    assert "3 of them would change the top option" in text  # two scores and one weighting, not four
    assert "the one weight" not in text and "1 of the 2 weights" in text  # Risks/Benefits differ, Effect/Cost not
    assert text.count("Risks and Benefits") == 1 and "Ann: 50.0 / 50.0 %; Ben: 16.7 / 83.3 %" in text
    assert not re.search(r"<td[^>]*>\s*Benefits\s*</td>", html)
    assert disagreement(small_decision().model_copy(update={"analysts": []})).movers == []
