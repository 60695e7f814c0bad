"""The Counterweight exchange format: a whole decision as one versioned JSON file.

A file holds an *envelope* around the decision::

    {
      "format": "counterweight-decision",
      "format_version": 3,
      "exported_at": "2024-11-20T09:30:00+00:00",   (or null)
      "app_version": "0.1.0",                        (or null)
      "decision": { ...the Decision model... }
    }

Reading checks, in order: the text is JSON, it is a Counterweight decision file,
its version is one this code understands (older versions are migrated forward
through :data:`_MIGRATIONS`), and the decision validates. Every failure becomes an
:class:`~counterweight.domain.errors.ExchangeFormatError` whose message names the
file and the problem. See ``docs/exchange-format.md``.

Regenerate the committed JSON Schema after changing a domain model with::

    python -m counterweight.services.exchange docs/schema/counterweight-decision.schema.json
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from counterweight.domain import Decision, ExchangeFormatError, from_validation_error
from counterweight.services.json_files import format_error, parse_json_text, write_text_atomically

#: Value of the ``format`` key that marks a Counterweight decision file.
FORMAT_NAME = "counterweight-decision"
#: The newest format version this code reads and the one it writes.
FORMAT_VERSION = 3

#: File name suffix used for exchange files.
FILE_SUFFIX = ".json"

JsonObject = dict[str, Any]



def _v1_to_v2(envelope: JsonObject) -> JsonObject:
    """Version 2 added optional parts only (score ``distribution``, the decision's
    ``elicitations`` and ``red_lines``, and nested method settings ``topsis``,
    ``promethee``, ``vikor`` and ``uncertainty``). A version-1 file lacks them and
    they take their defaults, so the decision passes through unchanged."""
    return {**envelope, "format_version": 2}


def _v2_to_v3(envelope: JsonObject) -> JsonObject:
    """Version 3 added the evidence library, optional parts only: the decision's
    ``sources`` and, on each piece of evidence, ``source_id``, ``quote``,
    ``start``/``end`` and ``credibility``. A version-2 file lacks them and they take
    their defaults (no sources; evidence of medium credibility citing by name), so
    the decision passes through unchanged."""
    return {**envelope, "format_version": 3}


#: Upgrade steps, keyed by the *old* version: ``_MIGRATIONS[n]`` turns a version-n
#: envelope (a plain dict, already parsed from JSON) into a version n+1 envelope,
#: including setting ``format_version`` to n+1. Every old version keeps a fixture
#: file in the tests (``tests/services/fixtures/``) to prove it still opens.
_MIGRATIONS: dict[int, Callable[[JsonObject], JsonObject]] = {1: _v1_to_v2, 2: _v2_to_v3}


class _Header(BaseModel):
    """The envelope fields around the decision."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["counterweight-decision"] = Field(
        description="Always 'counterweight-decision'; marks the file as a Counterweight decision."
    )
    format_version: Literal[3] = Field(  # keep equal to FORMAT_VERSION
        description="Version of this file format. Newer Counterweight releases migrate older versions forward."
    )
    exported_at: datetime | None = Field(
        None, description="When the file was written (ISO 8601), or null if not recorded."
    )
    app_version: str | None = Field(
        None, max_length=60, description="Version of the Counterweight release that wrote the file, or null."
    )


class ExchangeEnvelope(_Header):
    """A Counterweight decision file: format marker, version, provenance and the decision."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        title="Counterweight decision file",
        json_schema_extra={
            "description": (
                "One multi-criteria decision (options, criteria tree with scales and weights, "
                "scores with ranges, distributions, rationales and evidence, weight elicitations, "
                "red lines, method settings and the library of cited sources) wrapped in a versioned envelope. "
                "Written and read by Counterweight; see docs/exchange-format.md."
            )
        },
    )

    decision: Decision = Field(description="The decision itself.")


# --------------------------------------------------------------------------- writing


def now() -> datetime:
    """The time to stamp an export with: now, in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0)


def _envelope_dict(decision: Decision, exported_at: datetime | None, app_version: str | None) -> JsonObject:
    # ``exclude_none`` keeps files short; it is lossless because every field of the
    # domain models that accepts None also defaults to None (a test checks this).
    for snap in decision.snapshots:  # a stored copy that cannot be read says so (named), not pydantic
        snap.content.decision()
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat() if exported_at is not None else None,
        "app_version": app_version,
        "decision": decision.model_dump(mode="json", exclude_none=True),
    }


def dumps(decision: Decision, *, exported_at: datetime | None = None, app_version: str | None = None) -> str:
    """Serialise a decision as exchange-format JSON text.

    Parameters
    ----------
    decision : Decision
        The decision to write.
    exported_at : datetime, optional
        Time stamp recorded in the envelope (``null`` when omitted, which keeps the
        output reproducible).
    app_version : str, optional
        Version of the application writing the file.

    Returns
    -------
    str
        Indented JSON ending in a newline. Keys come in the models' field order, so
        the same decision always gives the same text; non-ASCII text is kept as is
        (encode the result as UTF-8).
    """
    return json.dumps(_envelope_dict(decision, exported_at, app_version), indent=2, ensure_ascii=False) + "\n"


