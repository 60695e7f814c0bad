"""File > Brief paper size: A4 or US Letter for an exported brief (h25d).

The choice is kept in this computer's settings, like the brief's author
(:mod:`counterweight.ui.brief_author`), and used by every **Export brief (PDF)…**
(passed to the child ``counterweight report --paper``). Until one is chosen it follows
the computer's region: US Letter in the countries that use it (the United States and
Canada among them), A4 elsewhere. **Print brief…** lays the brief out on the page the
printer is set to, whatever this says.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from counterweight.reports.paper import A4, LETTER, PAPERS

#: Where the choice is kept in the window settings file.
SETTINGS_KEY = "brief/paper"
#: Regions whose usual paper is US Letter.
LETTER_REGIONS = frozenset({QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                            QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia})


def regional_paper(locale: QLocale | None = None) -> str:
    """The paper usual where the computer is set to (``locale``, else the system's): ``"letter"`` or ``"a4"``."""
    return LETTER if (locale or QLocale.system()).territory() in LETTER_REGIONS else A4


def stored_paper(settings: QSettings | None) -> str:
    """The paper chosen for briefs, or the region's when none was chosen (or the setting is not a paper)."""
    value = str(settings.value(SETTINGS_KEY, "") or "").lower() if settings is not None else ""
    return value if value in PAPERS else regional_paper()


def store_paper(settings: QSettings | None, paper: str) -> None:
    """Keep ``paper`` (``"a4"`` or ``"letter"``) for the next briefs."""
    if settings is not None and paper in PAPERS:
        settings.setValue(SETTINGS_KEY, paper)
        settings.sync()


class PaperMenu(QMenu):
    """File > Brief paper size, two checkable items; the one checked is :func:`stored_paper`."""

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("briefPaperMenu")
        self.setTitle(self.tr("Brief paper si&ze"))
        self.menuAction().setStatusTip(self.tr("The paper an exported brief is laid out on (kept on this "
                                               "computer); Print brief… uses the printer's page"))
        group = QActionGroup(self)
        self.paper_actions: dict[str, QAction] = {}
        for paper, text in ((A4, self.tr("&A4")), (LETTER, self.tr("US &Letter"))):
            action = QAction(text, self)
            action.setObjectName(f"briefPaper{paper.capitalize()}Action")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, p=paper: store_paper(self._settings, p))
            group.addAction(action)
            self.addAction(action)
            self.paper_actions[paper] = action
        self.aboutToShow.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.paper_actions[stored_paper(self._settings)].setChecked(True)


__all__ = ["LETTER_REGIONS", "SETTINGS_KEY", "PaperMenu", "regional_paper", "store_paper", "stored_paper"]
