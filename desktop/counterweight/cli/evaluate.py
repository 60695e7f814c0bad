"""``counterweight evaluate``: rank a decision's options from a file, as a table or JSON.

The text report is in :mod:`counterweight.cli.evaluate_text`.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.evaluate_text import render_text, unranked_reason
from counterweight.cli.output import print_lines, write_json
from counterweight.domain import AggregationMethod, Decision, Normalization, PreferenceFunction
from counterweight.domain.conclusion import conclusion_dict

if TYPE_CHECKING:  # the engine and services load only when a command runs (fast --help)
    from counterweight.services.analysis import MethodOverrides, MethodRun

#: Names accepted by ``--normalization``, in the order the help lists them.
NORMALIZATION_CHOICES = [n.value for n in Normalization]
#: Names accepted by ``--method``.
METHOD_CHOICES = [m.value for m in AggregationMethod]
#: Names accepted by ``--topsis-normalization``.
TOPSIS_CHOICES = ["vector", "min_max"]
#: Preference function names accepted by ``--preference``.
PREFERENCE_CHOICES = [f.value for f in PreferenceFunction]

#: ``settings_source`` values in the JSON, by service source.
SOURCE_NAMES = {"file": "file", "override": "command_line", "default": "default"}
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
                         "reason": unranked_reason(ev, labels)})
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
    "JSON_HELP", "METHOD_CHOICES", "NORMALIZATION_CHOICES", "PREFERENCE_CHOICES",
    "evaluation_payload", "overrides_from_args", "register", "run",
]
