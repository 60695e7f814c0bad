"""What most affects how sure a minister can be of the brief's answer, one sentence each (QA 25 item 2).

The brief's Summary opens with the answer; these sentences follow it in the same short first
paragraph, each only when its condition holds (no boilerplate):

* **a rival under uncertainty**: when an SMAA-2 run is part of the brief and another option
  ranks first in more draws than the named option, or within :data:`NEARLY_AS_OFTEN` of it
  (the shares are :meth:`SmaaResult.first_rank`, as the Uncertainty section shows them);
* **the aggregation methods disagree** on the top option (the comparison's verdict is
  ``"disagree"``, :mod:`counterweight.engine.comparison`): which other methods put which option
  first, from each :class:`~counterweight.engine.method_standing.MethodStanding`'s
  ``first_ids``/``leading_ids``; when the named option is not among the options every method
  ranks, the other methods cannot confirm it and the sentence says so instead of naming
  their first options over a smaller set;
* **missing scores counted as the worst value**: under the weighted sum a missing score on a
  criterion that carries weight counts as value 0 (engine/evaluate.py); how many there are
  among the options in the ranking, and how many of them belong to the named option;
* **the minimax-regret choice differs**: when the weight sets and scenarios make another
  option the robust choice (:class:`~counterweight.reports.brief_content.ViewsNote`), both are
  named with what each means.

The detailed figures (why it leads, tipping weights, the verdict, what the draws varied) follow
in a second paragraph (:func:`split_summary`).
"""

from __future__ import annotations

import numpy as np

from counterweight.domain.methods import AggregationMethod
from counterweight.domain.shown_numbers import fixed, percent
from counterweight.domain.wording import count, join_words
from counterweight.engine.comparison import MethodComparison
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.smaa import SmaaResult
from counterweight.reports.brief_content import Brief, ViewsNote

#: A rival that ranks first in at least the named option's share less this (5 percentage points) is named.
NEARLY_AS_OFTEN = 0.05


def rivals(smaa: SmaaResult, top_id: str) -> list[tuple[str, float]]:
    """Other options that rank first in more draws than ``top_id``, or nearly as many; most often first."""
    share = smaa.first_rank(top_id)
    found = [(name, smaa.first_rank(oid)) for oid, name in zip(smaa.option_ids, smaa.option_names)
             if oid != top_id and smaa.first_rank(oid) > 0.0 and smaa.first_rank(oid) >= share - NEARLY_AS_OFTEN]
    return sorted(found, key=lambda item: -item[1])


def rival_sentence(smaa: SmaaResult | None, top_id: str | None) -> str:
    """``Under uncertainty, A ranks first in only 20.0 % of the draws; B ranks first in 40.6 % and C in 39.4 %.``"""
    if smaa is None or top_id is None or smaa.samples <= 0 or top_id not in smaa.option_ids:
        return ""
    found = rivals(smaa, top_id)
    if not found:
        return ""
    share = smaa.first_rank(top_id)
    name = smaa.option_names[smaa.option_ids.index(top_id)]
    listed = f"{found[0][0]} ranks first in {percent(found[0][1])}"
    listed = join_words([listed] + [f"{n} in {percent(s)}" for n, s in found[1:]])
    if any(s > share for _, s in found):
        return (f"When the uncertain judgements are varied, {name} ranks first in only {percent(share)} of the draws, "
                f"less often than another option: {listed}.")
    return (f"When the uncertain judgements are varied, {name} ranks first in {percent(share)} of the draws and a "
            f"rival nearly as often: {listed}.")


def _label(method: AggregationMethod) -> str:
    return method.label.split(" (")[0]


def methods_sentence(cmp: MethodComparison | None, ev: Evaluation, top_id: str | None) -> str:
    """Which other aggregation methods put which option first, when they disagree on the top option."""
    if cmp is None or top_id is None or cmp.verdict != "disagree":
        return ""
    name = ev.option_names[ev.option_index(top_id)]
    if top_id not in cmp.compared_option_ids:
        return (f"The other aggregation methods cannot rank {name}, because a score they need is missing, so they "
                "neither confirm nor contradict this answer.")
    groups: dict[tuple[str, ...], list[str]] = {}
    for method in cmp.methods:
        st = cmp.standings[method]
        if method is ev.aggregation or top_id in st.leading_ids:
            continue
        groups.setdefault(st.first_ids, []).append(_label(method))
    if not groups:
        return ""
    parts = []
    for ids, methods in groups.items():
        verb = "puts" if len(methods) == 1 else "put"
        firsts = join_words([ev.option_names[ev.option_index(o)] for o in ids])
        parts.append(f"{join_words(methods)} {verb} {firsts} first")
    return f"Other aggregation methods disagree: {'; '.join(parts)}."


