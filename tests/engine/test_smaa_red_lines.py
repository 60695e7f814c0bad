"""SMAA-2 says how often an option's own drawn score is past a red line, and how often it wins so.

The red lines still decide who takes part on the central values (nothing else changes,
checked bit for bit); each draw is judged on its drawn scores with the breach rule of
engine/red_lines.py. Expected shares come from closed forms (a uniform range crossing
the limit), from an exact enumeration of level draws (3 equally likely levels), and from
the test's own replay of the engine's seeded generators (same numbers, counted here).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from counterweight.domain import Decision, Level, QualitativeScale, RedLine, RedLineAction
from counterweight.domain.elements import Criterion, Option, Score
from counterweight.domain.scales import NumericScale
from counterweight.engine import evaluate
from counterweight.engine.smaa import BLOCK, smaa
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from tests.engine.helpers import flat_decision

SAMPLES = 100_000


def within(estimate: float, p: float, n: int = SAMPLES, z: float = 4.0) -> bool:
    """``estimate`` is within z binomial standard errors of the probability ``p``."""
    return abs(estimate - p) <= z * np.sqrt(max(p * (1 - p), 1e-12) / n) + 1e-12


def with_lines(decision: Decision, lines: list[RedLine], **uncertainty: Any) -> Decision:
    data = decision.model_dump()
    data["red_lines"] = [line.model_dump() for line in lines]
    data["method"]["uncertainty"].update(uncertainty)
    return Decision.model_validate(data)


def crossing() -> Decision:
    """One criterion on 0-10, higher is better, weight exact. A1 drawn uniformly on 0..10 (value 5); A2 held at
    3; A3 held at 2; A4 held at 4 (exactly the limit); A5 drawn from a zero-width range just under 4.

    Red lines on C1: flag below 4, exclude below 2.5. A3 (2) is excluded; A2 (3) is flagged; A4 and A5 are
    within the tie tolerance of 4, so never past it.
    """
    d = flat_decision([[5], [3], [2], [4], [4 - 1e-10]], [1], lower=0, upper=10)
    data = d.model_dump()
    for s in data["scores"]:
        if s["option_id"] == "o1":
            s.update(low=0.0, high=10.0)
        if s["option_id"] == "o5":
            s.update(low=4 - 1e-10, high=4 - 1e-10)
    lines = [RedLine(id="flag", criterion_id="c1", limit=4, action=RedLineAction.FLAG),
             RedLine(id="out", criterion_id="c1", limit=2.5, action=RedLineAction.EXCLUDE)]
    return with_lines(Decision.model_validate(data), lines, weights="exact", distribution="uniform")


def test_a_uniform_range_crossing_the_limit_is_past_it_in_forty_percent_of_the_draws() -> None:
    r = smaa(crossing(), SAMPLES, 5)
    assert set(r.red_line_share) == {"o1", "o2", "o4", "o5"}  # A3 is excluded: it takes no part
    assert within(r.red_line_share["o1"], 0.4)  # U(0, 10) < 4
    # A1 is first when its draw beats A2's 3 (and A4's 4): first while past is 3..4 is impossible, so 0
    assert r.first_past_red_line["o1"] == 0.0 and r.first_past_criteria["o1"] == ()
    # A2 is flagged on its central value: past in every draw, exactly; first while past = its whole rank-1 share
    assert r.red_line_share["o2"] == 1.0
    assert r.first_past_red_line["o2"] == r.acceptability[1, 0] == 0.0
    # exactly at the limit (held, or drawn within the tie tolerance): never a breach
    assert r.red_line_share["o4"] == 0.0 and r.red_line_share["o5"] == 0.0
    assert r.red_lines == ("'C1' below 4", "'C1' below 2.5")


def test_first_while_past_matches_a_replay_of_the_same_seeded_draws() -> None:
    """A1 drawn on 0..10 against A2 held at 3 (flagged): A1 wins in the draws above 3 and is past the red line
    below 4, so it wins while past exactly when 3 < x < 4 (probability 0.1). The replay draws the same numbers
    from the engine's documented generators (block k, spawn key (k, 1)) and counts them here."""
    d = with_lines(flat_decision([[5], [3]], [1], lower=0, upper=10),
                   [RedLine(id="flag", criterion_id="c1", limit=4)], weights="exact", distribution="uniform")
    data = d.model_dump()
    data["scores"][0].update(low=0.0, high=10.0)
    d = Decision.model_validate(data)
    seed, n = 17, 2 * BLOCK + 777
    r = smaa(d, n, seed)
    past = first_past = first_two = 0
    for k, size in enumerate([BLOCK, BLOCK, 777]):
        rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(k, 1)))
        x = 0.0 + rng.random((size, 1))[:, 0] * 10.0
        past += int(np.count_nonzero(x < 4))
        first_past += int(np.count_nonzero((x > 3) & (x < 4)))
        first_two += int(np.count_nonzero(x < 3))
    assert r.red_line_share["o1"] == past / n
    assert r.first_past_red_line["o1"] == first_past / n
    assert within(r.first_past_red_line["o1"], 0.1, n)
    assert r.first_past_red_line["o2"] == first_two / n == r.acceptability[1, 0]  # flagged: every win is past
    assert r.first_past_criteria["o1"] == ("C1",)


