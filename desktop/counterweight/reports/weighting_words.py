"""How AHP weights were derived, in the words of the brief and the workbook's Method sheet (QA 23 item 7).

A reviewer checking a brief against Saaty's published example must know which priority
method gave the weights (the principal eigenvector, Saaty 1980, or the normalised row
geometric means, Crawford & Williams 1985), lambda_max, CI, the random index RI and the
table it comes from, and the CR; and that the weights are stored as points rounded to
two decimals, which is why they may add up to 99.99 rather than 100. Every figure is
the engine's (:class:`counterweight.engine.ahp.AhpResult`); nothing is recomputed here.
See docs/methods.md, "AHP pairwise comparison".
"""

from __future__ import annotations

from collections.abc import Sequence

from counterweight.domain.elicitation import POINT_DECIMALS
from counterweight.domain.shown_numbers import fixed
from counterweight.engine.ahp import CR_THRESHOLD, AhpResult
from counterweight.engine.ahp_scale import RI_TABLES

#: The priority methods, in words, with their source.
PRIORITY_WORDS = {
    "eigenvector": "the principal eigenvector of the judgement matrix, normalised to sum 1 (Saaty 1980)",
    "geometric_mean": "the geometric mean of each row of the judgement matrix, normalised to sum 1 (Crawford & "
                      "Williams 1985), not Saaty's principal eigenvector",
}


def priority_words(ahp: AhpResult) -> str:
    return PRIORITY_WORDS.get(str(ahp.priority), str(ahp.priority))


def consistency_words(ahp: AhpResult) -> str:
    """``λmax = 9.669 (...), CI = ... = 0.238 with n = 8, RI = 1.41 (random-index table of Saaty 1980)``."""
    n = len(ahp.ids)
    text = (f"λmax = {fixed(ahp.lambda_max, 3)} (the principal eigenvalue, whatever the priority method), "
            f"CI = (λmax − n) / (n − 1) = {fixed(ahp.ci, 3)} with n = {n}")
    if n <= 2:
        return text + "; with two criteria every judgement matrix is consistent"
    if ahp.ri is None:
        last = max(len(t.values) for t in RI_TABLES.values())
        return text + f"; Saaty's random-index tables stop at {last} criteria, so there is no RI and no consistency ratio"
    return text + f", RI = {fixed(ahp.ri, 2)} (random-index table of {ahp.ri_table.name})"


def ahp_sentences(ahp: AhpResult) -> list[str]:
    """The priority method, lambda_max, CI, RI with its table, and the CR with its verdict, in English."""
    out = [f"Priorities: {priority_words(ahp)}.", f"{consistency_words(ahp)}."]  # starts with "λmax"
    if ahp.cr is not None:
        verdict = (f"acceptable (at most {CR_THRESHOLD:.2f})" if ahp.cr <= CR_THRESHOLD + 1e-12
                   else f"above the usual {CR_THRESHOLD:.2f} limit")
        formula = " (CR = CI / RI)" if len(ahp.ids) > 2 else ""
        out.append(f"Consistency ratio {fixed(ahp.cr, 3)}{formula}, {verdict}.")
    return out


def points_total(points: Sequence[float]) -> float:
    return round(sum(points), POINT_DECIMALS)


def points_sentence(points: Sequence[float], always: bool) -> str:
    """Why the points may not add up to 100 ("" when they do and ``always`` is false)."""
    if not points:
        return ""
    total = points_total(points)
    if not always and abs(total - 100.0) < 1e-9:
        return ""
    here = f"here they add up to {fixed(total, 2)}" if abs(total - 100.0) >= 1e-9 else "here they add up to 100"
    return (f"The weights are stored as points, each 100 × the weight the judgements give rounded to {POINT_DECIMALS} "
            f"decimals ({here}); each criterion's weight is its points' share of that total.")


__all__ = ["PRIORITY_WORDS", "ahp_sentences", "consistency_words", "points_sentence", "points_total",
           "priority_words"]
