"""XLSX export of a decision: sheets to read, plus the data sheets to import it again.

The workbook holds, in order:

* **Matrix** - options x leaf criteria: numbers, or level names; for a criterion
  with any uncertainty range, two more columns give each score's low and high end.
* **Weights** - the criteria tree with points, local and global weights (as %).
* **Results** - rank, option and overall score (0-100) for the decision's own
  aggregation method, with a note for options that are not ranked or breach a
  red line, then the method's own figures (TOPSIS D+, D−, C; PROMETHEE φ+, φ−,
  φ; VIKOR S, R, Q) and, under the table, how the score is derived.
* **Robustness** - the weight thresholds, the score changes that change the top
  option and every method's ranking, as the Sensitivity and Compare methods tabs
  show them (:mod:`counterweight.reports.xlsx_robustness`).
* **Rationales** - one row per piece of evidence (or per score that has only a
  rationale): option, criterion, score, rationale, source, locator, quote and
  credibility.
* **Method** - every setting behind the results: the method, normalisations,
  TOPSIS/PROMETHEE/VIKOR settings, each criterion's direction and value function,
  the red lines and the weighting judgements (:mod:`counterweight.reports.xlsx_method`).
* **Decision, Options, Criteria, Levels, Scores** - the import layout of
  :mod:`counterweight.reports.sheet_format`, so the file can be imported back.
* **README** - what each import column means.

Qt-free: only openpyxl, the domain and the engine.
"""

from __future__ import annotations

import io
import os
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.domain import Decision, NumericScale, QualitativeScale, Score
from counterweight.domain.errors import write_failure
from counterweight.engine import Evaluation, evaluate
from counterweight.reports.criterion_direction import better_words
from counterweight.reports.sheet_format import (
    marking_of,
    number_text,
    put,
    sheet_text,
    tidy_number,
    write_data_sheets,
    write_readme,
    write_table,
)
from counterweight.engine.shown_scores import SCORE_DECIMALS, score_decimals
from counterweight.reports.xlsx_robustness import SHEET_ROBUSTNESS, Robustness, write_robustness
from counterweight.reports.method_figures import column_values, figure_key, own_columns, score_rule
from counterweight.reports.xlsx_method import SHEET_METHOD, write_method

SHEET_MATRIX = "Matrix"
SHEET_WEIGHTS = "Weights"
SHEET_RESULTS = "Results"
SHEET_RATIONALES = "Rationales"

#: The reading sheets, in workbook order (the import layout follows them; the import never reads these).
REPORT_SHEETS = (SHEET_MATRIX, SHEET_WEIGHTS, SHEET_RESULTS, SHEET_ROBUSTNESS, SHEET_RATIONALES, SHEET_METHOD)

_SCORE_FORMAT = "0.0"
_PERCENT_FORMAT = "0.0%"


def scale_words(decision: Decision, criterion_id: str) -> str:
    """``0 to 10 points, higher is better`` or ``levels: Low, Medium, High``."""
    crit = decision.criterion(criterion_id)
    scale = crit.scale
    if isinstance(scale, QualitativeScale):
        return "levels: " + ", ".join(lv.label for lv in scale.levels)
    if isinstance(scale, NumericScale):
        unit = f" {crit.unit}" if crit.unit else ""
        text = f"{number_text(scale.lower)} to {number_text(scale.upper)}{unit}"
        return text + (", piecewise value function" if scale.breakpoints else f", {crit.direction.label}")
    return "group"


def score_text(score: Score | None) -> str:
    """A score in words for the Rationales sheet: ``5 (3 to 7)``, ``High`` or empty."""
    if score is None or score.is_missing:
        return ""
    if score.level is not None:
        return score.level
    assert score.value is not None
    text = number_text(score.value)
    if score.low is not None or score.high is not None:
        low = number_text(score.low) if score.low is not None else "?"
        high = number_text(score.high) if score.high is not None else "?"
        text += f" ({low} to {high})"
    return text


def _has_range(decision: Decision, criterion_id: str) -> bool:
    return any(
        s.criterion_id == criterion_id and (s.low is not None or s.high is not None) for s in decision.scores
    )


