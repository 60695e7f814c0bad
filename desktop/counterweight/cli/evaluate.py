"""``counterweight evaluate``: rank a decision's options from a file, as a table or JSON."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.output import format_table, print_lines, shorten, write_json
from counterweight.domain import Decision, Normalization

if TYPE_CHECKING:  # the engine and services load only when a command runs (fast --help)
    from counterweight.engine import Evaluation  # type hints only

#: Names accepted by ``--normalization``, in the order the help lists them.
NORMALIZATION_CHOICES = [n.value for n in Normalization]

#: How many criteria the table's "top contributions" section names per option.
TOP_CONTRIBUTIONS = 3

_NAME_WIDTH = 40
_TEXT_WIDTH = 100

_AGGREGATION_LABELS = {"wsm": "weighted sum"}

JSON_HELP = """\
JSON output (--json) is one object; keys and their order are stable:
  file         the FILE argument as given
  decision     {"id", "title", "notice"}
  method       {"aggregation": "wsm", "normalization": one of the names above}
  options      one object per option, best first (tied options in the
               decision's order): {"id", "name",
               "score": overall value on a 0-100 scale (4 decimals),
               "rank": 1 = best, tied options share a rank (1, 2, 2, 4),
               "contributions": {criterion label: points of the score}}.
               A criterion label is its name, or "Group › Name" when two
               scored criteria share a name; contributions add up to the score
               (up to rounding).
  diagnostics  notes about the result: {"code", "severity" ("info" or
               "warning"), "message", "option_id", "criterion_id"}; the two
               ids are null when the note is not about one option or
               criterion
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``evaluate`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "evaluate",
        parents=list(parents),
        help="rank the options of a decision file",
        description=textwrap.fill(
            "Evaluate a decision (a .counterweight project or a .json decision file) with "
            "the weighted-sum model and print the ranking, each option's largest "
            "contributions and any warnings. The file is only read, never changed.",
            78,
        ),
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument(
        "--normalization",
        choices=NORMALIZATION_CHOICES,
        metavar="{" + ",".join(NORMALIZATION_CHOICES) + "}",
        help="how raw scores become comparable values (default: the method saved in the decision)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def evaluation_payload(file: str, decision: Decision, evaluation: Evaluation) -> dict[str, Any]:
    """The JSON object printed by ``evaluate --json`` (see :data:`JSON_HELP`).

    Parameters
    ----------
    file : str
        The path as the user gave it.
    decision : Decision
        The decision that was evaluated.
    evaluation : Evaluation
        Its evaluation.

    Returns
    -------
    dict
        ``file``, ``decision``, ``method``, ``options`` (best first) and
        ``diagnostics``, ready for :func:`json.dumps`.
    """
    summary = evaluation.as_dict()
    return {
        "file": file,
        "decision": {"id": decision.id, "title": decision.title, "notice": decision.notice},
        "method": {"aggregation": decision.method.aggregation, "normalization": evaluation.normalization.value},
        "options": [
            {
                "id": opt["id"],
                "name": opt["name"],
                "score": opt["score"],
                "rank": opt["rank"],
                "contributions": opt["contributions"],
            }
            for opt in summary["options"]
        ],
        "diagnostics": [d.as_dict() for d in evaluation.diagnostics],
    }


def _method_line(decision: Decision, evaluation: Evaluation) -> str:
    aggregation = _AGGREGATION_LABELS.get(decision.method.aggregation, decision.method.aggregation)
    norm = evaluation.normalization
    return f"Method: {aggregation}; normalisation: {norm.label} ({norm.value})"


def _top_contributions(evaluation: Evaluation, row: int) -> str:
    """``Civilian harm 50.0, Effect 12.5`` for the option in ``row`` (largest first)."""
    points = [
        (100.0 * float(evaluation.contributions[row, j]), j) for j in range(len(evaluation.leaf_ids))
    ]
    points.sort(key=lambda item: (-item[0], item[1]))
    shown = [f"{evaluation.leaf_labels[j]} {p:.1f}" for p, j in points[:TOP_CONTRIBUTIONS] if p > 0.0]
    return ", ".join(shown) if shown else "(nothing above zero)"


def render_text(decision: Decision, evaluation: Evaluation) -> list[str]:
    """The human-readable report: heading, ranking table, top contributions, diagnostics.

    Parameters
    ----------
    decision : Decision
        The decision that was evaluated.
    evaluation : Evaluation
        Its evaluation.

    Returns
    -------
    list of str
        Lines without line endings. Scores are on a 0-100 scale with one decimal.
    """
    lines = [decision.title]
    if decision.notice:
        lines += textwrap.wrap(f"Notice: {decision.notice}", _TEXT_WIDTH)
    lines += [_method_line(decision, evaluation), ""]

    order = [int(i) for i in evaluation.order]
    rows = [
        [str(int(evaluation.ranks[i])), shorten(evaluation.option_names[i], _NAME_WIDTH),
         f"{100.0 * float(evaluation.totals[i]):.1f}"]
        for i in order
    ]
    if rows:
        lines += format_table(["Rank", "Option", "Score"], rows, right=[True, False, True])
        if evaluation.leaf_ids:
            lines += ["", f"Top contributions (points of the 0-100 score, largest {TOP_CONTRIBUTIONS}):"]
            for i in order:
                text = f"{shorten(evaluation.option_names[i], _NAME_WIDTH)}: {_top_contributions(evaluation, i)}"
                lines += textwrap.wrap(text, _TEXT_WIDTH, initial_indent="  ", subsequent_indent="      ")
    else:
        lines.append("There are no options to rank.")

    warnings = [d for d in evaluation.diagnostics if d.severity == "warning"]
    notes = [d for d in evaluation.diagnostics if d.severity != "warning"]
    for title, group in (("Warnings:", warnings), ("Notes:", notes)):
        if group:
            lines += ["", title]
            for d in group:
                wrapped = textwrap.wrap(d.message, _TEXT_WIDTH - 4) or [""]
                lines += ["  - " + wrapped[0], *("    " + more for more in wrapped[1:])]
    return lines


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight evaluate``; returns the exit status."""
    from counterweight.services.analysis import evaluate_decision as evaluate
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    normalization = Normalization(args.normalization) if args.normalization else None
    evaluation = evaluate(decision, normalization=normalization)
    if args.json:
        write_json(evaluation_payload(args.file, decision, evaluation))
    else:
        print_lines(render_text(decision, evaluation))
    return 0
