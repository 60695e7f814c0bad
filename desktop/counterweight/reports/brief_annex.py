"""The back half of the brief: red lines, method notes and the audit summary.

The annexes (the scores' rationale and evidence, the sources) are in
:mod:`counterweight.reports.score_annex`; :func:`annex_section` is re-exported here.

Every user string is escaped with :func:`~counterweight.reports.html_parts.esc`.
References (URLs, citations) are printed as text, never as links: the brief must
not point a reader's PDF viewer at the network, and the application never fetches them.
"""

from __future__ import annotations

from counterweight.domain import QualitativeScale
from counterweight.domain.methods import (
    AggregationMethod,
    LevelUncertainty,
    Normalization,
    RedLineAction,
    WeightUncertainty,
)
from counterweight.domain.wording import count
from counterweight.engine.diagnostics import CONSTANT_COLUMN, DOMINATED, MISSING_SCORE
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.flip import FRAGILE_THRESHOLD
from counterweight.engine.phrase import Phrase
from counterweight.engine.red_lines import RED_LINE_BREACH
from counterweight.engine.smaa_model import LEVELS_IGNORED, RANGES_IGNORED
from counterweight.engine.smaa_result import SmaaResult
from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import esc, esc_lines, number, table
from counterweight.reports.red_line_words import limit_words
from counterweight.reports.score_annex import annex_section  # Annex A and B (re-exported)
from counterweight.reports.summary import join_words, pct
from counterweight.reports.english_dates import english_date, in_zone, utc_offset

_METHOD_WORDS = {
    AggregationMethod.WSM: "Each option's total is the sum, over the scored criteria, of the criterion's global "
                           "weight times the option's value on it (0 = worst, 1 = best), so the contributions in "
                           "the chart add up to the total.",
    AggregationMethod.WPM: "Each option's total is the product of its values raised to the criteria's weights; "
                           "a very poor value on one criterion cannot be made up elsewhere as easily as in a sum.",
    AggregationMethod.TOPSIS: "Options are ranked by how close they are to an ideal option (the best score on "
                              "every criterion) relative to their distance from the worst one.",
    AggregationMethod.PROMETHEE: "Options are compared in pairs on every criterion; the net flow (how much an "
                                 "option is preferred to the others minus how much they are preferred to it) "
                                 "decides the ranking.",
    AggregationMethod.VIKOR: "Options are ranked by a compromise between the group benefit (the weighted sum of "
                             "regrets) and the worst single regret.",
}

_NORMALIZATION_WORDS = {
    Normalization.VALUE_FUNCTION: "scores become values through each criterion's own scale (its bounds, "
                                  "breakpoints or level values), so one option's value never depends on the others",
}


def red_lines_section(brief: Brief) -> str:
    d, ev = brief.decision, brief.evaluation
    out = ["<h2>Red lines</h2>"]
    if not d.red_lines:
        out.append("<p>No red lines are set: every option is ranked on its overall score alone.</p>")
        return "\n".join(out)
    rows = []
    for r in d.red_lines:
        crit = d.criterion(r.criterion_id)
        limit = esc(limit_words(r, crit, number))
        action = "left out of the ranking" if r.action is RedLineAction.EXCLUDE else "flagged"
        breaches = [b for b in ev.red_line_breaches if b.red_line_id == r.id]
        who = esc(", ".join(b.option_name for b in breaches)) if breaches else "none"
        rows.append([esc(d.path_name(crit.id)), limit, action, who, esc_lines(r.note)])
    out.append(table(["Criterion", "Limit", "An option beyond it is", "Options beyond it", "Why"], rows,
                     widths=["20%", "18%", "14%", "20%", "28%"]))
    for b in ev.red_line_breaches:  # the "Why" column above gives the red line's note: not again (QA 25 item 12)
        reason = Phrase(b.reason.template, **{**b.reason.args, "note": ""}) if isinstance(b.reason, Phrase) \
            and "note" in b.reason.args else b.reason
        out.append(f"<p>{esc(reason)}</p>")
    return "\n".join(out)


