"""QA pass 23 item 8: beyond 15 criteria no random index is published, so the consistency cannot be checked.

It used to say ``acceptable: True`` (so nothing warned, however inconsistent) and that "the Saaty 1980
random-index table stops at 10" while 11 to 15 criteria use Saaty's 2005 table. The QA's 16 random
judgements (/tmp/qa23/ahp3.py) give lambda_max 39.26 and CI 1.55; CI is checked here against numpy's own
eigenvalues, CI = (lambda_max - n) / (n - 1) (Saaty 1980).
"""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.engine.ahp import ahp_weights
from counterweight.engine.ahp_scale import SAATY_1980, SAATY_2005


def judgements_of(ids: list[str], a: np.ndarray) -> list[tuple[str, str, float]]:
    return [(ids[i], ids[j], float(a[i, j])) for i in range(len(ids)) for j in range(i + 1, len(ids))]


def qa_sixteen() -> tuple[list[str], np.ndarray]:
    """/tmp/qa23/ahp3.py: 16 criteria, every judgement drawn from 1/9, 1/5, 1/3, 1, 3, 5, 9 (seed 1)."""
    n, rng = 16, np.random.default_rng(1)
    vals = [1 / 9, 1 / 5, 1 / 3, 1, 3, 5, 9]
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = float(rng.choice(vals))
            a[j, i] = 1 / a[i, j]
    return [f"c{k + 1}" for k in range(n)], a


def test_sixteen_inconsistent_criteria_cannot_be_checked() -> None:
    ids, a = qa_sixteen()
    r = ahp_weights(ids, judgements_of(ids, a))
    lam = float(max(np.linalg.eigvals(a).real))
    assert r.lambda_max == pytest.approx(lam) and r.lambda_max == pytest.approx(39.255752, abs=1e-6)
    assert r.ci == pytest.approx((lam - 16) / 15) and r.ci == pytest.approx(1.550383, abs=1e-6)
    assert r.cr is None and r.ri is None
    assert r.acceptable is None  # unknown, not True
    (note,) = r.diagnostics
    assert note.code == "ahp_cr_unavailable" and note.severity == "warning"
    text = str(note.message)
    assert "cannot be checked" in text and "CI 1.550" in text
    assert "stops at 15 criteria" in text and "Saaty 2005" in text and "stops at 10" not in text
    assert "Saaty & Ozdemir 2003" in text
    assert r.ri_table is SAATY_2005  # the longer table is the one named: it too has no RI for 16


def test_perfectly_consistent_sixteen_need_no_ratio() -> None:
    """CI = 0: every judgement agrees, so CR would be 0 with any RI; acceptable is then known (True)."""
    ids = [f"c{k}" for k in range(16)]
    w = np.linspace(1, 4, 16)
    r = ahp_weights(ids, judgements_of(ids, w[:, None] / w[None, :]))
    assert r.cr is None and r.acceptable is True
    assert [(d.code, d.severity) for d in r.diagnostics] == [("ahp_cr_unavailable", "info")]
    assert "none is needed" in str(r.diagnostics[0].message)


def test_a_chosen_table_that_stops_short_names_itself() -> None:
    """An explicit Saaty 1980 table with 11 criteria: it does stop at 10, and the note says that table."""
    ids = [f"c{k}" for k in range(11)]
    a = np.ones((11, 11))
    a[0, 1], a[1, 0] = 5.0, 1 / 5
    r = ahp_weights(ids, judgements_of(ids, a), ri_table=SAATY_1980)
    assert r.cr is None and r.acceptable is None
    assert "the Saaty 1980 random-index table stops at 10 criteria" in str(r.diagnostics[0].message)


@pytest.mark.parametrize("n, ri", [(11, 1.52), (15, 1.59)])
def test_eleven_to_fifteen_still_use_saatys_later_table(n: int, ri: float) -> None:
    ids = [f"c{k}" for k in range(n)]
    a = np.ones((n, n))
    a[0, 1], a[1, 0] = 3.0, 1 / 3
    r = ahp_weights(ids, judgements_of(ids, a))
    assert r.ri_table is SAATY_2005 and r.ri == ri and r.acceptable is True
    assert [d.code for d in r.diagnostics] == ["ahp_later_random_index"]