def write_file(
    path: str | os.PathLike[str],
    decision: Decision,
    *,
    exported_at: datetime | None = None,
    app_version: str | None = None,
) -> None:
    """Write a decision to ``path`` atomically (all or nothing).

    The text goes to a temporary file in the same folder, is flushed to disk and then
    renamed over ``path``, so a crash never leaves a half-written file behind.

    Raises
    ------
    ExchangeFormatError
        If the file cannot be written (the message names the file and the reason).
    """
    text = dumps(decision, exported_at=exported_at, app_version=app_version)
    write_text_atomically(Path(path), text, what="decision file")


# --------------------------------------------------------------------------- reading


def _upgrade(data: JsonObject, label: str) -> JsonObject:
    """Check the format marker and version, and migrate older versions forward."""
    if data.get("format") != FORMAT_NAME:
        raise format_error(label, f"this is not a Counterweight decision file (its \"format\" is not {FORMAT_NAME!r})")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise format_error(label, f"\"format_version\" must be a whole number, not {version!r}")
    if version > FORMAT_VERSION:
        raise format_error(
            label,
            f"was written by a newer version of Counterweight (file format {version}; this version reads up to "
            f"{FORMAT_VERSION}). Update Counterweight to open it.",
        )
    while version < FORMAT_VERSION:
        step = _MIGRATIONS.get(version)
        if step is None:
            raise format_error(label, f"uses file format {version}, which this version of Counterweight cannot read")
        data = step(dict(data))
        new_version = data.get("format_version")
        if new_version != version + 1:  # a broken migration is a bug, not a user error
            raise RuntimeError(f"migration from format {version} produced format {new_version!r}")
        version = new_version
    return data


def loads_envelope(text: str, *, source: str = "") -> ExchangeEnvelope:
    """Parse exchange-format text into the full envelope (decision plus provenance).

    Parameters
    ----------
    text : str
        The file's text.
    source : str, optional
        The file name, used in error messages.

    Raises
    ------
    ExchangeFormatError
        If the text is not valid JSON, not a Counterweight decision file, written by
        a newer version, or the decision does not validate.
    """
    label = source or "The decision data"
    return envelope_from(parse_json_text(text, label), label)


def envelope_from(data: Any, label: str) -> ExchangeEnvelope:
    """:func:`loads_envelope` of text already parsed (an import reads the version it was written in first)."""
    if not isinstance(data, dict):
        raise format_error(label, "this is not a Counterweight decision file (it does not hold a JSON object)")
    data = _upgrade(data, label)
    if "decision" not in data:
        raise format_error(label, "the file has no \"decision\" section")
    body = data.pop("decision")
    try:
        header = _Header.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, what=label, error_cls=ExchangeFormatError) from exc
    try:
        decision = Decision.model_validate(body)
    except ValidationError as exc:
        raise from_validation_error(exc, what=label, error_cls=ExchangeFormatError, data=body) from exc
    return ExchangeEnvelope(**header.model_dump(), decision=decision)


def loads(text: str, *, source: str = "") -> Decision:
    """Parse exchange-format text into a :class:`Decision`.

    Parameters
    ----------
    text : str
        The file's text.
    source : str, optional
        The file name, used in error messages.

    Returns
    -------
    Decision
        The validated decision.

    Raises
    ------
    ExchangeFormatError
        See :func:`loads_envelope`.
    """
    return loads_envelope(text, source=source).decision


def read_envelope(path: str | os.PathLike[str]) -> ExchangeEnvelope:
    """Read a decision file with its envelope. Errors as in :func:`read_file`."""
    p = Path(path)
    return loads_envelope(read_text(p), source=p.name)


def read_text(p: Path) -> str:
    """A decision file's text. Errors as in :func:`read_file`."""
    try:
        return p.read_text(encoding="utf-8-sig")  # tolerate a byte-order mark from Windows editors
    except UnicodeDecodeError as exc:
        raise format_error(p.name, f"is not UTF-8 text (bad byte at position {exc.start})") from exc
    except OSError as exc:
        raise format_error(p.name, f"could not be read: {exc.strerror or exc}") from exc


def read_file(path: str | os.PathLike[str]) -> Decision:
    """Read a decision from an exchange-format file.

    Parameters
    ----------
    path : str or PathLike
        The file to read (UTF-8, a byte-order mark is tolerated).

    Raises
    ------
    ExchangeFormatError
        If the file cannot be read or is not a valid decision file; the message
        names the file.
    """
    return read_envelope(path).decision


# --------------------------------------------------------------------------- schema


def json_schema() -> JsonObject:
    """The JSON Schema (draft 2020-12) of an exchange file, generated from the models."""
    schema = ExchangeEnvelope.model_json_schema()
    head = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    for key in ("title", "description", "type"):
        head[key] = schema.pop(key)
    return {**head, **schema}


def schema_text() -> str:
    """:func:`json_schema` as the exact text committed under ``docs/schema/``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: str | os.PathLike[str]) -> None:
    """Write :func:`json_schema` to ``path`` (UTF-8, indented, newline-terminated)."""
    Path(path).write_text(schema_text(), encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``python -m counterweight.services.exchange SCHEMA_PATH``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m counterweight.services.exchange SCHEMA_PATH", file=sys.stderr)
        return 2
    write_schema(args[0])
    return 0


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ExchangeEnvelope",
    "dumps",
    "json_schema",
    "loads",
    "loads_envelope",
    "now",
    "read_envelope",
    "read_file",
    "schema_text",
    "write_file",
    "write_schema",
]

if __name__ == "__main__":
    raise SystemExit(main())
