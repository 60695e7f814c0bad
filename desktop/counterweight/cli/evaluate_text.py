"""The text report of ``counterweight evaluate``: settings, ranking table, left-out options, notes."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from counterweight.cli.output import DASH, bullets, format_table, shorten
from counterweight.domain import AggregationMethod
from counterweight.domain.shown_numbers import column_texts, fixed

if TYPE_CHECKING:  # the engine and services load only when a command runs (fast --help)
    from counterweight.engine import Evaluation  # type hints only
    from counterweight.services.analysis import MethodRun

#: How many criteria the table's "top contributions" section names per option.
TOP_CONTRIBUTIONS = 3

_NAME_WIDTH = 40
_TEXT_WIDTH = 100

#: The method's own figures in the table: (header, ``Evaluation.extras`` key).
METHOD_COLUMNS: dict[AggregationMethod, tuple[tuple[str, str], ...]] = {
    AggregationMethod.WSM: (),
    AggregationMethod.WPM: (),
    AggregationMethod.TOPSIS: (("D+", "d_plus"), ("D-", "d_minus"), ("C", "closeness")),
    AggregationMethod.PROMETHEE: (("phi+", "phi_plus"), ("phi-", "phi_minus"), ("phi", "phi")),
    AggregationMethod.VIKOR: (("S", "S"), ("R", "R"), ("Q", "Q")),
}

_SOURCE_TEXT = {"file": "(from the file)", "override": "(from the command line)", "default": "(default: none stored)"}


def unranked_reason(ev: Evaluation, labels: Sequence[str]) -> str:
    """Why the method cannot place an option with no score on the criteria ``labels``."""
    where = ", ".join(f"'{label}'" for label in labels) or "a criterion that counts"
    return f"no score on {where}; {ev.aggregation.label} cannot place an option with a missing score"


def _setting_lines(run: MethodRun) -> list[str]:
    ev, src = run.evaluation, run.sources
    lines = [f"Method: {ev.aggregation.label} - {ev.aggregation.value} {_SOURCE_TEXT[src['aggregation']]}"]
    method = ev.aggregation
    if method in (AggregationMethod.WSM, AggregationMethod.WPM):
        norm = ev.normalization
        lines.append(f"Normalisation: {norm.label} - {norm.value} {_SOURCE_TEXT[src['normalization']]}")
    elif method is AggregationMethod.TOPSIS:
        lines.append(f"TOPSIS normalisation: {ev.parameters.get('normalization', '?')}"
                     f" {_SOURCE_TEXT[src['topsis_normalization']]}")
    elif method is AggregationMethod.VIKOR:
        lines.append(f"VIKOR v (weight of the majority of criteria): {ev.parameters.get('v', 0.5):g}"
                     f" {_SOURCE_TEXT[src['vikor_v']]}")
    else:
        prefs = ev.parameters.get("preferences", {})
        if prefs:
            lines.append("PROMETHEE preference functions (thresholds in the criterion's units):")
        for cid, pref in prefs.items():
            label = ev.leaf_labels[ev.leaf_ids.index(cid)]
            params = ", ".join(f"{k} = {pref[k]:g}" for k in ("q", "p", "s") if pref.get(k) is not None)
            fn = pref["function"] + (f" ({params})" if params else "")
            lines.append(f"  {shorten(label, _NAME_WIDTH)}: {fn} {_SOURCE_TEXT[src['preferences'][cid]]}")
    return lines


def ranking_note(ev: Evaluation, oid: str) -> str:
    """The ranking table's note on an option: why it has no rank, or that it breaches a red line."""
    if ev.is_excluded(oid):
        return "excluded by a red line"
    if not ev.is_ranked(oid):
        return "not ranked: missing scores"
    return "red-line flag" if ev.breaches_of(oid) else ""


def _ranking_table(ev: Evaluation) -> list[str]:
    from counterweight.engine.shown_scores import score_texts

    columns = METHOD_COLUMNS[ev.aggregation]
    headers = ["Rank", "Option", *(h for h, _ in columns)] if columns else ["Rank", "Option", "Score"]
    ranks = ev.ranks_or_none()
    # one precision per column: the usual one, or more where it would show two ranks with the same number;
    # the last column of each method is the one it ranks on, whose ties read the same
    if columns:
        texts = [column_texts(ev.where_computed(ev.extras[key]), ranks, 4, missing=DASH,
                              tied_equal=k == len(columns) - 1) for k, (_, key) in enumerate(columns)]
    else:
        texts = [score_texts(ev, missing=DASH)]
    rows = []
    for i in map(int, ev.order):
        oid = ev.option_ids[i]
        rank = str(int(ev.ranks[i])) if ev.is_ranked(oid) else DASH
        figures = [column[i] for column in texts]
        rows.append([rank, shorten(ev.option_names[i], _NAME_WIDTH), *figures, ranking_note(ev, oid)])
    if any(r[-1] for r in rows):
        headers.append("Note")
    else:
        rows = [r[:-1] for r in rows]
    right = [True, False, *([True] * (len(headers) - 2))]
    if headers[-1] == "Note":
        right[-1] = False
    lines = format_table(headers, rows, right=right)
    if ev.aggregation is AggregationMethod.VIKOR:
        lines.append("S, R and Q: lower is better.")
    elif ev.aggregation is AggregationMethod.TOPSIS:
        lines.append("D+ / D-: distance to the ideal / anti-ideal; C = D- / (D+ + D-), higher is better.")
    elif ev.aggregation is AggregationMethod.PROMETHEE:
        lines.append("phi+ / phi-: leaving / entering flow; phi = phi+ - phi-, higher is better.")
    elif ev.aggregation is AggregationMethod.WPM:
        lines.append("Score: weighted product of the values, 0-100.")
    return lines