def matrix_rows(decision: Decision, labels: dict[str, str]) -> tuple[list[str], list[list[Any]], list[str]]:
    """Header, rows and the criterion id behind each column of the score matrix.

    Numbers stay numbers and levels are their names; a missing score is ``None``.
    A numeric criterion with any range gets ``<label> low`` and ``<label> high``
    columns right after its own.
    """
    headers, col_ids, getters = ["Option"], [""], []
    for leaf in decision.leaves:
        label = labels.get(leaf.id, leaf.name)
        headers.append(label)
        col_ids.append(leaf.id)
        getters.append((leaf.id, "main"))
        if isinstance(leaf.scale, NumericScale) and _has_range(decision, leaf.id):
            headers += [f"{label} low", f"{label} high"]
            col_ids += [leaf.id, leaf.id]
            getters += [(leaf.id, "low"), (leaf.id, "high")]
    rows: list[list[Any]] = []
    for opt in decision.options:
        row: list[Any] = [opt.name]
        for cid, part in getters:
            s = decision.score(opt.id, cid)
            if s is None:
                row.append(None)
            elif part == "low":
                row.append(s.low)
            elif part == "high":
                row.append(s.high)
            else:
                row.append(s.level if s.level is not None else s.value)
        rows.append(row)
    return headers, rows, col_ids


def _write_matrix(ws: Worksheet, decision: Decision, evaluation: Evaluation) -> None:
    labels = dict(zip(evaluation.leaf_ids, evaluation.leaf_labels))
    headers, rows, col_ids = matrix_rows(decision, labels)
    write_table(ws, headers, rows, [32] + [16] * (len(headers) - 1))
    for j, cid in enumerate(col_ids[1:], start=2):
        note = f"{decision.path_name(cid)}\nScale: {scale_words(decision, cid)}"
        comment = Comment(sheet_text(note), "Counterweight")
        comment.width, comment.height = 260, 90
        ws.cell(row=1, column=j).comment = comment
    ws.freeze_panes = "B2"


def _write_weights(ws: Worksheet, decision: Decision, evaluation: Evaluation) -> None:
    headers = ["Criterion", "Group", "Points", "Local weight", "Global weight", "Scale", "Direction"]
    rows, depths = [], []
    for crit, depth in decision.walk():
        parent = decision.criterion(crit.parent_id).name if crit.parent_id else None
        rows.append([crit.name, parent, crit.weight, tidy_number(evaluation.local_weights.get(crit.id, 0.0)),
                     tidy_number(evaluation.global_weights.get(crit.id, 0.0)), scale_words(decision, crit.id),
                     better_words(crit)])  # levels: "set by the level values", as in the brief
        depths.append(depth)
    write_table(ws, headers, rows, [40, 24, 10, 14, 14, 36, 16])
    for i, depth in enumerate(depths, start=2):
        ws.cell(row=i, column=1).alignment = Alignment(indent=2 * depth)
        for col in (4, 5):
            ws.cell(row=i, column=col).number_format = _PERCENT_FORMAT


def result_note(evaluation: Evaluation, option_id: str) -> str:
    """Why an option is not ranked, and the red lines it breaches, in words."""
    notes = []
    if option_id in evaluation.excluded_option_ids:
        notes.append("excluded by a red line")
    if option_id in evaluation.unranked_option_ids or not evaluation.is_computed(option_id):
        notes.append("not ranked: a weighted criterion has no score")
    if option_id in evaluation.compromise_option_ids:
        notes.append("in the compromise set")
    notes += [b.reason for b in evaluation.breaches_of(option_id)]
    return "; ".join(notes)


def _write_results(ws: Worksheet, evaluation: Evaluation) -> None:
    own = own_columns(evaluation)  # QA 23 item 5: the method's own figures, after the note (read by export_notes)
    headers = (["Rank", "Option", f"Score (0-100), {evaluation.aggregation.label}", "Note"]
               + [c.header for c in own])
    figures = [column_values(evaluation, c) for c in own]
    rows = []
    for i in evaluation.order:
        oid = evaluation.option_ids[int(i)]
        rank = int(evaluation.ranks[int(i)]) if evaluation.is_ranked(oid) else None
        # an option the method could not compute has an empty cell, not 0 (also when a red line excludes it)
        score = 100.0 * float(evaluation.totals[int(i)]) if evaluation.is_computed(oid) else None
        rows.append([rank, evaluation.option_names[int(i)], score, result_note(evaluation, oid) or None]
                    + [values[int(i)] for values in figures])
    write_table(ws, headers, rows, [8, 32, 24, 60] + [12] * len(own))
    # one decimal, or as many as tell every two ranks apart (as in the brief and the window)
    places = score_decimals(evaluation)
    shown = _SCORE_FORMAT if places == SCORE_DECIMALS else "0." + "0" * places
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=3).number_format = shown
        for k, c in enumerate(own, start=5):
            ws.cell(row=r, column=k).number_format = "+0.000;-0.000;0.000" if c.sign else "0.000"
    # how the score is derived, and what the method's own columns are, under the table
    for r, text in enumerate([score_rule(evaluation), figure_key(own)], start=len(rows) + 3):
        if text:
            put(ws, r, 1, text)


