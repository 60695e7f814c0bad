"""What a spreadsheet export leaves out that its reader must know.

A workbook or a CSV file is made for reading and for sharing scores; it does not
carry everything a project holds (docs/spreadsheets.md lists it). Two losses matter
enough to say at the moment of export, in the window and on the command line:

* the **protective marking**: a CSV file has no place for it (the workbook carries it
  in every sheet's header and footer), so the file must be labelled by hand;
* what **changes the ranking** when the file is imported back: red lines, the method
  settings (a method other than the weighted sum with value functions) and the
  analysts' own inputs. Imported, the decision would be ranked without them.

Each note is a :class:`~counterweight.engine.phrase.Phrase`: English on the command
line, translated in the window.
"""

from __future__ import annotations

from counterweight.domain import AggregationMethod, Decision, Normalization
from counterweight.engine.phrase import Phrase

#: The formats :func:`spreadsheet_notes` knows: an Excel workbook, or a CSV file.
XLSX, CSV = "xlsx", "csv"


def spreadsheet_notes(decision: Decision, fmt: str) -> list[Phrase]:
    """The notes for exporting ``decision`` as ``fmt`` (:data:`XLSX` or :data:`CSV`); empty if none.

    Parameters
    ----------
    decision : Decision
        The decision written to the file.
    fmt : str
        ``"xlsx"`` or ``"csv"``.
    """
    notes: list[Phrase] = []
    if fmt == CSV and decision.marking.strip():
        notes.append(Phrase("A CSV file has no place for the protective marking {marking}: label the file as "
                            "your handling rules require.", marking=decision.marking.strip()))
    lost: list[Phrase] = []
    if decision.red_lines:
        lost.append(Phrase("Importing the file back would lose the red lines, so no option would be flagged "
                           "or excluded."))
    method = decision.method
    if method.aggregation is not AggregationMethod.WSM or method.normalization is not Normalization.VALUE_FUNCTION:
        lost.append(Phrase("Importing the file back would lose the method settings ({method}): the decision "
                           "would be ranked by the weighted sum with value functions.",
                           method=Phrase.term(method.aggregation.label)))
    if decision.analysts:
        lost.append(Phrase("Importing the file back would lose the analysts and their own inputs, so there "
                           "would be no group view."))
    if lost:
        notes += lost
        notes.append(Phrase("For a copy that keeps everything, keep the project file or export the decision as "
                            "JSON."))
    return notes


__all__ = ["CSV", "XLSX", "spreadsheet_notes"]
