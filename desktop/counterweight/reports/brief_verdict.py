"""The robustness verdict in the brief's words: the summary's sentence and the Sensitivity section's.

The verdict is :func:`counterweight.engine.flip.flip_distances`'s: *robust* or
*fragile* against the 10 % threshold; *tied* when two or more options share first
place, so any change that favours one of them puts it first and neither word fits;
*not applicable* when there is nothing to judge (fewer than two options, no scored
criteria, no criterion carrying weight, no option ranked, no score at all), with
the reason in the evaluation's own words (the first of ``FlipResult.notes``, as the
Warnings say it). A tied or not-applicable brief never calls the result robust and
never names a sole leader. A share of a range is never written "0.0 %": an exact
zero (options already level) reads "any change at all". See docs/methods.md,
"Distance to flip".
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.domain.shown_numbers import amount, percent
from counterweight.domain.wording import join_words
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.flip import FlipItem, FlipResult
from counterweight.reports.method_figures import vikor_answer

#: The badge word of each verdict, as on the Sensitivity tab.
VERDICT_WORDS = {"robust": "Robust", "fragile": "Fragile", "tied": "Tied", "not_applicable": "Not applicable"}


def share_of_range(fraction: float | None) -> str:
    """``4.2 % of its range``; an exact zero reads ``any change at all``, never ``0.0 %``."""
    if not fraction:
        return "any change at all"
    return f"{amount(100.0 * fraction, 1)} % of its range"  # a change that is not zero never reads "0.0 %"


def item_words(decision: Decision, item: FlipItem) -> str:
    """``the weight of Risks`` or ``the score of Alpha on Effect`` (never a possessive of a name)."""
    crit = decision.path_name(item.criterion_id) if decision.has_criterion(item.criterion_id) else item.criterion_id
    if item.kind == "weight":
        return f"the weight of {crit}"
    oid = item.option_id or ""
    option = decision.option(oid).name if decision.has_option(oid) else oid
    return f"the score of {option} on {crit}"


def tied_names(decision: Decision, flips: FlipResult, last: str = "and") -> str:
    """The options sharing first place: ``A and B``; ``A, B or C`` with ``last="or"``."""
    return join_words([decision.option(o).name if decision.has_option(o) else o for o in flips.tied_ids], last)


def _limit(flips: FlipResult) -> str:
    return percent(flips.threshold, 0)


def summary_sentences(decision: Decision, flips: FlipResult | None) -> list[str]:
    """The verdict's sentence in the brief's summary (page 1); none without a flip analysis."""
    if flips is None:
        return []
    if flips.verdict == "not_applicable":  # the reason is the evaluation's own warning
        return [" ".join(["The robustness verdict is not applicable.", *flips.notes[:1]])]
    if flips.verdict == "tied":
        return ["The result is tied, so it is neither robust nor fragile: any single change to a weight or a "
                f"score that favours {tied_names(decision, flips, 'or')} puts that option first."]
    limit = _limit(flips)
    if flips.verdict == "robust":
        return [f"The result is robust: no single weight or score change smaller than {limit} of its "
                "range changes the top option."]
    fragile = flips.fragile_items
    first = fragile[0]
    changes = "one single change" if len(fragile) == 1 else f"{len(fragile)} single changes"
    return [f"The result is fragile: {changes} smaller than {limit} of the range would change the top "
            f"option, the smallest being {item_words(decision, first)} ({share_of_range(first.fraction)})."]


def section_lead(decision: Decision, flips: FlipResult) -> tuple[str, str]:
    """The Sensitivity section's verdict word and the plain sentence after it (text, not yet escaped).

    Robust and fragile are followed by what the words mean; a tie names the options
    sharing first place; not applicable gives the reason.
    """
    word = VERDICT_WORDS.get(flips.verdict, VERDICT_WORDS["not_applicable"])
    if flips.verdict == "not_applicable":
        return word, " ".join(flips.notes[:1]) or "There is nothing to compare."
    if flips.verdict == "tied":
        return word, (f"{tied_names(decision, flips)} share first place: any change to a weight or a score that "
                      "favours one of them puts it first, so the result is neither robust nor fragile.")
    return word, (f"A result is called fragile when a change to one weight or one score of less than "
                  f"{_limit(flips)} of its range puts another option first.")


def vikor_scope(ev: Evaluation) -> str:
    """Under VIKOR with a compromise set (QA 23 item 4), what "top option" means in the Sensitivity section ("" otherwise).

    Distance to flip and the tipping weights follow the option with the lowest Q; VIKOR's own
    answer is the set (:func:`counterweight.reports.method_figures.vikor_answer`).
    """
    answer = vikor_answer(ev)
    if answer is None or not answer.is_set:
        return ""
    return (f"VIKOR proposes the compromise set {join_words(list(answer.names))}, not one option; here the top option "
            f"is the one with the lowest Q ({answer.leader}), and another option takes first place when it gets the "
            "lowest Q.")


__all__ = ["VERDICT_WORDS", "item_words", "section_lead", "share_of_range", "summary_sentences", "tied_names",
           "vikor_scope"]
