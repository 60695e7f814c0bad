"""The brief's "Other aggregation methods" section: each option's rank under every method, the verdict, the caveats.

The same scores and weights are combined by the five aggregation methods, each with the
settings saved in the project (:func:`counterweight.engine.comparison.compare_methods`).
The section gives one sentence on whether they put the same option first (a near tie,
under 0.05 points out of 100, a tie and VIKOR's compromise set count as such, not as
disagreement), a table of ranks with each method's lead over its next option, and each
method's caveats as :mod:`counterweight.engine.method_standing` words them: near ties,
the weighted product's zero values, why VIKOR proposes a compromise set (Opricovic &
Tzeng 2004) and PROMETHEE II's preference functions. An option that breaches a flagged
red line is named with the breach. Options that no method ranks among its first
:data:`TABLE_RANKS` are left out of the table (and counted), so a long list of options
adds no more than a short table.

QA 25 item 1: the verdict, the leads and the caveats speak of what each method's own
ranking (the table) puts first (the comparison's standings, :mod:`counterweight.engine.comparison`),
not of the first among the options every method ranks, which can differ when a method leaves
options unranked for want of a score; :func:`unranked_sentence` then says which methods leave
how many options unranked and that the rank correlations compare only the options every method ranks.
"""

from __future__ import annotations


from counterweight.domain.methods import AggregationMethod
from counterweight.domain.shown_numbers import amount
from counterweight.domain.wording import count, join_words
from counterweight.engine.comparison import MethodComparison, group_phrases
from counterweight.engine.method_standing import NEAR_TIE, MethodStanding, caveat_sentences, quoted
from counterweight.engine.shown_scores import score_decimals
from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import esc, table

#: An option is listed when some method ranks it this high or higher (or it is excluded or unplaced).
TABLE_RANKS = 5
#: "four of them could rank only some of the options".
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "all five"}
#: Methods whose score is measured between the options' own best and worst values: with two options ranked,
#: one of them sits at 100 whenever it is better on every criterion (VIKOR: a fixed split in any case).
BETWEEN_THEMSELVES = (AggregationMethod.TOPSIS, AggregationMethod.VIKOR)
#: Why such a lead is not given when the method ranks only two options.
TWO_RANKED = (" {who} not given: {each} ranks only two options, and its scale then runs from one of them to the "
              "other, so the gap reads 100 points (or a fixed share of them) however close the two are.")


def _ranked_ids(cmp: MethodComparison, m: AggregationMethod) -> tuple[str, ...]:
    ev = cmp.evaluations[m]
    return tuple(o for o in ev.option_ids if ev.is_ranked(o))


def _short_of_all(cmp: MethodComparison) -> list[AggregationMethod]:
    """The methods that leave some option unranked for want of a score (not for a red line)."""
    return [m for m in cmp.methods if any(not cmp.evaluations[m].is_ranked(o) and not cmp.evaluations[m].is_excluded(o)
                                          for o in cmp.evaluations[m].option_ids)]


def unranked_sentence(cmp: MethodComparison) -> str:
    """Which methods could rank how many options (named when few), and why (QA 31 item 3: the brief shows
    no rank correlations, so it does not mention them)."""
    ev0 = cmp.evaluations[cmp.methods[0]]
    by_set: dict[tuple[str, ...], list[AggregationMethod]] = {}
    for m in _short_of_all(cmp):
        by_set.setdefault(_ranked_ids(cmp, m), []).append(m)
    if not by_set:
        return ""
    total = sum(1 for o in ev0.option_ids if not ev0.is_excluded(o))
    of = f"of the {total} options" + (" no red line excludes" if total < len(ev0.option_ids) else "")
    who = []
    for ids, ms in by_set.items():
        names = f" ({join_words([ev0.option_names[ev0.option_index(o)] for o in ids])})" if 0 < len(ids) <= 3 else ""
        verb = "ranks" if len(ms) == 1 else "rank"
        who.append(f"{join_words([m.label.split(' (')[0] for m in ms])} {verb} only {len(ids)} {of}{names}")
    wsm = "" if AggregationMethod.WSM not in cmp.methods or AggregationMethod.WSM in _short_of_all(cmp) \
        else " (the weighted sum ranks them, counting a missing score as the worst value)"
    these = "this method needs" if sum(len(ms) for ms in by_set.values()) == 1 else "these methods need"
    left = {o for ids in by_set for o in ev0.option_ids if o not in ids and not ev0.is_excluded(o)}
    others = "the other lacks" if len(left) == 1 else "the others lack"
    return (f"{join_words(who)}, because {others} a score that {these}{wsm}. Each method's first option "
            "here is the one its own ranking puts first.")


def verdict_sentence(cmp: MethodComparison, unranked: bool = True) -> str:
    """The verdict in the brief's words (English), on what each method itself puts first (``cmp.standings``).

    With ``unranked`` it ends with :func:`unranked_sentence` when some method leaves options unranked.
    """
    own = cmp.standings
    ev = cmp.evaluations[cmp.methods[0]]
    verdict, common = cmp.verdict, cmp.common_ids
    if verdict == "none":
        return "No method ranks any option, so the methods cannot be compared."
    extra = unranked_sentence(cmp) if unranked else ""
    extra = f" {extra}" if extra else ""
    if verdict == "agree":
        ids = own[cmp.methods[0]].first_ids
        joint = " joint" if len(ids) > 1 else ""
        n = len(cmp.methods)
        many = {2: "Both", 3: "All three", 4: "All four", 5: "All five"}.get(n, f"All {n}")
        short = len(_short_of_all(cmp))  # QA 31 item 3: agreement over a smaller contest is said to be one
        some = "" if not short or n == 1 else (f", but {NUMBER_WORDS.get(short, str(short))} of them could rank only "
                                               "some of the options")
        return (f"{many} methods put {quoted(ev, ids)}{joint} first{some}." if n > 1 else
                f"{cmp.methods[0].label} puts {quoted(ev, ids)}{joint} first.") + extra
    parts = "; ".join(group_phrases(cmp, short=True))
    if verdict == "near":
        are = "are" if len(common) > 1 else "is"
        return (f"The methods differ only within ties, near ties or a compromise set: {parts}. "
                f"{quoted(ev, common)} {are} first or level for first under every method.{extra}")
    return f"The methods disagree on the top option: {parts}.{extra}"