_WEIGHT_DRAWS = {
    WeightUncertainty.EXACT: "The weights were not drawn: every draw used the weights as set.",
    WeightUncertainty.RANGES: "Each criterion's weight was drawn within the range set for it, the weights of a "
                              "draw adding up to 100 %.",
    WeightUncertainty.ORDINAL: "The weights were drawn at random, keeping only the order of importance set for "
                               "the criteria.",
    WeightUncertainty.NONE: "The weights were drawn at random from every possible set of weights (nothing was "
                            "assumed about them), uniformly over all {n} scored criteria taken together: the groups "
                            "of the criteria tree were ignored, so a group with more criteria under it gets more "
                            "weight on average.",
}


def _score_draws(brief: Brief, result: SmaaResult) -> str:
    """How the scores varied in the run: the ranged numeric scores, the level-rated ones, and what was held."""
    c = result.score_counts
    parts = [_number_draws(brief, result), _level_draws(result)]
    if c.numbers_held:
        parts.append("The one numeric score without a range was held at its value." if c.numbers_held == 1 else
                     f"The {c.numbers_held:,} numeric scores without a range were held at their values.")
    if c.numbers_varied + c.levels_varied > 1:
        parts.append("Each score was drawn independently of the others.")
    return " ".join(p for p in parts if p)


def _level_draws(result: SmaaResult) -> str:
    """What happened to the level-rated scores (QA 21 item 1): held as rated, or one level either way."""
    c = result.score_counts
    if not c.levels_varied:
        if not c.levels_held:
            return ""
        ignored = next((x.message for x in result.diagnostics if x.code == LEVELS_IGNORED), "")
        if ignored:
            return ignored
        return ("The one level-rated score was not drawn: it was held at its rated level." if c.levels_held == 1
                else f"The {c.levels_held:,} level-rated scores were not drawn: each was held at its rated level.")
    which = (" with weak or no evidence (none, or only items of low credibility, an item from a source graded D "
             "or E counting one step lower)" if result.level_scores is LevelUncertainty.WEAK_EVIDENCE else "")
    text = (f"{count(c.levels_varied, 'level-rated score')}{which} {'was' if c.levels_varied == 1 else 'were'} "
            "drawn one level either way: the level below, the rated level or the level above, each with chance "
            "1/3, the levels taken in order of value; a step past the end of the scale stays on the end level.")
    if c.levels_held:
        text += (f" The other {count(c.levels_held, 'level-rated score')} "
                 f"{'was' if c.levels_held == 1 else 'were'} held as rated.")
    return text[0].upper() + text[1:]


def _number_draws(brief: Brief, result: SmaaResult) -> str:
    """How the numeric scores with a range varied: from which distribution, widened or not."""
    unc = brief.decision.method.uncertainty
    n = result.score_counts.numbers_varied
    if not n:
        ignored = next((x.message for x in result.diagnostics if x.code == RANGES_IGNORED), "")
        nothing = "No numeric score was drawn" if result.score_counts.levels_varied else "No score was drawn"
        if ignored:
            return f"{nothing}. {ignored}"
        return f"{nothing}: no numeric score has a range."
    which = "The one score with a range was" if n == 1 else f"The {n:,} scores with a range were"
    if unc.widen_by_evidence:
        which = which.replace("with a range", "with a range (after widening)")
    text = f"{which} drawn within it from a {unc.distribution.value} distribution"
    ranged = [s for s in brief.decision.scores if s.low is not None or s.high is not None]
    own = sorted({s.distribution.value for s in ranged if s.distribution not in (None, unc.distribution)})
    if own:
        text += f" (or the {join_words(own, 'or')} distribution set on a score)"
    if unc.widen_by_evidence:
        return text + (". Numeric ranges were first widened where evidence is missing (by 20 % of the scale on "
                       "each side) or weak (by 10 %).")
    return text + "; ranges were used as entered, not widened where evidence is weak."


