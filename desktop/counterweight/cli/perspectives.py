"""``counterweight robust`` and ``counterweight compare``: perspectives, scenarios, snapshots.

``robust FILE`` ranks the options under every (perspective x scenario) pair and
names the minimax-regret choice. ``compare FILE SNAP_A SNAP_B`` lists what changed
between two snapshots (by name or id; ``current`` is the live decision) and which
changes move the ranking on their own. Both only read FILE.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import Any

from counterweight.cli.output import bullets, format_table, print_lines, shorten, write_json
from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.shown_numbers import fixed

CURRENT = "current"

_ROBUST_HELP = """\
Evaluate FILE under every pair of a saved perspective (weight set, plus the
current weights) and a saved scenario (score overrides, plus the base scores),
with the decision's own method. In each pair an option's regret is the best
option's score minus its own, in points (0-100). The robust choice is the option
whose largest regret is smallest (minimax regret). FILE is only read.

JSON output (--json): {"file", "options": [{"id", "name", "max_regret",
"worst_pair"}], "pairs": [{"weight_set_id", "weight_set", "scenario_id",
"scenario", "ranks", "scores", "regrets", "top_option_ids"}], "robust_choice",
"reason", "notes"}.
"""

_COMPARE_HELP = """\
Compare two versions of the decision in FILE: snapshots named by their name or
id, or 'current' for the decision as it is now. Lists the changes to weights,
scores, options and criteria in plain words and, for each, whether applying it
alone to SNAP_A changes the top option or any option's rank. FILE is only read.

JSON output (--json): {"file", "a", "b", "top_a", "top_b", "summary",
"changes": [{"kind", "text", "moved_ranking" (true, false or null when it cannot
be tested alone), "effect"}]}.
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``robust`` and ``compare`` subcommands."""
    robust = commands.add_parser(
        "robust", parents=list(parents), help="ranks across perspectives and scenarios, minimax-regret choice",
        description=_ROBUST_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    robust.add_argument("file", metavar="FILE", help="a .counterweight project or .json decision")
    robust.add_argument("--json", action="store_true", help="print JSON instead of text")
    robust.set_defaults(run=run_robust)

    compare = commands.add_parser(
        "compare", parents=list(parents), help="what changed between two snapshots and what moved the ranking",
        description=_COMPARE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    compare.add_argument("file", metavar="FILE", help="a .counterweight project or .json decision")
    compare.add_argument("snap_a", metavar="SNAP_A", help="snapshot name or id, or 'current'")
    compare.add_argument("snap_b", metavar="SNAP_B", help="snapshot name or id, or 'current'")
    compare.add_argument("--json", action="store_true", help="print JSON instead of text")
    compare.set_defaults(run=run_compare)


def run_robust(args: argparse.Namespace) -> int:
    """Carry out ``counterweight robust``; returns the exit status."""
    from counterweight.services.perspectives import robust_choice
    from counterweight.services.projects import load_decision

    report = robust_choice(load_decision(args.file))
    if args.json:
        write_json({"file": str(args.file), **report.as_dict()})
        return 0
    headers = ["perspective", "scenario", *[shorten(report.option_names[o], 16) for o in report.option_ids]]
    # an option a red line excludes (or the method cannot place) in a pair has no rank or regret there
    rows = [[shorten(p.weight_set_name, 28), shorten(p.scenario_name, 28),
             *[f"{p.ranks[o]} ({fixed(p.regrets[o], 1)})" if p.is_ranked(o) else p.status(o)
               for o in report.option_ids]] for p in report.pairs]
    rows.append(["worst-case regret", "", *[("-" if (r := report.max_regret[o]) is None else fixed(r, 1))
                                           for o in report.option_ids]])
    lines = ["Rank (regret in points) under each perspective and scenario:", ""]
    lines += format_table(headers, rows, right=[False, False, *[True] * len(report.option_ids)])
    lines += ["", *textwrap.wrap("Robust choice: " + report.reason, 100)]
    lines += bullets(list(report.notes))
    print_lines(lines)
    return 0


def _version(decision: Decision, ref: str) -> tuple[Decision, str]:
    from counterweight.services.perspectives import find_snapshot

    if ref.strip().casefold() == CURRENT:
        return decision.model_copy(update={"snapshots": []}), "current"
    snap = find_snapshot(decision, ref)
    if snap is None:
        names = ", ".join(repr(s.name) for s in decision.snapshots) or "none"
        raise InvalidInputError(f"there is no snapshot {ref!r} (snapshots: {names}; or use 'current')")
    return snap.decision, snap.name


def run_compare(args: argparse.Namespace) -> int:
    """Carry out ``counterweight compare``; returns the exit status."""
    from counterweight.services.perspectives import compare_snapshots
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    a, label_a = _version(decision, args.snap_a)
    b, label_b = _version(decision, args.snap_b)
    diff = compare_snapshots(a, b, label_a, label_b)
    if args.json:
        write_json({"file": str(args.file), **diff.as_dict()})
        return 0
    print_lines(diff.text().splitlines())
    return 0


__all__ = ["register", "run_compare", "run_robust"]