def _top_contributions(evaluation: Evaluation, row: int) -> str:
    """``Civilian harm 50.0, Effect 12.5`` for the option in ``row`` (largest first)."""
    points = [
        (100.0 * float(evaluation.contributions[row, j]), j) for j in range(len(evaluation.leaf_ids))
    ]
    points.sort(key=lambda item: (-item[0], item[1]))
    shown = [f"{evaluation.leaf_labels[j]} {fixed(p, 1)}" for p, j in points[:TOP_CONTRIBUTIONS] if p > 0.0]
    return ", ".join(shown) if shown else "(nothing above zero)"


def _compromise_lines(run: MethodRun) -> list[str]:
    from counterweight.services.analysis import compromise_summary

    ev = run.evaluation
    c = compromise_summary(ev)
    if c is None or c.leader_id is None:
        return []
    name = {oid: n for oid, n in zip(ev.option_ids, ev.option_names)}
    kind = "solution" if len(c.option_ids) == 1 else "set"
    lines = ["", f"VIKOR compromise {kind}: " + ", ".join(name[o] for o in c.option_ids)]
    lead = name[c.leader_id]
    if c.q_advantage is None:
        lines.append("  Only one option can be ranked, so it is the compromise solution.")
        return lines
    sign = ">=" if c.acceptable_advantage else "<"
    c1 = (f"C1 acceptable advantage: {'met' if c.acceptable_advantage else 'failed'}"
          f" (Q({name[c.runner_up_id or '']}) - Q({lead}) = {fixed(c.q_advantage, 4)} {sign} DQ = {fixed(c.dq, 4)})")
    best = [w for w, ok in (("S", c.best_by_s), ("R", c.best_by_r)) if ok]
    c2 = (f"C2 acceptable stability: {'met' if c.acceptable_stability else 'failed'}"
          f" ({lead} is {'also best by ' + ' and '.join(best) if best else 'best by neither S nor R'})")
    lines += bullets([c1, c2], _TEXT_WIDTH)
    left_out = [name[o] for o in c.option_ids if not ev.is_ranked(o)]
    if left_out:
        lines += textwrap.wrap("Note: " + ", ".join(left_out) + " in the compromise set "
                               + ("is" if len(left_out) == 1 else "are") + " left out of the ranking.",
                               _TEXT_WIDTH, initial_indent="  ", subsequent_indent="  ")
    return lines


def render_text(run: MethodRun) -> list[str]:
    """The human-readable report of one evaluation.

    Heading and settings (with where each came from), the ranking with the
    method's own figures, options left out of the ranking and why, red-line
    flags, VIKOR's compromise, top contributions (weighted sum), diagnostics.

    Parameters
    ----------
    run : MethodRun

    Returns
    -------
    list of str
        Lines without line endings.
    """
    from counterweight.services.analysis import missing_scores

    decision, ev = run.decision, run.evaluation
    lines = [decision.title]
    if decision.notice:
        lines += textwrap.wrap(f"Notice: {decision.notice}", _TEXT_WIDTH)
    lines += [*_setting_lines(run), ""]
    order = [int(i) for i in ev.order]
    if not order:
        lines.append("There are no options to rank.")
    else:
        lines += _ranking_table(ev)
    left_out = []
    for oid in ev.excluded_option_ids:
        reasons = " ".join(b.reason for b in ev.breaches_of(oid) if b.excludes)
        left_out.append(f"{decision.option(oid).name}: {reasons}")
    for oid in ev.unranked_option_ids:
        left_out.append(f"{decision.option(oid).name}: {unranked_reason(ev, missing_scores(ev, oid))}.")
    if left_out:
        lines += ["", "Not ranked:", *bullets(left_out, _TEXT_WIDTH)]
    flags = [b.reason for b in ev.red_line_breaches if not b.excludes]
    if flags:
        lines += ["", "Red-line flags:", *bullets(flags, _TEXT_WIDTH)]
    lines += _compromise_lines(run)
    if ev.additive and order and ev.leaf_ids:
        lines += ["", f"Top contributions (points of the 0-100 score, largest {TOP_CONTRIBUTIONS}):"]
        for i in order:
            text = f"{shorten(ev.option_names[i], _NAME_WIDTH)}: {_top_contributions(ev, i)}"
            lines += textwrap.wrap(text, _TEXT_WIDTH, initial_indent="  ", subsequent_indent="      ")
    # red-line breaches are listed above; the other notes follow
    shown = [d for d in ev.diagnostics if d.code != "red_line_breach"]
    warnings = [d.message for d in shown if d.severity == "warning"]
    notes = [d.message for d in shown if d.severity != "warning"]
    for title, group in (("Warnings:", warnings), ("Notes:", notes)):
        if group:
            lines += ["", title, *bullets(group, _TEXT_WIDTH)]
    return lines


__all__ = ["METHOD_COLUMNS", "TOP_CONTRIBUTIONS", "ranking_note", "render_text", "unranked_reason"]
