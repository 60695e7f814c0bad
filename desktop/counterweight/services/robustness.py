"""Robustness use-cases for the GUI and the CLI: weight sensitivity, distance to flip, SMAA-2.

These are thin, Qt-free wrappers over :mod:`counterweight.engine.sensitivity`,
:mod:`counterweight.engine.flip` and :mod:`counterweight.engine.smaa`. The SMAA
runner reports progress and can be cancelled, so the GUI can run it on a worker
thread (its callbacks are plain callables: a Qt worker passes a signal's ``emit``
and a flag it sets from the Cancel button).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from counterweight.domain import Criterion, Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.evaluate import evaluate
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.flip import FRAGILE_THRESHOLD, FlipResult, flip_distances, sensitivity_and_flips
from counterweight.engine.sensitivity import CriterionSensitivity, SensitivityResult, weight_probe_for, weight_sensitivity
from counterweight.engine.smaa import SmaaResult, check_run_settings, smaa


def find_criterion(decision: Decision, text: str, *, where: str = "criterion") -> Criterion:
    """The criterion a user means by ``text``: its id, its name or its path (``Group › Name``).

    Names and paths are matched without regard to case; ``>`` may stand for ``›``.

    Raises
    ------
    InvalidInputError
        No criterion matches, or a name matches several (then the paths are listed).
    """
    key = " ".join(text.replace(">", "›").split()).casefold()
    if decision.has_criterion(text.strip()):
        return decision.criterion(text.strip())
    by_path = [c for c in decision.criteria if " ".join(decision.path_name(c.id).split()).casefold() == key]
    if len(by_path) == 1:
        return by_path[0]
    by_name = [c for c in decision.criteria if c.name.casefold() == key]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        paths = "; ".join(decision.path_name(c.id) for c in by_name)
        raise InvalidInputError(f"{text!r} names several criteria; give the full path: {paths}", where=where)
    names = ", ".join(c.name for c, _ in decision.walk()) or "none"
    raise InvalidInputError(f"there is no criterion named {text!r} (criteria: {names})", where=where)


def sensitivity_analysis(decision: Decision, criterion_ids: Sequence[str] | None = None) -> SensitivityResult:
    """One-way weight sensitivity of every criterion (or those given), in tree order."""
    return weight_sensitivity(decision, criterion_ids)


def criterion_lines(decision: Decision, criterion: str) -> CriterionSensitivity:
    """Sensitivity and chart data (each option's score against the weight) of one criterion.

    ``criterion`` is an id, a name or a path (see :func:`find_criterion`).
    """
    crit = find_criterion(decision, criterion)
    return weight_sensitivity(decision, [crit.id]).criteria[0]


def flip_analysis(
    decision: Decision,
    *,
    sensitivity: SensitivityResult | None = None,
    threshold: float = FRAGILE_THRESHOLD,
    base: Evaluation | None = None,
) -> FlipResult:
    """Distance to flip for every weight and score, with the robust/fragile verdict (``base``: ``evaluate(decision)``)."""
    return flip_distances(decision, sensitivity=sensitivity, threshold=threshold, base=base)


#: Seconds of work :func:`robustness_in_slices` does between two checks of whether it should stop.
CHECK_EVERY_S = 0.25


def robustness_in_slices(decision: Decision, progress: Callable[[float], None],
                         cancelled: Callable[[], bool]) -> tuple[SensitivityResult, FlipResult] | None:
    """:func:`sensitivity_analysis` then :func:`flip_analysis`, stoppable; ``None`` once ``cancelled()``.

    For a worker thread (the Sensitivity tab). The criteria are analysed in slices (the
    same numbers as one call), checking ``cancelled`` and reporting ``progress`` (0-1)
    between slices. The first slice is one criterion; each next one is sized from the
    last to take about :data:`CHECK_EVERY_S`, so a fast method pays for few slices and
    a slow one stops within a criterion. The decision is evaluated once, and the other
    methods' weight probe built once, for every slice and the distance to flip (session 27:
    each slice evaluating 1,000 options again made the tab take several times as long).
    """
    ids = [c.id for c, _ in decision.walk()]
    base = evaluate(decision)
    probe = weight_probe_for(decision, base)
    parts: list[SensitivityResult] = []
    done, step = 0, 1
    while done < len(ids) or not parts:
        if cancelled():
            return None
        chunk = ids[done:done + step]
        started = time.perf_counter()
        parts.append(weight_sensitivity(decision, chunk, base=base, probe=probe))
        spent = time.perf_counter() - started
        done += len(chunk)
        step = max(1, int(len(chunk) * CHECK_EVERY_S / max(spent, 1e-6)))
        progress(done / (len(ids) + 1))  # the distance-to-flip search is the last step
    if cancelled():
        return None
    sens = replace(parts[0], criteria=tuple(c for part in parts for c in part.criteria))
    return sens, flip_analysis(decision, sensitivity=sens, base=base)


def run_smaa(
    decision: Decision,
    *,
    samples: int | None = None,
    seed: int | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk_size: int | None = None,
) -> SmaaResult:
    """Run SMAA-2 in chunks, reporting progress and honouring cancellation.

    Parameters
    ----------
    decision : Decision
    samples, seed : int, optional
        Override the decision's uncertainty settings (100 to 1,000,000 samples;
        seed 0 to 2**32 - 1).
    progress : callable, optional
        Receives the share of work done, 0-1, after every chunk; ends with 1.0.
    cancelled : callable, optional
        Polled before every chunk; returning True stops the run early. The result
        then has ``cancelled=True`` and covers the samples drawn so far.
    chunk_size : int, optional
        Samples per chunk (rounded up to whole blocks); does not change the result.

    Returns
    -------
    SmaaResult

    Raises
    ------
    InvalidInputError
        Settings out of range (naming ``samples`` or ``seed``), weight settings that
        cannot be used, or a method other than the weighted sum.
    """
    unc = decision.method.uncertainty
    check_run_settings(unc.samples if samples is None else samples, unc.seed if seed is None else seed)
    return smaa(decision, samples, seed, chunk_size=chunk_size, progress=progress, cancelled=cancelled)


__all__ = ["CHECK_EVERY_S", "criterion_lines", "find_criterion", "flip_analysis", "robustness_in_slices", "run_smaa",
           "sensitivity_analysis", "sensitivity_and_flips"]
