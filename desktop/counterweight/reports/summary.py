"""A plain-English summary of a decision's result, written from the engine's numbers.

Nothing here is canned: every sentence is assembled from the evaluation (who ranks
first, by how much, and which criteria give it the lead), the one-way weight
sensitivity (the nearest weights at which it loses first place), the distance-to-flip
verdict and, when it was run, the SMAA-2 rank acceptability. The same numbers
appear, formatted the same way, in the brief's tables, so a reader can check them.

Conventions: scores and contributions are shown as points out of 100 with one
decimal; weights as percentages of the whole tree (global weights) with one decimal,
plus the share within their group for criteria inside a group. Where one decimal would
make two different numbers read the same, more are used (the scores get the ranking
table's decimals, see :mod:`counterweight.engine.shown_scores`; a tipping weight and
the weight now get as many as tell them apart), and an amount that is not zero never
reads "0.0" (``< 0.0001`` at worst), see :mod:`counterweight.domain.shown_numbers`. "The lead comes
mainly from" lists the criteria on which the first option's contribution exceeds the
runner-up's the most, until they account for at least 60 % of everything it gains.
"Loses first place" names the two nearest tipping points and any other within 5 points
of a local weight that would put a different option first (four at most); it is left out,
as is "no change ... takes first place from", when options share first place or no verdict
applies (:mod:`counterweight.reports.brief_verdict` words the verdict).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from counterweight.domain import Decision
from counterweight.domain.methods import AggregationMethod
from counterweight.domain.shown_numbers import amount, fixed, pair_decimals, percent
from counterweight.domain.wording import join_words  # re-exported: reports and the CLI import it from here
from counterweight.engine import Evaluation, evaluate
from counterweight.engine.flip import FlipResult
from counterweight.engine.sensitivity import SensitivityResult
from counterweight.engine.smaa import SmaaResult
from counterweight.engine.smaa_red_lines import share_text
from counterweight.reports.brief_verdict import summary_sentences
from counterweight.reports.lead_breakdown import ORDER_TOLERANCE, lead_breakdown, method_sentence, missing_sentences
from counterweight.reports.method_figures import vikor_answer, vikor_headline
from counterweight.reports.smaa_words import scope_sentences, varied_words
from counterweight.engine.shown_scores import score_decimals, score_texts

#: Drivers are added until they cover this share of the first option's total advantage.
DRIVER_SHARE = 0.6
#: At most this many criteria are named as the reason for the lead.
MAX_DRIVERS = 3
#: Differences smaller than this (in points out of 100) are not worth naming.
MIN_POINTS = 0.05
#: The summary always names this many of the nearest tipping points...
NEAREST_TIPS = 2
#: ... and also any other within this move of a local weight (5 points) that would put an
#: option first that the named ones do not, so no close contender goes unmentioned...
CLOSE_CALL = 0.05
#: ... naming at most this many in all.
MAX_TIPS = 4


def pct(share: float, decimals: int = 1) -> str:
    """A share of 1 as a percentage with a space before the sign: ``0.318`` -> ``"31.8 %"``."""
    return percent(share, decimals)  # half away from zero, as every shown number (QA 31 item 13)


def pts(share: float) -> str:
    """A 0-1 quantity as points out of 100 with one decimal: ``0.6199`` -> ``"62.0"``."""
    return fixed(100.0 * share, 1)


@dataclass(frozen=True)
class Driver:
    """One criterion's part in the gap between the first option and the runner-up.

    ``advantage`` is the criterion's part of the first option's lead (0-1 scale;
    negative when the runner-up does better), in the method's own arithmetic (see
    :mod:`counterweight.reports.lead_breakdown`): the difference of contributions
    (weighted sum), of weighted unicriterion net flows (PROMETHEE) or of weighted
    log-values scaled to the gap (weighted product); these add up to the gap. For
    TOPSIS and VIKOR (basis ``"order"``) it is only the method's weighted difference
    on that criterion, positive when the first option does better, and not points.
    """

    criterion_id: str
    label: str
    advantage: float


@dataclass(frozen=True)
class TippingPoint:
    """A weight at which the first option loses first place (weights as shares of 1)."""

    criterion_id: str
    name: str
    direction: Literal["increase", "decrease"]
    global_now: float
    global_at: float
    local_now: float
    local_at: float
    parent_name: str | None
    new_top_name: str
    exact: bool

    @property
    def distance(self) -> float:
        """How far the criterion's local weight must move (0-1)."""
        return abs(self.local_at - self.local_now)

    def phrase(self) -> str:
        """``the weight on Cost rises above 32.0 % (now 12.5 %)`` (who then ranks first is :attr:`new_top_name`)."""
        verb = "rises" if self.direction == "increase" else "falls"
        where = "above" if self.direction == "increase" else "below"
        about = "" if self.exact else "about "
        # never "below 35.1 % (now 35.1 %)": as many decimals as tell the two apart (see shown_numbers)
        d = pair_decimals(100.0 * self.global_at, 100.0 * self.global_now, 1)
        inner: list[str] = []
        if d is None:
            text = f"the weight on {self.name} {verb} even slightly {where} its current {pct(self.global_now)}"
        else:
            text = f"the weight on {self.name} {verb} {where} {about}{pct(self.global_at, d)}"
            inner.append(f"now {pct(self.global_now, d)}")
        if self.parent_name is not None:
            d = pair_decimals(100.0 * self.local_at, 100.0 * self.local_now, 1)
            inner.append(f"within {self.parent_name}, even slightly {where} {pct(self.local_now)}" if d is None else
                         f"within {self.parent_name}, {where} {pct(self.local_at, d)} instead of {pct(self.local_now, d)}")
        return text + (f" ({'; '.join(inner)})" if inner else "")


