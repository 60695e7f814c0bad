"""Counted nouns in the English messages below the window."""

from __future__ import annotations

import pytest

from counterweight.domain.wording import count


@pytest.mark.parametrize(("n", "expected"), [(0, "0 scores"), (1, "1 score"), (2, "2 scores"), (1500, "1,500 scores")])
def test_count_uses_the_singular_for_exactly_one(n: int, expected: str) -> None:
    assert count(n, "score") == expected


def test_an_irregular_plural_is_given() -> None:
    assert count(1, "set of judgements", "sets of judgements") == "1 set of judgements"
    assert count(3, "set of judgements", "sets of judgements") == "3 sets of judgements"
