"""The evidence library: sources, passages linked to scores, and how well scores are supported.

Edits (each one undo step, following :class:`~counterweight.services.edits.Edit`):
:class:`AddSource`, :class:`UpdateSource`, :class:`RemoveSource`,
:class:`LinkEvidence` and :class:`UnlinkEvidence`. Source edits touch
:attr:`Part.INFO` (they change no number of the analysis); edits that change
a score's evidence touch :attr:`Part.SCORES` and name the cells.

Questions: :func:`unsupported_scores`, :func:`evidence_strength`,
:func:`widened_range` and :func:`with_evidence_widening`; the rules are set out
in ``docs/methods.md`` under "Evidence". Importing a source's text from a file is
:func:`import_source_text` (see :mod:`counterweight.services.source_text`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from counterweight.domain import (
    Decision,
    EvidenceRef,
    Score,
    from_validation_error,
)
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase, and_more, quoted_name
from counterweight.domain.evidence import Credibility, Source
from counterweight.engine.evidence_widening import (  # the rules live in the engine (SMAA uses them)
    WIDENING,
    Strength,  # noqa: F401 - re-exported
    effective_credibility,
    evidence_strength,
    widened_range,
    with_evidence_widening,
)
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, Restore, SetScore, rebuild
from counterweight.services.source_text import import_source_text

Cell = tuple[str, str]
#: Longest passage that can be linked (characters).
MAX_QUOTE_CHARS = 20_000


class SourceInUseError(InvalidInputError):
    """A source cannot be removed while scores cite it (unless forced).

    Attributes
    ----------
    cells : list of (option_id, criterion_id)
        The score cells whose evidence cites the source.
    """

    def __init__(self, message: str, cells: list[Cell]) -> None:
        super().__init__(message)
        self.cells = cells


# ---------------------------------------------------------------- helpers
def source_audit(source: Source | None) -> Any:
    """A source for the audit log: its details, with the text replaced by its length and SHA-256."""
    if source is None:
        return None
    data = source.model_dump(mode="json", exclude={"text"})
    data["text_length"] = len(source.text)
    data["text_sha256"] = hashlib.sha256(source.text.encode("utf-8")).hexdigest() if source.text else ""
    return data


def cell_name(decision: Decision, cell: Cell) -> str:
    """``Option × Criterion`` (ids stand in for elements that no longer exist)."""
    oid, cid = cell
    o = decision.option(oid).name if decision.has_option(oid) else oid
    c = decision.criterion(cid).name if decision.has_criterion(cid) else cid
    return f"{o} × {c}"


def cited_cells(decision: Decision, source_id: str) -> list[Cell]:
    """Score cells with at least one piece of evidence citing ``source_id``, in score order."""
    return [s.key for s in decision.scores if any(e.source_id == source_id for e in s.evidence)]


def links_to(decision: Decision, source_id: str) -> list[tuple[Cell, int, EvidenceRef]]:
    """Every piece of evidence citing ``source_id``: ``(cell, index in the score's evidence, ref)``."""
    return [(s.key, i, e) for s in decision.scores for i, e in enumerate(s.evidence) if e.source_id == source_id]


def _index(decision: Decision, source_id: str) -> int:
    for i, s in enumerate(decision.sources):
        if s.id == source_id:
            return i
    raise InvalidInputError(Phrase("That source is no longer in the library."))


def paragraph_locator(text: str, start: int, end: int) -> str:
    """``para 3``, ``para 3-4``, or within a paragraph of several lines ``para 3, line 2`` (``lines 2-3``).

    Paragraphs are separated by blank lines and lines by line breaks, both counted
    from 1. The line is added only where the paragraph has more than one: QA pass 19
    found a note whose numbered points sat on consecutive lines all cited as "para 2".
    """
    first = text.count("\n\n", 0, start) + 1
    last = first + text.count("\n\n", start, end)
    if first != last:
        return f"para {first}-{last}"
    opening = text.rfind("\n\n", 0, start)
    opening = 0 if opening < 0 else opening + 2
    closing = text.find("\n\n", end)
    if "\n" not in text[opening:len(text) if closing < 0 else closing]:
        return f"para {first}"
    top = text.count("\n", opening, start) + 1
    bottom = top + text.count("\n", start, end)
    return f"para {first}, line {top}" if top == bottom else f"para {first}, lines {top}-{bottom}"


def passage_ref(source: Source, start: int, end: int, *, credibility: Credibility = Credibility.MEDIUM,
                note: str = "", locator: str | None = None) -> EvidenceRef:
    """Evidence for the characters ``start:end`` of ``source.text``.

    Blank space at either end of the selection is left out, so the stored quote
    matches the text exactly. ``locator`` defaults to the paragraph(s) holding the
    passage (:func:`paragraph_locator`).

    Raises
    ------
    InvalidInputError
        The selection is empty, outside the text or longer than :data:`MAX_QUOTE_CHARS`.
    """
    text = source.text
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise InvalidInputError(Phrase("Select a passage of the source's text first."), where=source.title)
    if end - start > MAX_QUOTE_CHARS:
        raise InvalidInputError(
            Phrase("The selected passage is {n:,} characters long; link at most {most:,}.", n=end - start, most=MAX_QUOTE_CHARS),
            where=source.title)
    try:
        return EvidenceRef(source=source.title, source_id=source.id, quote=text[start:end], start=start, end=end,
                           credibility=credibility, note=note,
                           locator=paragraph_locator(text, start, end) if locator is None else locator)
    except ValidationError as exc:
        raise from_validation_error(exc, what=f"Evidence from {source.title!r}") from None


def _reanchor(ref: EvidenceRef, old: Source, new: Source) -> EvidenceRef:
    """``ref`` adjusted to a source whose title or text changed."""
    update: dict[str, Any] = {}
    if ref.source == old.title and new.title != old.title:
        update["source"] = new.title
    if ref.start is not None and new.text != old.text:
        hits, at = [], new.text.find(ref.quote)
        while at >= 0 and ref.quote:
            hits.append(at)
            at = new.text.find(ref.quote, at + 1)
        if hits:  # the occurrence nearest the old place
            begin = min(hits, key=lambda h: abs(h - (ref.start or 0)))
            update.update(start=begin, end=begin + len(ref.quote))
        else:  # the passage is gone from the new text: keep the quote, drop the offsets
            update.update(start=None, end=None)
    return ref.model_copy(update=update) if update else ref


# ---------------------------------------------------------------- source edits
@dataclass(frozen=True)
class AddSource(Edit):
    """Add a source to the library at ``index`` (default: at the end)."""

    source: Source
    index: int | None = None
    label: str = "Add source"

    def apply(self, decision: Decision) -> Applied:
        if any(s.id == self.source.id for s in decision.sources):
            raise InvalidInputError(Phrase("A source with id {id} is already in the library.", id=quoted_name(self.source.id)))
        sources = list(decision.sources)
        at = len(sources) if self.index is None else max(0, min(self.index, len(sources)))
        sources.insert(at, self.source)
        new = rebuild(decision, f"Source {self.source.title!r}", sources=sources)
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=f"{self.label}: {self.source.title}")
        inverse = RemoveSource(self.source.id, label="Remove source")
        return Applied(new, inverse, changes, f"source {self.source.title}", None, source_audit(self.source))


