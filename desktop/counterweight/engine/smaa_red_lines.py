"""Red lines in the SMAA-2 draws: how often an option's own drawn score is past a red line.

The ranking rule of :mod:`counterweight.engine.smaa` is kept: red lines are judged on
the scores' central values to decide who takes part (an option a red line excludes
takes no part; one it only flags, or whose range crosses the limit, is ranked in every
draw as if the red line did not exist). This module adds, for each option taking part:

* the share of draws in which at least one of its scores, **as drawn**, is past a red
  line (any action, flag or exclude), and
* the share of draws in which it ranks first (the draws counted in ``b_i^1``) while
  one of its drawn scores is past a red line.

The breach rule is :mod:`counterweight.engine.red_lines`' own, applied to each draw:
a numeric score breaches when it is strictly on the wrong side of the limit, in the
criterion's units (a score within the tolerance of
:func:`~counterweight.engine.red_lines.breaches_limit` does not; that function decides);
a level-rated score breaches when the level drawn is worth less than the limit level.
A score that does not vary is judged on its central value exactly as the ranking
judges it (so its option is past the red line in every draw or in none); a missing
score is unchecked, never a breach. A score drawn from a range without a central value
is judged on each value drawn (the draws rank it on those values too).

Everything is counted per block of draws in whole numbers and added in block order,
so the shares are identical to the last bit whatever the chunk size.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.direction import limit_direction
from counterweight.domain.elements import Criterion, Direction
from counterweight.domain.methods import RedLine
from counterweight.domain.scales import QualitativeScale
from counterweight.domain.shown_numbers import fixed, plain_number
from counterweight.engine.phrase import Figure, Phrase, quoted_names
from counterweight.engine.red_lines import breaches_limit, check_red_line, checked_lines
from counterweight.engine.smaa_model import SmaaModel
from counterweight.engine.smaa_ranks import first_mask
from counterweight.engine.smaa_result import SmaaResult

_Test = Callable[[np.ndarray], np.ndarray]  # raw draws (size, cells) -> breach (size, cells)


def _amount(x: float, unit: str) -> str:
    return Figure(plain_number(x), unit)


def line_words(line: RedLine, crit: Criterion) -> Phrase:
    """A red line in a few words, for the column's tooltip: "'Cost' above 9 $bn"."""
    if isinstance(crit.scale, QualitativeScale):
        return Phrase("'{criterion}' worse than '{limit}'", criterion=crit.name, limit=line.level or "")
    limit = _amount(float(line.limit or 0.0), crit.unit)
    if limit_direction(crit) is Direction.HIGHER_BETTER:
        return Phrase("'{criterion}' below {limit}", criterion=crit.name, limit=limit)
    return Phrase("'{criterion}' above {limit}", criterion=crit.name, limit=limit)


def _numeric_test(limit: float, direction: Direction) -> _Test:
    """Past ``limit`` by :func:`~counterweight.engine.red_lines.breaches_limit`, the ranking's one rule,
    applied to the whole array of draws at once (it works element by element)."""
    def test(x: np.ndarray) -> np.ndarray:
        return breaches_limit(x, limit, direction)
    return test


def _level_test(scale: QualitativeScale, limit: float, low: np.ndarray, mode: np.ndarray,
                high: np.ndarray) -> _Test:
    """A level cell takes exactly one of ``low``, ``mode``, ``high`` (a level's value / 100): breach by level."""
    def worse(f: float) -> bool:
        return any(lv.value < limit for lv in scale.levels if lv.value / 100.0 == f)

    flags = [np.array([worse(float(f)) for f in ends], dtype=bool) for ends in (low, mode, high)]

    def test(x: np.ndarray) -> np.ndarray:
        return np.where(x == low, flags[0], np.where(x == high, flags[2], flags[1]))
    return test


