"""QA 21 items 1 and 7 in the brief: the Summary's rank-acceptability sentence and the annex's method note
say what the draws varied and what they held, and a near-certain share does not read as contradicting a
fragile verdict. The example has 10 ranged numeric scores and 25 level-rated scores, 17 of them on weak
or no evidence; its verdict is fragile to three single weight changes."""

from __future__ import annotations

import html
import re

import pytest

from counterweight.cli.smaa import render_text
from counterweight.domain import Decision, LevelUncertainty, WeightUncertainty
from counterweight.engine.smaa import smaa
from counterweight.locations import example_decision_path
from counterweight.reports.brief_annex import rank_acceptability_note
from counterweight.reports.brief_content import build_brief, has_uncertainty
from counterweight.reports.smaa_words import IGNORING_GROUPS
from counterweight.services import exchange
from tests.factories import small_decision


def _set(d: Decision, **update: object) -> Decision:
    unc = d.method.uncertainty.model_copy(update={"samples": 2_000, **update})
    return d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc})})


@pytest.fixture(scope="module")
def example() -> Decision:
    return exchange.read_file(example_decision_path())


def _note(brief) -> str:  # noqa: ANN001
    return html.unescape(re.sub(r"<[^>]+>", "", rank_acceptability_note(brief)))


def test_default_summary_says_what_was_held_and_reconciles_the_fragile_verdict(example: Decision) -> None:
    brief = build_brief(_set(example))
    text = " ".join(brief.summary.sentences)
    assert "The result is fragile" in text
    share = brief.smaa.first_rank(brief.summary.top_ids[0])
    assert share > 0.99
    assert (f"When the 10 ranged scores vary within their ranges (2,000 draws, seed 20241101), Full deterrence "
            f"package ranks first in {100 * share:.1f} % of the draws.") in text
    assert "These draws held the 25 level-rated scores as rated and the weights as set." in text
    assert ("The fragile verdict comes from single changes to weights, which these draws did not vary, so the two "
            "do not contradict each other.") in text
    note = _note(brief)
    assert "The weights were not drawn: every draw used the weights as set." in note
    assert "The 10 scores with a range were drawn within it from a triangular distribution" in note
    assert "The 25 level-rated scores were not drawn: each was held at its rated level." in note


def test_weak_evidence_setting_is_said_in_the_summary_and_the_annex(example: Decision) -> None:
    brief = build_brief(_set(example, level_scores=LevelUncertainty.WEAK_EVIDENCE))
    text = " ".join(brief.summary.sentences)
    assert "the 10 ranged scores vary within their ranges and 17 level-rated scores with weak or no evidence move " \
           "one level either way (2,000 draws" in text
    assert "These draws held the other 8 level-rated scores as rated and the weights as set." in text
    note = _note(brief)
    assert "17 level-rated scores with weak or no evidence" in note
    assert "were drawn one level either way: the level below, the rated level or the level above, each with " \
           "chance 1/3" in note
    assert "The other 8 level-rated scores were held as rated." in note
    assert "Each score was drawn independently of the others." in note


def test_unknown_weights_are_said_to_be_drawn_over_all_criteria_ignoring_the_groups(example: Decision) -> None:
    brief = build_brief(_set(example, weights=WeightUncertainty.NONE))
    text = " ".join(brief.summary.sentences)
    assert "the weights are drawn uniformly over all 7 scored criteria together (2,000 draws" in text
    assert IGNORING_GROUPS in text
    assert "These draws held the 25 level-rated scores as rated." in text
    assert "fragile verdict comes from" not in text  # it comes from weights, and these draws varied them
    assert ("uniformly over all 7 scored criteria taken together: the groups of the criteria tree were ignored"
            in _note(brief))


def test_level_draws_alone_make_the_brief_run_the_analysis() -> None:
    d = small_decision()
    data = d.model_dump()
    for s in data["scores"]:
        s.update(low=None, high=None)
    fixed = Decision.model_validate(data)
    assert not has_uncertainty(fixed)
    levels = _set(fixed, level_scores=LevelUncertainty.ALL)
    assert has_uncertainty(levels)
    brief = build_brief(levels)
    assert brief.smaa is not None and brief.smaa.score_counts.levels_varied > 0
    assert "No numeric score was drawn: no numeric score has a range." in _note(brief)


def test_command_line_header_counts_level_rated_scores(example: Decision) -> None:
    header = next(line for line in render_text(example, smaa(_set(example), 1_000, 1)) if "SMAA-2" in line)
    assert "10 score ranges vary; level-rated scores: 0 varied (as_rated), 25 held as rated" in header
