"""The Robustness sheet of the XLSX export: the figures of the Sensitivity and Compare methods tabs.

Three tables, one under the other, each with a title, a line saying what was
assumed and a header row styled like every other sheet's:

* **Weight thresholds** - per criterion (tree order), its local weight and the
  local and global weights at which another option comes first when it falls or
  rises, with that option: the Sensitivity tab's threshold table
  (:func:`counterweight.engine.sensitivity.weight_sensitivity`).
* **Score changes** - every single score change that puts another option first,
  smallest share of its scale first: the tornado's score bars
  (:func:`counterweight.engine.flip.flip_distances`), with the verdict sentence of
  the brief (:func:`counterweight.reports.brief_verdict.summary_sentences`).
* **Ranking by each method** - every option's rank under each aggregation method,
  the agreement summary and Kendall's tau-b between methods: the Compare methods
  tab (:func:`counterweight.engine.comparison.compare_methods`).

Nothing is computed here that the window does not compute the same way; numbers
stay numbers (shares as fractions with a percentage format). The sheet is for
reading: the spreadsheet import never reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.domain import Decision, QualitativeScale
from counterweight.domain.wording import join_words
from counterweight.engine.comparison import MethodComparison, compare_methods
from counterweight.engine.evaluate import evaluate
from counterweight.engine.flip import FlipResult, sensitivity_and_flips
from counterweight.engine.flip_red_lines import breaches_after, flagged, new_top_breaches
from counterweight.engine.red_lines import RedLineBreach
from counterweight.engine.sensitivity import SensitivityResult, Threshold
from counterweight.reports.brief_verdict import summary_sentences
from counterweight.reports.sheet_format import put, write_header, write_rows

SHEET_ROBUSTNESS = "Robustness"

_PERCENT = "0.0%"
_WIDTHS = (44, 16, 16, 16, 30, 16, 16, 30, 60)
_NO_THRESHOLD = "No weight from 0 % to 100 % puts another option first."


@dataclass(frozen=True, eq=False)
class Robustness:
    """The analyses the sheet reports, as the Sensitivity and Compare methods tabs compute them."""

    sensitivity: SensitivityResult
    flips: FlipResult
    comparison: MethodComparison


def robustness_of(decision: Decision) -> Robustness:
    """Weight sensitivity, distance to flip and the method comparison of ``decision``, evaluating its method once."""
    evaluation = evaluate(decision)
    return Robustness(*sensitivity_and_flips(decision, base=evaluation), compare_methods(decision, evaluated=evaluation))


def _name(decision: Decision, option_id: str | None, breaches: tuple[RedLineBreach, ...] = ()) -> str | None:
    """An option's name, then ``(⚑ breaches the red line on …)`` for the red lines it breaches (as in the brief)."""
    if option_id is None:
        return None
    return flagged(decision.option(option_id).name if decision.has_option(option_id) else option_id, breaches)


def _title(ws: Worksheet, row: int, text: str, size: int = 12) -> int:
    put(ws, row, 1, text)
    ws.cell(row=row, column=1).font = Font(bold=True, size=size)
    return row + 1


def _lines(ws: Worksheet, row: int, texts: list[str]) -> int:
    for text in texts:
        put(ws, row, 1, text)
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=False, vertical="top")
        row += 1
    return row


def _percent(ws: Worksheet, first: int, last: int, columns: tuple[int, ...]) -> None:
    for r in range(first, last):
        for c in columns:
            ws.cell(row=r, column=c).number_format = _PERCENT


def _threshold(t: Threshold | None, decision: Decision) -> list[Any]:
    if t is None:
        return [None, None, None]
    return [t.local_weight, t.global_weight, _name(decision, t.new_top_id, breaches_after(decision, t.new_top_id))]


def _weights(ws: Worksheet, row: int, decision: Decision, sens: SensitivityResult) -> int:
    row = _title(ws, row, "Weight thresholds")
    row = _lines(ws, row, [
        "One weight is moved at a time while the criteria beside it (in the same group) keep their proportions.",
        "Local weight: the criterion's share of its group; global weight: its share of the total. 'Then first' is"
        " the option that comes first just past the threshold, as on the Sensitivity tab.",
        *sens.notes])
    write_header(ws, row, ["Criterion", "Weight now (local)", "Down to (local)", "Down to (global)", "Then first",
                           "Up to (local)", "Up to (global)", "Then first", "Note"])
    first = row + 1
    rows = []
    for c in sens.criteria:
        notes = [c.note] if c.note else []
        if c.decrease is None and c.increase is None and not c.note:
            notes.append(_NO_THRESHOLD)
        searched = [t for t in (c.decrease, c.increase) if t is not None and not t.exact]
        if searched:
            notes.append(f"Found by search, to within {100 * searched[0].tolerance:.1g} percentage points.")
        rows.append([c.label, c.local_weight, *_threshold(c.decrease, decision),
                     *_threshold(c.increase, decision), " ".join(notes) or None])
    end = write_rows(ws, first, rows)
    _percent(ws, first, end, (2, 3, 4, 6, 7))
    for r, c in enumerate(sens.criteria, start=first):
        ws.cell(row=r, column=1).alignment = Alignment(indent=2 * len(decision.ancestors(c.criterion_id))
                                                       if decision.has_criterion(c.criterion_id) else 0)
    return end + 1


