"""Hypothesis strategies for random but valid decisions, for the JSON exchange round-trip tests.

A module of their own, beside the tests, because more than one test file draws from them
(:mod:`tests.services.test_exchange` and :mod:`tests.storage.test_format3`): every part of a
decision, with names in several scripts, times in several time zones and optional fields
left out or filled in.
"""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from counterweight.domain import (
    AggregationMethod,
    Breakpoint,
    Criterion,
    CriterionPreference,
    Decision,
    Direction,
    Distribution,
    Elicitation,
    EvidenceRef,
    Level,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    PairwiseJudgement,
    PreferenceFunction,
    PrometheeSettings,
    QualitativeScale,
    RedLine,
    RedLineAction,
    Score,
    TopsisSettings,
    UncertaintySettings,
    VikorSettings,
    WeightMethod,
    WeightRange,
    WeightUncertainty,
)


IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,15}", fullmatch=True)
_CHARS = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
    st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),  # Cyrillic
    st.characters(exclude_categories=("Cs",)),  # anything else except lone surrogates
)
NAMES = st.text(alphabet=_CHARS, min_size=1, max_size=30).map(str.strip).filter(bool)
TEXTS = st.text(alphabet=_CHARS, max_size=60)
FLOATS = st.floats(min_value=-1e12, max_value=1e12)


@st.composite
def numeric_scales(draw: st.DrawFn) -> NumericScale:
    a, b = draw(FLOATS), draw(FLOATS)
    assume(a != b)
    lower, upper = sorted((a, b))
    breakpoints: list[Breakpoint] = []
    if draw(st.booleans()):
        inner = draw(st.lists(st.floats(min_value=lower, max_value=upper), max_size=3))
        xs = sorted({lower, upper, *inner})
        breakpoints = [Breakpoint(x=x, value=draw(st.floats(0, 100))) for x in xs]
    return NumericScale(lower=lower, upper=upper, breakpoints=breakpoints)


@st.composite
def qualitative_scales(draw: st.DrawFn) -> QualitativeScale:
    labels = draw(st.lists(NAMES, min_size=2, max_size=5, unique_by=str.casefold))
    return QualitativeScale(
        levels=[Level(label=lb, descriptor=draw(TEXTS), value=draw(st.floats(0, 100))) for lb in labels]
    )


@st.composite
def score_for(draw: st.DrawFn, option_id: str, criterion: Criterion) -> Score:
    evidence = [
        EvidenceRef(source=draw(NAMES), locator=draw(TEXTS), note=draw(TEXTS))
        for _ in range(draw(st.integers(0, 2)))
    ]
    common: dict[str, Any] = {
        "option_id": option_id,
        "criterion_id": criterion.id,
        "rationale": draw(TEXTS),
        "evidence": evidence,
        "distribution": draw(st.one_of(st.none(), st.sampled_from(list(Distribution)))),
    }
    scale = criterion.scale
    if isinstance(scale, QualitativeScale):
        level = draw(st.one_of(st.none(), st.sampled_from([lv.label for lv in scale.levels])))
        return Score(level=level, **common)
    assert isinstance(scale, NumericScale)
    value = draw(st.one_of(st.none(), st.floats(scale.lower, scale.upper)))
    low = high = None
    if value is not None and draw(st.booleans()):
        low = draw(st.floats(scale.lower, value))
        high = draw(st.floats(value, scale.upper))
    return Score(value=value, low=low, high=high, **common)


# Whole-minute offsets only: pydantic writes offsets as +HH:MM, so an offset with
# seconds (some historical zones) would not survive any JSON round trip.
_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
TIMES = st.datetimes(timezones=st.one_of(st.none(), st.just(timezone.utc), _OFFSETS))


@st.composite
def elicitation_for(draw: st.DrawFn, node_id: str | None, ids: list[str]) -> Elicitation:
    """Judgements about ``ids`` (normally the node's children; any ids are accepted)."""
    rated = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)).filter(lambda p: p[0] != p[1]),
                          max_size=4)) if len(ids) > 1 else []
    return Elicitation(
        node_id=node_id,
        method=draw(st.sampled_from(list(WeightMethod))),
        ranks={i: draw(st.integers(1, 10)) for i in rated},
        swing_points={i: draw(st.floats(0, 100)) for i in rated if draw(st.booleans())},
        pairwise=[PairwiseJudgement(first=a, second=b, value=draw(st.floats(1 / 9, 9))) for a, b in pairs],
        ahp_priority=draw(st.sampled_from(["eigenvector", "geometric_mean"])),
        elicited_by=draw(st.text(alphabet=_CHARS, max_size=20)),
        elicited_at=draw(st.one_of(st.none(), TIMES)),
        note=draw(TEXTS),
    )


