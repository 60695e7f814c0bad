"""The error funnel's dialogs: a plain message for expected errors, a report for bugs.

Expected errors are :class:`~counterweight.domain.errors.CounterweightError`: the
user sees the message (and where it applies, the file or field) and nothing else.
Anything else is a bug: the user sees a calm explanation, and the technical report
(traceback and versions) is one click away, to copy or save for whoever supports them.

An expected error with a long list of problems (a spreadsheet with 120 bad cells) gets
:class:`ProblemListDialog` instead of a message box: a short summary that groups the
repeated problems, and the whole list in a scrolling text area that can be selected and
copied, in a dialog never taller than the screen, so OK stays in reach (QA pass 22).
"""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.errors import CounterweightError
from counterweight.ui.dialogs.about_dialog import version_lines
from counterweight.ui.dialogs.dialog_fit import BodyScroll, screen_room
from counterweight.ui.engine_text import engine_text
from counterweight.ui.text_size import lines_high


#: What opening, saving, importing or exporting a user's file may raise: a located
#: error of ours, or the operating system's. Shown with :func:`show_user_error`.
FILE_ERRORS = (CounterweightError, OSError)


#: A list of more problems than this, or longer than :data:`SHORT_LIST_CHARS`, is shown by
#: :class:`ProblemListDialog` (QA pass 22: 120 bullets made a message box 1,792 px tall).
SHORT_LIST = 8
SHORT_LIST_CHARS = 1200
#: Kinds of problem named in the summary above the full list.
SUMMARY_GROUPS = 4
#: Places named for one kind of problem in the summary.
SUMMARY_PLACES = 3


def show_user_error(parent: QWidget | None, error: CounterweightError, title: str = "") -> None:
    """Show an expected error as a plain warning box (message, then where and detail).

    A long list of problems goes to :class:`ProblemListDialog` instead.
    """
    problems = getattr(error, "problems", [])
    if len(problems) > SHORT_LIST or sum(len(p) for p in problems) > SHORT_LIST_CHARS:
        ProblemListDialog(error, title, parent).exec()
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("ErrorDialog", "Counterweight"),
                      engine_text(error.message),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote a name or a file as typed
    extra = [x for x in (getattr(error, "where", ""), ) if x]
    problems = getattr(error, "problems", [])
    if len(problems) > 1:
        extra.append("\n".join(f"• {engine_text(p)}" for p in problems))
    if extra:
        box.setInformativeText("\n".join(extra))
    if error.detail:
        box.setDetailedText(error.detail)
    box.exec()


def grouped_problems(problems: list[str]) -> list[tuple[str, list[str]]]:
    """The problems grouped by what is wrong: ``(problem, places)`` in order of first appearance.

    A problem reads ``place: what is wrong`` (``Scores!C3: 'n/a' is not a number``); the
    same words after different places are one group. A problem without a place is a
    group of its own with no places.
    """
    groups: dict[str, list[str]] = {}
    for problem in problems:
        place, sep, what = problem.partition(": ")
        if not sep or not what:
            groups.setdefault(problem, [])
        else:
            groups.setdefault(what, []).append(place)
    return list(groups.items())


def problem_summary(problems: list[str]) -> str:
    """A few lines saying what the problems are: each kind once, with how often and where it first occurs."""
    translate = QCoreApplication.translate
    lines = []
    groups = grouped_problems(problems)
    for what, places in groups[:SUMMARY_GROUPS]:
        if len(places) <= 1:
            lines.append(f"• {places[0]}: {what}" if places else f"• {what}")
            continue
        shown = ", ".join(_cell(p) for p in places[:SUMMARY_PLACES])
        if len(places) > SUMMARY_PLACES:
            shown = translate("ErrorDialog", "{0} and {1} more").format(shown, len(places) - SUMMARY_PLACES)
        lines.append(translate("ErrorDialog", "• {0} ({1} times: {2})").format(what, len(places), shown))
    rest = len(groups) - SUMMARY_GROUPS
    if rest > 0:
        lines.append(translate("ErrorDialog", "• and 1 other kind of problem") if rest == 1 else
                     translate("ErrorDialog", "• and {0} other kinds of problem").format(rest))
    return "\n".join(lines)


def _cell(place: str) -> str:
    """A place without what it is about: ``Scores!C3`` for ``Scores!C3 (Alpha × Cost)`` (the list has it all)."""
    return place.split(" (", 1)[0] if place.endswith(")") else place


