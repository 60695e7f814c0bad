"""Banners across the top of the window: the decision's notice, read-only, and errors.

Colours come from :mod:`counterweight.ui.theme`, so they suit light, dark and
high-contrast palettes.

* The **notice** banner (amber) shows ``decision.notice``, for example that the scores
  are illustrative and not an assessment. Its close button hides it until the project
  is opened again (or the notice is changed).
* The **read-only** banner (grey with a red edge) says the project cannot be changed
  and why.
* The **message** banner (red) shows the last error from an edit; the user can
  dismiss it, and the next successful change hides it. When the file refused a change
  (another program writing it, a full disk, the file moved away) its **Try again**
  button saves the refused changes once the cause is gone; dismissing drops them. Save
  As saves them in the copy, Ctrl+S tries them again, and leaving the project asks about
  them first (QA pass 24, :mod:`counterweight.ui.refused_changes`).
* The **moved** banner (amber, closable) says once that the project file, renamed or
  moved while open, is followed and saved under its new name (QA pass 24, item 7).
* The **marking** banner (issue 5; dark, centred, on top of the others) shows the
  project's protective marking, such as OFFICIAL-SENSITIVE, whenever one is set.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counterweight.services.changes import ChangeSet, Part
from counterweight.ui.accessibility import announce, speak_shown_text
from counterweight.ui.engine_text import engine_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette

#: The theme tone (see counterweight.ui.theme) of each kind of banner.
_TONES = {
    "notice": "banner-notice",
    "info": "banner-notice",  # the notice's colours with an information icon: nothing is wrong
    "readonly": "banner-readonly",
    "error": "banner-error",
    "marking": "banner-marking",  # issue 5: protective marking
}


class Banner(QFrame):
    """A coloured strip with an icon and wrapped text.

    Parameters
    ----------
    kind
        ``"notice"``, ``"info"`` (the notice's colours, an information icon), ``"readonly"``,
        ``"error"`` or ``"marking"`` (no icon, bold centred text): picks the colours and icon.
    name
        Object name; the label inside is named ``name + "Label"``.
    accessible_name
        Name read by screen readers.
    closable
        Show a close button; pressing it (or Escape while it has focus) hides the banner.
    """

    dismissed = Signal()

    def __init__(self, kind: str, name: str, accessible_name: str, *, closable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_tone(self, _TONES[kind], f"#{name}")
        icon_kind = {
            "notice": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "readonly": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        }.get(kind)
        self.icon_kind = icon_kind
        icon = QLabel(self)
        if icon_kind is not None:
            icon.setPixmap(self.style().standardIcon(icon_kind).pixmap(20, 20))
        else:  # issue 5: the marking banner has no icon
            icon.hide()
        icon.setAccessibleName("")
        self.label = QLabel(self)
        self.label.setObjectName(name + "Label")
        speak_shown_text(self.label, accessible_name, self.tr("Tab to the text and select it with Shift and the arrow "
                                                              "keys, or with the mouse, to copy it."))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse  # QA pass 30: and by keyboard
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop, so the keyboard can select it
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        if kind == "marking":  # issue 5: bold, centred, like the marking on a printed page
            self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
            row.setContentsMargins(10, 3, 8, 3)
        self._row = row
        self.close_button: QToolButton | None = None
        if closable:
            b = QToolButton(self)
            b.setObjectName(name + "CloseButton")
            b.setAccessibleName(self.tr("Dismiss message"))
            b.setAccessibleDescription(self.tr("Hides this notice until the project is opened again.")
                                       if kind in ("notice", "info") else self.tr("Hides this message until the next problem."))
            b.setToolTip(self.tr("Dismiss"))
            b.setAutoRaise(True)
            b.setText("✕")
            b.clicked.connect(self.dismiss)
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.close_button = b
        self.hide()

    def add_button(self, name: str, text: str, description: str) -> QPushButton:
        """A push button on the banner's right, before its close button; hidden until shown."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        self._row.insertWidget(2, button, 0, Qt.AlignmentFlag.AlignTop)
        button.hide()
        return button

    def show_text(self, text: str) -> None:
        """Show the banner with ``text``; an empty text hides it."""
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text.strip()))

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        """Hide the banner (used by the close button)."""
        self.hide()
        self.dismissed.emit()


