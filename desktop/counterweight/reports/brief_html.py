"""The brief as HTML for Qt's rich-text engine, every piece of user text escaped.

Names, rationales, quotes and notes come from users and from imported documents,
so all of them pass through :func:`esc` (``html.escape``) before they reach the
markup: a name such as ``<img src="file:///etc/passwd">`` is printed as those
characters and never becomes an element. Tags are written only here, in
:mod:`counterweight.reports.html_parts` and in :mod:`counterweight.reports.brief_annex`.

Charts are not images here: each is an ``<img src="chart:NAME">`` placeholder of
the size the renderer asks for, which :mod:`counterweight.reports.pdf_brief`
replaces with the chart painted as vector graphics.

The front matter and analysis sections are here; red lines, method notes, the
annex of rationales and evidence, and the audit summary are in
:mod:`counterweight.reports.brief_annex`. :func:`document_html` assembles them.
"""

from __future__ import annotations

import datetime as dt
import math

from counterweight.domain import Decision
from counterweight.domain.scales import QualitativeScale
from counterweight.domain.methods import WeightUncertainty
from counterweight.domain.shown_numbers import fixed
from counterweight.reports.brief_acceptability import ACCEPTABILITY_RANKS, acceptability_rows, later_ranks_key
from counterweight.reports.brief_annex import (
    annex_section,
    audit_section,
    method_section,
    method_settings,
    red_lines_section,
)
from counterweight.reports.brief_content import Brief, ElicitationNote
from counterweight.reports.brief_disputes import disputes_section
from counterweight.reports.brief_regrets import regrets_section
from counterweight.reports.brief_provenance import provenance_html_rows
from counterweight.reports.brief_contents import contents_section
from counterweight.reports.brief_assumptions import assumptions_section  # QA 25: inputs nobody judged
from counterweight.reports.brief_options import options_section
from counterweight.reports.brief_conclusion import conclusion_section  # the recommendation and decision taken
from counterweight.reports.brief_methods import method_comparison_section  # QA 21: every method's ranking
from counterweight.domain.direction import direction_arrow
from counterweight.reports.brief_sensitivity import then_first_cell, tornado_table  # QA 21: red lines, takers
from counterweight.reports.brief_verdict import section_lead, share_of_range, vikor_scope
from counterweight.reports.table_widths import column_widths, plain_text, spread_columns, widest_word
from counterweight.reports.brief_views import inputs_used, used_name, view_how_set, views_sentences
from counterweight.reports.weighting_words import ahp_sentences, points_sentence
from counterweight.reports.method_figures import column_cells, compromise_note, figure_key, own_columns, score_rule
from counterweight.reports.html_parts import (
    MAX_CHART_BARS,
    Cell,
    ChartSizes,
    Colour,
    chart,
    esc,
    esc_lines,
    number,
    range_ends,
    table,
)
from counterweight.engine.shown_scores import SCORE_DECIMALS, score_decimals, score_texts
from counterweight.engine.smaa_red_lines import red_line_sentences
from counterweight.reports.summary import join_words, pct, pts
from counterweight.reports.summary_caveats import split_summary
from counterweight.reports.brief_glance import glance_section, group_header_row, indented, with_header_row
from counterweight.reports.brief_tradeoff import tradeoff_section  # the value map
from counterweight.reports.english_dates import english_date, in_zone, zoned_date_time

#: Scored criteria per scorecard table; wider trees are split over several tables.
SCORECARD_COLUMNS = 6


