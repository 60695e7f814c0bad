"""Suggested PROMETHEE thresholds and the box that holds one (split from the method settings dialog).

Suggested thresholds come from the spread of each criterion's scores (the range
between the lowest and the highest score among the options; the scale's width
when every option scores the same): ``q`` about 10 %, ``p`` about 50 % and ``s``
about 30 % of it, rounded to two significant figures. They are a starting point
for discussion, not a recommendation.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSize

from counterweight.domain import Decision, NumericScale, QualitativeScale
from counterweight.domain.direction import compares_values
from counterweight.engine.compared import compared_column
from counterweight.ui.widgets.kept_value_spin import KeptValueSpinBox

#: Suggested thresholds as shares of a criterion's score spread.
SUGGESTED_SHARE = {"q": 0.1, "p": 0.5, "s": 0.3}


def nice(x: float) -> float:
    """``x`` rounded to two significant figures (0 stays 0)."""
    if x <= 0 or not math.isfinite(x):
        return 0.0
    return round(x, 1 - int(math.floor(math.log10(x))))


def score_spread(decision: Decision, criterion_id: str) -> tuple[float | None, float | None, float]:
    """Lowest and highest score of a leaf among the options, and the spread used for suggestions.

    Qualitative criteria use their levels' 0-100 values. With fewer than two
    different scores the spread is the scale's width (100 for levels).
    """
    crit = decision.criterion(criterion_id)
    scale = crit.scale
    values: list[float] = []
    for s in decision.scores:
        if s.criterion_id != criterion_id:
            continue
        if isinstance(scale, QualitativeScale) and s.level is not None:
            lv = scale.level(s.level)
            if lv is not None:
                values.append(float(lv.value))
        elif s.value is not None:
            values.append(float(s.value))
    in_points = compares_values(crit)  # PROMETHEE compares its values, 0-100 (engine/compared.py)
    if in_points:
        values = [float(v) for v in compared_column(crit, np.array(values, dtype=float))]
    low = min(values) if values else None
    high = max(values) if values else None
    spread = (high - low) if values else 0.0
    if spread <= 0:
        spread = float(scale.upper - scale.lower) if isinstance(scale, NumericScale) and not in_points else 100.0
    return low, high, spread


def suggested_thresholds(spread: float) -> dict[str, float]:
    """Suggested ``q``, ``p`` and ``s`` for a criterion whose scores spread over ``spread`` units."""
    return {k: nice(share * spread) for k, share in SUGGESTED_SHARE.items()}


class ThresholdSpin(KeptValueSpinBox):
    """A threshold box as wide as its value with two digits to spare, not as wide as its 100-fold maximum.

    QA 17: sized for the maximum, the three threshold columns pushed the PROMETHEE table past
    a 1,366-pixel screen at 150 % text.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        fm = self.fontMetrics()

        def advance(value: float) -> int:
            return fm.horizontalAdvance(f"{self.prefix()}{self.textFromValue(value)}{self.suffix()} ")

        widest = max(advance(self.minimum()), advance(self.maximum()))
        need = advance(self.value()) + fm.horizontalAdvance("00")
        return QSize(hint.width() - max(widest - need, 0), hint.height())


__all__ = ["SUGGESTED_SHARE", "ThresholdSpin", "nice", "score_spread", "suggested_thresholds"]
