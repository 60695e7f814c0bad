"""A packet round trip's rows in the History: which of the analyst's values an import changed.

Importing a returned elicitation packet (:mod:`counterweight.services.packet_merge`) is one
audited step. Its entry records the packet's facts (its id, hashes, who answered) and the
analyst's whole input before and after the import. The History shows such a row by the values
that changed, each named as the other rows name it ("Bridge × Cost: 4 (3–5)", "weight of Cost:
20", "judgements under Benefits: Swing weighting"), and the element filter finds the row by the
options and criteria those values belong to (:func:`changed_ids`).

Taking an import back with Edit > Undo records only the packet's facts. Its values are those of
the import it took back (the newest earlier import of the same packet), the other way round.
The facts themselves read as a sentence ("packet 13a10ed3… for Ben, file ben.cwpacket, request
hash b8d75895…"); the whole record stays in the tooltip. Nothing stored is changed. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from counterweight.domain.elicitation import WeightMethod
from counterweight.engine.phrase import Phrase
from counterweight.services.history_values import Names, _field_text, _join, _number, _score_pair, describe_value
from counterweight.services.packet_origin import EXPORT_ACTION, IMPORT_ACTION, OPEN_ACTION, UNDO_IMPORT_ACTION
from counterweight.storage import AuditEntry

__all__ = ["PacketChange", "changed_ids", "describe_packet", "is_import", "packet_changes", "packet_lines",
           "record_text", "taken_back"]

_IMPORT_TARGET = "packet from "


@dataclass(frozen=True)
class PacketChange:
    """One of the analyst's values an import (or taking it back) changed.

    ``kind`` is ``"score"`` (``key`` = option id, criterion id), ``"weight"`` (criterion id)
    or ``"judgements"`` (the node's id, ``""`` for the top-level criteria); ``old`` and ``new``
    are the values as recorded, ``None`` where the analyst had none of their own.
    """

    kind: str
    key: tuple[str, ...]
    old: Any
    new: Any


def is_import(entry: AuditEntry) -> bool:
    """Whether ``entry`` imported a packet, or took an import back."""
    return entry.action in (IMPORT_ACTION, UNDO_IMPORT_ACTION) and entry.target.startswith(_IMPORT_TARGET)


def _input(value: Any) -> dict[str, Any] | None:
    found = value.get("input") if isinstance(value, dict) else None
    return found if isinstance(found, dict) else None


def _packet_id(entry: AuditEntry) -> object:
    return entry.new.get("packet_id") if isinstance(entry.new, dict) else None


def taken_back(entry: AuditEntry, log: Iterable[AuditEntry]) -> AuditEntry | None:
    """The import an Edit > Undo entry took back: the newest earlier import of the same packet
    that recorded the values (``None`` when ``log`` holds none)."""
    pid = _packet_id(entry)
    found = None
    for other in log:
        if other.id < entry.id and other.action == IMPORT_ACTION and pid is not None and _packet_id(other) == pid \
                and _input(other.old) is not None and _input(other.new) is not None \
                and (found is None or other.id > found.id):
            found = other
    return found


def _values(entry: AuditEntry, log: Iterable[AuditEntry]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The analyst's input before and after ``entry``, as recorded (or read from the import it took back)."""
    before, after = _input(entry.old), _input(entry.new)
    if before is not None and after is not None:
        return before, after
    if entry.action == UNDO_IMPORT_ACTION:
        imported = taken_back(entry, log)
        if imported is not None:
            return _input(imported.new) or {}, _input(imported.old) or {}
    return None


def _by_key(given: dict[str, Any], kind: str) -> dict[tuple[str, ...], Any]:
    if kind == "weight":
        weights = given.get("weights")
        return {(str(k),): v for k, v in weights.items()} if isinstance(weights, dict) else {}
    items = [x for x in given.get("scores" if kind == "score" else "elicitations") or [] if isinstance(x, dict)]
    if kind == "score":
        return {(str(x.get("option_id")), str(x.get("criterion_id"))): x for x in items}
    return {(str(x.get("node_id") or ""),): x for x in items}


def packet_changes(entry: AuditEntry, log: Iterable[AuditEntry] = ()) -> list[PacketChange] | None:
    """The values ``entry`` changed: scores, then weights, then judgements.

    ``log`` is the history the entry belongs to: an Edit > Undo of an import finds the
    import's values there. ``None``: not an import, or its values cannot be read.
    """
    values = _values(entry, log) if is_import(entry) else None
    if values is None:
        return None
    out = []
    for kind in ("score", "weight", "judgements"):
        before, after = _by_key(values[0], kind), _by_key(values[1], kind)
        out += [PacketChange(kind, key, before.get(key), after.get(key))
                for key in sorted(set(before) | set(after)) if before.get(key) != after.get(key)]
    return out


def changed_ids(entry: AuditEntry, log: Iterable[AuditEntry] = ()) -> set[str]:
    """Ids of the options and criteria whose values an import changed (empty for other entries)."""
    return {k for c in packet_changes(entry, log) or [] for k in c.key if k}


# ------------------------------------------------------------------ words


def _label(change: PacketChange, names: Names) -> str:
    if change.kind == "score":
        return f"{names(change.key[0])} × {names(change.key[1])}"
    if change.kind == "weight":
        return Phrase("weight of {criterion}", criterion=names(change.key[0]))
    node = change.key[0]
    return Phrase("judgements under {element}", element=names(node)) if node else \
        Phrase("judgements for the top-level criteria")


def _judgements(value: Any) -> str:
    try:
        return Phrase.term(WeightMethod(value.get("method", "direct")).label)
    except (AttributeError, ValueError):
        return describe_value(value)


def _pair(change: PacketChange, names: Names) -> tuple[str, str]:
    old, new = change.old, change.new
    if change.kind == "score":
        a, b = _score_pair(old, new, names)
    elif change.kind == "weight":
        a, b = (_number(v) if isinstance(v, (int, float)) else describe_value(v, names) for v in (old, new))
    else:
        a, b = _judgements(old), _judgements(new)
        if a == b:
            b = Phrase("{method}, revised", method=b)
    none = Phrase("shared value")  # the analyst has no value of their own: the shared one is used
    return (none if old is None else a), (none if new is None else b)


def describe_packet(entry: AuditEntry, names: Names, log: Iterable[AuditEntry] = ()) -> tuple[str, str] | None:
    """A packet row's old and new values in words (``None``: not a packet row, or nothing readable).

    An import's (or an undone import's) sides list the values it changed; an export's or an
    opened packet's new value is the packet in a sentence.
    """
    changes = packet_changes(entry, log)
    if changes is not None:
        if not changes:
            return Phrase("no value changed"), Phrase("no value changed")
        pairs = [(_label(c, names), _pair(c, names)) for c in changes]
        return (_join([_field_text(label, a) for label, (a, _b) in pairs]),
                _join([_field_text(label, b) for label, (_a, b) in pairs]))
    if entry.action in (EXPORT_ACTION, OPEN_ACTION) or is_import(entry):
        text = record_text(entry.new, names, entry.target)
        return (describe_value(entry.old, names), text) if text is not None else None
    return None


def packet_lines(entry: AuditEntry, names: Names, log: Iterable[AuditEntry] = ()) -> list[str]:
    """An import's changes one per line ("Bridge × Cost: 4 → 5"), then the packet's facts (``[]``: other rows)."""
    if not is_import(entry):
        return []
    lines = [Phrase("{what}: {old} → {new}", what=_label(c, names), old=a, new=b)
             for c in packet_changes(entry, log) or [] for a, b in [_pair(c, names)]]
    facts = record_text(entry.new, names, entry.target)
    return lines + ([facts] if facts is not None else [])


def _hash(value: Any) -> str:
    text = str(value)
    return text[:8] + "…" if len(text) > 8 else text


def record_text(value: Any, names: Names, target: str = "") -> str | None:
    """A packet's recorded facts as a sentence (``None`` when ``value`` holds no packet).

    >>> record_text({"packet_id": "13a10ed3aa", "analyst_id": "ben", "request_hash": "b8d75895cc",
    ...              "file": "ben.cwpacket"}, Names(None), "packet for Ben")
    'packet 13a10ed3… for Ben, file ben.cwpacket, request hash b8d75895…'
    """
    if not isinstance(value, dict):
        return None
    request = value.get("request")
    if isinstance(request, dict) and isinstance(request.get("packet_id"), str):  # a packet opened
        who = request.get("analyst") if isinstance(request.get("analyst"), dict) else {}
        return Phrase("packet {packet} for {analyst}, request hash {hash}", packet=_hash(request["packet_id"]),
                      analyst=str(who.get("name", "?")), hash=_hash(value.get("request_hash", "?")))
    if not isinstance(value.get("packet_id"), str):
        return None
    aid = value.get("analyst_id")
    analyst = names(aid) if names.knows(aid) else target.split(" ", 2)[-1] if target.count(" ") >= 2 else str(aid)
    packet, request_hash = _hash(value["packet_id"]), _hash(value.get("request_hash", "?"))
    if "response_hash" in value:
        when = str(value.get("answered_at") or "?")[:10]
        return Phrase("packet {packet} from {analyst}, answered by {who} on {day}, request hash {request}, "
                      "response hash {response}", packet=packet, analyst=analyst, who=str(value.get("answered_by")),
                      day=when, request=request_hash, response=_hash(value.get("response_hash")))
    return Phrase("packet {packet} for {analyst}, file {file}, request hash {hash}", packet=packet, analyst=analyst,
                  file=str(value.get("file", "?")), hash=request_hash)