# ----------------------------------------------------------------- sections
def title_block(brief: Brief) -> str:
    d = brief.decision
    rows = [("Date", esc(zoned_date_time(brief.created)))]  # every time in the brief says its offset from UTC
    if brief.source_name:
        rows.append(("File", esc(brief.source_name)))
    rows += provenance_html_rows(brief)  # the state of the project this brief shows, and the version
    if brief.prepared_by:
        rows.append(("Prepared by", esc(brief.prepared_by)))
    if brief.analysts:
        rows.append(("Analysts", esc(", ".join(brief.analysts))))
    if brief.elicited_by:  # QA pass 19: an elicitation's author who is no analyst ("Example author")
        rows.append(("Weights elicited by", esc(", ".join(brief.elicited_by))))
    used = inputs_used(brief.views)
    if used:
        rows.append(("Results use", esc(used)))
    rows.append(("Protective marking", f"<b>{esc(brief.marking)}</b>" if brief.marking else "none set"))
    meta = "".join(f'<tr><td width="22%" class="muted">{k}</td><td>{v}</td></tr>' for k, v in rows)
    out = [f"<h1>{esc(d.title)}</h1>", '<p class="muted">Decision brief</p>',
           f'<table cellspacing="0" cellpadding="2" width="100%">{meta}</table>']
    if d.notice:
        out.append(f'<table cellpadding="6" width="100%"><tr><td class="notice"><b>Note:</b> '
                   f"{esc_lines(d.notice)}</td></tr></table>")
    if d.description:
        out.append(f"<p>{esc_lines(d.description)}</p>")
    return "\n".join(out)


def summary_section(brief: Brief) -> str:
    first, details = split_summary(brief)  # QA 25 item 2: the answer and what most affects it, then the details
    if not first:
        return ""
    rest = " ".join(esc(t) for t in first[1:])
    out = "<h2>Summary</h2>" + f"<p><b>{esc(first[0])}</b> {rest}</p>"
    if details:
        out += f"<p>{' '.join(esc(t) for t in details)}</p>"
    views = views_sentences(brief)
    if views:
        out += f"<p>{' '.join(esc(t) for t in views)}</p>"
    return out


def ranking_section(brief: Brief, sizes: ChartSizes) -> str:
    ev, d = brief.evaluation, brief.decision
    tops = [c for c in d.children(None)]
    segments = tops if ev.additive and 0 < len(tops) <= 5 else []
    own = own_columns(ev)  # QA 23 item 5: the method's own figures, as the window's ranking table shows them
    headers = (["Rank", "Option", "Score (0-100)"] + [f"{esc(c.name)} (points)" for c in segments]
               + [esc(c.header) for c in own] + ["Notes"])
    rows = []
    scores = score_texts(ev)
    figures = [column_cells(ev, c) for c in own]
    for i in (int(k) for k in ev.order):
        oid = ev.option_ids[i]
        notes = [compromise_note(ev, oid)] if compromise_note(ev, oid) else []
        if ev.is_excluded(oid):
            notes.append("left out by a red line")
        if not ev.is_computed(oid):
            notes.append("cannot be placed (missing score)")
        notes += [f"breaches red line on {esc(b.criterion_name)}" for b in ev.breaches_of(oid)]
        rank = str(int(ev.ranks[i])) if ev.is_ranked(oid) else "—"
        # an option the method could not place has no score: "—", not 0.0 (also when a red line excludes it)
        row = [rank, esc(ev.option_names[i]), scores[i]]
        row += [pts(ev.contribution(oid, c.id)) if ev.is_computed(oid) else "—" for c in segments]
        row += [cells[i] for cells in figures]
        rows.append([*row, "; ".join(notes)])
    numeric = [0, 2, *range(3, 3 + len(segments) + len(own))]
    method = f"{esc(ev.aggregation.label)}, {esc(method_settings(ev))}"
    places = score_decimals(ev)
    more = (f" Scores have {places} decimals, so that no two options of different rank read the same."
            if places > SCORE_DECIMALS else "")
    intro = (f'<p class="muted">Method: {method}. Highest score first; equal scores share a rank.{more}</p>'
             f"<p class=\"muted\">{esc(score_rule(ev))}{' ' + esc(figure_key(own)) if own else ''}</p>")
    rest = 81 - 11 * len(segments) - 9 * len(own)
    widths = (["8%", f"{rest * 55 // 100}%", "11%"] + ["11%"] * len(segments) + ["9%"] * len(own)
              + [f"{rest - rest * 55 // 100}%"])
    if not any(row[-1] for row in rows):  # no notes at all: give the names the room
        headers, rows, widths = headers[:-1], [row[:-1] for row in rows], widths[:-1]
        widths[1] = f"{rest}%"
    return ("<h2>Ranking</h2>" + intro + table(headers, rows, numeric=numeric, widths=widths)
            + chart("contribution", sizes))