class RedLineDraws:
    """Counts, block by block, the draws in which each option taking part is past a red line.

    Built by :meth:`build` (``None`` when the decision has no red line to check). The
    run calls :meth:`start` before a block's score draws, :meth:`seen` with each slice
    of raw draws and :meth:`count` with the block's ranks.
    """

    def __init__(self, model: SmaaModel, lines: list[tuple[str, np.ndarray, np.ndarray, np.ndarray, _Test | None]],
                 words: tuple[Phrase, ...]) -> None:
        self.n = model.n_options
        self.lines = lines  # (criterion name, fixed breach (n,), drawn cells, their option rows, test)
        self.words = words
        self.past = np.zeros(self.n, dtype=np.int64)
        self.first_past = np.zeros(self.n, dtype=np.int64)
        self.first_on = np.zeros((len(lines), self.n), dtype=np.int64)
        self._breach = np.zeros((len(lines), 0, self.n), dtype=bool)

    @classmethod
    def build(cls, decision: Decision, model: SmaaModel) -> RedLineDraws | None:
        """The red lines :func:`~counterweight.engine.red_lines.assess_red_lines` checks, set up for the draws."""
        c = model.cells
        where = {} if c is None else {(int(r), int(k)): j for j, (r, k) in enumerate(zip(c.rows, c.cols))}
        leaf = {cid: j for j, cid in enumerate(model.leaf_ids)}
        options = [decision.option(model.option_ids[int(i)]) for i in model.rows]
        lines, words = [], []
        for line, crit in checked_lines(decision):
            words.append(line_words(line, crit))
            drawn = [where[(i, leaf[crit.id])] for i in range(len(options))
                     if crit.id in leaf and (i, leaf[crit.id]) in where]
            fixed = np.array([check_red_line(line, crit, o, decision.score(o.id, crit.id)) is not None
                              for o in options], dtype=bool)
            cells = np.array(drawn, dtype=np.intp)
            rows = np.zeros(0, dtype=np.intp) if c is None else c.rows[cells]
            fixed[rows] = False  # judged on each draw instead
            test: _Test | None = None
            scale = crit.scale
            if cells.size and c is not None and isinstance(scale, QualitativeScale):
                limit = scale.level(line.level or "")
                if limit is None:  # cannot be checked (as red_lines.py): never a breach
                    cells, rows = cells[:0], rows[:0]
                else:
                    test = _level_test(scale, limit.value, c.low[cells], c.mode[cells], c.high[cells])
            elif cells.size:
                test = _numeric_test(float(line.limit or 0.0), limit_direction(crit))
            lines.append((crit.name, fixed, cells, rows, test))
        return cls(model, lines, tuple(words)) if lines else None

    def start(self, size: int) -> None:
        """A new block of ``size`` draws: every breach set to the held scores' (central value) one."""
        if self._breach.shape[1] != size:
            self._breach = np.empty((len(self.lines), size, self.n), dtype=bool)
        for k, (_, held, *_rest) in enumerate(self.lines):
            self._breach[k] = held

    def seen(self, start: int, raw: np.ndarray) -> None:
        """Raw score draws ``(rows, K)`` of the block's rows from ``start``: judge the drawn cells."""
        stop = start + raw.shape[0]
        for k, (_, _, cells, rows, test) in enumerate(self.lines):
            if test is not None:
                self._breach[k, start:stop][:, rows] = test(raw[:, cells])

    def count(self, order: np.ndarray, tied_rows: np.ndarray, tied: np.ndarray) -> None:
        """The block's ranks (:func:`~counterweight.engine.smaa_ranks.sort_and_ties`): add up its counts."""
        first = first_mask(order, tied_rows, tied)
        breach = self._breach[:, : order.shape[0]]
        any_line = breach.any(axis=0)
        self.past += np.count_nonzero(any_line, axis=0)
        self.first_past += np.count_nonzero(first & any_line, axis=0)
        for k in range(len(self.lines)):
            self.first_on[k] += np.count_nonzero(first & breach[k], axis=0)

    def fields(self, model: SmaaModel, samples: int) -> dict[str, object]:
        """The :class:`SmaaResult` fields, by option id (options taking part only)."""
        ids = [model.option_ids[int(i)] for i in model.rows]
        per = max(samples, 1)
        names = [name for name, *_ in self.lines]
        return {
            "red_lines": self.words,
            "red_line_share": {oid: int(self.past[i]) / per for i, oid in enumerate(ids)},
            "first_past_red_line": {oid: int(self.first_past[i]) / per for i, oid in enumerate(ids)},
            "first_past_criteria": {oid: tuple(dict.fromkeys(names[k] for k in range(len(names))
                                                             if self.first_on[k, i])) for i, oid in enumerate(ids)},
        }


def share_text(share: float) -> str:
    """A share as a percentage for a sentence: one decimal, or one significant digit below 0.05 %."""
    pct = 100.0 * share
    return Figure(f"{pct:.1g}" if 0.0 < pct < 0.05 else fixed(pct, 1))  # a half as the tables round it


def red_line_sentences(r: SmaaResult) -> list[Phrase]:
    """One sentence per option that ranks first in some draws while past a red line, most first places first."""
    out = []
    order = sorted(range(len(r.option_ids)), key=lambda i: (-float(r.acceptability[i, 0]), i))
    for i in order:
        oid = r.option_ids[i]
        past = r.first_past_red_line.get(oid, 0.0)
        if past <= 0.0:
            continue
        crits = r.first_past_criteria.get(oid, ())
        first, name = share_text(float(r.acceptability[i, 0])), r.option_names[i]
        if len(crits) == 1:
            out.append(Phrase("'{option}' ranks first in {first} % of the draws; in {past} % of all draws it ranks"
                              " first while its drawn score on '{criterion}' is past the red line.",
                              option=name, first=first, past=share_text(past), criterion=crits[0]))
        else:
            out.append(Phrase("'{option}' ranks first in {first} % of the draws; in {past} % of all draws it ranks"
                              " first while its drawn score on at least one of {criteria} is past its red line.",
                              option=name, first=first, past=share_text(past),
                              criteria=quoted_names(crits)))
    return out


__all__ = ["RedLineDraws", "line_words", "red_line_sentences", "share_text"]
