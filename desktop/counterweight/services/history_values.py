"""One recorded value of the history in words, and the names it refers to.

An audit entry stores what it changed as plain JSON. This module holds the part of
the wording that looks at a single value: :class:`Names` maps element ids to the names
in the current decision, :func:`describe_value` turns one value into a short text
(a number, a name, a score, a few fields), :func:`full_text` gives the whole value
for a tooltip, and the small helpers below quote text, name ids and list weights for
the lists of changed fields. One score cell's two versions (:func:`_score_pair`) are here
too, as both the score rows and a packet import's rows word them. Comparing an old value
with a new one, kind by kind, is left to :mod:`counterweight.services.history_wording`,
which re-exports these names.
The fixed words (field names, "yes", "none", "and 3 more") are
:class:`~counterweight.engine.phrase.Phrase` objects, so the texts read as English
everywhere and the window can translate them (:func:`shorten` cuts a translated text
the way :func:`describe_value` cuts the English). Qt-free.
"""

from __future__ import annotations

import json
from typing import Any

from counterweight.domain import Decision
from counterweight.engine.phrase import Figure, Phrase, and_more

__all__ = ["MAX_TEXT", "Names", "describe_value", "full_text", "shorten"]

#: Longest text shown for one side of an entry (the tooltip holds the rest).
MAX_TEXT = 120
_NONE = "—"


# ------------------------------------------------------------------ names


class Names:
    """Names of ``decision``'s elements by id; an id nobody has any more (or any id, without a
    decision) is returned as it is."""

    def __init__(self, decision: Decision | None) -> None:
        self.decision = decision
        self._all: dict[str, str] | None = None

    def _index(self) -> dict[str, str]:
        if self._all is None:
            d = self.decision
            found: dict[str, str] = {}
            if d is not None:
                for group in (d.snapshots, d.scenarios, d.weight_sets, d.analysts, d.options, d.criteria):
                    found.update((x.id, x.name) for x in group)
                found.update((s.id, s.title) for s in d.sources)
            self._all = found
        return self._all

    def __call__(self, element_id: object) -> str:
        """The name of the element with ``element_id`` (or the id itself, as text)."""
        return self._index().get(element_id, str(element_id)) if isinstance(element_id, str) else str(element_id)

    def knows(self, element_id: object) -> bool:
        return isinstance(element_id, str) and element_id in self._index()


# ------------------------------------------------------------------ plain values


def shorten(text: str, width: int = MAX_TEXT) -> str:
    """``text`` on one line, cut to ``width`` characters with "…" (a value's words as the History shows them)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _short(text: str, width: int = MAX_TEXT) -> str:
    """:func:`shorten`; a phrase stays a phrase (its text cut, its template whole, for the window to cut)."""
    cut = shorten(text, width)
    if cut == text and isinstance(text, Figure):
        return text
    if not isinstance(text, Phrase) or cut == text:
        return cut if not isinstance(text, Phrase) else text
    out = str.__new__(Phrase, cut)
    out.template, out.args, out.is_term = text.template, text.args, text.is_term
    return out


def _join(parts: list[str], sep: str = "; ") -> str:
    """``parts`` joined by ``sep`` ("; " or ", "); a phrase when one of them is (so each part translates)."""
    if not any(isinstance(p, (Phrase, Figure)) for p in parts):
        return sep.join(parts)
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = Phrase("{first}; {rest}", first=part, rest=out) if sep == "; " else \
            Phrase("{first}, {rest}", first=part, rest=out)
    return out


def _counted(n: int, what: str) -> str:
    """``"1 score"``, ``"3 scores"`` (and fields, items, weights...) as phrases, the count with commas."""
    many = Figure(f"{n:,}")  # "12 000" in a French window
    one = n == 1
    if what == "score":
        return Phrase("1 score") if one else Phrase("{n} scores", n=many)
    if what == "field":
        return Phrase("1 field") if one else Phrase("{n} fields", n=many)
    if what == "item":
        return Phrase("1 item") if one else Phrase("{n} items", n=many)
    if what == "weight":
        return Phrase("1 weight") if one else Phrase("{n} weights", n=many)
    if what == "character":
        return Phrase("1 character") if one else Phrase("{n} characters", n=many)
    if what == "criterion":
        return Phrase("1 criterion") if one else Phrase("{n} criteria", n=many)
    if what == "set of judgements":
        return Phrase("1 set of judgements") if one else Phrase("{n} sets of judgements", n=many)
    raise ValueError(what)


def _field_text(field: str, value: str) -> str:
    """``"rationale: 'text'"``: a field's name and its value."""
    return Phrase("{field}: {value}", field=field, value=value)


def _number(value: float) -> str:
    return Figure(f"{value:g}")  # the English as stored; the window writes it its own way ("2,5" in French)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _score_text(value: Any) -> str:
    shown = value.get("level") if value.get("level") is not None else value.get("value")
    text = _NONE if shown is None else (_number(shown) if _is_number(shown) else str(shown))
    low, high = value.get("low"), value.get("high")
    if _is_number(low) and _is_number(high):
        return Phrase("{value} ({low}–{high})", value=text, low=_number(low), high=_number(high))
    return text


