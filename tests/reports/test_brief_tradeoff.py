"""The brief's Trade-offs section: after At a glance, on the stored axes, its key and sentences.

The numbers are checked against the evaluation's contributions computed here (points under a
group over the group's weight), not through the engine module under test.
"""

from __future__ import annotations

import html
import re

import pytest

from counterweight.domain.methods import AggregationMethod, MapAxes
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import document_html
from counterweight.reports.brief_tradeoff import TITLE, tradeoff_section
from counterweight.services import exchange

SIZES = {"tradeoff": (640, 560)}


def _brief(**method: object):  # noqa: ANN202
    d = exchange.read_file(example_decision_path())
    if method:
        d = d.model_copy(update={"method": d.method.model_copy(update=method)})
    return build_brief(d)


@pytest.fixture(scope="module")
def example():  # noqa: ANN201
    return _brief()


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def _value(ev, oid: str, name: str) -> float:  # noqa: ANN001
    cid = next(c for c in ev.criterion_ids if ev.criterion_names[c] == name)
    cols = [j for j, anc in enumerate(ev.leaf_ancestors) if cid in anc]
    i = ev.option_ids.index(oid)
    return 100.0 * sum(ev.contributions[i, j] for j in cols) / sum(ev.leaf_weights[j] for j in cols)


def test_the_section_follows_at_a_glance_and_precedes_the_scorecard(example) -> None:  # noqa: ANN001
    markup = document_html(example, colour=lambda v: "#ffffff", charts=SIZES)
    heads = re.findall(r"<h2>(.*?)</h2>", markup)
    k = heads.index(TITLE)
    assert heads[k - 1].startswith("At a glance") and heads[k + 1].startswith("Scorecard")
    assert '<img src="chart:tradeoff"' in markup


def test_key_rows_are_the_options_values_in_rank_order(example) -> None:  # noqa: ANN001
    ev = example.evaluation
    part = tradeoff_section(example, SIZES)
    body = part.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = [[_plain(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r)] for r in body.split("<tr>")[1:]]
    assert [r[1] for r in rows] == [ev.option_names[int(i)] for i in ev.order]
    for k, (row, i) in enumerate(zip(rows, (int(i) for i in ev.order), strict=True), start=1):
        oid = ev.option_ids[i]
        assert row[0] == str(k)
        assert row[2] == f"{_value(ev, oid, 'Risks'):.1f}" and row[3] == f"{_value(ev, oid, 'Benefits'):.1f}"
    assert rows[2][4].startswith("Dominated by 1;")  # Strike troops: level on Risks with Full deterrence, lower Benefits
    text = _plain(part)
    assert "Efficient (no other option is at least as good on both and better on one): Full deterrence package" in text
    assert ("Against its nearest efficient rival, Transfer US cluster munitions, the top option, Full deterrence "
            "package, gives up 11.0 on Risks for 33.5 more on Benefits.") in " ".join(text.split())


def test_the_stored_axes_are_used(example) -> None:  # noqa: ANN001
    costs = next(c.id for c in example.decision.criteria if c.name == "Costs")
    text = _plain(tradeoff_section(_brief(map_axes=MapAxes(x=costs)), SIZES))
    assert "value on Costs (across) and on Benefits (up)" in " ".join(text.split())
    stale = _plain(tradeoff_section(_brief(map_axes=MapAxes(x="deleted", y="gone")), SIZES))
    assert "value on Risks (across) and on Benefits (up)" in " ".join(stale.split())  # back to the default


def test_a_method_that_does_not_add_up_gets_one_sentence() -> None:
    part = tradeoff_section(_brief(aggregation=AggregationMethod.PROMETHEE), SIZES)
    assert part.startswith('<p class="muted">No value map is given: a PROMETHEE II') and "<h2>" not in part
    assert "chart:" not in part


@pytest.mark.qt
def test_the_chart_is_drawn_for_the_brief(example, qapp) -> None:  # noqa: ANN001
    from counterweight.reports.brief_charts import build_charts

    charts, sizes = build_charts(example)
    chart = charts["tradeoff"]
    assert sizes["tradeoff"] == (640, 560)
    assert chart.efficient.count() == 4 and chart.dominated.count() == 1
    assert chart.label_texts == ["1", "2", "3", "4", "5"]
    assert chart.y_axis.titleText() == "Benefits (0-100 value)"
