"""The brief's "Assumptions to check" section: what the ranking takes for granted (QA 25, last item).

A reader who must defend the ranking needs to know which of its inputs nobody
actually judged. Each line below is printed only when the project shows it, so a
project with none gets no section (the worked example has none):

* **weights nobody set**: under a node of the criteria tree (the top level or a group)
  with two or more criteria, every criterion has the same weight and no weighting
  (swing, ranking, pairwise) is recorded for that node; equal weights are then the
  software's starting point rather than a judgement;
* **weights of nothing**: a criterion or group that carries no weight (0 points, or
  under a group that has none): it plays no part in the ranking. A group is named, not
  each criterion under it again (QA 29);
* **scales that may be fitted to the scores**: a numeric criterion that carries weight
  whose scale runs exactly from the lowest to the highest score given. If the scale was
  set from the scores, the worst option scores 0 and the best 100 on it whatever the
  size of the gap, so the weight compares that particular range (a "local scale": DCLG
  2009, *Multi-criteria analysis: a manual*, ch. 6, on local and global scales and why
  swing weights depend on the range), and an option added outside it means revisiting
  the scale and the weight. The project does not record how a scale was set (the
  spreadsheet import's bounds taken from the data leave no mark), and a fixed 0-10 scale
  that the scores happen to fill looks the same (QA 29), so the sentence says both;
* **scores with no support**: scores, among the options in the ranking and the
  criteria that carry weight, that give neither a rationale nor evidence (the annex
  lists those that do); named when there are :data:`MAX_NAMED` or fewer.

Missing scores are not repeated here: the Summary's first paragraph already says how
many there are and how they count (:mod:`counterweight.reports.summary_caveats`).
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.domain.scales import NumericScale
from counterweight.domain.wording import count, join_words
from counterweight.engine import Evaluation
from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import esc
from counterweight.reports.score_annex import listed_cells

#: Unsupported scores are named ("Option × criterion") when there are this many or fewer.
MAX_NAMED = 5


def _weighted_leaves(evaluation: Evaluation) -> set[str]:
    return {cid for cid, w in zip(evaluation.leaf_ids, evaluation.leaf_weights) if w > 0}


def unset_weight_nodes(decision: Decision) -> list[str | None]:
    """Nodes (``None`` for the top level) whose two or more children weigh the same with no weighting recorded."""
    recorded = {e.node_id for e in decision.elicitations}
    out: list[str | None] = []
    for node in [None, *(c.id for c in decision.criteria if c.is_group)]:
        children = decision.children(node)
        if len(children) >= 2 and node not in recorded and len({c.weight for c in children}) == 1:
            out.append(node)
    return out


def weights_sentence(decision: Decision) -> str:
    """``Every criterion weighs the same …`` or ``“Risks” and “Benefits” (the top level) weigh the same …``.

    ``""`` when every node's weights were set. At most :data:`MAX_NAMED` nodes are named; the rest are counted.
    """
    nodes = unset_weight_nodes(decision)
    if not nodes:
        return ""
    weighed = [n for n in [None, *(c.id for c in decision.criteria if c.is_group)] if len(decision.children(n)) >= 2]
    if len(nodes) == len(weighed):  # every node where weights compare anything
        return ("Every criterion weighs the same as the others beside it, and no weighting (swing, ranking or "
                "pairwise comparison) is recorded: equal weights are the starting point, not a judgement, so the "
                "ranking assumes each criterion matters as much as every other.")
    names = {c.id: c.name for c in decision.criteria}
    places = []
    for node in nodes[:MAX_NAMED]:
        children = join_words([f"“{c.name}”" for c in decision.children(node)])
        places.append(f"{children} ({'the top level' if node is None else f'under “{names[node]}”'})")
    more = len(nodes) - MAX_NAMED
    listed = "; ".join(places) + (f"; and the criteria of {count(more, 'other group')}" if more > 0 else "")
    return (f"These weigh the same as one another and no weighting is recorded for them, so their equal weights "
            f"are the starting point, not a judgement: {listed}.")


def fitted_scales(decision: Decision, evaluation: Evaluation) -> list[str]:
    """Names of weighted numeric criteria whose scale runs exactly from the lowest to the highest score given."""
    weighted = _weighted_leaves(evaluation)
    ranked = set(evaluation.option_ids) - set(evaluation.excluded_option_ids)
    out = []
    for c in decision.criteria:
        if c.id not in weighted or not isinstance(c.scale, NumericScale):
            continue
        values = [s.value for s in decision.scores
                  if s.criterion_id == c.id and s.option_id in ranked and s.value is not None]
        if len(values) >= 2 and min(values) < max(values) and (min(values), max(values)) == (c.scale.lower,
                                                                                             c.scale.upper):
            out.append(c.name)
    return out


def scales_sentence(decision: Decision, evaluation: Evaluation) -> str:
    names = fitted_scales(decision, evaluation)
    if not names:
        return ""
    quoted = [f"“{n}”" for n in names]
    which = f"the scale of {quoted[0]} runs" if len(names) == 1 else f"the scales of {join_words(quoted)} run"
    one = len(names) == 1
    return (f"{which[0].upper()}{which[1:]} exactly from the lowest to the highest score given. That is as it should "
            f"be for {'a fixed scale' if one else 'fixed scales'} the scores happen to fill; but if "
            f"{'it was' if one else 'one was'} set from the scores, the worst option scores 0 and the best 100 there "
            f"however small the gap, so the weight compares that range only, and an option added outside it would "
            f"mean revisiting the scale and the weight.")


def weightless_nodes(decision: Decision, evaluation: Evaluation) -> list[str]:
    """Ids of the criteria and groups that carry no weight, a group's own criteria left out (it covers them)."""
    weights = evaluation.global_weights
    out = []
    for c in decision.criteria:
        parent = 1.0 if c.parent_id is None else weights.get(c.parent_id, 0.0)
        if weights.get(c.id, 0.0) <= 1e-12 < parent:
            out.append(c.id)
    return out


