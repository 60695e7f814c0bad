"""The Sensitivity tab's verdict on ties and empty decisions (QA pass 18, item 3).

Two options tied first read "Tied" and are both named, never "Robust · A stays
first"; with no weight, no criteria or no scores the badge reads "Not applicable"
and the sentence gives the Warnings' reason, with no "stays first". Decisions from
tests/engine/test_flip_ties.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel
from tests.engine.test_flip_ties import (
    no_criteria_decision,
    no_scores_decision,
    tied_decision,
    zero_weight_decision,
)
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt


def _shown(qtbot, tmp_path: Path, decision) -> tuple[str, str, str, str]:  # noqa: ANN001
    """The badge, the sentence, the caption under the tornado chart and the chart's legend for ``decision``."""
    gen = controller_on(tmp_path / "v.counterweight", decision)
    controller = next(gen)
    try:
        panel = SensitivityPanel(controller)
        qtbot.addWidget(panel)
        panel.resize(560, 900)
        with qtbot.waitSignal(panel.updated, timeout=10_000):
            panel.show()
        return (panel.verdict_label.text(), panel.explanation_label.text(), panel.tornado_caption.text(),
                panel.chart_legend.text())
    finally:
        next(gen, None)


def test_two_options_tied_first_read_tied_and_both_are_named(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    badge, sentence, caption, legend = _shown(qtbot, tmp_path, tied_decision())
    assert badge == "Tied"
    assert caption == sentence  # no "Bars: ..." over a chart of zero-length bars (the chart is left out)
    assert sentence == "A1 and A2 share first place: any change to a weight or a score that favours one of them " \
                       "puts it first."
    assert "stays first" not in sentence
    # the chart's legend marks both, never one of them alone as "(first)"
    assert legend.count("(tied first)") == 2 and "(first)" not in legend


@pytest.mark.parametrize(("make", "reason"), [
    (zero_weight_decision, "No criterion carries any weight, so every option scores 0."),
    (no_criteria_decision, "The decision has no scored criteria yet, so every option scores 0."),
    (no_scores_decision, "No option has a score yet, so every option scores 0."),
])
def test_no_verdict_reads_not_applicable_with_the_reason(qtbot, tmp_path: Path, make, reason: str) -> None:  # noqa: ANN001
    badge, sentence, caption, legend = _shown(qtbot, tmp_path, make())
    assert badge == "Not applicable"
    assert sentence.startswith(reason)
    assert "stays first" not in sentence and "Robust" not in sentence and "Fragile" not in sentence
    assert caption == sentence  # no "Bars: ..." under a chart of a verdict that does not apply
    assert "(first)" not in legend  # every option ties at 0 (or there is no chart): no sole first
