"""What a spreadsheet export leaves out that its reader must know.

A workbook or a CSV file is made for reading and for sharing scores; it does not
carry everything a project holds (docs/spreadsheets.md lists it). Two losses matter
enough to say at the moment of export, in the window and on the command line:

* the **protective marking**: a CSV file has no place for it (the workbook carries it
  in every sheet's header and footer), so the file must be labelled by hand;
* what **changes the ranking** when the file is imported back: red lines, the method
  settings (a method other than the weighted sum with value functions) and the
  analysts' own inputs. Imported, the decision would be ranked without them.

:func:`workbook_notes` says the same at the other end: a workbook that Counterweight
exported says in its Results sheet which method ranked it and which red lines applied,
so importing it tells the user what the new project will not have.

Each note is a :class:`~counterweight.engine.phrase.Phrase`: English on the command
line, translated in the window.
"""

from __future__ import annotations

from pathlib import Path

from counterweight.domain import AggregationMethod, Decision, Normalization
from counterweight.engine.phrase import Phrase

#: The Results sheet's score heading, as the export writes it: "Score (0-100), <method label>".
_SCORE_HEADING = "Score (0-100), "

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


def workbook_notes(path: str | Path) -> list[Phrase]:
    """What importing the workbook at ``path`` leaves out that its own Results sheet shows.

    Reads only the Results sheet of a workbook Counterweight exported (a filled-in
    template has none): a method other than the weighted sum named in its score
    heading, and red lines named in its notes. Empty when there is nothing to say,
    or the sheet cannot be read (the import itself reports a bad file).
    """
    from openpyxl import load_workbook  # loads on first use, as the importer does

    try:
        wb = load_workbook(Path(path), read_only=True, data_only=True, keep_links=False)
    except Exception:  # noqa: BLE001 - the import itself names a file it cannot read
        return []
    try:
        ws = next((w for w in wb.worksheets if w.title.casefold() == "results"), None)
        if ws is None:
            return []
        rows = [[str(c) if c is not None else "" for c in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    notes: list[Phrase] = []
    heading = next((c for c in (rows[0] if rows else []) if c.startswith(_SCORE_HEADING)), "")
    method = heading[len(_SCORE_HEADING):]
    if method and method != AggregationMethod.WSM.label:
        notes.append(Phrase("The workbook's results were worked out with {method}; the imported project is "
                            "ranked by the weighted sum, because a spreadsheet does not carry method settings.",
                            method=Phrase.term(method)))
    if any("red line" in cell for row in rows[1:] for cell in row[3:4]):
        notes.append(Phrase("The workbook's results show red lines; a spreadsheet does not carry them, so the "
                            "imported project has none: add them again under Red lines."))
    return notes


__all__ = ["CSV", "XLSX", "spreadsheet_notes", "workbook_notes"]