def rank_acceptability_note(brief: Brief) -> str:
    """The method note on rank acceptability, worded from the settings of the run the brief reports."""
    head = "<b>Rank acceptability</b> follows SMAA-2 (Lahdelma and Salminen, 2001)"
    result = brief.smaa
    if result is None or result.samples <= 0:
        return f"{head}; it was not computed for this brief (the Rank acceptability section says why)."
    weights = _WEIGHT_DRAWS.get(result.weight_mode, f"Weights: {esc(result.weight_mode.value)}.").format(
        n=len(result.leaf_ids))
    return (f"{head}: the options were ranked in each of {result.samples:,} draws made with the stored random "
            f"seed {result.seed}. {weights} {esc(_score_draws(brief, result))}")


#: Methods that combine the 0-1 values of the chosen normalisation; the others work on the raw scores.
_ON_VALUES = (AggregationMethod.WSM, AggregationMethod.WPM)


def method_settings(ev: Evaluation) -> str:
    """What the totals were computed from, in words: the normalisation (weighted sum and product) or,
    for TOPSIS, PROMETHEE and VIKOR, the raw scores and the method's own setting (docs/methods.md)."""
    method = ev.aggregation
    if method in _ON_VALUES:
        return f"normalisation: {ev.normalization.label}"
    if method is AggregationMethod.TOPSIS:
        name = str(ev.parameters.get("normalization", ""))
        label = Normalization(name).label if name in {n.value for n in Normalization} else name
        return f"on the raw scores, with its own normalisation: {label}"
    if method is AggregationMethod.VIKOR:
        return f"on the raw scores, v = {float(ev.parameters.get('v', 0.5)):g}"
    return "on the raw scores, compared in pairs with each criterion's preference function"


def _times_note(brief: Brief) -> str:
    """Which clock the brief's times are read on (the History panel shows local time, the audit log UTC)."""
    offset = utc_offset(brief.created)
    clock = ("in UTC, the time zone of the computer that made this brief, and marked so" if offset == "UTC" else
             f"the local time of the computer that made this brief, each followed by its offset from UTC ({offset})")
    return (f"<b>Times.</b> Times of day are {clock}; <i>counterweight audit log</i> lists the project's "
            "history in UTC.")


