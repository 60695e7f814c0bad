"""A read-only view of a source's plain text, with linked passages shaded.

Positions in a Qt text document count UTF-16 code units, while the passages stored
in a decision index Python strings (code points). The two differ only after a
character outside the Basic Multilingual Plane (an emoji, some CJK extensions), and
:func:`qt_to_index` / :func:`index_to_qt` convert between them. The text is set
with ``setPlainText``: nothing in it is interpreted as markup or loaded.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from counterweight.ui.theme import current as current_theme  # issue 6: theme

#: Background of passages already linked to a score on a light palette (see counterweight.ui.theme "linked").
LINKED_SHADE = "#FCE9A6"


def _narrow(text: str) -> bool:
    return text.isascii() or all(ord(ch) < 0x10000 for ch in text)


def qt_to_index(text: str, pos: int) -> int:
    """A Qt text position (UTF-16 code units) as an index into the Python string ``text``."""
    if _narrow(text):
        return max(0, min(pos, len(text)))
    units = 0
    for i, ch in enumerate(text):
        if units >= pos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def index_to_qt(text: str, index: int) -> int:
    """A Python string index of ``text`` as a Qt text position (UTF-16 code units)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


class SourceTextView(QPlainTextEdit):
    """Shows one source's text read-only; the user selects passages with mouse or keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTabChangesFocus(True)
        self._text: str | None = None

    @property
    def source_text(self) -> str:
        return self._text or ""

    def show_text(self, text: str) -> None:
        """Show ``text`` (kept as is, selection kept, when it has not changed)."""
        if text != self._text:
            self.setPlainText(text)
            self._text = text

    def shade(self, spans: Iterable[tuple[int, int]]) -> None:
        """Shade the passages ``(start, end)`` (Python indexes into the text)."""
        fmt = QTextCharFormat()
        back, _edge, ink = current_theme().boxes["linked"]  # issue 6: readable on dark palettes too
        fmt.setBackground(back)
        fmt.setForeground(ink)
        selections = []
        text = self.source_text
        for start, end in spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(index_to_qt(text, start))
            cursor.setPosition(index_to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as ``(start, end)`` Python indexes into the text, or ``None``."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.source_text
        return qt_to_index(text, cursor.selectionStart()), qt_to_index(text, cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select characters ``start:end`` of the text."""
        text = self.source_text
        cursor = self.textCursor()
        cursor.setPosition(index_to_qt(text, start))
        cursor.setPosition(index_to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)


__all__ = ["LINKED_SHADE", "SourceTextView", "index_to_qt", "qt_to_index"]
