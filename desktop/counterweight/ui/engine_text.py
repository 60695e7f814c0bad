"""Show the engine's and the services' sentences in the user's language.

The engine and the services hold no Qt: they build their sentences (diagnostics,
red-line reasons, the history's actions) as :class:`~counterweight.engine.phrase.Phrase`
objects, English strings that remember their template and arguments. Here the
template is looked up under the one translation context :data:`CONTEXT` and filled
again; arguments that are phrases themselves (a nested clause, a method's name) are
translated first, names the user typed are kept as they are. A plain ``str`` is
shown unchanged.

lupdate cannot see templates written in Qt-free code, so every one of them is listed
with ``QT_TRANSLATE_NOOP`` in :mod:`counterweight.ui.engine_phrases`;
``tests/ui/test_engine_text.py`` reads the engine's and services' source and fails
when one is missing there.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from counterweight.domain.errors import CounterweightError
from counterweight.engine.phrase import Figure, Phrase
from counterweight.ui.numbers import localised, shown  # h27b: a phrase's CR reads "0,125" in a French window

__all__ = ["CONTEXT", "engine_text", "error_text", "term_text"]

log = logging.getLogger(__name__)

#: Translation context of every template and vocabulary term the engine and services use.
CONTEXT = "EngineText"


def engine_text(text: str | None) -> str:
    """``text`` in the current language: a :class:`Phrase` is translated, any other text kept as is.

    Parameters
    ----------
    text : str or None
        A sentence from the engine or the services (``None`` gives ``""``).

    Returns
    -------
    str
        The translated sentence; the English one when no translation is loaded, or
        when a translation does not fit the template's fields (a bad translation
        must not hide the message).
    """
    if text is None:
        return ""
    if isinstance(text, Figure):  # a number on its own (a History value)
        return _argument(text)
    if not isinstance(text, Phrase):
        return str(text)
    translated = QCoreApplication.translate(CONTEXT, text.template)
    if text.is_term or not text.args:
        return translated
    args = {name: _argument(value) for name, value in text.args.items()}
    try:
        return translated.format(**args)
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("The translation of %r does not fit its fields (%s); showing the English", text.template, exc)
        return text.template.format(**args)


def _argument(value: object) -> object:
    """A phrase's argument for the window: a nested phrase translated, a number written the window's way."""
    if isinstance(value, Phrase):
        return engine_text(value)
    if isinstance(value, Figure):  # "1.5 units" written by the engine: "1,5 units" in French (h27n)
        return localised(value.number) + value[len(value.number):]
    return shown(value)


def error_text(error: CounterweightError) -> str:
    """A user-facing error for the window, in the user's language (h28c).

    The window's counterpart of :meth:`CounterweightError.for_window`: the message is
    translated when it is a :class:`Phrase` (the engine's, services', storage's and domain's
    errors are), and the place at fault comes first when the sentence does not already name
    the file. ``str(error)`` stays the English the command line and the logs read.
    """
    message = engine_text(error.message)
    where = error.where
    name = where.replace("\\", "/").rsplit("/", 1)[-1]
    if not where or (name and name in error.message):
        return message
    #: Translators: a place (a file, a field) and what is wrong there
    return QCoreApplication.translate(CONTEXT, "{where}: {message}").format(where=where, message=message)


def term_text(word: str) -> str:
    """A word of the app's vocabulary (a method's or normalisation's label) in the user's language."""
    return engine_text(Phrase.term(word))


def and_list(items: Sequence[str]) -> str:
    """``A``; ``A and B``; ``A, B and C``: a list of names in the user's language, in the order given."""
    if len(items) < 2:
        return "".join(items)
    #: Translators: the last two of a list of names, as in "A, B and C"
    return QCoreApplication.translate("Lists", "{0} and {1}").format(
        QCoreApplication.translate("Lists", ", ").join(items[:-1]), items[-1])
