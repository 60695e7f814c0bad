"""QA 25 item 2, through the brief's HTML only: the shipped example's Summary opens with a short paragraph
that says the answer and that another aggregation method puts a different option first."""

from __future__ import annotations

import html
import re

from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import summary_section
from counterweight.services import exchange


def test_example_summary_opens_with_the_answer_and_the_methods_disagreement() -> None:
    d = exchange.read_file(example_decision_path())
    unc = d.method.uncertainty.model_copy(update={"samples": 2_000})
    brief = build_brief(d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc})}))
    paragraphs = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                  for p in re.findall(r"<p>(.*?)</p>", summary_section(brief), re.S)]
    first = paragraphs[0]
    assert first.startswith(brief.summary.sentences[0])
    cmp, ev, top = brief.comparison, brief.evaluation, brief.summary.top_ids[0]
    other = next(m for m in cmp.methods if m is not ev.aggregation and top not in cmp.standings[m].leading_ids)
    assert f"{other.label.split(' (')[0]} puts " in first
    assert ev.option_names[ev.option_index(cmp.standings[other].first_ids[0])] in first
    assert len(first.split()) <= 60
