"""Sentences that read as English everywhere and can still be translated in the window.

The engine and the services build sentences for people (a diagnostic, the reason a
red line is breached, a history entry's action) but hold no Qt, so they cannot look
a translation up. A :class:`Phrase` is the English sentence itself, a ``str`` equal
to what the code built before, that also remembers how it was built: a fixed English
*template* with named fields (``"'{option}' has no score on '{criterion}'"``) and the
*arguments* that fill them. Everything that reads the text as a string (the command
line's JSON, the PDF brief, logs, tests) goes on seeing the same English; the window
(:mod:`counterweight.ui.engine_text`) translates the template and fills it again.

An argument may be a name the user typed (shown as is), a number (formatted by the
template's own format spec, e.g. ``{cr:.3f}``) or another :class:`Phrase`, translated
in turn. :meth:`Phrase.term` wraps a word of the app's own vocabulary held in a
variable (a method's name, "higher is better"), which the window translates as a
whole.

Templates are written as string literals in the call ``Phrase("...", name=value)``:
the window's list of translatable templates (``counterweight/ui/engine_phrases.py``)
is checked against the source by a test that reads those calls.

The class lives in the domain, the bottom layer, so that the storage's and the domain's
own error messages (which cannot import the engine) are phrases too (h28c);
:mod:`counterweight.engine.phrase` is the name the engine and the services import it by.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

__all__ = ["Figure", "Phrase", "and_more", "comma_joined", "quoted_name", "quoted_names"]


def _english(value: object) -> object:
    """An argument as the English template wants it (a phrase as its text, numbers unchanged)."""
    return str.__str__(value) if isinstance(value, Phrase) else value


class Figure(str):
    """A number already written the English way (``"1.5"``), with its unit after it if any (``"1.5 units"``).

    An argument of a :class:`Phrase` that reads as the English everywhere (the brief, the command line); the
    window writes its :attr:`number` in its own way ("1,5 units" in French, h27n), leaving the unit as typed.
    """

    number: str

    def __new__(cls, number: str, unit: str = "") -> Figure:
        self = super().__new__(cls, f"{number} {unit}".rstrip() if unit else number)
        self.number = number
        return self


class Phrase(str):
    """An English sentence (a ``str``) that remembers its template and arguments.

    Parameters
    ----------
    template : str
        English text with ``{name}`` fields, in :meth:`str.format` syntax.
    **args
        The values of the fields: text, numbers, or other phrases.

    Examples
    --------
    >>> p = Phrase("'{option}' has no score on '{criterion}'.", option="Bridge", criterion="Cost")
    >>> p
    "'Bridge' has no score on 'Cost'."
    >>> p.template, dict(p.args)
    ("'{option}' has no score on '{criterion}'.", {'option': 'Bridge', 'criterion': 'Cost'})
    """

    template: str
    args: Mapping[str, Any]
    is_term: bool

    def __new__(cls, template: str, /, **args: Any) -> Phrase:
        text = template.format(**{k: _english(v) for k, v in args.items()}) if args else template
        self = super().__new__(cls, text)
        self.template = template
        self.args = MappingProxyType(dict(args))
        self.is_term = False
        return self

    @classmethod
    def term(cls, word: str) -> Phrase:
        """A word of the app's vocabulary held in a variable (translated as a whole, never parsed).

        Used for labels that come from the domain, such as ``AggregationMethod.label``;
        braces in ``word`` are kept as they are.
        """
        self = super().__new__(cls, word)
        self.template = str(word)
        self.args = MappingProxyType({})
        self.is_term = True
        return self

    def __repr__(self) -> str:
        return str.__repr__(self)

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would rebuild from the English text, losing the template.
        return (_rebuild, (self.template, tuple(self.args.items()), self.is_term))


def _rebuild(template: str, args: tuple[tuple[str, Any], ...], is_term: bool) -> Phrase:
    return Phrase.term(template) if is_term else Phrase(template, **dict(args))


def quoted_name(name: str) -> Phrase:
    """``name`` in quotes as Python's ``repr`` writes it (``'Alpha'``), which the window quotes its own way.

    The English reads exactly as the ``{name!r}`` it replaces; a name ``repr`` would write otherwise (one
    holding an apostrophe: ``"Jo's plan"``) keeps that spelling, and then the window shows it as is.
    """
    text = str(name)
    if repr(text) == f"'{text}'":
        return Phrase("'{name}'", name=text)
    return Phrase("{name}", name=repr(text))


def comma_joined(items: Sequence[str]) -> str:
    """``", ".join(items)`` that keeps each item translatable (the pieces nest to the right); empty for none."""
    if not items:
        return ""
    out = items[-1]
    for item in reversed(items[:-1]):
        out = Phrase("{first}, {rest}", first=item, rest=out)
    return out


def quoted_names(names: Sequence[str]) -> str:
    """Names in quotes, separated by commas: ``'A', 'B', 'C'`` in English.

    A :class:`Phrase` built from two templates, ``'{name}'`` and ``{first}, {rest}``, so
    the window quotes each name as its language does (« A », « B » in French) instead of
    keeping the English quotes a joined string would carry. The pieces are paired up
    level by level, so a list of a thousand names nests about ten deep, not a thousand.
    Empty for no names.
    """
    items: list[str] = [Phrase("'{name}'", name=n) for n in names]
    while len(items) > 1:
        paired = [Phrase("{first}, {rest}", first=items[k], rest=items[k + 1]) for k in range(0, len(items) - 1, 2)]
        items = paired + items[len(paired) * 2:]
    return items[0] if items else ""


def and_more(shown: str, n: int) -> Phrase:
    """``shown`` (the first items of a list cut short) followed by "and 3 more": the one wording of the rest of
    a list, whatever the list holds (option names, a history entry's values), so translators see it once."""
    return Phrase("{items} and {n} more", items=shown, n=n)
