"""The SMAA model of a decision: which scores vary, how, and within which weight bounds.

Built once per run by :func:`build_model`; the samplers it uses are in
:mod:`counterweight.engine.sampling`. Numeric scores with a range vary within it;
level-rated scores vary only as ``UncertaintySettings.level_scores`` says (QA 21): the
level below, the rated level or the level above, 1/3 each, levels in order of value, a
step past an end of the scale staying on it (:data:`LEVEL_STEP` cells, drawn after the
numeric cells so a run without them draws exactly as before). :func:`score_counts` says
how many scores of each kind varied and were held, for the notes and the brief.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.elements import Direction, Score
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.evidence import Source
from counterweight.domain.methods import Distribution, LevelUncertainty, Normalization, WeightUncertainty
from counterweight.domain.scales import NumericScale, QualitativeScale
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.phrase import Phrase
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.evidence_widening import evidence_strength
from counterweight.engine.smaa_result import ScoreCounts

#: PERT's weight on the most likely value (the classical choice).
from counterweight.engine.sampling import (  # noqa: F401 - used here and listed in __all__
    MAX_DRAWS_PER_SAMPLE,
    PERT_LAMBDA,
    check_weight_ranges,
    ordinal_weights,
    pert,
    ranged_weights,
    triangular_from_uniform,
    uniform_simplex,
    uniform_simplex_sorted,
)

RANGES_IGNORED = "score_ranges_ignored"
RANGE_ONLY_SAMPLED = "range_only_sampled"
UNRANGED_WEIGHTS = "unranged_weights"
NOTHING_VARIES = "nothing_varies"
LEVELS_IGNORED = "level_draws_ignored"
_DRAW_CELLS = 1_000_000  # score draws made at once (bounds memory)
_DIST_CODE = {Distribution.UNIFORM: 0, Distribution.TRIANGULAR: 1, Distribution.PERT: 2}
#: Distribution code of a level-rated cell: the level below, the rated level or the level above, 1/3 each.
LEVEL_STEP = 3
#: Evidence strengths that count as weak for ``LevelUncertainty.WEAK_EVIDENCE`` (no evidence counts as weak).
WEAK_STRENGTHS = frozenset({"none", "weak"})


@dataclass(frozen=True, eq=False)
class ScoreCells:
    """The score cells that vary: where they are, their ranges and how to value a draw."""

    rows: np.ndarray
    cols: np.ndarray
    low: np.ndarray
    mode: np.ndarray
    high: np.ndarray
    dist: np.ndarray  # 0 uniform, 1 triangular, 2 PERT (zero-width ranges count as uniform), 3 level step
    lower: np.ndarray  # scale bounds, and whether higher raw numbers are better (level cells: 0-1, higher)
    upper: np.ndarray
    higher: np.ndarray
    piecewise: tuple[tuple[int, np.ndarray, np.ndarray], ...]  # (cell, breakpoint x, value 0-1)
    starts: np.ndarray  # cells are grouped by option: where each group starts...
    groups: np.ndarray  # ...and the option (row) of each group

    @property
    def size(self) -> int:
        return int(self.rows.shape[0])

    def bounds(self) -> list[tuple[int, int, int]]:
        """``(option row, first cell, end cell)`` of each option's group of cells."""
        ends = [*self.starts[1:].tolist(), self.size]
        return [(int(g), int(a), int(b)) for g, a, b in zip(self.groups, self.starts, ends)]

    def draw_raw(self, rng: np.random.Generator, size: int) -> np.ndarray:
        """Raw draws ``(size, K)``: uniform cells first, then triangular, PERT and level cells.

        A level cell holds the values 0-1 of the level below, the rated level and the
        level above as ``low``, ``mode`` and ``high``, and takes one of them, 1/3 each.
        """
        out: np.ndarray | None = None
        for code in (0, 1, 2, LEVEL_STEP):
            idx = np.flatnonzero(self.dist == code)
            if not idx.size:
                continue
            a, c, b = self.low[idx], self.mode[idx], self.high[idx]
            if code == LEVEL_STEP:
                step = rng.integers(0, 3, size=(size, idx.size), dtype=np.int8)
                x = np.where(step == 0, a, np.where(step == 2, b, c))
            elif code == 2:
                x = pert(rng, size, a, c, b)
            else:
                u = rng.random((size, idx.size))
                x = a + u * (b - a) if code == 0 else triangular_from_uniform(u, a, c, b)
            if idx.size == self.size:
                return x  # one distribution for every cell: no scatter needed
            if out is None:
                out = np.empty((size, self.size))
            out[:, idx] = x
        return out if out is not None else np.empty((size, 0))

    def to_values(self, raw: np.ndarray) -> np.ndarray:
        """Values 0-1 of raw draws through each criterion's value function."""
        span = self.upper - self.lower
        slope = np.where(self.higher, 1.0, -1.0) / span  # linear value = slope * x + offset
        offset = np.where(self.higher, -self.lower, self.upper) / span
        v = raw * slope
        v += offset
        for k, xs, vs in self.piecewise:
            v[:, k] = np.interp(raw[:, k], xs, vs)
        return np.clip(v, 0.0, 1.0, out=v)