def tipping_sentence(who: str, tips: list[TippingPoint]) -> str:
    """``Alpha loses first place to Bravo if ... or if ..., and to Charlie if ....``

    The tipping points are grouped by the option that would then rank first, in the
    order in which each is first named (nearest first).
    """
    by_new_top: dict[str, list[str]] = {}
    for tip in tips:
        by_new_top.setdefault(tip.new_top_name, []).append(tip.phrase())
    parts = [f"to {name} if " + " or if ".join(phrases) for name, phrases in by_new_top.items()]
    return f"{who} loses first place " + ", and ".join(parts) + "."


@dataclass(frozen=True)
class ResultSummary:
    """The summary's facts and its sentences (``text`` joins them)."""

    top_ids: tuple[str, ...]
    top_names: tuple[str, ...]
    top_score: float | None
    runner_up_id: str | None
    runner_up_name: str | None
    runner_up_score: float | None
    drivers: tuple[Driver, ...]
    setbacks: tuple[Driver, ...]
    tipping_points: tuple[TippingPoint, ...]
    verdict: str | None
    first_rank_share: float | None
    sentences: tuple[str, ...]

    @property
    def margin(self) -> float | None:
        """First option's total minus the runner-up's (0-1), or ``None``."""
        if self.top_score is None or self.runner_up_score is None:
            return None
        return self.top_score - self.runner_up_score

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def _differences(evaluation: Evaluation, a: int, b: int) -> np.ndarray:
    """Per leaf, option ``a``'s edge over option ``b`` in the method's own arithmetic (see :class:`Driver`)."""
    return lead_breakdown(evaluation, a, b).parts


