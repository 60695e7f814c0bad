"""The brief's "Where the analysts disagree" section (QA 25 item 13).

A reader of a team's brief must learn in its body where the analysts' scores and
weights differ and whether any of those differences matters, not find two analysts'
scores side by side in the annex. The facts come from
:mod:`counterweight.services.brief_disputes` through the brief's
:class:`~counterweight.reports.brief_content.ViewsNote`; the test of "matters" is the
disagreement analysis's: each differing value put alone into the group view, and the
ranking worked out again.
"""

from __future__ import annotations

from counterweight.domain.wording import count, join_words
from counterweight.reports.brief_content import Brief, Disputed
from counterweight.reports.html_parts import esc, table

#: Most rows of each table; the rest are counted under it.
TABLE_ROWS = 12


def _values(item: Disputed) -> str:
    return "; ".join(f"{esc(who)}: {esc(value)}" for who, value in item.values)


def _changes(item: Disputed) -> str:
    if not item.new_tops:
        return "No"
    return "<b>Yes</b>: " + "; ".join(f"with {esc(who)}'s value, {esc(top)} ranks first" for who, top in item.new_tops)


def _table(items: list[Disputed], scores: bool) -> list[str]:
    heads = ["Option", "Criterion"] if scores else ["Criterion"]
    heads += ["Each view's value" if scores else "Each view's weight (% of its group)", "Changes the top option?"]
    shown = max(TABLE_ROWS, sum(1 for d in items if d.new_tops))  # every row that changes the top is shown
    rows = [([esc(d.option)] if scores else []) + [esc(d.criterion), _values(d), _changes(d)]
            for d in items[:shown]]
    widths = ["20%", "20%", "38%", "22%"] if scores else ["25%", "50%", "25%"]
    out = [table(heads, rows, widths=widths)]
    if len(items) > shown:  # those that change the top come first, so the rows left out do not
        rest = len(items) - shown
        out.append(f'<p class="muted">{count(rest, "more " + ("score" if scores else "weight"))} '
                   f"{'differs' if rest == 1 else 'differ'}, without changing the top option.</p>")
    return out


def _of(n: int, total: int, noun: str) -> str:
    """``2 of the 5 weights``; ``the one weight`` (QA 29: a group of two has one weight to compare, not "1 of the 1")."""
    return f"the one {noun}" if n == total == 1 else f"{n} of the {count(total, noun)}"


def disputes_section(brief: Brief) -> str:
    """The section's HTML: '' for a project without analysts, or whose views could not be formed."""
    views = brief.views
    if views is None or not views.has_analysts or views.views_problem or not views.cells_compared:
        return ""  # cells_compared 0: fewer than two views give any score, so there is nothing to compare
    scores = [d for d in views.disputed if d.kind == "score"]
    weights = [d for d in views.disputed if d.kind == "weight"]
    out = ["<h2>Where the analysts disagree</h2>"]
    if not views.with_inputs:  # h28: every view is the shared inputs; "the views agree" would claim a consensus
        out.append(f"<p>No analyst has recorded judgements of their own yet ({esc(join_words(list(views.analysts)))}): "
                   "each analyst's view is the shared inputs, so there is no disagreement to report.</p>")
        return "\n".join(out)
    silent = [name for name in views.analysts if name not in views.with_inputs]
    if silent:
        out.append(f"<p>No judgements of their own yet: {esc(join_words(silent))}. The shared inputs stand in for "
                   f"{'them' if len(silent) > 1 else 'this analyst'} below.</p>")
    if not scores and not weights:
        out.append(f"<p>The views agree: they give the same value to each of the {count(views.cells_compared, 'score')} "
                   f"that two or more of them give, and the same {count(views.weights_compared, 'weight')}.</p>")
        return "\n".join(out)
    moving = [d for d in views.disputed if d.new_tops]
    differ = join_words([f"{len(scores)} of the {count(views.cells_compared, 'score')} that two or more of them give",
                         *([_of(len(weights), views.weights_compared, "weight")] if weights else [])])
    group = (f"the group view (which puts {esc(views.group_top)} first)" if views.group_top
             else "the group view (which ranks no option first)")
    verdict = (f"{len(moving)} of them would change the top option (marked Yes below)." if moving
               else "none of them changes the top option.")
    how = (" A weight goes in as its share of its group, the group's other weights keeping their proportions."
           if weights else "")  # QA 31 item 9: replacing its points instead can give another answer
    shared = (' A value marked "(shared)" is the shared score, used for an analyst who gave none of their own.'
              if any("(shared)" in value for d in scores for _, value in d.values) else "")
    out.append(f"<p><b>The views differ on {esc(differ)}.</b> Each differing value was put alone into {group} "
               f"and the ranking worked out again: {verdict}{how}{shared}</p>")
    if scores:
        out += _table(scores, True)
    if weights:
        out += _table(weights, False)
    return "\n".join(out)


__all__ = ["TABLE_ROWS", "disputes_section"]
