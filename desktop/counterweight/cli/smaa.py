"""``counterweight smaa``: stochastic acceptability analysis (SMAA-2) of a decision file."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from counterweight.cli.output import DASH, format_table, print_lines, shorten, write_json
from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.methods import LevelUncertainty, WeightUncertainty
from counterweight.domain.shown_numbers import fixed, percent
from counterweight.domain.wording import count, join_words

if TYPE_CHECKING:  # the engine and services load only when the command runs (fast --help)
    from counterweight.engine.smaa import SmaaResult

_NAME_WIDTH = 32
_TEXT_WIDTH = 100
#: Rank columns shown in the text table (all ranks are in the JSON).
TEXT_RANKS = 8
MIN_SAMPLES, MAX_SAMPLES = 100, 1_000_000
#: The values of ``--level-scores`` (``LevelUncertainty``; spelled out so that --help loads no model).
LEVEL_SCORES = ("as_rated", "weak_evidence", "all")
#: What an excluded option's row shows instead of its shares (the window's words).
EXCLUDED = "excluded by a red line"

JSON_HELP = """\
Weights vary as the decision's uncertainty settings say (exact, within ranges,
only their order known, or nothing known); scores with a low-high range vary
within it (uniform, triangular or PERT); level-rated scores are held as rated
or move one level either way, as the file's setting (or --level-scores) says.
Each sample ranks the options. The same file, samples, seed and settings always
give the same numbers.

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
               (ties share the better rank; all 0 for an option a red line
               excludes),
               "central_weights": {criterion label: typical weight making
               the option best} or null if it is never best,
               "confidence": the confidence factor, the share of samples in
               which it is still best when the weights are held at its
               central weights and only the scores vary (with exact weights
               it repeats rank 1; the text output then leaves it out), null
               if it is never best,
               "past_red_line": share of samples in which at least one of
               its drawn scores is past a red line, "first_past_red_line":
               share in which it ranks first while one is (both null when
               the decision has no red line, or for an excluded option)}
  diagnostics  {"code", "severity", "message", "option_id", "criterion_id"}
  red_lines    the red lines checked in each sample, in words ([] if none);
               who takes part is decided on the central scores, as in the
               ranking
  excluded     ids of the options a red line excludes (left out of the draws
               and the ranks; the text output says "excluded by a red line")
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``smaa`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "smaa",
        parents=list(parents),
        help="how often each option ranks first, second... when weights and scores vary",
        description=textwrap.fill(
            "Stochastic multicriteria acceptability analysis (SMAA-2) of a decision file: "
            "rank acceptability indices, central weights and confidence factors. "
            "--samples, --seed, --widen-by-evidence and --level-scores override the "
            "file's settings for this run only; the file is only read, never changed.",
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
    parser.add_argument("--level-scores", choices=LEVEL_SCORES, metavar="{" + ",".join(LEVEL_SCORES) + "}",
                        help="level-rated scores: held as rated (as_rated), one level either way where the "
                             "evidence is weak or missing (weak_evidence), or for every score (all); "
                             "default: the file's setting")
    parser.add_argument("--json", action="store_true", help="print the result as JSON (format below)")
    parser.set_defaults(run=run)


def _check_args(args: argparse.Namespace) -> None:
    if args.samples is not None and not MIN_SAMPLES <= args.samples <= MAX_SAMPLES:
        raise InvalidInputError(
            f"must be between {MIN_SAMPLES:,} and {MAX_SAMPLES:,} (got {args.samples:,})", where="--samples"
        )
    if args.seed is not None and not 0 <= args.seed <= 2**32 - 1:
        raise InvalidInputError(f"must be a whole number from 0 to {2**32 - 1}", where="--seed")


def _header(decision: Decision, result: SmaaResult) -> list[str]:
    """The run, then what the draws varied and what they held, in the brief's words (reports/smaa_words.py)."""
    from counterweight.reports.smaa_words import scope_sentences, varied_words  # loaded only when the command runs

    c = result.score_counts  # the counts in one line, then the same in the brief's words
    lines = [f"SMAA-2 (weighted sum): {result.samples:,} samples, seed {result.seed}; weights:"
             f" {result.weight_mode.value}; {count(c.numbers_varied, 'score range')} "
             f"{'varies' if c.numbers_varied == 1 else 'vary'}; level-rated scores: {c.levels_varied:,} varied"
             f" ({result.level_scores.value}), {c.levels_held:,} held as rated"]
    varied = varied_words(result)
    said = [f"In these draws {join_words(varied)}." if varied else "Nothing varies in these draws.",
            *scope_sentences(decision, result)]
    lines += textwrap.wrap(" ".join(said), _TEXT_WIDTH, break_on_hyphens=False)
    if result.acceptance_rate is not None:
        lines.append(f"Weight ranges: {percent(result.acceptance_rate, 2, space='')} of candidate weights accepted")
    return lines


def ranked_options(result: SmaaResult) -> list[bool]:
    """Which options took part in the draws: False for those a red line excluded (an all-zero row)."""
    return [bool(b) for b in result.ranked]


def _order(result: SmaaResult, ranked: list[bool]) -> list[int]:
    """Rows as the window lists them: most first ranks, then most second ranks...; excluded options last."""
    acc = result.acceptability
    return sorted(range(len(ranked)), key=lambda i: (not ranked[i], *(-float(b) for b in acc[i]), i))


def _ranks_table(result: SmaaResult, ranked: list[bool], shown: int, drawn: bool) -> list[str]:
    """Share of samples at each rank up to ``shown``, the confidence factor when ``drawn``, and the
    share past a red line when the decision has one."""
    red = bool(result.red_lines)
    rows, excluded = [], []
    for i in _order(result, ranked):
        name = shorten(result.option_names[i], _NAME_WIDTH)
        if not ranked[i]:
            excluded.append(name)
            continue
        cells = [name, *(fixed(100 * float(b), 1) for b in result.acceptability[i, :shown])]
        if drawn:
            has = result.confidence is not None and bool(result.has_central[i])
            cells.append(fixed(100 * float(result.confidence[i]), 1) if has else DASH)  # type: ignore[index]
        if red:
            cells.append(fixed(100 * result.red_line_share.get(result.option_ids[i], 0.0), 1))
        rows.append(cells)
    heads = ["Option", *(f"Rank {r + 1}" for r in range(shown)), *(["Confidence factor"] if drawn else []),
             *(["Past a red line"] if red else [])]
    table = format_table(heads, rows or [[""] * len(heads)], right=[False, *([True] * (len(heads) - 1))])
    table = table if rows else table[:2]
    width = max([len(heads[0]), *(len(name) for name in excluded), *(len(r[0]) for r in rows)])
    return [*table, *(f"{name.ljust(width)}  {EXCLUDED}" for name in excluded)]


def render_text(decision: Decision, result: SmaaResult) -> list[str]:
    """What varied, the rank acceptability table (with confidence factors when the weights vary),
    central weights and diagnostics."""
    from counterweight.engine.smaa_red_lines import red_line_sentences  # loaded only when the command runs

    lines = [decision.title]
    if decision.notice:
        lines += textwrap.wrap(f"Notice: {decision.notice}", _TEXT_WIDTH)
    lines += _header(decision, result)
    n = len(result.option_ids)
    if not n:
        return [*lines, "", "There are no options to rank."]
    ranked = ranked_options(result)
    taking_part = sum(ranked)
    if taking_part:  # QA 21: as the window does, no rank past the options that took part, no 0 % rows
        drawn = result.weight_mode is not WeightUncertainty.EXACT  # with exact weights the factor repeats Rank 1
        shown = min(taking_part, TEXT_RANKS)
        title = "Rank acceptability (% of samples)" + (" and confidence factor:" if drawn else ":")
        lines += ["", title, *_ranks_table(result, ranked, shown, drawn)]
        if shown < taking_part:
            lines.append(f"(ranks beyond {shown} are in the JSON output)")
        key = (["Confidence factor: the share of samples in which the option still ranks first when the weights are "
                "held at its own central weights (the average weights of the samples it won) and only the scores "
                f"vary. It is not the chance that the option is the best choice; that is Rank 1. A dash ({DASH}): the option "
                "never ranked first."] if drawn else
               ["No confidence factor is given: the weights were not drawn, so it would only repeat Rank 1."])
        left_out = [result.option_names[i] for i in range(n) if not ranked[i]]
        if left_out:
            key.append(f"Excluded by a red line, so left out of the draws and the ranks: {join_words(left_out)}.")
        lines += textwrap.wrap(" ".join(key), _TEXT_WIDTH, break_on_hyphens=False)
        if result.red_lines:  # who takes part is decided on the central scores; each draw's own scores may breach
            for text in (f"Past a red line: the share of samples in which at least one of the option's drawn scores"
                         f" is past a red line ({'; '.join(result.red_lines)}).", *red_line_sentences(result)):
                lines += textwrap.wrap(text, _TEXT_WIDTH, break_on_hyphens=False)
    best = [i for i in _order(result, ranked) if result.has_central[i]]
    if best and result.leaf_ids:
        lines += ["", "Central weights (%): the typical weights that make each option best"]
        for i in best:
            parts = ", ".join(f"{lab} {fixed(100 * float(w), 1)}" for lab, w in zip(result.leaf_labels, result.central_weights[i]))
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
    changes: dict[str, Any] = {}
    if args.widen_by_evidence:
        changes["widen_by_evidence"] = True
    if args.level_scores is not None:
        changes["level_scores"] = LevelUncertainty(args.level_scores)
    if changes:
        unc = decision.method.uncertainty.model_copy(update=changes)
        decision = decision.model_copy(update={"method": decision.method.model_copy(update={"uncertainty": unc})})
    result = run_smaa(decision, samples=args.samples, seed=args.seed)
    if args.json:
        payload: dict[str, Any] = {
            "file": args.file,
            "decision": {"id": decision.id, "title": decision.title, "notice": decision.notice},
        }
        payload.update(result.as_dict())
        payload["excluded"] = [oid for oid, took_part in zip(result.option_ids, ranked_options(result))
                               if not took_part]
        write_json(payload)
    else:
        print_lines(render_text(decision, result))
    return 0
