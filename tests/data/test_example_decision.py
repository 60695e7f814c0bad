"""The worked example shipped with the app (data/examples/north-korea-troops.json).

The example must open, be complete, cite the seed article ("Expect the Worst From
Russia and North Korea", The Diplomat, Nov 2024, 13 paragraphs) for every score, say
clearly that its scores are illustrative, and make a useful demonstration: no option
should win on everything and the top two should be close.
"""

from __future__ import annotations

import re

import pytest

from counterweight.domain import Criterion, Decision, Direction, NumericScale, QualitativeScale, Score
from counterweight.locations import example_decision_path
from counterweight.services import exchange

ARTICLE_PARAGRAPHS = 13
EVIDENCE_SOURCE = "Seed article (The Diplomat, Nov 2024)"


@pytest.fixture(scope="module")
def example() -> Decision:
    return exchange.read_file(example_decision_path())


def _leaf(d: Decision, *words: str) -> Criterion:
    hits = [c for c in d.leaves if all(w in c.name.lower() for w in words)]
    assert hits, f"no leaf criterion named with {words!r}; leaves: {[c.name for c in d.leaves]}"
    return hits[0]


def test_identity_and_notice(example: Decision) -> None:
    assert example.id == "nk-troops-response"
    assert "North Korea" in example.title
    assert "The Diplomat" in example.description
    assert "Expect the Worst From Russia and North Korea" in example.description
    assert "illustrative" in example.notice.lower()
    assert "not an assessment" in example.notice.lower()


def test_envelope(example: Decision) -> None:
    env = exchange.read_envelope(example_decision_path())
    assert env.format == exchange.FORMAT_NAME
    assert env.format_version == exchange.FORMAT_VERSION


def test_five_options_from_the_article(example: Decision) -> None:
    assert [o.id for o in example.options] == ["o1", "o2", "o3", "o4", "o5"]
    for o in example.options:
        assert o.description, o.id
        assert re.search(r"para \d", o.source), f"option {o.id} must cite a paragraph"


def test_criteria_tree(example: Decision) -> None:
    assert len(example.leaves) >= 6
    groups = [c for c in example.criteria if c.is_group]
    assert {g.name for g in groups} >= {"Risks", "Costs", "Benefits"}
    assert all(c.parent_id is not None for c in example.leaves), "every leaf sits in a group"
    for words in (("civilian",), ("escalation",), ("cost",)):
        assert _leaf(example, *words).direction is Direction.LOWER_BETTER
    assert any(isinstance(c.scale, NumericScale) for c in example.leaves)
    for c in example.leaves:
        if isinstance(c.scale, QualitativeScale):
            assert 4 <= len(c.scale.levels) <= 5, c.name
            assert all(lv.descriptor for lv in c.scale.levels), c.name
            assert max(lv.value for lv in c.scale.levels) == 100
            assert min(lv.value for lv in c.scale.levels) == 0
        assert c.description, c.name
    # weights are a considered starting point, not equal everywhere
    sibling_sets = [[c.weight for c in example.children(p)] for p in [None, *(g.id for g in groups)]]
    assert any(len(set(ws)) > 1 for ws in sibling_sets)


def _cited_paragraphs(text: str) -> list[int]:
    nums: list[int] = []
    for m in re.finditer(r"para ((?:\d+(?:\s*-\s*\d+)?)(?:\s*(?:,|and)\s*\d+(?:\s*-\s*\d+)?)*)", text):
        nums += [int(n) for n in re.findall(r"\d+", m.group(1))]
    return nums


def test_every_option_is_scored_on_every_leaf_with_a_cited_rationale(example: Decision) -> None:
    for o in example.options:
        for c in example.leaves:
            s = example.score(o.id, c.id)
            assert s is not None and not s.is_missing, f"{o.id} × {c.id} is not scored"
            assert "para" in s.rationale, f"{o.id} × {c.id}: the rationale must cite a paragraph"
            assert len(s.rationale) < 300, f"{o.id} × {c.id}: keep rationales to one line"
            assert s.evidence and s.evidence[0].source == EVIDENCE_SOURCE
            assert s.evidence[0].locator.startswith("para ")
            if isinstance(c.scale, NumericScale):
                assert s.low is not None and s.high is not None, f"{o.id} × {c.id} needs a range"


def test_citations_point_at_real_paragraphs(example: Decision) -> None:
    texts = [example.description, *(o.source for o in example.options), *(c.description for c in example.criteria)]
    texts += [s.rationale for s in example.scores] + [e.locator for s in example.scores for e in s.evidence]
    cited = [n for t in texts for n in _cited_paragraphs(t)]
    assert cited
    assert all(1 <= n <= ARTICLE_PARAGRAPHS for n in cited), sorted(set(cited))


# A plain weighted sum with value functions, written out here independently of the
# engine: local weights are normalised among siblings and multiplied down the tree;
# a linear value function maps a numeric scale's best bound to 100 and worst to 0.


def _value(c: Criterion, s: Score) -> float:
    scale = c.scale
    if isinstance(scale, QualitativeScale):
        assert s.level is not None
        level = scale.level(s.level)
        assert level is not None
        return level.value
    assert isinstance(scale, NumericScale) and s.value is not None and not scale.breakpoints
    share = (s.value - scale.lower) / (scale.upper - scale.lower)
    return 100 * (share if c.direction is Direction.HIGHER_BETTER else 1 - share)


def _global_weight(d: Decision, c: Criterion) -> float:
    siblings = d.children(c.parent_id)
    local = c.weight / sum(x.weight for x in siblings)
    return local * (_global_weight(d, d.criterion(c.parent_id)) if c.parent_id else 1.0)


def test_demo_is_not_a_foregone_conclusion(example: Decision) -> None:
    values = {(o.id, c.id): _value(c, example.score(o.id, c.id)) for o in example.options for c in example.leaves}  # type: ignore[arg-type]
    ids = [o.id for o in example.options]

    def best_on(c: Criterion) -> set[str]:
        top = max(values[(i, c.id)] for i in ids)
        return {i for i in ids if values[(i, c.id)] == top}

    assert any("o5" not in best_on(c) for c in example.leaves), "O5 must not win on every criterion"
    for words in (("civilian",), ("escalation",)):
        assert "o1" in best_on(_leaf(example, *words)), "the status quo should be safest"
    total = {i: sum(_global_weight(example, c) * values[(i, c.id)] for c in example.leaves) for i in ids}
    assert sum(_global_weight(example, c) for c in example.leaves) == pytest.approx(1.0)
    first, second = sorted(total.values(), reverse=True)[:2]
    assert first - second < 5, f"the top two should be close enough for sensitivity analysis: {total}"