def rationale_rows(decision: Decision) -> list[list[Any]]:
    """One row per piece of evidence, or per score that has a rationale but no evidence."""
    rows: list[list[Any]] = []
    for s in decision.scores:
        base = [decision.option(s.option_id).name, decision.criterion(s.criterion_id).name, score_text(s),
                s.rationale or None]
        if not s.evidence:
            if s.rationale:
                rows.append(base + [None, None, None, None])
            continue
        for ev in s.evidence:
            src = decision.source(ev.source_id) if ev.source_id else None
            rows.append(base + [src.citation() if src is not None else ev.source, ev.locator or None,
                                ev.quote or None, ev.credibility.label])
    return rows


def _write_rationales(ws: Worksheet, decision: Decision) -> None:
    headers = ["Option", "Criterion", "Score", "Rationale", "Evidence source", "Locator", "Quote", "Credibility"]
    rows = rationale_rows(decision)
    write_table(ws, headers, rows, [28, 28, 14, 60, 36, 14, 60, 12])
    if not rows:
        return
    # Rationale and quote wrap. The cells of those columns carry no other style, so the first one's
    # style record is copied to the rest: setting the alignment cell by cell makes openpyxl look the
    # style up 2 x 60,000 times at 1,000 x 60 (2 s of a 13 s export; session 21).
    for col in (4, 7):
        first = ws.cell(row=2, column=col)
        first.alignment = Alignment(wrap_text=True, vertical="top")
        for r in range(3, len(rows) + 2):
            ws.cell(row=r, column=col)._style = copy(first._style)


def mark_pages(wb: Workbook, marking: str) -> None:
    """Print the protective marking at the top and bottom of every printed page of every sheet."""
    if not marking:
        return
    text = marking.replace("&", "&&")  # '&' starts a header code in Excel
    for ws in wb.worksheets:
        for part in (ws.oddHeader.center, ws.oddFooter.center, ws.evenHeader.center, ws.evenFooter.center):
            part.text = text
            part.font = "Arial,Bold"


def build_workbook(decision: Decision, evaluation: Evaluation | None = None,
                   robustness: Robustness | None = None) -> Workbook:
    """The export workbook in memory (see the module docstring for its sheets).

    Parameters
    ----------
    decision : Decision
    evaluation : Evaluation, optional
        The evaluation to report; computed with the decision's own method when omitted.
    robustness : Robustness, optional
        The sensitivity, distance-to-flip and method comparison of ``decision``
        (already computed by the caller); computed when omitted.
    """
    evaluation = evaluation if evaluation is not None else evaluate(decision)
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = SHEET_MATRIX
    _write_matrix(first, decision, evaluation)
    _write_weights(wb.create_sheet(SHEET_WEIGHTS), decision, evaluation)
    _write_results(wb.create_sheet(SHEET_RESULTS), evaluation)
    write_robustness(wb.create_sheet(SHEET_ROBUSTNESS), decision, robustness)
    _write_rationales(wb.create_sheet(SHEET_RATIONALES), decision)
    write_method(wb.create_sheet(SHEET_METHOD), decision, evaluation)  # QA 23 item 6: every setting, for reading
    write_data_sheets(wb, decision)
    write_readme(wb)
    mark_pages(wb, marking_of(decision))
    wb.properties.title = sheet_text(decision.title)
    wb.properties.creator = "Counterweight"
    return wb


def save_workbook(wb: Workbook, path: str | Path) -> Path:
    """Save ``wb`` at ``path`` through a temporary file, so a failed write leaves no half file.

    Raises
    ------
    CounterweightError
        The file cannot be written; ``where`` names ``path`` (never the temporary file).
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    data = io.BytesIO()  # QA 28: saved to a file, a full disk left the zip archive to fail again when collected
    try:
        wb.save(data)
        with open(tmp, "wb") as fh:
            fh.write(data.getbuffer())
        os.replace(tmp, target)
    except OSError as exc:  # name the file asked for, not the hidden temporary one
        raise write_failure(target, "Excel workbook", exc) from exc
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # a folder, or no permission: nothing of ours to clean up
            pass
    return target


def write_xlsx(decision: Decision, path: str | Path, evaluation: Evaluation | None = None,
               robustness: Robustness | None = None) -> Path:
    """Write the export workbook of ``decision`` to ``path`` and return the path."""
    return save_workbook(build_workbook(decision, evaluation, robustness), path)


__all__ = [
    "REPORT_SHEETS", "SHEET_MATRIX", "SHEET_METHOD", "SHEET_RATIONALES", "SHEET_RESULTS", "SHEET_ROBUSTNESS",
    "SHEET_WEIGHTS",
    "build_workbook",
    "mark_pages",
    "matrix_rows", "rationale_rows", "result_note", "save_workbook", "scale_words", "score_text", "write_xlsx",
]
