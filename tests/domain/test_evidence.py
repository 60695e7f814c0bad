"""The evidence library in the domain: sources, extended evidence references, and the
decision's checks that evidence points at real sources and real passages."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from counterweight.domain import Decision, EvidenceRef, Score
from counterweight.domain.evidence import (
    MAX_SOURCE_CHARS,
    Credibility,
    Reliability,
    Source,
)
from tests.factories import small_decision

TEXT = "First paragraph about deterrence.\n\nSecond paragraph: troops are arriving."


def _source(**fields: object) -> Source:
    return Source(**{"id": "src-1", "title": "Field report", "text": TEXT, **fields})  # type: ignore[arg-type]


def _with(sources: list[Source], *refs: EvidenceRef) -> Decision:
    d = small_decision()
    scores = [s.model_copy(update={"evidence": list(refs)}) if s.key == ("a", "effect") else s for s in d.scores]
    data = {name: getattr(d, name) for name in Decision.model_fields}
    return Decision(**{**data, "scores": scores, "sources": sources})


def test_old_evidence_still_loads_with_defaults() -> None:
    ref = EvidenceRef.model_validate({"source": "Survey 2023", "locator": "table 4", "note": "n"})
    assert ref.source_id is None and ref.quote == "" and ref.start is None and ref.end is None
    assert ref.credibility is Credibility.MEDIUM
    assert not ref.has_passage


@pytest.mark.parametrize("fields, words", [
    ({"start": 3}, "both its start and its end"),
    ({"end": 3}, "both its start and its end"),
    ({"start": 5, "end": 5, "source_id": "s", "quote": "x"}, "starts at 5 but ends at 5"),
    ({"start": 1, "end": 4, "quote": "abc"}, "must name the source"),
    ({"start": 1, "end": 4, "source_id": "s"}, "must carry the quoted text"),
    ({"start": -1, "end": 4, "source_id": "s", "quote": "abc"}, "greater than or equal to 0"),
])
def test_inconsistent_passages_are_refused(fields: dict[str, object], words: str) -> None:
    with pytest.raises(ValidationError) as info:
        EvidenceRef.model_validate({"source": "S", **fields})
    assert words in str(info.value)


def test_credibility_and_reliability_scales() -> None:
    assert sorted(Credibility, key=lambda c: c.rank) == [Credibility.LOW, Credibility.MEDIUM, Credibility.HIGH]
    assert [r.value for r in Reliability] == list("ABCDEF")
    assert Reliability.A.label == "A – completely reliable"
    assert {r for r in Reliability if r.is_doubtful} == {Reliability.D, Reliability.E}
    assert _source().reliability is Reliability.F  # not assessed yet


def test_source_details() -> None:
    s = _source(publisher="The Diplomat", published="2024-11-20")
    assert s.published_date == dt.date(2024, 11, 20)
    assert s.citation() == "Field report (The Diplomat, 2024-11-20)"
    assert _source(published="November 2024").published_date is None
    assert _source().citation() == "Field report"
    with pytest.raises(ValidationError):
        _source(title="")
    with pytest.raises(ValidationError):
        _source(text="x" * (MAX_SOURCE_CHARS + 1))


def test_a_matching_passage_is_accepted() -> None:
    start = TEXT.index("troops")
    ref = EvidenceRef(source="Field report", source_id="src-1", quote="troops are arriving", start=start,
                      end=start + len("troops are arriving"), credibility=Credibility.HIGH)
    d = _with([_source()], ref)
    assert d.score("a", "effect").evidence == [ref]  # type: ignore[union-attr]
    assert d.source("src-1") == _source() and d.source("nope") is None


def test_evidence_must_cite_a_source_in_the_library() -> None:
    ref = EvidenceRef(source="Ghost", source_id="ghost")
    with pytest.raises(ValidationError) as info:
        _with([_source()], ref)
    assert "cites source 'ghost', which is not in the source library" in str(info.value)


def test_quote_must_match_the_text_at_its_offsets() -> None:
    ref = EvidenceRef(source="Field report", source_id="src-1", quote="First paragraph", start=1, end=16)
    with pytest.raises(ValidationError) as info:
        _with([_source()], ref)
    assert "does not match characters 1-16 of 'Field report'" in str(info.value)


def test_passage_must_lie_inside_the_text() -> None:
    n = len(TEXT)
    ref = EvidenceRef(source="Field report", source_id="src-1", quote="x", start=n, end=n + 1)
    with pytest.raises(ValidationError) as info:
        _with([_source()], ref)
    assert f"whose text has only {n} characters" in str(info.value)
    # a source without imported text cannot hold a quoted passage either
    with pytest.raises(ValidationError):
        _with([_source(text="")], EvidenceRef(source="F", source_id="src-1", quote="F", start=0, end=1))


def test_a_link_without_offsets_needs_no_text() -> None:
    d = _with([_source(text="")], EvidenceRef(source="Field report", source_id="src-1", locator="para 2"))
    assert d.sources[0].text == ""


def test_source_ids_are_unique() -> None:
    with pytest.raises(ValidationError) as info:
        _with([_source(), _source(title="Copy")])
    assert "source id 'src-1' is used twice" in str(info.value)


def test_scores_without_a_library_are_unaffected() -> None:
    d = small_decision()
    assert d.sources == []
    s = Score(option_id="a", criterion_id="effect", value=2, evidence=[EvidenceRef(source="Typed citation")])
    assert s.evidence[0].source_id is None
