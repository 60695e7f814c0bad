"""What an SMAA-2 run varied and what it held, in the brief's English (QA 21 items 1 and 7).

The Summary's rank-acceptability sentence (:mod:`counterweight.reports.summary`) and the
annex's method note (:mod:`counterweight.reports.brief_annex`) both say which scores and
weights the draws moved and which they held, so that "ranks first in 99.9 % of the draws"
is never read as covering judgements the draws left alone. With "Unknown (any weights)"
the weights are drawn uniformly over all the scored criteria together, ignoring the
groups of the criteria tree (engine/smaa.py); that is said too. The window says the same
in its own (translated) words: :mod:`counterweight.ui.models.smaa_scope`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from counterweight.domain import Decision
from counterweight.domain.elements import Score
from counterweight.domain.methods import LevelUncertainty, WeightUncertainty
from counterweight.domain.scales import QualitativeScale
from counterweight.domain.wording import count, join_words
from counterweight.engine.evidence_widening import with_evidence_widening
from counterweight.engine.flip import FlipResult
from counterweight.engine.smaa_model import level_score_varies
from counterweight.engine.smaa_result import SmaaResult

#: How the weights were drawn, when they were (the clause after "the weights").
WEIGHT_WAYS = {
    WeightUncertainty.RANGES: "drawn uniformly within their ranges",
    WeightUncertainty.ORDINAL: "drawn uniformly over all {n} scored criteria together, keeping their order of "
                               "importance",
    WeightUncertainty.NONE: "drawn uniformly over all {n} scored criteria together",
}
#: Said after the sentence when the weights were "Unknown (any weights)" (QA 21 item 7).
IGNORING_GROUPS = ("The weights were drawn ignoring the groups of the criteria tree, so a group with more criteria "
                   "under it gets more weight on average.")


def varied_words(r: SmaaResult) -> list[str]:
    """What the draws moved, as clauses ("the 10 ranged scores vary within their ranges", ...)."""
    c = r.score_counts
    out: list[str] = []
    if c.numbers_varied:
        out.append("the one ranged score varies within its range" if c.numbers_varied == 1
                   else f"the {c.numbers_varied:,} ranged scores vary within their ranges")
    if c.levels_varied:
        which = " with weak or no evidence" if r.level_scores is LevelUncertainty.WEAK_EVIDENCE else ""
        verb = "moves" if c.levels_varied == 1 else "move"
        out.append(f"{count(c.levels_varied, 'level-rated score')}{which} {verb} one level either way")
    if r.weight_mode in WEIGHT_WAYS:
        out.append("the weights are " + WEIGHT_WAYS[r.weight_mode].format(n=len(r.leaf_ids)))
    return out


def held_words(r: SmaaResult) -> list[str]:
    """What the draws held ("the 25 level-rated scores as rated", "the weights as set", ...)."""
    c = r.score_counts
    out: list[str] = []
    if c.levels_held:
        other = "other " if c.levels_varied else ""
        out.append("the one level-rated score as rated" if c.levels_held == 1 and not other
                   else f"the {other}{count(c.levels_held, 'level-rated score')} as rated")
    if c.numbers_held:
        out.append("the one numeric score without a range at its value" if c.numbers_held == 1
                   else f"the {c.numbers_held:,} numeric scores without a range at their values")
    if r.weight_mode is WeightUncertainty.EXACT:
        out.append("the weights as set")
    return out


def _held_fragile_kinds(decision: Decision, flips: FlipResult | None, r: SmaaResult) -> list[str]:
    """Kinds of the fragile verdict's changes that the draws did not vary ("weights", "level-rated scores"...)."""
    if flips is None or flips.verdict != "fragile":
        return []
    kinds: list[str] = []
    for item in flips.fragile_items:
        if item.kind == "weight":
            kind = "weights" if r.weight_mode is WeightUncertainty.EXACT else ""
        else:
            score = decision.score(item.option_id, item.criterion_id) if item.option_id else None
            if isinstance(decision.criterion(item.criterion_id).scale, QualitativeScale):
                varies = score is not None and level_score_varies(decision, score)
                kind = "" if varies else "level-rated scores"
            else:
                ranged = score is not None and (score.low is not None or score.high is not None)
                widened = decision.method.uncertainty.widen_by_evidence
                kind = "" if ranged or widened else "numeric scores without a range"
        if kind and kind not in kinds:
            kinds.append(kind)
    return kinds


def scope_sentences(decision: Decision, r: SmaaResult, flips: FlipResult | None = None,
                    share: float | None = None) -> list[str]:
    """How the weights were drawn when that needs saying; what the draws held; and, when the result is
    fragile to changes they held, that they held them (and, with a first-place ``share`` of at least a
    half, that the high share and the verdict therefore do not contradict each other)."""
    out = [IGNORING_GROUPS] if r.weight_mode is WeightUncertainty.NONE else []
    held = held_words(r)
    if not held:
        return out
    out.append(f"These draws held {join_words(held)}.")
    kinds = _held_fragile_kinds(decision, flips, r)
    if kinds:
        agree = ", so the two do not contradict each other" if share is not None and share >= 0.5 else ""
        out.append(f"The fragile verdict comes from single changes to {join_words(kinds)}, which these draws did "
                   f"not vary{agree}.")
    return out


def uncertain_scores(decision: Decision, taking_part: Collection[str] | None = None) -> list[Score]:
    """The scores the draws would vary (of the options in ``taking_part`` only, when given)."""
    if decision.method.uncertainty.widen_by_evidence:
        decision = with_evidence_widening(decision)
    return [s for s in decision.scores if (taking_part is None or s.option_id in taking_part)
            and (s.low is not None or s.high is not None or level_score_varies(decision, s))]


def left_out_note(decision: Decision, scores: Sequence[Score], levels: str = "") -> str:
    """Why no rank acceptability was computed when the only uncertain scores belong to options a red
    line leaves out of the ranking (they take no part in the draws; QA 31 item 1)."""
    owners = [o.name for o in decision.options if any(s.option_id == o.id for s in scores)]
    what = "the one uncertain score belongs" if len(scores) == 1 else f"the {len(scores):,} uncertain scores belong"
    lines = "a red line leaves" if len(owners) == 1 else "red lines leave"
    return (f"No score of an option in the ranking has a range{levels} and the weights are taken as exact, so no "
            f"rank acceptability analysis was needed: {what} to {join_words(owners)}, which {lines} out of the "
            "ranking.")


__all__ = ["IGNORING_GROUPS", "WEIGHT_WAYS", "held_words", "left_out_note", "scope_sentences", "uncertain_scores",
           "varied_words"]
