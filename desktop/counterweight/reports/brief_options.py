"""The brief's "Options" section: what each option is, beside the ranking (QA 25 item 14).

The ranking gives bare names; a reader who has not seen the project needs to know
what "Option 12" or "Full deterrence package" stands for before the scorecard. When
any option has a description, this section lists every option in the ranking's
order with its description, given whole (long ones wrap), and where it comes from
when some option names a source. Without descriptions it is left out.
"""

from __future__ import annotations

from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import esc, esc_lines, table


def options_section(brief: Brief) -> str:
    """The Options table, in ranking order; ``""`` when no option has a description."""
    d, ev = brief.decision, brief.evaluation
    if not any(o.description.strip() for o in d.options):
        return ""
    by_id = {o.id: o for o in d.options}
    ranked = ev.ranked_option_ids()
    order = [by_id[i] for i in ranked if i in by_id] + [o for o in d.options if o.id not in ranked]
    sourced = any(o.source.strip() for o in d.options)
    rows = []
    for o in order:
        row = [esc(o.name), esc_lines(o.description.strip()) if o.description.strip() else "—"]
        if sourced:
            row.append(f'<span class="small">{esc_lines(o.source.strip())}</span>' if o.source.strip() else "")
        rows.append(row)
    headers = ["Option", "Description", *(["Source"] if sourced else [])]
    widths = ["22%", "52%", "26%"] if sourced else ["26%", "74%"]
    return ("<h2>Options</h2>"
            '<p class="muted">What each option is, in the order of the ranking above.</p>'
            + table(headers, rows, widths=widths))


__all__ = ["options_section"]