def _cell_text(decision: Decision, oid: str, cid: str) -> str:
    score = decision.score(oid, cid)
    crit = decision.criterion(cid)
    if score is None or score.is_missing:
        return "no score"
    if isinstance(crit.scale, QualitativeScale):
        return esc(score.level or "")
    text = number(float(score.value))  # type: ignore[arg-type]
    ends = range_ends(score.low, score.high)
    if ends is not None:
        text += f" ({ends[0]}–{ends[1]})"
    return text


def scorecard_section(brief: Brief, colour: Colour) -> str:
    ev, d = brief.evaluation, brief.decision
    order = [int(k) for k in ev.order]
    out = ["<h2>Scorecard</h2>",
           '<p class="muted">Each option\'s score on each criterion. The colour shows the score\'s value on that '
           "criterion's scale, from the worst (pale orange) through amber to the best (green); the better the score, "
           "the darker the cell, so the shading reads in black and white too; pale grey means no score. "
           "Ranges are shown in brackets. ↑ higher is better, ↓ lower is better; a criterion scored with levels has no "
           "arrow, because each level's value says how good it is.</p>"]
    heads, texts = [], []
    for j in range(len(ev.leaf_ids)):
        crit = d.criterion(ev.leaf_ids[j])
        unit = f" ({esc(crit.unit)})" if crit.unit else ""
        arrow = direction_arrow(crit)  # none for levels: their values decide (docs/methods.md, section 2.2)
        heads.append(f"{esc(ev.leaf_labels[j])}{unit}{' ' + arrow if arrow else ''}<br>"
                     f'<span class="small">weight {pct(float(ev.leaf_weights[j]))}</span>')
        texts.append([_cell_text(d, ev.option_ids[i], ev.leaf_ids[j]) for i in order])
    # QA 22 item 15: every column as wide as its widest word ("maintena|nce" broke in a 12 % column);
    # more tables, spread evenly, when the criteria's words do not fit across the page side by side
    names = max(widest_word(["Option"], bold=True), widest_word(ev.option_names[i] for i in order))
    widest = [max(widest_word([plain_text(heads[j])], bold=True), widest_word(plain_text(t) for t in texts[j]))
              for j in range(len(heads))]
    fit = spread_columns(len(heads), SCORECARD_COLUMNS, lambda cols: column_widths(names, [widest[j] for j in cols]))
    for cols, widths in fit:
        body: list[list[Cell]] = []
        for k, i in enumerate(order):
            row: list[Cell] = [esc(ev.option_names[i])]
            for j in cols:
                missing = math.isnan(float(ev.raw[i, j]))
                row.append((texts[j][k], colour(None if missing else float(ev.values[i, j]))))
            body.append(row)
        # QA 25 item 8: a row above the criteria names each column's group
        out.append(with_header_row(table(["Option", *(heads[j] for j in cols)], body, widths=widths),
                                   group_header_row(d, ev, cols)))
        out.append("<p></p>")
    return "\n".join(out)


def _own_judgements(d: Decision) -> dict[str | None, list[str]]:
    """Node id -> names of the analysts who recorded judgements of their own there."""
    names = {a.id: a.name for a in d.analysts}
    out: dict[str | None, list[str]] = {}
    for item in d.analyst_inputs:
        for e in item.elicitations:
            out.setdefault(e.node_id, []).append(names.get(item.analyst_id, item.analyst_id))
    return out


def _how_set(d: Decision, crit_parent: str | None, own: dict[str | None, list[str]]) -> str:
    """The "How set" cell: the shared judgements' method, or plainly that the points were typed in."""
    elicited = d.elicitation(crit_parent)
    if elicited is not None:
        if crit_parent in own:
            return f"{esc(elicited.method.label)} (shared; {esc(join_words(own[crit_parent]))} recorded their own)"
        return esc(elicited.method.label)
    if not d.analysts:
        return "Points entered directly in the project; no judgement recorded"
    text = "Shared points entered directly; no shared judgement recorded"
    if crit_parent in own:
        text += f" ({esc(join_words(own[crit_parent]))} recorded their own)"
    return text


