"""``counterweight weights``: weights of one group's criteria from the judgements stored in a file."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from counterweight.cli.output import format_table, print_lines, shorten, write_json
from counterweight.domain import Decision, WeightMethod
from counterweight.domain.shown_numbers import fixed

if TYPE_CHECKING:  # the engine and services load only when the command runs (fast --help)
    from counterweight.services.elicitation import ElicitationOutcome

#: ``--method`` names -> the method they select, in the order the help lists them.
METHOD_CHOICES: dict[str, WeightMethod] = {
    "ahp": WeightMethod.AHP,
    "swing": WeightMethod.SWING,
    "roc": WeightMethod.ROC,
    "rank-sum": WeightMethod.RANK_SUM,
    "equal": WeightMethod.EQUAL,
    "direct": WeightMethod.DIRECT,
}

#: ``--priority`` names -> the engine's AHP priority methods.
PRIORITY_CHOICES: dict[str, Literal["eigenvector", "geometric_mean"]] = {
    "eigenvector": "eigenvector",
    "geometric-mean": "geometric_mean",
}

#: How many of the least consistent AHP judgements the text report lists.
TOP_JUDGEMENTS = 3

_NAME_WIDTH = 40
_TEXT_WIDTH = 100
_DIGITS = 6

JSON_HELP = """\
Judgements come from the decision's stored elicitation for the group (recorded in
the desktop app or present in a .json file): swing ratings for swing, importance
ranks for roc and rank-sum, pairwise judgements for ahp. direct uses the current
points and equal needs nothing. Without --method the stored method is used
(direct when nothing is stored). The file is only read, never changed.

