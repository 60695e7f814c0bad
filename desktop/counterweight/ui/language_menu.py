"""View > Language: pick the language of the interface for the next start.

The menu lists "System language" and every shipped translation (by its own name,
so a user who cannot read the current language still finds theirs). Choosing one
stores it in the settings file (:func:`counterweight.ui.i18n.store_language`) and
says that Counterweight will use it the next time it starts: rebuilding every open
widget in another language is not attempted, so nothing half-translated is ever
shown. When ``COUNTERWEIGHT_LANG`` is set it still wins, and the message says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from counterweight.ui import i18n


class LanguageMenu(QMenu):
    """The View > Language submenu.

    Parameters
    ----------
    settings
        Where the choice is kept (the main window's settings file).
    report
        Shows a one-line message to the user (the main window's status bar).
    parent
        Owning widget (usually the View menu).

    Attributes
    ----------
    last_message
        The latest message given to ``report``.
    """

    def __init__(self, settings: QSettings | None, report: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self.setAccessibleName(self.tr("Language"))
        self.setAccessibleDescription(self.tr("Choose the language of the interface; it applies at the next start."))
        self._settings = settings
        self._report = report
        self.last_message = ""
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        stored = i18n.stored_language(settings)
        self._add(self.tr("&System language"), "", "languageSystemAction", checked=not stored)
        for code in i18n.available_languages():
            self._add(i18n.language_label(code), code, f"language_{code}_Action", checked=code == stored)

    def _add(self, text: str, code: str, name: str, *, checked: bool) -> QAction:
        action = self.addAction(text)
        action.setObjectName(name)
        action.setData(code)
        action.setCheckable(True)
        action.setChecked(checked)
        self.group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
        return action

    def actions_by_code(self) -> dict[str, QAction]:
        """The menu's actions by language code (``""`` for the system language)."""
        return {str(a.data() or ""): a for a in self.group.actions()}

    def choose(self, code: str) -> str:
        """Store ``code`` (``""``: the system language) and tell the user when it applies.

        Returns
        -------
        str
            The message shown.
        """
        i18n.store_language(code, self._settings)
        self.actions_by_code()[code].setChecked(True)
        name = i18n.language_label(code) if code else self.tr("the system language")
        message = self.tr("Counterweight will use {0} the next time it starts.").format(name)
        override = i18n.env_override()
        if override:
            message += " " + self.tr("For now the {0} setting ({1}) still decides the language.").format(
                i18n.LANG_ENV, override)
        self.last_message = message
        self._report(message)
        return message


def add_language_menu(view_menu: QMenu, settings: QSettings | None, report: Callable[[str], None]) -> LanguageMenu:
    """Append View > Language to ``view_menu`` and return it."""
    menu = LanguageMenu(settings, report, view_menu)
    view_menu.addMenu(menu)
    return menu


__all__ = ["LanguageMenu", "add_language_menu"]
