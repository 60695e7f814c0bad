"""A column's texts cost little when an edit changes a few numbers (session 26).

At 1,000 options the Ranking table's score column wrote some 3,700 texts an edit: each count of
decimals' texts at the most decimals for every row that might read as another, and every
row again after a score edit that changed one total. The results are the same (the reference
tests in test_column_decimals_near_rows.py and test_shown_numbers.py).
"""

from __future__ import annotations

import random

from counterweight.domain import shown_numbers
from counterweight.domain.shown_numbers import column_decimals, column_texts, fixed


def _dense(n: int = 1000) -> tuple[list[float], list[int]]:
    rng = random.Random(26)
    values = [rng.uniform(40.0, 70.0) for _ in range(n)]
    order = sorted(range(n), key=lambda i: -values[i])
    ranks = [0] * n
    for rank, i in enumerate(order, 1):
        ranks[i] = rank
    return values, ranks


def test_texts_at_the_most_decimals_are_written_for_few_rows(monkeypatch):
    values, ranks = _dense()
    monkeypatch.setattr(shown_numbers, "_WRITTEN", {}, raising=False)
    asked: list[int] = []
    real = shown_numbers.fixed
    monkeypatch.setattr(shown_numbers, "fixed", lambda v, d, **kw: asked.append(d) or real(v, d, **kw))
    decimals = column_decimals(values, ranks, 1)
    assert 3 <= decimals < 7
    assert asked.count(7) < 50  # was every row within a step of another at one decimal (over 900)


def test_a_text_written_once_is_not_worked_out_again(monkeypatch):
    values, ranks = _dense()
    monkeypatch.setattr(shown_numbers, "_WRITTEN", {}, raising=False)
    first = column_texts(values, ranks, 1)
    worked: list[float] = []
    real = shown_numbers._needs_decimal
    monkeypatch.setattr(shown_numbers, "_needs_decimal", lambda x, p: worked.append(x) or real(x, p))
    values[10] += 0.25  # a score edit: one total moves
    again = column_texts(values, ranks, 1)
    assert len(worked) < 20
    assert [a for k, (a, b) in enumerate(zip(first, again)) if a != b and k != 10] == []


def test_remembered_texts_read_as_written(monkeypatch):
    monkeypatch.setattr(shown_numbers, "_WRITTEN", {}, raising=False)
    cases = [(31.25, 1, False), (-0.04, 1, False), (0.0, 1, True), (-0.0, 1, True), (-0.0, 2, False),
             (1.45, 1, False), (112908645304.86688, 6, False), (12345.678, 1, False)]
    once = [fixed(v, d, sign=s) for v, d, s in cases]
    assert once == ["31.3", "0.0", "+0.0", "+0.0", "0.00", "1.5", "112908645304.866880", "12345.7"]
    assert [fixed(v, d, sign=s) for v, d, s in cases] == once
    assert fixed(12345.678, 1, grouped=True) == "12,345.7" and fixed(float("nan"), 1) == "nan"