JSON output (--json) is one object; keys and their order are stable:
  file         the FILE argument as given
  decision     {"id", "title"}
  node         {"id", "name"}: the group weighted (id null: the top level)
  method       "direct", "equal", "swing", "roc", "rank_sum" or "ahp"
  priority     "eigenvector" or "geometric_mean" for ahp, else null
  weights      one object per criterion in tree order: {"id", "name",
               "local": share of the group (0-1, sums to 1),
               "global": share of the whole model with these weights (0-1),
               "points": what would be stored as the criterion's weight,
               "current_local": the local weight the file holds now};
               numbers have 6 decimals
  stale        true when the stored judgements no longer give the stored
               weights (edited by hand since)
  consistency  ahp only, else null: {"lambda_max" (principal eigenvalue),
               "ci" = (lambda_max - n)/(n - 1), "ri", "ri_table",
               "cr" = ci/ri (null beyond the table), "threshold": 0.1,
               "acceptable": cr <= threshold; null when cr is null (the
               consistency cannot be checked), true there only if ci is 0}
  judgements   ahp only, else []: every judgement, least consistent first:
               {"first", "second" (names), "first_id", "second_id",
               "value": first is value times as important as second,
               "consistent_value": the value that would agree with the
               weights, "suggestion": it on Saaty's 1/9-9 scale,
               "cr_if_changed": the CR with this judgement changed to the
               suggestion, "deviation": |ln(value / consistent_value)|}
  diagnostics  notes: {"code", "severity", "message", "option_id",
               "criterion_id"}
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``weights`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "weights",
        parents=list(parents),
        help="weights of a group's criteria from stored judgements (swing, ranks, AHP...)",
        description=textwrap.fill(
            "Compute the weights of the criteria in one group (default: the top level) of a "
            "decision file from the judgements stored in it, and print each criterion's local "
            "and global weight. For AHP also print lambda_max, CI, CR and the judgements that "
            "fit the others least, with suggested values.",
            78,
        ),
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument(
        "--method",
        choices=list(METHOD_CHOICES),
        metavar="{" + ",".join(METHOD_CHOICES) + "}",
        help="weighting method (default: the one stored for the group, else direct)",
    )
    parser.add_argument(
        "--node", metavar="NAME", help="the group to weight, by name (any case) or id; default: top level"
    )
    parser.add_argument(
        "--priority",
        choices=list(PRIORITY_CHOICES),
        help="AHP only: priorities from the principal eigenvector or row geometric means (default: as "
             "stored)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), _DIGITS)


def _current_local(decision: Decision, outcome: ElicitationOutcome) -> dict[str, float]:
    total = sum(decision.criterion(i).weight for i in outcome.child_ids)
    return {i: (decision.criterion(i).weight / total if total > 0 else 0.0) for i in outcome.child_ids}


def weights_payload(file: str, decision: Decision, outcome: ElicitationOutcome, stale: bool) -> dict[str, Any]:
    """The JSON object printed by ``weights --json`` (see :data:`JSON_HELP`)."""
    current = _current_local(decision, outcome)
    ahp = outcome.ahp
    payload: dict[str, Any] = {
        "file": file,
        "decision": {"id": decision.id, "title": decision.title},
        "node": {"id": outcome.node_id, "name": outcome.node_name},
        "method": outcome.method.value,
        "priority": ahp.priority if ahp else None,
        "weights": [
            {"id": i, "name": outcome.names[i], "local": _r(outcome.local[i]), "global": _r(outcome.global_[i]),
             "points": outcome.points[i], "current_local": _r(current[i])}
            for i in outcome.child_ids
        ],
        "stale": stale,
        "consistency": None,
        "judgements": [],
        "diagnostics": [d.as_dict() for d in outcome.diagnostics],
    }
    if ahp is not None:
        from counterweight.engine.ahp import CR_THRESHOLD

        payload["consistency"] = {
            "lambda_max": _r(ahp.lambda_max), "ci": _r(ahp.ci), "ri": ahp.ri, "ri_table": ahp.ri_table.name,
            "cr": _r(ahp.cr), "threshold": CR_THRESHOLD, "acceptable": ahp.acceptable,
        }
        payload["judgements"] = [
            {"first": outcome.names[j.first], "second": outcome.names[j.second], "first_id": j.first,
             "second_id": j.second, "value": _r(j.value), "consistent_value": _r(j.consistent_value),
             "suggestion": _r(j.suggestion), "cr_if_changed": _r(j.cr_if_changed), "deviation": _r(j.deviation)}
            for j in ahp.judgements
        ]
    return payload


def _input_column(decision: Decision, outcome: ElicitationOutcome) -> tuple[str, dict[str, str]] | None:
    e = decision.elicitation(outcome.node_id)
    m = outcome.method
    if m is WeightMethod.DIRECT:
        return "Points", {i: f"{decision.criterion(i).weight:g}" for i in outcome.child_ids}
    if e is None:
        return None
    if m is WeightMethod.SWING:
        return "Swing", {i: f"{e.swing_points[i]:g}" for i in outcome.child_ids}
    if m in (WeightMethod.ROC, WeightMethod.RANK_SUM):
        return "Rank", {i: str(e.ranks[i]) for i in outcome.child_ids}
    return None


def _consistency_lines(outcome: ElicitationOutcome) -> list[str]:
    from counterweight.engine.ahp import CR_THRESHOLD
    from counterweight.engine.ahp_scale import format_saaty

    ahp = outcome.ahp
    assert ahp is not None
    names = outcome.names
    ri = "not available" if ahp.ri is None else fixed(ahp.ri, 2)
    if ahp.cr is None:  # QA 23 item 8: no RI beyond 15 criteria, so acceptable is unknown (null), not true
        verdict = ("not needed: every judgement agrees (CI 0)" if ahp.acceptable else
                   f"cannot be checked: no random index for {len(ahp.ids)} criteria (Saaty's tables stop at 15)")
        cr = "not available"
    else:
        cr = fixed(ahp.cr, 3)
        verdict = (f"acceptable (at most {CR_THRESHOLD:.2f})" if ahp.acceptable
                   else f"inconsistent: above {CR_THRESHOLD:.2f}, review the judgements below")
    lines = [
        "", "Consistency:",
        f"  lambda_max  {fixed(ahp.lambda_max, 4)}  (principal eigenvalue)",
        f"  CI          {fixed(ahp.ci, 4)}",
        f"  RI          {ri}  ({ahp.ri_table.name} random index)",
        f"  CR          {cr}  {verdict}",
    ]
    worst = ahp.most_inconsistent(TOP_JUDGEMENTS)
    if not worst:
        return [*lines, "", "Every judgement agrees with the weights (fully consistent)."]
    lines += ["", f"Least consistent judgements (largest {TOP_JUDGEMENTS}):"]
    for k, j in enumerate(worst, 1):
        after = "" if j.cr_if_changed is None else f"; CR would then be {fixed(j.cr_if_changed, 3)}"
        text = (f"{k}. {shorten(names[j.first], _NAME_WIDTH)} vs {shorten(names[j.second], _NAME_WIDTH)}:"
                f" given {format_saaty(j.value)}, the weights imply {fixed(j.consistent_value, 2)};"
                f" suggest {format_saaty(j.suggestion)}{after}")
        lines += textwrap.wrap(text, _TEXT_WIDTH, initial_indent="  ", subsequent_indent="     ")
    return lines


def render_text(decision: Decision, outcome: ElicitationOutcome, stale: bool) -> list[str]:
    """The human-readable report: heading, weights table, AHP consistency, notes."""
    method = outcome.method.label
    if outcome.ahp is not None:
        method += f", {outcome.ahp.priority.replace('_', ' ')} priorities"
    lines = [decision.title, f"Weights under {outcome.node_name} — method: {method}", ""]
    current = _current_local(decision, outcome)
    extra = _input_column(decision, outcome)
    headers = ["Criterion", *( [extra[0]] if extra else []), "Local %", "Global %", "Current %"]
    rows = []
    for i in outcome.child_ids:
        cells = [shorten(outcome.names[i], _NAME_WIDTH)]
        if extra:
            cells.append(extra[1][i])
        # the stored weights (rounded points), as Global % and the app show them (QA 22 item 11)
        cells += [fixed(100 * outcome.stored_local[i], 2), fixed(100 * outcome.global_[i], 2), fixed(100 * current[i], 2)]
        rows.append(cells)
    lines += format_table(headers, rows, right=[False, *([True] if extra else []), True, True, True])
    lines += textwrap.wrap(
        "Global % is the share of the whole model each criterion would have with these weights;"
        " Current % is the local weight the file holds now.", _TEXT_WIDTH)
    if stale:
        lines += ["", *textwrap.wrap("Note: the weights stored in the file differ from these judgements (they"
                                     " were set another way or edited afterwards).", _TEXT_WIDTH)]
    if outcome.ahp is not None:
        lines += _consistency_lines(outcome)
    if outcome.diagnostics:
        lines += ["", "Notes:"]
        for d in outcome.diagnostics:
            wrapped = textwrap.wrap(f"{d.severity}: {d.message}", _TEXT_WIDTH - 4) or [""]
            lines += ["  - " + wrapped[0], *("    " + more for more in wrapped[1:])]
    return lines


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight weights``; returns the exit status."""
    from counterweight.services.elicitation import (
        compute_elicitation,
        elicitation_for_method,
        elicitation_is_stale,
        find_node,
    )
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    node_id = find_node(decision, args.node)
    stored = decision.elicitation(node_id)
    if args.method is not None:
        method = METHOD_CHOICES[args.method]
    else:
        method = stored.method if stored is not None else WeightMethod.DIRECT
    if args.priority and method != WeightMethod.AHP:  # refused rather than silently ignored
        from counterweight.domain.errors import CounterweightError

        raise CounterweightError(
            f"applies to AHP weights only, and these weights come from {method.value}"
            + ("" if args.method else " (the method stored for the group)")
            + "; leave out --priority or add --method ahp", where="--priority")
    priority = PRIORITY_CHOICES[args.priority] if args.priority else None
    elicitation = elicitation_for_method(decision, node_id, method, priority)
    outcome = compute_elicitation(decision, elicitation)
    stale = elicitation_is_stale(decision, node_id)
    if args.json:
        write_json(weights_payload(args.file, decision, outcome, stale))
    else:
        print_lines(render_text(decision, outcome, stale))
    return 0


__all__ = ["JSON_HELP", "METHOD_CHOICES", "PRIORITY_CHOICES", "register", "render_text", "run", "weights_payload"]
