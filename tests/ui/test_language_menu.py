"""View > Language: lists the shipped languages, stores the choice, and the next start uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from counterweight.ui import i18n
from counterweight.ui.language_menu import LanguageMenu
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMenu

pytestmark = pytest.mark.qt

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def menu(qtbot, settings) -> LanguageMenu:
    shown: list[str] = []
    m = LanguageMenu(settings, shown.append)
    m.shown = shown  # type: ignore[attr-defined]
    return m


def test_lists_every_shipped_language_and_the_system_one(menu) -> None:
    shipped = {p.stem.removeprefix("counterweight_") for p in TRANSLATIONS.glob("counterweight_*.qm")}
    assert shipped >= {"en", "fr"}
    assert set(menu.actions_by_code()) == shipped | {""}
    assert menu.actions_by_code()[""].isChecked()  # nothing chosen yet: follow the system
    texts = {code: a.text() for code, a in menu.actions_by_code().items()}
    assert texts["fr"].startswith("Français")  # each language in its own name
    assert texts["en"] == "English"


def test_choosing_stores_it_and_says_when_it_applies(menu, settings, monkeypatch) -> None:
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    menu.actions_by_code()["fr"].trigger()
    assert settings.value(i18n.SETTINGS_KEY) == "fr"
    assert menu.actions_by_code()["fr"].isChecked() and not menu.actions_by_code()[""].isChecked()
    assert menu.shown == ["Counterweight will use Français (French) the next time it starts."]
    assert i18n.chosen_locale(settings).language() == QLocale.Language.French
    # a new menu (the next start) shows the stored choice
    again = LanguageMenu(settings, lambda _m: None)
    assert again.actions_by_code()["fr"].isChecked()


def test_back_to_the_system_language_forgets_the_choice(menu, settings, monkeypatch) -> None:
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    menu.choose("fr")
    menu.choose("")
    assert not settings.contains(i18n.SETTINGS_KEY)
    assert i18n.chosen_locale(settings).name() == QLocale.system().name()
    assert "the system language" in menu.last_message


def test_the_environment_variable_still_wins_and_the_message_says_so(menu, settings, monkeypatch) -> None:
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    message = menu.choose("fr")
    assert i18n.LANG_ENV in message
    assert i18n.chosen_locale(settings).language() == QLocale.Language.English


def test_a_stored_language_no_longer_shipped_is_ignored(settings, monkeypatch) -> None:
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    settings.setValue(i18n.SETTINGS_KEY, "xx")
    assert i18n.stored_language(settings) == ""
    with pytest.raises(ValueError, match="no translation"):
        i18n.store_language("xx", settings)


def test_the_next_start_loads_the_stored_translation(qapp, settings, monkeypatch) -> None:
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    i18n.store_language("fr", settings)
    installed = i18n.install_translators(qapp, i18n.chosen_locale(settings))
    try:
        assert installed
        assert qapp.translate("MainWindow", "&File") != "&File"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_the_main_window_has_view_language(qtbot, controller, tmp_path) -> None:
    from counterweight.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(window)
    view = window.menuBar().findChild(QMenu, "viewMenu")
    assert window.view_actions.language_menu in [a.menu() for a in view.actions()]
    window.view_actions.language_menu.choose("fr")
    assert settings.value(i18n.SETTINGS_KEY) == "fr"
    assert "Français" in window.statusBar().currentMessage()