def _is_score(value: object) -> bool:
    return isinstance(value, dict) and "option_id" in value and "criterion_id" in value


def describe_value(value: Any, names: Names | None = None) -> str:
    """One recorded value (plain JSON) as a short text: a number, a name, a score's value, a few fields.

    ``names`` turns ids into names. At most :data:`MAX_TEXT` characters; ``"—"`` for nothing.
    """
    names = names or Names(None)
    if value is None:
        return _NONE
    if isinstance(value, bool):
        return Phrase("yes") if value else Phrase("no")
    if _is_number(value):
        return _number(value)
    if isinstance(value, str):
        return _short(value)
    if isinstance(value, list):
        return _short(_list_text(value, names))
    if _is_score(value) and ("value" in value or "level" in value):
        return _score_text(value)
    if isinstance(value, dict):
        for key in ("name", "title", "label"):
            if isinstance(value.get(key), str):
                return _short(value[key])
        fields = [_field_text(_key(k, names), _field(k, v, names)) for k, v in value.items()
                  if not isinstance(v, (dict, list)) and k != "id"]
        return _short(_join(fields) if fields else _counted(len(value), "field"))
    return _short(str(value))


def _list_text(items: list[Any], names: Names) -> str:
    if not items:
        return Phrase("none")
    if all(isinstance(x, dict) and any(isinstance(x.get(k), str) for k in ("name", "title", "label"))
           for x in items):
        return _more([describe_value(x, names) for x in items[:4]], len(items))
    if all(isinstance(x, (str, int, float)) for x in items):
        return _more([names(x) if names.knows(x) else describe_value(x) for x in items[:6]], len(items))
    return _counted(len(items), "item")


def _more(shown: list[str], total: int) -> str:
    """The first items, then "and 3 more" for the rest."""
    text = _join(shown, ", ")
    return and_more(text, total - len(shown)) if total > len(shown) else text


def _key(key: str, names: Names) -> str:
    """A field's name ("notice", "parent id"), or the name of the element a key stands for."""
    return names(key) if names.knows(key) else Phrase.term(str(key).replace("_", " "))


def _is_ref(key: str, value: str, names: Names) -> bool:
    return key.endswith("_id") or key in ("parent", "id") or names.knows(value)


def _quoted(text: str, start: int = 0, width: int = 60) -> str:
    text = " ".join(text.split())
    cut = text[start:start + width]
    return "'" + ("…" if start else "") + cut + ("…" if start + width < len(text) else "") + "'"


def _text_pair(old: str, new: str, width: int = 60) -> tuple[str, str]:
    """Two versions of a text, both from a little before where they first differ when they are long."""
    a, b = " ".join(old.split()), " ".join(new.split())
    same = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    start = max(0, same - 20) if max(len(a), len(b)) > width else 0
    return _quoted(a, start, width), _quoted(b, start, width)


def _field(key: str, value: Any, names: Names) -> str:
    """A field's value inside a list of changed fields (text quoted, ids named)."""
    if isinstance(value, str):
        return names(value) if _is_ref(key, value, names) else _quoted(value)
    if isinstance(value, dict) and all(_is_number(v) for v in value.values()) and value:
        return _weights(value, names)
    return describe_value(value, names)


def full_text(value: Any, limit: int = 4000) -> str:
    """The recorded value in full, as indented JSON (cut at ``limit`` characters)."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _weights(value: dict[str, Any], names: Names, keys: list[str] | None = None) -> str:
    keys = list(value) if keys is None else keys
    parts = [Phrase("{first} {rest}", first=names(k), rest=_number(value[k])) if _is_number(value.get(k))
             else f"{names(k)} {_NONE}" for k in keys]  # phrases: "Risks 0,4" in a French window
    return _join(parts, ", ") or _NONE


def _evidence_text(value: Any, names: Names) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("source"), str):
        return describe_value(value, names)
    sid = value.get("source_id")
    title = names(sid) if names.knows(sid) else value["source"]
    where = value.get("locator") or ""
    if not where and value.get("quote"):
        where = "“" + _short(str(value["quote"]), 40) + "”"
    return _short(f"{title}, {where}" if where else title)


def _score_pair(old: Any, new: Any, names: Names) -> tuple[str, str]:
    a = _score_text(old) if isinstance(old, dict) else describe_value(old, names)
    b = _score_text(new) if isinstance(new, dict) else describe_value(new, names)
    if isinstance(old, dict) and isinstance(new, dict):
        extra = [k for k in ("rationale", "evidence", "distribution") if old.get(k) != new.get(k)]

        def more(v: dict[str, Any]) -> list[str]:
            return [_field_text(Phrase.term(k), (", ".join(_evidence_text(e, names) for e in v.get(k) or [])
                                                 or Phrase("none")) if k == "evidence" else _field(k, v.get(k), names))
                    for k in extra]
        if extra:
            a, b = _join([a, *more(old)]), _join([b, *more(new)])
    return _short(a), _short(b)