def lead_drivers(evaluation: Evaluation, top_id: str, other_id: str) -> tuple[list[Driver], list[Driver]]:
    """The criteria behind ``top_id``'s lead over ``other_id``, and those where ``other_id`` does better.

    Returns
    -------
    drivers, setbacks : list of Driver
        ``drivers``: largest advantages first, as many as needed to cover
        :data:`DRIVER_SHARE` of the total advantage (at most :data:`MAX_DRIVERS`).
        ``setbacks``: up to two criteria where ``other_id`` does best, largest first.
    """
    a, b = evaluation.option_index(top_id), evaluation.option_index(other_id)
    split = lead_breakdown(evaluation, a, b)
    diff = split.parts
    labels = evaluation.leaf_labels
    order = sorted(range(len(diff)), key=lambda j: (-diff[j], j))
    least = MIN_POINTS if split.basis == "points" else 100.0 * ORDER_TOLERANCE  # "order" parts are not points
    gains = [j for j in order if 100.0 * diff[j] >= least]
    total = float(sum(diff[j] for j in gains))
    drivers: list[Driver] = []
    covered = 0.0
    for j in gains:
        if len(drivers) >= MAX_DRIVERS or (drivers and covered >= DRIVER_SHARE * total):
            break
        drivers.append(Driver(evaluation.leaf_ids[j], labels[j], float(diff[j])))
        covered += float(diff[j])
    losses = [j for j in reversed(order) if 100.0 * diff[j] <= -least][:2]
    setbacks = [Driver(evaluation.leaf_ids[j], labels[j], float(diff[j])) for j in losses]
    return drivers, setbacks


def tipping_points(decision: Decision, sensitivity: SensitivityResult, nearest: int = NEAREST_TIPS,
                   most: int = MAX_TIPS) -> list[TippingPoint]:
    """The nearest weights at which the top option loses first place, nearest first.

    The ``nearest`` ones are named; so is any other within :data:`CLOSE_CALL` of its
    criterion's weight now that would put a different option first than those already
    named (at most ``most`` in all). In the worked example Benefits down and
    Costs up both hand first place to the same option, while Risks up, almost as near,
    hands it to another: a reader needs to know that contender too.

    A tipping point is left out when it is the mirror of one already named: in a group
    of exactly two criteria, moving one up is the same move as moving the other down, so
    it would repeat the same weights. In a group of three or more, moving one criterion
    leaves the others in proportion, a different move from moving a sibling, so siblings
    are named like any other criterion.
    """
    found: list[tuple[float, int, TippingPoint, str | None]] = []
    for k, c in enumerate(sensitivity.criteria):
        if c.status != "ok" or not decision.has_criterion(c.criterion_id):
            continue
        parent_id = decision.criterion(c.criterion_id).parent_id
        parent = None if parent_id is None else decision.criterion(parent_id).name
        for t in (c.increase, c.decrease):
            if t is None:
                continue
            tip = TippingPoint(
                criterion_id=c.criterion_id, name=c.name, direction=t.direction,
                global_now=c.global_weight, global_at=t.global_weight, local_now=c.local_weight,
                local_at=t.local_weight, parent_name=parent, new_top_name=t.new_top_name, exact=t.exact,
            )
            found.append((tip.distance, k, tip, parent_id))
    found.sort(key=lambda item: (item[0], item[1]))
    chosen: list[TippingPoint] = []
    mirrors: set[tuple[str, str]] = set()  # (criterion id, direction) that would repeat a chosen move
    for distance, _, tip, parent_id in found:
        if len(chosen) >= most:
            break
        if (tip.criterion_id, tip.direction) in mirrors:
            continue
        if len(chosen) >= nearest and (distance > CLOSE_CALL + 1e-12
                                     or tip.new_top_name in {t.new_top_name for t in chosen}):
            continue
        chosen.append(tip)
        siblings = decision.children(parent_id)
        if len(siblings) == 2:
            other = next(c.id for c in siblings if c.id != tip.criterion_id)
            mirrors.add((other, "decrease" if tip.direction == "increase" else "increase"))
    return chosen


