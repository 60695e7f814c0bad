"""The in-app user guide: the shipped Markdown in a browser that never leaves it.

The guide (``resources/help/user-guide.md``) is shown with ``QTextBrowser.setMarkdown``.
:class:`GuideBrowser` refuses every resource the text might point at (images, style
sheets, other files, network addresses): Counterweight is offline and a help page must
not read local files either. Links inside the guide (``#section``) jump to headings;
any other link is ignored. A search box finds text, wrapping round at the end.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from counterweight.locations import resources_dir
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.dialogs.dialog_fit import fit_to_screen

GUIDE_FILE = ("help", "user-guide.md")
#: The guide opens GUIDE_LINES lines of its font high (672 pixels at 9 pt) and GUIDE_CHARS average
#: characters wide (a comfortable line), but no narrower than GUIDE_MIN_WIDTH pixels; never larger than
#: the screen less a title bar (QA pass 20: a fixed 760 x 680 ran off a 911 x 512 screen at 150 %).
GUIDE_LINES, GUIDE_CHARS, GUIDE_MIN_WIDTH = 48, 84, 760


def slug(title: str) -> str:
    """The anchor of a heading, as GitHub writes it: lower case, punctuation dropped, spaces as ``-``."""
    text = re.sub(r"[^\w\s-]", "", title.strip().lower())
    return re.sub(r"\s", "-", text)


def guide_text() -> str:
    """The user guide's Markdown (a short note if the file is missing)."""
    path = resources_dir().joinpath(*GUIDE_FILE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return "# User guide\n\nThe user guide is missing from this installation."


class GuideBrowser(QTextBrowser):
    """A text browser that loads nothing from outside the text and follows only ``#anchor`` links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # URLs asked for and refused (for tests and logging)
        self._headings: dict[str, int] = {}
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt API
        """Refuse every resource: nothing is read from disk or the network."""
        if url.toString() not in self.refused:
            self.refused.append(url.toString())
        return None

    def set_guide(self, markdown: str) -> None:
        """Show ``markdown`` and index its headings by :func:`slug`."""
        self.setMarkdown(markdown)
        self._colour_links()
        self._room_below()
        self._headings.clear()
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                self._headings.setdefault(slug(block.text()), block.position())
            block = block.next()

    def _room_below(self) -> None:
        """Blank space after the text, a view high, so even the last sections' headings can reach the top
        (QA pass 20: Keyboard and Appearance opened part-way down the window)."""
        root = self.document().rootFrame()
        frame = root.frameFormat()
        room = max(0, self.viewport().height() - 3 * self.fontMetrics().lineSpacing())
        if frame.bottomMargin() != room:
            frame.setBottomMargin(room)
            root.setFrameFormat(frame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._room_below()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_links()

    def _colour_links(self) -> None:
        """Draw the links in this browser's link colour (h26d).

        The Markdown reader writes the *application* palette's link colour into the text, so
        Qt's default blue stayed on a dark window (about 2:1) although the theme gives text
        boxes a readable link colour (:func:`counterweight.ui.theme.class_palette_fixes`).
        """
        colour = self.palette().color(QPalette.ColorRole.Link)
        document = self.document()
        spans = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                part = it.fragment()
                if part.isValid() and part.charFormat().isAnchor() and part.charFormat().foreground().color() != colour:
                    spans.append((part.position(), part.length()))
                it += 1
            block = block.next()
        if not spans:
            return
        ink = QTextCharFormat()
        ink.setForeground(colour)
        cursor = QTextCursor(document)
        for start, length in spans:
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(ink)

    def sections(self) -> list[str]:
        """The anchors of every heading, in order."""
        return list(self._headings)

    def go_to(self, anchor: str) -> bool:
        """Scroll so the heading ``anchor`` is at the top; ``False`` if there is no such heading."""
        position = self._headings.get(anchor.lstrip("#"))
        if position is None:
            return False
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # to the very end first (blank room included), so the heading ends up at the top
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _on_anchor(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.go_to(url.fragment())
        else:
            self.refused.append(url.toString())


class HelpDialog(QDialog):
    """The user guide, with a search box; not modal, so it can stay open beside the work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Counterweight user guide"))
        self.setAccessibleName(self.windowTitle())
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setAccessibleDescription(self.tr("The user guide; links jump to its sections"))
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setAccessibleDescription(self.tr("Type a word and press Enter to find it in the guide"))
        self.search.setPlaceholderText(self.tr("Search the guide (Enter finds the next match)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        find = QPushButton(self.tr("&Find next"), self)
        find.setObjectName("helpFindNext")
        find.setAccessibleName(self.tr("Find next"))
        find.setAccessibleDescription(self.tr("Moves to the next place the search word appears"))
        find.clicked.connect(self.find_next)
        contents = QPushButton(self.tr("&Contents"), self)
        contents.setObjectName("helpContents")
        contents.setAccessibleName(self.tr("Back to the contents"))
        contents.setAccessibleDescription(self.tr("Returns to the top of the guide"))
        contents.clicked.connect(self.show_contents)
        self.status = QLabel(self)
        self.status.setObjectName("helpStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the word searched for
        speak_shown_text(self.status, self.tr("Search result"), self.tr("Says whether the search word was found"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(find)
        bar.addWidget(contents)
        col = QVBoxLayout(self)
        col.addLayout(bar)
        col.addWidget(self.browser, 1)
        col.addWidget(self.status)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.browser.set_guide(guide_text())
        metrics = self.fontMetrics()
        fit_to_screen(self, QSize(max(GUIDE_MIN_WIDTH, GUIDE_CHARS * metrics.averageCharWidth()),
                                  GUIDE_LINES * metrics.height()))

    def show_contents(self) -> None:
        """Go back to the top of the guide (its title and contents)."""
        sections = self.browser.sections()
        if sections:
            self.browser.go_to(sections[0])
        self.status.clear()

    def show_topic(self, topic: str) -> bool:
        """Open the guide at the section ``topic`` (a heading's anchor)."""
        found = self.browser.go_to(topic)
        self.status.setText("" if found else self.tr("No section “{0}” in the guide.").format(topic))
        return found

    def find_next(self) -> bool:
        """Select the next match of the search text, wrapping round to the start once."""
        text = self.search.text().strip()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        self.status.setText("" if found else self.tr("“{0}” is not in the guide.").format(text))
        return found


__all__ = ["GuideBrowser", "HelpDialog", "guide_text", "slug"]
