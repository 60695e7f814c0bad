"""``counterweight tradeoffs``: the Trade-offs value map as text or JSON.

``tradeoffs FILE [--x NODE --y NODE]`` places every option by its value (0-100) on two parts of
the value tree, as the window's Trade-offs tab and the brief's section do
(:mod:`counterweight.engine.tradeoff`): each option's point, the options dominating it, its
shortfall and the axis it is on, the efficient frontier and the brief's sentences. Without
``--x``/``--y`` the axes stored with the project are used (unset or stale: the defaults). FILE is
only read.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.output import bullets, format_table, print_lines, shorten, write_json
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.shown_numbers import fixed

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.tradeoff import TradeoffMap

_HELP = """\
Place every option of FILE by its value on two parts of the value tree (groups
or criteria), each on its own 0-100 scale: the option's points from the
criteria under the part divided by their weight, so 100 is the best value on
every one of them; higher is better (a cost or a risk is already turned round).
An option is dominated when another is at least as good on both axes and better
on one; the others are efficient and form the frontier. A dominated option's
shortfall is the smaller rise, on X or on Y, that would bring it level with the
options beating it. The axes are the project's stored map axes (those of the
window's Trade-offs tab and the brief) unless --x and --y name others, by id or
by name. Only the weighted sum has such a map. FILE is only read.

JSON output (--json): {"file", "method", "x": {"id", "name"}, "y": {"id",
"name"}, "available", "reason", "weightless", "unscored", "points": [{"number",
"id", "name", "x", "y", "efficient", "dominated_by", "shortfall",
"shortfall_axis"}], "frontier", "left_out", "sentences"}. "points" follow the
ranking (number 1 = first); "reason" is "" when the map can be drawn, else
not_additive, too_few_criteria, no_weight or no_options.
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``tradeoffs`` subcommand."""
    cmd = commands.add_parser(
        "tradeoffs", parents=list(parents), help="the value map: each option on two parts of the tree, the frontier",
        description=_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    cmd.add_argument("file", metavar="FILE", help="a .counterweight project or .json decision")
    cmd.add_argument("--x", metavar="NODE", help="the part across (a criterion or group, by id or name)")
    cmd.add_argument("--y", metavar="NODE", help="the part up (a criterion or group, by id or name)")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")
    cmd.set_defaults(run=run_tradeoffs)


def _node(decision: Decision, ref: str | None, flag: str) -> str | None:
    """The criterion id ``ref`` names (its id, or its name whatever the case); ``None`` for no ``ref``."""
    if ref is None:
        return None
    if decision.has_criterion(ref):
        return ref
    named = [c.id for c in decision.criteria if c.name.strip().casefold() == ref.strip().casefold()]
    if len(named) == 1:
        return named[0]
    if named:
        raise InvalidInputError(f"{flag} {ref!r} names {len(named)} criteria; give the id instead")
    raise InvalidInputError(f"{flag}: there is no criterion or group {ref!r}")


def map_payload(tmap: TradeoffMap, sentences: list[str]) -> dict[str, Any]:
    """The JSON form of ``tmap`` (see the command's help)."""
    from counterweight.reports.brief_tradeoff import point_numbers

    numbers = point_numbers(tmap)
    return {
        "x": {"id": tmap.x_id, "name": tmap.x_name}, "y": {"id": tmap.y_id, "name": tmap.y_name},
        "available": not tmap.unavailable, "reason": tmap.unavailable,
        "weightless": list(tmap.weightless), "unscored": list(tmap.unscored),
        "points": [{"number": numbers[p.option_id], "id": p.option_id, "name": p.name, "x": p.x, "y": p.y,
                    "efficient": p.efficient, "dominated_by": list(p.dominated_by), "shortfall": p.shortfall,
                    "shortfall_axis": p.shortfall_axis or None} for p in tmap.points],
        "frontier": list(tmap.frontier), "left_out": list(tmap.left_out), "sentences": sentences,
    }


def _why_not(tmap: TradeoffMap, method: str) -> str:
    from counterweight.engine.tradeoff import NO_OPTIONS, NO_WEIGHT, NOT_ADDITIVE

    if tmap.unavailable == NOT_ADDITIVE:
        return (f"No map for {method}: its score is not a sum of points from each criterion, so the options have "
                "no value on a part of the tree. The map needs the weighted sum.")
    if tmap.unavailable == NO_WEIGHT:
        names = " and ".join(f"'{n}'" for n in tmap.weightless)
        return f"No map: {names} {'has' if len(tmap.weightless) == 1 else 'have'} no weight, so no 0-100 value scale."
    if tmap.unavailable == NO_OPTIONS:
        return "No map: there is no option to place (a red line excludes every option)."
    return "No map: the decision needs at least two scored criteria."


def run_tradeoffs(args: argparse.Namespace) -> int:
    """Carry out ``counterweight tradeoffs``; returns the exit status."""
    from counterweight.engine import evaluate
    from counterweight.engine.tradeoff import tradeoff_map
    from counterweight.reports.brief_tradeoff import one_point, point_numbers, standing, tradeoff_sentences
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    stored = decision.method.map_axes
    x = _node(decision, args.x, "--x") or stored.x
    y = _node(decision, args.y, "--y") or stored.y
    ev = evaluate(decision)
    tmap = tradeoff_map(ev, x, y)
    if tmap.unavailable:
        sentences = [_why_not(tmap, ev.aggregation.label)]
    elif len(tmap.points) == 1:
        sentences = [one_point(tmap)]
    else:
        sentences = tradeoff_sentences(tmap, ev)
    if args.json:
        write_json({"file": str(args.file), "method": ev.aggregation.label, **map_payload(tmap, sentences)})
        return 0
    lines = [f"X (across): {tmap.x_name or '-'}; Y (up): {tmap.y_name or '-'} (each 0-100 value; higher is better)"]
    if tmap.points and not tmap.unavailable:
        numbers = point_numbers(tmap)
        rows = [[str(numbers[p.option_id]), shorten(p.name, 32), fixed(p.x, 1), fixed(p.y, 1),
                 standing(tmap, p, numbers)] for p in tmap.points]
        lines += ["", *format_table(["no.", "option", shorten(tmap.x_name, 14), shorten(tmap.y_name, 14), "standing"],
                                    rows, right=[True, False, True, True, False])]
        frontier = [tmap.point(o).name for o in tmap.frontier]
        lines += ["", *textwrap.wrap("Frontier (in order across): " + ", ".join(frontier) + ".", 100)]
    lines.append("")
    for sentence in sentences:
        lines += textwrap.wrap(sentence, 100)
    if tmap.left_out:
        lines += bullets([f"Not on the map (excluded by a red line): {ev.option_names[ev.option_index(o)]}"
                          for o in tmap.left_out])
    print_lines(lines)
    return 0


__all__ = ["map_payload", "register", "run_tradeoffs"]
