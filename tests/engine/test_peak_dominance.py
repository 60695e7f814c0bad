"""For the lead, after applying /tmp/h21d/dominance_peak.patch to engine/dominance.py (h21c's file).

A peaked value function (tests/engine/test_value_function_peak.py): B at the peak (value 100) is first
under every method; without the patch TOPSIS/PROMETHEE/VIKOR and min-max say "'B' is dominated by 'C'"
(C scores 9, value 20) because dominance compared the raw numbers in the stored direction.
"""

from __future__ import annotations

import pytest

from counterweight.domain import AggregationMethod, Normalization
from counterweight.engine import evaluate
from tests.engine.test_value_function_peak import peak_decision


@pytest.mark.parametrize("method", tuple(AggregationMethod))
@pytest.mark.parametrize("normalization", [Normalization.VALUE_FUNCTION, Normalization.MIN_MAX])
def test_the_dominance_notes_of_a_peaked_function_agree_across_methods(
        method: AggregationMethod, normalization: Normalization) -> None:
    ev = evaluate(peak_decision(method=method, normalization=normalization))
    notes = [d for d in ev.diagnostics if d.code == "dominated_option"]
    assert [d.option_id for d in notes] == ["a"]  # A (40, 3) is dominated by B (100, 4), nothing else
    assert notes[0].message.startswith("'A' is dominated by 'B':")