class BannerArea(QWidget):
    """The stack of banners at the top of the main window, kept in step with the session."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerArea")
        self.setAccessibleName(self.tr("Notices"))
        self._controller = controller
        self._forced_reason = ""
        self._error_text = ""  # the message banner's error, before what it says of changes kept (QA 26, h26e)
        self.read_only_banner = Banner("readonly", "readOnlyBanner", self.tr("Read-only project"), parent=self)
        self.notice_banner = Banner("notice", "noticeBanner", self.tr("Decision notice"), closable=True, parent=self)
        self._notice_dismissed = ""  # the notice text the user hid; shown again when the project is reopened
        self.notice_banner.dismissed.connect(lambda: setattr(self, "_notice_dismissed", self.notice_banner.text()))
        self.message_banner = Banner("error", "messageBanner", self.tr("Last error"), closable=True, parent=self)
        # QA 24: a restart after a crash said only "Opened ..."; say what happened and where to look
        self.recovery_banner = Banner("notice", "recoveryBanner", self.tr("Not closed properly"), closable=True,
                                      parent=self)
        self.marking_banner = Banner("marking", "markingBanner", self.tr("Protective marking"), parent=self)  # issue 5
        self.moved_banner = Banner("info", "movedBanner", self.tr("Project file renamed"), closable=True,
                                   parent=self)  # QA 24 item 7
        self.try_again_button = self.message_banner.add_button(
            "tryAgainButton", self.tr("Tr&y again"),
            self.tr("Saves the changes the project file refused, once the other program has finished with it."))
        self.try_again_button.clicked.connect(self._try_again)
        self._other_closed = False  # the window that held this read-only project closed it (h27e)
        self.open_for_editing_button = self.read_only_banner.add_button(
            "openForEditingButton", self.tr("Reopen for editin&g"),
            self.tr("Opens the project again here, for editing, now that the other window has closed it."))
        # clicked: connected by the window (FileFollower), which knows how to open a project
        self.message_banner.dismissed.connect(controller.drop_unsaved)
        controller.unsavedChanged.connect(self._on_unsaved)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        for b in (self.marking_banner, self.read_only_banner, self.notice_banner, self.recovery_banner,
                  self.moved_banner, self.message_banner):
            col.addWidget(b)
        controller.sessionReplaced.connect(self._on_session_replaced)
        controller.changed.connect(self._on_changed)
        controller.errorRaised.connect(self.show_error)
        controller.viewChanged.connect(self._on_view_changed)
        controller.fileMoved.connect(self._on_file_moved)
        self.refresh()

    def set_forced_read_only_reason(self, reason: str) -> None:
        """Reason shown when the application itself opened the project read-only."""
        self._forced_reason = reason
        self.refresh()

    def say_other_window_closed(self, closed: bool) -> None:
        """Offer to open the read-only project for editing, the window that held it having closed it (h27e)."""
        if closed != self._other_closed:
            self._other_closed = closed
            self.refresh()

    def _on_session_replaced(self) -> None:
        self._notice_dismissed = ""  # a project opened (again) shows its notice again
        self._other_closed = False
        self.moved_banner.show_text("")
        self.refresh()
        who = self._controller.session.not_closed_properly if self._controller.has_session else None
        self.recovery_banner.show_text(self.tr(
            "Counterweight did not close properly the last time this project was open (%1). Every change "
            "is saved as it is made, so each change that was accepted is in the file: View > History lists "
            "the last ones, and File > Restore from backup… offers the automatic backups.").replace("%1", who)
            if who else "")

    def refresh(self) -> None:
        """Update the notice and read-only banners from the current session."""
        self.message_banner.hide()
        self.open_for_editing_button.setVisible(self._controller.read_only and self._other_closed)
        if not self._controller.has_session:
            self.notice_banner.show_text("")
            self.read_only_banner.show_text("")
            self.marking_banner.show_text("")  # issue 5
            return
        self.marking_banner.show_text(self._controller.decision.marking)  # issue 5: protective marking
        notice = self._controller.decision.notice
        self.notice_banner.show_text("" if self._notice_dismissed and notice == self._notice_dismissed else notice)
        if self._controller.read_only:
            reason = self._forced_reason or engine_text(self._controller.session.read_only_reason)
            text = self.tr("Read-only: this project cannot be changed here.")
            way = "" if self._forced_reason else self.tr(  # what to do (QA 26, h26e)
                "To change it, continue in a copy with File > Save As…, or open it again from "
                "File > Open Recent once that is no longer so.")
            if self._other_closed and not self._forced_reason:  # h27e: the other window closed the project
                text, reason, way = self.tr("Read-only: the other window has closed this project, so it can now "
                                            "be opened here for editing."), "", ""
            self.read_only_banner.show_text(f"{text} {reason} {way}".strip())
        else:
            self.read_only_banner.show_text("")

    def _on_changed(self, changes: ChangeSet) -> None:
        self.message_banner.hide()
        if changes.touches(Part.INFO):
            self.refresh()

    def _on_file_moved(self, old: Path, new: Path) -> None:
        """Say once where the project file went, and that it is saved there now (QA pass 24, item 7)."""
        if self._controller.read_only:  # it would not open for writing there: the read-only banner says why
            self.refresh()
            return
        text = (self.tr("The project file was renamed to “%1”; Counterweight saves there now.").replace("%1", new.name)
                if new.parent == old.parent else
                self.tr("The project file was moved to “%1”; Counterweight saves there now.").replace("%1", str(new)))
        self.moved_banner.show_text(text)

    def _on_view_changed(self, _view: object) -> None:
        """An error about the view left is no longer current (QA pass 19); changes still to save stay told."""
        if self.try_again_button.isHidden():  # shown while edits the file refused wait to be saved
            self.message_banner.hide()

    def _on_unsaved(self, count: int) -> None:
        button = self.try_again_button
        button.setVisible(count > 0)
        button.setText(self.tr("Tr&y again") if count <= 1 else self.tr("Tr&y again (%n changes)", "", count))
        button.setAccessibleName(button.text().replace("&", ""))
        if self.message_banner.close_button is not None:
            self.message_banner.close_button.setAccessibleDescription(
                self.tr("Hides this message and drops the changes that were not saved.") if count
                else self.tr("Hides this message until the next problem."))
            # QA 26 (h26e): a sighted user was not told that the close button drops the changes kept
            self.message_banner.close_button.setToolTip(
                self.tr("Dismiss, and drop the changes that were not saved") if count
                else QCoreApplication.translate("Banner", "Dismiss"))  # the close button's own words
        if count and self._error_text:  # say the change is kept, and the ways to save it or drop it
            kept = self.tr("The change is kept in this window: Try again saves it, File > Save As… saves it in a "
                           "copy elsewhere, and ✕ drops it.") if count == 1 else self.tr(
                "The %n changes are kept in this window: Try again saves them, File > Save As… saves them in a "
                "copy elsewhere, and ✕ drops them.", "", count)
            self.message_banner.show_text(f"{self._error_text} {kept}")

    def _try_again(self) -> None:
        if self._controller.has_session:
            self._controller.try_again()

    def show_error(self, message: str) -> None:
        """Show an error message from an edit until dismissed or the next change."""
        self._error_text = message
        self.message_banner.show_text(message)
        announce(self, message, assertive=True)  # QA pass 30: spoken at once

    def announce(self, message: str) -> None:
        """Have a screen reader speak ``message``, shown elsewhere in the window (the status bar's)."""
        announce(self.window(), message)
