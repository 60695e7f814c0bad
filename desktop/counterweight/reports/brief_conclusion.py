"""The brief's "Recommendation and decision" section: what was done with the analysis.

It prints what the project records (:class:`~counterweight.domain.conclusion.Conclusion`):
the recommended option, the reasons and who recommends it; the option decided, by whom,
on what date, and the note. When the recommended or the decided option is not the
option the analysis puts first on its own (another leads, or it shares first place),
a plain sentence says so, names the analysis's top option and its score, and gives
the recorded option's rank and score; reasons or a note left empty are said to be
missing rather than passed over. Nothing is printed when no conclusion is recorded.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.domain.wording import join_words
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.shown_scores import score_texts
from counterweight.reports.brief_content import Brief
from counterweight.reports.brief_departure import departure_html
from counterweight.reports.english_dates import english_date
from counterweight.reports.html_parts import esc, esc_lines

#: The section's heading.
TITLE = "Recommendation and decision"


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``22nd``."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _name(decision: Decision, option_id: str) -> str:
    return decision.option(option_id).name if decision.has_option(option_id) else option_id


def _place(ev: Evaluation, option_id: str, scores: list[str]) -> str:
    """Where the analysis puts an option: "2nd with 58.6 out of 100", or why it has no place."""
    if option_id not in ev.option_ids:
        return "is not in the analysis"
    if ev.is_excluded(option_id):
        return "is left out of the ranking by a red line"
    if not ev.is_ranked(option_id):
        return "cannot be placed by the method (a score it needs is missing)"
    return f"is ranked {ordinal(ev.rank_of(option_id))} with {scores[ev.option_index(option_id)]} out of 100"


def standing(decision: Decision, ev: Evaluation, option_id: str, role: str, *, again: bool = False) -> str:
    """One sentence on how ``option_id`` (the ``role``: "recommended" or "decided" option) stands in the analysis.

    Empty when the analysis puts that option first on its own (nothing to flag). ``again``:
    the sentence before already named the analysis's top option, so it is not named twice.
    """
    leaders = ev.first_place()
    if not leaders:
        return ("" if again else
                f"The analysis ranks no option, so it gives no top option to compare the {role} option with.")
    if leaders == (option_id,):
        return ""
    scores = score_texts(ev)
    if again and option_id not in leaders:
        return (f"The {role} option is not the analysis's top option either: "
                f"{_name(decision, option_id)} {_place(ev, option_id, scores)}.")
    top = scores[ev.option_index(leaders[0])]
    names = join_words([_name(decision, oid) for oid in leaders])
    if option_id in leaders:
        return (f"The analysis does not single out the {role} option: it ranks {names} equal first, "
                f"with {top} out of 100 each.")
    lead = (f"ranks {names} first with {top} out of 100" if len(leaders) == 1
            else f"ranks {names} equal first with {top} out of 100 each")
    return (f"The {role} option is not the analysis's top option: the analysis {lead}, "
            f"and {_name(decision, option_id)} {_place(ev, option_id, scores)}.")


def _row(key: str, value: str) -> str:
    return f'<tr><td width="27%" class="muted">{key}</td><td>{value}</td></tr>'


def conclusion_section(brief: Brief) -> str:
    """The section's markup; ``""`` when the project records no conclusion."""
    d, ev = brief.decision, brief.evaluation
    c = d.conclusion
    if c is None:
        return ""
    rec, dec = c.recommended_option_id, c.decided_option_id
    rows = [_row("Recommended option", f"<b>{esc(_name(d, rec))}</b>" if rec else "none recorded")]
    if c.recommendation:
        rows.append(_row("Reasons", esc_lines(c.recommendation)))
    if c.recommended_by:
        rows.append(_row("Recommended by", esc(c.recommended_by)))
    rows.append(_row("Decided option", f"<b>{esc(_name(d, dec))}</b>" if dec else "not decided yet"))
    if c.decided_by:
        rows.append(_row("Decided by", esc(c.decided_by)))
    if c.decided_on is not None:
        rows.append(_row("Date of decision", esc(english_date(c.decided_on))))
    if c.decision_note:
        rows.append(_row("Note on the decision", esc_lines(c.decision_note)))

    said: list[str] = []
    rec_text = standing(d, ev, rec, "recommended") if rec else ""
    if rec_text:
        said.append(rec_text)
        if not c.recommendation:
            said.append("No reasons for the recommendation are recorded.")
    if dec and dec == rec:
        said.append("The decision follows the recommendation.")
    elif dec:
        if rec:
            said.append("The decision departs from the recommendation.")
        dec_text = standing(d, ev, dec, "decided", again=bool(rec_text) and rec not in ev.first_place())
        if dec_text:
            said.append(dec_text)
            if not c.decision_note:
                said.append("No note on the decision is recorded.")
    out = [f"<h2>{TITLE}</h2>", f'<table cellspacing="0" cellpadding="2" width="100%">{"".join(rows)}</table>']
    if said:
        out.append(f"<p>{' '.join(esc(s) for s in said)}</p>")
    if (departure := departure_html(brief)):  # QA 31 item 5: how far the recorded option is from the top
        out.append(departure)
    return "\n".join(out)


__all__ = ["TITLE", "conclusion_section", "ordinal", "standing"]
