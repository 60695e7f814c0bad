"""The brief's Trade-offs section on unusual decisions (QA pass 29): the shortfall's axis, shared first place,
one option, an axis without weight, a lower-is-better axis and right-to-left names."""

from __future__ import annotations

import html
import re

import pytest

from counterweight.domain import Decision
from counterweight.domain.methods import MapAxes
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_tradeoff import axis_title, tradeoff_section
from counterweight.services import exchange
from tests.engine.helpers import flat_decision, tree_decision

SIZES = {"tradeoff": (640, 560)}
ARABIC = "\u0641\u0648\u0627\u0626\u062f"


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def _axes(d: Decision, x: str, y: str) -> Decision:
    return d.model_copy(update={"method": d.method.model_copy(update={"map_axes": MapAxes(x=x, y=y)})})


def test_the_key_gives_the_shortfall_on_the_axis_where_the_option_is_beaten() -> None:
    d = _axes(exchange.read_file(example_decision_path()), "materiel-cost", "deterrent-effect")
    text = _plain(tradeoff_section(build_brief(d), SIZES))
    assert "Dominated by 3; 11.1 short on Financial and materiel cost" in text  # was "0.0 short on Deterrence…"
    assert "0.0 short" not in text


def test_options_sharing_first_place_are_all_named() -> None:
    text = _plain(tradeoff_section(build_brief(flat_decision([[50, 50]] * 3, [1, 1])), SIZES))
    assert "A1, A2 and A3 share first place and stand at the same point." in text
    assert "numbered in ranking order" in text and "The top option" not in text


def test_one_option_gets_a_sentence_instead_of_a_map() -> None:
    brief = build_brief(flat_decision([[40, 70]], [1, 1]))
    part = tradeoff_section(brief, SIZES)
    assert "chart:" not in part and "<table" not in part
    assert "Only one option, A1, is placed" in _plain(part) and "40.0 on C1 and 70.0 on C2" in _plain(part)


@pytest.mark.qt
def test_one_option_draws_no_map_chart(qapp) -> None:  # noqa: ANN001
    from counterweight.reports.brief_charts import build_charts

    charts, _sizes = build_charts(build_brief(flat_decision([[40, 70]], [1, 1])))
    assert "tradeoff" not in charts


def test_an_axis_without_weight_is_named() -> None:
    d = tree_decision()
    d = d.model_copy(update={"criteria": [c.model_copy(update={"weight": 0.0}) if c.id == "ben" else c
                                          for c in d.criteria]})
    part = tradeoff_section(build_brief(_axes(d, "ben", "risk")), SIZES)
    assert "\u2018Benefits\u2019 has no weight" in _plain(part) and "Risks" not in _plain(part)


def test_axis_titles_isolate_a_right_to_left_name_and_say_when_turned_round() -> None:
    assert axis_title(ARABIC) == f"\u200e\u2068{ARABIC}\u2069 (0-100 value)"
    assert axis_title("Cost", turned=True) == "Cost (0-100 value; higher = lower Cost)"
    assert axis_title("Benefits") == "Benefits (0-100 value)"  # as before for a left-to-right name


@pytest.mark.qt
def test_the_brief_map_titles_a_lower_is_better_axis(qapp) -> None:  # noqa: ANN001
    from counterweight.reports.brief_charts import build_charts

    charts, _sizes = build_charts(build_brief(_axes(tree_decision(), "safety", "health")))
    assert charts["tradeoff"].x_axis.titleText() == (
        "Safety incidents (0-100 value; higher = lower Safety incidents)")
    assert charts["tradeoff"].y_axis.titleText() == "Health (0-100 value)"


def test_right_to_left_names_are_isolated_in_the_sentences() -> None:
    d = tree_decision()
    d = d.model_copy(update={"criteria": [c.model_copy(update={"name": ARABIC}) if c.id == "ben" else c
                                          for c in d.criteria]})
    text = _plain(tradeoff_section(build_brief(d), SIZES))
    assert f"on \u200e\u2068{ARABIC}\u2069 (across)" in text


@pytest.mark.qt
def test_the_weights_chart_heading_isolates_a_right_to_left_name(qapp) -> None:  # noqa: ANN001
    from counterweight.charts.weights_chart import build_weights_chart

    d = tree_decision()
    d = d.model_copy(update={"criteria": [c.model_copy(update={"name": ARABIC}) if c.id == "ben" else c
                                          for c in d.criteria]})
    chart = build_weights_chart(d, build_brief(d).evaluation)
    assert chart is not None
    k = next(k for k, row in enumerate(chart.rows) if row.heading and ARABIC in row.label)
    assert chart.row_lines(600, k)[0].startswith(f"\u200e\u2068{ARABIC}\u2069 (")
