"""Annex A (the scores' rationale and evidence) and Annex B (the sources) of the brief.

QA 25 item 8: listing every score gave a 20 x 30 decision 55 pages of annex, most
entries reading only "No rationale recorded. No evidence recorded for this score.",
each under the full name of its criteria group. Annex A now lists only the scores
that carry some reasoning: a rationale or evidence of the shared score, or an
analyst's own score of the cell. One sentence under the annex's heading counts
the others (naming them when there are at most :data:`NAMED_UNLISTED`). Within
each option the entries are grouped under their criteria group, named once; the
options' descriptions are in the body's Options section, not repeated here.

Every user string is escaped; references are printed as text, never as links.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.domain.analysts import analyst_labels, without_shared_reasoning
from counterweight.domain.elements import Criterion, EvidenceRef, Score
from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import esc, esc_lines, number, range_ends, table

#: Scores without reasoning are named one by one (option x criterion) when there are at most this many.
NAMED_UNLISTED = 10
#: Under a score that cites no evidence (the matrix hatches such cells when asked to).
NO_EVIDENCE = '<p style="margin-left: 18px;"><i>No evidence recorded for this score.</i></p>'
_GROUP = '<h4 style="margin-top: 6px; margin-bottom: 1px; color: #0b3a5b;">{}</h4>'


def score_words(crit: Criterion, s: Score | None) -> str:
    """A score as the annex states it: "level High", "6 index 1-10 (range 4 to 8)", "no score"."""
    if s is None or s.is_missing:
        return "no score"
    unit = f" {crit.unit}" if crit.unit else ""
    if s.level is not None:
        return f"level {s.level}"
    text = f"{number(float(s.value))}{unit}"  # type: ignore[arg-type]
    ends = range_ends(s.low, s.high)
    if ends is not None:
        text += f" (range {ends[0]} to {ends[1]})"
    return text


def _evidence(d: Decision, e: EvidenceRef) -> str:
    source = d.source(e.source_id) if e.source_id else None
    cited = source.citation() if source is not None else e.source
    bits = [f"<i>{esc(cited)}</i>"]
    if source is not None:
        bits.append(f"source graded {esc(source.reliability.label)}")
    bits.append(f"credibility {esc(e.credibility.label.lower())}")
    if e.locator:
        bits.append(esc(e.locator))
    text = "Evidence: " + ", ".join(bits) + "."
    if e.quote:
        text += f" “{esc_lines(e.quote)}”"
    if e.note:
        text += f" {esc_lines(e.note)}"
    return f'<p style="margin-left: 18px;">{text}</p>'


def _analysts_scores(d: Decision) -> dict[tuple[str, str], list[tuple[str, Score]]]:
    """(option id, criterion id) -> each analyst's own score of that cell, in project order."""
    names = analyst_labels(d.analysts)  # two analysts of one name are told apart
    cells: dict[tuple[str, str], list[tuple[str, Score]]] = {}
    for analyst in d.analysts:
        item = next((x for x in d.analyst_inputs if x.analyst_id == analyst.id), None)
        for score in () if item is None else item.scores:
            cells.setdefault(score.key, []).append((names[analyst.id], score))
    return cells


def _own_score(d: Decision, crit: Criterion, name: str, theirs: Score, shared: Score | None) -> list[str]:
    """An analyst's own score with only the rationale and evidence that are theirs.

    QA pass 19: an own score used to carry a copy of the shared score's rationale and
    evidence, and the brief credited the analyst with them; what repeats the shared
    score (printed just above) is left out here.
    """
    mine = without_shared_reasoning(theirs, shared)
    if mine.rationale:
        why = esc_lines(mine.rationale)
    else:
        why = ("<i>No rationale of their own recorded.</i>" if mine.evidence
               else "<i>No rationale or evidence of their own recorded.</i>")
    return [f'<p style="margin-left: 18px;"><b>{esc(name)}\u2019s own score</b>: '
            f"{esc(score_words(crit, mine))}. {why}</p>", *(_evidence(d, e) for e in mine.evidence)]


def has_reasoning(s: Score | None) -> bool:
    """Whether a score carries a rationale or evidence."""
    return s is not None and (bool(s.rationale.strip()) or bool(s.evidence))


def _entry(d: Decision, option_id: str, crit: Criterion, own: list[tuple[str, Score]]) -> list[str]:
    """One score under its group: the criterion's own name, the score, the reasoning, any analyst's own score."""
    s = d.score(option_id, crit.id)
    rationale = esc_lines(s.rationale) if s is not None and s.rationale else "<i>No rationale recorded.</i>"
    out = [f"<p><b>{esc(crit.name)}</b>: {esc(score_words(crit, s))}. {rationale}</p>"]
    if s is not None:
        # QA pass 19: a score resting on no evidence says so, as the screen's highlight does
        out += [_evidence(d, e) for e in s.evidence] or [NO_EVIDENCE]
    for name, theirs in own:
        out += _own_score(d, crit, name, theirs, s)
    return out