def method_section(brief: Brief) -> str:
    ev = brief.evaluation
    if ev.aggregation in _ON_VALUES:
        norm = _NORMALIZATION_WORDS.get(
            ev.normalization,
            "each criterion is rescaled using the scores the options actually have, so adding or removing an "
            "option can change the others' values",
        )
        scores = f"<b>Normalisation.</b> {esc(ev.normalization.label)}: {norm}."
        listed = any(dg.code == MISSING_SCORE for dg in ev.diagnostics)  # QA 25 item 12: not when there are none
        missing = ("<b>Missing scores</b> count as the worst possible value (0)"
                   + (" and are listed as warnings below." if listed else "; this decision has none."))
    else:
        d = brief.decision  # QA 23 item 10: a criterion scored with levels takes part with its level's 0-100 value
        levels = [ev.leaf_labels[j] for j, cid in enumerate(ev.leaf_ids)
                  if d.has_criterion(cid) and isinstance(d.criterion(cid).scale, QualitativeScale)]
        units = ("in each criterion's own units" if not levels else
                 f"in each numeric criterion's own units and, for a criterion scored with levels "
                 f"({esc(join_words(levels))}), on the 0-100 value of the option's level")
        scores = (f"<b>Scores.</b> {esc(ev.aggregation.label)} works {esc(method_settings(ev))}, {units}, not on "
                  "the 0-1 values of the value functions (the scorecard's colours still show those).")
        listed = any(dg.code == MISSING_SCORE for dg in ev.diagnostics)
        missing = ("<b>Missing scores.</b> This method compares the options with one another, so an option with a "
                   "missing score on a criterion that takes part is not given an invented one: it is listed "
                   "after the ranked options, without a rank" + (", and in the warnings below." if listed
                                                                 else "; this decision has none."))
    items = [
        f"<b>Method.</b> {esc(ev.aggregation.label)}. {_METHOD_WORDS[ev.aggregation]}",
        scores,
        "<b>Weights.</b> Each criterion carries points; only their ratio to the points of the criteria beside it "
        "matters. A criterion's global weight is its share of its group times the group's own weight.",
        missing,
        "<b>Ties.</b> Totals within one part in a billion are treated as equal and share the better rank.",
        "<b>Rounding.</b> A number halfway between two shown values is rounded away from zero, as a spreadsheet "
        "rounds: 31.25 % is shown as 31.3 %.",
        "<b>Sensitivity.</b> One weight is moved at a time while the criteria beside it keep their proportions; "
        f"a result is fragile when a change of less than {pct(FRAGILE_THRESHOLD, 0)} of a weight's or a "
        "score's range puts another option first.",
        rank_acceptability_note(brief),
        _times_note(brief),
        "The full rules, with worked formulas, are in <i>How Counterweight calculates a result</i>, part of "
        "Counterweight's published documentation.",
    ]
    out = ["<h2>Method notes</h2>"] + [f"<p>{text}</p>" for text in items]
    # Red-line breaches are reported in their own section.
    warnings = [diag for diag in ev.diagnostics if diag.severity == "warning" and diag.code != RED_LINE_BREACH]
    if warnings:
        out.append("<h3>Warnings from the calculation</h3>")
        out += [f"<p>• {esc(diag.message)}</p>" for diag in warnings]
    # QA 21: dominated options and criteria every option scores the same on (notes, not warnings)
    findings = [diag for diag in ev.diagnostics if diag.code in (DOMINATED, CONSTANT_COLUMN)]
    if findings:
        out.append("<h3>Notes on the options and criteria</h3>")
        out += [f"<p>• {esc(diag.message)}</p>" for diag in findings]
    return "\n".join(out)


def audit_section(brief: Brief) -> str:
    out = ["<h2>Audit summary</h2>"]
    audit = brief.audit
    if audit is None:
        out.append("<p>This brief was made from a decision file, which keeps no audit trail. Briefs made from "
                   "a project file report its history here.</p>")
        return "\n".join(out)
    state = ("verified: no recorded change has been altered, removed or reordered" if audit.verified
             else f"<b>NOT verified</b>: {esc(audit.problem)}")
    rows = [("Changes recorded", f"{audit.entries:,}"), ("Hash chain", state)]
    if audit.head_hash:
        # one unbroken line (QA pass 19: it wrapped, and a copied hash then held a line break)
        rows.append(("Latest entry's hash",
                     f'<span class="mono" style="font-size: 8pt; white-space: nowrap">{esc(audit.head_hash)}</span>'))
    if audit.first_at and audit.last_at:
        zone = brief.created.tzinfo  # the dates of the brief's own time zone, as its times
        rows.append(("Period", f"{english_date(in_zone(audit.first_at, zone))} to "
                               f"{english_date(in_zone(audit.last_at, zone))}"))
    if audit.origin:  # h26h: the first entry, an import, says what it read
        rows.append(("Imported from", esc(audit.origin)))
    if audit.users:
        rows.append(("Changes made by", esc(", ".join(audit.users))))
    body = "".join(f'<tr><td width="26%" class="muted">{k}</td><td>{v}</td></tr>' for k, v in rows)
    out.append(f'<table cellspacing="0" cellpadding="2" width="100%">{body}</table>')
    if audit.head_hash:
        out.append('<p class="muted">Anyone holding the project file and Counterweight can check that its history '
                   "still ends at this hash with its command-line check, <i>counterweight audit verify --head HASH "
                   "FILE</i>, HASH being the hash above and FILE the project file.</p>")
    if audit.note:
        out.append(f'<p class="muted">{esc(audit.note)}</p>')
    return "\n".join(out)


__all__ = ["annex_section", "audit_section", "method_section", "method_settings", "rank_acceptability_note",
           "red_lines_section"]
