"""File > Set brief author…: the name a brief prints as "Prepared by" (QA 25 item 10).

Briefs printed "Prepared by root": the operating-system account. The user can now type
the name to print; it is kept in this computer's settings (not in the project, which
several people may share) and used for every brief and print until changed. Left empty,
the brief prints the account holder's full name and account, as the system records them
(:func:`counterweight.services.workspace.person_name`). The project's history keeps
recording the account, which is what the system can vouch for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from counterweight.domain.wording import one_line
from counterweight.services.briefing import MAX_PREPARED_BY_CHARS
from counterweight.services.workspace import person_name

#: Where the name is kept in the window settings file.
SETTINGS_KEY = "brief/preparedBy"


def stored_author(settings: QSettings | None) -> str | None:
    """The name typed for briefs, or ``None`` to print the account holder's name."""
    if settings is None:
        return None
    name = one_line(str(settings.value(SETTINGS_KEY, "") or ""))
    return name[:MAX_PREPARED_BY_CHARS] or None


def store_author(settings: QSettings | None, name: str) -> str | None:
    """Keep ``name`` (cleaned to one line; '' forgets it); returns what is kept, ``None`` for the default."""
    clean = one_line(name)[:MAX_PREPARED_BY_CHARS]
    if settings is not None:
        if clean:
            settings.setValue(SETTINGS_KEY, clean)
        else:
            settings.remove(SETTINGS_KEY)
        settings.sync()
    return clean or None


def author_dialog(settings: QSettings | None, parent: QWidget | None) -> QInputDialog:
    """The question, filled with the name kept so far (not shown: the caller runs it)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("briefAuthorDialog")
    translate = QCoreApplication.translate
    dialog.setWindowTitle(translate("BriefAuthor", "Brief author"))
    default = person_name() or translate("BriefAuthor", "(unknown)")
    dialog.setLabelText(translate(
        "BriefAuthor", "Name printed as \"Prepared by\" on every brief from this computer. Leave it empty "
        "to print the account's name: {0}.").format(default))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(stored_author(settings) or "")
    dialog.setAccessibleName(translate("BriefAuthor", "Brief author"))
    for edit in dialog.findChildren(QLineEdit):
        edit.setMaxLength(MAX_PREPARED_BY_CHARS)
        edit.setAccessibleName(translate("BriefAuthor", "Name printed as Prepared by"))
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.resize(460, dialog.sizeHint().height())
    return dialog


__all__ = ["SETTINGS_KEY", "author_dialog", "store_author", "stored_author"]
