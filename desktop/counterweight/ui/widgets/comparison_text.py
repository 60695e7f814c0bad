"""The words of the Compare methods tab: the verdict sentence and each method's caveats.

Plain functions over a :class:`~counterweight.engine.comparison.MethodComparison`:
:func:`summary` says whether the methods put the same option first, counting a near
tie (less than :data:`~counterweight.engine.method_standing.NEAR_TIE` apart, 0.05
points out of 100) or VIKOR's compromise set as such rather than as disagreement;
:func:`caveats` gives one line per caveat: a near tie and its gap, the weighted
product's zero values, VIKOR's compromise set and why, PROMETHEE II's preference
functions. An option named that breaches a (flagged) red line is named with the breach.
The English of the brief and the command line is :mod:`counterweight.engine.method_standing`'s.
Text is translated under the panel's context ``"ComparisonPanel"`` (literal
``QCoreApplication.translate`` calls, which lupdate extracts under that context).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from counterweight.domain import AggregationMethod
from counterweight.domain.methods import PreferenceFunction
from counterweight.engine.comparison import MethodComparison
from counterweight.engine.method_standing import NEAR_TIE, MethodStanding, PreferenceUse, points
from counterweight.ui.engine_text import and_list, term_text
from counterweight.ui.numbers import count, formatted, localised

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

def method_name(m: AggregationMethod) -> str:
    """A method's short name in the user's language ("Weighted sum", "PROMETHEE II")."""
    return term_text(m.label).split(" (")[0]


def names(cmp: MethodComparison, ids: Sequence[str]) -> str:
    """Quoted option names; one that breaches a red line is followed by the criteria it breaches."""
    ev = cmp.evaluations[cmp.methods[0]]
    out = []
    for oid in ids:
        #: Translators: an option's name in quotes, as in "All five methods put 'Alpha' first."
        name = translate("ComparisonPanel", "'{0}'").format(ev.option_names[ev.option_index(oid)])
        crits = list(dict.fromkeys(b.criterion_name for b in ev.breaches_of(oid)))
        if crits:  # QA 21: a flagged option is never named bare (the Sensitivity tab's wording)
            #: Translators: {0} an option's name, {1} a criterion's name
            text = (translate("ComparisonPanel", "{0} (⚑ breaches the red line on {1})") if len(crits) == 1
                    #: Translators: {0} an option's name, {1} two or more criteria
                    else translate("ComparisonPanel", "{0} (⚑ breaches the red lines on {1})"))
            name = text.format(name, and_list(crits))
        out.append(name)
    return and_list(out)


def _part(cmp: MethodComparison, kind: str, ids: tuple[str, ...], ms: list[AggregationMethod]) -> str:
    who, what, one = and_list([method_name(m) for m in ms]), names(cmp, ids), len(ms) == 1
    if kind == "compromise":
        #: Translators: {0} one method's name (VIKOR), {1} two or more option names
        return (translate("ComparisonPanel", "{0} proposes the compromise set {1}") if one
                else translate("ComparisonPanel", "{0} propose the compromise set {1}")).format(who, what)
    if kind == "near_tie":
        #: Translators: {0} one method's name, {1} two or more option names
        return (translate("ComparisonPanel", "{0} has {1} in a near tie for first") if one
                else translate("ComparisonPanel", "{0} have {1} in a near tie for first")).format(who, what)
    if len(ids) > 1:
        return (translate("ComparisonPanel", "{0} puts {1} joint first") if one
                else translate("ComparisonPanel", "{0} put {1} joint first")).format(who, what)
    #: Translators: {0} is one method's name, {1} one or more option names.
    one_text = translate("ComparisonPanel", "{0} puts {1} first")
    #: Translators: {0} is a list of method names, {1} one or more option names.
    several = translate("ComparisonPanel", "{0} put {1} first")
    return (one_text if one else several).format(who, what)


def summary(cmp: MethodComparison | None) -> str:
    """One sentence: do the methods put the same option first?"""
    if cmp is None:
        return ""
    if cmp.verdict == "none":
        return translate("ComparisonPanel", "No option is ranked by every method, so the methods cannot be compared.")
    n = len(cmp.methods)
    if cmp.verdict == "agree":
        ids = cmp.standings[cmp.methods[0]].first_ids
        top = names(cmp, ids)
        words = {2: translate("ComparisonPanel", "two"), 3: translate("ComparisonPanel", "three"),
                 4: translate("ComparisonPanel", "four"), 5: translate("ComparisonPanel", "five")}
        if len(ids) > 1:  # a tie: one sentence that says they share first place
            #: Translators: {0} is how many methods (a word), {1} two or more option names
            return translate("ComparisonPanel", "All {0} methods put {1} joint first.").format(
                words.get(n, str(n)), top)
        if n == 5:
            return translate("ComparisonPanel", "All five methods put {0} first.").format(top)
        return translate("ComparisonPanel", "All {0} methods put {1} first.").format(words.get(n, str(n)), top)
    #: Translators: separates "<methods> put <option> first" parts in "Methods disagree on the top option: {0}."
    parts = translate("ComparisonPanel", "; ").join(_part(cmp, *group) for group in cmp.groups())
    if cmp.verdict == "near":
        lead = names(cmp, cmp.common_ids)
        #: Translators: {0} parts such as "VIKOR proposes the compromise set 'A' and 'B'"; {1} one option name
        text = (translate("ComparisonPanel", "The methods differ only within ties, near ties or a compromise set: "
                                             "{0}. {1} is first or level for first under every method.")
                if len(cmp.common_ids) == 1 else
                translate("ComparisonPanel", "The methods differ only within ties, near ties or a compromise set: "
                                             "{0}. {1} are first or level for first under every method."))
        return text.format(parts, lead)
    return translate("ComparisonPanel", "Methods disagree on the top option: {0}.").format(parts)


def _thresholds(use: PreferenceUse) -> str:
    unit = translate("ComparisonPanel", "level points") if use.unit == "level points" else use.unit
    return ", ".join(f"{k} = {formatted(v)}{' ' + unit if unit else ''}"
                     for k, v in (("q", use.q), ("p", use.p), ("s", use.s)) if v is not None)


def preference_line(uses: Sequence[PreferenceUse]) -> str:
    """PROMETHEE II's preference functions, as set for each criterion that took part."""
    if not uses:
        return ""
    usual = [u for u in uses if u.function is PreferenceFunction.USUAL]
    if len(usual) == len(uses):
        if len(uses) == 1:
            return translate("ComparisonPanel", "PROMETHEE II uses the usual preference function (type I) on its one "
                                                "criterion: any difference, however small, counts as full preference.")
        if len(uses) == 2:
            return translate("ComparisonPanel", "PROMETHEE II uses the usual preference function (type I) on both "
                                                "criteria: any difference, however small, counts as full preference.")
        #: Translators: {0} is a number of criteria (3 or more)
        return translate("ComparisonPanel", "PROMETHEE II uses the usual preference function (type I) on all {0} "
                                            "criteria: any difference, however small, counts as full preference."
                                            ).format(len(uses))
    parts = []
    for u in uses:
        if u in usual:
            continue
        function = translate("MethodSettingsDialog", u.function.label)
        #: Translators: {0} a preference function's name, {1} a criterion's name, {2} its thresholds ("q = 1 $bn")
        parts.append(translate("ComparisonPanel", "{0} on '{1}' ({2})").format(function, u.criterion, _thresholds(u)))
    if len(usual) == 1:
        parts.append(translate("ComparisonPanel", "the usual function (type I, no thresholds: any difference counts "
                                                  "as full preference) on '{0}'").format(usual[0].criterion))
    elif usual:
        parts.append(translate("ComparisonPanel", "the usual function (type I, no thresholds: any difference counts "
                                                  "as full preference) on the other {0} criteria").format(len(usual)))
    return translate("ComparisonPanel", "PROMETHEE II preference functions: {0}.").format("; ".join(parts))


