"""``counterweight evaluate``: rank a decision's options from a file, as a table or JSON."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.output import DASH, bullets, format_table, print_lines, shorten, write_json
from counterweight.domain import AggregationMethod, Decision, Normalization, PreferenceFunction
from counterweight.domain.conclusion import conclusion_dict
from counterweight.domain.shown_numbers import column_texts, fixed

if TYPE_CHECKING:  # the engine and services load only when a command runs (fast --help)
    from counterweight.engine import Evaluation  # type hints only
    from counterweight.services.analysis import MethodOverrides, MethodRun

#: Names accepted by ``--normalization``, in the order the help lists them.
NORMALIZATION_CHOICES = [n.value for n in Normalization]
#: Names accepted by ``--method``.
METHOD_CHOICES = [m.value for m in AggregationMethod]
#: Names accepted by ``--topsis-normalization``.
TOPSIS_CHOICES = ["vector", "min_max"]
#: Preference function names accepted by ``--preference``.
PREFERENCE_CHOICES = [f.value for f in PreferenceFunction]

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

#: ``settings_source`` values in the JSON, by service source.
SOURCE_NAMES = {"file": "file", "override": "command_line", "default": "default"}
_SOURCE_TEXT = {"file": "(from the file)", "override": "(from the command line)", "default": "(default: none stored)"}
_OPTION_NAMES = {
    "normalization": "--normalization", "topsis_normalization": "--topsis-normalization",
    "vikor_v": "--vikor-v", "preferences": "--preference",
}

JSON_HELP = """\
Options given on the command line replace the settings stored in the file for
this run only (the file is never changed); the rest come from the file.
--preference may be repeated, once per criterion: CRITERION is the criterion's
name (any case), path ('Group > Name') or id; thresholds are in the criterion's
units: u_shape needs q, v_shape p, level and v_shape_indifference q and p
(q below p), gaussian s; usual takes none. Example:
  counterweight evaluate plan.json --method promethee --preference "Cost=v_shape:p=5"

