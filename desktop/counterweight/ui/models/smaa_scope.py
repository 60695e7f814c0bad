"""What an SMAA-2 run varied and what it held, in the window's words (QA 21 items 1 and 7).

:func:`scores_text` says, before a run, which scores will vary (the ranged ones, and
the level-rated ones the setting moves); :func:`scope_line` gives one sentence for the
Uncertainty tab's run notes, from the
counts the engine keeps (:class:`~counterweight.engine.smaa_result.ScoreCounts`), the
level-rated setting and the weight mode, for example "10 ranged scores varied; 25
level-rated scores held as rated; weights held as set." With "Unknown (any weights)"
it says that the weights are drawn uniformly over all the scored criteria together,
ignoring the groups of the criteria tree (engine/smaa.py draws them so; QA 21 item 7).
The brief says the same in English from :mod:`counterweight.reports.smaa_words`.

Text is translated under the context ``"AcceptabilityResults"`` (literal
``QCoreApplication.translate`` calls, so lupdate finds them).
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counterweight.domain.methods import LevelUncertainty, WeightUncertainty
from counterweight.domain.scales import QualitativeScale
from counterweight.engine.smaa_model import level_score_varies
from counterweight.ui.numbers import count

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.smaa import SmaaResult


def _grouped(text: str, *counts: int) -> str:
    """``text`` with each count of 1,000 or more written with its thousands separator, as the window's other
    numbers are: Qt's ``%n`` writes "12000" (``%Ln`` would follow the system's locale, not the window's style)."""
    for n in counts:
        if n >= 1000:
            text = re.sub(rf"(?<![\d,]){n}(?!\d)", count(n), text, count=1)
    return text


def _varied(r: SmaaResult) -> list[str]:
    c = r.score_counts
    numbers, levels = c.numbers_varied, c.levels_varied  # plain names: lupdate reads no attribute as %n
    out: list[str] = []
    if c.numbers_varied == 1:
        out.append(QCoreApplication.translate("AcceptabilityResults", "1 ranged score varied within its range"))
    elif c.numbers_varied:
        out.append(QCoreApplication.translate(
            "AcceptabilityResults", "%n ranged scores varied within their ranges", "", numbers))
    if c.levels_varied and r.level_scores is LevelUncertainty.WEAK_EVIDENCE:
        out.append(QCoreApplication.translate(
            "AcceptabilityResults", "1 level-rated score with weak or no evidence varied one level either way")
            if c.levels_varied == 1 else QCoreApplication.translate(
            "AcceptabilityResults", "%n level-rated scores with weak or no evidence varied one level either way", "",
            levels))
    elif c.levels_varied:
        out.append(QCoreApplication.translate(
            "AcceptabilityResults", "1 level-rated score varied one level either way") if c.levels_varied == 1
            else QCoreApplication.translate(
            "AcceptabilityResults", "%n level-rated scores varied one level either way", "", levels))
    m = len(r.leaf_ids)
    if r.weight_mode is WeightUncertainty.NONE:
        out.append(QCoreApplication.translate(
            "AcceptabilityResults", "weights drawn uniformly over all %n scored criteria together, ignoring the "
            "groups (a group with more criteria under it gets more weight on average)", "", m))
    elif r.weight_mode is WeightUncertainty.RANGES:
        out.append(QCoreApplication.translate("AcceptabilityResults", "weights drawn uniformly within their ranges"))
    elif r.weight_mode is WeightUncertainty.ORDINAL:
        out.append(QCoreApplication.translate(
            "AcceptabilityResults", "weights drawn uniformly over all %n scored criteria together, keeping their "
            "order of importance", "", m))
    return [_grouped(text, numbers, levels, m) for text in out]


def _held(r: SmaaResult) -> list[str]:
    c = r.score_counts
    levels, numbers = c.levels_held, c.numbers_held  # plain names: lupdate reads no attribute as %n
    out: list[str] = []
    if c.levels_held:
        out.append(QCoreApplication.translate("AcceptabilityResults", "1 level-rated score held as rated")
                   if c.levels_held == 1 else QCoreApplication.translate(
                   "AcceptabilityResults", "%n level-rated scores held as rated", "", levels))
    if c.numbers_held:
        out.append(QCoreApplication.translate("AcceptabilityResults", "1 numeric score without a range held at its value")
                   if c.numbers_held == 1 else QCoreApplication.translate(
                   "AcceptabilityResults", "%n numeric scores without a range held at their values", "", numbers))
    if r.weight_mode is WeightUncertainty.EXACT:
        out.append(QCoreApplication.translate("AcceptabilityResults", "weights held as set"))
    return [_grouped(text, levels, numbers) for text in out]


def levels_line(decision: Decision) -> str:
    """Before a run: how many level-rated scores the setting will move ('' when they are held as rated)."""
    setting = decision.method.uncertainty.level_scores
    if setting is LevelUncertainty.AS_RATED:
        return ""
    sources = {src.id: src for src in decision.sources}
    rated = [s for s in decision.scores if s.level is not None and isinstance(
        decision.criterion(s.criterion_id).scale, QualitativeScale)
        and decision.criterion(s.criterion_id).scale.level(s.level) is not None]  # type: ignore[union-attr]
    moving = sum(level_score_varies(decision, s, sources) for s in rated)
    total = len(rated)
    if setting is LevelUncertainty.ALL:
        return (QCoreApplication.translate(
                "AcceptabilityResults", "The 1 level-rated score will move one level either way.") if moving == 1
                else _grouped(QCoreApplication.translate(
                "AcceptabilityResults", "All %n level-rated scores will move one level either way.", "", moving),
                moving))
    return _grouped(QCoreApplication.translate(
        "AcceptabilityResults", "{0} of %n level-rated scores (those with weak or no evidence) will move one level "
        "either way.", "", total), total).format(count(moving))


def scores_text(decision: Decision) -> str:
    """The line under the settings: :func:`scores_line` on ranged scores, then :func:`levels_line`.

    Without a ranged score, "only the weights vary" would be wrong once level-rated
    scores move, so the line then says only that no score has a range.
    """
    from counterweight.ui.models.acceptability_model import scores_line  # imports this module's user lazily

    extra = levels_line(decision)
    if not extra:
        return scores_line(decision)
    ranged = any(s.low is not None or s.high is not None for s in decision.scores)
    head = scores_line(decision) if ranged else QCoreApplication.translate(
        "AcceptabilityResults", "No score has a range.")
    return f"{head} {extra}"


def scope_line(r: SmaaResult) -> str:
    """One sentence: what the run varied, then what it held ("Nothing varied" when nothing did)."""
    varied = _varied(r)
    parts = varied + _held(r)
    if not varied:
        parts.insert(0, QCoreApplication.translate("AcceptabilityResults", "Nothing varied"))
    text = "; ".join(parts) + "."
    if r.score_counts.numbers_varied + r.score_counts.levels_varied > 1:
        text += " " + QCoreApplication.translate(
            "AcceptabilityResults", "Each score is drawn independently of the others.")
    return text[0].upper() + text[1:]


__all__ = ["levels_line", "scope_line", "scores_text"]
