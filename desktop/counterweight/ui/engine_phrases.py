"""The engine's and services' sentence templates, marked so that Qt's lupdate extracts them.

The engine and the services are Qt-free: they build sentences as
:class:`~counterweight.engine.phrase.Phrase` objects, which
:func:`counterweight.ui.engine_text.engine_text` translates under the one context
``"EngineText"``. lupdate reads only ``tr``/``translate``/``QT_TRANSLATE_NOOP`` calls
in the folders it is given (ui and charts), so every template is repeated here, the
services' ones in :mod:`counterweight.ui.service_phrases` (same context and tuple name).
``tests/ui/test_engine_text.py`` reads the engine's and services' source and fails when
a template, a vocabulary word or an edit's label is missing (run it as a script to
print the lines to add).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: The templates of every ``Phrase("...")`` in engine/, by module (services/: :mod:`counterweight.ui.service_phrases`).
TEMPLATES = (
    # engine/ahp.py
    QT_TRANSLATE_NOOP("EngineText", "With {n} criteria the random index comes from Saaty's later table (Saaty "
                                    "2005): the 1980 table stops at {last}."),
    QT_TRANSLATE_NOOP("EngineText", "The consistency of these judgements cannot be checked: the {table} "
                                    "random-index table stops at {last} criteria, so there is no consistency ratio "
                                    "for {n}. Their consistency index is CI {ci:.3f} (0 when every judgement "
                                    "agrees). Saaty advises comparing at most about seven criteria at a time (Saaty "
                                    "& Ozdemir 2003): group them under a few headings and weight each group on its "
                                    "own."),
    QT_TRANSLATE_NOOP("EngineText", "There is no random index for {n} criteria, so no consistency ratio, but none "
                                    "is needed: every judgement agrees with the weights (consistency index 0)."),
    QT_TRANSLATE_NOOP("EngineText", "The pairwise judgements are inconsistent: CR {cr:.3f} is above "
                                    "{limit:.2f}. The judgement that fits the others least is {first} vs "
                                    "{second} ({value}; about {suggestion} would fit)."),
    # engine/phrase.py (quoted_names: a list of names, each in the language's quotes)
    QT_TRANSLATE_NOOP("EngineText", "'{name}'"),
    QT_TRANSLATE_NOOP("EngineText", "{first}, {rest}"),
    # engine/compared.py
    QT_TRANSLATE_NOOP("EngineText", "The value function of '{criterion}' neither only rises nor only falls, so no "
                                    "direction fits its scores: {method} compares each option's value on that "
                                    "function (0 to 100, higher is better) instead, and reads the criterion's "
                                    "thresholds q, p and s on that scale."),
    QT_TRANSLATE_NOOP("EngineText", "The value function of '{criterion}' neither only rises nor only falls, so no "
                                    "direction fits its scores: {method} compares each option's value on that "
                                    "function (0 to 100, higher is better) instead."),
    QT_TRANSLATE_NOOP("EngineText", "The value function of '{criterion}' neither only rises nor only falls, so no "
                                    "direction fits its scores: the normalisation '{normalization}' rescales each "
                                    "option's value on that function (0 to 100, higher is better) instead."),
    # engine/dominance.py
    QT_TRANSLATE_NOOP("EngineText", "'{option}' is dominated by '{other}' on the rated values: '{other}' is at least "
                                    "as good on every criterion and better on {criteria}, so at those values no "
                                    "choice of weights ranks '{option}' above it. {ranges}"),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' is dominated by '{other}': '{other}' is at least as good on every "
                                    "criterion and better on {criteria}, so no choice of weights ranks '{option}' "
                                    "above it."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' is dominated by {others} on the rated values: each is at least as "
                                    "good on every criterion and better on at least one, so at those values no choice "
                                    "of weights ranks '{option}' above any of them. {ranges}"),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' is dominated by {others}: each is at least as good on every criterion "
                                    "and better on at least one, so no choice of weights ranks '{option}' above any "
                                    "of them."),
    QT_TRANSLATE_NOOP("EngineText", "Across their score ranges (the worst end of each range against the best end for "
                                    "'{option}') it holds for {held} but may not for {rest}."),
    QT_TRANSLATE_NOOP("EngineText", "{items} and {n} more"),  # engine.phrase.and_more: every list cut short
    QT_TRANSLATE_NOOP("EngineText", "On '{criterion}' {who} has the same score, so it cannot tell the options apart: "
                                    "{effect}. Moving its weight only moves weight to or from the criteria beside it, "
                                    "so its sensitivity thresholds say how far those criteria can lose or gain "
                                    "weight, not how much '{criterion}' matters."),
    QT_TRANSLATE_NOOP("EngineText", "On '{criterion}' {who} has the value 0, so under the weighted product every "
                                    "option's score is 0 and the options tie whatever their other scores. A weight of "
                                    "0 on '{criterion}', or a normalisation, value function or levels that do not give "
                                    "its scores the value 0, lets the other criteria decide."),
    QT_TRANSLATE_NOOP("EngineText", "This holds across their score ranges too: at the worst end of every range, "
                                    "'{other}' is still at least as good as '{option}' at the best end."),
    QT_TRANSLATE_NOOP("EngineText", "This holds across their score ranges too: at the worst end of every range, each "
                                    "is still at least as good as '{option}' at the best end."),
    QT_TRANSLATE_NOOP("EngineText", "Within their score ranges it may not hold for any of them: each has a range "
                                    "whose worst end is worse than the best end for '{option}'."),
    QT_TRANSLATE_NOOP("EngineText", "Within their score ranges it may not hold: on {criteria} the ranges overlap (the "
                                    "worst end for '{other}' is worse than the best end for '{option}')."),
    QT_TRANSLATE_NOOP("EngineText", "every option"),
    QT_TRANSLATE_NOOP("EngineText", "every option in the ranking"),
    QT_TRANSLATE_NOOP("EngineText", "it adds nothing to the differences between them under {method}"),
    QT_TRANSLATE_NOOP("EngineText", "it adds the same amount to every option's total"),
    QT_TRANSLATE_NOOP("EngineText", "it multiplies every option's score by the same factor"),
    # engine/evaluate.py
    QT_TRANSLATE_NOOP("EngineText", "it is treated as the worst possible score (value 0)"),
    QT_TRANSLATE_NOOP("EngineText", "{method} cannot place the option, so it is listed after the ranked options "
                                    "without a rank"),
    QT_TRANSLATE_NOOP("EngineText", "this does not affect the {method} result (the criterion carries no weight "
                                    "or has no scores)"),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' has only a range, no central value, on '{criterion}'; "
                                    "{consequence}."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' has no score on '{criterion}'; {consequence}."),
    QT_TRANSLATE_NOOP("EngineText", "The decision has no options to compare yet."),
    QT_TRANSLATE_NOOP("EngineText", "The decision has no scored criteria yet, so every option scores 0."),
    QT_TRANSLATE_NOOP("EngineText", "The decision has no scored criteria yet, so {method} cannot tell the options "
                                    "apart: every option ties."),
    QT_TRANSLATE_NOOP("EngineText", "No criterion carries any weight, so {method} cannot tell the options apart: "
                                    "every option ties. Give at least one criterion (and each group above it) a "
                                    "positive weight."),
    # engine/evaluation.py
    QT_TRANSLATE_NOOP("EngineText", "Every option is excluded by a red line, so no option is ranked."),
    QT_TRANSLATE_NOOP("EngineText", "The decision has no options to rank."),
    QT_TRANSLATE_NOOP("EngineText", "The method cannot place any option (each misses a score on a weighted "
                                    "criterion), so none is ranked."),
    QT_TRANSLATE_NOOP("EngineText", "No option is ranked: the red lines exclude some and the method cannot "
                                    "place the others (each misses a score on a weighted criterion)."),
    # engine/flip.py
    QT_TRANSLATE_NOOP("EngineText", "Fewer than two options: nothing can change places."),
    QT_TRANSLATE_NOOP("EngineText", "No option has a score yet, so every option scores 0."),
    QT_TRANSLATE_NOOP("EngineText", "No option has a score yet, so {method} cannot tell the options apart: every "
                                    "option ties."),
    QT_TRANSLATE_NOOP("EngineText", "Score changes were not searched: {n} scores is more than {limit}; exact "
                                    "distances are available for the weighted sum with value functions."),
    # engine/methods.py
    QT_TRANSLATE_NOOP("EngineText", "No option has a score on '{criterion}', so {method} leaves it out and its "
                                    "weight is shared among the other criteria."),
    QT_TRANSLATE_NOOP("EngineText", "No option has a score on '{criterion}', so {method} leaves it out; no other "
                                    "criterion that carries weight has a score either, so every option ties."),
    QT_TRANSLATE_NOOP("EngineText", "Only one option can be ranked, so {method} has nothing to compare it with."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' has value 0 on {criteria}. Under the weighted product a single "
                                    "0 makes the overall score 0 whatever the other scores; the 'ratio to best' "
                                    "normalisation avoids this for criteria measured from a true zero."),
    QT_TRANSLATE_NOOP("EngineText", "'{criterion}' has negative scores; vector normalisation assumes scores "
                                    "measured from a true zero, so TOPSIS's result depends on where zero lies. "
                                    "Min-max normalisation does not."),
    QT_TRANSLATE_NOOP("EngineText", "Every ranked option has the same score on '{criterion}', so it cannot "
                                    "separate them."),
    QT_TRANSLATE_NOOP("EngineText", "TOPSIS cannot separate the options: they coincide with both the ideal and "
                                    "the anti-ideal (no weighted criterion differs between them), so each gets "
                                    "closeness 0.5."),
    QT_TRANSLATE_NOOP("EngineText", "The PROMETHEE settings mention criterion '{criterion}', which is not a "
                                    "scored criterion; that setting is ignored."),
    QT_TRANSLATE_NOOP("EngineText", "On '{criterion}' no two options differ by more than the indifference "
                                    "threshold q = {q:g}, so the criterion has no effect on the PROMETHEE "
                                    "ranking."),
    QT_TRANSLATE_NOOP("EngineText", "Every ranked option has the same score on '{criterion}' (best = worst), so "
                                    "VIKOR counts no regret on it for anyone."),
    QT_TRANSLATE_NOOP("EngineText", "group utility S"),
    QT_TRANSLATE_NOOP("EngineText", "individual regret R"),
    QT_TRANSLATE_NOOP("EngineText", "Every option has the same {what}, so that part of Q does not separate "
                                    "them."),
    QT_TRANSLATE_NOOP("EngineText", "VIKOR proposes {option} as the compromise solution: it leads on Q by at "
                                    "least DQ = {dq:.3g} and is also best on group utility S or individual "
                                    "regret R."),
    QT_TRANSLATE_NOOP("EngineText", "{first} and {second}"),
    QT_TRANSLATE_NOOP("EngineText", "VIKOR proposes {options} together as compromise solutions: {option} leads "
                                    "on Q by enough, but is not also best on group utility S or individual "
                                    "regret R."),
    QT_TRANSLATE_NOOP("EngineText", "VIKOR proposes a compromise set of {n} options ({options}): they lie "
                                    "within DQ = {dq:.3g} of the best Q, so no single option leads by enough."),
    # engine/normalization.py
    QT_TRANSLATE_NOOP("EngineText", "No option has a score on {criterion}, so every option gets the worst value "
                                    "(0) on it."),
    QT_TRANSLATE_NOOP("EngineText", "Every option has the same score on {criterion}, so it cannot tell the "
                                    "options apart; each option gets the full value (1) on it."),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} {reason}, which the '{method}' normalisation cannot handle; "
                                    "min-max normalisation was used for this criterion instead."),
    QT_TRANSLATE_NOOP("EngineText", "has a negative score ({low:g})"),
    QT_TRANSLATE_NOOP("EngineText", "has only zero scores"),
    QT_TRANSLATE_NOOP("EngineText", "has a score of zero"),
    # engine/red_lines.py
    QT_TRANSLATE_NOOP("EngineText", "it is excluded from the ranking"),
    QT_TRANSLATE_NOOP("EngineText", "it is flagged beside the ranking"),
    QT_TRANSLATE_NOOP("EngineText", " Reason for this red line: {note}."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' is rated '{level}' on '{criterion}', worse than the red-line "
                                    "level '{limit}'; {consequence}.{note}"),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' scores {score} on '{criterion}', within the red line of "
                                    "{limit}, but the low end of its range ({end}) would breach it."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' scores {score} on '{criterion}', within the red line of "
                                    "{limit}, but the high end of its range ({end}) would breach it."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' scores {score} on '{criterion}', below the red line of {limit} "
                                    "({direction}); {consequence}.{note}"),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' scores {score} on '{criterion}', above the red line of {limit} "
                                    "({direction}); {consequence}.{note}"),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' has no central score on '{criterion}', so its red line cannot "
                                    "be checked; the option is not treated as breaching it."),
    # engine/sensitivity.py
    QT_TRANSLATE_NOOP("EngineText", "Every option is excluded by a red line, so the sensitivity analysis has "
                                    "nothing to rank; there is no top option to test."),
    QT_TRANSLATE_NOOP("EngineText", "{why} There is no top option to test."),
    # engine/smaa.py
    QT_TRANSLATE_NOOP("EngineText", "Score ranges were widened for lack of evidence (1 score): by 20 % of the "
                                    "scale on each side with no evidence, 10 % with only weak evidence."),
    QT_TRANSLATE_NOOP("EngineText", "Score ranges were widened for lack of evidence ({n:,} scores): by 20 % of "
                                    "the scale on each side with no evidence, 10 % with only weak evidence."),
    QT_TRANSLATE_NOOP("EngineText", "Every option is excluded by a red line, so the uncertainty analysis has "
                                    "nothing to rank; no draws were made."),
    QT_TRANSLATE_NOOP("EngineText", "The decision has no options, so the uncertainty analysis has nothing to "
                                    "rank; no draws were made."),
    QT_TRANSLATE_NOOP("EngineText", "Only {percent:.2g}% of random weight sets fell inside the weight ranges; "
                                    "the ranges are narrow, so the run was slow and the weights barely vary."),
    # engine/smaa_model.py
    QT_TRANSLATE_NOOP("EngineText", "Score ranges are not used: the normalisation '{normalization}' depends on "
                                    "all options' scores together; choose value functions to let scores vary."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' has only a range on '{criterion}': the ranking counts it as "
                                    "missing, the uncertainty analysis draws it from the range."),
    QT_TRANSLATE_NOOP("EngineText", "No weight range is set for {criteria}; they may take any weight from 0 to "
                                    "1."),
    QT_TRANSLATE_NOOP("EngineText", "Nothing varies: the weights are taken as exact and no score has a range, "
                                    "so every acceptability is 0 or 1."),
    QT_TRANSLATE_NOOP("EngineText", "Level-rated scores are held as rated: the normalisation '{normalization}' "
                                    "depends on all options' scores together; choose value functions to let them "
                                    "vary."),
    QT_TRANSLATE_NOOP("EngineText", "Nothing varies: the weights are taken as exact, no score has a range and no "
                                    "level-rated score is set to vary, so every acceptability is 0 or 1."),
    # engine/smaa_red_lines.py
    QT_TRANSLATE_NOOP("EngineText", "'{criterion}' above {limit}"),
    QT_TRANSLATE_NOOP("EngineText", "'{criterion}' below {limit}"),
    QT_TRANSLATE_NOOP("EngineText", "'{criterion}' worse than '{limit}'"),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' ranks first in {first} % of the draws; in {past} % of all draws it "
                                    "ranks first while its drawn score on '{criterion}' is past the red line."),
    QT_TRANSLATE_NOOP("EngineText", "'{option}' ranks first in {first} % of the draws; in {past} % of all draws it "
                                    "ranks first while its drawn score on at least one of {criteria} is past its red "
                                    "line."),
    # engine/weight_family.py
    QT_TRANSLATE_NOOP("EngineText", "The group it belongs to carries no weight, so its weight cannot change the "
                                    "result."),
    QT_TRANSLATE_NOOP("EngineText", "No criterion under it carries weight, so its weight cannot change the "
                                    "result."),
    QT_TRANSLATE_NOOP("EngineText", "It is the only criterion in its group that can carry weight; its local "
                                    "weight is always 100 %."),
    # engine/weighting.py
    QT_TRANSLATE_NOOP("EngineText", "{criterion} has a swing rating of 0, so it gets no weight."),
    QT_TRANSLATE_NOOP("EngineText", "{criteria} share rank {rank}, so they share the weights of their positions "
                                    "equally."),
    # engine/weights.py
    QT_TRANSLATE_NOOP("EngineText", "The group '{group}' has no scored criteria under it, so it contributes "
                                    "nothing."),
    QT_TRANSLATE_NOOP("EngineText", "No criterion carries any weight, so every option scores 0. Give at least "
                                    "one criterion (and each group above it) a positive weight."),
    QT_TRANSLATE_NOOP("EngineText", "No criterion under the group '{group}' carries any weight, so the group "
                                    "contributes nothing and its weight goes to the criteria beside it."),
    QT_TRANSLATE_NOOP("EngineText", "'{criterion}' has zero weight, so it does not affect the result."),
    # engine/wpm.py
    QT_TRANSLATE_NOOP("EngineText", "The weighted product here multiplies '{normalization}' values, which on "
                                    "{criteria} are not proportional to each score divided by the best score: this is "
                                    "not the published ratio form of the method (Bridgman 1922; Triantaphyllou 2000), "
                                    "and it can rank the options differently.{zero} For the published form choose the "
                                    "normalisation '{ratio}' (Ranking tab or Method settings)."),
    QT_TRANSLATE_NOOP("EngineText", " Under value functions an option at the worst end of a criterion's scale "
                                    "(after a plain table import, the worst option) has value 0 there, so its "
                                    "product is 0 whatever its other scores."),
    QT_TRANSLATE_NOOP("EngineText", " Under min-max the worst option on each criterion has value 0 there, so its "
                                    "product is 0 whatever its other scores."),
)

#: App vocabulary passed into templates as ``Phrase.term(...)``: method, normalisation and direction labels.
TERMS = (
    QT_TRANSLATE_NOOP("EngineText", "Weighted sum (additive value)"),
    QT_TRANSLATE_NOOP("EngineText", "Weighted product"),
    QT_TRANSLATE_NOOP("EngineText", "TOPSIS (closeness to ideal)"),
    QT_TRANSLATE_NOOP("EngineText", "PROMETHEE II (net flow)"),
    QT_TRANSLATE_NOOP("EngineText", "VIKOR (compromise)"),
    QT_TRANSLATE_NOOP("EngineText", "Value functions (scale bounds)"),
    QT_TRANSLATE_NOOP("EngineText", "Min-max across options"),
    QT_TRANSLATE_NOOP("EngineText", "Ratio to best (cost: min/x)"),
    QT_TRANSLATE_NOOP("EngineText", "Ratio to max (cost: 1 - x/max)"),
    QT_TRANSLATE_NOOP("EngineText", "Share of total"),
    QT_TRANSLATE_NOOP("EngineText", "Vector (Euclidean)"),
    QT_TRANSLATE_NOOP("EngineText", "higher is better"),
    QT_TRANSLATE_NOOP("EngineText", "lower is better"),
    # the History's method column writes a normalisation in lower case; judgements name their method
    QT_TRANSLATE_NOOP("EngineText", "value functions (scale bounds)"),
    QT_TRANSLATE_NOOP("EngineText", "min-max across options"),
    QT_TRANSLATE_NOOP("EngineText", "ratio to best (cost: min/x)"),
    QT_TRANSLATE_NOOP("EngineText", "ratio to max (cost: 1 - x/max)"),
    QT_TRANSLATE_NOOP("EngineText", "share of total"),
    QT_TRANSLATE_NOOP("EngineText", "vector (euclidean)"),
    QT_TRANSLATE_NOOP("EngineText", "Direct points"),
    QT_TRANSLATE_NOOP("EngineText", "Swing weighting"),
    QT_TRANSLATE_NOOP("EngineText", "Rank-order centroid"),
    QT_TRANSLATE_NOOP("EngineText", "Rank-sum"),
    QT_TRANSLATE_NOOP("EngineText", "AHP pairwise comparison"),
)

#: What the history records as an entry's action (the History panel's Action column):
#: edits' labels, the labels the window gives them, and the events the services record.
ACTIONS = (
    QT_TRANSLATE_NOOP("EngineText", "Add"),
    QT_TRANSLATE_NOOP("EngineText", "Add analyst"),
    QT_TRANSLATE_NOOP("EngineText", "Add criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Add group"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Add option"),
    QT_TRANSLATE_NOOP("EngineText", "Add perspective"),
    QT_TRANSLATE_NOOP("EngineText", "Add red line"),
    QT_TRANSLATE_NOOP("EngineText", "Add scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Add source"),
    QT_TRANSLATE_NOOP("EngineText", "Change analyst's weight"),
    QT_TRANSLATE_NOOP("EngineText", "Change group aggregation"),
    QT_TRANSLATE_NOOP("EngineText", "Change map axes"),  # the Trade-offs map
    QT_TRANSLATE_NOOP("EngineText", "Change method"),
    QT_TRANSLATE_NOOP("EngineText", "Change weight"),
    QT_TRANSLATE_NOOP("EngineText", "Change weights"),
    QT_TRANSLATE_NOOP("EngineText", "Clear weight judgements"),
    QT_TRANSLATE_NOOP("EngineText", "Clear score"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Create project"),
    QT_TRANSLATE_NOOP("EngineText", "Delete"),
    QT_TRANSLATE_NOOP("EngineText", "Delete criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Delete group"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Delete option"),
    QT_TRANSLATE_NOOP("EngineText", "Delete perspective"),
    QT_TRANSLATE_NOOP("EngineText", "Delete scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Delete snapshot"),
    QT_TRANSLATE_NOOP("EngineText", "Edit"),
    QT_TRANSLATE_NOOP("EngineText", "Edit analyst"),
    QT_TRANSLATE_NOOP("EngineText", "Edit criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Edit decision details"),
    QT_TRANSLATE_NOOP("EngineText", "Edit evidence"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Edit group"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Edit option"),
    QT_TRANSLATE_NOOP("EngineText", "Edit perspective"),
    QT_TRANSLATE_NOOP("EngineText", "Edit red line"),
    QT_TRANSLATE_NOOP("EngineText", "Edit scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Edit score details"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Edit source"),
    QT_TRANSLATE_NOOP("EngineText", "Equal weights"),
    QT_TRANSLATE_NOOP("EngineText", "Export elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "Import elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "Import project"),  # h26h: an imported project's first entry
    QT_TRANSLATE_NOOP("EngineText", "Link evidence"),
    QT_TRANSLATE_NOOP("EngineText", "Move criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Move group"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Move option"),
    QT_TRANSLATE_NOOP("EngineText", "Open elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "Paste scores"),
    QT_TRANSLATE_NOOP("EngineText", "Remove analyst"),
    QT_TRANSLATE_NOOP("EngineText", "Remove criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Remove option"),
    QT_TRANSLATE_NOOP("EngineText", "Remove red line"),
    QT_TRANSLATE_NOOP("EngineText", "Remove source"),
    QT_TRANSLATE_NOOP("EngineText", "Rename criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Rename group"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Rename option"),
    QT_TRANSLATE_NOOP("EngineText", "Restore"),
    QT_TRANSLATE_NOOP("EngineText", "Restore analyst"),
    QT_TRANSLATE_NOOP("EngineText", "Restore criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Restore option"),
    QT_TRANSLATE_NOOP("EngineText", "Restore red line"),
    QT_TRANSLATE_NOOP("EngineText", "Restore source"),
    QT_TRANSLATE_NOOP("EngineText", "Return elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "Save as"),
    QT_TRANSLATE_NOOP("EngineText", "Set analyst's score"),
    QT_TRANSLATE_NOOP("EngineText", "Set analyst's weight judgements"),
    QT_TRANSLATE_NOOP("EngineText", "Set protective marking"),
    QT_TRANSLATE_NOOP("EngineText", "Set rationale"),  # QA 24
    QT_TRANSLATE_NOOP("EngineText", "Set recommendation and decision"),
    QT_TRANSLATE_NOOP("EngineText", "Set score"),
    QT_TRANSLATE_NOOP("EngineText", "Set weights from judgements"),
    QT_TRANSLATE_NOOP("EngineText", "Take snapshot"),
    QT_TRANSLATE_NOOP("EngineText", "Undo elicitation packet import"),
    QT_TRANSLATE_NOOP("EngineText", "Undo restore value"),
    QT_TRANSLATE_NOOP("EngineText", "Unlink evidence"),
    QT_TRANSLATE_NOOP("EngineText", "Upgrade project file"),
    # built with f"Remove {what}" / f"Restore {what}" in services/perspectives.py
    QT_TRANSLATE_NOOP("EngineText", "Remove weight set"),
    QT_TRANSLATE_NOOP("EngineText", "Remove scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Remove snapshot"),
    QT_TRANSLATE_NOOP("EngineText", "Restore weight set"),
    QT_TRANSLATE_NOOP("EngineText", "Restore scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Restore snapshot"),
)
