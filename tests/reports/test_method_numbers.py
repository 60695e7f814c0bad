"""QA 25 item 11: one rounding per kind of figure in "Other aggregation methods" and the method figures.

The summary said the first option is 3.4 points ahead and the methods table 3.44; PROMETHEE's
net flow was written "-0.004" with a hyphen where the brief's text writes the minus sign "−".
"""

from __future__ import annotations

import html
import re

from counterweight.domain import AggregationMethod
from counterweight.locations import example_decision_path
from counterweight.reports import brief_html
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_methods import method_comparison_section
from counterweight.services import exchange
from tests.reports import method_cases as cases
from tests.reports.test_brief_content import grey
from tests.reports.test_brief_methods import _cells


def test_the_methods_table_writes_the_lead_as_the_summary_does() -> None:
    brief = build_brief(exchange.read_file(example_decision_path()))
    doc = html.unescape(re.sub(r"<[^>]+>", " ", brief_html.document_html(brief, colour=grey, charts={})))
    said = re.search(r"ranks first with [\d.]+ out of 100, ([\d.]+) points ahead", " ".join(doc.split())).group(1)
    lead = _cells(method_comparison_section(brief))[-1][1]  # the weighted sum, used here
    assert said == lead == "3.4"


def test_negative_net_flows_use_the_minus_sign() -> None:
    brief = build_brief(cases.with_method(exchange.read_file(example_decision_path()), AggregationMethod.PROMETHEE))
    doc = brief_html.document_html(brief, colour=grey, charts={})
    ranking = doc[doc.index("<h2>Ranking</h2>"):doc.index("<h2>", doc.index("<h2>Ranking</h2>") + 4)]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", ranking)
    assert any(c.startswith("−0.") for c in cells)
    assert not any(re.fullmatch(r"-\d+\.\d+", c) for c in cells)
