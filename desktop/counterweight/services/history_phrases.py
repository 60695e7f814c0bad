"""The History panel's Action and What columns as phrases the window can translate.

An audit entry records its action ("Set score", "Undo: Change weight") and its
target ("score Bridge × Cost", "red line on Cost [analyst a1]") as English text when
the edit is made, and the history is never rewritten. These functions read that text
back into :class:`~counterweight.engine.phrase.Phrase` objects: each still reads
exactly as recorded (the analyst marker aside, as the panel shows it), and the window
translates the fixed words around the names (:mod:`counterweight.ui.engine_text`).
Text the app did not write (an action recorded in another language, an unknown
target) comes back unchanged. Qt-free, like the rest of the services.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from counterweight.engine.phrase import Phrase
from counterweight.services.analyst_edits import strip_analyst_mark, target_analyst_id
from counterweight.services.history import split_action

__all__ = ["action_phrase", "target_phrase"]


#: The action of a value restored from the history (:class:`~counterweight.services.history.RestoreValue`).
_RESTORED = re.compile(r"Restore value from entry #(\d+)")


def action_phrase(action: str) -> str:
    """An entry's action: the edit's own label (a vocabulary term), after "Undo: " or "Redo: " if replayed.

    >>> action_phrase("Undo: Change weight").template
    'Undo: {step}'
    """
    kind, step = split_action(action)
    restored = _RESTORED.fullmatch(step)
    label = Phrase("Restore value from entry #{entry}", entry=restored.group(1)) if restored else Phrase.term(step)
    if kind == "undo":
        return Phrase("Undo: {step}", step=label)
    if kind == "redo":
        return Phrase("Redo: {step}", step=label)
    return label


#: Targets that are a fixed word (no element named).
_EXACT: dict[str, Callable[[], str]] = {
    "method": lambda: Phrase("method"),
    "decision": lambda: Phrase("decision"),
    "protective marking": lambda: Phrase("protective marking"),
    "recommendation and decision": lambda: Phrase("recommendation and decision"),
    "group aggregation": lambda: Phrase("group aggregation"),
}

#: Targets that start with a fixed word and go on with names; longer prefixes first.
_PREFIXES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("judgements under ", lambda rest: Phrase("judgements under {element}", element=rest)),
    ("weights under ", lambda rest: Phrase("weights under {element}", element=rest)),
    ("red line on ", lambda rest: Phrase("red line on {element}", element=rest)),
    ("packet from ", lambda rest: Phrase("packet from {element}", element=rest)),
    ("packet for ", lambda rest: Phrase("packet for {element}", element=rest)),
    ("weight set ", lambda rest: Phrase("weight set {element}", element=rest)),
    ("criterion ", lambda rest: Phrase("criterion {element}", element=rest)),
    ("evidence ", lambda rest: Phrase("evidence {element}", element=rest)),
    ("scenario ", lambda rest: Phrase("scenario {element}", element=rest)),
    ("snapshot ", lambda rest: Phrase("snapshot {element}", element=rest)),
    ("analyst ", lambda rest: Phrase("analyst {element}", element=rest)),
    ("weights ", lambda rest: Phrase("weights {element}", element=rest)),
    ("option ", lambda rest: Phrase("option {element}", element=rest)),
    ("source ", lambda rest: Phrase("source {element}", element=rest)),
    ("weight ", lambda rest: Phrase("weight {element}", element=rest)),
    ("score ", lambda rest: Phrase("score {element}", element=rest)),
    ("packet ", lambda rest: Phrase("packet {element}", element=rest)),
)

#: Pasted cells: "12 scores" (and "1 score").
_SCORES = re.compile(r"(\d[\d,]*) scores")


def _element(text: str) -> str:
    if text in _EXACT:
        return _EXACT[text]()
    if text == "1 score":
        return Phrase("1 score")
    pasted = _SCORES.fullmatch(text)
    if pasted:
        return Phrase("{n} scores", n=pasted.group(1))
    for prefix, make in _PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            return make(text[len(prefix):])
    return text


def target_phrase(target: str) -> str:
    """What an entry changed, as the panel shows it (without the analyst marker).

    An analyst's edit reads "<what> by <analyst>"; the name after the last " by " is
    taken for the analyst's.

    >>> target_phrase("score Bridge × Cost").template
    'score {element}'
    """
    text = strip_analyst_mark(target)
    if target_analyst_id(target) is not None and " by " in text:
        what, _, who = text.rpartition(" by ")
        return Phrase("{what} by {analyst}", what=_element(what), analyst=who)
    return _element(text)
