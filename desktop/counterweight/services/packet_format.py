"""The elicitation packet file: what one analyst takes away, fills in and brings back.

A packet is one UTF-8 JSON file (suffix ``.cwpacket``)::

    {
      "format": "counterweight-packet",
      "format_version": 1,
      "request": {                      written by the project that issues it
        "packet_id", "issued_at", "issued_by", "app_version",
        "project": {"decision_id", "title"},
        "analyst": {Analyst},
        "instructions": "...",
        "base": {AnalystInput},         the analyst's own inputs at export
        "decision": {Decision}          shared inputs for the analyst to work from
      },
      "request_hash": "sha256 hex of the canonical request",
      "response": null | {              written where the analyst filled it in
        "answered_at", "answered_by", "app_version", "note",
        "input": {AnalystInput}
      },
      "response_hash": null | "sha256 hex of request_hash + canonical response"
    }

*Canonical* JSON is the parsed value dumped with sorted keys, no spaces and UTF-8
text, so the hashes do not depend on indentation or key order. The issuing project
records ``packet_id`` and ``request_hash`` in its (hash-chained) audit log, so on
import it can tell that the packet is its own and that the request part was not
altered. ``response_hash`` detects a response changed after it was sealed, by hand
or by a damaged copy; it is a checksum, not a signature: someone determined to
forge answers can recompute it (docs/exchange-format.md says so).
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from counterweight.domain import Decision, ExchangeFormatError, from_validation_error
from counterweight.domain.analysts import Analyst, AnalystInput
from counterweight.services import json_files
from counterweight.services.packet_origin import PACKET_SUFFIX

#: Value of ``format`` that marks an elicitation packet.
PACKET_FORMAT = "counterweight-packet"
#: The packet format version this code reads and writes.
PACKET_VERSION = 1
#: File name suffix of packets.
#: Packets larger than this are refused before parsing (a packet holds one decision).
MAX_PACKET_BYTES = 64 * 1024 * 1024

_HEX64 = r"^[0-9a-f]{64}$"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PacketProject(_Strict):
    """Which project issued the packet."""

    decision_id: str = Field(max_length=200)
    title: str = Field(max_length=500)


class PacketRequest(_Strict):
    """The part written by the issuing project (covered by ``request_hash``)."""

    packet_id: str = Field(pattern=r"^[0-9a-f]{32}$", description="Random id, unique per export")
    issued_at: datetime
    issued_by: str = Field(max_length=200)
    app_version: str = Field(max_length=60)
    project: PacketProject
    analyst: Analyst
    instructions: str = Field("", max_length=20_000)
    base: AnalystInput
    decision: Decision


class PacketResponse(_Strict):
    """The part written where the analyst filled the packet in (covered by ``response_hash``)."""

    answered_at: datetime
    answered_by: str = Field(max_length=200)
    app_version: str = Field(max_length=60)
    note: str = Field("", max_length=20_000)
    input: AnalystInput


class Packet(_Strict):
    """A whole packet: the request and, once filled in, the response."""

    format: Literal["counterweight-packet"]
    format_version: Literal[1]
    request: PacketRequest
    request_hash: str = Field(pattern=_HEX64)
    response: PacketResponse | None = None
    response_hash: str | None = Field(None, pattern=_HEX64)

    @model_validator(mode="after")
    def _same_analyst(self) -> Packet:
        who = self.request.analyst.id
        if self.request.base.analyst_id != who:
            raise ValueError(f"the request's inputs belong to {self.request.base.analyst_id!r}, not to {who!r}")
        if self.response is not None and self.response.input.analyst_id != who:
            raise ValueError(f"the answers belong to {self.response.input.analyst_id!r}, not to {who!r}")
        return self

    @property
    def answered(self) -> bool:
        return self.response is not None


def canonical_bytes(value: Any) -> bytes:
    """``value`` (plain JSON data) as canonical UTF-8 JSON: sorted keys, no spaces."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def request_digest(request: Any) -> str:
    """SHA-256 (hex) of the canonical request."""
    return hashlib.sha256(canonical_bytes(request)).hexdigest()


def response_digest(request_hash: str, response: Any) -> str:
    """SHA-256 (hex) binding a response to the request it answers."""
    return hashlib.sha256(request_hash.encode("ascii") + b"\n" + canonical_bytes(response)).hexdigest()