@st.composite
def red_line_for(draw: st.DrawFn, red_line_id: str, criterion: Criterion) -> RedLine:
    scale = criterion.scale
    common: dict[str, Any] = {
        "id": red_line_id,
        "criterion_id": criterion.id,
        "action": draw(st.sampled_from(list(RedLineAction))),
        "note": draw(TEXTS),
    }
    if isinstance(scale, QualitativeScale):
        return RedLine(level=draw(st.sampled_from([lv.label for lv in scale.levels])), **common)
    return RedLine(limit=draw(FLOATS), **common)


@st.composite
def preferences(draw: st.DrawFn) -> CriterionPreference:
    function = draw(st.sampled_from(list(PreferenceFunction)))
    q, p = sorted((draw(st.floats(0, 1e6)), draw(st.floats(0, 1e6))))
    assume(q < p)
    params = {"q": q, "p": p, "s": draw(st.floats(1e-6, 1e6))}
    return CriterionPreference(function=function, **{k: params[k] for k in function.parameters})


@st.composite
def method_settings(draw: st.DrawFn, leaf_ids: list[str]) -> MethodSettings:
    """Every setting drawn, with per-criterion parts keyed by some of the leaves."""
    some = st.lists(st.sampled_from(leaf_ids), unique=True) if leaf_ids else st.just([])
    ranges = {}
    for i in draw(some):
        low, high = sorted((draw(st.floats(0, 1)), draw(st.floats(0, 1))))
        ranges[i] = WeightRange(low=low, high=high)
    return MethodSettings(
        aggregation=draw(st.sampled_from(list(AggregationMethod))),
        normalization=draw(st.sampled_from(list(Normalization))),
        topsis=TopsisSettings(normalization=draw(st.sampled_from(["vector", "min_max"]))),
        promethee=PrometheeSettings(preferences={i: draw(preferences()) for i in draw(some)}),
        vikor=VikorSettings(v=draw(st.floats(0, 1))),
        uncertainty=UncertaintySettings(
            samples=draw(st.integers(100, 1_000_000)),
            seed=draw(st.integers(0, 2**32 - 1)),
            distribution=draw(st.sampled_from(list(Distribution))),
            weights=draw(st.sampled_from(list(WeightUncertainty))),
            weight_ranges=ranges,
            criteria_order=draw(st.permutations(draw(some))),
        ),
    )


@st.composite
def decisions(draw: st.DrawFn) -> Decision:
    """Random valid decisions: options, a two-level criteria tree, scores (with
    distributions), weight elicitations, red lines and method settings."""
    option_ids = draw(st.lists(IDS, max_size=4, unique=True))
    options = [Option(id=i, name=draw(NAMES), description=draw(TEXTS), source=draw(TEXTS)) for i in option_ids]
    crit_ids = draw(st.lists(IDS, max_size=7, unique=True))
    n_groups = draw(st.integers(0, len(crit_ids)))
    groups = [
        Criterion(id=i, name=draw(NAMES), description=draw(TEXTS), weight=draw(st.floats(0, 1e6)))
        for i in crit_ids[:n_groups]
    ]
    leaves = [
        Criterion(
            id=i,
            name=draw(NAMES),
            parent_id=draw(st.one_of(st.none(), st.sampled_from([g.id for g in groups]))) if groups else None,
            direction=draw(st.sampled_from(list(Direction))),
            unit=draw(st.text(alphabet=_CHARS, max_size=10)),
            scale=draw(st.one_of(numeric_scales(), qualitative_scales())),
            weight=draw(st.floats(0, 1e6)),
        )
        for i in crit_ids[n_groups:]
    ]
    criteria = draw(st.permutations([*groups, *leaves]))  # parents need not come first
    scores = [
        draw(score_for(o.id, c))
        for o in options
        for c in leaves
        if draw(st.booleans())
    ]
    nodes = draw(st.lists(st.sampled_from([None, *(g.id for g in groups)]), unique=True, max_size=3))
    elicitations = [
        draw(elicitation_for(node, [c.id for c in criteria if c.parent_id == node])) for node in nodes
    ]
    lined = draw(st.lists(st.sampled_from(leaves), max_size=4)) if leaves else []  # repeats allowed
    red_line_ids = draw(st.lists(IDS, min_size=len(lined), max_size=len(lined), unique=True))
    red_lines = [draw(red_line_for(i, c)) for i, c in zip(red_line_ids, lined)]
    return Decision(
        id=draw(IDS),
        title=draw(NAMES),
        description=draw(TEXTS),
        notice=draw(TEXTS),
        options=options,
        criteria=criteria,
        scores=scores,
        method=draw(method_settings([c.id for c in leaves])),
        elicitations=elicitations,
        red_lines=red_lines,
    )
