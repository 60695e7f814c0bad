"""A column's decimals are worked out from the rows that may read as another only (session 26).

Compared with the rule applied to every row at every count of decimals (written out here
as it was), on random columns with ties, halves, near neighbours, gaps, signs and rows
without a rank.
"""

from __future__ import annotations

import random

import pytest

from counterweight.domain import shown_numbers
from counterweight.domain.shown_numbers import _clean, _separates, _shared_values, column_decimals, fixed


def _every_row(values, ranks, base, extra, *, sign=False, tied_equal=True) -> int:
    clean = _clean(values)
    shown = _shared_values(clean, ranks) if tied_equal else clean
    most = base + max(0, extra)

    def texts(d):
        return [None if v is None else fixed(v, d, sign=sign) for v in shown]

    at_most = texts(most)
    for d in range(base, most):
        if _separates(texts(d), at_most, ranks):
            return d
    return most


def _column(rng: random.Random) -> tuple[list, list]:
    n = rng.randint(0, 60)
    scale = rng.choice([1.0, 100.0, 1e-3, 1e6, 1e14])
    values: list = []
    for _ in range(n):
        pick = rng.random()
        if pick < 0.08 or not values:
            values.append(rng.choice([None, float("nan"), rng.uniform(-1, 1) * scale]))
        elif pick < 0.3:  # a near neighbour: one or a few steps away, or a half
            base = rng.choice([v for v in values if v is not None and v == v] or [0.0])
            values.append(base + rng.choice([1, -1]) * rng.choice([1e-7, 5e-5, 0.05, 0.005, 1e-3, 2.5e-4]))
        elif pick < 0.4:
            values.append(round(rng.uniform(-1, 1) * scale, rng.randint(0, 6)) + rng.choice([0, 0.05, 0.005]))
        else:
            values.append(rng.uniform(-1, 1) * scale)
    order = sorted(range(n), key=lambda i: -(values[i] if values[i] is not None and values[i] == values[i] else -1e300))
    ranks: list = [None] * n
    for place, i in enumerate(order):
        ranks[i] = None if rng.random() < 0.1 else (place + 1 if rng.random() > 0.2 else max(1, place))
    return values, ranks


@pytest.mark.parametrize("seed", range(300))
def test_the_same_decimals_as_every_row_gives(seed):
    rng = random.Random(seed)
    values, ranks = _column(rng)
    base, extra = rng.choice([(0, 3), (1, 6), (2, 4), (3, 0)])
    for sign in (False, True):
        for tied in (True, False):
            assert column_decimals(values, ranks, base, extra, sign=sign, tied_equal=tied) == \
                _every_row(values, ranks, base, extra, sign=sign, tied_equal=tied)


def test_only_the_rows_near_another_are_written(monkeypatch):
    values = [float(k) for k in range(1000)] + [500.04]  # one pair apart by less than a step of 0.1
    ranks = list(range(1001, 0, -1))
    written = []
    real = shown_numbers.fixed
    monkeypatch.setattr(shown_numbers, "fixed", lambda v, d, **k: written.append(v) or real(v, d, **k))
    assert column_decimals(values, ranks, 1) == 2
    assert set(written) == {500.0, 500.04}