def request_dict(request: PacketRequest) -> dict[str, Any]:
    """The request as plain JSON data, exactly as it is written and hashed."""
    data = request.model_dump(mode="json", exclude_none=True)
    return json.loads(json.dumps(data))  # normalise through JSON once, as a reader will see it


def packet_text(request: dict[str, Any], response: dict[str, Any] | None = None) -> str:
    """The packet file's text for a request (and response), hashes included."""
    req_hash = request_digest(request)
    envelope: dict[str, Any] = {
        "format": PACKET_FORMAT,
        "format_version": PACKET_VERSION,
        "request": request,
        "request_hash": req_hash,
        "response": response,
        "response_hash": None if response is None else response_digest(req_hash, response),
    }
    return json.dumps(envelope, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def packet_path(path: str | os.PathLike[str]) -> Path:
    """The file a packet written to ``path`` goes to: ``path`` with ``.cwpacket`` added when missing."""
    target = Path(path)
    return target if target.suffix.lower() == PACKET_SUFFIX else target.with_name(target.name + PACKET_SUFFIX)


def write_packet(path: str | os.PathLike[str], text: str) -> Path:
    """Write packet text to :func:`packet_path` of ``path`` atomically (temporary file, then rename)."""
    target = packet_path(path)
    json_files.write_text_atomically(target, text, what="elicitation packet")
    return target


def _fail(label: str, problem: str) -> ExchangeFormatError:
    return ExchangeFormatError(problem, where=label)


def loads_packet(text: str, *, source: str = "") -> Packet:
    """Parse and check a packet's text: format, version, both hashes, then the models.

    Raises
    ------
    ExchangeFormatError
        Not JSON, not a packet, a newer version, a request or response that does not
        match its hash (altered after it was written), or invalid content; the
        message names the file and the part at fault.
    """
    label = source or "The packet"
    data = json_files.parse_json_text(text, label)
    if not isinstance(data, dict) or data.get("format") != PACKET_FORMAT:
        raise _fail(label, f"This is not a Counterweight elicitation packet (its \"format\" is not {PACKET_FORMAT!r}).")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > PACKET_VERSION:
        raise _fail(label, f"This packet was written by a newer version of Counterweight (packet format "
                           f"{version}); update Counterweight to read it.")
    request, response = data.get("request"), data.get("response")
    if not isinstance(request, dict):
        raise _fail(label, "The packet has no \"request\" section.")
    try:
        req_ok = request_digest(request) == data.get("request_hash")
    except (TypeError, ValueError) as exc:  # e.g. NaN smuggled into the JSON
        raise _fail(label, f"The request section holds a value JSON cannot carry ({exc}).") from exc
    if not req_ok:
        raise _fail(label, "The request part was altered after the packet was exported (its content hash does not "
                           "match); ask for a fresh packet.")
    if response is not None:
        claimed = data.get("response_hash")
        try:
            resp_ok = isinstance(claimed, str) and response_digest(str(data["request_hash"]), response) == claimed
        except (TypeError, ValueError) as exc:
            raise _fail(label, f"The response section holds a value JSON cannot carry ({exc}).") from exc
        if not resp_ok:
            raise _fail(label, "The answers were altered after the analyst sealed them (their content hash does not "
                               "match).")
    elif data.get("response_hash") is not None:
        raise _fail(label, "The packet has a response hash but no response.")
    try:
        return Packet.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, what=label, error_cls=ExchangeFormatError, data=data) from exc


def read_packet(path: str | os.PathLike[str]) -> Packet:
    """Read and check a packet file (see :func:`loads_packet`); the message names the file."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_PACKET_BYTES:
            raise _fail(p.name, f"The file is {size // (1024 * 1024)} MB, too large to be an elicitation packet.")
        raw = p.read_bytes()
    except OSError as exc:
        raise _fail(p.name, f"The file could not be read: {exc.strerror or exc}.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(p.name, f"The file is not UTF-8 text (bad byte at position {exc.start}).") from exc
    return loads_packet(text, source=p.name)


__all__ = [
    "MAX_PACKET_BYTES", "PACKET_FORMAT", "PACKET_SUFFIX", "PACKET_VERSION", "Packet", "PacketProject",
    "PacketRequest", "PacketResponse", "canonical_bytes", "loads_packet", "packet_path", "packet_text", "read_packet",
    "request_dict", "request_digest", "response_digest", "write_packet",
]
