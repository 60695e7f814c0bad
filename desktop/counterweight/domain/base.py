"""Shared pydantic configuration: frozen models that reject unknown fields."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from functools import cache, cached_property
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints


def max_length(model: type[BaseModel], field: str) -> int:
    """The longest text the domain allows in ``model.<field>`` (read from its constraints)."""
    for meta in model.model_fields[field].metadata:
        limit: Any = getattr(meta, "max_length", None)
        if limit is not None:
            return int(limit)
    raise LookupError(f"{model.__name__}.{field} has no length limit")  # programming error


class Frozen(BaseModel):
    """Base of every domain model: immutable, strict about unknown fields.

    Edits never mutate a model; they build a new one with ``model_copy(update=...)``
    (followed by re-validation in :func:`revalidate`) or ``model_validate``.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        validate_default=True,
    )

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, as pydantic's, without any cached lookup built from the original's fields.

        pydantic copies the whole instance ``__dict__``, which also holds the values of
        ``functools.cached_property`` (such as a decision's score index); with
        ``update`` those would describe the original, not the copy.
        """
        copy = super().model_copy(update=update, deep=deep)
        if update:
            for name in _cached_properties(type(self)):
                copy.__dict__.pop(name, None)
        return copy


@cache
def _cached_properties(cls: type) -> tuple[str, ...]:
    return tuple(name for klass in cls.__mro__ for name, attr in vars(klass).items()
                 if isinstance(attr, cached_property))


#: What an identifier may look like.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
#: One line of text: no line break, tab or other control character.
ONE_LINE_PATTERN = r"^[^\x00-\x1f\x7f]*$"

#: Stable identifier of an element (option, criterion...). Never shown as the name.
Identifier = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
#: A non-empty display name.
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
#: Free text: descriptions, rationales, citations.
Text = Annotated[str, StringConstraints(max_length=20_000)]
#: Largest magnitude of a score, scale bound, breakpoint or limit. Far beyond any real quantity
#: (a quadrillion), and far enough below the largest float (about 1.8e308) that no formula of the
#: engine (differences, squares, sums over thousands of options) can overflow.
MAX_MAGNITUDE = 1e15


def _within_magnitude(x: float) -> float:
    if abs(x) > MAX_MAGNITUDE:
        raise ValueError(f"must be between -{MAX_MAGNITUDE:,.0f} and {MAX_MAGNITUDE:,.0f} "
                         "(a quadrillion); use a larger unit, such as millions or billions")
    return x


#: A finite number (no NaN or infinity) of at most :data:`MAX_MAGNITUDE`.
Finite = Annotated[float, Field(allow_inf_nan=False), AfterValidator(_within_magnitude)]


def new_id(prefix: str) -> str:
    """A fresh identifier such as ``opt-3f9a1c2b``."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def slug(text: str) -> str:
    """A readable identifier fragment made from a name."""
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:40] or "item"
