"""What the brief says about the views its numbers do not use: analysts, the group, weight sets, scenarios.

The brief's numbers come from the shared inputs with the current weights and base
scores, or from the view the window shows (h25k: the group view or one analyst's;
``counterweight report --view``). When a project has analysts, or weight sets and scenarios, a
reader must be told so, and told whether the other views agree on the top option:
:func:`views_sentences` words the facts of a
:class:`~counterweight.reports.brief_content.ViewsNote` as plain sentences (plain
text; the HTML layer escapes them). With neither, there is nothing to say and the
brief is unchanged.
"""

from __future__ import annotations

from counterweight.domain import Decision, WeightMethod
from counterweight.domain.shown_numbers import fixed
from counterweight.reports.brief_content import Brief, ViewsNote
from counterweight.reports.summary import join_words


def _possessive(name: str) -> str:
    return f"{name}'s view"


def used_name(views: ViewsNote) -> str:
    """The view the brief's numbers use, in words: "the shared inputs", "the group view" or "Ann's view"."""
    if not views.used:
        return "the shared inputs"
    return "the group view" if views.used == "group" else _possessive(views.used)


def inputs_used(views: ViewsNote | None) -> str:
    """Whose inputs the results use, for the title block ('' when the project has one view only)."""
    if views is None:
        return ""
    if views.used:  # h25k: the brief follows the view the window shows (or report --view)
        how = ("the analysts' views combined" if views.used == "group"
               else "their own inputs, the shared ones where they gave none")
        also = " and the weight sets and scenarios" if views.has_perspectives else ""
        return (f"{used_name(views)} ({how}), not the shared inputs; the other views{also} are compared "
                "in the summary")
    if views.has_analysts and views.has_perspectives:
        return ("the shared inputs, with the current weights and base scores (the other views are compared in "
                "the summary)")
    if views.has_analysts:
        return "the shared inputs (the group view and each analyst's view are compared in the summary)"
    return "the current weights and base scores (the weight sets and scenarios are compared in the summary)"


_RESULTS = "The results in this brief (ranking, sensitivity and rank acceptability) come from"


def _whose(views: ViewsNote) -> str:
    if views.used:  # h25k: another view than the shared inputs
        others = (["the shared inputs", "any analyst's own inputs"] if views.used == "group"
                  else ["the shared inputs", "the group view", "another analyst's own inputs"])
        if views.has_perspectives:
            return (f"{_RESULTS} {used_name(views)} with its weights and base scores, not from "
                    f"{', '.join(others)}, a weight set or a scenario.")
        return f"{_RESULTS} {used_name(views)}, not from {join_words(others, 'or')}."
    if views.has_analysts and views.has_perspectives:
        return (f"{_RESULTS} the shared inputs with the current weights and base scores, not from the group view, "
                "an analyst's own inputs, a weight set or a scenario.")
    if views.has_analysts:
        return f"{_RESULTS} the shared inputs, not from the group view or any analyst's own inputs."
    return f"{_RESULTS} the current weights and base scores, not from the project's weight sets or scenarios."


def view_how_set(views: ViewsNote | None) -> str:
    """The weights table's "How set" cell in a brief of another view than the shared inputs ('' otherwise)."""
    if views is None or not views.used:
        return ""
    if views.used == "group":
        return "Group view: the analysts' weights combined"
    return f"{_possessive(views.used)}: their own weights, the shared ones where they gave none"


def unheld_weights(views: ViewsNote) -> str:
    """QA 31 item 11: the shared weights used here, when every analyst set weights of their own ('' otherwise)."""
    if views.used or not views.has_analysts or len(views.view_weights) != len(views.analysts) + 2:
        return ""  # view_weights: the shared, each analyst with inputs of their own, the group
    shared = views.view_weights[0][1]
    if any(all(abs(w.get(c, 0.0) - x) <= 1e-9 for c, x in shared.items()) for _, w in views.view_weights[1:-1]):
        return ""  # an analyst's view keeps the shared weights
    return ("No analyst holds the shared weights used here: each set weights of their own (see Weights in each "
            "view). A brief of the group view, which combines the analysts' own weights, can be written from the "
            "same project.")


def _analysts(views: ViewsNote) -> str:
    names = list(views.analysts)
    head = (f"The project's analyst is {names[0]}" if len(names) == 1
            else f"The project's analysts are {join_words(names)}")
    own = [n for n in names if n in views.with_inputs]
    if not own:
        tail = "none has recorded inputs of their own" if len(names) > 1 else "they have recorded no inputs of their own"
    elif len(own) == len(names):
        tail = ("they recorded inputs of their own" if len(names) == 1
                else f"{'both' if len(names) == 2 else 'all'} recorded inputs of their own")
    else:
        others = [n for n in names if n not in own]
        tail = f"{join_words(own)} recorded inputs of their own, {join_words(others)} did not"
    return f"{head}; {tail} (scores, weights or weighting judgements)."


