"""The evidence library: sources a project cites, and how far each can be trusted.

A :class:`Source` is one document the analysts rely on (an article, a report, a
briefing note), with its bibliographic details, a reliability grade and, when the
user has imported it, its full plain text. Scores point at sources through
:class:`~counterweight.domain.elements.EvidenceRef` (``source_id``, plus the quoted
passage and its character offsets in ``Source.text``).

Two separate grades are kept, as intelligence practice does:

* **Reliability** grades the *source* on the Admiralty (NATO) scale A-F, from
  "completely reliable" to "cannot be judged" (NATO AJP-2.1, source reliability).
* **Credibility** grades one *piece of evidence* drawn from it: low, medium or high.

``reference`` is a URL or a citation kept as text. Counterweight is an offline
application and never fetches it.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import Field

from counterweight.domain.base import Frozen, Identifier, Name, Text

#: Longest source text kept in a project (characters); about 1,000 printed pages.
MAX_SOURCE_CHARS = 2_000_000

#: A short free-text field (author, publisher, publication date).
Short = Annotated[str, Field(max_length=300)]


class Credibility(str, Enum):
    """How far one piece of evidence supports the score it is linked to."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        """0 (low), 1 (medium) or 2 (high), for comparisons."""
        return _CREDIBILITY_RANK[self]


_CREDIBILITY_RANK = {Credibility.LOW: 0, Credibility.MEDIUM: 1, Credibility.HIGH: 2}


class Reliability(str, Enum):
    """Reliability of a source on the Admiralty (NATO) scale.

    ``F`` ("cannot be judged") is the default: a new source has not been assessed.
    """

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def label(self) -> str:
        """``A – completely reliable`` and so on."""
        return f"{self.value} – {_RELIABILITY_WORDS[self]}"

    @property
    def is_doubtful(self) -> bool:
        """True for D (not usually reliable) and E (unreliable)."""
        return self in (Reliability.D, Reliability.E)


_RELIABILITY_WORDS = {
    Reliability.A: "completely reliable",
    Reliability.B: "usually reliable",
    Reliability.C: "fairly reliable",
    Reliability.D: "not usually reliable",
    Reliability.E: "unreliable",
    Reliability.F: "reliability cannot be judged",
}


class Source(Frozen):
    """One document in the project's source library.

    ``published`` is free text so that "November 2024" or "2024-11-20" both fit;
    :attr:`published_date` reads an ISO date when there is one. ``text`` is the
    imported plain text (empty until the user imports it); evidence offsets count
    characters of this text. ``imported_from`` is the file name only, never a path.
    """

    id: Identifier
    title: Name
    author: Short = ""
    publisher: Short = ""
    published: Short = Field("", description="Publication date: an ISO date or free text")
    reference: Text = Field("", description="URL or citation; never fetched (the application is offline)")
    reliability: Reliability = Reliability.F
    text: Annotated[str, Field(max_length=MAX_SOURCE_CHARS)] = Field(
        "", description="The source's imported plain text; evidence offsets index it"
    )
    imported_from: Annotated[str, Field(max_length=260)] = Field(
        "", description="Name of the file the text was imported from"
    )
    imported_at: dt.datetime | None = Field(None, description="When the text was imported")

    @property
    def has_text(self) -> bool:
        return bool(self.text)

    @property
    def published_date(self) -> dt.date | None:
        """``published`` as a date when it is an ISO date (``2024-11-20``), else ``None``."""
        try:
            return dt.date.fromisoformat(self.published)
        except ValueError:
            return None

    def citation(self) -> str:
        """A one-line citation: ``Title (Publisher, Published)``, omitting empty parts."""
        bits = ", ".join(b for b in (self.publisher, self.published) if b)
        return f"{self.title} ({bits})" if bits else self.title


__all__ = ["MAX_SOURCE_CHARS", "Credibility", "Reliability", "Source"]
