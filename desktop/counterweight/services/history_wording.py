"""The history in words: what an audit entry's old and new values mean, for people.

An audit entry records its values as plain JSON (see :mod:`counterweight.storage.audit`):
a score cell, a weight, a criterion, a whole method... :func:`describe_change` turns
the pair into two short texts. Elements are named from the current decision (an id
stands in for an element deleted since); for a changed record only the fields that
changed are shown (``notice: 'A'`` → ``notice: 'B'``). The full recorded value stays
available (:func:`full_text`). Qt-free, so the command line can use it as well.
One value on its own (and :class:`Names`) is worded in :mod:`counterweight.services.history_values`;
this module compares the two sides of an entry, kind by kind (a packet import's rows, by the
values the import changed, in :mod:`counterweight.services.history_packets`). Its fixed words are
:class:`~counterweight.engine.phrase.Phrase` objects, like those of ``history_values``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from counterweight.domain import Decision
from counterweight.domain.elicitation import WeightMethod
from counterweight.domain.methods import AggregationMethod, Normalization, RedLine, RedLineAction
from counterweight.engine.phrase import Phrase
from counterweight.services.analyst_edits import strip_analyst_mark
from counterweight.services.history_packets import describe_packet
from counterweight.services.import_origin import PROJECT_IMPORT_ACTION, origin_phrase
from counterweight.services.history_values import (  # the single-value wording, shared by the pairs below
    _NONE,
    MAX_TEXT,
    Names,
    _counted,
    _evidence_text,
    _field,
    _field_text,
    _is_number,
    _is_ref,
    _is_score,
    _join,
    _key,
    _number,
    _score_pair,
    _score_text,
    _short,
    _text_pair,
    _weights,
    describe_value,
    full_text,
)
from counterweight.services.red_lines import describe_red_line
from counterweight.storage import AuditEntry

__all__ = ["MAX_TEXT", "Names", "describe_change", "describe_value", "full_text"]


# ------------------------------------------------------------------ pairs


def _flat(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in value.items():
        path = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, dict) and v and not all(_is_number(x) for x in v.values()):
            out.update(_flat(v, path))
        else:
            out[path] = v
    return out


def _path_label(path: str, names: Names) -> str:
    parts = [_key(part, names) for part in path.split(".")]
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = Phrase("{first} {rest}", first=part, rest=out)
    return out


def _fields_diff(old: dict[str, Any], new: dict[str, Any], names: Names,
                 skip: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """Only the fields that differ, each side as ``"field: value; ..."`` (``None``: nothing differs)."""
    a, b = _flat(old), _flat(new)
    changed = [k for k in dict.fromkeys([*a, *b]) if a.get(k) != b.get(k) and k.split(".")[-1] not in skip]
    if not changed:
        return None
    left, right = [], []
    for path in changed:
        key, x, y = path.split(".")[-1], a.get(path), b.get(path)
        if isinstance(x, str) and isinstance(y, str) and not (_is_ref(key, x, names) or _is_ref(key, y, names)):
            tx, ty = _text_pair(x, y)
        else:
            tx, ty = _field(key, x, names), _field(key, y, names)
        left.append(_field_text(_path_label(path, names), tx))
        right.append(_field_text(_path_label(path, names), ty))
    return _join(left), _join(right)


def _pair(old: Any, new: Any, names: Names) -> tuple[str, str]:
    if isinstance(old, dict) and isinstance(new, dict):
        diff = _fields_diff(old, new, names, skip=("text_sha256",))
        if diff is not None:
            return diff
    return describe_value(old, names), describe_value(new, names)



def _weights_pair(old: Any, new: Any, names: Names) -> tuple[str, str]:
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return (_weights(old, names) if isinstance(old, dict) else describe_value(old, names),
                _weights(new, names) if isinstance(new, dict) else describe_value(new, names))
    keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)] or list(dict.fromkeys([*old, *new]))
    return _weights(old, names, keys), _weights(new, names, keys)


def _method_text(value: Any) -> str:
    try:
        aggregation = AggregationMethod(value["aggregation"])
    except (KeyError, TypeError, ValueError):
        return describe_value(value)
    text = method = Phrase.term(aggregation.label)
    try:
        if aggregation in (AggregationMethod.WSM, AggregationMethod.WPM):
            label = Normalization(value.get("normalization", "value_function")).label.lower()
            text = Phrase("{method}, {normalization}", method=method, normalization=Phrase.term(label))
        elif aggregation is AggregationMethod.TOPSIS:
            norm = (value.get("topsis") or {}).get("normalization", "vector")
            text = (Phrase("{method}, vector normalisation", method=method) if norm == "vector"
                    else Phrase("{method}, min-max normalisation", method=method))
        elif aggregation is AggregationMethod.VIKOR:
            text = Phrase("{method}, v = {v}", method=method, v=_number((value.get("vikor") or {}).get("v", 0.5)))
    except (AttributeError, TypeError, ValueError):
        pass
    return text


def _method_pair(old: Any, new: Any, names: Names) -> tuple[str, str]:
    a, b = _method_text(old), _method_text(new)
    if a == b and isinstance(old, dict) and isinstance(new, dict):
        diff = _fields_diff(old, new, names)
        if diff is not None:
            return diff
    return a, b


def _ordinal(n: int) -> str:
    """"1st", "22nd", "4th" (as phrases: each suffix reads differently in another language)."""
    if n == 1:
        return Phrase("1st")
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if suffix == "st":
        return Phrase("{n}st", n=n)
    if suffix == "nd":
        return Phrase("{n}nd", n=n)
    return Phrase("{n}rd", n=n) if suffix == "rd" else Phrase("{n}th", n=n)


def _place(value: Any, names: Names) -> str:
    """``{"parent": id, "index": i}`` as "under Benefits, 4th" (index counted from 0)."""
    if not (isinstance(value, dict) and _is_number(value.get("index"))):
        return describe_value(value, names)
    place = _ordinal(int(value["index"]) + 1)
    if value.get("parent") is None:
        return Phrase("at the top level, {place}", place=place)
    return Phrase("under {parent}, {place}", parent=names(value["parent"]), place=place)


def _criteria_text(value: Any, names: Names) -> str:
    """A removed criterion (a list: it and everything under it) by its recorded name."""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        text = describe_value(value[0], names)
        if len(value) > 1:
            return Phrase("{name} (with {criteria} under it)", name=text, criteria=_counted(len(value) - 1, "criterion"))
        return text
    return describe_value(value, names)


def _element_pair(old: Any, new: Any, names: Names) -> tuple[str, str]:
    """Options, criteria, analysts, perspectives...: moved, added, removed or edited."""
    if _is_number(old) or _is_number(new):  # an option moved: its place in the list, counted from 0
        def place(v: Any) -> str:
            return Phrase("{place} in the list", place=_ordinal(int(v) + 1)) if _is_number(v) else describe_value(v)
        return place(old), place(new)
    if any(isinstance(v, dict) and "index" in v and "parent" in v for v in (old, new)):
        return _place(old, names), _place(new, names)
    if isinstance(old, list) or isinstance(new, list):
        return _criteria_text(old, names), _criteria_text(new, names)
    return _pair(old, new, names)


def _red_line_text(value: Any, names: Names, criterion_name: str) -> str:
    if not isinstance(value, dict):
        return describe_value(value, names)
    try:
        line = RedLine.model_validate(value)
    except ValidationError:
        return describe_value(value, names)
    decision = names.decision
    if decision is not None and decision.has_criterion(line.criterion_id):
        rule = describe_red_line(decision, line)
    else:  # the criterion is gone: its name as the entry recorded it
        bound = (Phrase("limit {limit}", limit=_number(line.limit)) if line.limit is not None
                 else Phrase("level {level}", level=line.level))
        rule = Phrase("{criterion}: {bound}", criterion=criterion_name, bound=bound)
    return (Phrase("{rule} (excluded)", rule=rule) if line.action is RedLineAction.EXCLUDE
            else Phrase("{rule} (flagged)", rule=rule))


def _red_line_pair(old: Any, new: Any, names: Names, target: str) -> tuple[str, str]:
    name = target[len("red line on "):]
    a, b = _red_line_text(old, names, name), _red_line_text(new, names, name)
    if a == b and isinstance(old, dict) and isinstance(new, dict):
        return _pair(old, new, names)
    return a, b


def _source_text(value: Any, names: Names) -> str:
    text = describe_value(value, names)
    if isinstance(value, dict) and value.get("cited_by"):
        text = Phrase("{source} (cited by {scores})", source=text, scores=_counted(len(value["cited_by"]), "score"))
    return text


def _source_pair(old: Any, new: Any, names: Names) -> tuple[str, str]:
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return _source_text(old, names), _source_text(new, names)
    a, b = _fields_diff(old, new, names, skip=("text_sha256", "text_length")) or ("", "")
    if old.get("text_sha256") != new.get("text_sha256"):  # the text itself is not recorded, only its length

        def length(v: dict[str, Any]) -> str:
            return _counted(v["text_length"], "character") if _is_number(v.get("text_length")) else "?"
        a = _join([x for x in (a, Phrase("text: {length}", length=length(old))) if x])
        b = _join([x for x in (b, Phrase("text: {length}, changed", length=length(new))) if x])
    return a or describe_value(old, names), b or describe_value(new, names)


def _cells_text(value: Any, names: Names) -> str:
    """Pasted cells: ``[{"option_id", "criterion_id", "score"}]`` as "Alpha × Cost 4; ..."."""
    if not isinstance(value, list):
        return describe_value(value, names)
    parts = []
    for cell in value[:3]:
        if not isinstance(cell, dict):
            return describe_value(value, names)
        score = cell.get("score")
        shown = _score_text(score) if isinstance(score, dict) else _NONE
        parts.append(f"{names(cell.get('option_id'))} × {names(cell.get('criterion_id'))} {shown}")
    text = "; ".join(parts)
    return Phrase("{cells}; and {n} more", cells=text, n=len(value) - 3) if len(value) > 3 else text


def _judgements_text(value: Any, names: Names, keys: list[str] | None) -> str:
    if not isinstance(value, dict) or "weights" not in value:
        return describe_value(value, names)
    found = value.get("elicitation")
    how = Phrase("no judgements")
    if isinstance(found, dict):
        try:
            how = Phrase.term(WeightMethod(found.get("method", "direct")).label)
        except ValueError:
            how = str(found.get("method"))
    weights = value.get("weights")
    return _join([how, _weights(weights, names, keys)]) if isinstance(weights, dict) and weights else how


def _judgements_pair(old: Any, new: Any, names: Names) -> tuple[str, str]:
    ow = old.get("weights") if isinstance(old, dict) else None
    nw = new.get("weights") if isinstance(new, dict) else None
    keys = None
    if isinstance(ow, dict) and isinstance(nw, dict):
        keys = [k for k in dict.fromkeys([*ow, *nw]) if ow.get(k) != nw.get(k)] or None
    def side(v: Any, w: Any) -> str:
        usable = keys if keys is not None and isinstance(w, dict) and all(k in w for k in keys) else None
        return _judgements_text(v, names, usable)
    return side(old, ow), side(new, nw)


_BY_TARGET: list[tuple[str, Callable[[Any, Any, Names], tuple[str, str]]]] = [
    ("score ", _score_pair),
    ("evidence ", lambda o, n, names: (_evidence_text(o, names), _evidence_text(n, names))),
    ("weights under ", _judgements_pair),
    ("judgements under ", _judgements_pair),
    ("weights ", _weights_pair),
    ("method", _method_pair),
    ("option ", _element_pair),
    ("criterion ", _element_pair),
    ("source ", _source_pair),
]


def describe_change(entry: AuditEntry, names: Names | Decision | None = None,
                    log: Sequence[AuditEntry] = ()) -> tuple[str, str]:
    """An entry's old and new values in words, each at most :data:`MAX_TEXT` characters.

    Parameters
    ----------
    entry : AuditEntry
        The history entry (its ``target`` tells what kind of value it recorded).
    names : Names or Decision, optional
        The decision that names elements by id; ids stand in without it.
    log : sequence of AuditEntry, optional
        The history ``entry`` belongs to: an import taken back with Edit > Undo reads the
        values it changed from the import's own entry there.

    Returns
    -------
    tuple of str
        ``(old, new)``; ``"—"`` for a side with no value.
    """
    if not isinstance(names, Names):
        names = Names(names)
    target, old, new = strip_analyst_mark(entry.target), entry.old, entry.new
    try:
        packet = describe_packet(entry, names, log)  # QA pass 19: the values an import changed
        origin = origin_phrase(new) if entry.action == PROJECT_IMPORT_ACTION else None  # h26h: the file it came from
        if packet is not None:
            a, b = packet
        elif origin is not None:
            a, b = describe_value(old, names), origin
        elif target.startswith("red line on "):
            a, b = _red_line_pair(old, new, names, target)
        elif isinstance(old, list) and _is_score(old[0] if old else None) \
                or isinstance(new, list) and _is_score(new[0] if new else None):
            a, b = _cells_text(old, names), _cells_text(new, names)
        else:
            describer = next((d for prefix, d in _BY_TARGET if target.startswith(prefix)), _pair)
            a, b = describer(old, new, names)
    except (AttributeError, KeyError, TypeError, ValueError, IndexError):  # a value altered outside the app
        a, b = describe_value(old), describe_value(new)
    return _short(a), _short(b)
