"""The brief's head-to-head of the two highest-ranked options, group by group.

A short table under the at-a-glance table (QA 25, "what a minister's office would expect"): for
each top-level group, each option's points and the difference, then their scores; above it one
sentence names the lead and where each option gains most ("X leads Y by 7.1 points. It gains most
on Deterrence (9.3 points more); Y gains most on Cost (2.2 points more)."). The points are the weighted
contributions of the at-a-glance table and the Ranking, so the differences add up to the lead
(up to rounding).

Given only for an additive method (weighted sum, whose score is a sum of points) when the decision
has top-level groups and at least two options are ranked.
"""

from __future__ import annotations

from counterweight.domain.shown_numbers import fixed
from counterweight.engine import Evaluation
from counterweight.engine.shown_scores import score_decimals, score_texts
from counterweight.reports.brief_content import Brief
from counterweight.reports.group_points import group_points, top_groups
from counterweight.reports.html_parts import esc, table
from counterweight.reports.method_figures import MINUS


def top_two(evaluation: Evaluation) -> tuple[str, str] | None:
    """Ids of the two highest-ranked options (rank order), or ``None`` when fewer than two are ranked."""
    ranked = [oid for oid in evaluation.ranked_option_ids() if evaluation.is_ranked(oid)]
    return (ranked[0], ranked[1]) if len(ranked) >= 2 else None


def signed(points: float, decimals: int = 1) -> str:
    """A difference in points with its sign: ``+9.3``, ``−2.2`` (the minus sign), ``0.0``."""
    text = fixed(abs(points), decimals)
    if float(text) == 0.0:
        return text
    return f"+{text}" if points > 0 else f"{MINUS}{text}"


def head_to_head(brief: Brief, pair: tuple[str, str] | None = None) -> tuple[str, list[tuple[str, float, float]]] | None:
    """The sentence and the (group, first's points, second's points) rows, or ``None`` when not given.

    ``pair``: the two options to compare (the higher-ranked first); the top two by default
    (QA 31 item 5: the recommendation section compares the top option with the recommended one).
    """
    d, ev = brief.decision, brief.evaluation
    groups = top_groups(d, ev)
    pair = top_two(ev) if pair is None else pair
    if not ev.additive or not groups or pair is None:
        return None
    a, b = pair
    rows = [(name, group_points(ev, a, cid), group_points(ev, b, cid)) for cid, name, _ in groups]
    first, second = d.option(a).name, d.option(b).name
    places = score_decimals(ev)
    lead = 100.0 * (ev.total_of(a) - ev.total_of(b))
    gains = sorted(rows, key=lambda r: r[2] - r[1])  # most in the first's favour first
    ahead, behind = gains[0][1] - gains[0][2], gains[-1][2] - gains[-1][1]
    if round(lead, places) == 0:
        sentence = f"{first} and {second} are level on {fixed(100.0 * ev.total_of(a), places)} points. {first} "
    else:
        sentence = f"{first} leads {second} by {fixed(lead, places)} points. It "
    # an option is "ahead" on a group by at least what one decimal shows
    sentence += (f"gains most on {gains[0][0]} ({fixed(ahead, 1)} points more)" if ahead >= 0.05 else "is ahead on no group")
    sentence += (f"; {second} gains most on {gains[-1][0]} ({fixed(behind, 1)} points more)." if behind >= 0.05
                 else f"; {second} is ahead on no group.")
    return sentence, rows


def head_to_head_section(brief: Brief) -> str:
    """The head-to-head heading, sentence and table, or '' when it is not given."""
    pair = top_two(brief.evaluation)
    found = head_to_head(brief, pair)
    if found is None or pair is None:
        return ""
    sentence, rows = found
    return "\n".join(["<h3>The top two, group by group</h3>", f"<p>{esc(sentence)}</p>",
                      pair_table(brief, pair, rows)])


def pair_table(brief: Brief, pair: tuple[str, str], rows: list[tuple[str, float, float]]) -> str:
    """The group-by-group table of two options (the higher-ranked first), from :func:`head_to_head`'s rows."""
    ev = brief.evaluation
    a, b = pair
    first, second = esc(brief.decision.option(a).name), esc(brief.decision.option(b).name)
    places = score_decimals(ev)
    body = [[esc(name), fixed(x, 1), fixed(y, 1), signed(x - y)] for name, x, y in rows]
    scores = score_texts(ev)  # as the Ranking writes them
    lead = 100.0 * (ev.total_of(a) - ev.total_of(b))
    body.append(["<b>Score (0-100)</b>", f"<b>{scores[ev.option_index(a)]}</b>", f"<b>{scores[ev.option_index(b)]}</b>",
                 f"<b>{signed(lead, places)}</b>"])
    return table(["Group", first, second, "Difference"], body, numeric=[1, 2, 3], widths=["40%", "20%", "20%", "20%"])


__all__ = ["head_to_head", "head_to_head_section", "pair_table", "signed", "top_two"]