def weightless_sentence(decision: Decision, evaluation: Evaluation) -> str:
    """``“Benefits” carries no weight, so none of its criteria plays any part in the ranking.`` or ``""``."""
    ids = weightless_nodes(decision, evaluation)
    if not ids:
        return ""
    groups = sum(1 for i in ids if decision.criterion(i).is_group)
    if len(ids) == 1:
        name = f"“{decision.criterion(ids[0]).name}”"
        return (f"{name} carries no weight, so none of its criteria plays any part in the ranking." if groups else
                f"{name} carries no weight, so it plays no part in the ranking.")
    quoted = [f"“{decision.criterion(i).name}”" for i in ids[:MAX_NAMED]]
    if len(ids) > MAX_NAMED:
        quoted.append(f"{len(ids) - MAX_NAMED:,} more")
    under = ("" if not groups else ", nor do the criteria of the group among them" if groups == 1
             else ", nor do the criteria of the groups among them")
    return f"{join_words(quoted)} carry no weight, so they play no part in the ranking{under}."


def unsupported_scores(decision: Decision, evaluation: Evaluation) -> tuple[list[str], int]:
    """("Option × criterion" of each score with neither rationale nor evidence, how many scores were looked at)."""
    weighted = _weighted_leaves(evaluation)
    ranked = set(evaluation.option_ids) - set(evaluation.excluded_option_ids)
    options = {o.id: o.name for o in decision.options}
    criteria = {c.id: c.name for c in decision.criteria}
    looked = [s for s in decision.scores if s.option_id in ranked and s.criterion_id in weighted
              and (s.value is not None or s.level is not None)]
    bare = [f"{options[s.option_id]} × {criteria[s.criterion_id]}" for s in looked
            if not s.rationale.strip() and not s.evidence]
    return bare, len(looked)


def support_sentence(decision: Decision, evaluation: Evaluation) -> str:
    bare, looked = unsupported_scores(decision, evaluation)
    if not bare:
        return ""
    if len(bare) == looked:
        no_annex = "" if listed_cells(decision) or decision.sources else ", so no annex lists them"  # QA 31 item 14
        return (f"None of the {count(looked, 'score')} gives a rationale or evidence: each is a judgement "
                f"recorded without its reasons{no_annex}.")
    named = f" ({'; '.join(bare)})" if len(bare) <= MAX_NAMED else ""
    return (f"{count(len(bare), 'score')} of {looked:,} give{'s' if len(bare) == 1 else ''} neither a rationale nor "
            f"evidence{named}; the annex shows the reasons for the others.")


def assumption_sentences(brief: Brief) -> list[str]:
    """The lines of the section, in the order above; empty when nothing needs saying."""
    d, ev = brief.decision, brief.evaluation
    # h25k: in a brief of another view, whether the scores give reasons is the recorded scores' question
    found = [weights_sentence(d), weightless_sentence(d, ev), scales_sentence(d, ev),
             support_sentence(brief.shared or d, ev)]
    return [s for s in found if s]


def assumptions_section(brief: Brief) -> str:
    """The "Assumptions to check" section, or ``""`` when there is nothing to say."""
    lines = assumption_sentences(brief)
    if not lines:
        return ""
    items = "".join(f"<li>{esc(s)}</li>" for s in lines)
    # no introduction paragraph: the printed brief keeps a heading with the one block after it (pdf_pagination)
    return f"<h2>Assumptions to check</h2><ul>{items}</ul>"


__all__ = ["MAX_NAMED", "assumption_sentences", "assumptions_section", "fitted_scales", "scales_sentence",
           "support_sentence", "unset_weight_nodes", "unsupported_scores", "weightless_nodes", "weightless_sentence",
           "weights_sentence"]
