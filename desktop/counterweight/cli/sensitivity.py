"""``counterweight sensitivity``: how far each weight can move before the top option changes."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.output import format_table, print_lines, shorten, write_json
from counterweight.domain import Decision
from counterweight.domain.shown_numbers import amount, fixed, percent

if TYPE_CHECKING:  # the engine and services load only when the command runs (fast --help)
    from counterweight.engine.flip import FlipItem, FlipResult
    from counterweight.engine.red_lines import RedLineBreach
    from counterweight.engine.sensitivity import CriterionSensitivity, SensitivityResult, Threshold

_NAME_WIDTH = 40
#: Why the verdict is "not applicable" (``FlipResult.reason``); the notes below it give the whole sentence.
_REASONS = {
    "few_options": "there are fewer than two options",
    "no_criteria": "the decision has no scored criteria",
    "no_weight": "no criterion carries any weight",
    "nothing_ranked": "no option is ranked",
    "no_scores": "no option has a score",
}
_TEXT_WIDTH = 100
#: Local weights (in %) at which the text report prints each option's score for --criterion.
TABLE_WEIGHTS = tuple(range(0, 101, 10))
#: Smallest changes listed under the verdict (more when changes tie with the last one listed, up to MAX_LISTED).
LISTED, MAX_LISTED = 5, 20
#: Beside a name in the thresholds table: the option breaches a red line whose action is "flag".
FLAG = "\u2691"

JSON_HELP = """\
Each criterion's local weight (its share of its group) is moved from 0% to 100%
while the criteria beside it keep their proportions. A threshold is the local
weight at which another option takes the top place; past it that option leads.
For the weighted sum the thresholds are exact; for other methods they come from
a grid search narrowed by bisection.