def _lead_cell(st: MethodStanding, ranked: int, places: int = 1) -> str:
    if st.lead is None:
        return "—"
    if ranked == 2 and st.method in BETWEEN_THEMSELVES:  # QA 31 item 3: 100 or a fixed split with two
        return '—<br><span class="small">only 2 ranked</span>'
    if len(st.first_ids) > 1:
        return "tied"
    text = amount(100.0 * st.lead, places)  # QA 31 item 13: the method used here at the Summary's decimals
    kind = "compromise" if st.compromise_ids else "near tie" if st.near_tie_ids else ""
    return f'{text}<br><span class="small">{kind}</span>' if kind else text


def method_comparison_section(brief: Brief) -> str:
    """The section's HTML ("" when the brief has no comparison); every user string escaped."""
    cmp = brief.comparison
    if cmp is None or not cmp.methods:
        return ""
    ev = brief.evaluation
    methods = list(cmp.methods)
    heads = ["Option"] + [esc(m.label.split(" (")[0]) + (" (used here)" if m is ev.aggregation else "")
                          for m in methods]
    own = cmp.standings
    rows, left_out = [], 0
    for i in (int(k) for k in ev.order):
        oid = ev.option_ids[i]
        ranks = [cmp.evaluations[m].rank_of(oid) if cmp.evaluations[m].is_ranked(oid) else None for m in methods]
        if all(r is None or r > TABLE_RANKS for r in ranks) and any(r is not None for r in ranks):
            left_out += 1
            continue
        name = esc(ev.option_names[i])
        notes = ["left out by a red line"] if ev.is_excluded(oid) else []
        notes += [f"⚑ breaches the red line on {esc(b.criterion_name)}" for b in ev.breaches_of(oid)]
        if notes:
            name += f'<br><span class="small">{"; ".join(notes)}</span>'
        rows.append([name] + ["—" if r is None else str(r) for r in ranks])
    rows.append(["<i>Lead over the next option (points)</i>"]
                + [_lead_cell(own[m], len(_ranked_ids(cmp, m)), score_decimals(ev) if m is ev.aggregation else 1)
                   for m in methods])
    widths = [18 if m is AggregationMethod.PROMETHEE else 13 for m in methods]  # "PROMETHEE" in one piece
    pairs = [m.label.split(" (")[0] for m in methods if m in BETWEEN_THEMSELVES and len(_ranked_ids(cmp, m)) == 2]
    two = "" if not pairs else (TWO_RANKED.format(who=f"{pairs[0]}'s lead is", each="it") if len(pairs) == 1 else
                                TWO_RANKED.format(who=f"The {join_words(pairs)} leads are", each="each"))
    out = ["<h2>Other aggregation methods</h2>",
           f"<p><b>{esc(verdict_sentence(cmp, unranked=False))}</b></p>",
           *([f"<p>{esc(why)}</p>"] if (why := unranked_sentence(cmp)) else []),
           '<p class="muted">Rank of each option when the same scores and weights are combined by each aggregation '
           "method, with the settings saved in the project (— : not ranked, because a red line excludes the option "
           "or the method lacks a score it needs). Lead: how far the first option is ahead of the next on that "
           f"method's score out of 100; less than {100 * NEAR_TIE:g} points is a near tie, counted as such and not "
           f"as disagreement.{two}</p>",
           table(heads, rows, numeric=list(range(1, len(heads))), widths=[f"{100 - sum(widths)}%"] + [f"{w}%" for w in widths])]
    if left_out:
        out.append(f'<p class="muted">{count(left_out, "option")} that no method ranks among its first '
                   f"{TABLE_RANKS} {'is' if left_out == 1 else 'are'} left out of the table.</p>")
    for m in methods:
        ev_m, st = cmp.evaluations[m], own[m]
        if st.compromise_ids:  # QA 31 item 10: Q, S, R and DQ in words before the note uses them
            out.append(f"<p>{esc(_vikor_words(st))}</p>")
        out += [f"<p>{esc(c)}</p>" for c in caveat_sentences(ev_m, st)]
    return "\n".join(out)


def _vikor_words(st: MethodStanding) -> str:
    """What VIKOR's Q, S, R and DQ are, in words a reader without the program can follow."""
    return ("VIKOR ranks the options by Q, which blends each option's weighted shortfall from the best value, "
            "summed over the criteria (S), with its largest weighted shortfall on any one criterion (R); the lowest "
            "Q comes first. VIKOR names one option only when it is ahead on Q by at least DQ = 1 / (number of "
            f"options ranked − 1), here {st.dq:.3g} (acceptable advantage), and is also best on S or R (acceptable "
            "stability); otherwise it proposes a compromise set.")


__all__ = ["TABLE_RANKS", "method_comparison_section", "unranked_sentence", "verdict_sentence"]
