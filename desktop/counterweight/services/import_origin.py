"""Where an imported project came from: the first entry of its history.

A project made by File > Import (or ``counterweight import``), or from an elicitation
packet to fill in (File > Open, ``counterweight packet open``), starts its history with
an "Import project" entry instead of "Create project". Its new value records the file
it read, as plain JSON data::

    {"file": "plan.json", "path": "/srv/plans/plan.json", "kind": "json",
     "format_version": 2, "app_version": "0.9.0", "exported_at": "2026-11-20T09:30:00+00:00"}

``kind`` is ``"json"`` (a decision file; ``format_version`` is the version it was
written in, before reading migrated it; ``app_version`` and ``exported_at`` only when
the file has them), a spreadsheet's ending (``"xlsx"``, ``"csv"``...), ``"project"`` or ``"packet"``
(an elicitation packet: ``analyst``, the one it is for, and ``app_version`` and ``issued_at``
when the packet has them).
The full path is recorded, as "Save as" records its paths; the History panel, the command line and the brief say
the file's name (the panel's tooltip shows the whole record). The stored form of an
audit row is unchanged: older projects, and projects made new, still start with
"Create project". Qt-free.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from counterweight.engine.phrase import Phrase
from counterweight.services import exchange
from counterweight.services.spreadsheet_files import SPREADSHEET_SUFFIXES

__all__ = ["PROJECT_IMPORT_ACTION", "import_origin", "origin_phrase", "packet_origin", "project_origin",
           "read_json", "spreadsheet_origin"]

#: The action of an imported project's first history entry.
PROJECT_IMPORT_ACTION = "Import project"

#: The ``kind`` of a spreadsheet's origin: the file's ending, one the spreadsheet reader reads.
SPREADSHEET_KINDS = frozenset(suffix.lstrip(".") for suffix in SPREADSHEET_SUFFIXES)


def read_json(path: str | Path) -> tuple[exchange.ExchangeEnvelope, dict[str, Any]]:
    """A decision file's envelope and the record of its origin (errors as :func:`exchange.read_file`).

    The file is read and parsed once; its ``format_version`` is taken before reading migrates it.
    """
    p = Path(path)
    data = exchange.parse_json_text(exchange.read_text(p), p.name)
    written = data.get("format_version") if isinstance(data, dict) else None  # before migration
    envelope = exchange.envelope_from(data, p.name)
    origin: dict[str, Any] = {**_file(p), "kind": "json", "format_version": written}
    if envelope.app_version:
        origin["app_version"] = envelope.app_version
    if envelope.exported_at is not None:
        origin["exported_at"] = envelope.exported_at.isoformat()
    return envelope, origin


def spreadsheet_origin(path: str | Path) -> dict[str, Any]:
    """The record of a spreadsheet's origin: its name, path and kind (its ending: ``xlsx``, ``csv``...)."""
    p = Path(path)
    return {**_file(p), "kind": p.suffix.lower().lstrip(".")}


def project_origin(path: str | Path) -> dict[str, Any]:
    """The record of a Counterweight project's origin (the window imports one as it does a decision file)."""
    return {**_file(Path(path)), "kind": "project"}


def packet_origin(path: str | Path, analyst: str, *, app_version: str = "",
                  issued_at: dt.datetime | None = None) -> dict[str, Any]:
    """The record of an elicitation packet's origin: its name, path, the analyst it is for, and
    the Counterweight that wrote it and when, if the packet says."""
    origin: dict[str, Any] = {**_file(Path(path)), "kind": "packet", "analyst": analyst}
    if app_version:
        origin["app_version"] = app_version
    if issued_at is not None:
        origin["issued_at"] = issued_at.isoformat()
    return origin


def _file(p: Path) -> dict[str, str]:
    return {"file": p.name, "path": str(p.absolute())}


def import_origin(entries: list[Any]) -> dict[str, Any] | None:
    """The origin recorded by a history (entries in any order), or ``None`` if it was not imported."""
    first = min(entries, key=lambda e: e.id, default=None)
    if first is None or first.action != PROJECT_IMPORT_ACTION or not isinstance(first.new, dict):
        return None
    return first.new


def _when(text: object) -> str:
    try:
        at = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return str(text)
    if at.tzinfo is not None:
        at = at.astimezone(dt.timezone.utc)
    return at.strftime("%Y-%m-%d %H:%M UTC") if at.tzinfo is not None else at.strftime("%Y-%m-%d %H:%M")


def origin_phrase(origin: object) -> str | None:
    """The origin in words: "plan.json, a decision file (JSON, format version 2), written by
    Counterweight 0.9.0 on 2026-11-20 09:30 UTC"; ``None`` for a value the app did not record."""
    if not isinstance(origin, dict) or not isinstance(origin.get("file"), str):
        return None
    name, kind = origin["file"], origin.get("kind")
    if kind in SPREADSHEET_KINDS:
        return Phrase("{file}, a spreadsheet ({kind})", file=name, kind=str(kind).upper())
    if kind == "project":
        return Phrase("{file}, a Counterweight project", file=name)
    if kind == "packet":  # h27a: a working project made from an elicitation packet
        analyst = origin.get("analyst")
        text = (Phrase("{file}, an elicitation packet for {analyst}", file=name, analyst=analyst)
                if isinstance(analyst, str) and analyst else Phrase("{file}, an elicitation packet", file=name))
        return _written(text, origin.get("app_version"), origin.get("issued_at"))
    if kind != "json":
        return name
    version = origin.get("format_version")
    text = (Phrase("{file}, a decision file (JSON, format version {version})", file=name, version=version)
            if isinstance(version, int) else Phrase("{file}, a decision file (JSON)", file=name))
    return _written(text, origin.get("app_version"), origin.get("exported_at"))


def _written(text: str, app: object, at: object) -> str:
    """``text``, then by which Counterweight and when the file was written, as far as it is known."""
    if app and at:
        return Phrase("{origin}, written by Counterweight {version} on {when}", origin=text, version=app,
                      when=_when(at))
    if app:
        return Phrase("{origin}, written by Counterweight {version}", origin=text, version=app)
    if at:
        return Phrase("{origin}, written on {when}", origin=text, when=_when(at))
    return text