def listed_cells(d: Decision) -> set[tuple[str, str]]:
    """(option id, criterion id) of the scores Annex A lists: with reasoning, or with an analyst's own score."""
    own = _analysts_scores(d)
    return {(o.id, c.id) for o in d.options for c in d.leaves if has_reasoning(d.score(o.id, c.id)) or (o.id, c.id) in own}


def _unlisted_sentence(d: Decision, unlisted: list[tuple[str, Criterion]], own_only: int) -> str:
    """How many scores are left out for having no reasoning, and which when they are few; with analysts'
    own scores, why the others are listed (QA 31 item 4: not because the shared score gives reasons)."""
    total = len(d.options) * len(d.leaves)
    n = len(unlisted)
    missing = sum(1 for oid, crit in unlisted if (s := d.score(oid, crit.id)) is None or s.is_missing)
    nor_own = ", nor an analyst's own score," if d.analyst_inputs else ""
    text = (f"{'One' if n == 1 else f'{n:,}'} of the {total:,} scores {'has' if n == 1 else 'have'} no rationale "
            f"or evidence recorded{nor_own} and {'is' if n == 1 else 'are'} not listed")
    if missing:
        text += (" (it has no score at all)" if n == 1 else
                 f" ({missing:,} of them {'has' if missing == 1 else 'have'} no score at all)")
    if n <= NAMED_UNLISTED:
        names = {o.id: o.name for o in d.options}
        text += ": " + "; ".join(f"{names[oid]} \u00d7 {d.path_name(crit.id)}" for oid, crit in unlisted)
    text += "."
    if own_only:
        reasoned = sum(1 for o in d.options for c in d.leaves if has_reasoning(d.score(o.id, c.id)))
        text += (f" {'One is' if own_only == 1 else f'{own_only:,} are'} listed only because an analyst gave a "
                 "score of their own" + ("" if reasoned else f"; none of the {total:,} shared scores has a "
                                         "rationale or evidence") + ".")
    return esc(text)


def _used(brief: Brief) -> str:
    """Whose scores the brief's results use (h25k: the view the window showed)."""
    if brief.views is None or not brief.views.used:
        return "the shared scores"
    return "the group view's scores" if brief.views.used == "group" else f"{brief.views.used}'s view"


def annex_section(brief: Brief) -> str:
    """Annex A, the scores with their reasoning, and Annex B, the sources (when any are recorded)."""
    d = brief.shared or brief.decision  # h25k: the recorded reasoning, not a group view's made-up rationale
    own = _analysts_scores(d)
    leaves = list(d.leaves)
    loose = [c for c in leaves if c.parent_id is None]  # criteria in no group come first, under no group name
    groups: dict[str, list[Criterion]] = {}
    for crit in leaves:
        if crit.parent_id is not None:
            groups.setdefault(crit.parent_id, []).append(crit)
    listed = listed_cells(d)
    if not listed and not d.sources:  # QA 31 item 14: the Assumptions section says so (brief_assumptions)
        return ""
    intro = ("The scores for which a rationale or evidence is recorded, with that reasoning and evidence, "
             "option by option" + (" and under each criteria group" if groups else ""))  # QA 31 item 16
    if own:
        intro += ("; below a shared score, any analyst's own score of the same cell, which their view uses "
                  "instead, with the rationale and evidence they recorded themselves (the results in this brief "
                  f"use {_used(brief)})")
    out = ['<h2 style="page-break-before: always;">Annex A. Scores, rationale and evidence</h2>',
           f'<p class="muted">{intro}.</p>']
    unlisted = [(o.id, c) for o in d.options for c in leaves if (o.id, c.id) not in listed]
    if unlisted:
        own_only = sum(1 for o in d.options for c in leaves
                       if (o.id, c.id) in listed and not has_reasoning(d.score(o.id, c.id)))
        out.append(f'<p class="muted">{_unlisted_sentence(d, unlisted, own_only)}</p>')
    for option in d.options:
        body: list[str] = []
        for crit in loose:
            if (option.id, crit.id) in listed:
                body += _entry(d, option.id, crit, own.get((option.id, crit.id), []))
        for group_id, members in groups.items():
            shown = [c for c in members if (option.id, c.id) in listed]
            if shown:
                body.append(_GROUP.format(esc(d.path_name(group_id))))
                for crit in shown:
                    body += _entry(d, option.id, crit, own.get((option.id, crit.id), []))
        if body:
            out += [f"<h3>{esc(option.name)}</h3>", *body]
    if d.sources:
        out.append("<h2>Annex B. Sources</h2>")
        rows = [[esc(src.title), esc(", ".join(b for b in (src.author, src.publisher, src.published) if b)),
                 esc(src.reliability.label), esc(src.reference)] for src in d.sources]
        out.append(table(["Source", "Author, publisher, date", "Reliability", "Reference"], rows,
                         widths=["34%", "26%", "16%", "24%"]))
    return "\n".join(out)


__all__ = ["NAMED_UNLISTED", "NO_EVIDENCE", "annex_section", "has_reasoning", "listed_cells", "score_words"]
