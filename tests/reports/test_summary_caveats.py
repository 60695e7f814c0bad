"""QA 25 item 2: the Summary's first paragraph says what most affects how sure the minister can be,
each sentence only when its condition holds, with the engine's figures: a rival under uncertainty,
disagreeing aggregation methods, missing scores counted as the worst value, a different minimax-regret
choice. The shipped example's first paragraph stays short."""

from __future__ import annotations

import dataclasses
import html
import re

import numpy as np
import pytest

from counterweight.domain import Decision
from counterweight.domain.methods import AggregationMethod
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import Brief, ViewsNote, build_brief
from counterweight.reports.brief_html import summary_section
from counterweight.reports.summary_caveats import (
    caveat_sentences, methods_sentence, missing_cells, missing_sentence, regret_sentence, rival_sentence,
    split_summary,
)
from counterweight.services import exchange


def _fast(d: Decision) -> Decision:
    unc = d.method.uncertainty.model_copy(update={"samples": 2_000})
    return d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc})})


@pytest.fixture(scope="module")
def example() -> Decision:
    return _fast(exchange.read_file(example_decision_path()))


@pytest.fixture(scope="module")
def brief(example: Decision) -> Brief:
    return build_brief(example)


def _paragraphs(b: Brief) -> list[str]:
    body = summary_section(b)
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", body, re.S)]


def _with_first_shares(b: Brief, shares: dict[str, float]) -> Brief:
    acc = np.array(b.smaa.acceptability, dtype=float)
    for oid, share in shares.items():
        acc[b.smaa.option_ids.index(oid), 0] = share
    return dataclasses.replace(b, smaa=dataclasses.replace(b.smaa, acceptability=acc))


def test_example_says_the_methods_disagree_and_nothing_else(brief: Brief) -> None:
    cmp, ev, top = brief.comparison, brief.evaluation, brief.summary.top_ids[0]
    assert cmp.verdict == "disagree"
    others = [m for m in cmp.methods if m is not ev.aggregation and top not in cmp.standings[m].leading_ids]
    assert others  # the example as shipped: PROMETHEE II puts another option first
    caveats = caveat_sentences(brief)
    assert caveats == [methods_sentence(cmp, ev, top)]
    for m in others:
        assert m.label.split(" (")[0] in caveats[0]
        for oid in cmp.standings[m].first_ids:
            assert ev.option_names[ev.option_index(oid)] in caveats[0]
    # no boilerplate: the example has no rival under uncertainty, no missing score and no perspectives
    assert rival_sentence(brief.smaa, top) == "" and missing_sentence(ev, top) == ""
    assert regret_sentence(brief.views, brief.summary.top_names) == ""


def test_example_first_paragraph_is_short(brief: Brief) -> None:
    paragraphs = _paragraphs(brief)
    first, details = split_summary(brief)
    assert paragraphs[0] == " ".join(first)
    assert len(paragraphs[0].split()) <= 60  # the answer and what most affects it; the details follow
    # the details no longer follow the answer, so "It ranks first..." names the option
    assert paragraphs[1].startswith(brief.summary.top_names[0] + " ranks first mainly because of")
    assert details[1:] == list(brief.summary.sentences[2:])


def test_methods_sentence_only_when_they_disagree(brief: Brief) -> None:
    top = brief.summary.top_ids[0]
    for verdict in ("agree", "near", "none"):
        cmp = dataclasses.replace(brief.comparison, verdict=verdict)
        assert methods_sentence(cmp, brief.evaluation, top) == ""
    outside = dataclasses.replace(brief.comparison, compared_option_ids=tuple(
        o for o in brief.comparison.compared_option_ids if o != top))
    text = methods_sentence(outside, brief.evaluation, top)
    assert "cannot rank " + brief.summary.top_names[0] in text  # never their first over a smaller set


def test_rival_named_with_the_draws_shares(brief: Brief) -> None:
    top = brief.summary.top_ids[0]
    rival, third = [o for o in brief.smaa.option_ids if o != top][:2]
    b = _with_first_shares(brief, {top: 0.2, rival: 0.406, third: 0.394})
    text = rival_sentence(b.smaa, top)
    names = dict(zip(b.smaa.option_ids, b.smaa.option_names))
    assert f"{names[top]} ranks first in only 20.0 % of the draws" in text
    assert f"{names[rival]} ranks first in 40.6 % and {names[third]} in 39.4 %" in text
    assert text in _paragraphs(b)[0]
    near = _with_first_shares(brief, {top: 0.52, rival: 0.48, third: 0.0})
    assert "nearly as often" in rival_sentence(near.smaa, top) and names[rival] in rival_sentence(near.smaa, top)
    far = _with_first_shares(brief, {top: 0.6, rival: 0.4, third: 0.0})
    assert rival_sentence(far.smaa, top) == ""
    assert rival_sentence(None, top) == ""


def test_missing_scores_counted_with_the_winners_share(example: Decision, brief: Brief) -> None:
    top = brief.summary.top_ids[0]
    other = brief.summary.runner_up_id
    leaves = list(brief.evaluation.leaf_ids)
    drop = {(top, leaves[0]), (other, leaves[1]), (other, leaves[2])}
    d = example.model_copy(update={"scores": [s for s in example.scores
                                              if (s.option_id, s.criterion_id) not in drop]})
    b = build_brief(d)
    total, per = missing_cells(b.evaluation)
    assert total == int(np.count_nonzero(np.isnan(b.evaluation.raw))) == 3
    top_now = b.summary.top_ids[0]
    text = missing_sentence(b.evaluation, top_now)
    assert text.startswith("3 scores are missing and each counts as the worst possible value")
    name = b.summary.top_names[0]
    assert f"({per.get(top_now, 0)} of them for {name})" in text or (
        top_now not in per and f"(none of them for {name})" in text)
    assert text in _paragraphs(b)[0]
    # another method leaves such an option unranked instead: no "worst value" sentence
    assert missing_sentence(dataclasses.replace(b.evaluation, aggregation=AggregationMethod.TOPSIS), top_now) == ""


def test_regret_sentence_only_when_the_robust_choice_differs(brief: Brief) -> None:
    names = brief.summary.top_names
    other = next(n for n in brief.evaluation.option_names if n not in names)
    views = ViewsNote(weight_sets=("HM Treasury view",), robust_name=other, robust_regret=2.345, combinations=4)
    text = regret_sentence(views, names)
    assert names[0] in text and other in text and "4 combinations" in text and "(2.3 points)" in text
    b = dataclasses.replace(brief, views=views)
    assert text in _paragraphs(b)[0]
    assert regret_sentence(dataclasses.replace(views, robust_name=names[0]), names) == ""
    assert regret_sentence(dataclasses.replace(views, robust_ties=(names[0],)), names) == ""
    assert regret_sentence(None, names) == ""