def compromise_line(cmp: MethodComparison, st: MethodStanding) -> str:
    """Why VIKOR proposes a compromise set rather than one option (Opricovic & Tzeng 2004)."""
    first = names(cmp, st.first_ids[:1])
    dq = formatted(st.dq, ".3g")
    if len(st.first_ids) > 1:
        #: Translators: {0} two or more option names
        return translate("ComparisonPanel", "VIKOR: {0} tie on Q, so no option has an acceptable advantage and VIKOR "
                                            "proposes a compromise set (Opricovic & Tzeng 2004).").format(
            names(cmp, st.first_ids))
    if not st.advantage_ok:
        gap = formatted(st.lead or 0.0, ".3g")  # Q(a2) - Q(a1)
        #: Translators: {0} an option's name, {1} a difference in VIKOR's Q ("0.0345"), {2} DQ ("0.25")
        return translate("ComparisonPanel", "VIKOR: {0} leads on Q by {1}, less than DQ = {2}, so no option has an "
                                            "acceptable advantage and VIKOR proposes a compromise set (Opricovic & "
                                            "Tzeng 2004).").format(first, gap, dq)
    return translate("ComparisonPanel", "VIKOR: {0} leads on Q by at least DQ = {1} but is not also best on S or R "
                                        "(no acceptable stability), so VIKOR proposes it together with the runner-up "
                                        "(Opricovic & Tzeng 2004).").format(first, dq)


