"""The About box: version numbers and the offline statement."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from counterweight import __version__


def version_lines() -> list[tuple[str, str]]:
    """``(component, version)`` pairs shown in the About box and in error reports."""
    return [
        ("Counterweight", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        ("System", f"{platform.system()} {platform.release()}".strip()),
    ]


def licences_index() -> Path | None:
    """The index of the third-party licences shipped with a packaged build, if there is one."""
    bundle = getattr(sys, "_MEIPASS", None)
    index = Path(bundle) / "licenses" / "README.txt" if bundle else None
    return index if index is not None and index.is_file() else None


class AboutDialog(QDialog):
    """Shows what Counterweight is, its version and the versions it runs on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Counterweight"))
        self.setAccessibleName(self.windowTitle())
        icon = QLabel(self)
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(64, 64))
        title = QLabel(f"<h2>Counterweight {__version__}</h2>", self)
        title.setObjectName("aboutTitle")
        summary = QLabel(self.tr(
            "Weigh policy options against criteria, with every score, weight and change recorded."), self)
        summary.setWordWrap(True)
        offline = QLabel(self.tr(
            "Counterweight works entirely offline. It never connects to a network: your decisions,"
            " scores and audit trail stay in files on this computer."), self)
        offline.setObjectName("offlineStatement")
        offline.setWordWrap(True)
        versions = QLabel("\n".join(f"{name}: {ver}" for name, ver in version_lines()), self)
        versions.setObjectName("versionsLabel")
        versions.setAccessibleName(self.tr("Versions"))
        versions.setAccessibleDescription(self.tr("Versions of Counterweight and its parts, to quote when asking help"))
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        notices = licences_index()
        licences = QLabel(self.tr("Third-party licences: {0}").format(notices) if notices is not None else self.tr(
            "The licences of the parts Counterweight is built from are installed with the packaged application."),
            self)
        licences.setObjectName("licencesLabel")
        licences.setAccessibleName(self.tr("Third-party licences"))
        licences.setAccessibleDescription(self.tr("Where the licences of the bundled libraries are"))
        licences.setWordWrap(True)
        licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes the About box"))
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        for w in (icon, title, summary, offline, versions, licences):
            col.addWidget(w)
        col.addWidget(buttons)
        self.setMinimumWidth(420)