@dataclass(frozen=True, eq=False)
class SmaaModel:
    """A decision reduced to what SMAA-2 needs: base values, weights and what varies."""

    option_ids: tuple[str, ...]
    option_names: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    leaf_labels: tuple[str, ...]
    rows: np.ndarray  # options in the analysis (not excluded by a red line), indices into option_ids
    values: np.ndarray  # (len(rows), n_leaves) values at the scores' central values
    weights: np.ndarray  # global leaf weights
    weight_mode: WeightUncertainty
    order: tuple[int, ...]
    low: np.ndarray
    high: np.ndarray
    cells: ScoreCells | None
    diagnostics: tuple[Diagnostic, ...]
    counts: ScoreCounts = ScoreCounts()  # which scores taking part vary and which are held
    level_scores: LevelUncertainty = LevelUncertainty.AS_RATED

    @property
    def n_options(self) -> int:
        """Options taking part (``len(rows)``)."""
        return int(self.rows.shape[0])

    @property
    def n_leaves(self) -> int:
        return len(self.leaf_ids)

    def delta_batches(self, rng: np.random.Generator, size: int,
                      seen: Callable[[int, np.ndarray], None] | None = None) -> Iterator[tuple[int, np.ndarray]]:
        """:meth:`sample_deltas` for ``size`` draws in slices of rows: ``(first row, deltas)``.

        The slice length depends only on the number of varying cells, so the same
        generator always yields the same numbers (and memory stays bounded). ``seen``, if
        given, is called with each slice's first row and raw draws before they are valued.
        """
        k = 0 if self.cells is None else self.cells.size
        step = max(1, _DRAW_CELLS // max(1, k))
        for start in range(0, size, step):
            yield start, self.sample_deltas(rng, min(step, size - start),
                                            None if seen is None else lambda raw, at=start: seen(at, raw))

    def sample_deltas(self, rng: np.random.Generator, size: int,
                      seen: Callable[[np.ndarray], None] | None = None) -> np.ndarray:
        """Drawn value minus central value of each cell, ``(size, K)``; ``seen`` gets the raw draws first."""
        c = self.cells
        if c is None:
            return np.zeros((size, 0))
        raw = c.draw_raw(rng, size)
        if seen is not None:
            seen(raw)
        return c.to_values(raw) - self.values[c.rows, c.cols]


def _level_cells(decision: Decision, opt: dict[str, int], leaf: dict[str, int]) -> list[tuple[float, ...]]:
    """Rows of :class:`ScoreCells` for the level-rated scores the settings let vary (``level_scores``).

    Values are on 0-1 (a level's value / 100, the qualitative value function), so
    ``lower``/``upper`` are 0 and 1. Neighbours are taken in order of value (levels
    of equal value in the scale's order); a step past an end of the scale stays on it.
    """
    if decision.method.uncertainty.level_scores is LevelUncertainty.AS_RATED:
        return []
    sources = {src.id: src for src in decision.sources}
    out: list[tuple[float, ...]] = []
    for s in decision.scores:
        if s.criterion_id not in leaf or s.option_id not in opt or not level_score_varies(decision, s, sources):
            continue
        scale = decision.criterion(s.criterion_id).scale
        rated = scale.level(s.level)  # type: ignore[union-attr,arg-type]  # checked by level_score_varies
        ordered = sorted(scale.levels, key=lambda lv: lv.value)  # stable: equal values keep the scale's order
        at = next(k for k, lv in enumerate(ordered) if lv is rated)
        below, above = ordered[max(at - 1, 0)].value, ordered[min(at + 1, len(ordered) - 1)].value
        out.append((opt[s.option_id], leaf[s.criterion_id], below / 100.0, rated.value / 100.0, above / 100.0,
                    LEVEL_STEP, 0.0, 1.0, 1.0))
    return out


def level_score_varies(decision: Decision, score: Score, sources: dict[str, Source] | None = None) -> bool:
    """Whether the settings let this level-rated score move one level either way in SMAA-2.

    Not when the setting is "as rated", when the score is not on a level of its
    criterion's scale (a missing score stays missing: value 0 in every draw, as in the
    ranking), nor, under "where the evidence is weak", when its evidence is of medium or
    strong support (:func:`~counterweight.engine.evidence_widening.evidence_strength`).
    """
    setting = decision.method.uncertainty.level_scores
    if setting is LevelUncertainty.AS_RATED or score.level is None:
        return False
    scale = decision.criterion(score.criterion_id).scale
    if not isinstance(scale, QualitativeScale) or scale.level(score.level) is None:
        return False
    if setting is LevelUncertainty.WEAK_EVIDENCE:
        index = sources if sources is not None else {src.id: src for src in decision.sources}
        return evidence_strength(score, index) in WEAK_STRENGTHS
    return True


def score_counts(decision: Decision, ev: Evaluation, rows: np.ndarray, cells: ScoreCells | None) -> ScoreCounts:
    """How many of the scores taking part (options ranked, scored criteria) vary and how many are held.

    A numeric score takes part when it has a value or is drawn from a range; a
    level-rated score when its level is one of the scale's. Missing scores are not counted.
    """
    opt = {ev.option_ids[int(r)]: i for i, r in enumerate(rows)}
    leaf = {cid: j for j, cid in enumerate(ev.leaf_ids)}
    drawn: dict[tuple[int, int], bool] = {}  # (row, column) -> is a level cell
    if cells is not None:
        for r, c, d in zip(cells.rows.tolist(), cells.cols.tolist(), cells.dist.tolist()):
            drawn[(r, c)] = d == LEVEL_STEP
    counts = [0, 0, 0, 0]  # numbers varied, numbers held, levels varied, levels held
    for s in decision.scores:
        if s.option_id not in opt or s.criterion_id not in leaf:
            continue
        key = (opt[s.option_id], leaf[s.criterion_id])
        scale = decision.criterion(s.criterion_id).scale
        if isinstance(scale, QualitativeScale):
            if s.level is not None and scale.level(s.level) is not None:
                counts[2 if drawn.get(key) else 3] += 1
        elif key in drawn:
            counts[0] += 1
        elif s.value is not None:
            counts[1] += 1
    return ScoreCounts(*counts)


def _score_cells(
    decision: Decision, ev: Evaluation, rows: np.ndarray
) -> tuple[ScoreCells | None, list[Diagnostic]]:
    notes: list[Diagnostic] = []
    ranged = [s for s in decision.scores if s.low is not None or s.high is not None]
    opt = {ev.option_ids[int(r)]: i for i, r in enumerate(rows)}
    leaf = {cid: j for j, cid in enumerate(ev.leaf_ids)}
    levels = _level_cells(decision, opt, leaf)
    if not ranged and not levels:
        return None, notes
    if ev.normalization is not Normalization.VALUE_FUNCTION:
        name = Phrase.term(ev.normalization.label)
        if ranged:
            notes.append(Diagnostic(
                RANGES_IGNORED, "warning",
                Phrase("Score ranges are not used: the normalisation '{normalization}' depends on all"
                       " options' scores together; choose value functions to let scores vary.",
                       normalization=name),
            ))
        if levels:
            notes.append(Diagnostic(
                LEVELS_IGNORED, "warning",
                Phrase("Level-rated scores are held as rated: the normalisation '{normalization}' depends on all"
                       " options' scores together; choose value functions to let them vary.", normalization=name),
            ))
        return None, notes
    default = decision.method.uncertainty.distribution
    cells: list[tuple[float, ...]] = []
    piecewise: list[tuple[int, np.ndarray, np.ndarray]] = []
    for s in ranged:
        crit = decision.criterion(s.criterion_id)
        scale = crit.scale
        if not isinstance(scale, NumericScale) or s.criterion_id not in leaf or s.option_id not in opt:
            continue
        cell = _numeric_cell(decision, s, scale, default, notes)
        if cell is None:
            continue  # a single bound and no value: nothing to draw from
        if scale.breakpoints:
            xs = np.array([p.x for p in scale.breakpoints], dtype=float)
            vs = np.array([p.value for p in scale.breakpoints], dtype=float) / 100.0
            piecewise.append((len(cells), xs, vs))
        cells.append((opt[s.option_id], leaf[s.criterion_id], *cell))
    cells += levels  # last, so a run without level cells draws exactly as before they existed
    if not cells:
        return None, notes
    by_option = np.argsort(np.array([r[0] for r in cells]), kind="stable")
    where = {int(old): new for new, old in enumerate(by_option)}
    t = np.array(cells, dtype=float)[by_option]
    opt_rows = t[:, 0].astype(np.intp)
    starts = np.flatnonzero(np.r_[True, opt_rows[1:] != opt_rows[:-1]])
    return ScoreCells(
        rows=opt_rows, cols=t[:, 1].astype(np.intp),
        low=t[:, 2], mode=t[:, 3], high=t[:, 4], dist=t[:, 5].astype(int),
        lower=t[:, 6], upper=t[:, 7], higher=t[:, 8] > 0.5,
        piecewise=tuple((where[k], xs, vs) for k, xs, vs in piecewise),
        starts=starts, groups=opt_rows[starts],
    ), notes


def _numeric_cell(decision: Decision, s: Score, scale: NumericScale, default: Distribution,
                  notes: list[Diagnostic]) -> tuple[float, ...] | None:
    """``(low, mode, high, distribution code, lower, upper, higher)`` of a ranged numeric score."""
    a = s.low if s.low is not None else s.value
    b = s.high if s.high is not None else s.value
    if a is None or b is None:
        return None
    crit = decision.criterion(s.criterion_id)
    if s.value is None:
        notes.append(Diagnostic(
            RANGE_ONLY_SAMPLED, "info",
            Phrase("'{option}' has only a range on '{criterion}': the ranking"
                   " counts it as missing, the uncertainty analysis draws it from the range.",
                   option=decision.option(s.option_id).name, criterion=crit.name),
            option_id=s.option_id, criterion_id=crit.id,
        ))
    mode = s.value if s.value is not None else (a + b) / 2.0
    dist = _DIST_CODE[s.distribution or default] if b > a else 0
    higher = crit.direction is Direction.HIGHER_BETTER
    return (a, mode, b, dist, scale.lower, scale.upper, float(higher))


def _order(decision: Decision, leaf_ids: tuple[str, ...]) -> tuple[int, ...]:
    given = decision.method.uncertainty.criteria_order
    where = "importance order"
    if not given:
        raise InvalidInputError(
            "rank the scored criteria from most to least important before using ordinal weights",
            where=where,
        )
    pos = {cid: j for j, cid in enumerate(leaf_ids)}
    seen: set[str] = set()
    for cid in given:
        if cid not in pos:
            raise InvalidInputError(f"{cid!r} is not a scored criterion of this decision", where=where)
        if cid in seen:
            raise InvalidInputError(f"{decision.criterion(cid).name!r} is listed twice", where=where)
        seen.add(cid)
    missing = [decision.criterion(c).name for c in leaf_ids if c not in seen]
    if missing:
        raise InvalidInputError(f"it leaves out {', '.join(map(repr, missing))}", where=where)
    return tuple(pos[c] for c in given)


def _ranges(decision: Decision, leaf_ids: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, list[Diagnostic]]:
    given = decision.method.uncertainty.weight_ranges
    for cid in given:
        if cid not in leaf_ids:
            raise InvalidInputError(f"{cid!r} is not a scored criterion of this decision", where="weight ranges")
    low = np.array([given[c].low if c in given else 0.0 for c in leaf_ids])
    high = np.array([given[c].high if c in given else 1.0 for c in leaf_ids])
    names = [f"{decision.criterion(c).name} {low[j]:g}-{high[j]:g}" for j, c in enumerate(leaf_ids)]
    check_weight_ranges(low, high, names)
    notes = []
    free = [decision.criterion(c).name for c in leaf_ids if c not in given]
    if free:
        notes.append(Diagnostic(
            UNRANGED_WEIGHTS, "info",
            Phrase("No weight range is set for {criteria}; they may take any weight from 0 to 1.",
                   criteria=", ".join(map(repr, free))),
        ))
    return low, high, notes


def build_model(decision: Decision, ev: Evaluation) -> SmaaModel:
    """Collect what SMAA-2 needs from a decision and its weighted-sum evaluation.

    Raises
    ------
    InvalidInputError
        When the weight settings cannot be used (order incomplete, ranges infeasible).
    """
    mode = decision.method.uncertainty.weights
    leaf_ids = ev.leaf_ids
    m = len(leaf_ids)
    notes: list[Diagnostic] = list(ev.diagnostics)
    order: tuple[int, ...] = tuple(range(m))
    low, high = np.zeros(m), np.ones(m)
    if m and mode is WeightUncertainty.ORDINAL:
        order = _order(decision, leaf_ids)
    elif m and mode is WeightUncertainty.RANGES:
        low, high, more = _ranges(decision, leaf_ids)
        notes.extend(more)
    rows = np.array([i for i, oid in enumerate(ev.option_ids) if ev.is_ranked(oid)], dtype=np.intp)
    cells, more = _score_cells(decision, ev, rows)
    notes.extend(more)
    if cells is None and mode is WeightUncertainty.EXACT:
        notes.append(Diagnostic(
            NOTHING_VARIES, "info",
            Phrase("Nothing varies: the weights are taken as exact and no score has a range, so every"
                   " acceptability is 0 or 1.") if decision.method.uncertainty.level_scores is LevelUncertainty.AS_RATED
            else Phrase("Nothing varies: the weights are taken as exact, no score has a range and no level-rated"
                        " score is set to vary, so every acceptability is 0 or 1."),
        ))
    return SmaaModel(
        option_ids=ev.option_ids, option_names=ev.option_names, leaf_ids=leaf_ids,
        leaf_labels=ev.leaf_labels, rows=rows, values=np.asarray(ev.values, dtype=float)[rows],
        weights=np.asarray(ev.leaf_weights, dtype=float), weight_mode=mode, order=order,
        low=low, high=high, cells=cells, diagnostics=tuple(notes),
        counts=score_counts(decision, ev, rows, cells), level_scores=decision.method.uncertainty.level_scores,
    )


__all__ = [
    "LEVEL_STEP",
    "LEVELS_IGNORED",
    "ScoreCells",
    "ScoreCounts",
    "SmaaModel",
    "build_model",
    "level_score_varies",
    "score_counts",
    "MAX_DRAWS_PER_SAMPLE",
    "PERT_LAMBDA",
    "check_weight_ranges",
    "ordinal_weights",
    "pert",
    "ranged_weights",
    "triangular_from_uniform",
    "uniform_simplex",
    "uniform_simplex_sorted",
]
