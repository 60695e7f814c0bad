"""The services' sentence templates, marked so that Qt's lupdate extracts them.

The half of :mod:`counterweight.ui.engine_phrases` for ``Phrase("...")`` templates in
services/ (split from it at 500 lines): the same context ``"EngineText"`` and the same
tuple name, ``TEMPLATES``, which ``tests/ui/test_engine_text.py`` reads from both files.
Nothing imports this module: lupdate reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: The templates of every ``Phrase("...")`` in services/, by module.
TEMPLATES = (
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
    QT_TRANSLATE_NOOP("EngineText", "For a copy that keeps everything, keep the project file or export the "
                                    "decision as JSON. The workbook's Method sheet lists the method settings, the "
                                    "red lines and the weighting judgements, for reading."),
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
    QT_TRANSLATE_NOOP("EngineText", "{cell}: {criterion} has no weight, so it was given 1 point, while the "
                                    "criteria beside it have weights; check its weight in the Weights panel."),
    QT_TRANSLATE_NOOP("EngineText", "The Matrix sheet and the Scores sheet differ at {places}. An import reads "
                                    "scores from the Scores sheet only, so the project has the scores given there; "
                                    "a score changed on the Matrix sheet is not read."),
    QT_TRANSLATE_NOOP("EngineText", "The Weights sheet and the Criteria sheet differ at {places}. An import reads "
                                    "weights from the Weight column of the Criteria sheet only, so the project has "
                                    "the weights given there; a weight changed on the Weights sheet is not read."),
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
    QT_TRANSLATE_NOOP("EngineText", "recommendation and decision"),
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
    QT_TRANSLATE_NOOP("EngineText", "{value} ({low}–{high})"),  # a score with its range
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
    # services/import_origin.py (an imported project's first history entry: the file it read)
    QT_TRANSLATE_NOOP("EngineText", "{file}, a Counterweight project"),
    QT_TRANSLATE_NOOP("EngineText", "{file}, a decision file (JSON)"),
    QT_TRANSLATE_NOOP("EngineText", "{file}, a decision file (JSON, format version {version})"),
    QT_TRANSLATE_NOOP("EngineText", "{file}, a spreadsheet ({kind})"),
    QT_TRANSLATE_NOOP("EngineText", "{file}, an elicitation packet"),
    QT_TRANSLATE_NOOP("EngineText", "{file}, an elicitation packet for {analyst}"),
    QT_TRANSLATE_NOOP("EngineText", "{origin}, written by Counterweight {version}"),
    QT_TRANSLATE_NOOP("EngineText", "{origin}, written by Counterweight {version} on {when}"),
    QT_TRANSLATE_NOOP("EngineText", "{origin}, written on {when}"),
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