def _elicitation_text(note: ElicitationNote, zone: dt.tzinfo | None) -> str:
    who = f" by {esc(note.elicited_by)}" if note.elicited_by else ""
    when = f" on {english_date(in_zone(note.elicited_at, zone))}" if note.elicited_at else ""  # the brief's day
    node = esc(note.node_name[0].upper() + note.node_name[1:])
    whose = f" ({esc(note.analyst)}'s own)" if note.analyst else ""
    text = f"<b>{node}</b>{whose}: {esc(note.method)}{who}{when}."
    if note.judgements:
        text += " Judgements: " + esc("; ".join(note.judgements)) + "."
    if note.weights:
        text += " Resulting weights: " + esc(", ".join(f"{n} {pct(w)}" for n, w in note.weights)) + "."
    if note.ahp is not None:  # QA 23 item 7: priority method, lambda_max, CI, RI and its table, CR
        text += " " + esc(" ".join(ahp_sentences(note.ahp)))
    elif note.consistency_ratio is not None:
        verdict = "acceptable (at most 0.10)" if note.consistency_ok else "above the usual 0.10 limit"
        text += f" Consistency ratio {fixed(note.consistency_ratio, 3)}, {verdict}."
    rounded = points_sentence(note.points, always=note.ahp is not None)
    if rounded:
        text += " " + esc(rounded)
    if note.edited_since:
        text += " <i>The weights were edited by hand after these judgements were recorded.</i>"
    if note.problem:
        text += f" <i>{esc(note.problem)}</i>"
    if note.note:
        text += f" Note: {esc(note.note)}"
    return f"<p>{text}</p>"


def weights_section(brief: Brief, sizes: ChartSizes | None = None) -> str:
    d, ev = brief.decision, brief.evaluation
    own, view_how = _own_judgements(d), view_how_set(brief.views)  # h25k: a brief of the group or an analyst's view
    rows = []
    for crit, depth in d.walk():
        name = f"<b>{esc(crit.name)}</b>" if crit.is_group else esc(crit.name)
        rows.append([indented(name, depth), pct(ev.local_weights.get(crit.id, 0.0)), pct(ev.global_weights.get(crit.id, 0.0)),
                     view_how or _how_set(d, crit.parent_id, own)])
    out = ["<h2>Weights</h2>", chart("weights", sizes or {}),  # a bar per criterion, by group
           '<p class="muted">Local weight: share among the criteria beside it. Global weight: share of the whole '
           "decision (the product of the local weights down the tree).</p>",
           table(["Criterion", "Local weight", "Global weight", "How set"], rows, numeric=[1, 2],
                 widths=["40%", "13%", "13%", "34%"])]
    out += _view_weights_table(brief)
    out.append("<h3>How the weights were elicited</h3>")
    shared = [n for n in brief.elicitations if not n.analyst]
    analysts = [n for n in brief.elicitations if n.analyst]
    if not shared and not analysts:
        out.append("<p>No weighting judgements are recorded: the weights were entered directly as points.</p>")
    elif not shared:
        out.append("<p>No weighting judgements are recorded in the shared inputs" + (
            "." if view_how else ": the weights used in this brief were entered directly as points.") + "</p>")
    out += [_elicitation_text(note, brief.created.tzinfo) for note in shared]
    if analysts:
        who = join_words(list(dict.fromkeys(n.analyst for n in analysts)))
        also = " also" if shared else ""
        out.append(f"<p>{esc(who)}{also} recorded weighting judgements of their own. They set the weights of "
                   "each analyst's own view and, through those, of the group view; "
                   + ("they are not used in this brief's results." if not view_how else
                      f"this brief uses {esc(used_name(brief.views))}.") + "</p>")
        out += [_elicitation_text(note, brief.created.tzinfo) for note in analysts]
    return "\n".join(out)