def missing_cells(ev: Evaluation) -> tuple[int, dict[str, int]]:
    """Under the weighted sum, the missing scores counted as the worst value among the options in the ranking,
    and how many each option has (``(0, {})`` under another method, which leaves such an option unranked)."""
    if ev.aggregation is not AggregationMethod.WSM or ev.raw.size == 0:
        return 0, {}
    weighted = np.asarray(ev.leaf_weights) > 0
    per: dict[str, int] = {}
    for i, oid in enumerate(ev.option_ids):
        if ev.is_excluded(oid):
            continue
        n = int(np.count_nonzero(np.isnan(ev.raw[i]) & weighted))
        if n:
            per[oid] = n
    return sum(per.values()), per


def missing_sentence(ev: Evaluation, top_id: str | None) -> str:
    """``38 scores are missing and each counts as the worst possible value (4 of them for Alpha); ...``"""
    total, per = missing_cells(ev)
    if not total:
        return ""
    own = per.get(top_id or "", 0)
    name = ev.option_names[ev.option_index(top_id)] if top_id else ""
    if total == 1:  # QA 31 item 12: "1 score is missing and counts as ... (not one of X's)"
        whose = f" (one of {name}'s)" if own else f" (not one of {name}'s)" if name else ""
        said = f"1 score is missing and counts as the worst possible value{whose}"
    else:
        whose = f" ({own} of them for {name})" if own else f" (none of them for {name})" if name else ""
        said = f"{count(total, 'score')} are missing and each counts as the worst possible value{whose}"
    return f"{said}; an option with a missing score may be ranked lower than its real merits."


def regret_sentence(views: ViewsNote | None, top_names: tuple[str, ...]) -> str:
    """When the minimax-regret choice over the weight sets and scenarios is another option than the headline's."""
    if views is None or views.robust_name is None or not top_names:
        return ""
    if views.robust_name in top_names or any(n in top_names for n in views.robust_ties):
        return ""
    return (f"The ranking puts {join_words(list(top_names))} first with the current weights and base scores, but "
            f"across the {views.combinations} combinations of weight sets and scenarios the safer choice is "
            f"{views.robust_name}, the option whose largest shortfall from the best option in any one combination "
            f"({fixed(views.robust_regret, 1)} points) is the smallest.")


def caveat_sentences(brief: Brief) -> list[str]:
    """The sentences above that apply to ``brief``, in that order."""
    top = brief.summary.top_ids[0] if brief.summary.top_ids else None
    found = [rival_sentence(brief.smaa, top), methods_sentence(brief.comparison, brief.evaluation, top),
             missing_sentence(brief.evaluation, top), regret_sentence(brief.views, brief.summary.top_names)]
    return [s for s in found if s]


def split_summary(brief: Brief) -> tuple[list[str], list[str]]:
    """The Summary's first paragraph (the answer and the caveats) and the detailed sentences after it.

    Without caveats the first paragraph holds the whole summary, as before. A detail that opens with
    "It " (the summary's reason for the lead) names the option instead, since it no longer follows the answer.
    """
    sentences = list(brief.summary.sentences)
    caveats = caveat_sentences(brief)
    if not sentences or not caveats:
        return sentences, []
    rest = sentences[1:]
    if rest and rest[0].startswith("It ") and len(brief.summary.top_names) == 1:
        rest[0] = brief.summary.top_names[0] + rest[0][2:]
    return [sentences[0], *caveats], rest


__all__ = ["NEARLY_AS_OFTEN", "caveat_sentences", "methods_sentence", "missing_cells", "missing_sentence",
           "regret_sentence", "rival_sentence", "rivals", "split_summary"]
