"""The outcome of an SMAA-2 run (see :mod:`counterweight.engine.smaa` for how it is computed)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from counterweight.domain.methods import LevelUncertainty, WeightUncertainty
from counterweight.engine.diagnostics import Diagnostic


@dataclass(frozen=True)
class ScoreCounts:
    """Which scores of the options taking part varied in a run and which were held (missing ones aside).

    ``numbers_varied``: numeric scores drawn from a range; ``numbers_held``: numeric
    scores without a range (or whose range could not be used); ``levels_varied`` and
    ``levels_held``: level-rated scores drawn one level either way, or held as rated.
    """

    numbers_varied: int = 0
    numbers_held: int = 0
    levels_varied: int = 0
    levels_held: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"numbers_varied": self.numbers_varied, "numbers_held": self.numbers_held,
                "levels_varied": self.levels_varied, "levels_held": self.levels_held}


@dataclass(frozen=True, eq=False)
class SmaaResult:
    """Outcome of an SMAA-2 run. Rows follow ``option_ids``; weight columns follow ``leaf_ids``.

    Attributes
    ----------
    acceptability : numpy.ndarray
        ``(n_options, n_options)``; ``acceptability[i, r]`` is ``b_i^{r+1}``.
    rank_counts : numpy.ndarray of int
        The counts behind ``acceptability``.
    central_weights : numpy.ndarray
        ``(n_options, n_leaves)`` global leaf weights; zeros where ``has_central`` is False.
    has_central : numpy.ndarray of bool
        Whether the option ranked first in at least one draw.
    confidence : numpy.ndarray or None
        ``p_i^c`` per option (0 for an option without central weights); ``None``
        when the run was cancelled before they were computed.
    samples : int
        Draws actually made (fewer than ``samples_requested`` when cancelled; 0
        when no option takes part, see :data:`NOTHING_TO_RANK`).
    acceptance_rate : float or None
        Share of candidate weight vectors kept (weight ranges only).
    red_lines : tuple of str
        The red lines checked in the draws, in a few words ("'Cost' above 9 $bn"); empty
        when the decision has none, and then the three mappings below are empty too.
    red_line_share, first_past_red_line : dict of str to float
        By id of each option taking part: the share of draws in which at least one of its
        drawn scores is past a red line, and in which it ranks first while one is
        (:mod:`counterweight.engine.smaa_red_lines`).
    first_past_criteria : dict of str to tuple of str
        By option id: the criteria whose red line its drawn score was past in draws it ranked first.
    """

    option_ids: tuple[str, ...]
    option_names: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    leaf_labels: tuple[str, ...]
    weight_mode: WeightUncertainty
    seed: int
    samples_requested: int
    samples: int
    uncertain_scores: int
    rank_counts: np.ndarray
    acceptability: np.ndarray
    central_weights: np.ndarray
    has_central: np.ndarray
    confidence: np.ndarray | None
    acceptance_rate: float | None
    cancelled: bool
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    #: What varied and what was held, and the level-rated setting the run used (QA 21).
    score_counts: ScoreCounts = field(default_factory=ScoreCounts)
    level_scores: LevelUncertainty = LevelUncertainty.AS_RATED
    red_lines: tuple[str, ...] = ()
    red_line_share: dict[str, float] = field(default_factory=dict)
    first_past_red_line: dict[str, float] = field(default_factory=dict)
    first_past_criteria: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ranked(self) -> np.ndarray:
        """Which options took part in the draws: one bool per option, False for those a red line excluded.

        An excluded option is left out of the draws and keeps an all-zero row, while an
        option that takes part gets a rank in every draw, so its row adds up to 1.
        """
        acc = np.asarray(self.acceptability, dtype=float)
        return acc.sum(axis=1) > 0 if acc.ndim == 2 else np.zeros(0, dtype=bool)

    def first_rank(self, option_id: str) -> float:
        """``b_i^1`` of one option."""
        return float(self.acceptability[self.option_ids.index(option_id), 0])

    def as_dict(self) -> dict[str, object]:
        """JSON-ready summary (shares rounded to 6 decimals; options in decision order)."""
        options = []
        for i, oid in enumerate(self.option_ids):
            central = (
                {lab: round(float(w), 6) for lab, w in zip(self.leaf_labels, self.central_weights[i])}
                if self.has_central[i] else None
            )
            conf = None
            if self.confidence is not None and self.has_central[i]:
                conf = round(float(self.confidence[i]), 6)
            options.append({
                "id": oid,
                "name": self.option_names[i],
                "rank_acceptability": [round(float(b), 6) for b in self.acceptability[i]],
                "central_weights": central,
                "confidence": conf,
                "past_red_line": _share(self.red_line_share.get(oid)),
                "first_past_red_line": _share(self.first_past_red_line.get(oid)),
            })
        return {
            "method": "smaa-2",
            "aggregation": "wsm",
            "weights": self.weight_mode.value,
            "seed": self.seed,
            "samples_requested": self.samples_requested,
            "samples": self.samples,
            "cancelled": self.cancelled,
            "uncertain_scores": self.uncertain_scores,
            "level_scores": self.level_scores.value,
            "scores": self.score_counts.as_dict(),
            "acceptance_rate": None if self.acceptance_rate is None else round(self.acceptance_rate, 6),
            "criteria": list(self.leaf_labels),
            "options": options,
            "diagnostics": [d.as_dict() for d in self.diagnostics],
            "red_lines": [str(w) for w in self.red_lines],
        }


def _share(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


__all__ = ["ScoreCounts", "SmaaResult"]
