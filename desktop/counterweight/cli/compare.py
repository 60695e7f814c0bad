"""``counterweight compare-methods``: every aggregation method's ranking side by side."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.output import DASH, bullets, format_table, number, print_lines, shorten, write_json
from counterweight.domain import AggregationMethod, Decision

if TYPE_CHECKING:  # the engine and services load only when the command runs (fast --help)
    from counterweight.engine.comparison import MethodComparison

_NAME_WIDTH = 40
_TEXT_WIDTH = 100

JSON_HELP = """\
Each method uses the settings saved in the file (normalisation for wsm and wpm,
TOPSIS normalisation, PROMETHEE preference functions, VIKOR v). Kendall's tau-b
compares two rankings over the options that every method ranks (options a red
line excludes, or that a method cannot place for a missing score, are left out):
1 = same order, 0 = unrelated, -1 = reversed; null when undefined (fewer than two
such options, or a ranking that ties them all).

JSON output (--json) is one object; keys and their order are stable:
  file         the FILE argument as given
  decision     {"id", "title", "notice"}
  methods      the methods compared: wsm, wpm, topsis, promethee, vikor
  rankings     {method: one object per option, best first: {"id", "name",
               "rank" (null when not ranked), "score" (0-100, 4 decimals;
               null when not computed)}}
  compared_option_ids  options ranked by every method (decision order)
  kendall_tau_b  {"methods": same order as "methods", "matrix": rows and
               columns in that order, symmetric, 1.0 on the diagonal; null
               where undefined (everywhere when fewer than two options are
               compared)}
  top_option_ids  {method: ids of the compared options it ranks first}
  agree_on_top  true when every method puts the same option(s) first
  summary      one sentence: "Methods agree on the top option: yes (...)";
               "...: no, but only within ties, near ties or a compromise set
               (...)" when one option is first or level for first under every
               method; "...: no; ..." otherwise; "...: cannot tell (...)" when
               no option is ranked by every method. An option named that
               breaches a flagged red line is followed by "(⚑ breaches the red
               line on ...)"
  parameters   {method: the settings it used}
  warnings     {method: number of warnings (see 'counterweight evaluate
               --method M' for them)}
  verdict      "agree", "near" (the middle wording above), "disagree" or "none"
  common_option_ids  options first, in a near tie for first or in VIKOR's
               compromise set under every method (the "near" verdict's leaders)
  near_tie_points  0.05: first places closer than this (points out of 100 on
               the method's displayed score) are a near tie
  standings    {method: {"kind" ("first", "near_tie" or "compromise"),
               "first_option_ids", "lead_points" (gap to the next option on the
               method's displayed score, 0-100, as in "rankings"; VIKOR's is
               100 x (1 - Q); null without a next option),
               "near_tie_option_ids", "compromise_option_ids" (VIKOR, when it
               proposes more than one option), "zero_values" (weighted product:
               {option id: labels of the criteria on which a 0 makes its score 0}),
               "preferences" (PROMETHEE II: {criterion id: {"function", "q",
               "p", "s" as set}})}}
  caveats      the caveats in English, one sentence each, in method order:
               near ties, zero values, why VIKOR proposes a compromise set,
               PROMETHEE II's preference functions
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``compare-methods`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "compare-methods",
        parents=list(parents),
        help="rank a decision with every aggregation method and compare the rankings",
        description=textwrap.fill(
            "Evaluate a decision file with all five aggregation methods (weighted sum, "
            "weighted product, TOPSIS, PROMETHEE II, VIKOR), show each option's rank under "
            "each method, Kendall's tau-b between every pair of rankings, whether the "
            "methods agree on the top option (yes; no, but only within ties, near ties or a "
            "compromise set; or no) and each method's caveats. The file is only read, never changed.",
            78,
        ),
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def tau_matrix(comparison: MethodComparison) -> list[list[float | None]]:
    """Kendall's tau-b for every pair of methods, rows and columns in ``comparison.methods`` order."""
    return [[_round(comparison.tau_between(a, b)) for b in comparison.methods] for a in comparison.methods]


def _round(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


def _ranking(comparison: MethodComparison, method: AggregationMethod) -> list[dict[str, Any]]:
    ev = comparison.evaluations[method]
    computed = {int(r) for r in ev.method_rows}
    out = []
    for i in map(int, ev.order):
        oid = ev.option_ids[i]
        out.append({
            "id": oid,
            "name": ev.option_names[i],
            "rank": int(ev.ranks[i]) if ev.is_ranked(oid) else None,
            "score": round(100.0 * float(ev.totals[i]), 4) if i in computed else None,
        })
    return out


def comparison_payload(file: str, decision: Decision, comparison: MethodComparison) -> dict[str, Any]:
    """The JSON object printed by ``compare-methods --json`` (see :data:`JSON_HELP`)."""
    from counterweight.engine.method_standing import NEAR_TIE

    methods = list(comparison.methods)
    return {
        "file": file,
        "decision": {"id": decision.id, "title": decision.title, "notice": decision.notice},
        "methods": [m.value for m in methods],
        "rankings": {m.value: _ranking(comparison, m) for m in methods},
        "compared_option_ids": list(comparison.compared_option_ids),
        "kendall_tau_b": {"methods": [m.value for m in methods], "matrix": tau_matrix(comparison)},
        "top_option_ids": {m.value: list(comparison.top_option_ids[m]) for m in methods},
        "agree_on_top": comparison.agree_on_top,
        "summary": comparison.summary,
        "parameters": {m.value: dict(comparison.evaluations[m].parameters) for m in methods},
        "warnings": {m.value: len(comparison.evaluations[m].warnings) for m in methods},
        # QA 21: the three-way verdict and what stands behind each method's first place
        "verdict": comparison.verdict,
        "common_option_ids": list(comparison.common_ids),
        "near_tie_points": 100.0 * NEAR_TIE,
        "standings": {m.value: comparison.standings[m].as_dict() for m in methods},
        "caveats": list(comparison.caveats),
    }


def render_text(decision: Decision, comparison: MethodComparison) -> list[str]:
    """Rank of every option under every method, the tau-b matrix, the agreement line and each method's caveats.

    Options are listed in the first method's order (ranked options best first).
    """
    methods = list(comparison.methods)
    lines = [decision.title]
    if decision.notice:
        lines += textwrap.wrap(f"Notice: {decision.notice}", _TEXT_WIDTH)
    lines += ["Each method uses the settings saved in the file.", ""]
    if not decision.options:
        return [*lines, "There are no options to rank."]
    heads = [m.value.upper() for m in methods]
    first = comparison.evaluations[methods[0]]
    rows = []
    for i in map(int, first.order):
        oid = first.option_ids[i]
        ranks = []
        for m in methods:
            ev = comparison.evaluations[m]
            ranks.append(str(ev.rank_of(oid)) if ev.is_ranked(oid) else DASH)
        rows.append([shorten(first.option_names[i], _NAME_WIDTH), *ranks])
    lines.append(f"Rank under each method ({DASH} = not ranked):")
    lines += format_table(["Option", *heads], rows, right=[False, *([True] * len(methods))])
    n = len(comparison.compared_option_ids)
    lines += ["", f"Kendall's tau-b between the rankings (over the {n} option{'s' if n != 1 else ''}"
                  f" every method ranks; {DASH} = undefined):"]
    matrix = tau_matrix(comparison)
    tau_rows = [[h, *(number(x, 2) for x in row)] for h, row in zip(heads, matrix)]
    lines += format_table(["", *heads], tau_rows, right=[False, *([True] * len(methods))])
    lines += ["", *textwrap.wrap(comparison.summary, _TEXT_WIDTH)]
    if comparison.caveats and comparison.verdict != "none":  # under the verdict, as the window shows them
        lines += ["", "Caveats:", *bullets(comparison.caveats, _TEXT_WIDTH)]
    counts = {m: len(comparison.evaluations[m].warnings) for m in methods}
    noisy = [f"{m.label}: {k} warning{'s' if k != 1 else ''}; see 'counterweight evaluate FILE --method {m.value}'"
             for m, k in counts.items() if k]
    if noisy:
        lines += ["", "Warnings:", *bullets(noisy, _TEXT_WIDTH)]
    return lines


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight compare-methods``; returns the exit status."""
    from counterweight.services.analysis import compare
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    comparison = compare(decision)
    if args.json:
        write_json(comparison_payload(args.file, decision, comparison))
    else:
        print_lines(render_text(decision, comparison))
    return 0


__all__ = ["JSON_HELP", "comparison_payload", "register", "render_text", "run", "tau_matrix"]
