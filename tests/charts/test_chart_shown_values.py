"""Charts say what the ranking table says: no rank for an excluded option, no bar for a number not computed.

Cases: tests/shown_values_cases.py (``uncomputed_decision``: the red line excludes
Delta and Echo; TOPSIS cannot compute Charlie or Delta, which lack a Cost score).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtCharts")

from counterweight.charts import build_contribution_chart  # noqa: E402
from counterweight.charts.comparison_chart import build_method_score_chart  # noqa: E402
from counterweight.domain import AggregationMethod  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from tests.shown_values_cases import closeness_tie_decision, uncomputed_decision  # noqa: E402

pytestmark = pytest.mark.qt


def test_contribution_chart_gives_an_excluded_option_no_rank(qapp) -> None:  # noqa: ANN001
    d = uncomputed_decision(AggregationMethod.WSM)
    # WSM totals by hand (a missing score counts as 0; weights 0.5 / 0.5):
    # Alpha 0.5 * 0.8 + 0.5 * 0.8 = 0.8, Bravo 0.6, Charlie 0.35, Delta 0.05 (excluded), Echo 0.45 (excluded)
    chart = build_contribution_chart(d, evaluate(d))
    labels = list(reversed(chart.category_axis.categories()))  # top bar first
    assert labels == ["1. Alpha", "2. Bravo", "3. Charlie", "— Delta", "— Echo"]


def test_method_chart_draws_no_bar_for_an_excluded_option_without_a_number(qapp) -> None:  # noqa: ANN001
    d = uncomputed_decision(AggregationMethod.TOPSIS)
    chart = build_method_score_chart(evaluate(d))
    labels = list(reversed(chart.category_axis.categories()))
    # Charlie and Delta have no closeness; Echo is excluded but computed, so it keeps a grey bar
    assert labels == ["1. Alpha", "2. Bravo", "— Echo"]
    excluded = [chart.excluded_set.at(k) for k in range(chart.excluded_set.count())]
    assert sum(1 for v in excluded if v != 0.0) == 1


def test_method_chart_tooltips_tell_near_ties_apart(qapp) -> None:  # noqa: ANN001
    # closeness 1 and 0.9998 (hand: one criterion) read 1.000 and 1.000 at three decimals
    chart = build_method_score_chart(evaluate(closeness_tie_decision()))
    top, second = chart.describe_bar(3), chart.describe_bar(2)  # bottom = 0, best on top
    assert "1.0000" in top and "rank 1" in top
    assert "0.9998" in second and "rank 2" in second
