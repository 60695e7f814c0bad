"""QA 27: on a large project the sensitivity chart draws a dozen lines, not one per option.

1,000 lines took most of a second to draw each time the results came in, and neither the
chart nor its legend could be read. The chart now draws the best options at the current
weight, always with the top option and every option that comes first somewhere along the
axis, and says so; the Sensitivity table still lists every option.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("PySide6.QtCharts")

from counterweight.charts.sensitivity_chart import MAX_LINES, build_sensitivity_chart, shown_options  # noqa: E402
from counterweight.services.robustness import sensitivity_analysis  # noqa: E402
from tests.factories import small_decision  # noqa: E402


def _generated(options: int, criteria: int):  # noqa: ANN202
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    try:
        from synthetic import generate_decision
    finally:
        sys.path.pop(0)
    return generate_decision(options, criteria)


def test_a_small_decision_draws_every_option_and_says_nothing(qapp) -> None:  # noqa: ANN001
    result = sensitivity_analysis(small_decision())
    chart = build_sensitivity_chart(result, "risks")
    assert len(chart.option_series) == 3 and chart.shown_note == ""
    assert [e[0] for e in chart.legend_entries()[:3]] == list(result.option_names)


def test_a_large_decision_draws_the_best_lines_with_every_option_that_comes_first(qapp) -> None:  # noqa: ANN001
    decision = _generated(60, 8)
    result = sensitivity_analysis(decision)
    for crit in result.criteria:
        picked = shown_options(result, crit)
        assert len(picked) == MAX_LINES and len(set(picked)) == MAX_LINES
        ids = [result.option_ids[i] for i in picked]
        assert result.top_id in ids
        for t in (crit.decrease, crit.increase):
            if t is not None:
                assert t.new_top_id in ids  # whoever takes first place is always drawn
        now = [float(np.interp(crit.local_weight, crit.curve_weights, np.asarray(r, dtype=float)))
               for r in crit.curve_scores]
        others = sorted((now[i] for i in range(len(now)) if i not in picked), reverse=True)
        chosen = sorted(now[i] for i in picked)
        must = sum(1 for t in (crit.decrease, crit.increase) if t is not None)
        # apart from the options drawn because they come first somewhere, none left out beats one drawn
        assert not others or others[0] <= chosen[min(must, len(chosen) - 1)] + 1e-12
    crit = result.criteria[0]
    chart = build_sensitivity_chart(result, crit.criterion_id)
    assert len(chart.option_series) == MAX_LINES
    entries = chart.legend_entries()
    assert sum(1 for e in entries if e[2] in ("top", "option", "excluded")) == MAX_LINES
    assert chart.shown_note.startswith(f"Lines of the best {MAX_LINES} of 60 options")
    names = {s.name() for s in chart.option_series}
    assert result.option_names[result.option_ids.index(result.top_id)] in names
