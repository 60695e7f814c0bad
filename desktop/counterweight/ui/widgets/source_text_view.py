"""A read-only view of a source's plain text, with linked passages shaded.

The passages stored in a decision index the source's text as a Python string (code
points). A Qt text document counts positions differently, in two ways, both measured
with ``QTextDocument.setPlainText`` (Qt 6):

* a character outside the Basic Multilingual Plane (an emoji, some CJK extensions)
  takes two positions (a UTF-16 surrogate pair);
* a Windows line end ``"\\r\\n"`` becomes a single paragraph separator, one position.

Every other character takes exactly one position: a lone ``"\\r"`` (old Mac line end),
``"\\n"``, U+2029 and the noncharacters U+FDD0/U+FDD1 each become one paragraph
separator; U+2028, form feed, vertical tab, tab and NUL are kept as they are.
:func:`qt_to_index` / :func:`index_to_qt` convert between the two counts; the stored
text is never changed. The text is set with ``setPlainText``: nothing in it is
interpreted as markup or loaded.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from counterweight.ui.theme import current as current_theme  # issue 6: theme

#: Background of passages already linked to a score on a light palette (see counterweight.ui.theme "linked").
LINKED_SHADE = "#FCE9A6"


@lru_cache(maxsize=8)
def _offsets(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where ``text`` and its Qt document disagree on positions.

    Returns the indexes of characters that take two Qt positions (outside the BMP)
    and the indexes of the ``"\\n"`` of each ``"\\r\\n"`` pair, which takes none
    (Qt turns the pair into one separator; the ``"\\r"`` carries its position).
    """
    wide = tuple(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF) if not text.isascii() else ()
    folded: list[int] = []
    at = text.find("\r\n")
    while at >= 0:
        folded.append(at + 1)
        at = text.find("\r\n", at + 2)
    return wide, tuple(folded)


def index_to_qt(text: str, index: int) -> int:
    """A Python string index of ``text`` as a position in the Qt document showing it.

    An index between the ``"\\r"`` and ``"\\n"`` of a Windows line end maps to the
    position after the separator Qt shows for the pair.
    """
    index = max(0, min(index, len(text)))
    wide, folded = _offsets(text)
    return index + bisect_left(wide, index) - bisect_left(folded, index)


def qt_to_index(text: str, pos: int) -> int:
    """A position in the Qt document showing ``text`` as an index into the Python string.

    The inverse of :func:`index_to_qt`: the first index at or after ``pos``, where a
    position after a Windows line end maps past both its characters, and a position
    inside a surrogate pair (never a cursor stop) maps past the character.
    """
    wide, folded = _offsets(text)
    if not wide and not folded:
        return max(0, min(pos, len(text)))
    lo, hi = 0, len(text)
    while lo < hi:  # the smallest index whose Qt position is at least ``pos``
        mid = (lo + hi) // 2
        if index_to_qt(text, mid) < pos:
            lo = mid + 1
        else:
            hi = mid
    at = bisect_left(folded, lo)
    if at < len(folded) and folded[at] == lo:
        lo += 1  # the "\n" of a Windows line end: the whole line end lies before ``pos``
    return lo


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