JSON output (--json) is one object; keys and their order are stable:
  file         the FILE argument as given
  decision     {"id", "title", "notice"}
  method       {"aggregation": wsm, wpm, topsis, promethee or vikor,
                "normalization": one of the names above}
  options      one object per option, best first (tied options in the
               decision's order), then the options left out of the ranking:
               {"id", "name",
               "score": overall value on a 0-100 scale (4 decimals): the
               weighted sum, the weighted product x 100, TOPSIS closeness
               x 100, PROMETHEE (phi + 1) x 50 or VIKOR (1 - Q) x 100; null
               when the method could not compute it (missing scores),
               "rank": 1 = best, tied options share a rank (1, 2, 2, 4);
               rank: null when excluded by a red line or not ranked,
               "contributions": {criterion label: points of the score};
               contributions: only for wsm ({} otherwise). A criterion
               label is its name, or "Group › Name" when two scored criteria
               share a name; contributions add up to the score,
               "method_values": the method's own figures (6 decimals, null
               when not computed): wpm {"product"}, topsis {"closeness",
               "d_plus", "d_minus"}, promethee {"phi_plus", "phi_minus",
               "phi"}, vikor {"S", "R", "Q"} (lower is better); {} for wsm}
  diagnostics  notes about the result: {"code", "severity" ("info" or
               "warning"), "message", "option_id", "criterion_id"}; the two
               ids are null when the note is not about one option or
               criterion
  settings_source  where each setting came from ("file", "command_line", or
               "default" for a criterion with no stored preference function):
               {"aggregation", "normalization", "topsis_normalization",
               "vikor_v", "preferences": {criterion id: source}}
  parameters   the method's settings in force (topsis {"normalization"},
               promethee {"preferences": {criterion id: {"function", "q",
               "p", "s"}}}, vikor {"v"}, wpm {"normalization"}, wsm {})
  red_lines    every breach, flag or exclude: {"option_id", "option",
               "red_line_id", "criterion_id", "criterion", "limit", "value",
               "unit", "action", "note", "reason"}
  excluded     options a red line takes out: {"id", "name", "reasons"}
  unranked     options the method cannot place: {"id", "name",
               "missing_scores": [criterion labels], "reason"}
  compromise   vikor only (null otherwise): {"option_ids" (the compromise
               solution or set, best first), "leader_id", "runner_up_id",
               "dq", "q_advantage", "acceptable_advantage" (C1),
               "acceptable_stability" (C2), "best_by_s", "best_by_r"}
  conclusion   only when the file records one: the recommendation and the
               decision taken, {"recommended_option_id", "recommended_option",
               "recommendation", "recommended_by", "decided_option_id",
               "decided_option", "decided_by", "decided_on" (ISO date or
               null), "decision_note"}; option names are null when not set
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``evaluate`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "evaluate",
        parents=list(parents),
        help="rank the options of a decision file",
        description=textwrap.fill(
            "Evaluate a decision (a .counterweight project or a .json decision file) with the "
            "aggregation method saved in it, or the one given with --method, and print the "
            "ranking with the method's own figures, red-line breaches and any warnings. The "
            "file is only read, never changed.",
            78,
        ),
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument(
        "--method", choices=METHOD_CHOICES, metavar="{" + ",".join(METHOD_CHOICES) + "}",
        help="aggregation method (default: the method saved in the decision)",
    )
    parser.add_argument(
        "--normalization",
        choices=NORMALIZATION_CHOICES,
        metavar="{" + ",".join(NORMALIZATION_CHOICES) + "}",
        help="how raw scores become comparable values for wsm and wpm (default: saved in the decision)",
    )
    parser.add_argument(
        "--topsis-normalization", choices=TOPSIS_CHOICES, metavar="{" + ",".join(TOPSIS_CHOICES) + "}",
        help="TOPSIS normalisation (default: saved in the decision)",
    )
    parser.add_argument(
        "--vikor-v", type=float, metavar="V",
        help="VIKOR weight of the majority-of-criteria strategy, 0 to 1 (default: saved in the decision)",
    )
    parser.add_argument(
        "--preference", action="append", default=[], metavar="CRITERION=FUNCTION[:q=..][,p=..][,s=..]",
        help="PROMETHEE preference function of one criterion, repeatable; FUNCTION is one of "
        + ", ".join(PREFERENCE_CHOICES),
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def overrides_from_args(decision: Decision, args: argparse.Namespace) -> MethodOverrides:
    """The settings given on the command line, checked against ``decision``.

    Raises
    ------
    InvalidInputError
        A bad ``--vikor-v`` or ``--preference`` (the message names the option
        and the criterion), or two ``--preference`` for one criterion.
    """
    from counterweight.domain.errors import InvalidInputError
    from counterweight.services.analysis import MethodOverrides, check_vikor_v, parse_preference

    preferences = {}
    for text in args.preference:
        cid, pref = parse_preference(decision, text, where="--preference")
        if cid in preferences:
            name = decision.criterion(cid).name
            raise InvalidInputError(f"criterion {name!r} is given more than once", where="--preference")
        preferences[cid] = pref
    return MethodOverrides(
        aggregation=AggregationMethod(args.method) if args.method else None,
        normalization=Normalization(args.normalization) if args.normalization else None,
        topsis_normalization=args.topsis_normalization,
        vikor_v=None if args.vikor_v is None else check_vikor_v(args.vikor_v, where="--vikor-v"),
        preferences=preferences,
    )


# ------------------------------------------------------------------ JSON


def evaluation_payload(file: str, run: MethodRun) -> dict[str, Any]:
    """The JSON object printed by ``evaluate --json`` (see :data:`JSON_HELP`).

    Parameters
    ----------
    file : str
        The path as the user gave it.
    run : MethodRun
        The evaluation with its settings and their sources.

    Returns
    -------
    dict
        Ready for :func:`json.dumps`.
    """
    from counterweight.services.analysis import compromise_summary, missing_scores

    decision, ev = run.decision, run.evaluation
    options = [{"id": opt["id"], "name": opt["name"], "score": opt["score"], "rank": opt["rank"],
                "contributions": opt["contributions"], "method_values": opt.get("method_values", {})}
               for opt in ev.as_dict()["options"]]
    sources = {k: SOURCE_NAMES[v] for k, v in run.sources.items() if k != "preferences"}
    sources["preferences"] = {cid: SOURCE_NAMES[v] for cid, v in run.sources["preferences"].items()}
    unranked = []
    for oid in ev.unranked_option_ids:
        labels = missing_scores(ev, oid)
        unranked.append({"id": oid, "name": decision.option(oid).name, "missing_scores": labels,
                         "reason": _unranked_reason(ev, labels)})
    compromise = compromise_summary(ev)
    return {
        "file": file,
        "decision": {"id": decision.id, "title": decision.title, "notice": decision.notice},
        "method": {"aggregation": ev.aggregation.value, "normalization": ev.normalization.value},
        "options": options,
        "diagnostics": [d.as_dict() for d in ev.diagnostics],
        "settings_source": sources,
        "parameters": dict(ev.parameters),
        "red_lines": [{"option_id": b.option_id, "option": b.option_name, **b.as_dict()}
                      for b in ev.red_line_breaches],
        "excluded": [
            {"id": oid, "name": decision.option(oid).name,
             "reasons": [b.reason for b in ev.breaches_of(oid) if b.excludes]}
            for oid in ev.excluded_option_ids
        ],
        "unranked": unranked,
        "compromise": compromise.as_dict() if compromise is not None else None,
        **({"conclusion": conclusion_dict(decision)} if decision.conclusion is not None else {}),
    }


def _unranked_reason(ev: Evaluation, labels: Sequence[str]) -> str:
    where = ", ".join(f"'{label}'" for label in labels) or "a criterion that counts"
    return f"no score on {where}; {ev.aggregation.label} cannot place an option with a missing score"


# ------------------------------------------------------------------ text


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
        left_out.append(f"{decision.option(oid).name}: {_unranked_reason(ev, missing_scores(ev, oid))}.")
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


def _report_unused(run: MethodRun) -> None:
    label = run.evaluation.aggregation.label
    for name in run.unused_overrides:
        sys.stderr.write(f"counterweight: note: {_OPTION_NAMES.get(name, name)} has no effect on {label}\n")


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight evaluate``; returns the exit status."""
    from counterweight.services.analysis import run_method
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    result = run_method(decision, overrides_from_args(decision, args))
    _report_unused(result)
    if args.json:
        write_json(evaluation_payload(args.file, result))
    else:
        print_lines(render_text(result))
    return 0


__all__ = [
    "JSON_HELP", "METHOD_CHOICES", "METHOD_COLUMNS", "NORMALIZATION_CHOICES", "PREFERENCE_CHOICES",
    "evaluation_payload", "overrides_from_args", "ranking_note", "register", "render_text", "run",
]