@dataclass(frozen=True)
class UpdateSource(Edit):
    """Replace the details or text of the source with the same id.

    Evidence citing it follows: a renamed source renames the ``source`` label of
    evidence that carried the old title, and when the text changes each linked
    passage is found again in the new text (the occurrence nearest its old place);
    a passage no longer in the text keeps its quote but loses its offsets.
    """

    source: Source
    label: str = "Edit source"

    def apply(self, decision: Decision) -> Applied:
        at = _index(decision, self.source.id)
        old = decision.sources[at]
        sources = list(decision.sources)
        sources[at] = self.source
        scores, cells = list(decision.scores), set()
        if old.title != self.source.title or old.text != self.source.text:
            for i, s in enumerate(scores):
                refs = [_reanchor(e, old, self.source) if e.source_id == old.id else e for e in s.evidence]
                if any(a is not b for a, b in zip(refs, s.evidence)):
                    scores[i] = s.model_copy(update={"evidence": refs})
                    cells.add(s.key)
        what = f"Source {old.title!r}"
        new = rebuild(decision, what, sources=sources, scores=scores) if cells else \
            rebuild(decision, what, sources=sources)
        parts = {Part.INFO, Part.SCORES} if cells else {Part.INFO}
        changes = ChangeSet(parts=frozenset(parts), cells=frozenset(cells),
                            description=f"{self.label}: {self.source.title}")
        before, after = source_audit(old), source_audit(self.source)
        if cells:  # dropped offsets cannot be recomputed: restore the scores exactly
            inverse: Edit = Restore({"sources": decision.sources, "scores": decision.scores}, changes,
                                    self.label, f"source {old.title}", after, before)
        else:
            inverse = UpdateSource(old, self.label)
        return Applied(new, inverse, changes, f"source {old.title}", before, after)


@dataclass(frozen=True)
class RemoveSource(Edit):
    """Remove a source from the library.

    A source that scores cite is only removed with ``force=True``, which also
    removes the evidence citing it; otherwise :class:`SourceInUseError` lists the
    cells so the caller can ask the user to confirm.
    """

    source_id: str
    force: bool = False
    label: str = "Remove source"

    def apply(self, decision: Decision) -> Applied:
        at = _index(decision, self.source_id)
        old = decision.sources[at]
        cells = cited_cells(decision, self.source_id)
        if cells and not self.force:
            names = "; ".join(cell_name(decision, c) for c in cells[:8])
            listed = and_more(names, len(cells) - 8) if len(cells) > 8 else names
            raise SourceInUseError(
                Phrase("“{title}” is cited as evidence by {n} score ({cells}). Removing it also removes those links."
                       if len(cells) == 1 else
                       "“{title}” is cited as evidence by {n} scores ({cells}). Removing it also removes those links.",
                       title=old.title, n=len(cells), cells=listed), cells)
        sources = [s for s in decision.sources if s.id != self.source_id]
        scores = [s.model_copy(update={"evidence": [e for e in s.evidence if e.source_id != self.source_id]})
                  if s.key in cells else s for s in decision.scores]
        new = rebuild(decision, f"Source {old.title!r}", sources=sources, scores=scores)
        parts = {Part.INFO, Part.SCORES} if cells else {Part.INFO}
        changes = ChangeSet(parts=frozenset(parts), cells=frozenset(cells), description=f"{self.label}: {old.title}")
        before = {**source_audit(old), "cited_by": [list(c) for c in cells]}
        inverse = Restore({"sources": decision.sources, "scores": decision.scores}, changes, "Restore source",
                          f"source {old.title}", None, before)
        return Applied(new, inverse, changes, f"source {old.title}", before, None)


