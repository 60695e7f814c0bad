"""The evidence service: importing source text, source and link edits with undo,
and the questions asked of a decision's evidence.

Expected numbers are worked out by hand from the rule in docs/methods.md
("Evidence"): a numeric range widens on each side by 20 % of the scale width with no
evidence, 10 % with weak evidence, and is clipped to the scale.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from counterweight.domain import (
    Decision,
    EvidenceRef,
    InvalidInputError,
    NumericScale,
    Score,
)
from counterweight.domain.evidence import Credibility, Reliability, Source
from counterweight.services import evidence as ev
from counterweight.services import exchange, source_text
from counterweight.services.changes import Part
from counterweight.services.session import ProjectSession
from tests.factories import small_decision
from tests.storage.builders import rebuild

ARTICLE = "Opening words.\n\nTroops are gathering near the border.\n\nA closing thought."
_OPENED: list[str] | None = None


_PYTHON_FILES = (".py", ".pyc", ".so", ".pth")


def _audit(event: str, args: tuple[Any, ...]) -> None:
    # Python's own imports (a codec or parser module loaded for the first time on a
    # fresh machine) are not files the import chose to open; everything else counts.
    if _OPENED is not None and event == "open":
        path = str(args[0])
        if not path.endswith(_PYTHON_FILES) and "__pycache__" not in path:
            _OPENED.append(path)


sys.addaudithook(_audit)


@pytest.fixture
def opened() -> Iterator[list[str]]:
    """Every file opened while the test runs (through Python's audit hook)."""
    global _OPENED
    _OPENED = []
    try:
        yield _OPENED
    finally:
        _OPENED = None


def _article(**fields: Any) -> Source:
    return Source(**{"id": "art", "title": "The article", "text": ARTICLE, **fields})


def _decision(**fields: Any) -> Decision:
    return rebuild(small_decision(), **fields)


# ------------------------------------------------------------------ import


def test_import_txt(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Line one\r\nLine two\r\n\r\n\r\n\r\nAfter a gap\x07.\r\n")
    when = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
    src = ev.import_source_text(path, source_id="s1", now=when)
    assert src.text == "Line one\nLine two\n\nAfter a gap."
    assert (src.id, src.title, src.imported_from, src.imported_at) == ("s1", "notes", "notes.txt", when)
    assert src.reliability is Reliability.F


def test_import_markdown_takes_its_heading_as_title(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text("# Deployment brief\n\nSome *emphasis* here.\n", encoding="utf-8")
    src = ev.import_source_text(path)
    assert src.title == "Deployment brief"
    assert src.text == "# Deployment brief\n\nSome *emphasis* here."
    assert src.id.startswith("src-") and src.imported_at is not None


def test_import_html_keeps_text_only_and_opens_nothing_else(tmp_path: Path, opened: list[str]) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really an image")
    page = tmp_path / "article.html"
    page.write_text(
        "<!doctype html><html><head><title>Expect the worst</title>"
        '<link rel="stylesheet" href="file:///etc/passwd"><style>p { color: red }</style>'
        "<script>document.write('injected')</script></head><body>"
        '<h1>Heading</h1><p>First &amp; foremost,<br>a new line.</p>'
        f'<img src="file:///etc/passwd"><img src="{secret.as_uri()}" alt="secret">'
        '<iframe src="file:///etc/hosts">frame text</iframe>'
        "<ul><li>one</li><li>two <b>bold</b></li></ul>"
        "<script src='file:///etc/passwd'></script><p>Last   words</p></body></html>",
        encoding="utf-8")
    opened.clear()  # only what the import opens
    src = ev.import_source_text(page)
    assert opened == [str(page)]  # the page and nothing it refers to
    assert src.title == "Expect the worst"
    assert src.text == "Heading\n\nFirst & foremost,\na new line.\n\n• one\n• two bold\n\nLast words"
    for word in ("injected", "passwd", "secret", "color", "frame text"):
        assert word not in src.text


def test_import_html_honours_a_declared_charset(tmp_path: Path) -> None:
    page = tmp_path / "old.htm"
    page.write_bytes('<meta charset="windows-1252"><p>Caf\u00e9 \u2013 r\u00e9sum\u00e9</p>'.encode("cp1252"))
    assert ev.import_source_text(page).text == "Caf\u00e9 \u2013 r\u00e9sum\u00e9"


@pytest.mark.parametrize("name, content, words", [
    ("report.pdf", b"%PDF", "not \u201c.pdf\u201d"),
    ("empty.txt", b"  \n\n ", "holds no text"),
    ("latin.txt", "caf\u00e9".encode("latin-1"), "not UTF-8 text (unreadable byte at position 3)"),
])
def test_import_refusals_name_the_file(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInputError) as info:
        ev.import_source_text(path)
    assert words in info.value.message
    assert info.value.where == name


def test_import_refuses_a_missing_file_and_a_file_too_large(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInputError, match="does not exist"):
        ev.import_source_text(tmp_path / "gone.txt")
    big = tmp_path / "big.txt"
    big.write_text("x" * 2048, encoding="utf-8")
    monkeypatch.setattr(source_text, "MAX_IMPORT_BYTES", 2047)
    with pytest.raises(InvalidInputError, match="larger than"):
        ev.import_source_text(big)
    monkeypatch.setattr(source_text, "MAX_IMPORT_BYTES", 2048)
    assert len(ev.import_source_text(big).text) == 2048


# ------------------------------------------------------------------ passages


def test_passage_ref_trims_blank_space_and_finds_the_paragraph() -> None:
    src = _article()
    start = ARTICLE.index("Troops") - 2  # the selection starts on the blank line before
    end = ARTICLE.index("border.") + len("border.") + 1
    ref = ev.passage_ref(src, start, end, credibility=Credibility.HIGH, note="n")
    assert ref.quote == "Troops are gathering near the border."
    assert ARTICLE[ref.start:ref.end] == ref.quote  # type: ignore[misc]
    assert (ref.source, ref.source_id, ref.locator, ref.credibility) == ("The article", "art", "para 2",
                                                                         Credibility.HIGH)
    assert ev.passage_ref(src, 0, len(ARTICLE)).locator == "para 1-3"
    with pytest.raises(InvalidInputError, match="Select a passage"):
        ev.passage_ref(src, 14, 16)  # only the blank line


# ------------------------------------------------------------------ link, unlink, undo


@pytest.fixture
def session(tmp_path: Path) -> Iterator[ProjectSession]:
    s = ProjectSession.create(tmp_path / "ev.counterweight", _decision(sources=[_article()]))
    yield s
    s.close()


def test_link_and_unlink_with_undo(session: ProjectSession, tmp_path: Path) -> None:
    d0 = session.decision
    ref = ev.passage_ref(d0.sources[0], ARTICLE.index("Troops"), ARTICLE.index(" near"))
    undo_link = session.apply(ev.LinkEvidence("b", "effect", ref))
    assert session.decision.score("b", "effect").evidence == [ref]  # type: ignore[union-attr]
    assert session.decision.score("b", "effect").value == 9  # type: ignore[union-attr]
    assert ev.cited_cells(session.decision, "art") == [("b", "effect")]
    with pytest.raises(InvalidInputError, match="already linked"):
        session.apply(ev.LinkEvidence("b", "effect", ref))

    undo_unlink = session.apply(ev.UnlinkEvidence("b", "effect", 0))
    assert session.decision == d0
    session.apply(undo_unlink)  # undo the unlink: linked again
    assert session.decision.score("b", "effect").evidence == [ref]  # type: ignore[union-attr]
    session.apply(undo_link)  # undo the link
    assert session.decision == d0
    log = session.audit_log()
    assert [e.action for e in log[:4]] == ["Unlink evidence", "Link evidence", "Unlink evidence", "Link evidence"]


def test_linking_to_an_empty_cell_creates_an_evidence_only_score(session: ProjectSession) -> None:
    d0 = rebuild(session.decision, scores=[s for s in session.decision.scores if s.key != ("c", "cost")])
    ref = EvidenceRef(source="The article", source_id="art", locator="para 3")
    applied = ev.LinkEvidence("c", "cost", ref).apply(d0)
    score = applied.decision.score("c", "cost")
    assert score is not None and score.is_missing and score.evidence == [ref]
    assert applied.changes.parts == frozenset({Part.SCORES}) and applied.changes.cells == {("c", "cost")}
    assert applied.inverse.apply(applied.decision).decision == d0
    # unlinking the only evidence of an otherwise empty score removes the score
    assert ev.UnlinkEvidence("c", "cost", 0).apply(applied.decision).decision == d0


def test_link_is_refused_for_groups_and_unknown_sources(session: ProjectSession) -> None:
    d = session.decision
    with pytest.raises(InvalidInputError, match="is a group"):
        ev.LinkEvidence("a", "risks", EvidenceRef(source="x")).apply(d)
    with pytest.raises(InvalidInputError, match="not in the source library"):
        ev.LinkEvidence("a", "effect", EvidenceRef(source="x", source_id="ghost")).apply(d)
    with pytest.raises(InvalidInputError, match="no longer linked"):
        ev.UnlinkEvidence("a", "effect", 0).apply(d)


def test_links_survive_reopening(session: ProjectSession, tmp_path: Path) -> None:
    ref = ev.passage_ref(session.decision.sources[0], 0, 5, credibility=Credibility.LOW)
    session.apply(ev.LinkEvidence("a", "harm", ref))
    expected = session.decision
    path = session.path
    session.close()
    with ProjectSession.open(path) as again:
        assert again.decision == expected
        assert again.decision.score("a", "harm").evidence[0].credibility is Credibility.LOW  # type: ignore[union-attr]


# ------------------------------------------------------------------ source edits


def test_add_and_update_source_with_undo(session: ProjectSession) -> None:
    d0 = session.decision
    new = Source(id="memo", title="Memo", reliability=Reliability.B)
    undo_add = session.apply(ev.AddSource(new))
    assert [s.id for s in session.decision.sources] == ["art", "memo"]
    with pytest.raises(InvalidInputError, match="already in the library"):
        session.apply(ev.AddSource(new))
    undo_edit = session.apply(ev.UpdateSource(new.model_copy(update={"title": "Memo 2"})))
    assert session.decision.sources[1].title == "Memo 2"
    session.apply(undo_edit)
    session.apply(undo_add)
    assert session.decision == d0
    # the audit log keeps the text out: only its length and fingerprint
    entry = next(e for e in session.audit_log() if e.action == "Add source")
    assert entry.new["text_length"] == 0 and "text" not in entry.new


def test_update_source_moves_linked_passages_with_the_text(session: ProjectSession) -> None:
    src = session.decision.sources[0]
    ref = ev.passage_ref(src, ARTICLE.index("Troops"), ARTICLE.index(" near"))
    session.apply(ev.LinkEvidence("a", "effect", ref))
    gone = ev.passage_ref(src, 0, len("Opening words."))
    session.apply(ev.LinkEvidence("b", "cost", gone))
    before = session.decision
    new_text = "A new preface.\n\n" + ARTICLE.replace("Opening words.", "Different start.")
    inverse = session.apply(ev.UpdateSource(src.model_copy(update={"text": new_text, "title": "Renamed"})))
    moved = session.decision.score("a", "effect").evidence[-1]  # type: ignore[union-attr]
    assert moved.start == new_text.index("Troops") and new_text[moved.start:moved.end] == ref.quote
    assert moved.source == "Renamed"
    lost = session.decision.score("b", "cost").evidence[-1]  # type: ignore[union-attr]
    assert (lost.start, lost.end, lost.quote) == (None, None, "Opening words.")
    session.apply(inverse)
    assert session.decision == before


def test_removing_a_cited_source_needs_force(session: ProjectSession) -> None:
    src = session.decision.sources[0]
    session.apply(ev.LinkEvidence("a", "effect", ev.passage_ref(src, 0, 5)))
    session.apply(ev.LinkEvidence("c", "harm", EvidenceRef(source="The article", source_id="art")))
    before = session.decision
    with pytest.raises(ev.SourceInUseError) as info:
        session.apply(ev.RemoveSource("art"))
    assert info.value.cells == [("a", "effect"), ("c", "harm")]
    assert "Alpha × Effect" in info.value.message and "Charlie × Civilian harm" in info.value.message
    assert session.decision == before  # nothing changed
    undo = session.apply(ev.RemoveSource("art", force=True))
    assert session.decision.sources == []
    assert all(e.source_id is None for s in session.decision.scores for e in s.evidence)
    assert session.decision.score("a", "effect").value == 2  # type: ignore[union-attr]
    session.apply(undo)
    assert session.decision == before


def test_removing_an_uncited_source_just_removes_it(session: ProjectSession) -> None:
    applied = ev.RemoveSource("art").apply(session.decision)
    assert applied.decision.sources == [] and applied.changes.parts == frozenset({Part.INFO})


# ------------------------------------------------------------------ questions


def test_unsupported_scores_lists_scored_cells_without_evidence() -> None:
    d = small_decision()  # nine scores, none with evidence
    cited = {("a", "harm"), ("c", "effect")}
    scores = [s.model_copy(update={"evidence": [EvidenceRef(source="S")]}) if s.key in cited else s
              for s in d.scores if s.key != ("b", "cost")]
    d = rebuild(d, scores=scores)
    expected = [(o, c) for o in "abc" for c in ("harm", "effect", "cost")
                if (o, c) not in cited and (o, c) != ("b", "cost")]
    assert ev.unsupported_scores(d) == expected


def _score(*refs: EvidenceRef, **fields: Any) -> Score:
    return Score(**{"option_id": "a", "criterion_id": "effect", "value": 5, **fields}, evidence=list(refs))


def _ref(cred: Credibility, source_id: str | None = None, source: str = "S") -> EvidenceRef:
    return EvidenceRef(source=source, source_id=source_id, credibility=cred)


LOW, MED, HIGH = Credibility.LOW, Credibility.MEDIUM, Credibility.HIGH


@pytest.mark.parametrize("refs, expected", [
    ((), "none"),
    ((_ref(LOW),), "weak"),
    ((_ref(LOW), _ref(LOW, source="T")), "weak"),
    ((_ref(MED),), "medium"),
    ((_ref(MED), _ref(MED)), "medium"),  # the same source twice is no corroboration
    ((_ref(MED, source="S"), _ref(MED, source="s")), "medium"),  # names compare without case
    ((_ref(MED), _ref(MED, source="T")), "strong"),
    ((_ref(LOW), _ref(HIGH)), "strong"),
])
def test_evidence_strength(refs: tuple[EvidenceRef, ...], expected: str) -> None:
    assert ev.evidence_strength(_score(*refs)) == expected


def test_doubtful_sources_count_one_step_lower() -> None:
    doubtful = Source(id="d", title="D", reliability=Reliability.E)
    sound = Source(id="f", title="F")  # not judged: no penalty
    assert ev.evidence_strength(_score(_ref(HIGH, "d")), [doubtful]) == "medium"
    assert ev.evidence_strength(_score(_ref(MED, "d")), [doubtful]) == "weak"
    assert ev.evidence_strength(_score(_ref(MED, "d"), _ref(MED, "f")), [doubtful, sound]) == "medium"
    assert ev.evidence_strength(_score(_ref(HIGH, "f")), {"f": sound}) == "strong"
    assert ev.evidence_strength(None) == "none"


SCALE = NumericScale(lower=0, upper=10)


@pytest.mark.parametrize("refs, fields, expected", [
    ((), {}, (3.0, 7.0)),  # no evidence: 5 -/+ 0.2 * 10
    ((_ref(LOW),), {}, (4.0, 6.0)),  # weak: 5 -/+ 0.1 * 10
    ((_ref(MED),), {}, (5.0, 5.0)),  # medium: unchanged
    ((_ref(HIGH),), {"low": 4, "high": 8}, (4.0, 8.0)),
    ((), {"value": 1, "low": 0.5, "high": 3}, (0.0, 5.0)),  # clipped at the bottom of the scale
    ((_ref(LOW),), {"value": 9.5}, (8.5, 10.0)),  # clipped at the top
])
def test_widened_range(refs: tuple[EvidenceRef, ...], fields: dict[str, Any],
                       expected: tuple[float, float]) -> None:
    assert ev.widened_range(_score(*refs, **fields), SCALE) == pytest.approx(expected)


def test_widened_range_leaves_levels_and_missing_scores_alone() -> None:
    d = small_decision()
    assert ev.widened_range(d.score("a", "harm"), d.criterion("harm").scale) is None
    assert ev.widened_range(None, SCALE) is None


def test_with_evidence_widening_changes_a_copy_only() -> None:
    d = small_decision()  # no evidence anywhere: every numeric range widens by 20 % of its scale
    wide = ev.with_evidence_widening(d)
    assert d == small_decision()
    bravo_cost = wide.score("b", "cost")  # 10 on 0-20: 10 -/+ 4
    assert bravo_cost is not None and (bravo_cost.low, bravo_cost.value, bravo_cost.high) == (6, 10, 14)
    alpha_effect = wide.score("a", "effect")  # 2 (1-3) on 0-10: 1 - 2 clipped to 0, 3 + 2
    assert alpha_effect is not None and (alpha_effect.low, alpha_effect.high) == (0, 5)
    assert wide.score("a", "harm") == d.score("a", "harm")


# ------------------------------------------------------------------ exchange


def test_exchange_round_trip_and_version_2_files() -> None:
    ref = ev.passage_ref(_article(), 16, 40, credibility=HIGH)
    d = ev.LinkEvidence("a", "effect", ref).apply(_decision(sources=[_article(imported_from="a.html")])).decision
    assert exchange.loads(exchange.dumps(d)) == d
    plain = small_decision()
    old = exchange.dumps(plain).replace(f'"format_version": {exchange.FORMAT_VERSION}', '"format_version": 2')
    assert '"format_version": 2' in old
    assert exchange.loads(old) == plain
    upgraded = exchange._MIGRATIONS[2]({"format_version": 2, "decision": {"id": "x"}})
    assert upgraded == {"format_version": 3, "decision": {"id": "x"}}


def test_a_paragraph_of_several_lines_gives_each_passage_its_line() -> None:
    """QA pass 19: a note's numbered points on consecutive lines were all cited as "para 2"."""
    text = "Costing note\n\nPoint one costs 40.\nPoint two costs 250.\nPoint three costs 5.\n\nClosing remark."
    at = text.index
    assert ev.paragraph_locator(text, at("Point one"), at("Point one") + 10) == "para 2, line 1"
    assert ev.paragraph_locator(text, at("Point three"), at("Point three") + 5) == "para 2, line 3"
    assert ev.paragraph_locator(text, at("one"), at("two costs")) == "para 2, lines 1-2"
    assert ev.paragraph_locator(text, at("Closing"), len(text)) == "para 3"  # one line: no line number
    assert ev.paragraph_locator(text, at("Point one"), len(text)) == "para 2-3"


@pytest.mark.parametrize(("content", "title"), [
    ("Ministry costing note <b>DRAFT</b>\n\nPara 1. Text.\nPara 2. More.", "Ministry costing note <b>DRAFT</b>"),
    ("Opening words.\n\nThe body.", "notes"),  # a sentence, not a heading: the file's name
    ("One line only", "notes"),
    ("Line one\nline two\n\nBody.", "notes"),  # no line standing alone
    ("x" * 151 + "\n\nBody.", "notes"),  # too long for a title
])
def test_a_plain_text_file_is_titled_by_its_heading_line(tmp_path, content: str, title: str) -> None:  # noqa: ANN001
    path = tmp_path / "notes.txt"
    path.write_text(content, encoding="utf-8")
    assert ev.import_source_text(path).title == title
