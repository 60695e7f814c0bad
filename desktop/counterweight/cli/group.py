"""``counterweight group``: the group ranking, each analyst's top option and the disagreements that matter."""

from __future__ import annotations

import argparse
import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.evaluate_text import ranking_note
from counterweight.cli.output import DASH, format_table, print_lines, shorten, write_json
from counterweight.domain.shown_numbers import fixed

if TYPE_CHECKING:  # services load only when the command runs (fast --help)
    from counterweight.domain import Decision
    from counterweight.engine import Evaluation
    from counterweight.services.disagreement import DisagreementReport

_WIDTH = 100
#: Characters of an analyst's name shown in the table of top options.
NAME_WIDTH = 40

JSON_HELP = """\
JSON output (--json) is one object:
  file, decision {"id", "title", "notice"}, group {"scores", "weights", "ahp",
  "shared_voice"}, group_top, group_top_name, group_ranking (option ids, best
  first, options left out of the ranking last),
  group_ranks     [{"option_id", "option", "rank", "excluded", "note"}] in
                  the order of group_ranking: rank 1 = best, tied options
                  share a rank (1, 2, 2, 4); rank null and excluded true
                  when a red line excludes the option, rank null when it
                  cannot be ranked (missing scores); note as in the table
  top_changes_under_some_analyst (true/false),
  analysts        [{"analyst_id", "name", "top", "top_name", "differs"}]
                  (analyst_id null for the shared inputs; a name two analysts
                  share is numbered: "Ann (1)", "Ann (2)")
  score_spread    [{"criterion_id", "criterion", "option_id", "option",
                    "values" [{"analyst_id", "analyst", "value"}], "range",
                    "cv", "unit"}]  (cv: coefficient of variation, 0 when
                  all agree, null when the values differ around an average
                  of 0)
  weight_spread   the same per criterion (values in % of its group)
  ranking_movers  [{"kind" ("score"/"weight"), "criterion_id", "criterion",
                    "option_id", "option", "analyst_id", "analyst",
                    "group_value", "analyst_value", "new_top", "new_top_name",
                    "other_criterion_id", "other_criterion"}]  (other: a
                  weight in a group of two, listed once, whose partner's
                  share is 100 minus this one's; null otherwise)
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``group`` subcommand."""
    parser = commands.add_parser(
        "group",
        parents=list(parents),
        help="group ranking across analysts, and which disagreements change the top option",
        description=textwrap.fill(
            "Aggregate the analysts' own scores and weights as the file's group settings say, rank the "
            "options, show each analyst's top option, and list the disagreements that would change the top "
            "option if one analyst's value replaced the group's. The file is only read, never changed.", 78),
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def elide_middle(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters by dropping its middle (an ellipsis marks the cut)."""
    if len(text) <= width:
        return text
    if width < 2:
        return text[:width]
    tail = (width - 1) // 2
    return text[: width - 1 - tail] + "…" + text[len(text) - tail:]


def fit_names(names: Sequence[str], width: int = NAME_WIDTH) -> list[str]:
    """Names cut in the middle to ``width``; any that would then read alike are kept whole.

    Long names often share their beginning ("Dr Maximiliana-Wilhelmina von ...") and
    differ at the end, which middle elision keeps; when two cut names still match,
    both stay in full so the table never shows the same text for different analysts.
    """
    short = [elide_middle(n, width) for n in names]
    counts = Counter(short)
    return [s if counts[s] == 1 else n for s, n in zip(short, names, strict=True)]


def group_ranks(decision: Decision, report: DisagreementReport, evaluation: Evaluation) -> list[dict[str, Any]]:
    """The group ranking with the engine's ranks (ties share one) and why an option has none.

    ``evaluation`` is the group view's evaluation, the one ``report.group_ranking`` comes from.
    """
    return [{"option_id": oid, "option": decision.option(oid).name,
             "rank": evaluation.rank_of(oid) if evaluation.is_ranked(oid) else None,
             "excluded": evaluation.is_excluded(oid), "note": ranking_note(evaluation, oid)}
            for oid in report.group_ranking]


def _ranking_table(ranks: list[dict[str, Any]]) -> list[str]:
    rows = [[DASH if r["rank"] is None else str(r["rank"]), shorten(r["option"], 40), r["note"]] for r in ranks]
    if any(r[-1] for r in rows):
        return format_table(["Rank", "Option", "Note"], rows, right=[True, False, False])
    return format_table(["Rank", "Option"], [r[:-1] for r in rows], right=[True, False])


def render_text(decision: Decision, report: DisagreementReport, evaluation: Evaluation | None = None) -> list[str]:
    """Group ranking, analysts' top options and the ranking-moving disagreements, as lines.

    ``evaluation`` is the group view's evaluation (computed when not given): it gives the
    ranks, shared by tied options, and marks the options a red line excludes.
    """
    from counterweight.services.disagreement import score_words

    if evaluation is None:
        evaluation = group_evaluation(decision)
    def name(oid: str | None) -> str:
        return "-" if oid is None else decision.option(oid).name

    g = decision.group
    lines = [decision.title]
    if decision.notice:
        lines += textwrap.wrap(f"Notice: {decision.notice}", _WIDTH)
    if not decision.analysts:
        lines.append("No analysts are named in this project: the group view is the shared one.")
    voices = f"{len(decision.analysts)} analyst(s)" + (" and the shared inputs" if g.shared_voice else "")
    lines.append(f"Group of {voices}: scores by {g.scores.replace('_', ' ')}, weights by"
                 f" {g.weights.replace('_', ' ')}, AHP by {g.ahp.upper()}")
    lines += ["", "Group ranking:"]
    lines += _ranking_table(group_ranks(decision, report, evaluation))
    lines += ["", "Top option under each analyst's inputs:"]
    who = fit_names([t.name for t in report.tops])  # labels: already unique per analyst
    lines += format_table(["Analyst", "Top option", "Same as group"],
                          [[w, shorten(name(t.top), 40), "no" if t.differs else "yes"]
                           for w, t in zip(who, report.tops, strict=True)])
    verdict = ("Yes: the top option changes under at least one analyst's inputs."
               if report.top_changes_under_some_analyst else
               "No: every analyst's inputs give the group's top option.")
    lines += ["", verdict, "", "Disagreements that move the top option:"]
    if not report.movers:
        lines.append("  none: no single analyst's score or weight changes the group's top option.")
    for m in report.movers:
        crit = decision.criterion(m.criterion_id).name
        if m.kind == "score":
            group, own = (score_words(decision, m.criterion_id, v) for v in (m.group_value, m.analyst_value))
            what = f"score of {name(m.option_id)} on {crit}: group {group}, {m.analyst} {own}"
        elif m.other_id is not None:  # QA 29: a group of two is one judgement, listed once
            other = decision.criterion(m.other_id).name
            what = (f"weights of {crit} and {other}: group {fixed(m.group_value, 1)}/{fixed(100 - m.group_value, 1)}%,"
                    f" {m.analyst} {fixed(m.analyst_value, 1)}/{fixed(100 - m.analyst_value, 1)}%")
        else:
            what = f"weight of {crit}: group {fixed(m.group_value, 1)}%, {m.analyst} {fixed(m.analyst_value, 1)}%"
        lines += textwrap.wrap(f"{what} -> top becomes {name(m.new_top)}", _WIDTH, initial_indent="  - ",
                               subsequent_indent="    ")
    return lines


def group_evaluation(decision: Decision) -> Evaluation:
    """The evaluation of the group view, as :func:`~counterweight.services.disagreement.disagreement` makes it."""
    from counterweight.engine import evaluate
    from counterweight.services.group import group_view

    return evaluate(group_view(decision))


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight group``; returns the exit status."""
    from counterweight.services.disagreement import disagreement
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    report = disagreement(decision)
    evaluation = group_evaluation(decision)
    if args.json:
        payload: dict[str, Any] = {
            "file": args.file,
            "decision": {"id": decision.id, "title": decision.title, "notice": decision.notice},
            "group": decision.group.model_dump(mode="json"),
        }
        for key, value in report.as_dict(decision).items():
            payload[key] = value
            if key == "group_ranking":  # the ranks right after the order they belong to
                payload["group_ranks"] = group_ranks(decision, report, evaluation)
        write_json(payload)
    else:
        print_lines(render_text(decision, report, evaluation))
    return 0
