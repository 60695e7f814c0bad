"""Shared pydantic configuration: frozen models that reject unknown fields."""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


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


_ID_RE = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"

#: Stable identifier of an element (option, criterion...). Never shown as the name.
Identifier = Annotated[str, StringConstraints(pattern=_ID_RE)]
#: A non-empty display name.
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
#: Free text: descriptions, rationales, citations.
Text = Annotated[str, StringConstraints(max_length=20_000)]
#: A finite number (no NaN or infinity).
Finite = Annotated[float, Field(allow_inf_nan=False)]


def new_id(prefix: str) -> str:
    """A fresh identifier such as ``opt-3f9a1c2b``."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def slug(text: str) -> str:
    """A readable identifier fragment made from a name."""
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:40] or "item"