JSON output (--json) is one object; keys and their order are stable:
  file, decision {"id", "title", "notice"},
  method       {"aggregation", "normalization"}
  top          {"id", "name"} of the option ranked first (null: no options)
  exact        true when thresholds are exact (weighted sum)
  criteria     (without --criterion) one object per criterion in tree order:
               {"id", "name", "label", "is_group", "status" ("ok", "fixed":
               the only criterion of its group, "no_effect": carries no
               weight), "note", "local_weight", "global_weight" (0-1),
               "increase", "decrease": null or {"direction", "local_weight"
               (0-1, the threshold), "change_points" (percentage points of
               local weight), "global_weight", "points" (the criterion's points
               giving that weight with the others unchanged; null if none),
               "new_top" {"id", "name"}, "exact"}}
  robustness   (without --criterion) {"top", "verdict" ("robust",
               "fragile", "tied": two or more options share first place, or
               "not_applicable"), "threshold" (share of range),
               "items": every weight and score with its smallest flipping
               change, most fragile first: {"kind" ("weight"/"score"),
               "label", "criterion_id", "option_id", "current", "target",
               "change", "fraction" (of the item's range; null: cannot flip),
               "new_top", "exact", "note", "new_top_breaches" (the criteria
               whose flagged red lines the new top option breaches after the
               change; [] for none)}, "notes", "tied" (ids of the
               options sharing first place; [] when one leads alone), "reason"
               (why "not_applicable": "few_options", "no_criteria",
               "no_weight", "nothing_ranked" or "no_scores"; else null)}
  criterion    (with --criterion) the criterion's object as above plus
               "curve": {"local_weights": 101 points from 0 to 1, "scores":
               {option id: scores on 0-100 at those weights}} and, for the
               weighted sum, "lines": {option id: {"intercept", "slope"}}
               (score = intercept + slope x local weight, on 0-100)
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``sensitivity`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "sensitivity",
        parents=list(parents),
        help="how far each weight can move before the top option changes",
        description=textwrap.fill(
            "One-way weight sensitivity of a decision file: for every criterion, the "
            "weights at which another option would take the top place, and a "
            "robust/fragile verdict over all weights and scores. With --criterion, each "
            "option's score against that criterion's weight. The file is only read.",
            78,
        ),
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument(
        "--criterion", metavar="NAME",
        help="one criterion (name, 'Group > Name' path or id): print its score lines",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def _pct(x: float) -> str:
    return percent(x, space="")


def _threshold_text(decision: Decision, t: Threshold | None) -> tuple[str, str]:
    if t is None:
        return "never", ""
    name = shorten(t.new_top_name, _NAME_WIDTH)
    return f"{_pct(t.local_weight)} ({fixed(100.0 * t.change, 1, sign=True)})", f"{name} {FLAG}" if _breaches(decision, t.new_top_id) \
        else name


def _breaches(decision: Decision, option_id: str | None) -> tuple[RedLineBreach, ...]:
    from counterweight.engine.flip_red_lines import breaches_after

    return breaches_after(decision, option_id)


def flagged(name: str, breaches: tuple[RedLineBreach, ...]) -> str:
    """``name``, then ``(⚑ breaches the red line on …)`` when the option breaches a flagged red line (QA 21)."""
    from counterweight.engine.flip_red_lines import flagged as words  # loaded when the command runs

    return words(name, breaches)


def _named(decision: Decision, names: dict[str, str], option_ids: Sequence[str]) -> str:
    """``A and B (⚑ breaches the red line on X)``: the options' names, each flagged if it breaches a red line."""
    from counterweight.reports.summary import join_words

    return join_words([flagged(names.get(o, o), _breaches(decision, o)) for o in option_ids])


def nearest_changes(flips: FlipResult) -> tuple[list[FlipItem], int]:
    """The changes listed under the verdict, most fragile first, and how many more of the same size are left out.

    The :data:`LISTED` smallest changes that put an option outside any tie first, with every
    change of the same size as the last of them (a tie is never cut in half), and, as the
    Sensitivity tab names them, every weight change and every score change tied for the
    smallest of its kind; at most :data:`MAX_LISTED`.
    """
    from counterweight.engine.ranking import is_tie

    found = [i for i in flips.items if i.fraction is not None and i.new_top_id not in flips.tied_ids]
    n = min(LISTED, len(found))
    while n < len(found) and is_tie(float(found[n].fraction), float(found[n - 1].fraction)):  # type: ignore[arg-type]
        n += 1
    keep = {id(i) for i in found[:n]}
    for kind in ("weight", "score"):
        of_kind = [i for i in found if i.kind == kind]
        if of_kind:  # most fragile first: the first is the smallest
            keep |= {id(i) for i in of_kind if is_tie(float(i.fraction), float(of_kind[0].fraction))}  # type: ignore[arg-type]
    listed = [i for i in found if id(i) in keep]
    return listed[:MAX_LISTED], max(0, len(listed) - MAX_LISTED)


def _head(decision: Decision, result: SensitivityResult, tied: str = "") -> list[str]:
    lines = [decision.title]
    if decision.notice:
        lines += textwrap.wrap(f"Notice: {decision.notice}", _TEXT_WIDTH)
    how = "exact thresholds" if result.exact else "thresholds by grid search and bisection"
    lines.append(f"Method: {decision.method.aggregation.label}; {how}")
    top = result.top_id
    name = flagged(result.option_names[result.option_ids.index(top)], _breaches(decision, top)) if top is not None \
        else "none (no option is ranked)" if result.option_ids else "(no options)"  # every option excluded by a red line
    if tied:  # never one name for a shared first place
        name = f"{tied} (tied)"
    return [*lines, f"Top option: {name}", ""]


def render_text(decision: Decision, result: SensitivityResult, flips: FlipResult) -> list[str]:
    """The per-criterion threshold table and the robustness verdict, as lines."""
    from counterweight.engine.flip_red_lines import breached_criteria, new_top_breaches  # only when the command runs
    from counterweight.reports.brief_sensitivity import flag_words

    names = dict(zip(result.option_ids, result.option_names))
    # "A, B and C" ("" when one option leads alone); also under "not applicable": no weight ties every option
    tied = _named(decision, names, flips.tied_ids) if len(flips.tied_ids) > 1 else ""
    lines = _head(decision, result, tied)
    rows = []
    for c in result.criteria:
        down, down_top = _threshold_text(decision, c.decrease)
        up, up_top = _threshold_text(decision, c.increase)
        if c.status != "ok":
            down = up = "-"
        rows.append([shorten(c.label, _NAME_WIDTH), _pct(c.local_weight), down, down_top, up, up_top])
    if rows:
        lines += format_table(
            ["Criterion", "Weight", "Lower to", "New top", "Raise to", "New top"], rows,
            right=[False, True, True, False, True, False],
        )
        lines.append("Weights are local (share of the group); changes in percentage points.")
        new_tops = dict.fromkeys(t.new_top_id for c in result.criteria for t in (c.decrease, c.increase)
                                 if t is not None and c.status == "ok" and _breaches(decision, t.new_top_id))
        for oid in new_tops:  # QA 21 item 5: the table never promotes a flagged option silently
            words = flag_words(breached_criteria(_breaches(decision, oid)))
            lines += textwrap.wrap(f"{FLAG} {names.get(oid, oid)} {words.removeprefix(FLAG + ' ')}.", _TEXT_WIDTH,
                                   subsequent_indent="  ")
    else:
        lines.append("There are no criteria.")
    share = percent(flips.threshold, 0, space="")
    verdicts = {
        "fragile": f"fragile: a change of less than {share} of a weight's or a scale's range changes the top option",
        "robust": f"robust: no single change of less than {share} of a weight's or a scale's range changes the"
                  " top option",
        "tied": f"tied: {tied} share first place, so any change that favours one of them puts it first",
        "not_applicable": "not applicable: " + _REASONS.get(flips.reason, "there is nothing to compare"),
    }
    lines += [""] + textwrap.wrap(f"Verdict: {verdicts.get(flips.verdict, flips.verdict)}.", _TEXT_WIDTH,
                                  subsequent_indent="  ")
    # a tie: the verdict says any change favouring one of them puts it first; list the changes that put
    # another option first (never a tie's "0.0% of its range")
    close, more = nearest_changes(flips)
    if close:
        lines.append("Smallest changes that put an option outside the tie first:" if tied else
                     "Smallest changes that alter the top option:")
        for it in close:
            target = it.target if isinstance(it.target, str) else f"{it.target:.4g}"
            if it.kind == "weight":
                target = _pct(float(it.target))  # type: ignore[arg-type]
            new_top = flagged(names.get(it.new_top_id or "", it.new_top_id or ""), new_top_breaches(decision, it))
            share = f"{amount(100 * it.fraction, 1)}% of its range" if it.fraction else "any change at all"  # fix17f
            text = f"{it.label}: to {target} ({share}) puts {new_top} on top"
            lines += textwrap.wrap(text, _TEXT_WIDTH, initial_indent="  - ", subsequent_indent="    ")
        if more:
            lines.append(f"  - and {more:,} more change{'s' if more != 1 else ''} of the same size (see --json)")
    for note in flips.notes:
        lines += textwrap.wrap(note, _TEXT_WIDTH, initial_indent="  ", subsequent_indent="  ")
    return lines


def render_criterion(decision: Decision, result: SensitivityResult, crit: CriterionSensitivity) -> list[str]:
    """One criterion's thresholds and a table of each option's score against its weight."""
    lines = _head(decision, result)
    lines.append(f"Criterion: {crit.label} (local weight {_pct(crit.local_weight)},"
                 f" global {_pct(crit.global_weight)})")
    if crit.note:
        lines += textwrap.wrap(crit.note, _TEXT_WIDTH)
    for t in (crit.decrease, crit.increase):
        if t is not None:
            verb = "Lowering" if t.direction == "decrease" else "Raising"
            lines.append(f"{verb} it to {_pct(t.local_weight)} ({fixed(100 * t.change, 1, sign=True)} points) puts"
                         f" {flagged(t.new_top_name, _breaches(decision, t.new_top_id))} on top.")
    if crit.status == "ok" and crit.increase is None and crit.decrease is None:
        lines.append("No weight from 0% to 100% changes the top option.")
    lines += ["", "Score (0-100) of each option at each local weight:"]
    cols = [round(w / 100.0 * (crit.curve_weights.size - 1)) for w in TABLE_WEIGHTS]
    rows = [
        [shorten(name, _NAME_WIDTH), *(fixed(100.0 * float(crit.curve_scores[i, p]), 1) for p in cols)]
        for i, name in enumerate(result.option_names)
    ]
    headers = ["Option", *(percent(float(crit.curve_weights[p]), 0, space="") for p in cols)]
    lines += format_table(headers, rows, right=[False, *([True] * len(cols))])
    return lines


def _envelope(file: str, decision: Decision, result: SensitivityResult) -> dict[str, Any]:
    top = result.top_id
    return {
        "file": file,
        "decision": {"id": decision.id, "title": decision.title, "notice": decision.notice},
        "method": {"aggregation": decision.method.aggregation.value,
                   "normalization": decision.method.normalization.value},
        "top": None if top is None else {"id": top, "name": result.option_names[result.option_ids.index(top)]},
        "exact": result.exact,
    }


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight sensitivity``; returns the exit status."""
    from counterweight.engine.flip_red_lines import breached_criteria, new_top_breaches
    from counterweight.services.projects import load_decision
    from counterweight.services.robustness import find_criterion, sensitivity_analysis, sensitivity_and_flips

    decision = load_decision(args.file)
    if args.criterion is not None:
        crit = find_criterion(decision, args.criterion, where="--criterion")
        result = sensitivity_analysis(decision, [crit.id])
        one = result.criteria[0]
        if args.json:
            write_json({**_envelope(args.file, decision, result),
                        "criterion": one.as_dict(result.option_ids, curve=True)})
        else:
            print_lines(render_criterion(decision, result, one))
        return 0
    result, flips = sensitivity_and_flips(decision)  # one evaluation for both
    if args.json:
        payload = _envelope(args.file, decision, result)
        payload["criteria"] = result.as_dict()["criteria"]
        payload["robustness"] = flips.as_dict()
        for item, out in zip(flips.items, payload["robustness"]["items"]):  # QA 21 item 5
            out["new_top_breaches"] = list(breached_criteria(new_top_breaches(decision, item)))
        write_json(payload)
    else:
        print_lines(render_text(decision, result, flips))
    return 0
