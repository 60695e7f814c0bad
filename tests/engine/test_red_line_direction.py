"""A red line's limit is read in the direction the screens show (QA pass 23, item 2 follow-up).

A falling piecewise value function (0 = 100 points, 10 = 0 points) means lower is better,
whatever direction the file stored. Every method now follows the breakpoints
(domain.direction.applied_direction); a red line on that criterion must too, or the
window would show "Cost ↓" while the red line excluded the cheap option for being
"below" its floor. Expected verdicts are hand arithmetic on the limit: 6 > 5 is past a
ceiling of 5; 2 is not.
"""

from __future__ import annotations

import numpy as np

from counterweight.domain import (
    Breakpoint,
    Criterion,
    Decision,
    Direction,
    NumericScale,
    Option,
    RedLine,
    RedLineAction,
    Score,
)
from counterweight.domain.direction import limit_direction
from counterweight.engine import evaluate
from counterweight.engine.smaa import smaa
from counterweight.engine.smaa_red_lines import line_words
from counterweight.services.red_lines import describe_red_line


def _decision(stored: Direction) -> Decision:
    falling = NumericScale(lower=0.0, upper=10.0, breakpoints=[Breakpoint(x=0, value=100), Breakpoint(x=10, value=0)])
    crits = [Criterion(id="cost", name="Cost", direction=stored, weight=60.0, scale=falling, unit="$m"),
             Criterion(id="ben", name="Benefit", weight=40.0, scale=NumericScale(lower=0.0, upper=10.0))]
    options = [Option(id="cheap", name="Cheap"), Option(id="dear", name="Dear")]
    scores = [Score(option_id="cheap", criterion_id="cost", value=2.0, low=1.0, high=7.0, distribution="uniform"), Score(option_id="cheap", criterion_id="ben", value=3.0),
              Score(option_id="dear", criterion_id="cost", value=6.0), Score(option_id="dear", criterion_id="ben", value=6.0)]
    line = RedLine(id="r1", criterion_id="cost", limit=5.0, action=RedLineAction.EXCLUDE, note="budget")
    return Decision(id="t", title="t", options=options, criteria=crits, scores=scores, red_lines=[line])


def test_the_limit_follows_the_breakpoints_not_the_stored_direction() -> None:
    for stored in Direction:
        d = _decision(stored)
        assert limit_direction(d.criterion("cost")) is Direction.LOWER_BETTER
        ev = evaluate(d)
        assert set(ev.excluded_option_ids) == {"dear"}  # 6 $m is past a ceiling of 5 $m; 2 $m is not
        (breach,) = ev.red_line_breaches
        assert "above the red line of 5 $m (lower is better)" in breach.reason


def test_the_draws_and_the_words_read_the_same_ceiling() -> None:
    d = _decision(Direction.HIGHER_BETTER)  # stored the wrong way round, as an old import could
    crit = d.criterion("cost")
    assert line_words(d.red_lines[0], crit) == "'Cost' above 5 $m"
    assert describe_red_line(d, d.red_lines[0]) == "Cost must not exceed 5 $m"
    n = 20_000
    result = smaa(d, samples=n, seed=1)
    # Cheap's cost is drawn uniformly on 1..7 $m: past the 5 $m ceiling 2/6 of the time (the stored
    # direction would have said below a 5 $m floor: 4/6); Dear is excluded and takes no part.
    share, p = result.red_line_share["cheap"], 1 / 3
    assert abs(share - p) < 4 * np.sqrt(p * (1 - p) / n)
    assert "dear" not in result.red_line_share
