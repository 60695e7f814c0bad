"""An evaluation's scores as every surface writes them: the ranking table, the brief, the command line.

Scores are points out of 100 with one decimal, or more when one decimal would show two
options of different ranks with the same score (the rule of
:mod:`counterweight.domain.shown_numbers`, the same one the window's ranking table
follows); "—" for an option the method could not compute, including one a red line
also excludes.
"""

from __future__ import annotations

from counterweight.domain.shown_numbers import NOT_COMPUTED, column_decimals, column_texts
from counterweight.engine.evaluation import Evaluation

#: Decimals of a score out of 100 when one is enough.
SCORE_DECIMALS = 1


def score_decimals(evaluation: Evaluation) -> int:
    """Decimals at which the scores (points out of 100) tell every two ranks apart (1 to 4)."""
    return column_decimals(evaluation.where_computed(evaluation.totals, 100.0), evaluation.ranks_or_none(),
                           SCORE_DECIMALS)


def score_texts(evaluation: Evaluation, missing: str = NOT_COMPUTED) -> list[str]:
    """Every option's score out of 100, in option order, at :func:`score_decimals`.

    Tied options read the same; ``missing`` for an option the method did not compute.
    """
    return column_texts(evaluation.where_computed(evaluation.totals, 100.0), evaluation.ranks_or_none(),
                        SCORE_DECIMALS, missing=missing)


__all__ = ["SCORE_DECIMALS", "score_decimals", "score_texts"]
