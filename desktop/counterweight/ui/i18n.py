"""Load Counterweight's translation for the user's language at start-up.

The language is, in order: the ``COUNTERWEIGHT_LANG`` environment variable (a
locale name such as ``fr`` or ``fr_CA``; ``en`` or ``C`` forces English), then the
system locale. Compiled translations (``counterweight_<lang>.qm``) live in
``resources/translations``; they are committed beside their ``.ts`` sources because
``lrelease`` is not available inside a frozen bundle
(``packaging/update-translations.sh`` regenerates both).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counterweight.locations import resources_dir

log = logging.getLogger(__name__)

LANG_ENV = "COUNTERWEIGHT_LANG"
CATALOGUE = "counterweight"


def translations_dir() -> Path:
    """Folder holding ``counterweight_<lang>.ts`` and ``.qm`` files."""
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """Language codes with a compiled translation, plus ``en`` (the source language)."""
    found = {p.stem.removeprefix(CATALOGUE + "_") for p in translations_dir().glob(f"{CATALOGUE}_*.qm")}
    return sorted(found | {"en"})


def chosen_locale() -> QLocale:
    """The locale to translate into: ``COUNTERWEIGHT_LANG`` if set, else the system locale."""
    override = os.environ.get(LANG_ENV, "").strip()
    return QLocale(override) if override else QLocale.system()


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
    locale = locale if locale is not None else chosen_locale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.info("No Counterweight translation for %s", locale.name())
        return installed
    qt = QTranslator(app)  # Qt's own dialogs (file chooser, standard buttons), when shipped
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


__all__ = ["LANG_ENV", "available_languages", "chosen_locale", "install_translators", "translations_dir"]
