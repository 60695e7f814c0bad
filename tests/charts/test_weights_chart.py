"""The brief's weights chart (QA 25: "a chart of the weights (a bar chart of the criterion weights)").

One bar per criterion with its share of the whole decision, grouped under each top-level group's
heading (tree order) and heaviest first within a group; recorded as SVG like the brief's other
charts, and no taller than a page. Expected weights are the evaluation's own global weights.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, qGray

from counterweight.charts.contribution_chart import chart_segments
from counterweight.charts.palette import segment_colour
from counterweight.charts.weights_chart import TITLE, build_weights_chart, weight_rows
from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.locations import example_decision_path
from counterweight.reports.brief_charts import CHART_WIDTH_PX, MAX_CHART_HEIGHT_PX, record_charts, weights_picture
from counterweight.reports.brief_content import build_brief
from counterweight.services import exchange

pytestmark = pytest.mark.qt


@pytest.fixture(scope="module")
def example():  # noqa: ANN201
    return build_brief(exchange.read_file(example_decision_path()))


def _grouped(groups: int, per: int, name_chars: int = 90) -> Decision:
    """``groups`` groups of ``per`` criteria each, with long names (QA 25's big decision: 6 x 5, 60-100 characters)."""
    crit = []
    for g in range(groups):
        crit.append(Criterion(id=f"g{g}", name=f"Group {g} " + "long group name words " * 3, weight=1 + g))
        for k in range(per):
            words = f"C{g:02d}{k:02d} Likelihood of the effect on deterrence posture within the next two to five years"
            crit.append(Criterion(id=f"g{g}c{k}", name=words[:name_chars], parent_id=f"g{g}", weight=1 + (k * 7 + g) % 10,
                                  scale=NumericScale(lower=0, upper=10)))
    opts = [Option(id=f"o{k}", name=f"Option {k}") for k in range(3)]
    leaves = [c for c in crit if c.parent_id]
    scores = [Score(option_id=o.id, criterion_id=c.id, value=(i * 3 + j) % 11) for i, o in enumerate(opts)
              for j, c in enumerate(leaves)]
    return Decision(id="big", title="Big", options=opts, criteria=crit, scores=scores)


def test_rows_are_grouped_in_tree_order_then_heaviest_first(example) -> None:  # noqa: ANN001
    d, ev = example.decision, example.evaluation
    rows = weight_rows(d, ev)
    headings = [(r.label, r.weight) for r in rows if r.heading]
    assert headings == [(c.name, ev.global_weights[c.id]) for c in d.children(None)]  # Risks, Costs, Benefits
    assert [r.label for r in rows] == [
        "Risks", "Civilian risk", "Escalation risk",
        "Costs", "Friction with allies and partners", "Financial and materiel cost",
        "Benefits", "Deterrence of further North Korean deployments",
        "Disruption of the Russia-North Korea nuclear bargain", "Time to effect"]
    leaf_weight = dict(zip(ev.leaf_labels, (float(w) for w in ev.leaf_weights)))
    for r in rows:
        if not r.heading:
            assert r.weight == leaf_weight[r.label]
    assert abs(sum(r.weight for r in rows if not r.heading) - 1.0) < 1e-9
    # a group's colour is its colour in the contribution chart
    segments = [s.name for s in chart_segments(d, ev)]
    assert all(segments[r.colour_index] == r.label for r in rows if r.heading)


def test_without_groups_the_criteria_are_heaviest_first() -> None:
    crit = [Criterion(id=f"c{k}", name=f"C{k}", weight=w, scale=NumericScale(lower=0, upper=10))
            for k, w in enumerate((2, 5, 1, 5))]
    opts = [Option(id="a", name="A"), Option(id="b", name="B")]
    d = Decision(id="f", title="F", options=opts, criteria=crit,
                 scores=[Score(option_id=o.id, criterion_id=c.id, value=4) for o in opts for c in crit])
    rows = weight_rows(d, build_brief(d).evaluation)
    assert [r.label for r in rows] == ["C1", "C3", "C0", "C2"] and not any(r.heading for r in rows)
    assert {r.colour_index for r in rows} == {0}


def test_the_brief_records_the_chart_as_svg_with_every_name_and_weight(example) -> None:  # noqa: ANN001
    pictures = record_charts(example)
    assert {"contribution", "tornado", "weights"} <= set(pictures)
    pic = pictures["weights"]
    assert pic.width == CHART_WIDTH_PX and 200 < pic.height <= MAX_CHART_HEIGHT_PX
    svg = pic.svg.decode()
    texts = [t.strip() for t in re.findall(r">([^<>]+)</text>", svg)]
    assert TITLE in texts
    assert "Risks (35.1 % in all)" in texts and "Benefits (45.0 % in all)" in texts
    assert "Civilian risk" in texts and "19.3 %" in texts and "24.3 %" in texts
    # the two-line name is whole over its two lines
    assert "Deterrence of further North Korean" in texts and "deployments" in texts
    # bars are filled with the groups' colours, which print as different greys
    fills = {m.upper() for m in re.findall(r'fill="(#[0-9a-fA-F]{6})"', svg)}
    colours = [segment_colour(k).name().upper() for k in range(3)]
    assert set(colours) <= fills
    greys = sorted(qGray(QColor(c).rgb()) for c in colours)
    assert all(b - a >= 40 for a, b in zip(greys, greys[1:]))


def test_thirty_criteria_in_six_long_groups_fit_a_page_with_every_criterion() -> None:
    d = _grouped(6, 5)
    chart = build_weights_chart(d, build_brief(d).evaluation)
    height = chart.fit(CHART_WIDTH_PX, MAX_CHART_HEIGHT_PX)
    assert height <= MAX_CHART_HEIGHT_PX and chart.hidden == 0
    assert sum(not r.heading for r in chart.rows) == 30 and chart.title == TITLE
    # long names take one line each, cut at the end; a group's total is never cut
    lines = [chart.row_lines(CHART_WIDTH_PX, k) for k in range(len(chart.rows))]
    assert all(len(x) == 1 for x in lines)
    assert all(x[0].endswith("% in all)") for x, r in zip(lines, chart.rows) if r.heading)


def test_a_very_wide_tree_leaves_out_its_lightest_criteria_and_says_so() -> None:
    d = _grouped(6, 12, name_chars=30)
    brief = build_brief(d)
    picture = weights_picture(brief)
    assert picture is not None and picture.height <= MAX_CHART_HEIGHT_PX
    chart = build_weights_chart(d, brief.evaluation)
    chart.fit(CHART_WIDTH_PX, MAX_CHART_HEIGHT_PX)
    shown = [r.weight for r in chart.rows if not r.heading]
    assert chart.hidden > 0 and len(shown) + chart.hidden == 72
    assert chart.title == f"Weight of the {len(shown)} heaviest of 72 criteria (share of the whole decision)"
    left_out = sorted(float(w) for w in brief.evaluation.leaf_weights)[: chart.hidden]
    assert max(left_out) <= min(shown) + 1e-12
    assert "heaviest of 72 criteria" in picture.svg.decode()
