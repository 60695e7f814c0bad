"""The templates of user-facing error messages built in Qt-free code, marked so that Qt's lupdate extracts them.

The third part of :mod:`counterweight.ui.engine_phrases` (after :mod:`counterweight.ui.service_phrases`),
for the ``Phrase("...")`` messages of the errors the engine, the services, the storage and the domain raise
to the window: an edit refused, a file that will not open or save, weighting judgements that do not add up
(h28c). The same context ``"EngineText"`` and the same tuple names, which ``tests/ui/test_engine_text.py``
reads from all three files; the window shows these messages through
:func:`counterweight.ui.engine_text.error_text`. Nothing imports this module: lupdate reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: The templates of the errors' ``Phrase("...")`` calls, by module.
TEMPLATES = (
    # domain/elements.py
    QT_TRANSLATE_NOOP("EngineText", "this criterion is scored with a number, not a level"),
    QT_TRANSLATE_NOOP("EngineText", "this criterion is scored with a level, not a number"),
    QT_TRANSLATE_NOOP("EngineText", "{level} is not one of the levels ({levels})"),
    QT_TRANSLATE_NOOP("EngineText", "ranges are only for numeric criteria"),
    QT_TRANSLATE_NOOP("EngineText", "the value {x} is outside the scale {lower} to {upper}"),
    QT_TRANSLATE_NOOP("EngineText", "the low end {x} is outside the scale {lower} to {upper}"),
    QT_TRANSLATE_NOOP("EngineText", "the high end {x} is outside the scale {lower} to {upper}"),
    # domain/errors.py
    QT_TRANSLATE_NOOP("EngineText", "a folder has that name"),
    QT_TRANSLATE_NOOP("EngineText", "the folder does not exist"),
    QT_TRANSLATE_NOOP("EngineText", "part of the path is a file, not a folder"),
    QT_TRANSLATE_NOOP("EngineText", "Permission denied (the file may be open in another program, or the folder "
                                    "read-only)"),
    QT_TRANSLATE_NOOP("EngineText", "Could not write the {what}: {reason}."),
    # domain/phrase.py
    QT_TRANSLATE_NOOP("EngineText", "{name}"),
    # storage/backup_restore.py
    QT_TRANSLATE_NOOP("EngineText", "The backup “{name}” is damaged too, so it cannot be restored."),
    QT_TRANSLATE_NOOP("EngineText", "The restored project “{name}” is damaged too, so it cannot be restored."),
    QT_TRANSLATE_NOOP("EngineText", "The backup “{name}” cannot be used: {problem}"),
    QT_TRANSLATE_NOOP("EngineText", "The restored project “{name}” cannot be used: {problem}"),
    QT_TRANSLATE_NOOP("EngineText", "Cannot restore “{name}”: {why}. Nothing was changed."),
    # storage/backups.py
    QT_TRANSLATE_NOOP("EngineText", "“{name}” is not an automatic backup made by Counterweight."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot read the backup “{name}”: {why}."),
    # storage/locking.py
    QT_TRANSLATE_NOOP("EngineText", "The project is open in another Counterweight window ({holder})."),
    QT_TRANSLATE_NOOP("EngineText", "Counterweight cannot create its lock file next to the project ({why})."),
    # storage/placement.py
    QT_TRANSLATE_NOOP("EngineText", "Cannot save “{name}”: {why}."),
    QT_TRANSLATE_NOOP("EngineText", "The file is read-only on disk."),
    QT_TRANSLATE_NOOP("EngineText", "The folder holding the file is read-only, so changes cannot be saved there."),
    QT_TRANSLATE_NOOP("EngineText", "the name is too long for this folder ({size} bytes; at most {most} with "
                                    "Counterweight’s side files): choose a shorter name"),
    QT_TRANSLATE_NOOP("EngineText", "a name made only of dots would be a hidden file: choose a name with a letter or "
                                    "digit in it"),
    QT_TRANSLATE_NOOP("EngineText", "Cannot create “{name}”: {why}."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot restore “{name}”: {why}."),
    QT_TRANSLATE_NOOP("EngineText", "“{name}” is the file already open; choose another name."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot save over “{name}”: it is open in another Counterweight window "
                                    "({holder})."),
    QT_TRANSLATE_NOOP("EngineText", "The change could not be saved: “{name}” was deleted, moved or replaced while it "
                                    "was open. Use File > Save As to keep the project as it is in the window."),
    QT_TRANSLATE_NOOP("EngineText", "the folder cannot be written to ({reason})"),
    QT_TRANSLATE_NOOP("EngineText", "the name is too long for this folder: choose a shorter name"),
    # storage/sqlite_io.py
    QT_TRANSLATE_NOOP("EngineText", "a database tool with changes it has not written yet, for example"),
    QT_TRANSLATE_NOOP("EngineText", "{problem} It was opened read-only instead."),
    QT_TRANSLATE_NOOP("EngineText", "Another program is writing to {file} ({who}), so it was opened read-only. Close "
                                    "that program, then open the project again to make changes."),
    QT_TRANSLATE_NOOP("EngineText", "The change could not be saved to {file}: the disk holding it looks full "
                                    "({why}). Free some space, or keep a copy elsewhere with Save As; the file still "
                                    "holds the previous state."),
    QT_TRANSLATE_NOOP("EngineText", "The change could not be saved to {file} ({why}); the file still holds the "
                                    "previous state."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file} for writing: {why}."),
    QT_TRANSLATE_NOOP("EngineText", "The disk holding the file is full, so changes cannot be saved there."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: the file is damaged ({why}). Open a backup copy instead; "
                                    "the damaged file has not been changed."),
    QT_TRANSLATE_NOOP("EngineText", "some of its text is garbled"),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: {why}"),
    QT_TRANSLATE_NOOP("EngineText", "The change was not saved: another program is changing {file} ({who}). Close "
                                    "that program or let it finish, then try again; the file still holds the "
                                    "previous state."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file} for writing: another program is writing to it ({who})."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: reading it failed (disk I/O error). It may be open in "
                                    "another window or program, or have been moved or renamed while open: close "
                                    "those and try again. If it keeps failing, open a backup copy. The file has not "
                                    "been changed."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: it was written by a newer version of Counterweight; upgrade "
                                    "Counterweight to open it."),
    QT_TRANSLATE_NOOP("EngineText", "the file is empty, so it is not a Counterweight project."),
    QT_TRANSLATE_NOOP("EngineText", "it is not a Counterweight project file."),
    QT_TRANSLATE_NOOP("EngineText", "the file is cut short"),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: the file does not exist."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: it is a folder, not a file."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: you do not have permission to read it."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: {why}."),
    QT_TRANSLATE_NOOP("EngineText", "it is a database, but not a Counterweight project."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file} for writing: it is from an older version of Counterweight, "
                                    "and the copy kept before upgrading it could not be written ({why})."),
    QT_TRANSLATE_NOOP("EngineText", "Cannot open {file}: another program is writing to it right now. Open it again "
                                    "once that program has finished."),
    # storage/store.py
    QT_TRANSLATE_NOOP("EngineText", "The project “{name}” is closed."),
    QT_TRANSLATE_NOOP("EngineText", "Changes cannot be saved: {reason} Use Save As to keep a copy you can edit."),
    QT_TRANSLATE_NOOP("EngineText", "Changes cannot be saved: {reason}"),
    QT_TRANSLATE_NOOP("EngineText", "The change could not be saved: {problem}"),
    QT_TRANSLATE_NOOP("EngineText", "“{name}” could not be read ({why}); the file may be damaged."),
    # engine/ahp.py
    QT_TRANSLATE_NOOP("EngineText", "the judgement {first} vs {second}"),
    QT_TRANSLATE_NOOP("EngineText", "no judgement compares {first} with {second} ({n} of {total} comparisons are "
                                    "missing); AHP needs every pair"),
    QT_TRANSLATE_NOOP("EngineText", "there are no criteria to compare"),
    QT_TRANSLATE_NOOP("EngineText", "{judgement} compares a criterion with itself"),
    QT_TRANSLATE_NOOP("EngineText", "{judgement} must be between 1/9 and 9 (it is {value:g})"),
    QT_TRANSLATE_NOOP("EngineText", "a pairwise judgement refers to {criterion}, which is not one of the criteria "
                                    "being weighted"),
    QT_TRANSLATE_NOOP("EngineText", "{judgement} is given twice with different values ({one} and {other})"),
    # engine/weighting.py
    QT_TRANSLATE_NOOP("EngineText", "there are no criteria to weight"),
    QT_TRANSLATE_NOOP("EngineText", "at least one criterion needs more than 0 points"),
    QT_TRANSLATE_NOOP("EngineText", "the largest swing must be rated 100 and every other swing against it; the "
                                    "highest rating here is {top:g}"),
    QT_TRANSLATE_NOOP("EngineText", "there are no criteria to rank"),
    QT_TRANSLATE_NOOP("EngineText", "the points of {criterion} must be a number of 0 or more"),
    QT_TRANSLATE_NOOP("EngineText", "the swing rating of {criterion} must be a number of 0 or more"),
    QT_TRANSLATE_NOOP("EngineText", "the swing rating of {criterion} must be between 0 and 100 (it is {value:g})"),
    QT_TRANSLATE_NOOP("EngineText", "the rank of {criterion} must be a whole number of 1 or more"),
    QT_TRANSLATE_NOOP("EngineText", "the points of {criterion} must be a number"),
    QT_TRANSLATE_NOOP("EngineText", "the swing rating of {criterion} must be a number"),
    # services/analyst_edits.py
    QT_TRANSLATE_NOOP("EngineText", "Another analyst is already called {name}; give each analyst a name of their "
                                    "own, so that the views, the history and the brief can tell them apart."),
    QT_TRANSLATE_NOOP("EngineText", "That analyst is no longer in the project."),
    QT_TRANSLATE_NOOP("EngineText", "That option or criterion no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "That criterion no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "{analyst}'s weight of {criterion} must be a number of points, 0 or more."),
    # services/batch_edits.py
    QT_TRANSLATE_NOOP("EngineText", "Some of those options or criteria no longer exist."),
    # services/criterion_scale_change.py
    QT_TRANSLATE_NOOP("EngineText", "1 score on {criterion} is a number ({options}), and a scale of named levels "
                                    "cannot hold it. Clear the 1 score on this criterion first, or add a new "
                                    "criterion with the scale you want."),
    QT_TRANSLATE_NOOP("EngineText", "{n} scores on {criterion} are numbers ({options}), and a scale of named levels "
                                    "cannot hold them. Clear the {n} scores on this criterion first, or add a new "
                                    "criterion with the scale you want."),
    QT_TRANSLATE_NOOP("EngineText", "1 score on {criterion} is a level ({options}), and a numeric scale cannot hold "
                                    "it. Clear the 1 score on this criterion first, or add a new criterion with the "
                                    "scale you want."),
    QT_TRANSLATE_NOOP("EngineText", "{n} scores on {criterion} are levels ({options}), and a numeric scale cannot "
                                    "hold them. Clear the {n} scores on this criterion first, or add a new criterion "
                                    "with the scale you want."),
    QT_TRANSLATE_NOOP("EngineText", "Levels of {criterion} can only be renamed while it keeps named levels."),
    QT_TRANSLATE_NOOP("EngineText", "Two levels of {criterion} cannot be renamed to the same label."),
    QT_TRANSLATE_NOOP("EngineText", "{option} (analyst {analyst})"),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} has no level {level} to rename."),
    QT_TRANSLATE_NOOP("EngineText", "Level {level} of {criterion} is renamed {new}, which is not a level."),
    QT_TRANSLATE_NOOP("EngineText", "Remove the red line on {criterion} first: it is set in levels."),
    QT_TRANSLATE_NOOP("EngineText", "Remove the red line on {criterion} first: it is set in numbers."),
    QT_TRANSLATE_NOOP("EngineText", "Level {level} of {criterion} is used by 1 score ({options}): set those scores "
                                    "to another level first, or keep the level."),
    QT_TRANSLATE_NOOP("EngineText", "Level {level} of {criterion} is used by {n} scores ({options}): set those "
                                    "scores to another level first, or keep the level."),
    QT_TRANSLATE_NOOP("EngineText", "The red line on {criterion} names level {level}: set it to another level first, "
                                    "or keep the level."),
    # services/edits.py
    QT_TRANSLATE_NOOP("EngineText", "Some of those criteria no longer exist."),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} holds other criteria, so it must stay a group."),
    QT_TRANSLATE_NOOP("EngineText", "Score of {cell}: {problem}"),
    QT_TRANSLATE_NOOP("EngineText", "The destination group no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} cannot be moved inside itself."),
    QT_TRANSLATE_NOOP("EngineText", "Criteria can only be placed inside a group."),
    # services/criterion_names.py
    QT_TRANSLATE_NOOP("EngineText", "Another criterion or group is already called {name}; give each criterion a name "
                                    "of its own, as the charts and the brief show criteria without their group."),
    QT_TRANSLATE_NOOP("EngineText", "A criterion in {group} is already called {name}; give each criterion a name of "
                                    "its own, as the charts and the brief show criteria without their group."),
    # services/elicitation.py
    QT_TRANSLATE_NOOP("EngineText", "the top level"),
    QT_TRANSLATE_NOOP("EngineText", "there are no criteria under {group} to weight"),
    QT_TRANSLATE_NOOP("EngineText", "the judgements for {group} mention criterion {id}, which does not exist"),
    QT_TRANSLATE_NOOP("EngineText", "swing ratings for {group} are missing for {criteria}"),
    QT_TRANSLATE_NOOP("EngineText", "importance ranks for {group} are missing for {criteria}"),
    QT_TRANSLATE_NOOP("EngineText", "weight judgements refer to criterion {id}, which does not exist"),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} is a scored criterion; weights are set among the criteria inside a "
                                    "group"),
    QT_TRANSLATE_NOOP("EngineText", "the judgements for {group} mention {criterion}, which is not directly under "
                                    "{group}"),
    QT_TRANSLATE_NOOP("EngineText", "weights under {group}: {problem}"),
    QT_TRANSLATE_NOOP("EngineText", "There are no weight judgements stored there."),
    # services/evidence.py
    QT_TRANSLATE_NOOP("EngineText", "That source is no longer in the library."),
    QT_TRANSLATE_NOOP("EngineText", "Select a passage of the source's text first."),
    QT_TRANSLATE_NOOP("EngineText", "The selected passage is {n:,} characters long; link at most {most:,}."),
    QT_TRANSLATE_NOOP("EngineText", "A source with id {id} is already in the library."),
    QT_TRANSLATE_NOOP("EngineText", "“{title}” is cited as evidence by {n} score ({cells}). Removing it also removes "
                                    "those links."),
    QT_TRANSLATE_NOOP("EngineText", "“{title}” is cited as evidence by {n} scores ({cells}). Removing it also "
                                    "removes those links."),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} is a group; link evidence to one of its scored criteria."),
    QT_TRANSLATE_NOOP("EngineText", "This passage is already linked to that score."),
    QT_TRANSLATE_NOOP("EngineText", "That evidence is no longer linked to the score."),
    # services/group.py
    QT_TRANSLATE_NOOP("EngineText", "There is no analyst {id} in this project."),
    # services/history_restore.py
    QT_TRANSLATE_NOOP("EngineText", "The history has no entry #{n}."),
    QT_TRANSLATE_NOOP("EngineText", "History entry #{n} ({target}) cannot be restored: {why}"),
    QT_TRANSLATE_NOOP("EngineText", "its option no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "its criterion no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "the analyst's cell already holds that value."),
    QT_TRANSLATE_NOOP("EngineText", "no criterion is called “{name}” any more."),
    QT_TRANSLATE_NOOP("EngineText", "several criteria are now called “{name}”."),
    QT_TRANSLATE_NOOP("EngineText", "that weight is already the analyst's."),
    QT_TRANSLATE_NOOP("EngineText", "the record already reads so."),
    QT_TRANSLATE_NOOP("EngineText", "“{action}” changes cannot be restored from the history; use Undo, or make the "
                                    "change again."),
    QT_TRANSLATE_NOOP("EngineText", "the analyst is no longer in the project."),
    QT_TRANSLATE_NOOP("EngineText", "the criterion no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "the criterion already has those details."),
    QT_TRANSLATE_NOOP("EngineText", "its old value is not valid any more ({problem})."),
    QT_TRANSLATE_NOOP("EngineText", "the cell already holds that value."),
    QT_TRANSLATE_NOOP("EngineText", "that weight is already current."),
    QT_TRANSLATE_NOOP("EngineText", "the option it recommends has been deleted since."),
    QT_TRANSLATE_NOOP("EngineText", "the option it records as decided has been deleted since."),
    QT_TRANSLATE_NOOP("EngineText", "criteria no longer exist ({ids})."),
    QT_TRANSLATE_NOOP("EngineText", "those weights are already current."),
    QT_TRANSLATE_NOOP("EngineText", "the option no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "the option already has those details."),
    # services/json_files.py (h28i)
    #: Translators: a file's name in quotes, the subject of a sentence about the file
    QT_TRANSLATE_NOOP("EngineText", "“{name}”"),
    #: Translators: {what} is the JSON reader's own English words, such as "expecting value"
    QT_TRANSLATE_NOOP("EngineText", "{file} is not valid JSON: {what} at line {line}, column {column}."),
    QT_TRANSLATE_NOOP("EngineText", "{file} holds the key {key} twice in the same object."),
    QT_TRANSLATE_NOOP("EngineText", "{file} is nested too deeply to be a decision file."),
    QT_TRANSLATE_NOOP("EngineText", "{file} holds a number too long to be read (more than {limit:,} digits)."),
    # services/marking.py
    QT_TRANSLATE_NOOP("EngineText", "A protective marking is at most {most} characters; this one has {n}."),
    # services/option_edits.py
    QT_TRANSLATE_NOOP("EngineText", "Another option is already called {name}; give each option a name of its own, so "
                                    "that the matrix, the charts and the brief can tell them apart."),
    QT_TRANSLATE_NOOP("EngineText", "That option no longer exists."),
    # services/packet_merge.py
    QT_TRANSLATE_NOOP("EngineText", "This packet was already imported on {when} UTC by {user} (history entry #{n}); "
                                    "take that import back before importing it again."),
    QT_TRANSLATE_NOOP("EngineText", "This packet has not been filled in yet (it is the one exported for {analyst}); "
                                    "import the packet they return."),
    QT_TRANSLATE_NOOP("EngineText", "This packet was not issued by this project (it came from another project called "
                                    "“{title}”, exported {when} UTC by {who}); open the project that exported it, "
                                    "perhaps a copy saved with Save As."),
    QT_TRANSLATE_NOOP("EngineText", "This packet was not issued by this project (it came from “{title}”, exported "
                                    "{when} UTC by {who}); open the project that exported it."),
    QT_TRANSLATE_NOOP("EngineText", "The packet does not match the one this project exported (content hash differs); "
                                    "it was altered after export."),
    QT_TRANSLATE_NOOP("EngineText", "1 value changed both in this project and in the packet since the export "
                                    "({values}). Nothing was imported; choose which side to keep."),
    QT_TRANSLATE_NOOP("EngineText", "{n} values changed both in this project and in the packet since the export "
                                    "({values}). Nothing was imported; choose which side to keep."),
    # services/packet_undo.py
    QT_TRANSLATE_NOOP("EngineText", "This packet's answers are not imported in this project (never imported, or "
                                    "already taken back); there is nothing to take back."),
    QT_TRANSLATE_NOOP("EngineText", "History entry #{n} does not record the values that import replaced, so it "
                                    "cannot be taken back."),
    # services/packets.py
    QT_TRANSLATE_NOOP("EngineText", "This packet has already been filled in; import it into the project that issued "
                                    "it (File > Elicitation packets > Import returned packet)."),
    QT_TRANSLATE_NOOP("EngineText", "“{name}” was not made from an elicitation packet, so there is nothing to "
                                    "return. Open the packet file you were sent (File > Open) and fill it in there."),
    QT_TRANSLATE_NOOP("EngineText", "The analyst {name} was removed from this working copy; their answers cannot be "
                                    "returned."),
    QT_TRANSLATE_NOOP("EngineText", "The packet cannot be recorded: this project is open read-only. {reason}"),
    QT_TRANSLATE_NOOP("EngineText", "The packet cannot be recorded: this project is open read-only."),
    # services/perspectives.py
    QT_TRANSLATE_NOOP("EngineText", "{option} on {criterion}"),
    QT_TRANSLATE_NOOP("EngineText", "That weight set no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "That scenario no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "That snapshot no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "Scenario {name} refers to option {id}, which does not exist."),
    QT_TRANSLATE_NOOP("EngineText", "Scenario {name} refers to {id}, which is not a scored criterion."),
    QT_TRANSLATE_NOOP("EngineText", "Perspective {name} gives points to criterion {id}, which does not exist."),
    QT_TRANSLATE_NOOP("EngineText", "Scenario {name}: the score of {cell} must be one of the levels ({levels})."),
    QT_TRANSLATE_NOOP("EngineText", "Scenario {name}: the score of {cell} must be a number from {lower:g} to "
                                    "{upper:g}."),
    # services/projects.py
    QT_TRANSLATE_NOOP("EngineText", "{name} is neither a Counterweight project ({suffix}) nor a decision file "
                                    "(.json)."),
    QT_TRANSLATE_NOOP("EngineText", "There is no file at {path}."),
    # services/red_lines.py
    QT_TRANSLATE_NOOP("EngineText", "That red line no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "The criterion of this red line no longer exists."),
    QT_TRANSLATE_NOOP("EngineText", "{criterion} is a group, not a scored criterion, so it cannot have a red line."),
    QT_TRANSLATE_NOOP("EngineText", "A red line with id {id} already exists."),
    # services/session.py
    QT_TRANSLATE_NOOP("EngineText", "This project is open read-only, so it cannot be changed."),
    QT_TRANSLATE_NOOP("EngineText", "This project is open read-only, so it cannot be changed. {reason}"),
    QT_TRANSLATE_NOOP("EngineText", "Only a read-only project is read again from its file."),
    # services/source_text.py
    QT_TRANSLATE_NOOP("EngineText", "The file is larger than {limit} MB, the most Counterweight imports as a source. "
                                    "Import the relevant part only."),
    QT_TRANSLATE_NOOP("EngineText", "Counterweight imports source text from .txt, .md and .html files, not “{kind}”."),
    QT_TRANSLATE_NOOP("EngineText", "The file holds no text to import."),
    QT_TRANSLATE_NOOP("EngineText", "The text is {n:,} characters long; a source can hold at most {most:,}. Import "
                                    "the relevant part only."),
    QT_TRANSLATE_NOOP("EngineText", "The file is not {encoding} text (unreadable byte at position {at}). Save it as "
                                    "UTF-8 and import it again."),
    QT_TRANSLATE_NOOP("EngineText", "The file does not exist."),
    QT_TRANSLATE_NOOP("EngineText", "That is a folder, not a file."),
    QT_TRANSLATE_NOOP("EngineText", "You do not have permission to read this file."),
    QT_TRANSLATE_NOOP("EngineText", "The file could not be read ({why})."),
    # services/spreadsheet_csv.py
    QT_TRANSLATE_NOOP("EngineText", "The file is empty: the first row must hold the column headings (option, "
                                    "criterion, score, ...)."),
    QT_TRANSLATE_NOOP("EngineText", "The file has {n} rows; at most {most} can be imported."),
    QT_TRANSLATE_NOOP("EngineText", "{name} is not UTF-8 text. In Excel, save it with the type 'CSV UTF-8 (Comma "
                                    "delimited)'; in LibreOffice, choose the character set 'Unicode (UTF-8)'."),
    QT_TRANSLATE_NOOP("EngineText", "{name} is not a CSV file, although its name says so: it looks like an Excel "
                                    "workbook or another zipped file. Rename it to end in .xlsx if it is a workbook; "
                                    "otherwise open it in Excel or LibreOffice and save it as an Excel workbook "
                                    "(.xlsx)."),
    # services/spreadsheet_files.py
    QT_TRANSLATE_NOOP("EngineText", "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)"),
    QT_TRANSLATE_NOOP("EngineText", "an old Excel 97-2003 workbook (.xls)"),
    QT_TRANSLATE_NOOP("EngineText", "an OpenDocument spreadsheet (.ods), as LibreOffice and OpenOffice save"),
    QT_TRANSLATE_NOOP("EngineText", "an Apple Numbers spreadsheet (.numbers)"),
    QT_TRANSLATE_NOOP("EngineText", "an Excel binary workbook (.xlsb)"),
    QT_TRANSLATE_NOOP("EngineText", "{name} is not an Excel workbook ({suffix}), although its name says so"),
    QT_TRANSLATE_NOOP("EngineText", "it is {kind}"),
    QT_TRANSLATE_NOOP("EngineText", "If it is a CSV file (values separated by commas, semicolons or tabs), rename it "
                                    "to end in .csv; otherwise {save_as}."),
    QT_TRANSLATE_NOOP("EngineText", "Counterweight cannot import {name}: {what}, and the import reads Excel "
                                    "workbooks (.xlsx, .xlsm) and CSV files (.csv, .tsv). {advice}"),
    QT_TRANSLATE_NOOP("EngineText", "{problem}: it holds text, perhaps a CSV file that was renamed. Rename it to end "
                                    "in .csv, or {save_as}."),
    QT_TRANSLATE_NOOP("EngineText", "The file {name} is larger than {limit} MB, far more than a decision needs; is "
                                    "it the right file?"),
    QT_TRANSLATE_NOOP("EngineText", "its name ends in {suffix}"),
    QT_TRANSLATE_NOOP("EngineText", "its name has no ending"),
    QT_TRANSLATE_NOOP("EngineText", "It looks like an Excel workbook: rename it to end in .xlsx."),
    QT_TRANSLATE_NOOP("EngineText", "To import it, {save_as}."),
    QT_TRANSLATE_NOOP("EngineText", "{problem}: it is {kind}. To import it, {save_as}."),
    QT_TRANSLATE_NOOP("EngineText", "{name} looks like an Excel workbook but cannot be read; it may be damaged or "
                                    "protected by a password. Open it in Excel or LibreOffice and save it as an "
                                    "Excel workbook (.xlsx), without a password."),
    QT_TRANSLATE_NOOP("EngineText", "{problem}. To import it, {save_as}."),
)

#: The things :func:`counterweight.domain.errors.write_failure` may fail to write ("Could not write the {what}: ...").
TERMS = (
    QT_TRANSLATE_NOOP("EngineText", "CSV file"),
    QT_TRANSLATE_NOOP("EngineText", "Excel workbook"),
    QT_TRANSLATE_NOOP("EngineText", "PDF brief"),
    QT_TRANSLATE_NOOP("EngineText", "decision file"),
    QT_TRANSLATE_NOOP("EngineText", "elicitation packet"),
)

#: The window's own sentence in :func:`counterweight.ui.engine_text.error_text`, whose ``translate(CONTEXT, ...)``
#: names its context by a variable, which lupdate skips (h28i: it was missing from the .ts). Kept out of
#: :data:`TEMPLATES`, which holds the Qt-free code's templates only.
WINDOW = (
    #: Translators: a place (a file, a field) and what is wrong there
    QT_TRANSLATE_NOOP("EngineText", "{where}: {message}"),
)
