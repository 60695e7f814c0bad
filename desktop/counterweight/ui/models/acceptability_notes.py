"""What the Uncertainty tab says beside its ranks table: the confidence factor and red-line exclusions.

* :func:`shows_confidence`: whether the confidence factor tells the user anything. With
  the weights taken as set (exact) every draw uses the same weights, so each option's
  central weights are those weights and its confidence factor is its rank-1 share
  again (the same score draws, the same seed): the column is then hidden and
  :func:`confidence_note` says why.
* :func:`confidence_note`: the factor in plain words (SMAA-2, Lahdelma & Salminen 2001,
  eq. 9), shown under the table, not only in the header's tooltip.
* :func:`excluded_note`: which options a red line left out of the draws, the ranks and
  the chart (their rows read :func:`excluded_text` instead of shares).

User-visible text is translated under the context ``"AcceptabilityResults"``, as in
:mod:`counterweight.ui.models.acceptability_model`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counterweight.charts.acceptability_chart import ranked_options
from counterweight.domain.methods import WeightUncertainty

if TYPE_CHECKING:
    from counterweight.engine.smaa import SmaaResult


def shows_confidence(r: SmaaResult) -> bool:
    """Whether the confidence factor carries information: only when the weights were drawn."""
    return r.weight_mode is not WeightUncertainty.EXACT


def confidence_head() -> str:
    """Header of the confidence factor's column, on two lines (broken at the space nearest the middle).

    On one line it would take twice the width of a share, and the rank columns would be pushed out of view.
    """
    return two_lines(QCoreApplication.translate("AcceptabilityResults", "Confidence factor"))


def two_lines(text: str) -> str:
    """``text`` on two lines, broken at the space nearest its middle (as it is when it has none)."""
    spaces = [k for k, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    k = min(spaces, key=lambda k: abs(2 * k - len(text)))
    return text[:k] + "\n" + text[k + 1:]


def confidence_tip() -> str:
    """Tooltip of the confidence factor's header."""
    return QCoreApplication.translate(
        "AcceptabilityResults", "How often the option comes first when the weights are held at its own central "
        "weights and only the scores vary (SMAA-2 confidence factor)")


def confidence_note(r: SmaaResult) -> str:
    """The confidence factor in plain words, or why it is not shown (exact weights)."""
    if not shows_confidence(r):
        return QCoreApplication.translate(
            "AcceptabilityResults", "No confidence factor is shown: the weights were not drawn, so it would "
            "only repeat Rank 1.")
    return QCoreApplication.translate(
        "AcceptabilityResults", "Confidence factor: how often the option still comes first when the weights "
        "are held at its central weights (the average weights of the draws it won) and only the scores vary. "
        "It is not the chance that the option is the best choice; that is Rank 1. A dash: the option never "
        "came first.")


def excluded_text() -> str:
    """What an excluded option's row shows in place of its shares."""
    return QCoreApplication.translate("AcceptabilityResults", "excluded by a red line")


def excluded_note(r: SmaaResult) -> str:
    """Which options a red line left out ('' when none, or when none took part: the engine says so then)."""
    ranked = ranked_options(r)
    if ranked.all() or not ranked.any():
        return ""
    names = [name for name, took_part in zip(r.option_names, ranked) if not took_part]
    return QCoreApplication.translate(
        "AcceptabilityResults", "Excluded by a red line, so left out of the draws, the ranks and the chart: "
        "{0}.").format("; ".join(names))


__all__ = ["confidence_head", "confidence_note", "confidence_tip", "excluded_note", "excluded_text",
           "shows_confidence"]
