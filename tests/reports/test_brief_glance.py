"""The brief's at-a-glance table, head-to-head, scorecard group headings and indented weights (QA 25).

QA 25 asked for "a one-page summary scorecard by option x group", "a head-to-head comparison of
the top two options by group", group headings above the scorecard's criterion columns (item 8)
and sub-criteria that keep their indent when their names wrap (item 14). The points are checked
against the evaluation's contributions, computed here from the arrays, not through the code under test.
"""

from __future__ import annotations

import html
import re

import numpy as np
import pytest

from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.domain.methods import AggregationMethod
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_glance import glance_section, group_header_row
from counterweight.reports.brief_html import document_html, ranking_section, scorecard_section, weights_section
from counterweight.reports.brief_top_two import head_to_head, head_to_head_section
from counterweight.services import exchange
from tests.factories import small_decision
from tests.reports.method_cases import with_method


def grey(value: float | None) -> str:
    """A tint that writes its value, so a test can read which share a cell was tinted by."""
    return "none" if value is None else f"v{value:.6f}"


@pytest.fixture(scope="module")
def example():  # noqa: ANN201
    return build_brief(exchange.read_file(example_decision_path()))


def _body(markup: str) -> list[list[tuple[str, str]]]:
    """Each body row of the first table after the at-a-glance heading, as (text, bgcolor) cells."""
    part = markup.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = []
    for row in part.split("<tr>")[1:]:
        cells = re.findall(r"<td([^>]*)>(.*?)</td>", row)
        rows.append([(html.unescape(re.sub(r"<[^>]+>", "", text)), (re.findall(r'bgcolor="([^"]*)"', attrs) or [""])[0])
                     for attrs, text in cells])
    return rows


def test_at_a_glance_points_are_the_evaluations_contributions_by_group(example) -> None:  # noqa: ANN001
    ev, d = example.evaluation, example.decision
    rows = _body(glance_section(example, grey))
    tops = d.children(None)
    assert [t.name for t in tops] == ["Risks", "Costs", "Benefits"]
    assert len(rows) == len(ev.option_ids)
    for row, i in zip(rows, (int(k) for k in ev.order), strict=True):
        assert row[0][0] == f"{int(ev.ranks[i])}. {ev.option_names[i]}"  # rank order, rank with the name
        total = 0.0
        for cell, top in zip(row[1:-1], tops, strict=True):
            cols = [j for j, anc in enumerate(ev.leaf_ancestors) if top.id in anc]
            points = 100.0 * float(np.sum(ev.values[i, cols] * ev.leaf_weights[cols]))
            assert cell[0] == f"{points:.1f}"
            weight = float(np.sum(ev.leaf_weights[cols]))
            assert cell[1] == f"v{points / (100.0 * weight):.6f}"  # tinted by the share of the group's points
            total += points
        assert abs(total - 100.0 * float(ev.totals[i])) < 1e-9  # the groups add up to the score
        assert row[-1][0] == f"{100.0 * float(ev.totals[i]):.1f}"


def test_at_a_glance_matches_the_rankings_points_columns(example) -> None:  # noqa: ANN001
    ranking = _body(ranking_section(example, {}))
    glance = _body(glance_section(example, grey))
    for r, g in zip(ranking, glance, strict=True):
        assert [c[0] for c in r[3:6]] == [c[0] for c in g[1:4]]  # Risks, Costs, Benefits (points)
        assert r[2][0] == g[-1][0]


def test_at_a_glance_stands_before_the_scorecard_and_names_each_groups_most(example) -> None:  # noqa: ANN001
    whole = document_html(example, colour=grey, charts={})
    assert whole.index("<h2>Ranking</h2>") < whole.index("At a glance: points by group") < whole.index(
        "<h2>Scorecard</h2>")
    heads = glance_section(example, grey).split("<tbody>")[0]
    assert 'Risks<br><span class="small">out of 35.1</span>' in heads  # a group gives at most its weight


def test_no_at_a_glance_without_groups() -> None:
    crit = [Criterion(id=f"c{k}", name=f"C{k}", weight=1, scale=NumericScale(lower=0, upper=10)) for k in range(3)]
    opts = [Option(id=f"o{k}", name=f"O{k}") for k in range(2)]
    d = Decision(id="flat", title="Flat", options=opts, criteria=crit,
                 scores=[Score(option_id=o.id, criterion_id=c.id, value=3 + k) for k, o in enumerate(opts) for c in crit])
    brief = build_brief(d)
    assert glance_section(brief, grey) == ""
    assert group_header_row(d, brief.evaluation, [0, 1, 2]) == ""
    assert "<th class=\"muted\">Group</th>" not in scorecard_section(brief, grey)
    assert head_to_head(brief) is None


