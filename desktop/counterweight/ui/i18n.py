"""Load Counterweight's translation for the user's language at start-up.

The language is, in order: the ``COUNTERWEIGHT_LANG`` environment variable (a
locale name such as ``fr`` or ``fr_CA``; ``en`` or ``C`` forces English), then the
language chosen under View > Language (kept in the window settings file, key
:data:`SETTINGS_KEY`), then the system locale. A choice made in the menu takes
effect the next time Counterweight starts. Compiled translations
(``counterweight_<lang>.qm``) live in ``resources/translations``; they are
committed beside their ``.ts`` sources because ``lrelease`` is not available
inside a frozen bundle (``packaging/update-translations.sh`` regenerates both).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from counterweight.locations import resources_dir

log = logging.getLogger(__name__)

LANG_ENV = "COUNTERWEIGHT_LANG"
CATALOGUE = "counterweight"
#: Settings key of the language chosen in View > Language (absent: follow the system).
SETTINGS_KEY = "ui/language"
#: Application property holding the language code of the window's words (set by :func:`install_translators`).
LANGUAGE_PROPERTY = "counterweightLanguage"
#: How many times :func:`install_translators` ran: what is cached per window language is looked up again after it.
generation = 0


def translations_dir() -> Path:
    """Folder holding ``counterweight_<lang>.ts`` and ``.qm`` files."""
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """Language codes with a compiled translation, plus ``en`` (the source language)."""
    found = {p.stem.removeprefix(CATALOGUE + "_") for p in translations_dir().glob(f"{CATALOGUE}_*.qm")}
    return sorted(found | {"en"})


def language_label(code: str) -> str:
    """How a language is listed in the menu: its own name, then its English name if different.

    >>> language_label("fr")
    'Français (French)'
    """
    locale = QLocale(code)
    english = QLocale.languageToString(locale.language())
    native = english if locale.language() == QLocale.Language.English else locale.nativeLanguageName()
    native = native[:1].upper() + native[1:]
    return native if native == english else f"{native} ({english})"


def _default_settings() -> QSettings | None:
    from counterweight.ui.startup import window_settings  # late: the start-up module imports this one

    try:
        return window_settings()
    except OSError as exc:  # no writable Counterweight folder: no stored choice
        log.warning("Cannot read the language setting: %s", exc)
        return None


def stored_language(settings: QSettings | None = None) -> str:
    """The language code chosen in View > Language, or ``""`` to follow the system.

    Parameters
    ----------
    settings
        Where the choice is kept (default: the window settings file).
    """
    settings = settings if settings is not None else _default_settings()
    if settings is None:
        return ""
    code = str(settings.value(SETTINGS_KEY, "") or "").strip()
    return code if code in available_languages() else ""


def store_language(code: str, settings: QSettings | None = None) -> None:
    """Remember ``code`` (``""``: follow the system) for the next start.

    Raises
    ------
    ValueError
        ``code`` is neither ``""`` nor a shipped language.
    """
    if code and code not in available_languages():
        raise ValueError(f"no translation for {code!r}; choose one of {available_languages()}")
    settings = settings if settings is not None else _default_settings()
    if settings is None:
        return
    if code:
        settings.setValue(SETTINGS_KEY, code)
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()


def env_override() -> str:
    """The ``COUNTERWEIGHT_LANG`` value, stripped (``""`` when unset)."""
    return os.environ.get(LANG_ENV, "").strip()


def chosen_locale(settings: QSettings | None = None) -> QLocale:
    """The locale to translate into: ``COUNTERWEIGHT_LANG``, else the stored choice, else the system's."""
    override = env_override()
    if override:
        return QLocale(override)
    stored = stored_language(settings)
    return QLocale(stored) if stored else QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Counterweight's (and, if present, Qt's own) translation for ``locale``.

    Parameters
    ----------
    app
        The application; translators are parented to it so they live as long as it does.
    locale
        The language to use (default: :func:`chosen_locale`).

    Returns
    -------
    list[QTranslator]
        The translators installed (empty for English or a language with no translation).
    """
    global generation
    generation += 1  # h27b: ui/numbers.py looks the window's decimal point up again
    locale = locale if locale is not None else chosen_locale()
    app.setProperty(LANGUAGE_PROPERTY, "en")
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
        app.setProperty(LANGUAGE_PROPERTY, QLocale(locale.language()).name().split("_")[0])
    else:
        log.info("No Counterweight translation for %s", locale.name())
        return installed
    qt = QTranslator(app)  # Qt's own dialogs (file chooser, standard buttons), when shipped
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def window_locale() -> QLocale:
    """The locale that writes dates in the window's language (h26d).

    Month names ("5 March 2026") follow the language of the words around them, not the
    system's: a French window on an English system says "5 mars 2026", an English one on
    a French system "5 March 2026". Numbers follow it too (h27b: :mod:`counterweight.ui.numbers`). Without
    an installed translation (tests, tools, or one taken away again) it is the default locale.
    """
    app = QCoreApplication.instance()
    code = str(app.property(LANGUAGE_PROPERTY) or "") if app is not None else ""
    if not code:
        return QLocale()
    if code != "en" and QCoreApplication.translate("MainWindow", "&File") == "&File":
        code = "en"  # the translation was removed since: the window speaks English again
    default = QLocale()
    return default if default.language() == QLocale(code).language() else QLocale(code)


def number_locale() -> QLocale:
    """The locale that writes and reads numbers in the window (one rule for tables, spin boxes and charts).

    A translated window writes numbers as its language and region do (French: "0,352",
    from :func:`window_locale`); an English window writes them as the brief does ("0.352"),
    whatever the system's region (``en_DK`` or ``en_ZA`` would otherwise give "0,352" in
    the spin boxes beside "0.352" in the tables).
    """
    locale = window_locale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


__all__ = [
    "LANG_ENV",
    "LANGUAGE_PROPERTY",
    "SETTINGS_KEY",
    "available_languages",
    "chosen_locale",
    "env_override",
    "install_translators",
    "number_locale",
    "language_label",
    "store_language",
    "stored_language",
    "translations_dir",
    "window_locale",
]