def _view_weights_table(brief: Brief) -> list[str]:
    """Whose weights (QA pass 19): each criterion's global weight in the shared, analysts' and group views."""
    views = brief.views.view_weights if brief.views is not None else ()
    if len(views) < 2:
        return []
    d, used = brief.decision, brief.views.used if brief.views is not None else ""  # h25k: the view followed
    heads = ["Criterion"] + [("Shared" if not label else "Group view" if label == "group" else f"{esc(label)}\u2019s view")
                             + (" (used here)" if label == used else "") for label, _ in views]
    rows = [[indented(f"<b>{esc(crit.name)}</b>" if crit.is_group else esc(crit.name), depth)]
            + [pct(weights.get(crit.id, 0.0)) for _, weights in views] for crit, depth in d.walk()]
    share = f"{60 / len(views):.0f}%"
    return ["<h3>Weights in each view</h3>",
            f'<p class="muted">Global weights under the shared inputs{"" if used else " this brief uses"}, under each '
            "analyst\u2019s own "
            "inputs (their own points or judgements, the shared ones elsewhere) and in the group view.</p>",
            table(heads, rows, numeric=list(range(1, len(heads))), widths=["40%"] + [share] * len(views))]


def _weight_cell(local: float, overall: float, grouped: bool) -> str:
    """A sensitivity weight as the Sensitivity tab shows it (share of its group), plus the overall share in a group."""
    return f'{pct(local)}<br><span class="small">{pct(overall)} overall</span>' if grouped else pct(local)


def sensitivity_section(brief: Brief, sizes: ChartSizes) -> str:
    sens, flips, d = brief.sensitivity, brief.flips, brief.decision
    rows = []
    for c in sens.criteria:
        # local weights, as on the Sensitivity tab and in the CLI; the global weight beneath (QA F6, session 17)
        grouped = d.has_criterion(c.criterion_id) and d.criterion(c.criterion_id).parent_id is not None
        down = "—" if c.decrease is None else _weight_cell(c.decrease.local_weight, c.decrease.global_weight, grouped)
        up = "—" if c.increase is None else _weight_cell(c.increase.local_weight, c.increase.global_weight, grouped)
        then = then_first_cell(d, c)  # QA 21: an option that breaches a red line is flagged
        rows.append([esc(c.label), _weight_cell(c.local_weight, c.global_weight, grouped), down, up, then])
    verdict, lead = section_lead(d, flips)  # a tie names the options sharing first place; "not applicable" says why
    limit = pct(flips.threshold, 0)
    scope = vikor_scope(brief.evaluation)  # QA 23 item 4: whose first place, when VIKOR proposes a set
    out = ["<h2>Sensitivity</h2>",
           f"<p><b>{esc(verdict)}.</b> {esc(lead)}{' ' + esc(scope) if scope else ''}</p>",
           '<p class="muted">Weights at which another option takes first place when one criterion\'s weight '
           "moves and the criteria beside it keep their proportions. Here a weight is the "
           "criterion's share of its group (local weight); for a criterion inside a group its share of the whole "
           "decision (global weight) is given beneath. Then first: the option that takes first place below the "
           "lower weight and above the higher one.</p>",
           table(["Criterion", "Weight now", "Top changes below", "Top changes above", "Then first"], rows,
                 numeric=[1, 2, 3], widths=["32%", "14%", "14%", "14%", "26%"])]
    fragile = flips.fragile_items if flips.verdict == "fragile" else ()  # a tie's are all "any change at all"
    if fragile:
        items = "; ".join(f"{esc(i.label)} ({share_of_range(i.fraction)})" for i in fragile[:8])  # never "0.0 %"
        more = f" and {len(fragile) - 8} more" if len(fragile) > 8 else ""
        out.append(f"<p>Changes under {limit} that put another option first: {items}{more}.</p>")
    notes = flips.notes[1:] if flips.verdict == "not_applicable" else flips.notes  # the first is the reason, above
    out += [f'<p class="muted">{esc(n)}</p>' for n in notes]
    out.append(chart("tornado", sizes))
    if "tornado" in sizes:  # QA 21: which option each bar's change puts first
        out += tornado_table(d, flips, sens)
    return "\n".join(out)