LEVELS = QualitativeScale(levels=[Level(label="Low", value=0), Level(label="Mid", value=50),
                                  Level(label="High", value=100)])


def levelled() -> Decision:
    """Q (levels Low 0, Mid 50, High 100) and N (0-100), equal exact weights, red line on Q at Mid.

    A: Q Mid, N 40. B: Q Low, N 40. Every level-rated score moves one level either way, 1/3 each:
    A takes Low, Mid or High; B takes Low (twice: a step below the bottom stays there) or Mid.
    """
    crit = [Criterion(id="q", name="Quality", scale=LEVELS, weight=1),
            Criterion(id="n", name="Number", scale=NumericScale(lower=0, upper=100), weight=1)]
    scores = [Score(option_id="a", criterion_id="q", level="Mid"), Score(option_id="a", criterion_id="n", value=40),
              Score(option_id="b", criterion_id="q", level="Low"), Score(option_id="b", criterion_id="n", value=40)]
    d = Decision(id="lv", title="Levels", options=[Option(id="a", name="A"), Option(id="b", name="B")],
                 criteria=crit, scores=scores)
    return with_lines(d, [RedLine(id="rl", criterion_id="q", level="Mid", action=RedLineAction.FLAG)],
                      weights="exact", level_scores="all")


def test_level_draws_match_an_exact_enumeration_of_the_nine_equally_likely_steps() -> None:
    values = {"Low": 0, "Mid": 50, "High": 100}
    a_steps, b_steps = ["Low", "Mid", "High"], ["Low", "Low", "Mid"]
    expect = {"a_past": 0.0, "b_past": 0.0, "a_first_past": 0.0, "b_first_past": 0.0}
    for qa in a_steps:
        for qb in b_steps:  # the totals differ only by the Quality values: equal values tie at rank 1
            a_first, b_first = values[qa] >= values[qb], values[qb] >= values[qa]
            a_past, b_past = values[qa] < 50, values[qb] < 50
            expect["a_past"] += a_past / 9
            expect["b_past"] += b_past / 9
            expect["a_first_past"] += (a_first and a_past) / 9
            expect["b_first_past"] += (b_first and b_past) / 9
    assert expect == pytest.approx({"a_past": 1 / 3, "b_past": 2 / 3, "a_first_past": 2 / 9, "b_first_past": 2 / 9})
    r = smaa(levelled(), SAMPLES, 3)
    assert within(r.red_line_share["a"], expect["a_past"]) and within(r.red_line_share["b"], expect["b_past"])
    assert within(r.first_past_red_line["a"], expect["a_first_past"])
    assert within(r.first_past_red_line["b"], expect["b_first_past"])
    assert r.red_lines == ("'Quality' worse than 'Mid'",)