#: The weighted product's zero values are listed one option a line up to this many; the rest are counted.
ZERO_LINES = 3


def _method_caveats(cmp: MethodComparison, st: MethodStanding) -> list[str]:
    out = []
    ev = cmp.evaluations[st.method]
    who = method_name(st.method)
    if st.near_tie_ids:
        gap = ev.total_of(st.first_ids[0]) - max(ev.total_of(o) for o in st.near_tie_ids)
        #: Translators: {0} a method, {1} and {2} option names, {3} and {4} points out of 100 ("0.03", "0.05")
        out.append(translate("ComparisonPanel", "{0}: {1} leads {2} by only {3} points out of 100, a near tie "
                                                "(under {4} points).").format(
            who, names(cmp, st.first_ids), names(cmp, st.near_tie_ids), localised(points(gap)), formatted(100 * NEAR_TIE)))
    for oid, crits in st.zero_values[:ZERO_LINES]:
        on = and_list([translate("ComparisonPanel", "'{0}'").format(c) for c in crits])
        #: Translators: {0} the weighted product's name, {1} an option, {2} one or more criteria
        out.append(translate("ComparisonPanel", "{0}: {1} scores 0 because its value on {2} is 0 (a single 0 makes "
                                                "the product 0).").format(
            who, names(cmp, [oid]), on))
    rest = len(st.zero_values) - ZERO_LINES
    if rest > 0:  # QA 27's 1,000 options: 966 such lines made the tab 15,000 pixels tall
        out.append(translate("ComparisonPanel", "{0}: one more option scores 0 for the same reason.").format(who)
                   if rest == 1 else
                   #: Translators: {0} the weighted product's name, {1} a count of options (2 or more)
                   translate("ComparisonPanel", "{0}: {1} more options score 0 for the same reason.").format(
                       who, count(rest)))
    if st.compromise_ids:
        out.append(compromise_line(cmp, st))
    line = preference_line(st.preferences)
    if line:
        out.append(line)
    return out


def caveats(cmp: MethodComparison | None) -> list[str]:
    """Each method's caveats, one line each, in method order (empty when there are none)."""
    if cmp is None or cmp.verdict == "none":
        return []
    return [line for m in cmp.methods for line in _method_caveats(cmp, cmp.standings[m])]


__all__ = ["ZERO_LINES", "caveats", "compromise_line", "method_name", "names", "preference_line", "summary"]
