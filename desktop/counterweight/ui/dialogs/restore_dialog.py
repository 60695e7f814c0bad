"""Dialogs for automatic backups: the offer after a failed open, and the list of backups.

* :func:`ask_restore` says in plain words what is wrong with a project file and
  offers "Restore backup from <date> (N entries)", "Open another file…" or
  "Cancel". For a file from a newer Counterweight the advice is to use that
  version; restoring an older backup is only the second choice there.
* :class:`BackupListDialog` lists a project's backups (newest first) for
  File > Restore from backup…, each with what it holds (options, criteria, its last
  change), and the files earlier restores put aside (QA pass 24: so a restore can
  itself be undone from there).

The technical message of the error stays available under "Show Details…"; no
traceback is ever shown.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from counterweight.services.backups import BackupInfo, OpenProblem, RestoreOffer
from counterweight.services.history_phrases import action_phrase, target_phrase
from counterweight.ui.dialogs.dialog_fit import fit_to_screen
from counterweight.ui.engine_text import engine_text
from counterweight.ui.i18n import window_locale

translate = QCoreApplication.translate


class RestoreChoice(enum.Enum):
    """What the user chose in the restore offer."""

    RESTORE = "restore"
    OPEN_OTHER = "open other"
    CANCEL = "cancel"


#: Object names of the offer's buttons and what each means.
_CHOICES = {"restoreBackupButton": RestoreChoice.RESTORE, "openOtherButton": RestoreChoice.OPEN_OTHER}


def backup_time(info: BackupInfo) -> str:
    """When the backup was made, in local time: ``2026-11-27 20:18:20``.

    The app's date style, as the History writes it (QA pass 19: the locale's short format
    read "27 11 2026" in some locales); the seconds tell apart backups made a minute apart.
    """
    local = QDateTime.fromMSecsSinceEpoch(int(info.created.timestamp() * 1000)).toLocalTime()
    return local.toString("yyyy-MM-dd HH:mm:ss")


def entries_text(info: BackupInfo) -> str:
    """``"1 entry"``, ``"12 entries"``, or a phrase when the history cannot be read."""
    if info.entries is None:
        return translate("RestoreDialog", "history unreadable")
    if info.entries == 1:
        return translate("RestoreDialog", "1 entry")
    n = info.entries  # lupdate skips a plural whose count is an attribute (info.entries)
    return translate("RestoreDialog", "%n entries", "", n)


def _options_text(n: int | None) -> str:
    """``"1 option"``, ``"6 options"``, or ``""`` when not known."""
    if n is None:
        return ""
    return translate("RestoreDialog", "1 option") if n == 1 else translate("RestoreDialog", "%n options", "", n)


def _criteria_text(n: int | None) -> str:
    """``"1 criterion"``, ``"9 criteria"``, or ``""`` when not known."""
    if n is None:
        return ""
    return translate("RestoreDialog", "1 criterion") if n == 1 else translate("RestoreDialog", "%n criteria", "", n)


#: Longest part of a backup's last change shown in the list (the rest is in the tooltip).
_CHANGE_CHARS = 70


def contents_text(info: BackupInfo) -> str:
    """What a backup holds, in one line: ``6 options, 9 criteria; last change: Set score (score A × B)``."""
    parts = [t for t in (_options_text(info.options), _criteria_text(info.criteria)) if t]
    text = ", ".join(parts)
    if info.last_action:
        change = engine_text(action_phrase(info.last_action))
        if info.last_target:
            change += f" ({engine_text(target_phrase(info.last_target))})"
        if len(change) > _CHANGE_CHARS:
            change = change[: _CHANGE_CHARS - 1].rstrip() + "\u2026"
        text = translate("RestoreDialog", "%1; last change: %2").replace("%1", text).replace("%2", change) \
            if text else translate("RestoreDialog", "last change: %1").replace("%1", change)
    return text


def backup_label(info: BackupInfo) -> str:
    """The backup's first line in the list: when, or which restore it undoes; entries and size."""
    size = window_locale().formattedDataSize(info.size)  # h27b: the window's language
    if info.replaced:
        when = translate("RestoreDialog", "The file as it was before you restored on %1").replace(
            "%1", backup_time(info))
    else:
        when = backup_time(info)
    return f"{when} \u2014 {entries_text(info)} \u2014 {size}"


def _problem_text(problem: OpenProblem, name: str) -> str:
    if problem is OpenProblem.DAMAGED:
        text = translate("RestoreDialog", "\u201c%1\u201d is damaged, so Counterweight cannot open it.")
    elif problem is OpenProblem.NOT_A_PROJECT:
        text = translate("RestoreDialog", "\u201c%1\u201d is not a Counterweight project any more: it may have "
                         "been overwritten by another program.")
    elif problem is OpenProblem.TOO_NEW:
        text = translate("RestoreDialog", "\u201c%1\u201d was saved by a newer version of Counterweight. Open it "
                         "with that newer version; the file itself is not damaged.")
    elif problem is OpenProblem.MISSING:
        text = translate("RestoreDialog", "\u201c%1\u201d no longer exists.")
    else:
        text = translate("RestoreDialog", "Counterweight cannot open \u201c%1\u201d.")
    return text.replace("%1", name)


