"""Red lines: non-compensatory limits checked before any ranking is trusted.

A red line (:class:`~counterweight.domain.methods.RedLine`) says that an option must
not be worse than a limit on one criterion, however well it scores elsewhere. For
a numeric criterion the limit is in the criterion's units: on a higher-is-better
criterion an option *breaches* it when its score is below the limit, on a
lower-is-better criterion when its score is above it. Scoring exactly the limit is
not a breach. Rounding noise counts as exactly the limit: a score within
``1e-9 x max(|score|, |limit|)`` of it (:func:`~counterweight.engine.ranking.same_in_units`).
The tolerance is relative, with no absolute part, so the verdict does not depend on
the criterion's unit: a fatality risk of 1.9e-9 against a limit of 1e-9 breaches it
exactly as 1.9 per billion against 1 per billion does (QA pass 23 item 1; the
ranking's absolute 1e-9, meant for 0-1 totals, had made the first "equal"). A limit
of exactly 0 is breached by any score on the wrong side of it. For a qualitative
criterion the limit is a level: an option breaches it when its level is worth less
(has a lower 0-100 value).

:func:`breaches_limit` is the one breach rule for numbers: the ranking, the score
changes of the sensitivity analysis and the uncertainty draws all call it.

The check uses each score's central value. A score with no value (missing, or only
a low-high range) cannot be checked and gets a ``red_line_unchecked`` warning; it
is not treated as a breach. When the central value passes but the worse end of
the score's range would breach, a ``red_line_at_risk`` note says so.

A breach with action ``flag`` is reported beside the ranking; a breach with action
``exclude`` also takes the option out of the ranking (see
:func:`counterweight.engine.evaluate.evaluate`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import overload

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.direction import limit_direction
from counterweight.domain.elements import Criterion, Direction, Option, Score
from counterweight.domain.methods import RedLine, RedLineAction
from counterweight.domain.scales import QualitativeScale
from counterweight.domain.shown_numbers import plain_number
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.phrase import Figure, Phrase
from counterweight.engine.ranking import same_in_units

RED_LINE_BREACH = "red_line_breach"
RED_LINE_UNCHECKED = "red_line_unchecked"
RED_LINE_AT_RISK = "red_line_at_risk"


@dataclass(frozen=True)
class RedLineBreach:
    """One option on the wrong side of one red line.

    Attributes
    ----------
    red_line_id, option_id, criterion_id : str
    option_name, criterion_name : str
    action : RedLineAction
        ``FLAG`` or ``EXCLUDE``.
    limit : float or None
        Numeric limit in the criterion's units (numeric criteria).
    limit_level : str or None
        Limit level label (qualitative criteria).
    value : float
        The option's score, or its level's 0-100 value.
    value_level : str or None
        The option's level label (qualitative criteria).
    unit : str
        The criterion's unit ("" if none).
    note : str
        The red line's own note (why the limit exists).
    reason : str
        One plain-English sentence naming option, criterion, score and limit.
    """

    red_line_id: str
    option_id: str
    option_name: str
    criterion_id: str
    criterion_name: str
    action: RedLineAction
    limit: float | None
    limit_level: str | None
    value: float
    value_level: str | None
    unit: str
    note: str
    reason: str

    @property
    def excludes(self) -> bool:
        """Whether this breach takes the option out of the ranking."""
        return self.action is RedLineAction.EXCLUDE

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping."""
        return {
            "red_line_id": self.red_line_id,
            "criterion_id": self.criterion_id,
            "criterion": self.criterion_name,
            "limit": self.limit_level if self.limit_level is not None else self.limit,
            "value": self.value_level if self.value_level is not None else self.value,
            "unit": self.unit,
            "action": self.action.value,
            "note": self.note,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class RedLineReport:
    """The outcome of checking every red line against every option.

    Attributes
    ----------
    breaches : tuple of RedLineBreach
        In option order, then red-line order.
    excluded_option_ids : tuple of str
        Options with at least one ``exclude`` breach, in option order.
    flagged_option_ids : tuple of str
        Options with breaches but none that excludes them, in option order.
    diagnostics : tuple of Diagnostic
        One ``red_line_breach`` warning per breach, plus ``red_line_unchecked``
        and ``red_line_at_risk`` notes.
    """

    breaches: tuple[RedLineBreach, ...] = ()
    excluded_option_ids: tuple[str, ...] = ()
    flagged_option_ids: tuple[str, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def breaches_for(self, option_id: str) -> list[RedLineBreach]:
        """The breaches of one option."""
        return [b for b in self.breaches if b.option_id == option_id]


@overload
def breaches_limit(value: float, limit: float, direction: Direction) -> bool: ...
@overload
def breaches_limit(value: np.ndarray, limit: float, direction: Direction) -> np.ndarray: ...
def breaches_limit(value: float | np.ndarray, limit: float, direction: Direction) -> bool | np.ndarray:
    """Whether a numeric score, in the criterion's units, is on the wrong side of a red line's limit.

    Higher-is-better: below the limit; lower-is-better: above it. A value equal to
    the limit, or within ``1e-9 x max(|value|, |limit|)`` of it (rounding noise,
    :func:`~counterweight.engine.ranking.same_in_units`), is not a breach. The
    tolerance is relative, so the verdict is the same in any unit.

    ``value`` may be an array of scores (the uncertainty draws): the answer is then
    an array of the same shape, element by element; for one number it is a ``bool``.
    """
    v = np.asarray(value, dtype=float)
    past = v < limit if Direction(direction) is Direction.HIGHER_BETTER else v > limit
    out = past & ~same_in_units(v, limit)
    return bool(out) if out.ndim == 0 else out


def checked_lines(decision: Decision) -> list[tuple[RedLine, Criterion]]:
    """The red lines that can be checked, each with its criterion: one whose criterion is gone,
    or is a group (no scale), has nothing to check. The ranking, the sensitivity's flags and the
    uncertainty draws all check these."""
    out = []
    for line in decision.red_lines:
        if decision.has_criterion(line.criterion_id):
            crit = decision.criterion(line.criterion_id)
            if crit.scale is not None:
                out.append((line, crit))
    return out


def _amount(x: float, unit: str) -> str:
    return Figure(plain_number(x), unit)  # as the score matrix writes it (f"{x:g}" wrote 1234567 as 1.23457e+06)


def _check(
    line: RedLine, crit: Criterion, option: Option, score: Score | None
) -> tuple[RedLineBreach | None, Diagnostic | None]:
    scale = crit.scale
    consequence = Phrase("it is excluded from the ranking" if line.action is RedLineAction.EXCLUDE
                         else "it is flagged beside the ranking")
    note = (Phrase(" Reason for this red line: {note}.", note=line.note.strip().rstrip('.')) if line.note.strip()
            else "")
    if isinstance(scale, QualitativeScale):
        limit_lv = scale.level(line.level or "")
        got = scale.level(score.level) if score is not None and score.level is not None else None
        if got is None or limit_lv is None:
            return None, _unchecked(line, crit, option)
        if got.value >= limit_lv.value:
            return None, None
        reason = Phrase("'{option}' is rated '{level}' on '{criterion}', worse than the red-line level"
                        " '{limit}'; {consequence}.{note}", option=option.name, level=got.label, criterion=crit.name,
                        limit=limit_lv.label, consequence=consequence, note=note)
        return RedLineBreach(line.id, option.id, option.name, crit.id, crit.name, line.action, None,
                             limit_lv.label, float(got.value), got.label, crit.unit, line.note, reason), None
    limit = float(line.limit) if line.limit is not None else 0.0
    if score is None or score.value is None:
        return None, _unchecked(line, crit, option)
    value = float(score.value)
    direction = limit_direction(crit)  # a falling value function reads its limit as a ceiling (QA 23)
    higher = direction is Direction.HIGHER_BETTER
    if not breaches_limit(value, limit, direction):
        worse_end = score.low if higher else score.high
        if worse_end is not None and breaches_limit(float(worse_end), limit, direction):
            return None, Diagnostic(
                RED_LINE_AT_RISK, "info",
                Phrase("'{option}' scores {score} on '{criterion}', within the red line of"
                       " {limit}, but the low end of its range ({end}) would breach it." if higher else
                       "'{option}' scores {score} on '{criterion}', within the red line of"
                       " {limit}, but the high end of its range ({end}) would breach it.",
                       option=option.name, score=_amount(value, crit.unit), criterion=crit.name,
                       limit=_amount(limit, crit.unit), end=_amount(float(worse_end), crit.unit)),
                option_id=option.id, criterion_id=crit.id,
            )
        return None, None
    reason = Phrase("'{option}' scores {score} on '{criterion}', below the red line of {limit} ({direction});"
                    " {consequence}.{note}" if higher else
                    "'{option}' scores {score} on '{criterion}', above the red line of {limit} ({direction});"
                    " {consequence}.{note}",
                    option=option.name, score=_amount(value, crit.unit), criterion=crit.name,
                    limit=_amount(limit, crit.unit), direction=Phrase.term(direction.label),
                    consequence=consequence, note=note)
    return RedLineBreach(line.id, option.id, option.name, crit.id, crit.name, line.action, limit, None,
                         value, None, crit.unit, line.note, reason), None


def check_red_line(line: RedLine, crit: Criterion, option: Option, score: Score | None) -> RedLineBreach | None:
    """The breach of one red line by one option's score on ``crit``, or ``None`` (as :func:`assess_red_lines`)."""
    return _check(line, crit, option, score)[0]


def _unchecked(line: RedLine, crit: Criterion, option: Option) -> Diagnostic:
    return Diagnostic(
        RED_LINE_UNCHECKED, "warning",
        Phrase("'{option}' has no central score on '{criterion}', so its red line cannot be checked;"
               " the option is not treated as breaching it.", option=option.name, criterion=crit.name),
        option_id=option.id, criterion_id=crit.id,
    )


def assess_red_lines(decision: Decision) -> RedLineReport:
    """Check every red line of ``decision`` against every option.

    Parameters
    ----------
    decision : Decision
        A validated decision (its red lines refer to scored criteria).

    Returns
    -------
    RedLineReport
        Empty when the decision has no red lines.
    """
    if not decision.red_lines or not decision.options:
        return RedLineReport()
    breaches: list[RedLineBreach] = []
    notes: list[Diagnostic] = []
    lines = checked_lines(decision)
    for option in decision.options:
        for line, crit in lines:
            breach, note = _check(line, crit, option, decision.score(option.id, crit.id))
            if note is not None:
                notes.append(note)
            if breach is not None:
                breaches.append(breach)
                notes.append(Diagnostic(RED_LINE_BREACH, "warning", breach.reason,
                                        option_id=option.id, criterion_id=crit.id))
    excluded = {b.option_id for b in breaches if b.excludes}
    flagged = {b.option_id for b in breaches} - excluded
    return RedLineReport(
        breaches=tuple(breaches),
        excluded_option_ids=tuple(o.id for o in decision.options if o.id in excluded),
        flagged_option_ids=tuple(o.id for o in decision.options if o.id in flagged),
        diagnostics=tuple(notes),
    )


__all__ = [
    "RED_LINE_AT_RISK",
    "RED_LINE_BREACH",
    "RED_LINE_UNCHECKED",
    "RedLineBreach",
    "RedLineReport",
    "assess_red_lines",
    "breaches_limit",
    "check_red_line",
    "checked_lines",
]
