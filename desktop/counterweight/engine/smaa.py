"""SMAA-2: stochastic multicriteria acceptability analysis of a weighted-sum decision.

Weights and uncertain scores are drawn many times; each draw ranks the options.
Following Lahdelma & Salminen (2001), "SMAA-2: Stochastic multicriteria
acceptability analysis for group decision making", *Operations Research* 49(3):

* **rank acceptability index** ``b_i^r``: the share of draws in which option *i*
  has rank *r* (eq. 6 of the paper, estimated by counting as in Tervonen &
  Lahdelma 2007, *EJOR* 178);
* **central weight vector** ``w_i^c``: the mean of the weight vectors of the
  draws in which option *i* ranks first (eq. 8); undefined when it never does;
* **confidence factor** ``p_i^c``: the probability that option *i* ranks first
  when the weights are its central weights and the scores vary (eq. 9).

Ranks follow the engine's rule (:mod:`counterweight.engine.ranking`): totals
within ``1e-9`` are tied and share the best rank, so with ties a column of
``b_i^r`` can add up to more than 1. Options that a red line excludes (judged
on the scores' central values, as in the ranking) take no part: their
acceptabilities are all 0. How often an option taking part is past a red line on
its drawn scores, and ranks first while it is, is counted draw by draw
(:mod:`counterweight.engine.smaa_red_lines`); it changes no other figure.

Reproducibility: the draws are cut into blocks of :data:`BLOCK` samples. Block
``k`` uses two generators, ``numpy.random.default_rng(SeedSequence(seed,
spawn_key=(k, 0)))`` for weights and ``(k, 1)`` for scores. A result therefore
depends only on the decision, the seed and the number of samples, never on how
many blocks are processed between two progress reports (the chunk size); sums
are formed per block and added in block order, so the numbers are identical to
the last bit.

Only the weighted-sum model is sampled (vectorised: one matrix product per
block). See docs/methods.md, "Sensitivity and uncertainty".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.methods import AggregationMethod, WeightUncertainty
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.phrase import Phrase
from counterweight.engine.evaluate import evaluate
from counterweight.engine.evidence_widening import with_evidence_widening
from counterweight.engine.ranking import ATOL, RTOL
from counterweight.engine import sampling
from counterweight.engine.sampling import SmaaModel, build_model
from counterweight.engine.smaa_ranks import ranks_in_order, sort_and_ties
from counterweight.engine.smaa_red_lines import RedLineDraws
from counterweight.engine.smaa_result import SmaaResult

#: Samples per block: the unit of random generation (see the module docstring).
BLOCK = 10_000
#: Blocks processed between two progress reports unless the caller says otherwise.
DEFAULT_CHUNK_BLOCKS = 1
MIN_SAMPLES, MAX_SAMPLES = 100, 1_000_000
LOW_ACCEPTANCE = "low_acceptance"
#: Diagnostic code: no option takes part (none entered, or a red line excludes them all).
NOTHING_TO_RANK = "nothing_to_rank"
#: Diagnostic code: score ranges were widened where evidence is weak or missing.
EVIDENCE_WIDENING = "evidence_widening"
_LOW_RATE = 0.01


def check_run_settings(samples: int, seed: int) -> None:
    """Raise a user-facing error naming ``samples`` or ``seed`` when out of range."""
    if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)):
        raise InvalidInputError("must be a whole number", where="samples")
    if not MIN_SAMPLES <= samples <= MAX_SAMPLES:
        raise InvalidInputError(
            f"must be between {MIN_SAMPLES:,} and {MAX_SAMPLES:,} (got {samples:,})", where="samples"
        )
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not 0 <= seed <= 2**32 - 1:
        raise InvalidInputError(f"must be a whole number from 0 to {2**32 - 1}", where="seed")


def _generators(seed: int, block: int) -> tuple[np.random.Generator, np.random.Generator]:
    w = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(block, 0)))
    x = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(block, 1)))
    return w, x


def _draw_weights(model: SmaaModel, rng: np.random.Generator, size: int) -> tuple[np.ndarray, int, int]:
    """Weights ``(size, n_leaves)``, candidates drawn and candidates accepted."""
    m = model.n_leaves
    if m == 0:
        return np.zeros((size, 0)), size, size
    mode = model.weight_mode
    if mode is WeightUncertainty.EXACT:
        return np.broadcast_to(model.weights, (size, m)), size, size
    if mode is WeightUncertainty.NONE:
        return sampling.uniform_simplex(rng, size, m), size, size
    if mode is WeightUncertainty.ORDINAL:
        return sampling.ordinal_weights(rng, size, model.order, m), size, size
    return sampling.ranged_weights(rng, size, model.low, model.high)


def _totals(model: SmaaModel, weights: np.ndarray, rng_x: np.random.Generator | None,
            out: np.ndarray | None = None, lines: RedLineDraws | None = None) -> np.ndarray:
    """Totals ``(size, n_options)`` for one block; draws the uncertain scores from ``rng_x``.

    ``out`` (at least ``(size, n_options)``) receives the exact-score product; ``lines`` sees the raw draws.
    """
    size = weights.shape[0]
    if lines is not None:
        lines.start(size)
    if out is None or out.shape[0] < size:
        totals = weights @ model.values.T
    else:
        totals = np.matmul(weights, model.values.T, out=out[:size])
    c = model.cells
    if c is not None and rng_x is not None:
        # each varying cell moves its option's total by weight x (drawn value - central value)
        for start, deltas in model.delta_batches(rng_x, size, None if lines is None else lines.seen):
            stop = start + deltas.shape[0]
            moved = weights[start:stop, c.cols] * deltas
            totals[start:stop, c.groups] += np.add.reduceat(moved, c.starts, axis=1)
    return totals


class _Accumulator:
    """Counts and sums of the first pass, added block by block in block order."""

    def __init__(self, n: int, m: int, lines: RedLineDraws | None = None) -> None:
        self.n, self.m, self.lines = n, m, lines
        self.work = np.empty((BLOCK, max(n - 1, 0)))  # scratch reused by every block
        self.totals = np.empty((BLOCK, n))
        self.counts = np.zeros((n, n), dtype=np.int64)
        self.central = np.zeros((n, m))
        self.samples = 0
        self.drawn = 0
        self.accepted = 0

    def add(self, weights: np.ndarray, totals: np.ndarray, drawn: int, accepted: int) -> None:
        """Count one block (``totals`` is overwritten): rows as if untied, then the tied rows fixed."""
        n, m = self.n, self.m
        order, rows, tied = sort_and_ties(totals, self.work, inplace=True)  # totals are not needed after
        if self.lines is not None:  # before ``order`` is overwritten below
            self.lines.count(order, rows, tied)
        central = np.zeros((n, m))
        counts = np.zeros(n * n, dtype=np.int64)
        if rows.size:
            self._add_tied(order[rows], tied, weights[rows], central, counts)
            counts -= np.bincount((order[rows] * n + np.arange(n)).ravel(), minlength=n * n)
            weights = np.array(weights)  # tied rows add 0.0 below: their exact share is counted above
            weights[rows] = 0.0
        if n:
            idx = order[:, 0].copy()
            for j in range(m):
                central[:, j] += np.bincount(idx, weights=weights[:, j], minlength=n)
            flat = order[:, ::-1]  # the ascending array itself: column k holds the option at rank n - k
            flat *= n  # in place: the order is not needed any more
            flat += np.arange(n - 1, -1, -1)
            counts += np.bincount(flat.ravel(), minlength=n * n)
        self.counts += counts.reshape(n, n)
        self.central += central
        self.samples += totals.shape[0]
        self.drawn += drawn
        self.accepted += accepted

    def _add_tied(self, order: np.ndarray, rank: np.ndarray, weights: np.ndarray,
                  central: np.ndarray, counts: np.ndarray) -> None:
        n = self.n
        for p in range(n):
            first = rank[:, p] == 1
            if p and not first.any():
                break  # ranks never decrease along a row
            for j in range(self.m):
                central[:, j] += np.bincount(order[first, p], weights=weights[first, j], minlength=n)
        counts += np.bincount((order * n + (rank - 1)).ravel(), minlength=n * n)


def _block_sizes(samples: int) -> list[int]:
    full, rest = divmod(samples, BLOCK)
    return [BLOCK] * full + ([rest] if rest else [])


def _confidence_exact(model: SmaaModel, central: np.ndarray, has: np.ndarray) -> np.ndarray:
    conf = np.zeros(model.n_options)
    for i in np.flatnonzero(has):
        t = model.values @ central[i]
        conf[i] = 1.0 if t[i] >= t.max() - (ATOL + RTOL * abs(t.max())) else 0.0
    return conf


def _confidence_block(model: SmaaModel, deltas: np.ndarray, central: np.ndarray, who: np.ndarray) -> np.ndarray:
    """How many draws (rows of ``deltas``) rank each option in ``who`` first under its central weights."""
    c = model.cells
    assert c is not None
    size, n, q = deltas.shape[0], model.n_options, who.shape[0]
    wc = central[who]  # (q, n_leaves)
    base = model.values @ wc.T  # (n, q): totals at the central values
    parts = [(i, a, b, wc[:, c.cols[a:b]].T) for i, a, b in c.bounds()]
    hits = np.zeros(q, dtype=np.int64)
    step = max(1, 2_000_000 // max(1, n * q))
    cols = np.arange(q)
    for start in range(0, size, step):
        d = deltas[start:start + step]
        t = np.empty((d.shape[0], n, q))
        t[:] = base
        for i, a, b, w in parts:
            t[:, i, :] += d[:, a:b] @ w
        best = t.max(axis=1)
        mine = t[:, who, cols]
        hits += np.count_nonzero(mine >= best - (ATOL + RTOL * np.abs(best)), axis=0)
    return hits


def smaa(
    decision: Decision,
    samples: int | None = None,
    seed: int | None = None,
    *,
    chunk_size: int | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SmaaResult:
    """Run SMAA-2 on a weighted-sum decision.

    Parameters
    ----------
    decision : Decision
        Its ``method.uncertainty`` settings say how weights vary; scores with a
        ``low``/``high`` range vary as their (or the project's) distribution says,
        level-rated scores as ``level_scores`` says (:mod:`~counterweight.engine.smaa_model`).
    samples, seed : int, optional
        Default: the decision's uncertainty settings. 100 to 1,000,000 samples.
    chunk_size : int, optional
        Samples between progress reports and cancel checks, rounded up to whole
        blocks of :data:`BLOCK`. Never changes the result.
    progress : callable, optional
        Called with the share of work done (0-1) after every chunk; the last call
        passes exactly 1.0 unless the run is cancelled.
    cancelled : callable, optional
        Checked before every chunk; when it returns True the run stops and the
        result covers the draws made so far (``cancelled`` is set).

    Returns
    -------
    SmaaResult

    Raises
    ------
    InvalidInputError
        Unsupported method, bad settings (samples, seed, weight order or ranges).
    """
    unc = decision.method.uncertainty
    n_samples = unc.samples if samples is None else samples
    run_seed = unc.seed if seed is None else seed
    check_run_settings(n_samples, run_seed)
    if decision.method.aggregation is not AggregationMethod.WSM:
        raise InvalidInputError(
            f"the uncertainty analysis (SMAA-2) is available for the weighted sum only; this decision"
            f" uses {decision.method.aggregation.label}",
            where="method",
        )
    extra: tuple[Diagnostic, ...] = ()
    if unc.widen_by_evidence:  # ranges of weakly supported scores grow (engine/evidence_widening.py)
        widened = with_evidence_widening(decision)
        changed = sum(a != b for a, b in zip(decision.scores, widened.scores, strict=True))
        extra = (Diagnostic(EVIDENCE_WIDENING, "info", Phrase(
            "Score ranges were widened for lack of evidence (1 score): by 20 % of the scale on each"
            " side with no evidence, 10 % with only weak evidence." if changed == 1 else
            "Score ranges were widened for lack of evidence ({n:,} scores): by 20 % of the scale on each"
            " side with no evidence, 10 % with only weak evidence.", n=changed)),)
        decision = widened
    model = build_model(decision, evaluate(decision))
    n, m = model.n_options, model.n_leaves  # options excluded by a red line take no part
    if n == 0:
        return _nothing_to_rank(model, int(run_seed), int(n_samples), progress)
    sizes = _block_sizes(int(n_samples))
    per_chunk = DEFAULT_CHUNK_BLOCKS if chunk_size is None else max(1, -(-int(chunk_size) // BLOCK))
    second_pass = model.cells is not None and n > 0
    run = _Run(len(sizes), per_chunk, 2 if second_pass else 1, progress, cancelled)
    acc = _Accumulator(n, m, RedLineDraws.build(decision, model))  # red lines judged on each draw's scores
    for k in run.blocks(0):
        rng_w, rng_x = _generators(run_seed, k)
        w, drawn, accepted = _draw_weights(model, rng_w, sizes[k])
        acc.add(w, _totals(model, w, rng_x, acc.totals, acc.lines), drawn, accepted)

    has = acc.counts[:, 0] > 0
    central = np.zeros((n, m))
    central[has] = acc.central[has] / acc.counts[has, 0][:, np.newaxis]
    confidence: np.ndarray | None = None
    if not run.stopped and not second_pass:
        confidence = _confidence_exact(model, central, has)
    elif not run.stopped:  # the scores vary: draw them again (same generators) under the central weights
        who = np.flatnonzero(has)
        hits = np.zeros(who.shape[0], dtype=np.int64)
        for k in run.blocks(1):
            _, rng_x = _generators(run_seed, k)
            for _, deltas in model.delta_batches(rng_x, sizes[k]):
                hits += _confidence_block(model, deltas, central, who)
        if not run.stopped:
            confidence = np.zeros(n)
            confidence[who] = hits / acc.samples
    if not run.stopped and progress is not None and not sizes:
        progress(1.0)
    return _result(model, acc, central, has, confidence, int(run_seed), int(n_samples), run.stopped, extra)


def _nothing_to_rank(model: SmaaModel, seed: int, requested: int,
                     progress: Callable[[float], None] | None) -> SmaaResult:
    """A complete, empty result when no option takes part: nothing is drawn."""
    if model.option_ids:
        text = Phrase("Every option is excluded by a red line, so the uncertainty analysis has nothing to rank;"
                      " no draws were made.")
    else:
        text = Phrase("The decision has no options, so the uncertainty analysis has nothing to rank;"
                      " no draws were made.")
    m = model.n_leaves
    acc = _Accumulator(0, m)
    if progress is not None:
        progress(1.0)
    return _result(model, acc, np.zeros((0, m)), np.zeros(0, dtype=bool), np.zeros(0), seed, requested, False,
                   extra=(Diagnostic(NOTHING_TO_RANK, "warning", text),))


class _Run:
    """Walks the blocks chunk by chunk, polling ``cancelled`` and reporting ``progress``."""

    def __init__(self, n_blocks: int, per_chunk: int, passes: int,
                 progress: Callable[[float], None] | None, cancelled: Callable[[], bool] | None) -> None:
        self.n_blocks, self.per_chunk, self.units = n_blocks, per_chunk, n_blocks * passes
        self.progress, self.cancelled = progress, cancelled
        self.stopped = False

    def blocks(self, done_passes: int) -> Iterator[int]:
        for start in range(0, self.n_blocks, self.per_chunk):
            if self.cancelled is not None and self.cancelled():
                self.stopped = True
                return
            stop = min(start + self.per_chunk, self.n_blocks)
            yield from range(start, stop)
            if self.progress is not None:
                self.progress(min(1.0, (done_passes * self.n_blocks + stop) / self.units))


def _result(model: SmaaModel, acc: _Accumulator, central: np.ndarray, has: np.ndarray,
            confidence: np.ndarray | None, seed: int, requested: int, stopped: bool,
            extra: tuple[Diagnostic, ...] = ()) -> SmaaResult:
    """The result, with the options a red line excluded put back (all zeros); ``extra`` notes go last."""
    n, m = model.n_options, model.n_leaves
    notes = list(model.diagnostics)
    rate = None
    if model.weight_mode is WeightUncertainty.RANGES and m and acc.drawn:
        rate = acc.accepted / acc.drawn
        if rate < _LOW_RATE:
            notes.append(Diagnostic(
                LOW_ACCEPTANCE, "warning",
                Phrase("Only {percent:.2g}% of random weight sets fell inside the weight ranges; the ranges"
                       " are narrow, so the run was slow and the weights barely vary.", percent=100 * rate),
            ))
    n_all, rows = len(model.option_ids), model.rows
    counts = np.zeros((n_all, n_all), dtype=np.int64)
    counts[rows, :n] = acc.counts
    full_central = np.zeros((n_all, m))
    full_central[rows] = central
    full_has = np.zeros(n_all, dtype=bool)
    full_has[rows] = has
    full_conf = None
    if confidence is not None:
        full_conf = np.zeros(n_all)
        full_conf[rows] = confidence
    for arr in (counts, full_central, full_has):
        arr.setflags(write=False)
    return SmaaResult(
        option_ids=model.option_ids, option_names=model.option_names,
        leaf_ids=model.leaf_ids, leaf_labels=model.leaf_labels,
        weight_mode=model.weight_mode, seed=seed, samples_requested=requested, samples=acc.samples,
        uncertain_scores=0 if model.cells is None else model.cells.size,
        score_counts=model.counts, level_scores=model.level_scores,
        rank_counts=counts, acceptability=counts / max(acc.samples, 1),
        central_weights=full_central, has_central=full_has, confidence=full_conf,
        acceptance_rate=rate, cancelled=stopped, diagnostics=(*notes, *extra),
        **({} if acc.lines is None else acc.lines.fields(model, acc.samples)),  # type: ignore[arg-type]
    )


__all__ = [
    "BLOCK",
    "EVIDENCE_WIDENING",
    "MAX_SAMPLES",
    "MIN_SAMPLES",
    "NOTHING_TO_RANK",
    "SmaaResult",
    "check_run_settings",
    "ranks_in_order",
    "smaa",
]