def test_a_method_that_does_not_add_points_says_why_there_is_no_table() -> None:
    brief = build_brief(with_method(small_decision(), AggregationMethod.TOPSIS))
    text = glance_section(brief, grey)
    assert "<table" not in text and "not a sum of points from each criterion" in text
    assert head_to_head_section(brief) == ""


def test_long_group_names_are_numbered_with_a_key() -> None:
    """QA 25's big decision: six group names of 60-100 characters broke inside words above narrow columns."""
    long = [f"Group {k} about the strategic, operational and humanitarian-legal consequences for ministers"
            for k in range(6)]
    crit = []
    for g, name in enumerate(long):
        crit.append(Criterion(id=f"g{g}", name=name, weight=1))
        crit += [Criterion(id=f"g{g}c{k}", name=f"C{g}{k}", parent_id=f"g{g}", weight=1,
                           scale=NumericScale(lower=0, upper=10)) for k in range(2)]
    opts = [Option(id=f"o{k}", name=f"Option {k}") for k in range(3)]
    scores = [Score(option_id=o.id, criterion_id=c.id, value=(i + j) % 10)
              for i, o in enumerate(opts) for j, c in enumerate(x for x in crit if x.parent_id)]
    markup = glance_section(build_brief(Decision(id="l", title="L", options=opts, criteria=crit, scores=scores)), grey)
    heads = re.findall(r"<th[^>]*>(.*?)</th>", markup.split("</thead>")[0])
    assert [h.split("<br>")[0] for h in heads[1:-1]] == ["1", "2", "3", "4", "5", "6"]
    assert f"(1) {long[0]}; (2) {long[1]}" in markup


def test_scorecard_names_each_columns_group_in_a_row_above(example) -> None:  # noqa: ANN001
    markup = scorecard_section(example, grey)
    groups = re.findall(r"<thead><tr>(.*?)</tr>", markup)
    assert groups == [
        '<th class="muted">Group</th><th colspan="2" align="center">Risks</th>'
        '<th colspan="2" align="center">Costs</th>',
        '<th class="muted">Group</th><th colspan="3" align="center">Benefits</th>',
    ]


def test_sub_criteria_keep_their_indent_when_they_wrap(example) -> None:  # noqa: ANN001
    markup = weights_section(example)
    assert "&nbsp;" not in markup  # no spaces before the name: a wrapped line started at the cell's edge
    assert '<div style="margin-left:50px">Civilian risk</div>' in markup
    assert "<td><b>Risks</b></td>" in markup  # top level: no indent


def test_weights_section_has_a_place_for_its_chart(example) -> None:  # noqa: ANN001
    assert 'src="chart:weights" width="640" height="290"' in weights_section(example, {"weights": (640, 290)})
    assert "chart:weights" not in weights_section(example)


def test_head_to_head_of_the_top_two(example) -> None:  # noqa: ANN001
    sentence, rows = head_to_head(example)
    ev = example.evaluation
    a, b = (ev.option_ids[int(i)] for i in ev.order[:2])
    lead = 100.0 * (ev.total_of(a) - ev.total_of(b))
    assert abs(sum(x - y for _, x, y in rows) - lead) < 1e-9  # the differences add up to the lead
    assert sentence == ("Full deterrence package leads Joint information campaign by 3.4 points. It gains most on "
                        "Benefits (29.2 points more); Joint information campaign gains most on Risks (14.5 points more).")
    section = head_to_head_section(example)
    assert "<h3>The top two, group by group</h3>" in section
    cells = _body(section)
    assert [c[0] for c in cells[0]] == ["Risks", "11.1", "25.6", "\u221214.5"]
    assert [c[0] for c in cells[-1]] == ["Score (0-100)", "62.0", "58.6", "+3.4"]


def test_head_to_head_when_the_top_two_are_level() -> None:
    d = small_decision()
    data = d.model_dump()
    for s in data["scores"]:  # Bravo scores as Alpha does
        if s["option_id"] == "b":
            twin = next(t for t in data["scores"] if t["option_id"] == "a" and t["criterion_id"] == s["criterion_id"])
            s.update(value=twin["value"], level=twin["level"], low=None, high=None)
    brief = build_brief(Decision.model_validate(data))
    sentence, _ = head_to_head(brief)
    assert " are level on " in sentence and sentence.endswith("is ahead on no group.")