def test_held_scores_are_past_in_every_draw_or_in_none_and_a_missing_score_never() -> None:
    d = exchange.read_file(example_decision_path())  # a flag red line on Civilian risk at Moderate
    assert d.red_lines and d.method.uncertainty.level_scores.value == "as_rated"
    r = smaa(d, 5_000, 1)
    flagged = {b.option_id for b in evaluate(d).red_line_breaches}
    assert flagged  # the example's own breach, by the ranking's check
    for i, oid in enumerate(r.option_ids):
        assert r.red_line_share[oid] == (1.0 if oid in flagged else 0.0)
        assert r.first_past_red_line[oid] == (r.acceptability[i, 0] if oid in flagged else 0.0)
    # a missing score is unchecked, not a breach
    data = d.model_dump()
    gone = sorted(flagged)[0]
    data["scores"] = [s for s in data["scores"] if (s["option_id"], s["criterion_id"]) != (gone, "civilian-risk")]
    assert smaa(Decision.model_validate(data), 1_000, 1).red_line_share[gone] == 0.0


def example_with_level_draws() -> Decision:
    d = exchange.read_file(example_decision_path())
    return with_lines(d, list(d.red_lines), weights="none", level_scores="all")


def test_the_shares_are_identical_to_the_last_bit_whatever_the_chunk_size() -> None:
    d = example_with_level_draws()
    n = 2 * BLOCK + 345
    base = smaa(d, n, 99)
    assert 0 < max(base.first_past_red_line.values()) < 1
    for chunk in (1, BLOCK, 2 * BLOCK, 10 * BLOCK):
        other = smaa(d, n, 99, chunk_size=chunk)
        assert other.red_line_share == base.red_line_share
        assert other.first_past_red_line == base.first_past_red_line
        assert other.first_past_criteria == base.first_past_criteria


def test_counting_red_lines_changes_no_other_figure() -> None:
    """A flag red line changes nothing in the draws: the same counts, weights and factors as without it."""
    d = example_with_level_draws()
    bare = with_lines(d, [])
    a, b = smaa(d, BLOCK + 10, 4), smaa(bare, BLOCK + 10, 4)
    np.testing.assert_array_equal(a.rank_counts, b.rank_counts)
    np.testing.assert_array_equal(a.central_weights, b.central_weights)
    np.testing.assert_array_equal(a.confidence, b.confidence)
    assert b.red_lines == () and b.red_line_share == {} and b.first_past_red_line == {}
    assert all(o["past_red_line"] is None and o["first_past_red_line"] is None for o in b.as_dict()["options"])
    assert b.as_dict()["red_lines"] == []
    shown = a.as_dict()
    assert shown["red_lines"] == ["'Civilian risk' worse than 'Moderate'"]
    assert [o["past_red_line"] for o in shown["options"]] == [round(a.red_line_share[o], 6) for o in a.option_ids]


def test_ranking_first_is_counted_as_in_the_rank_one_column_ties_included() -> None:
    """Every option is past a (flag) red line in every draw, so first-while-past is exactly each rank-1 share;
    A1 and A2 are identical, so every draw holds a tie at rank 1 or below it."""
    d = flat_decision([[60, 40], [60, 40], [30, 70], [50, 50]], [1, 1])
    d = with_lines(d, [RedLine(id="rl", criterion_id="c1", limit=99)], weights="none")
    r = smaa(d, BLOCK + 500, 8)
    assert r.acceptability[:, 0].sum() > 1.0  # the tied pair shares first place
    for i, oid in enumerate(r.option_ids):
        assert r.red_line_share[oid] == 1.0
        assert r.first_past_red_line[oid] == r.acceptability[i, 0]