def _ranking_sentences(decision: Decision, ev: Evaluation) -> tuple[list[str], list[int]]:
    """The opening sentence and the rows of the ranked options, best first."""
    ranked = [int(i) for i in ev.order if ev.is_ranked(ev.option_ids[int(i)])]
    if not ranked:
        return ["No option can be ranked, so there is no result to summarise."], []
    method = "" if ev.aggregation is AggregationMethod.WSM else f"Under {ev.aggregation.label}, "
    names = [ev.option_names[i] for i in ranked]
    first = [i for i in ranked if int(ev.ranks[i]) == 1]
    shown = score_texts(ev)  # as in the ranking table: enough decimals that different ranks read differently
    score = shown[ranked[0]]
    if len(ranked) == 1:
        text = f"{method}{names[0]} is the only option ranked; it scores {score} out of 100."
        return [text[0].upper() + text[1:]], ranked
    answer = vikor_answer(ev)  # QA 23 item 4: VIKOR's answer is its compromise solution or set, not the Q-leader
    if answer is not None:
        return [vikor_headline(ev, answer)], ranked
    if len(first) > 1:
        tied = join_words([ev.option_names[i] for i in first])
        return [f"{method}{tied} share first place with {score} out of 100."], ranked
    second = ranked[1]
    gap = amount(100.0 * float(ev.totals[ranked[0]] - ev.totals[second]), score_decimals(ev))  # never "0.0"
    text = (f"{method}{names[0]} ranks first with {score} out of 100, {gap} points ahead of "
            f"{ev.option_names[second]} ({shown[second]}).")
    return [text], ranked


def _driver_sentence(ev: Evaluation, drivers: list[Driver], setbacks: list[Driver], runner: str,
                     rows: tuple[int, int]) -> list[str]:
    if not ev.additive:  # each method's own split of the lead (docs/methods.md, "Why the first option leads")
        return method_sentence(ev, *rows, lead_breakdown(ev, *rows), [(d.label, d.advantage) for d in drivers],
                               [(d.label, d.advantage) for d in setbacks], points=pts, join=join_words)
    if not drivers:
        return []
    labels = join_words([d.label for d in drivers])
    amounts = join_words([pts(d.advantage) for d in drivers])
    verb = "gives" if len(drivers) == 1 else "give"
    text = f"It ranks first mainly because of {labels}, which {verb} it {amounts} points more than {runner}"
    if setbacks:
        lost = join_words([f"{d.label} ({pts(-d.advantage)})" for d in setbacks])
        text += f"; {runner} does better on {lost}"
    gaps = missing_sentences(ev, *rows, [(d.criterion_id, d.label, d.advantage) for d in drivers],
                             [(d.criterion_id, d.label, d.advantage) for d in setbacks], points=pts, join=join_words)
    return [text + ".", *gaps]


def _smaa_sentence(smaa: SmaaResult | None, top_id: str | None, decision: Decision,
                   flips: FlipResult | None) -> tuple[list[str], float | None]:
    """The share of draws with the first option first, what the draws varied and held (QA 21 item 1),
    and, when the verdict is fragile to changes the draws held, that the two do not contradict each other."""
    if smaa is None or top_id is None or smaa.samples <= 0 or top_id not in smaa.option_ids:
        return [], None
    share = smaa.first_rank(top_id)
    name = smaa.option_names[smaa.option_ids.index(top_id)]
    what = join_words(varied_words(smaa))
    if not what:  # QA 31 item 1: "when nothing varies, X ranks first in 100 %" says nothing
        return [], None
    past = smaa.first_past_red_line.get(top_id, 0.0)  # the draws it wins while its drawn score breaches a red line
    said = [f"In {share_text(past)} % of all draws it ranks first while its drawn score on "
            f"{join_words(list(smaa.first_past_criteria.get(top_id, ())), 'or')} is past the red line."] if past else []
    return [f"When {what} ({smaa.samples:,} draws, seed {smaa.seed}), {name} ranks first in "
            f"{pct(share)} of the draws.", *said, *scope_sentences(decision, smaa, flips, share)], share


