"""What a spreadsheet export leaves out that its reader must know.

A workbook or a CSV file is made for reading and for sharing scores; it does not
carry everything a project holds (docs/spreadsheets.md lists it). Two losses matter
enough to say at the moment of export, in the window and on the command line:

* the **protective marking**: a CSV file has no place for it (the workbook carries it
  in every sheet's header and footer), so the file must be labelled by hand;
* what **changes the ranking** when the file is imported back: red lines, the method
  settings (a method other than the weighted sum with value functions) and the
  analysts' own inputs. Imported, the decision would be ranked without them;
* everything else the file does not bring back (QA pass 22): the record of how the
  weights were set, evidence, perspectives and the like; and for the long CSV the
  title, the groups, descriptions and level descriptors. Nothing is dropped without a word.

The score-matrix CSV is made for reading: imported back it is read as a plain score
table (equal weights, every direction "higher is better", scales from the data), so
that is said with its marking. The long CSV carries value functions (its ``breakpoints`` column).

:func:`workbook_notes` says the same at the other end: a workbook that Counterweight
exported says in its Results sheet which method ranked it and which red lines applied,
so importing it tells the user what the new project will not have.

Each note is a :class:`~counterweight.engine.phrase.Phrase`: English on the command
line, translated in the window.
"""

from __future__ import annotations

from pathlib import Path

from collections.abc import Sequence

from counterweight.domain import AggregationMethod, Decision, Normalization, QualitativeScale, WeightMethod
from counterweight.domain.methods import UncertaintySettings
from counterweight.engine.phrase import Phrase

#: The Results sheet's score heading, as the export writes it: "Score (0-100), <method label>".
_SCORE_HEADING = "Score (0-100), "

#: The formats :func:`spreadsheet_notes` knows: an Excel workbook, or a CSV file.
XLSX, CSV = "xlsx", "csv"
#: The CSV layouts (as in :mod:`counterweight.reports.csv_export`): the matrix for reading, the long one to import.
MATRIX, LONG = "matrix", "long"


def listed(items: Sequence[str]) -> str:
    """``A``; ``A and B``; ``A, B and C``: a phrase whose parts (names, or phrases) the window translates."""
    if len(items) <= 1:
        return "".join(items) if not items or not isinstance(items[0], Phrase) else items[0]
    if len(items) == 2:
        return Phrase("{first} and {second}", first=items[0], second=items[1])
    return Phrase("{first}, {rest}", first=items[0], rest=listed(items[1:]))


def _names(names: Sequence[str]) -> str:
    return listed([f"'{n}'" for n in names])


def spreadsheet_notes(decision: Decision, fmt: str, layout: str = MATRIX) -> list[Phrase]:
    """The notes for exporting ``decision`` as ``fmt`` (:data:`XLSX` or :data:`CSV`); empty if none.

    Parameters
    ----------
    decision : Decision
        The decision written to the file.
    fmt : str
        ``"xlsx"`` or ``"csv"``.
    layout : str
        For a CSV file, :data:`MATRIX` (for reading; it imports only as a plain table) or :data:`LONG`.
    """
    notes: list[Phrase] = []
    if fmt == CSV and decision.marking.strip():
        notes.append(Phrase("A CSV file has no place for the protective marking {marking}: label the file as "
                            "your handling rules require.", marking=decision.marking.strip()))
    if fmt == CSV and layout != LONG:  # imported back it is a plain score table: say what that loses
        notes.append(Phrase("Imported back, this score table would come in as a plain table: equal weights, "
                            "every direction 'higher is better' and each scale from the scores in the file. To "
                            "bring the decision back, export a workbook (.xlsx) or the CSV with one row per "
                            "score."))
        return notes
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
    if fmt == CSV:
        lost += _csv_losses(decision)
    lost += _record_losses(decision)
    rest = _other_losses(decision, fmt)
    if rest:
        lost.append(Phrase("Importing the file back would also lose {things}.", things=listed(rest)))
    if lost:
        notes += lost
        notes.append(Phrase("For a copy that keeps everything, keep the project file or export the decision as "
                            "JSON. The workbook's Method sheet lists the method settings, the red lines and the "
                            "weighting judgements, for reading.") if fmt == XLSX else  # QA 23 item 6
                     Phrase("For a copy that keeps everything, keep the project file or export the decision as "
                            "JSON."))
    return notes


def _csv_losses(decision: Decision) -> list[Phrase]:
    """What the long CSV has no column for that the user will miss at once: the title and the groups."""
    out = [Phrase("A CSV file has no place for the title {title}: the project imported from it is named after "
                  "the file.", title=f"'{decision.title}'")]
    groups = [c.name for c, _ in decision.walk() if c.is_group]
    if groups:
        out.append(Phrase("Importing the file back would bring the criteria back without their groups ({groups}), "
                          "each weighted by its global weight, so the ranking would not change.",
                          groups=_names(groups)))
    return out


def _record_losses(decision: Decision) -> list[Phrase]:
    """The weights come back as points; how they were set (QA pass 22 item 9) does not."""
    records = [e for e in decision.elicitations
               if e.method is not WeightMethod.DIRECT or e.elicited_by.strip() or e.note.strip()]
    methods = list(dict.fromkeys(e.method.label for e in records))
    if not methods:
        return []
    return [Phrase("Importing the file back would keep the weights as points but lose the record of how they were "
                   "set ({methods}): the judgements, who made them and when, and any note.",
                   methods=listed([Phrase.term(m) for m in methods]))]


def _other_losses(decision: Decision, fmt: str) -> list[Phrase]:
    """The rest of what the file does not bring back, each as a phrase to list ("the perspectives")."""
    out: list[Phrase] = []
    if fmt == CSV:
        if decision.description.strip():
            out.append(Phrase("the description"))
        if decision.notice.strip():
            out.append(Phrase("the notice"))
        if any(o.description.strip() for o in decision.options):
            out.append(Phrase("the options' descriptions"))
        if any(o.source.strip() for o in decision.options):
            out.append(Phrase("the options' sources"))
        if any(c.description.strip() for c in decision.criteria):
            out.append(Phrase("the criteria's descriptions"))
        described = [c.name for c in decision.leaves if isinstance(c.scale, QualitativeScale)
                     and any(lv.descriptor.strip() for lv in c.scale.levels)]
        if described:
            out.append(Phrase("the level descriptors of {criteria}", criteria=_names(described)))
    if decision.sources or any(s.evidence for s in decision.scores):
        out.append(Phrase("the evidence linked to the scores and the source library")
                   if fmt == CSV else
                   Phrase("the evidence linked to the scores and the source library (the Rationales sheet lists "
                          "the evidence, for reading)"))
    if any(s.distribution is not None for s in decision.scores):
        out.append(Phrase("the scores' distributions"))
    if decision.method.uncertainty != UncertaintySettings():
        out.append(Phrase("the uncertainty settings"))
    if decision.weight_sets:
        out.append(Phrase("the perspectives"))
    if decision.scenarios:
        out.append(Phrase("the score scenarios"))
    if decision.snapshots:
        out.append(Phrase("the snapshots"))
    return out


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


__all__ = ["CSV", "LONG", "MATRIX", "XLSX", "listed", "spreadsheet_notes", "workbook_notes"]