_AVERAGES = {"mean": "mean", "median": "median", "geometric_mean": "geometric mean"}


def group_rule(decision: Decision) -> str:
    """How the group view is formed from the analysts' views, in one sentence (QA pass 19: the brief never said)."""
    rule = decision.group
    voices = ("the shared inputs count as one more voice" if rule.shared_voice
              else "the shared inputs are not counted as a voice")
    text = (f"The group view takes the {_AVERAGES[rule.scores]} of the analysts' scores and the "
            f"{_AVERAGES[rule.weights]} of their weights; {voices}")
    judged = [*decision.elicitations, *(e for i in decision.analyst_inputs for e in i.elicitations)]
    if any(e.method == WeightMethod.AHP for e in judged):
        text += ("; pairwise (AHP) judgements are combined by the geometric mean of each pair's judgements (AIJ)"
                 if rule.ahp == "aij" else
                 "; pairwise (AHP) judgements are combined by the geometric mean of each analyst's priorities (AIP)")
    return text + "."


def _tops(views: ViewsNote, shared: tuple[str, ...]) -> str:
    if views.views_problem:
        return f"The group view and the analysts' views could not be compared: {views.views_problem}"
    here = join_words(list(shared)) if shared else "no option"
    others = [("the group view", views.group_top)] + [(_possessive(n), t) for n, t in views.analyst_tops]
    if views.used:  # h25k: the shared inputs are one of the other views, and the one used here is not
        others = [("the shared inputs", views.shared_top)] + [(n, t) for n, t in others if n != used_name(views)]
        if len(shared) == 1 and all(t == shared[0] for _, t in others):
            names = join_words([n for n, _ in others])
            return f"{names[0].upper()}{names[1:]} also put {here} first."
    if len(shared) == 1 and all(t == shared[0] for _, t in others):
        each = join_words([_possessive(n) for n, _ in views.analyst_tops])
        which = f" ({each})" if each else ""
        return f"The group view and each analyst's view{which} also put {here} first."
    groups: dict[str | None, list[str]] = {}
    for label, top in others:
        groups.setdefault(top, []).append(label)
    clauses = []
    for top, labels in groups.items():
        verb = "puts" if len(labels) == 1 else "put"
        clause = f"{join_words(labels)} {verb} {top if top is not None else 'no option'} first"
        if top is not None and top in shared:
            clause += ", as these numbers do"
        clauses.append(clause)
    text = "The views differ on the top option: " + "; ".join(clauses)
    if not any(top is not None and top in shared for top in groups):
        text += f", while {used_name(views)} used here {'put' if not views.used else 'puts'} {here} first"
    return text + "."


def _robust(views: ViewsNote) -> str:
    if views.robust_problem:
        return f"The robust choice over the weight sets and scenarios could not be computed: {views.robust_problem}"
    if views.robust_name is None:
        return ""
    weights = ", ".join(["the current weights", *views.weight_sets])
    scores = ", ".join(["the base scores", *views.scenarios])
    head = (f"Across {views.combinations} combinations of weights ({weights}) and scores ({scores}), the robust "
            f"choice by minimax regret is {views.robust_name}: ")
    if views.robust_regret <= 1e-9:
        if views.robust_ties:  # several options best everywhere: name them all, and what decided
            tied = join_words([views.robust_name, *views.robust_ties])
            return head + (f"{tied} are each best in every combination, so none of them ever has any regret; "
                           f"{views.robust_name} is named because it comes first in the option list.")
        return head + "it is best in every combination, so it never has any regret."
    text = (f"its largest regret, {fixed(views.robust_regret, 1)} points (under {views.robust_worst}), is the smallest "
            "of any option")
    if views.robust_ties:
        verb = "ties" if len(views.robust_ties) == 1 else "tie"
        text += f" ({join_words(list(views.robust_ties))} {verb} with it; the smaller average regret decides)"
    return head + text + "."


def views_sentences(brief: Brief) -> list[str]:
    """Whose inputs the numbers use, the analysts, whether the other views agree, the robust choice.

    Returns
    -------
    list of str
        Plain-text sentences; empty when the project has no analysts, weight sets
        or scenarios.
    """
    views = brief.views
    if views is None:
        return []
    out = [_whose(views)]
    if views.has_analysts:
        rule = [group_rule(brief.decision)] if views.with_inputs else []  # with no own inputs, every view is one
        unheld = unheld_weights(views)
        out += [_analysts(views), *rule, _tops(views, brief.summary.top_names), *([unheld] if unheld else [])]
    if views.has_perspectives:
        robust = _robust(views)
        if robust:
            out.append(robust)
    return out


__all__ = ["group_rule", "inputs_used", "unheld_weights", "used_name", "view_how_set", "views_sentences"]
