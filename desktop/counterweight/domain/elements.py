"""Options, criteria and scores: the elements of a decision."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, model_validator

from counterweight.domain.base import Finite, Frozen, Identifier, Name, Text
from counterweight.domain.evidence import Credibility
from counterweight.domain.methods import Distribution
from counterweight.domain.phrase import Figure, Phrase, quoted_name
from counterweight.domain.scales import NumericScale, QualitativeScale, Scale
from counterweight.domain.shown_numbers import exact_number


class Direction(str, Enum):
    """Whether more of a criterion's measure is better or worse."""

    HIGHER_BETTER = "higher_better"
    LOWER_BETTER = "lower_better"

    @property
    def label(self) -> str:
        return "higher is better" if self is Direction.HIGHER_BETTER else "lower is better"


class Option(Frozen):
    """A course of action being weighed."""

    id: Identifier
    name: Name
    description: Text = ""
    source: Text = Field("", description="Where the option comes from (citation)")


NonNegative = Annotated[float, Field(ge=0.0, allow_inf_nan=False)]


class Criterion(Frozen):
    """A node of the criteria tree.

    A *group* (``scale`` is ``None``) only holds other criteria; a *leaf* carries a
    scale and is scored for every option. ``weight`` is the local weight in points:
    it is divided by the sum of its siblings' points, so only ratios matter.
    """

    id: Identifier
    name: Name
    parent_id: Identifier | None = None
    description: Text = ""
    direction: Direction = Direction.HIGHER_BETTER
    unit: Annotated[str, Field(max_length=60)] = ""
    scale: Scale | None = None
    weight: NonNegative = 1.0

    @property
    def is_group(self) -> bool:
        return self.scale is None


class EvidenceRef(Frozen):
    """A pointer to the evidence behind a score (source and where in it).

    ``source`` names the source as text (kept for files written before the source
    library existed); ``source_id`` links to a :class:`~counterweight.domain.evidence.Source`
    of the decision. ``quote`` is the passage relied on and ``start``/``end`` its
    character offsets in that source's text (``text[start:end] == quote``; the
    decision checks it). ``credibility`` grades this piece of evidence.
    """

    source: Name
    locator: Annotated[str, Field(max_length=200)] = ""
    note: Text = ""
    source_id: Identifier | None = Field(None, description="Id of the cited source in the decision's library")
    quote: Text = Field("", description="The passage of the source this evidence rests on")
    start: Annotated[int, Field(ge=0)] | None = Field(None, description="Offset of the passage's first character")
    end: Annotated[int, Field(ge=0)] | None = Field(None, description="Offset just after the passage's last character")
    credibility: Credibility = Credibility.MEDIUM

    @model_validator(mode="after")
    def _check_passage(self) -> EvidenceRef:
        if (self.start is None) != (self.end is None):
            raise ValueError("a passage needs both its start and its end offset")
        if self.start is not None and self.end is not None:
            if self.start >= self.end:
                raise ValueError(f"the passage starts at {self.start} but ends at {self.end}")
            if self.source_id is None:
                raise ValueError("a passage with offsets must name the source it comes from (source id)")
            if not self.quote:
                raise ValueError("a passage with offsets must carry the quoted text")
        return self

    @property
    def has_passage(self) -> bool:
        """True when the evidence points at characters of an imported source text."""
        return self.start is not None


class Score(Frozen):
    """The performance of one option on one leaf criterion.

    Numeric criteria use ``value`` (and optionally ``low``/``high`` for a range);
    qualitative criteria use ``level``, the label of one of the scale's levels.
    """

    option_id: Identifier
    criterion_id: Identifier
    value: Finite | None = None
    level: Annotated[str, Field(max_length=200)] | None = None
    low: Finite | None = None
    high: Finite | None = None
    distribution: Distribution | None = Field(
        None, description="Shape of the range for uncertainty analysis; default: the project's setting"
    )
    rationale: Text = ""
    evidence: list[EvidenceRef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> Score:
        if self.value is not None and self.level is not None:
            raise ValueError("give either a number or a level, not both")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"the low end of the range ({self.low:g}) is above the high end ({self.high:g})")
        if self.value is not None:
            if self.low is not None and self.low > self.value:
                raise ValueError(f"the low end of the range ({self.low:g}) is above the value ({self.value:g})")
            if self.high is not None and self.high < self.value:
                raise ValueError(f"the high end of the range ({self.high:g}) is below the value ({self.value:g})")
        return self

    @property
    def key(self) -> tuple[str, str]:
        return (self.option_id, self.criterion_id)

    @property
    def is_missing(self) -> bool:
        return self.value is None and self.level is None


def check_score_against_scale(score: Score, scale: NumericScale | QualitativeScale) -> str | None:
    """Return a problem description if ``score`` does not fit ``scale``, else ``None``."""
    if isinstance(scale, QualitativeScale):
        if score.value is not None:
            return Phrase("this criterion is scored with a level, not a number")
        if score.level is not None and scale.level(score.level) is None:
            names = ", ".join(lv.label for lv in scale.levels)
            return Phrase("{level} is not one of the levels ({levels})", level=quoted_name(score.level), levels=names)
        if score.low is not None or score.high is not None:
            return Phrase("ranges are only for numeric criteria")
        return None
    if score.level is not None:
        return Phrase("this criterion is scored with a number, not a level")
    for what, x in (("value", score.value), ("low end", score.low), ("high end", score.high)):
        if x is not None and not scale.contains(x):
            # every digit (h28i): 10.0000001 on a 1 to 10 scale must not read "the value 10 is outside"
            return Phrase("the value {x} is outside the scale {lower} to {upper}" if what == "value" else
                          "the low end {x} is outside the scale {lower} to {upper}" if what == "low end" else
                          "the high end {x} is outside the scale {lower} to {upper}",
                          x=Figure(exact_number(x)), lower=Figure(exact_number(scale.lower)),
                          upper=Figure(exact_number(scale.upper)))
    return None
