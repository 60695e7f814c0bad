"""How far the recommended (or decided) option is from the analysis's top option (QA 31 item 5).

When the recommendation (or, failing that, the decision) departs from the option the analysis puts
first on its own, the "Recommendation and decision" section adds one compact comparison, so a
reader need not assemble it from three sections: the two options group by group (the table of
:mod:`counterweight.reports.brief_top_two`; without criteria groups, the criteria on which each does
better, as the Summary names them), how often the recorded option ranks first in the uncertainty
draws (when they were run), and the nearest single weight at which it would take first place (when
the sensitivity analysis found one: each criterion's threshold is where the top option first loses
its place, so an option that would only take over after another is not found there, and the
sentence says no more than that).
"""

from __future__ import annotations

from counterweight.domain.wording import join_words
from counterweight.reports.brief_content import Brief
from counterweight.reports.brief_top_two import head_to_head, pair_table
from counterweight.reports.html_parts import esc
from counterweight.reports.summary import lead_drivers, pct, pts, tipping_points


def departing_option(brief: Brief) -> str | None:
    """The recommended option when it is not the sole top option, else the decided one; ``None`` when both
    follow the analysis, neither is recorded, there is no sole top option or the option is not ranked."""
    c, ev = brief.decision.conclusion, brief.evaluation
    leaders = ev.first_place()
    if c is None or len(leaders) != 1:
        return None
    chosen = next((o for o in (c.recommended_option_id, c.decided_option_id) if o and o != leaders[0]), None)
    return chosen if chosen is not None and chosen in ev.option_ids and ev.is_ranked(chosen) else None


def _breakdown(brief: Brief, top: str, chosen: str) -> tuple[str, str]:
    """The sentence on where each option gains, and the group table ('' without groups)."""
    found = head_to_head(brief, (top, chosen))
    if found is not None:
        return found[0], pair_table(brief, (top, chosen), found[1])
    ev = brief.evaluation
    if not ev.additive:
        return "", ""
    first, second = ev.option_names[ev.option_index(top)], ev.option_names[ev.option_index(chosen)]
    drivers, setbacks = lead_drivers(ev, top, chosen)
    text = f"{first} leads {second} by {pts(ev.total_of(top) - ev.total_of(chosen))} points"
    if drivers:
        text += f", mostly on {join_words([f'{d.label} ({pts(d.advantage)})' for d in drivers])}"
    if setbacks:
        text += f"; {second} does better on {join_words([f'{d.label} ({pts(-d.advantage)})' for d in setbacks])}"
    return text + ".", ""


def departure_html(brief: Brief) -> str:
    """The comparison's markup, or '' when the recorded options follow the analysis."""
    chosen = departing_option(brief)
    if chosen is None:
        return ""
    d, ev = brief.decision, brief.evaluation
    top = ev.first_place()[0]
    name, top_name = d.option(chosen).name, d.option(top).name
    said, table = _breakdown(brief, top, chosen)
    more: list[str] = []
    smaa = brief.smaa
    if smaa is not None and smaa.samples > 0 and chosen in smaa.option_ids and top in smaa.option_ids:
        more.append(f"In the uncertainty draws {name} ranks first in {pct(smaa.first_rank(chosen))} of them, "
                    f"against {pct(smaa.first_rank(top))} for {top_name}.")
    if brief.sensitivity is not None:
        everyone = len(brief.sensitivity.criteria) * 2
        tips = [t for t in tipping_points(d, brief.sensitivity, nearest=everyone, most=everyone)
                if t.new_top_name == name]
        if tips:
            more.append(f"The nearest single weight change that puts {name} first: {tips[0].phrase()}.")
        else:
            more.append(f"No single weight change that ends {top_name}'s lead puts {name} first.")
    role = "recommended" if chosen == (d.conclusion.recommended_option_id if d.conclusion else None) else "decided"
    text = " ".join(s for s in (said, *more) if s)
    return "\n".join([f"<h3>The {role} option against the top option</h3>", f"<p>{esc(text)}</p>", table]).rstrip()


__all__ = ["departing_option", "departure_html"]
