"""The red lines breached by the option that a sensitivity change puts first.

The robustness views name the option that comes first after a change (a weight's
threshold, a score's distance to flip). That option may breach a red line whose action
is *flag*: it is ranked, but it crosses a limit the decision makers set, and a view
that promotes it must say so (an option breaching an *exclude* red line is never
ranked, so never comes first).

A weight change leaves every score as it is, so the option breaches the red lines it
breaches now (:func:`counterweight.engine.red_lines.assess_red_lines`). A score change
can move that option's own score across a red line, so its red lines are checked
again with the changed score in place of the old one (its central value or level; the
score's range, which only gives an "at risk" note, is left aside). The check is the
same one the ranking uses (:func:`counterweight.engine.red_lines.check_red_line`).
"""

from __future__ import annotations

from counterweight.domain.decision import Decision
from counterweight.domain.elements import Score
from counterweight.domain.wording import join_words
from counterweight.engine.flip import FlipItem
from counterweight.engine.red_lines import RedLineBreach, check_red_line, checked_lines


def breaches_after(decision: Decision, option_id: str | None, criterion_id: str | None = None,
                   target: float | str | None = None) -> tuple[RedLineBreach, ...]:
    """The red-line breaches of ``option_id``, with its score on ``criterion_id`` set to ``target`` if given.

    ``target`` is a level label (qualitative criterion) or a number in the criterion's
    units. Without ``criterion_id`` and ``target`` the option's scores are taken as they
    are. An unknown option, or a decision without red lines, gives no breach.
    """
    if option_id is None or not decision.red_lines or not decision.has_option(option_id):
        return ()
    option = decision.option(option_id)
    found: list[RedLineBreach] = []
    for line, crit in checked_lines(decision):
        score = decision.score(option_id, crit.id)
        if crit.id == criterion_id and target is not None:
            score = (Score(option_id=option_id, criterion_id=crit.id, level=target) if isinstance(target, str)
                     else Score(option_id=option_id, criterion_id=crit.id, value=float(target)))
        breach = check_red_line(line, crit, option, score)
        if breach is not None:
            found.append(breach)
    return tuple(found)


def new_top_breaches(decision: Decision, item: FlipItem) -> tuple[RedLineBreach, ...]:
    """The red-line breaches of the option ``item``'s change puts first (none when no change flips it).

    A weight leaves the scores as they are; a score change is applied to its own
    option before that option's red lines are checked (it may be the one that comes
    first, or it may be the former top option falling behind another).
    """
    if item.new_top_id is None or item.fraction is None:
        return ()
    if item.kind == "score" and item.option_id == item.new_top_id:
        return breaches_after(decision, item.new_top_id, item.criterion_id, item.target)
    return breaches_after(decision, item.new_top_id)


def breached_criteria(breaches: tuple[RedLineBreach, ...]) -> tuple[str, ...]:
    """The names of the criteria whose red lines ``breaches`` cross, each once, in order."""
    return tuple(dict.fromkeys(b.criterion_name for b in breaches))


def flag_words(criteria: tuple[str, ...] | list[str]) -> str:
    """``⚑ breaches the red line on Civilian risk`` for the criteria whose red lines are crossed; ``""`` for none.

    English, for the brief, the workbook and the command line (the window translates its own).
    """
    if not criteria:
        return ""
    lines = "red lines" if len(criteria) > 1 else "red line"
    return f"\u2691 breaches the {lines} on {join_words(list(criteria))}"


def flagged(name: str, breaches: tuple[RedLineBreach, ...]) -> str:
    """``name``, then ``(⚑ breaches the red line on …)`` when it breaches one (plain text, not escaped)."""
    words = flag_words(breached_criteria(breaches))
    return f"{name} ({words})" if words else name


__all__ = ["breached_criteria", "breaches_after", "flag_words", "flagged", "new_top_breaches"]
