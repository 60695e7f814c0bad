"""The error funnel's dialogs: a plain message for expected errors, a report for bugs.

Expected errors are :class:`~counterweight.domain.errors.CounterweightError`: the
user sees the message (and where it applies, the file or field) and nothing else.
Anything else is a bug: the user sees a calm explanation, and the technical report
(traceback and versions) is one click away, to copy or save for whoever supports them.
"""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.errors import CounterweightError
from counterweight.ui.dialogs.about_dialog import version_lines


#: What opening, saving, importing or exporting a user's file may raise: a located
#: error of ours, or the operating system's. Shown with :func:`show_user_error`.
FILE_ERRORS = (CounterweightError, OSError)


def show_user_error(parent: QWidget | None, error: CounterweightError, title: str = "") -> None:
    """Show an expected error as a plain warning box (message, then where and detail)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("ErrorDialog", "Counterweight"), error.message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote a name or a file as typed
    extra = [x for x in (getattr(error, "where", ""), ) if x]
    problems = getattr(error, "problems", [])
    if len(problems) > 1:
        extra.append("\n".join(f"• {p}" for p in problems))
    if extra:
        box.setInformativeText("\n".join(extra))
    if error.detail:
        box.setDetailedText(error.detail)
    box.exec()


def format_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The technical report for an unexpected error: versions, then the traceback."""
    lines = [f"{name}: {version}" for name, version in version_lines()]
    lines.append("")
    lines += traceback.format_exception(exc_type, exc, tb)
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorReportDialog(QDialog):
    """Tells the user something went wrong inside the program and offers the report."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorReportDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.windowTitle())
        self._report = report
        message = QLabel(self.tr(
            "Counterweight ran into a problem it did not expect. Every change you made before this"
            " point is already saved. If this keeps happening, press Copy report and send the report"
            " to whoever supports Counterweight for you."), self)
        message.setObjectName("errorMessage")
        message.setWordWrap(True)
        self.details = QPlainTextEdit(report, self)
        self.details.setObjectName("errorDetails")
        self.details.setAccessibleName(self.tr("Technical report"))
        self.details.setAccessibleDescription(self.tr("What went wrong, for whoever supports Counterweight"))
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(200)
        self.toggle_button = QPushButton(self.tr("Show &report"), self)
        self.toggle_button.setObjectName("toggleReportButton")
        self.toggle_button.setAccessibleName(self.tr("Show report"))
        self.toggle_button.setAccessibleDescription(self.tr("Shows or hides the technical report"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._toggle)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.setAccessibleName(self.tr("Copy report"))
        self.copy_button.setAccessibleDescription(self.tr("Puts the report on the clipboard, to paste into a message"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("errorButtons")
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes this message; Counterweight keeps running"))
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(message)
        col.addWidget(self.details, 1)
        col.addWidget(buttons)
        self.setMinimumWidth(480)

    def report(self) -> str:
        return self._report

    def _toggle(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide &report") if shown else self.tr("Show &report"))
        self.adjustSize()

    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self._report)


def show_unexpected_error(parent: QWidget | None, exc_type: type[BaseException], exc: BaseException,
                          tb: TracebackType | None) -> None:
    """Show the report dialog for a bug (modal)."""
    ErrorReportDialog(format_report(exc_type, exc, tb), parent).exec()
