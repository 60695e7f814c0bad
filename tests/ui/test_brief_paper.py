"""File > Brief paper size (h25d): A4 or US Letter for an exported brief, kept on this computer.

Until the user chooses, the paper follows the computer's region (Letter in the United States and
Canada, A4 in Britain and Germany); the choice goes to the child ``counterweight report --paper`` and to
a brief written in the window alike. The host's own region does not matter: the tests choose.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from counterweight.ui import brief_process
from counterweight.ui.brief_actions import BriefActions
from counterweight.ui.brief_paper import SETTINGS_KEY, regional_paper, stored_paper

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.qt

LETTER_POINTS = (612, 792)


def _sizes(path: Path) -> set[tuple[int, int]]:
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pypdf.PdfReader(str(path)).pages}


def test_the_default_follows_the_region_until_chosen(tmp_path: Path) -> None:
    def where(language: QLocale.Language, country: QLocale.Country) -> str:
        return regional_paper(QLocale(language, country))

    assert where(QLocale.Language.English, QLocale.Country.UnitedStates) == "letter"
    assert where(QLocale.Language.French, QLocale.Country.Canada) == "letter"
    assert where(QLocale.Language.English, QLocale.Country.UnitedKingdom) == "a4"
    assert where(QLocale.Language.German, QLocale.Country.Germany) == "a4"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert stored_paper(settings) == stored_paper(None) == regional_paper()
    settings.setValue(SETTINGS_KEY, "legal")  # not a paper the brief offers: the region's
    assert stored_paper(settings) == regional_paper()
    settings.setValue(SETTINGS_KEY, "letter")
    assert stored_paper(settings) == "letter"


def test_the_menu_choice_is_kept_and_the_export_follows_it(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    actions = window.brief_actions
    menu = actions.paper_menu
    assert menu.menuAction() in window.menuBar().actions()[0].menu().actions()  # in the File menu
    assert menu.title().replace("&", "") == "Brief paper size"
    menu.paper_actions["letter"].trigger()
    assert actions._settings.value(SETTINGS_KEY) == "letter"
    menu.paper_actions["a4"].trigger()
    assert actions._settings.value(SETTINGS_KEY) == "a4" and menu.paper_actions["a4"].isChecked()
    menu.paper_actions["letter"].trigger()
    assert menu.paper_actions["letter"].isChecked() and not menu.paper_actions["a4"].isChecked()

    out = tmp_path / "here.pdf"  # written in the window (tests/ui/conftest.py: no child)
    with qtbot.waitSignal(actions.briefWritten, timeout=60_000):
        assert actions.export_brief(out)
    qtbot.waitUntil(lambda: not actions.is_busy())
    assert _sizes(out) == {LETTER_POINTS}


def test_the_child_is_asked_for_the_chosen_paper(window, controller, qtbot, tmp_path: Path,  # noqa: ANN001
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BriefActions, "in_child", True, raising=False)
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    real, asked = brief_process.report_command, []

    def command(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the real command, recorded; a child that fails
        asked.append(real(*args, **kwargs))
        return [sys.executable, "-c", "import sys; sys.exit(3)"]

    monkeypatch.setattr(brief_process, "report_command", command)
    window.brief_actions.paper_menu.paper_actions["letter"].trigger()
    with qtbot.waitSignal(window.brief_actions.briefFailed, timeout=30_000):
        assert window.brief_actions.export_brief(tmp_path / "child.pdf")
        assert window.brief_actions._child is not None
    assert "--paper=letter" in asked[0]
    assert "--paper=a4" in real(Path("p"), Path("o.pdf"), "", None)  # the default