def uncertainty_section(brief: Brief, sizes: ChartSizes) -> str:
    out = ["<h2>Rank acceptability</h2>", f"<p>{esc(brief.uncertainty_note)}</p>"]
    result = brief.smaa
    if result is None:
        return "\n".join(out)
    ranked = result.ranked  # QA 21: a red line's exclusions take no part
    if not ranked.any():
        return "\n".join([*out, "<p>Every option is excluded by a red line, so nothing was ranked.</p>"])
    drawn = result.weight_mode is not WeightUncertainty.EXACT  # with exact weights the factor repeats Rank 1
    red = bool(result.red_lines)  # share of draws past a red line on the option's own drawn scores
    heads, rows, later = acceptability_rows(result)  # QA 31 item 7: the chart's order, and the later ranks
    key = ["Share of draws in which each option takes each rank."] + ([later_ranks_key(result)] if later else [])
    key.append("Confidence factor: the share of draws in which the option still ranks first when the weights are "
               "held at its own central weights (the average weights of the draws it won) and only the scores "
               "vary. It is not the chance that the option is the best choice; that is Rank 1. A dash: the "
               "option never ranked first." if drawn else "No confidence factor is given: the weights were not "
               "drawn, so it would only repeat Rank 1.")
    left_out = [result.option_names[i] for i in range(len(ranked)) if not ranked[i]]
    if left_out:
        key.append(f"Excluded by a red line, so left out of the draws, the ranks and the chart: "
                   f"{esc(join_words(left_out))}.")
    out.append(f'<p class="muted">{" ".join(key)}</p>')
    if red:  # who takes part is decided on the central scores, as in the ranking; each draw is judged on its own
        said = [f"Past a red line: the share of draws in which at least one of the option's drawn scores is past a "
                f"red line ({esc('; '.join(result.red_lines))}); who takes part is decided on the central scores, as "
                f"in the ranking.", *(esc(s) for s in red_line_sentences(result))]
        out.append(f"<p>{' '.join(said)}</p>")
    out.append(table(heads, rows, numeric=list(range(1, len(heads)))))
    if int(ranked.sum()) > MAX_CHART_BARS and "acceptability" in sizes:
        out.append(f'<p class="muted">The chart shows the {MAX_CHART_BARS} options most often ranked first.</p>')
    out.append(chart("acceptability", sizes))
    return "\n".join(out)


def document_html(brief: Brief, *, colour: Colour, charts: ChartSizes,
                  contents: tuple[tuple[str, int], ...] = ()) -> str:
    """The whole brief as one HTML document.

    Parameters
    ----------
    brief : Brief
    colour : callable
        Stoplight colour (``"#rrggbb"``) of a value 0-1, ``None`` for no score.
    charts : mapping
        Chart name (``contribution``, ``weights``, ``tradeoff``, ``tornado``, ``acceptability``) ->
        placeholder size in CSS pixels; charts not named are left out.
    contents : tuple of (str, int)
        Section titles and their pages for a contents list after the title block
        (none when empty; :mod:`counterweight.reports.pdf_contents` finds the pages).

    Returns
    -------
    str
        HTML in which every user string is escaped.
    """
    parts = [
        title_block(brief), contents_section(contents), summary_section(brief), conclusion_section(brief),
        ranking_section(brief, charts),
        options_section(brief), assumptions_section(brief), glance_section(brief, colour), tradeoff_section(brief, charts),
        scorecard_section(brief, colour),
        weights_section(brief, charts), disputes_section(brief), regrets_section(brief),
        sensitivity_section(brief, charts), uncertainty_section(brief, charts), method_comparison_section(brief),
        red_lines_section(brief), method_section(brief), audit_section(brief), annex_section(brief),
    ]
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>"


__all__ = [
    "ACCEPTABILITY_RANKS", "document_html", "SCORECARD_COLUMNS", "ranking_section", "scorecard_section", "sensitivity_section",
    "summary_section", "title_block", "uncertainty_section", "weights_section",
]
