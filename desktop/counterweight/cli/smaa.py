"""``counterweight smaa``: stochastic acceptability analysis (SMAA-2) of a decision file."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.output import format_table, print_lines, shorten, write_json
from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.wording import count

if TYPE_CHECKING:  # the engine and services load only when the command runs (fast --help)
    from counterweight.engine.smaa import SmaaResult

_NAME_WIDTH = 32
_TEXT_WIDTH = 100
#: Rank columns shown in the text table (all ranks are in the JSON).
TEXT_RANKS = 8
MIN_SAMPLES, MAX_SAMPLES = 100, 1_000_000

JSON_HELP = """\
Weights vary as the decision's uncertainty settings say (exact, within ranges,
only their order known, or nothing known); scores with a low-high range vary
within it (uniform, triangular or PERT); level-rated scores are held as rated
or move one level either way, as the file's setting says. Each sample ranks the options. The
same file, samples and seed always give the same numbers.

JSON output (--json) is one object; keys and their order are stable:
  file, decision {"id", "title", "notice"}
  method       "smaa-2"; aggregation "wsm"; weights "exact", "ranges",
               "ordinal" or "none"
  seed, samples_requested, samples (drawn), cancelled (false here),
  uncertain_scores (scores that vary), level_scores (how level-rated scores
  vary: "as_rated", "weak_evidence" or "all"), scores {"numbers_varied",
  "numbers_held", "levels_varied", "levels_held"}, acceptance_rate (ranges
  only, else null), criteria (labels, the order of central weights)
  options      in the decision's order: {"id", "name",
               "rank_acceptability": share of samples at rank 1, 2, ...
               (ties share the better rank),
               "central_weights": {criterion label: typical weight making
               the option best} or null if it is never best,
               "confidence": chance it is best with its central weights,
               null if it is never best}
  diagnostics  {"code", "severity", "message", "option_id", "criterion_id"}
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``smaa`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "smaa",
        parents=list(parents),
        help="how often each option ranks first, second... when weights and scores vary",
        description=textwrap.fill(
            "Stochastic multicriteria acceptability analysis (SMAA-2) of a decision file: "
            "rank acceptability indices, central weights and confidence factors. The "
            "file is only read, never changed.",
            78,
        ),
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument("--samples", type=int, metavar="N",
                        help=f"number of samples, {MIN_SAMPLES:,} to {MAX_SAMPLES:,} (default: the file's setting)")
    parser.add_argument("--seed", type=int, metavar="S", help="random seed (default: the file's setting)")
    parser.add_argument("--widen-by-evidence", action="store_true",
                        help="widen score ranges where evidence is weak (10%% of the scale) or missing (20%%)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def _check_args(args: argparse.Namespace) -> None:
    if args.samples is not None and not MIN_SAMPLES <= args.samples <= MAX_SAMPLES:
        raise InvalidInputError(
            f"must be between {MIN_SAMPLES:,} and {MAX_SAMPLES:,} (got {args.samples:,})", where="--samples"
        )
    if args.seed is not None and not 0 <= args.seed <= 2**32 - 1:
        raise InvalidInputError(f"must be a whole number from 0 to {2**32 - 1}", where="--seed")


def render_text(decision: Decision, result: SmaaResult) -> list[str]:
    """Rank acceptability table, confidence factors, central weights and diagnostics."""
    lines = [decision.title]
    if decision.notice:
        lines += textwrap.wrap(f"Notice: {decision.notice}", _TEXT_WIDTH)
    c = result.score_counts  # QA 21: what varied and what was held, level-rated scores included
    lines.append(
        f"SMAA-2 (weighted sum): {result.samples:,} samples, seed {result.seed}; weights:"
        f" {result.weight_mode.value}; {count(c.numbers_varied, 'score range')} "
        f"{'varies' if c.numbers_varied == 1 else 'vary'}; level-rated scores: {c.levels_varied:,} varied"
        f" ({result.level_scores.value}), {c.levels_held:,} held as rated"
    )
    if result.acceptance_rate is not None:
        lines.append(f"Weight ranges: {100 * result.acceptance_rate:.2f}% of candidate weights accepted")
    n = len(result.option_ids)
    if not n:
        return [*lines, "", "There are no options to rank."]
    ranks = min(n, TEXT_RANKS)
    order = sorted(range(n), key=lambda i: (-result.acceptability[i, 0], i))
    lines += ["", "Rank acceptability (% of samples) and confidence factor:"]
    rows = []
    for i in order:
        conf = "-"
        if result.confidence is not None and result.has_central[i]:
            conf = f"{100 * float(result.confidence[i]):.1f}"
        rows.append([shorten(result.option_names[i], _NAME_WIDTH),
                     *(f"{100 * float(b):.1f}" for b in result.acceptability[i, :ranks]), conf])
    lines += format_table(["Option", *(f"Rank {r + 1}" for r in range(ranks)), "Confidence"], rows,
                          right=[False, *([True] * (ranks + 1))])
    if ranks < n:
        lines.append(f"(ranks beyond {ranks} are in the JSON output)")
    best = [i for i in order if result.has_central[i]]
    if best and result.leaf_ids:
        lines += ["", "Central weights (%): the typical weights that make each option best"]
        for i in best:
            parts = ", ".join(f"{lab} {100 * float(w):.1f}" for lab, w in zip(result.leaf_labels, result.central_weights[i]))
            lines += textwrap.wrap(f"{result.option_names[i]}: {parts}", _TEXT_WIDTH,
                                   initial_indent="  ", subsequent_indent="      ")
    warnings = [d for d in result.diagnostics if d.severity == "warning"]
    notes = [d for d in result.diagnostics if d.severity != "warning"]
    for title, group in (("Warnings:", warnings), ("Notes:", notes)):
        if group:
            lines += ["", title]
            for d in group:
                lines += textwrap.wrap(d.message, _TEXT_WIDTH, initial_indent="  - ", subsequent_indent="    ")
    return lines


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight smaa``; returns the exit status."""
    from counterweight.services.projects import load_decision
    from counterweight.services.robustness import run_smaa

    _check_args(args)
    decision = load_decision(args.file)
    if args.widen_by_evidence:
        unc = decision.method.uncertainty.model_copy(update={"widen_by_evidence": True})
        decision = decision.model_copy(update={"method": decision.method.model_copy(update={"uncertainty": unc})})
    result = run_smaa(decision, samples=args.samples, seed=args.seed)
    if args.json:
        payload: dict[str, Any] = {
            "file": args.file,
            "decision": {"id": decision.id, "title": decision.title, "notice": decision.notice},
        }
        payload.update(result.as_dict())
        write_json(payload)
    else:
        print_lines(render_text(decision, result))
    return 0