def _unit(decision: Decision, criterion_id: str) -> str | None:
    crit = decision.criterion(criterion_id) if decision.has_criterion(criterion_id) else None
    if crit is None:
        return None
    if isinstance(crit.scale, QualitativeScale):
        return "level value points (0-100)"
    return crit.unit or None


def _scores(ws: Worksheet, row: int, decision: Decision, flips: FlipResult) -> int:
    row = _title(ws, row, "Score changes that change the top option")
    scores = [i for i in flips.items if i.kind == "score"]
    moving = [i for i in scores if i.fraction is not None and i.change is not None]
    verdict = summary_sentences(decision, flips)
    still = len(scores) - len(moving)
    row = _lines(ws, row, [
        *verdict,
        "One score is changed at a time, every other score and every weight as they are; smallest share of the"
        " scale's range first. A score rated with a level moves to the nearest level that changes the top option.",
        *(n for n in flips.notes if n not in verdict),
        *(["No single score change within its scale changes the top option."] if not moving else
          [f"The other {still} scores cannot change the top option by any value within their scale."] if still
          else []),
    ])
    write_header(ws, row, ["Option", "Criterion", "Score now", "Changed to", "Then first", "Change", "Unit",
                           "Share of the scale's range", "How found"])
    first = row + 1
    rows = []
    for it in moving:
        option = decision.option(it.option_id).name if it.option_id and decision.has_option(it.option_id) \
            else it.option_id
        crit = decision.path_name(it.criterion_id) if decision.has_criterion(it.criterion_id) else it.criterion_id
        rows.append([option, crit, it.current, it.target,
                     _name(decision, it.new_top_id, new_top_breaches(decision, it)), it.change,
                     _unit(decision, it.criterion_id), it.fraction,
                     "exact" if it.exact else "search over the scale"])
    end = write_rows(ws, first, rows)
    _percent(ws, first, end, (8,))
    return end + 1


def _methods(ws: Worksheet, row: int, decision: Decision, cmp: MethodComparison) -> int:
    row = _title(ws, row, "Ranking by each method")
    current = decision.method.aggregation
    row = _lines(ws, row, [
        cmp.summary,
        "Each method with the settings stored in the decision, as on the Compare methods tab. Rank 1 is best; tied"
        " options share a rank.",
    ])
    methods = cmp.methods
    write_header(ws, row, ["Option", *(m.label + (" (in use)" if m is current else "") for m in methods)])
    lead = cmp.evaluations[current] if current in cmp.evaluations else cmp.evaluations[methods[0]]
    rows = []
    for i in lead.order:
        oid = lead.option_ids[int(i)]
        cells: list[Any] = [lead.option_names[int(i)]]
        for m in methods:
            ev = cmp.evaluations[m]
            if ev.is_ranked(oid):
                cells.append(ev.rank_of(oid))
            else:
                cells.append("excluded by a red line" if ev.is_excluded(oid) else "not ranked (a score is missing)")
        rows.append(cells)
    end = write_rows(ws, row + 1, rows) + 1
    end = _title(ws, end, "Agreement between methods (Kendall's tau-b over the options every method ranks)", 11)
    write_header(ws, end, ["Method", *(m.label for m in methods)])
    taus = [[a.label, *(cmp.tau_between(a, b) if cmp.tau_between(a, b) is not None else "undefined"
                        for b in methods)] for a in methods]
    last = write_rows(ws, end + 1, taus)
    for r in range(end + 1, last):
        for c in range(2, len(methods) + 2):
            ws.cell(row=r, column=c).number_format = "0.00"
    return last + 1


def write_robustness(ws: Worksheet, decision: Decision, robustness: Robustness | None = None) -> None:
    """Fill ``ws`` with the Robustness sheet; ``robustness`` is computed when not given."""
    found = robustness if robustness is not None else robustness_of(decision)
    for j, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
    row = _title(ws, 1, "How robust is the ranking?", 14)
    flips = found.flips
    if len(flips.tied_ids) > 1:
        lead = " Tied for first: " + join_words([_name(decision, o, breaches_after(decision, o)) or o
                                                 for o in flips.tied_ids]) + "."
    else:
        top = _name(decision, flips.top_id, breaches_after(decision, flips.top_id))
        lead = f" Top option: {top}." if top else ""
    row = _lines(ws, row, [f"Method in use: {decision.method.aggregation.label}.{lead}"])
    row = _weights(ws, row + 1, decision, found.sensitivity)
    row = _scores(ws, row, decision, found.flips)
    _methods(ws, row, decision, found.comparison)


__all__ = ["Robustness", "SHEET_ROBUSTNESS", "robustness_of", "write_robustness"]
