"""The printed contribution chart's legend wraps long group names instead of cutting them (QA 25 item 4).

Qt Charts' own legend puts every entry on one row and elides the names ("Strategic …");
in print the chart draws its own legend, which must show every word of every name, keep
the segment colours, and take more height (the brief gives the chart that height).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF

from counterweight.charts import build_contribution_chart
from counterweight.charts.palette import segment_colour, series_colour
from counterweight.engine import evaluate
from counterweight.reports.brief_charts import build_charts
from counterweight.reports.brief_content import build_brief
from tests.factories import small_decision

pytestmark = pytest.mark.qt

LONG = {
    "risks": "Strategic effect on the adversary and on allied cohesion across the whole theatre",
    "benefits": "Operational and force-protection risks to UK and partner personnel deployed forward",
}


def _long_names():
    d = small_decision()
    crits = [c.model_copy(update={"name": LONG.get(c.id, c.name)}) for c in d.criteria]
    return d.model_copy(update={"criteria": crits})


def test_every_word_of_every_group_name_is_printed(qapp) -> None:
    d = _long_names()
    chart = build_contribution_chart(d, evaluate(d), for_print=True)
    chart.resize(QSizeF(640, 320))
    assert not chart.legend().isVisible()  # Qt's eliding legend is not used in print
    drawn = " ".join(chart._legend.texts())
    assert "…" not in drawn
    for name in LONG.values():
        assert name in drawn  # an entry's lines come one after another: joined, they give the whole name
    assert chart.legend_height(640) > chart.legend_height(2000)  # it wraps onto more rows when narrow
    assert chart.margins().bottom() >= chart.legend_height(640)


def test_the_legend_swatches_match_the_segments(qapp) -> None:
    d = _long_names()
    chart = build_contribution_chart(d, evaluate(d), for_print=True)
    assert [b.color() for b in chart.series_.barSets()] == [segment_colour(0), segment_colour(1)]


def test_the_brief_gives_the_chart_room_for_a_taller_legend(qapp) -> None:
    short, long_ = build_charts(build_brief(small_decision()))[1], build_charts(build_brief(_long_names()))[1]
    assert long_["contribution"][1] > short["contribution"][1]


def test_a_dark_screen_keeps_the_bright_colours(qapp) -> None:
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d))
    chart.recolour_series(True)
    assert chart.series_.barSets()[0].color() == series_colour(0)
    chart.recolour_series(False)
    assert chart.series_.barSets()[0].color() == segment_colour(0)
