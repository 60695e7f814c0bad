"""PROMETHEE's suggested thresholds for a value function that rises and falls are in value points.

Such a criterion is compared by its values, 0-100 (engine/compared.py; QA pass 23, item 2),
and PROMETHEE reads its q, p and s on that scale, so the method settings dialog suggests
them from the spread of the values, not of the raw scores. The decision is the one of
tests/engine/test_value_function_peak.py: Temperature scores 2, 5, 9 have values 40, 100, 20.
"""

from __future__ import annotations

from counterweight.ui.dialogs.method_thresholds import score_spread, suggested_thresholds
from tests.engine.test_value_function_peak import peak_decision


def test_the_spread_of_a_peaked_criterion_is_that_of_its_values() -> None:
    low, high, spread = score_spread(peak_decision(), "temp")
    assert (low, high, spread) == (20.0, 100.0, 80.0)
    assert suggested_thresholds(spread) == {"q": 8.0, "p": 40.0, "s": 24.0}
    assert score_spread(peak_decision(), "benefit") == (3.0, 8.0, 5.0)  # a straight line: its own units
