"""The Method sheet of the XLSX export: every setting a reviewer needs to recompute the results (QA 23 item 6).

The Results and Robustness sheets give the figures; this sheet states, as text and
numbers, everything they were computed with, one table under the other:

* **Aggregation** - the method used, how its 0-100 score is derived, the
  normalisation of the weighted sum and product, TOPSIS's normalisation and
  distance, VIKOR's v and DQ (the Robustness sheet ranks by every method, with the
  settings saved in the project, so all of them are given) and the tie rule;
* **Criteria** - per scored criterion, its scale and unit, which scores are better,
  its value function (bounds, breakpoints or level values), its global weight and
  PROMETHEE II's preference function with its thresholds;
* **Red lines** - criterion, limit, action, note and the options beyond it;
* **Weighting** - per group, how the weights were set; for AHP the pairwise matrix,
  the priority method, the priorities and the points stored, lambda_max, CI, RI with
  its table and source, and CR (:mod:`counterweight.reports.weighting_words`).

The sheet is for reading: the spreadsheet import never reads it (it is one of
``REPORT_SHEETS``), so the method settings, red lines and judgements are not brought
back on import (docs/spreadsheets.md).
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from counterweight.domain import Decision, NumericScale, QualitativeScale
from counterweight.domain.elements import Direction
from counterweight.domain.elicitation import POINT_DECIMALS, WeightMethod
from counterweight.domain.errors import CounterweightError
from counterweight.domain.methods import AggregationMethod, CriterionPreference, Normalization, RedLineAction
from counterweight.domain.shown_numbers import fixed
from counterweight.engine.ahp import CR_THRESHOLD, AhpResult
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.judged_weights import edited_since, judged_weights
from counterweight.reports.criterion_direction import better_words
from counterweight.reports.method_figures import score_rule, vikor_answer
from counterweight.reports.red_line_words import limit_words
from counterweight.reports.sheet_format import breakpoints_text, levels_text, number_text, put, write_header, write_rows
from counterweight.reports.weighting_words import points_total, priority_words
from counterweight.reports.english_dates import english_date, in_zone

SHEET_METHOD = "Method"

_WIDTHS = (30, 22, 16, 22, 36, 12, 26, 10, 10, 10)
_FRACTION = "# ?/?"  # a judgement 1/3 reads "1/3" and stays the number 0.333...


def _title(ws: Worksheet, row: int, text: str, size: int = 12) -> int:
    put(ws, row, 1, text)
    ws.cell(row=row, column=1).font = Font(bold=True, size=size)
    return row + 1


def _line(ws: Worksheet, row: int, text: str) -> int:
    put(ws, row, 1, text)
    ws.cell(row=row, column=1).alignment = Alignment(wrap_text=False, vertical="top")
    return row + 1


def _table(ws: Worksheet, row: int, headers: list[str], rows: list[list[Any]]) -> int:
    write_header(ws, row, headers)
    return write_rows(ws, row + 1, rows) + 1


# ----------------------------------------------------------------- aggregation
def aggregation_rows(decision: Decision, ev: Evaluation) -> list[list[Any]]:
    """(Setting, value, note) rows of the aggregation settings."""
    m = decision.method
    used = ev.aggregation
    answer = vikor_answer(ev)
    dq = (f"1 / (m − 1) = {answer.dq:.6g}, with m = {answer.ranked} options left in the ranking"
          if answer is not None and answer.dq is not None else "1 / (m − 1), m = the options left in the ranking")
    raw = ("TOPSIS, PROMETHEE II and VIKOR work on the raw scores in each criterion's units; a criterion scored with "
           "levels takes part with its level's 0-100 value")
    return [
        ["Aggregation method used", used.label, "the Results sheet ranks by it"],
        ["Score (0-100)", score_rule(ev), None],
        ["Normalisation (weighted sum and product)", m.normalization.label,
         None if used in (AggregationMethod.WSM, AggregationMethod.WPM) else "not used by " + used.label],
        ["Scores used by TOPSIS, PROMETHEE II, VIKOR", "raw scores", raw],
        ["TOPSIS normalisation", Normalization(m.topsis.normalization).label,
         "vector: x / √(Σ x²) (Hwang & Yoon 1981); min-max: (x − min) / (max − min)"],
        ["TOPSIS distance", "Euclidean", "D+ to the ideal, D− to the anti-ideal; C = D− / (D+ + D−)"],
        ["PROMETHEE II preference functions", "per criterion, in the Criteria table below",
         "flows averaged over the other options (divided by n − 1)"],
        ["VIKOR v", m.vikor.v, "weight of the group utility S against the individual regret R"],
        ["VIKOR DQ", dq, "conditions C1 and C2 of Opricovic & Tzeng (2004) over the options in the ranking"],
        ["Ties", "|a − b| ≤ 1e-9 + 1e-9 × max(|a|, |b|) on the 0-1 scores",
         "tied options share the better rank (docs/methods.md, section 5)"],
    ]


# ----------------------------------------------------------------- criteria
def value_function(decision: Decision, criterion_id: str) -> str:
    """``linear from 0 (value 0) to 10 (value 1)``, ``breakpoints 0=100; 5=40; 10=0`` or ``levels Low=0; High=100``."""
    crit = decision.criterion(criterion_id)
    scale = crit.scale
    if isinstance(scale, QualitativeScale):
        return f"levels (value 0-100): {levels_text(scale)}"
    if isinstance(scale, NumericScale):
        if scale.breakpoints:
            return f"piecewise linear through (score=value 0-100): {breakpoints_text(scale)}"
        worst, best = ((scale.upper, scale.lower) if crit.direction is Direction.LOWER_BETTER
                       else (scale.lower, scale.upper))
        return f"linear: {number_text(worst)} is value 0, {number_text(best)} is value 1"
    return ""


def _preference(pref: CriterionPreference | None) -> list[Any]:
    pref = pref or CriterionPreference()
    return [pref.function.label, pref.q, pref.p, pref.s]


def criteria_rows(decision: Decision, ev: Evaluation) -> list[list[Any]]:
    prefs = decision.method.promethee.preferences
    rows: list[list[Any]] = []
    for j, cid in enumerate(ev.leaf_ids):
        crit = decision.criterion(cid)
        scale = crit.scale
        unit = "level value points (0-100)" if isinstance(scale, QualitativeScale) else crit.unit or None
        bounds = (f"{number_text(scale.lower)} to {number_text(scale.upper)}" if isinstance(scale, NumericScale)
                  else "levels")
        rows.append([ev.leaf_labels[j], bounds, unit, better_words(crit), value_function(decision, cid),
                     float(ev.leaf_weights[j]), *_preference(prefs.get(cid))])
    return rows


# ----------------------------------------------------------------- red lines
def red_line_rows(decision: Decision, ev: Evaluation) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for r in decision.red_lines:
        crit = decision.criterion(r.criterion_id)
        limit = limit_words(r, crit, number_text)
        action = "excluded from the ranking" if r.action is RedLineAction.EXCLUDE else "flagged"
        beyond = ", ".join(b.option_name for b in ev.red_line_breaches if b.red_line_id == r.id) or "none"
        rows.append([decision.path_name(crit.id), limit, action, r.note or None, beyond])
    return rows


# ----------------------------------------------------------------- weighting


def _matrix(ws: Worksheet, row: int, ahp: AhpResult, labels: list[str]) -> int:
    row = _line(ws, row, "Pairwise judgements: the row's criterion is this many times as important as the column's "
                         "(Saaty's 1-9 scale; a_ji = 1 / a_ij).")
    write_header(ws, row, ["", *labels])
    for i, label in enumerate(labels):
        put(ws, row + 1 + i, 1, label)
        for j in range(len(labels)):
            put(ws, row + 1 + i, 2 + j, float(ahp.matrix[i, j]))
            ws.cell(row=row + 1 + i, column=2 + j).number_format = _FRACTION
    return row + len(labels) + 2


def _ahp_figures(ws: Worksheet, row: int, ahp: AhpResult) -> int:
    ri = f"none: {ahp.ri_table.name} stops at {len(ahp.ri_table.values)} criteria" if ahp.ri is None else ahp.ri
    verdict = (None if ahp.cr is None else "acceptable" if ahp.cr <= CR_THRESHOLD + 1e-12
               else f"above the usual {CR_THRESHOLD:.2f} limit")
    return _table(ws, row, ["AHP figure", "Value", "Note"], [
        ["Priority method", str(ahp.priority).replace("_", " "), priority_words(ahp)],
        ["λmax", float(ahp.lambda_max), "principal eigenvalue of the matrix, whatever the priority method"],
        ["CI", float(ahp.ci), "(λmax − n) / (n − 1)"],
        [f"RI (n = {len(ahp.ids)})", ri, f"random-index table {ahp.ri_table.name}: {ahp.ri_table.citation}"],
        ["CR", "not available" if ahp.cr is None else ahp.cr, f"CI / RI; {verdict}" if verdict else "CI / RI"],
    ])


def _node(ws: Worksheet, row: int, decision: Decision, node: str | None) -> int:
    kids = decision.children(node)
    where = "the top level" if node is None else decision.path_name(node)
    e = decision.elicitation(node)
    if e is None or e.method is WeightMethod.DIRECT:
        return _line(ws, row, f"Weights of {where}: points entered directly (the Weights sheet gives them).")
    who = f", by {e.elicited_by}" if e.elicited_by else ""
    when = f", on {english_date(in_zone(e.elicited_at, None).astimezone())}" if e.elicited_at else ""  # local day
    row = _title(ws, row, f"Weights of {where}: {e.method.label}{who}{when}", size=11)
    if e.note:
        row = _line(ws, row, f"Note: {e.note}")
    ids, names = [c.id for c in kids], {c.id: c.name for c in kids}
    try:
        result = judged_weights(e, ids, names)
    except (CounterweightError, KeyError) as exc:  # judgements that no longer fit the group
        why = exc.message if isinstance(exc, CounterweightError) else f"no judgement for {exc}"
        return _line(ws, row, f"These judgements can no longer be used: {why}.") + 1
    labels = [names[i] for i in ids]
    if isinstance(result, AhpResult):
        row = _matrix(ws, row, result, labels)
    local = result.as_dict()
    points = [round(100.0 * local[i], POINT_DECIMALS) for i in ids]
    edited = edited_since({c.id: c.weight for c in kids}, local)
    given = ([[names[i], e.swing_points.get(i)] for i in ids] if e.method is WeightMethod.SWING else
             [[names[i], e.ranks.get(i)] for i in ids] if e.method in (WeightMethod.ROC, WeightMethod.RANK_SUM)
             else [[names[i]] for i in ids])
    head = {WeightMethod.SWING: ["Swing rating (0-100)"], WeightMethod.ROC: ["Importance rank (1 = most)"],
            WeightMethod.RANK_SUM: ["Importance rank (1 = most)"]}.get(e.method, [])
    word = "Priority" if isinstance(result, AhpResult) else "Weight"
    rows = [[*g, local[i], p] for g, i, p in zip(given, ids, points)]
    row = _table(ws, row, ["Criterion", *head, word, "Points stored"], rows)
    row = _line(ws, row - 1, f"Points stored: 100 × {word.lower()} rounded to {POINT_DECIMALS} decimals; they add up "
                             f"to {fixed(points_total(points), 2)} and each weight is its points' share of that total.")
    if edited:
        row = _line(ws, row, "The weights were edited by hand after these judgements were recorded: the Weights "
                             "sheet's points are the ones used.")
    return _ahp_figures(ws, row + 1, result) if isinstance(result, AhpResult) else row + 1


def _weighting(ws: Worksheet, row: int, decision: Decision) -> int:
    for node in [None, *(c.id for c, _ in decision.walk() if c.is_group)]:
        if decision.children(node):
            row = _node(ws, row, decision, node)
    return row


def write_method(ws: Worksheet, decision: Decision, ev: Evaluation) -> None:
    """Fill the Method sheet (see the module docstring)."""
    for j, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
    row = _title(ws, 1, "How the results were computed", size=14)
    row = _line(ws, row, "Every setting needed to recompute the Results and Robustness sheets. Importing the "
                         "workbook does not read this sheet: set the method, red lines and judgements again by hand.")
    row = _title(ws, row + 1, "Aggregation")
    row = _table(ws, row, ["Setting", "Value", "Note"], aggregation_rows(decision, ev))
    row = _title(ws, row, "Criteria")
    crit_rows = criteria_rows(decision, ev)
    first = row + 1
    row = _table(ws, row, ["Criterion", "Scale", "Unit", "Better", "Value function", "Global weight",
                           "PROMETHEE II function", "q", "p", "s"], crit_rows)
    for r in range(first, first + len(crit_rows)):
        ws.cell(row=r, column=6).number_format = "0.0000%"
    row = _title(ws, row, "Red lines")
    lines = red_line_rows(decision, ev)
    row = (_table(ws, row, ["Criterion", "Limit", "An option beyond it is", "Note", "Options beyond it"], lines)
           if lines else _line(ws, row, "No red lines are set.") + 1)
    row = _title(ws, row, "Weighting")
    _weighting(ws, row, decision)


__all__ = ["SHEET_METHOD", "aggregation_rows", "criteria_rows", "red_line_rows", "value_function", "write_method"]