def _offer_text(offer: RestoreOffer) -> str:
    if offer.problem is OpenProblem.TOO_NEW:
        text = translate("RestoreDialog", "If you cannot get the newer version, you can restore the automatic "
                         "backup from %1 (%2) instead. It will not hold the changes made since then, and the "
                         "current file is kept beside it under another name.")
    elif offer.problem is OpenProblem.MISSING:
        text = translate("RestoreDialog", "Counterweight has an automatic backup of it from %1 (%2), which can "
                         "be put back in its place.")
    else:
        text = translate("RestoreDialog", "Counterweight keeps automatic backups of your projects. The newest "
                         "one of this project is from %1 (%2). Restoring it puts that copy in place; the damaged "
                         "file is kept beside it under another name, so nothing is deleted.")
    return text.replace("%1", backup_time(offer.backup)).replace("%2", entries_text(offer.backup))


def _button(box: QMessageBox, text: str, role: QMessageBox.ButtonRole, name: str, description: str) -> QAbstractButton:
    button = box.addButton(text, role)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.setAccessibleDescription(description)
    return button


def build_restore_box(parent: QWidget | None, offer: RestoreOffer, title: str = "") -> QMessageBox:
    """The restore offer as a message box (not shown); :func:`ask_restore` runs it."""
    name = offer.path.name
    box = QMessageBox(parent)
    box.setObjectName("restoreOfferBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name shows as it is
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("RestoreDialog", "Could not open %1").replace("%1", name))
    box.setText(_problem_text(offer.problem, name))
    box.setInformativeText(_offer_text(offer))
    details = [engine_text(offer.error.message), offer.error.where, offer.error.detail]
    box.setDetailedText("\n".join(d for d in details if d))
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())
    too_new = offer.problem is OpenProblem.TOO_NEW
    if too_new:  # the file is sound: restoring is only the second choice
        label = translate("RestoreDialog", "Restore older backup from %1 (%2)")
    else:
        label = translate("RestoreDialog", "Restore backup from %1 (%2)")
    label = label.replace("%1", backup_time(offer.backup)).replace("%2", entries_text(offer.backup))
    accept, action = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.ActionRole
    restore = _button(box, label, action if too_new else accept, "restoreBackupButton",
                      translate("RestoreDialog", "Put the automatic backup in place of this file and open it"))
    other = _button(box, translate("RestoreDialog", "Open another file\u2026"), accept if too_new else action,
                    "openOtherButton", translate("RestoreDialog", "Choose a different project file to open"))
    cancel = _button(box, translate("RestoreDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole,
                     "cancelRestoreButton", translate("RestoreDialog", "Leave the file as it is"))
    box.setDefaultButton(other if too_new else restore)  # type: ignore[arg-type]
    box.setEscapeButton(cancel)
    return box


def ask_restore(parent: QWidget | None, offer: RestoreOffer, title: str = "") -> RestoreChoice:
    """Show the restore offer (modal) and return the user's choice."""
    box = build_restore_box(parent, offer, title)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return _CHOICES.get(name, RestoreChoice.CANCEL)


class BackupListDialog(QDialog):
    """Lists a project's automatic backups, newest first, and lets the user pick one.

    Parameters
    ----------
    backups
        The backups, newest first.
    project_name
        The project file's name, for the explanation.
    parent
        The parent widget.
    """

    def __init__(self, backups: list[BackupInfo], project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupListDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.windowTitle())
        self._backups = list(backups)
        intro = QLabel(self.tr(
            "Automatic backups of \u201c%1\u201d, newest first, with the files earlier restores set aside. "
            "Restoring one replaces the project with it; the current file is kept beside it under another "
            "name, and is listed here next time.").replace("%1", project_name), self)
        intro.setObjectName("backupIntro")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setAccessibleDescription(self.tr("Each item gives when the backup was made (or which restore "
                                                   "it undoes), how many history entries it holds, its size, "
                                                   "and what it holds"))
        self.list.setAlternatingRowColors(True)  # each backup takes two lines: tell them apart
        for info in self._backups:
            held = contents_text(info)
            item = QListWidgetItem(backup_label(info) + (f"\n    {held}" if held else ""), self.list)
            item.setToolTip(str(info.path))
        self.list.setCurrentRow(0 if self._backups else -1)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("backupButtons")
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreSelectedButton")
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.restore_button.setAccessibleDescription(self.tr("Replace the project with the selected backup"))
        self.restore_button.setEnabled(bool(self._backups))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Close without restoring"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.list, 1)
        col.addWidget(self.buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)
        # QA 17: as wide as the longest line at this font (the size was cut at 150 %), within the screen
        margins = col.contentsMargins()
        lines = (self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
                 + self.list.verticalScrollBar().sizeHint().width() + margins.left() + margins.right())
        fit_to_screen(self, QSize(lines, 0))

    def selected_backup(self) -> BackupInfo | None:
        """The backup picked in the list, or ``None``."""
        row = self.list.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None


__all__ = ["BackupListDialog", "RestoreChoice", "ask_restore", "backup_label", "backup_time", "build_restore_box",
           "contents_text", "entries_text"]
