"""The suite's property tests are repeatable unless exploring is asked for (tests/conftest.py)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.skipif(os.environ.get("COUNTERWEIGHT_HYPOTHESIS", "repeatable") != "repeatable",
                    reason="exploring: fresh random draws were asked for")
def test_property_tests_draw_the_same_examples_on_every_run() -> None:
    assert settings.default.derandomize is True
    assert settings.default.deadline is None  # no timed assertions: a loaded CI host is not a failure
    runs: list[list[int]] = []
    for _ in range(2):
        seen: list[int] = []

        @settings(max_examples=20, database=None)
        @given(st.integers())
        def record(x: int) -> None:
            seen.append(x)

        record()
        runs.append(seen)
    assert runs[0] == runs[1] and len(set(runs[0])) > 1
