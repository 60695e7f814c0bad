"""The engine's and services' sentence templates, marked so that Qt's lupdate extracts them.

The engine and the services are Qt-free: they build sentences as
:class:`~counterweight.engine.phrase.Phrase` objects, which
:func:`counterweight.ui.engine_text.engine_text` translates under the one context
``"EngineText"``. lupdate reads only ``tr``/``translate``/``QT_TRANSLATE_NOOP`` calls
in the folders it is given (ui and charts), so every template is repeated here.
``tests/ui/test_engine_text.py`` reads the engine's and services' source and fails when
a template, a vocabulary word or an edit's label is missing (run it as a script to
print the lines to add).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: The templates of every ``Phrase("...")`` in engine/ and services/, by module.
TEMPLATES = (
    # engine/ahp.py
    QT_TRANSLATE_NOOP("EngineText", "With {n} criteria the random index comes from Saaty's later table (Saaty "
                                    "2005): the 1980 table stops at {last}."),
    QT_TRANSLATE_NOOP("EngineText", "The consistency ratio cannot be computed for {n} criteria: the {table} "
                                    "random-index table stops at {last}. Consider grouping the criteria."),
    QT_TRANSLATE_NOOP("EngineText", "The pairwise judgements are inconsistent: CR {cr:.3f} is above "
                                    "{limit:.2f}. The judgement that fits the others least is {first} vs "
                                    "{second} ({value}; about {suggestion} would fit)."),
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
    QT_TRANSLATE_NOOP("EngineText", "On '{criterion}' {who} has the same score, so it cannot tell the options apart: "
                                    "{effect}. Moving its weight only moves weight to or from the criteria beside it, "
                                    "so its sensitivity thresholds say how far those criteria can lose or gain "
                                    "weight, not how much '{criterion}' matters."),
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
    QT_TRANSLATE_NOOP("EngineText", "Score changes were not searched: {n} scores is more than {limit}; exact "
                                    "distances are available for the weighted sum with value functions."),
    # engine/methods.py
    QT_TRANSLATE_NOOP("EngineText", "No option has a score on '{criterion}', so {method} leaves it out and its "
                                    "weight is shared among the other criteria."),
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
    # services/export_notes.py
    QT_TRANSLATE_NOOP("EngineText", "Imported back, this score table would come in as a plain table: equal weights, "
                                    "every direction 'higher is better' and each scale from the scores in the file. "
                                    "To bring the decision back, export a workbook (.xlsx) or the CSV with one row "
                                    "per score."),
    QT_TRANSLATE_NOOP("EngineText", "A CSV file has no place for the protective marking {marking}: label the file "
                                    "as your handling rules require."),
    QT_TRANSLATE_NOOP("EngineText", "Importing the file back would lose the red lines, so no option would be "
                                    "flagged or excluded."),
    QT_TRANSLATE_NOOP("EngineText", "Importing the file back would lose the method settings ({method}): the "
                                    "decision would be ranked by the weighted sum with value functions."),
    QT_TRANSLATE_NOOP("EngineText", "Importing the file back would lose the analysts and their own inputs, so "
                                    "there would be no group view."),
    QT_TRANSLATE_NOOP("EngineText", "For a copy that keeps everything, keep the project file or export the "
                                    "decision as JSON."),
    # services/export_notes.py: what else a spreadsheet does not bring back (QA pass 22)
    QT_TRANSLATE_NOOP("EngineText", "A CSV file has no place for the title {title}: the project imported from it "
                                    "is named after the file."),
    QT_TRANSLATE_NOOP("EngineText", "Importing the file back would bring the criteria back without their groups "
                                    "({groups}), each weighted by its global weight, so the ranking would not "
                                    "change."),
    QT_TRANSLATE_NOOP("EngineText", "Importing the file back would keep the weights as points but lose the record "
                                    "of how they were set ({methods}): the judgements, who made them and when, and "
                                    "any note."),
    QT_TRANSLATE_NOOP("EngineText", "Importing the file back would also lose {things}."),
    QT_TRANSLATE_NOOP("EngineText", "the description"),
    QT_TRANSLATE_NOOP("EngineText", "the notice"),
    QT_TRANSLATE_NOOP("EngineText", "the options' descriptions"),
    QT_TRANSLATE_NOOP("EngineText", "the options' sources"),
    QT_TRANSLATE_NOOP("EngineText", "the criteria's descriptions"),
    QT_TRANSLATE_NOOP("EngineText", "the level descriptors of {criteria}"),
    QT_TRANSLATE_NOOP("EngineText", "the evidence linked to the scores and the source library"),
    QT_TRANSLATE_NOOP("EngineText", "the evidence linked to the scores and the source library (the Rationales "
                                    "sheet lists the evidence, for reading)"),
    QT_TRANSLATE_NOOP("EngineText", "the scores' distributions"),
    QT_TRANSLATE_NOOP("EngineText", "the uncertainty settings"),
    QT_TRANSLATE_NOOP("EngineText", "the perspectives"),
    QT_TRANSLATE_NOOP("EngineText", "the score scenarios"),
    QT_TRANSLATE_NOOP("EngineText", "the snapshots"),
    # services/spreadsheet.py: what an import did not read (QA pass 22)
    QT_TRANSLATE_NOOP("EngineText", "The headings of the {sheet} sheet were found on row {row}, so what is above "
                                    "them was not read ({text})."),
    QT_TRANSLATE_NOOP("EngineText", "The sheet {sheets} was not read: Counterweight reads only the Options, "
                                    "Criteria, Scores, Levels and Decision sheets."),
    QT_TRANSLATE_NOOP("EngineText", "The sheets {sheets} were not read: Counterweight reads only the Options, "
                                    "Criteria, Scores, Levels and Decision sheets."),
    QT_TRANSLATE_NOOP("EngineText", "The workbook's results were worked out with {method}; the imported project "
                                    "is ranked by the weighted sum, because a spreadsheet does not carry method "
                                    "settings."),
    QT_TRANSLATE_NOOP("EngineText", "The workbook's results show red lines; a spreadsheet does not carry them, so "
                                    "the imported project has none: add them again under Red lines."),
    # services/spreadsheet_table.py: what a plain score table's import assumed (QA pass 22 item 5)
    QT_TRANSLATE_NOOP("EngineText", "Every criterion has the same weight: set the weights before trusting the "
                                    "ranking."),
    QT_TRANSLATE_NOOP("EngineText", "Every score of {criterion} is {value}, so its scale was set to run from "
                                    "{lower} to {upper}; set its bounds in the criterion dialog."),
    QT_TRANSLATE_NOOP("EngineText", "Only the sheet {sheet} was read; the others were not ({sheets})."),
    QT_TRANSLATE_NOOP("EngineText", "The Weight row gives no weight for {criteria}, so each was given a weight of 1."),
    QT_TRANSLATE_NOOP("EngineText", "The file does not give the direction of {criteria}, so each is taken as "
                                    "'higher is better' (Counterweight does not guess it from a name): set a cost "
                                    "or a harm to 'lower is better' in the criterion dialog."),
    QT_TRANSLATE_NOOP("EngineText", "The file was read as a plain score table (options in rows, criteria in "
                                    "columns). Check what was assumed, below, before trusting a ranking."),
    QT_TRANSLATE_NOOP("EngineText", "The headings were found on row {row}, so what is above them was not read "
                                    "({text})."),
    QT_TRANSLATE_NOOP("EngineText", "The scale of a criterion scored with numbers runs from its lowest to its "
                                    "highest score in the file, so the worst option scores 0 on it and the best "
                                    "100: {ranges}. Widen a scale in the criterion dialog if other values are "
                                    "possible."),
    QT_TRANSLATE_NOOP("EngineText", "The sheet {sheet} was read as a plain score table (options in rows, criteria "
                                    "in columns). Check what was assumed, below, before trusting a ranking."),
    QT_TRANSLATE_NOOP("EngineText", "These rows have a name but no scores, and were read as options all the same: "
                                    "{options}. Delete any that is not an option (a footnote, a total) in the "
                                    "Options list."),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} holds words, so it is scored with levels valued in the order the "
                                    "words first appear ({levels}); that order says nothing about which is better, "
                                    "so put the levels in order in the criterion dialog."),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} {lower} to {upper}"),
    QT_TRANSLATE_NOOP("EngineText", "The file gives the direction of no criterion, so each is taken as 'higher is "
                                    "better' (Counterweight does not guess it from a name): set a cost or a harm "
                                    "to 'lower is better' in the criterion dialog."),
    QT_TRANSLATE_NOOP("EngineText", "{count} others"),
    QT_TRANSLATE_NOOP("EngineText", "{criteria} also hold words, and are scored with levels in the same way: put "
                                    "their levels in order too."),
    # services/history_phrases.py
    QT_TRANSLATE_NOOP("EngineText", "Restore value from entry #{entry}"),
    QT_TRANSLATE_NOOP("EngineText", "Undo: {step}"),
    QT_TRANSLATE_NOOP("EngineText", "Redo: {step}"),
    QT_TRANSLATE_NOOP("EngineText", "method"),
    QT_TRANSLATE_NOOP("EngineText", "decision"),
    QT_TRANSLATE_NOOP("EngineText", "protective marking"),
    QT_TRANSLATE_NOOP("EngineText", "group aggregation"),
    QT_TRANSLATE_NOOP("EngineText", "judgements under {element}"),
    QT_TRANSLATE_NOOP("EngineText", "weights under {element}"),
    QT_TRANSLATE_NOOP("EngineText", "red line on {element}"),
    QT_TRANSLATE_NOOP("EngineText", "packet from {element}"),
    QT_TRANSLATE_NOOP("EngineText", "packet for {element}"),
    QT_TRANSLATE_NOOP("EngineText", "weight set {element}"),
    QT_TRANSLATE_NOOP("EngineText", "criterion {element}"),
    QT_TRANSLATE_NOOP("EngineText", "evidence {element}"),
    QT_TRANSLATE_NOOP("EngineText", "scenario {element}"),
    QT_TRANSLATE_NOOP("EngineText", "snapshot {element}"),
    QT_TRANSLATE_NOOP("EngineText", "analyst {element}"),
    QT_TRANSLATE_NOOP("EngineText", "weights {element}"),
    QT_TRANSLATE_NOOP("EngineText", "option {element}"),
    QT_TRANSLATE_NOOP("EngineText", "source {element}"),
    QT_TRANSLATE_NOOP("EngineText", "weight {element}"),
    QT_TRANSLATE_NOOP("EngineText", "score {element}"),
    QT_TRANSLATE_NOOP("EngineText", "packet {element}"),
    QT_TRANSLATE_NOOP("EngineText", "1 score"),
    QT_TRANSLATE_NOOP("EngineText", "{n} scores"),
    QT_TRANSLATE_NOOP("EngineText", "{what} by {analyst}"),
    # services/history_values.py, services/history_wording.py (the History's Old/New value columns)
    QT_TRANSLATE_NOOP("EngineText", "yes"),
    QT_TRANSLATE_NOOP("EngineText", "no"),
    QT_TRANSLATE_NOOP("EngineText", "none"),
    QT_TRANSLATE_NOOP("EngineText", "{first}; {rest}"),
    QT_TRANSLATE_NOOP("EngineText", "{first}, {rest}"),
    QT_TRANSLATE_NOOP("EngineText", "{first} {rest}"),
    QT_TRANSLATE_NOOP("EngineText", "{field}: {value}"),
    QT_TRANSLATE_NOOP("EngineText", "{items} and {n} more"),
    QT_TRANSLATE_NOOP("EngineText", "1 field"),
    QT_TRANSLATE_NOOP("EngineText", "{n} fields"),
    QT_TRANSLATE_NOOP("EngineText", "1 item"),
    QT_TRANSLATE_NOOP("EngineText", "{n} items"),
    QT_TRANSLATE_NOOP("EngineText", "1 weight"),
    QT_TRANSLATE_NOOP("EngineText", "{n} weights"),
    QT_TRANSLATE_NOOP("EngineText", "1 character"),
    QT_TRANSLATE_NOOP("EngineText", "{n} characters"),
    QT_TRANSLATE_NOOP("EngineText", "1 criterion"),
    QT_TRANSLATE_NOOP("EngineText", "{n} criteria"),
    QT_TRANSLATE_NOOP("EngineText", "1 set of judgements"),
    QT_TRANSLATE_NOOP("EngineText", "{n} sets of judgements"),
    QT_TRANSLATE_NOOP("EngineText", "{method}, {normalization}"),
    QT_TRANSLATE_NOOP("EngineText", "{method}, vector normalisation"),
    QT_TRANSLATE_NOOP("EngineText", "{method}, min-max normalisation"),
    QT_TRANSLATE_NOOP("EngineText", "{method}, v = {v}"),
    QT_TRANSLATE_NOOP("EngineText", "1st"),
    QT_TRANSLATE_NOOP("EngineText", "{n}st"),
    QT_TRANSLATE_NOOP("EngineText", "{n}nd"),
    QT_TRANSLATE_NOOP("EngineText", "{n}rd"),
    QT_TRANSLATE_NOOP("EngineText", "{n}th"),
    QT_TRANSLATE_NOOP("EngineText", "at the top level, {place}"),
    QT_TRANSLATE_NOOP("EngineText", "under {parent}, {place}"),
    QT_TRANSLATE_NOOP("EngineText", "{place} in the list"),
    QT_TRANSLATE_NOOP("EngineText", "{name} (with {criteria} under it)"),
    QT_TRANSLATE_NOOP("EngineText", "limit {limit}"),
    QT_TRANSLATE_NOOP("EngineText", "level {level}"),
    QT_TRANSLATE_NOOP("EngineText", "{criterion}: {bound}"),
    QT_TRANSLATE_NOOP("EngineText", "{rule} (excluded)"),
    QT_TRANSLATE_NOOP("EngineText", "{rule} (flagged)"),
    QT_TRANSLATE_NOOP("EngineText", "{source} (cited by {scores})"),
    QT_TRANSLATE_NOOP("EngineText", "text: {length}"),
    QT_TRANSLATE_NOOP("EngineText", "text: {length}, changed"),
    QT_TRANSLATE_NOOP("EngineText", "{cells}; and {n} more"),
    QT_TRANSLATE_NOOP("EngineText", "no judgements"),
    # services/history_packets.py (a packet import's values; a packet's facts)
    QT_TRANSLATE_NOOP("EngineText", "weight of {criterion}"),
    QT_TRANSLATE_NOOP("EngineText", "judgements for the top-level criteria"),
    QT_TRANSLATE_NOOP("EngineText", "{method}, revised"),
    QT_TRANSLATE_NOOP("EngineText", "shared value"),
    QT_TRANSLATE_NOOP("EngineText", "no value changed"),
    QT_TRANSLATE_NOOP("EngineText", "{what}: {old} → {new}"),
    QT_TRANSLATE_NOOP("EngineText", "packet {packet} for {analyst}, request hash {hash}"),
    QT_TRANSLATE_NOOP("EngineText", "packet {packet} for {analyst}, file {file}, request hash {hash}"),
    QT_TRANSLATE_NOOP("EngineText", "packet {packet} from {analyst}, answered by {who} on {day}, request hash "
                                    "{request}, response hash {response}"),
    # services/perspective_analysis.py (the robust choice)
    QT_TRANSLATE_NOOP("EngineText", "Current weights"),
    QT_TRANSLATE_NOOP("EngineText", "Base scores"),
    QT_TRANSLATE_NOOP("EngineText", "{weights} × {scores}"),
    QT_TRANSLATE_NOOP("EngineText", "No option is ranked under every perspective and scenario: each is excluded by "
                                    "a red line, or cannot be placed by the method, under at least one, so there "
                                    "is no robust choice."),
    QT_TRANSLATE_NOOP("EngineText", "Every option is excluded by a red line under {pair}, so there is no robust "
                                    "choice."),
    QT_TRANSLATE_NOOP("EngineText", "Every option is excluded by a red line, so there is no robust choice."),
    QT_TRANSLATE_NOOP("EngineText", "No option is ranked under {pair} (each is excluded by a red line or cannot be "
                                    "placed by the method), so there is no robust choice."),
    QT_TRANSLATE_NOOP("EngineText", "No option is ranked (each is excluded by a red line or cannot be placed by "
                                    "the method), so there is no robust choice."),
    QT_TRANSLATE_NOOP("EngineText", "is excluded by a red line"),
    QT_TRANSLATE_NOOP("EngineText", "cannot be placed by the method"),
    QT_TRANSLATE_NOOP("EngineText", " under {pair}"),
    QT_TRANSLATE_NOOP("EngineText", " (and {n} more)"),
    QT_TRANSLATE_NOOP("EngineText", "{name} {why}{under}{more}, so it cannot be the robust choice."),
    QT_TRANSLATE_NOOP("EngineText", "1 combination"),
    QT_TRANSLATE_NOOP("EngineText", "{n} combinations"),
    QT_TRANSLATE_NOOP("EngineText", "{option} is best under every perspective and scenario ({count}), so it never "
                                    "has any regret."),
    QT_TRANSLATE_NOOP("EngineText", "{options} tie: both are best under every perspective and scenario ({count}), "
                                    "so neither ever has any regret. {option} is named because it comes first in "
                                    "the option list."),
    QT_TRANSLATE_NOOP("EngineText", "{options} tie: each is best under every perspective and scenario ({count}), "
                                    "so none ever has any regret. {option} is named because it comes first in the "
                                    "option list."),
    QT_TRANSLATE_NOOP("EngineText", " {options} ties on it; the smaller average regret decides."),
    QT_TRANSLATE_NOOP("EngineText", " {options} tie on it; the smaller average regret decides."),
    QT_TRANSLATE_NOOP("EngineText", " {options} ties on it, with the same average regret; the option list order "
                                    "decides."),
    QT_TRANSLATE_NOOP("EngineText", " {options} tie on it, with the same average regret; the option list order "
                                    "decides."),
    QT_TRANSLATE_NOOP("EngineText", "{option} has the smallest worst-case regret ({value:.1f} points, under "
                                    "{pair}).{tie}"),
    QT_TRANSLATE_NOOP("EngineText", "There are no options to choose from."),
    QT_TRANSLATE_NOOP("EngineText", "Add a perspective or a scenario: with the base alone the robust choice is the "
                                    "top option."),
    # services/red_lines.py
    QT_TRANSLATE_NOOP("EngineText", "Red line on a deleted criterion ({criterion})"),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} must not be worse than {level}"),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} must not exceed {limit}"),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} must not fall below {limit}"),
    QT_TRANSLATE_NOOP("EngineText", "{option} breaches '{rule}' ({score}) — excluded"),
    QT_TRANSLATE_NOOP("EngineText", "{option} breaches '{rule}' ({score}) — flagged"),
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
    QT_TRANSLATE_NOOP("EngineText", "Add option"),
    QT_TRANSLATE_NOOP("EngineText", "Add perspective"),
    QT_TRANSLATE_NOOP("EngineText", "Add red line"),
    QT_TRANSLATE_NOOP("EngineText", "Add scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Add source"),
    QT_TRANSLATE_NOOP("EngineText", "Change analyst's weight"),
    QT_TRANSLATE_NOOP("EngineText", "Change group aggregation"),
    QT_TRANSLATE_NOOP("EngineText", "Change method"),
    QT_TRANSLATE_NOOP("EngineText", "Change weight"),
    QT_TRANSLATE_NOOP("EngineText", "Change weights"),
    QT_TRANSLATE_NOOP("EngineText", "Clear weight judgements"),
    QT_TRANSLATE_NOOP("EngineText", "Create project"),
    QT_TRANSLATE_NOOP("EngineText", "Delete"),
    QT_TRANSLATE_NOOP("EngineText", "Delete criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Delete option"),
    QT_TRANSLATE_NOOP("EngineText", "Delete perspective"),
    QT_TRANSLATE_NOOP("EngineText", "Delete scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Delete snapshot"),
    QT_TRANSLATE_NOOP("EngineText", "Edit"),
    QT_TRANSLATE_NOOP("EngineText", "Edit analyst"),
    QT_TRANSLATE_NOOP("EngineText", "Edit criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Edit decision details"),
    QT_TRANSLATE_NOOP("EngineText", "Edit option"),
    QT_TRANSLATE_NOOP("EngineText", "Edit perspective"),
    QT_TRANSLATE_NOOP("EngineText", "Edit red line"),
    QT_TRANSLATE_NOOP("EngineText", "Edit scenario"),
    QT_TRANSLATE_NOOP("EngineText", "Edit source"),
    QT_TRANSLATE_NOOP("EngineText", "Equal weights"),
    QT_TRANSLATE_NOOP("EngineText", "Export elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "Import elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "Link evidence"),
    QT_TRANSLATE_NOOP("EngineText", "Move criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Move option"),
    QT_TRANSLATE_NOOP("EngineText", "Open elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "Paste scores"),
    QT_TRANSLATE_NOOP("EngineText", "Remove analyst"),
    QT_TRANSLATE_NOOP("EngineText", "Remove criterion"),
    QT_TRANSLATE_NOOP("EngineText", "Remove option"),
    QT_TRANSLATE_NOOP("EngineText", "Remove red line"),
    QT_TRANSLATE_NOOP("EngineText", "Remove source"),
    QT_TRANSLATE_NOOP("EngineText", "Rename criterion"),
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
