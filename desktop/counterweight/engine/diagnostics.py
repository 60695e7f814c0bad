"""Diagnostics: plain-English notes the engine attaches to a result.

The engine never raises for awkward but valid input (a constant column, a group
whose weights are all zero, a missing score). It computes a sensible, documented
answer and records what it did as a :class:`Diagnostic`, so the user can see why a
number looks the way it does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["info", "warning"]

# Codes are stable identifiers (tests, the CLI and the GUI may filter on them).
NO_OPTIONS = "no_options"
NO_CRITERIA = "no_criteria"
MISSING_SCORE = "missing_score"
NO_DATA = "no_data"
CONSTANT_COLUMN = "constant_column"
NORMALIZATION_FALLBACK = "normalization_fallback"
EMPTY_GROUP = "empty_group"
ZERO_WEIGHT = "zero_weight"
ZERO_WEIGHT_GROUP = "zero_weight_group"
ALL_WEIGHTS_ZERO = "all_weights_zero"
#: Another option is at least as good on every criterion and better on one (see engine/dominance.py).
DOMINATED = "dominated_option"


@dataclass(frozen=True)
class Diagnostic:
    """One note about an evaluation.

    Attributes
    ----------
    code : str
        Stable machine-readable code, e.g. ``"missing_score"``.
    severity : {"info", "warning"}
        ``"warning"`` when the result may not mean what the user expects.
    message : str
        A sentence for a policy analyst; options and criteria are named by their
        display names, never by identifier. The engine builds it as a
        :class:`~counterweight.engine.phrase.Phrase`: plain English for every reader,
        and the template the window translates (:mod:`counterweight.ui.engine_text`).
    option_id, criterion_id : str or None
        The option and criterion concerned, when there is one.
    """

    code: str
    severity: Severity
    message: str
    option_id: str | None = None
    criterion_id: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        """A JSON-ready mapping of the fields."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "option_id": self.option_id,
            "criterion_id": self.criterion_id,
        }


__all__ = [
    "ALL_WEIGHTS_ZERO",
    "CONSTANT_COLUMN",
    "DOMINATED",
    "Diagnostic",
    "EMPTY_GROUP",
    "MISSING_SCORE",
    "NORMALIZATION_FALLBACK",
    "NO_CRITERIA",
    "NO_DATA",
    "NO_OPTIONS",
    "Severity",
    "ZERO_WEIGHT",
    "ZERO_WEIGHT_GROUP",
]