class ProblemListDialog(QDialog):
    """An expected error with many problems: the message, a grouped summary, and the whole list to copy.

    The list sits in a read-only text area that scrolls, takes the keyboard focus with Tab,
    and can be selected and copied (or copied whole with Copy list); the dialog opens
    within the screen's available area, so OK is always in reach.
    """

    def __init__(self, error: CounterweightError, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userErrorBox")
        self.setWindowTitle(title or self.tr("Counterweight"))
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)
        problems = [engine_text(p) for p in getattr(error, "problems", [])]  # in the window's language (h28i)
        self._list_text = "\n".join(problems + ([error.detail] if error.detail else []))
        icon = QLabel(self)
        icon.setObjectName("userErrorIcon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = self._label("userErrorMessage", engine_text(error.message), self.tr("Message"),
                                         self.tr("What went wrong, and the first problem"))
        where = getattr(error, "where", "")
        self.where_label = self._label("userErrorWhere", where, self.tr("File"), self.tr("The file with the problems"))
        self.where_label.setVisible(bool(where))
        self.summary_label = self._label("userErrorSummary", problem_summary(problems),
                                         self.tr("The problems in short"),
                                         self.tr("Each kind of problem once, with how often and where it first occurs"))
        heading = QLabel(self.tr("&All {0} problems, one a line (select and copy them, or press Copy list):")
                         .format(len(problems)), self)
        heading.setWordWrap(True)
        self.problem_list = QPlainTextEdit(self._list_text, self)
        self.problem_list.setObjectName("userErrorList")
        self.problem_list.setAccessibleName(self.tr("All the problems"))
        self.problem_list.setAccessibleDescription(self.tr("One problem a line; read-only, can be selected and copied"))
        self.problem_list.setReadOnly(True)
        self.problem_list.setTabChangesFocus(True)
        self.problem_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problem_list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines_high(self.problem_list, 4, fixed=False)  # at least four lines; the dialog gives it the rest
        heading.setBuddy(self.problem_list)
        self.copy_button = QPushButton(self.tr("&Copy list"), self)
        self.copy_button.setObjectName("copyProblemsButton")
        self.copy_button.setAccessibleName(self.tr("Copy list"))
        self.copy_button.setAccessibleDescription(self.tr("Puts every problem on the clipboard, one a line"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.setObjectName("userErrorButtons")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        body = QWidget(self)
        text = QVBoxLayout()
        for w in (self.message_label, self.where_label, self.summary_label):
            w.setParent(body)
            text.addWidget(w)
        top = QHBoxLayout(body)
        top.setContentsMargins(0, 0, 0, 0)
        icon.setParent(body)
        top.addWidget(icon)
        top.addLayout(text, 1)
        text.addStretch(1)
        col = QVBoxLayout(self)
        self._body = body
        self._top = BodyScroll(body, self)  # a very long message scrolls too, above the list and OK
        col.addWidget(self._top)
        col.addWidget(heading)
        col.addWidget(self.problem_list, 1)
        col.addWidget(buttons)
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()

    def _label(self, name: str, text: str, accessible: str, description: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setAccessibleDescription(description)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and values quoted as typed
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _fit(self) -> None:
        """Open 90 characters wide, the list up to 16 lines tall, never beyond the screen's room."""
        room = screen_room(self)
        self.setMaximumSize(room)  # the size grip cannot push OK off the screen either
        width = min(max(90 * self.fontMetrics().averageCharWidth(), self.minimumSizeHint().width()), room.width())
        layout = self.layout()
        margins = layout.contentsMargins()
        top = self._body.heightForWidth(width - margins.left() - margins.right())
        if top > 0:
            self._top.setMaximumHeight(top)  # no more than its lines: the list below gets the rest
        rest = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        rest -= self.problem_list.sizeHint().height()  # the list's own share is counted in lines below
        lines = min(self.problem_list.document().blockCount(), 16)
        frame = 2 * self.problem_list.frameWidth() + 2 * int(self.problem_list.document().documentMargin())
        wanted = rest + lines * self.problem_list.fontMetrics().lineSpacing() + frame
        self.resize(width, min(max(wanted, self.minimumSizeHint().height()), room.height()))

    def copy_list(self) -> None:
        """Put every problem on the clipboard, one a line."""
        QGuiApplication.clipboard().setText(self._list_text)


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