def _red_line_sentences(ev: Evaluation, top_rows: list[int]) -> list[str]:
    out: list[str] = []
    for i in top_rows:
        oid = ev.option_ids[i]
        crossed = sorted({b.criterion_name for b in ev.breaches_of(oid)})
        if crossed:
            out.append(f"{ev.option_names[i]} breaches the red line on {join_words(crossed)}.")
    if ev.excluded_option_ids:
        names = [ev.option_names[ev.option_index(o)] for o in ev.excluded_option_ids]
        verb = "is" if len(names) == 1 else "are"
        out.append(f"{join_words(names)} {verb} left out of the ranking by a red line.")
    return out


def summarise(
    decision: Decision,
    evaluation: Evaluation | None = None,
    *,
    sensitivity: SensitivityResult | None = None,
    flips: FlipResult | None = None,
    smaa: SmaaResult | None = None,
) -> ResultSummary:
    """Summarise the result in plain English.

    Parameters
    ----------
    decision : Decision
    evaluation : Evaluation, optional
        ``evaluate(decision)`` if already computed.
    sensitivity : SensitivityResult, optional
        One-way weight sensitivity of every criterion; without it the summary
        says nothing about the weights at which the result changes.
    flips : FlipResult, optional
        Distance to flip, for the robust/fragile verdict.
    smaa : SmaaResult, optional
        An SMAA-2 run, for the share of draws in which the first option stays first.

    Returns
    -------
    ResultSummary
    """
    ev = evaluation if evaluation is not None else evaluate(decision)
    sentences, ranked = _ranking_sentences(decision, ev)
    if not ranked:
        return ResultSummary((), (), None, None, None, None, (), (), (), None, None, tuple(sentences))
    top_rows = [i for i in ranked if int(ev.ranks[i]) == 1]
    top = ev.option_ids[top_rows[0]]
    runner_row = next((i for i in ranked if int(ev.ranks[i]) != 1), None)
    runner = None if runner_row is None else ev.option_ids[runner_row]
    drivers: list[Driver] = []
    setbacks: list[Driver] = []
    if runner is not None and len(top_rows) == 1:
        drivers, setbacks = lead_drivers(ev, top, runner)
        second = ev.option_index(runner)
        sentences += _driver_sentence(ev, drivers, setbacks, ev.option_names[second], (top_rows[0], second))
    tips: list[TippingPoint] = []
    # a sole leader only: with a tie, or no verdict (no weight, no scores...), "X loses first place" would mislead
    sole = len(top_rows) == 1 and (flips is None or flips.verdict not in ("tied", "not_applicable"))
    if sensitivity is not None and len(ranked) > 1 and sole:
        tips = tipping_points(decision, sensitivity)
        who = ev.option_names[top_rows[0]]
        if tips:
            sentences.append(tipping_sentence(who, tips))
        elif sensitivity.criteria:
            sentences.append(f"No change to a single weight, from 0 % to 100 %, takes first place from {who}.")
    sentences += summary_sentences(decision, flips)
    smaa_text, share = _smaa_sentence(smaa, top, decision, flips)
    sentences += smaa_text
    sentences += _red_line_sentences(ev, top_rows)
    return ResultSummary(
        top_ids=tuple(ev.option_ids[i] for i in top_rows),
        top_names=tuple(ev.option_names[i] for i in top_rows),
        top_score=float(ev.totals[top_rows[0]]),
        runner_up_id=runner,
        runner_up_name=None if runner_row is None else ev.option_names[runner_row],
        runner_up_score=None if runner_row is None else float(ev.totals[runner_row]),
        drivers=tuple(drivers),
        setbacks=tuple(setbacks),
        tipping_points=tuple(tips),
        verdict=None if flips is None else flips.verdict,
        first_rank_share=share,
        sentences=tuple(sentences),
    )


__all__ = [
    "DRIVER_SHARE",
    "Driver",
    "ResultSummary",
    "TippingPoint",
    "join_words",
    "lead_drivers",
    "pct",
    "pts",
    "summarise",
    "tipping_points",
    "tipping_sentence",
]
