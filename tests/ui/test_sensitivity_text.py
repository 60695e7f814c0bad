"""The Sensitivity tab's sentence: two different scores never read as the same number."""

from __future__ import annotations

import pytest

from counterweight.engine.flip import FlipItem, FlipResult
from counterweight.services.robustness import sensitivity_analysis
from counterweight.ui.widgets.sensitivity_text import _numbers, explain

from tests.factories import small_decision


@pytest.mark.parametrize(("a", "b", "expected"), [
    (3.0, 14.2096, ("3", "14.2")),  # the usual rounding when it already tells them apart
    (3.0, 3.004, ("3", "3.004")),
    (3.004, 2.996, ("3.004", "2.996")),
    (100.2, 99.96, ("100.2", "99.96")),
    (1234.4, 1234.6, ("1,234", "1,235")),
])
def test_two_different_scores_read_differently(a, b, expected):
    assert _numbers(a, b) == expected


def _flip_on_effect(current: float, target: float) -> FlipResult:
    """Alpha's Effect score must move from ``current`` to ``target`` for Charlie to come first."""
    item = FlipItem(kind="score", label="Alpha on Effect", criterion_id="effect", option_id="a", current=current,
                    target=target, change=target - current, fraction=0.01, span=10.0, new_top_id="c", exact=True)
    return FlipResult(top_id="a", items=(item,), threshold=0.1, verdict="fragile")


def test_a_tiny_score_change_names_two_different_numbers():
    decision = small_decision()
    _verdict, sentence = explain(decision, sensitivity_analysis(decision), _flip_on_effect(3.0, 2.996))
    assert "moves from 3 to 2.996" in sentence
    assert "from 3 to 3" not in sentence


def test_a_change_too_small_to_show_is_worded_as_a_direction():
    decision = small_decision()
    _verdict, sentence = explain(decision, sensitivity_analysis(decision), _flip_on_effect(3.0, 3.0 + 1e-9))
    assert "the score of Alpha on Effect rises just above 3" in sentence
    _verdict, sentence = explain(decision, sensitivity_analysis(decision), _flip_on_effect(3.0, 3.0 - 1e-9))
    assert "the score of Alpha on Effect falls just below 3" in sentence
