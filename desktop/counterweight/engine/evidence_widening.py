"""How well evidence supports a score, and score ranges widened where it is weak or missing.

Pure functions of the domain model, used by the evidence library (services) and by
SMAA-2 when ``UncertaintySettings.widen_by_evidence`` is on. The rules are stated
in ``docs/methods.md`` under "Evidence":

- strength: ``none`` (no evidence), ``weak`` (only low-credibility items),
  ``medium`` (one medium item), ``strong`` (a high item, or medium items from two
  different sources); evidence from a source graded D or E counts one step lower;
- widening: each end of a numeric score's range moves out by 20 % of the scale's
  width with no evidence and 10 % with weak evidence, clipped to the scale.

The same strength decides which level-rated scores move one level either way under
``UncertaintySettings.level_scores = "weak_evidence"`` (``none`` and ``weak`` do; see
:func:`counterweight.engine.smaa_model.level_score_varies`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from counterweight.domain import Decision, EvidenceRef, NumericScale, Score
from counterweight.domain.evidence import Credibility, Source
from counterweight.domain.scales import QualitativeScale

Strength = Literal["none", "weak", "medium", "strong"]

#: Widening of a score's range on each side, as a share of its scale's width, by evidence strength.
WIDENING: dict[str, float] = {"none": 0.20, "weak": 0.10, "medium": 0.0, "strong": 0.0}


def _source_index(sources: Mapping[str, Source] | Iterable[Source] | None) -> Mapping[str, Source]:
    if sources is None:
        return {}
    if isinstance(sources, Mapping):
        return sources
    return {s.id: s for s in sources}


def effective_credibility(ref: EvidenceRef, sources: Mapping[str, Source] | Iterable[Source] | None = None
                          ) -> Credibility:
    """The evidence's credibility, one step lower when its source is graded D or E."""
    src = _source_index(sources).get(ref.source_id or "")
    if src is not None and src.reliability.is_doubtful and ref.credibility is not Credibility.LOW:
        return Credibility.LOW if ref.credibility is Credibility.MEDIUM else Credibility.MEDIUM
    return ref.credibility


def evidence_strength(score: Score | None, sources: Mapping[str, Source] | Iterable[Source] | None = None
                      ) -> Strength:
    """How well a score's evidence supports it: ``"none"``, ``"weak"``, ``"medium"`` or ``"strong"``.

    Parameters
    ----------
    score : Score or None
        The score (``None``: no score, hence no evidence).
    sources : mapping or iterable of Source, optional
        The source library; when given, evidence from a source graded D or E counts
        one credibility step lower (:func:`effective_credibility`).

    Returns
    -------
    str
        ``none`` without evidence; ``strong`` with a high-credibility item, or with
        medium-or-better items from at least two different sources; ``medium`` with
        one medium item; ``weak`` when every item is of low credibility.
    """
    if score is None or not score.evidence:
        return "none"
    index = _source_index(sources)
    grades = [(effective_credibility(e, index), e.source_id or e.source.casefold()) for e in score.evidence]
    if any(g is Credibility.HIGH for g, _ in grades):
        return "strong"
    backing = {who for g, who in grades if g is Credibility.MEDIUM}
    if len(backing) >= 2:
        return "strong"
    return "medium" if backing else "weak"


def widened_range(score: Score | None, scale: NumericScale | QualitativeScale | None,
                  sources: Mapping[str, Source] | Iterable[Source] | None = None) -> tuple[float, float] | None:
    """A numeric score's range, widened when its evidence is weak or missing.

    Each end moves outwards by a share of the scale's width (:data:`WIDENING`):
    20 % with no evidence, 10 % with weak evidence, nothing otherwise; the result
    is clipped to the scale. A score without a range starts from its value.

    Returns
    -------
    tuple of float or None
        ``(low, high)``; ``None`` for a missing score or a qualitative scale (ranges
        are numeric only).
    """
    if score is None or score.value is None or not isinstance(scale, NumericScale):
        return None
    low = score.low if score.low is not None else score.value
    high = score.high if score.high is not None else score.value
    margin = WIDENING[evidence_strength(score, sources)] * (scale.upper - scale.lower)
    return max(scale.lower, low - margin), min(scale.upper, high + margin)


def with_evidence_widening(decision: Decision) -> Decision:
    """A copy of ``decision`` whose numeric score ranges are widened by :func:`widened_range`.

    For the uncertainty analysis when the user asks for it; the stored decision is
    never changed this way.
    """
    index = {s.id: s for s in decision.sources}
    scores = []
    for s in decision.scores:
        crit = decision.criterion(s.criterion_id)
        span = widened_range(s, crit.scale, index)
        if span is not None and span != (s.low, s.high) and span[0] < span[1]:
            s = s.model_copy(update={"low": span[0], "high": span[1]})
        scores.append(s)
    # Widened ranges stay inside each scale, so the copy needs no re-validation.
    return decision.model_copy(update={"scores": scores})


__all__ = ["WIDENING", "Strength", "effective_credibility", "evidence_strength", "widened_range",
           "with_evidence_widening"]