# ---------------------------------------------------------------- links
@dataclass(frozen=True)
class LinkEvidence(Edit):
    """Add one piece of evidence to the score of ``option_id`` on ``criterion_id``.

    A cell without a score gets one that holds only the evidence (the value can be
    entered later). The same passage of the same source is not linked twice.
    """

    option_id: str
    criterion_id: str
    evidence: EvidenceRef
    label: str = "Link evidence"

    def apply(self, decision: Decision) -> Applied:
        key = (self.option_id, self.criterion_id)
        if not decision.has_option(self.option_id) or not decision.has_criterion(self.criterion_id):
            raise InvalidInputError(Phrase("That option or criterion no longer exists."))
        if decision.criterion(self.criterion_id).is_group:
            raise InvalidInputError(Phrase("{criterion} is a group; link evidence to one of its scored criteria.",
                                           criterion=quoted_name(decision.criterion(self.criterion_id).name)))
        where = cell_name(decision, key)
        old = decision.score(*key)
        ev = self.evidence
        if old is not None and any(e.source_id == ev.source_id and e.start == ev.start and e.end == ev.end
                                   and e.quote == ev.quote and e.source == ev.source for e in old.evidence):
            raise InvalidInputError(Phrase("This passage is already linked to that score."), where=where)
        evidence = [*(old.evidence if old else []), ev]
        score = old.model_copy(update={"evidence": evidence}) if old else \
            Score(option_id=self.option_id, criterion_id=self.criterion_id, evidence=evidence)
        scores = [s for s in decision.scores if s.key != key] + [score]
        new = rebuild(decision, f"Evidence for {where}", scores=scores)
        changes = ChangeSet(parts=frozenset({Part.SCORES}), cells=frozenset({key}),
                            description=f"{self.label}: {where}")
        inverse = SetScore(self.option_id, self.criterion_id, old, label="Unlink evidence")
        return Applied(new, inverse, changes, f"evidence {where}", None, ev.model_dump(mode="json"))


@dataclass(frozen=True)
class UnlinkEvidence(Edit):
    """Remove the evidence at ``index`` of a score's evidence list.

    A score left with no value, level, rationale or evidence is removed altogether.
    """

    option_id: str
    criterion_id: str
    index: int
    label: str = "Unlink evidence"

    def apply(self, decision: Decision) -> Applied:
        key = (self.option_id, self.criterion_id)
        old = decision.score(*key)
        if old is None or not 0 <= self.index < len(old.evidence):
            raise InvalidInputError(Phrase("That evidence is no longer linked to the score."))
        where = cell_name(decision, key)
        gone = old.evidence[self.index]
        rest = [e for i, e in enumerate(old.evidence) if i != self.index]
        score: Score | None = old.model_copy(update={"evidence": rest})
        if score is not None and score.is_missing and not score.rationale and not rest:
            score = None
        scores = [s for s in decision.scores if s.key != key] + ([score] if score is not None else [])
        new = rebuild(decision, f"Evidence for {where}", scores=scores)
        changes = ChangeSet(parts=frozenset({Part.SCORES}), cells=frozenset({key}),
                            description=f"{self.label}: {where}")
        inverse = SetScore(self.option_id, self.criterion_id, old, label="Link evidence")
        return Applied(new, inverse, changes, f"evidence {where}", gone.model_dump(mode="json"), None)


# ---------------------------------------------------------------- questions
def unsupported_scores(decision: Decision) -> list[Cell]:
    """Cells holding a score (a value or level) but no evidence at all, in matrix order.

    Returns
    -------
    list of (option_id, criterion_id)
        Options in list order, leaf criteria in tree order. Cells without a score
        are not listed: they rest on nothing because they say nothing.
    """
    out: list[Cell] = []
    for o in decision.options:
        for c in decision.leaves:
            s = decision.score(o.id, c.id)
            if s is not None and not s.is_missing and not s.evidence:
                out.append((o.id, c.id))
    return out


__all__ = [
    "WIDENING", "AddSource", "LinkEvidence", "RemoveSource", "SourceInUseError", "UnlinkEvidence", "UpdateSource",
    "cell_name", "cited_cells", "effective_credibility", "evidence_strength", "import_source_text", "links_to",
    "paragraph_locator", "passage_ref", "source_audit", "unsupported_scores", "widened_range",
    "with_evidence_widening",
]
