"""Positions in the source text view against what Qt's setPlainText really does.

The oracle is Qt itself: the position of raw index ``i`` in the document is the
length of the document made from ``text[:i]`` (setPlainText reads left to right and
only looks one character ahead, for the "\\n" of "\\r\\n"), and the characters Qt
shows between two positions are read back with a QTextCursor.
"""

from __future__ import annotations

from itertools import product

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from counterweight.ui.widgets.source_text_view import SourceTextView, index_to_qt, qt_to_index

pytestmark = pytest.mark.qt

#: Characters Qt turns into a paragraph separator (U+2029) in the document.
_SEPARATORS = ("\r\n", "\r", "\n", "\u2029", "\ufdd0", "\ufdd1")


def _qt_length(doc: QTextDocument, text: str) -> int:
    doc.setPlainText(text)
    return doc.characterCount() - 1  # less the document's closing separator


def _as_qt_shows(raw: str) -> str:
    """``raw`` as QTextCursor.selectedText() returns it: each line end one U+2029."""
    for sep in _SEPARATORS:
        raw = raw.replace(sep, "\u2029")
    return raw


def _qt_slice(doc: QTextDocument, start: int, end: int) -> str:
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _texts() -> list[str]:
    letters = ("a", "\r", "\n", "\U0001F600", "\u2029", "\f")
    texts = ["".join(p) for n in range(1, 5) for p in product(letters, repeat=n)]
    texts += ["Line\u2028break\r\nnext", "tab\there\vthere\x00nul\r\n", "frame\ufdd0in\ufdd1out\r\n\r",
              "\r\r\n\n\r\U0001D11E\r\n\U0001F600x", "\u00e9\u0301 \u03a9\r\n\u4e2d\U00020000\r\n"]
    return texts


def test_positions_match_what_qt_does_with_every_kind_of_line_end(qapp) -> None:
    """Windows, old Mac and Unicode line ends, form feeds and emoji, alone and mixed."""
    doc = QTextDocument()
    for text in _texts():
        qt_pos = [_qt_length(doc, text[:i]) for i in range(len(text) + 1)]
        assert [index_to_qt(text, i) for i in range(len(text) + 1)] == qt_pos, repr(text)
        doc.setPlainText(text)
        for i in range(len(text) + 1):
            back = qt_to_index(text, qt_pos[i])
            # the one index with no position of its own lies inside a "\r\n": it maps past the "\n"
            assert back == (i + 1 if text[i - 1:i + 1] == "\r\n" else i), (repr(text), i)
            for j in range(i, len(text) + 1):
                shown = _qt_slice(doc, qt_pos[i], qt_pos[j])
                if text[i - 1:i + 1] != "\r\n" and text[j - 1:j + 1] != "\r\n":
                    assert shown == _as_qt_shows(text[i:j]), (repr(text), i, j)


def test_every_qt_position_maps_to_an_index_and_back(qapp) -> None:
    doc = QTextDocument()
    for text in _texts():
        length = _qt_length(doc, text)
        for pos in range(length + 1):
            if pos and "\ud800" <= doc.characterAt(pos - 1) <= "\udbff":
                continue  # inside a surrogate pair: the arrow keys and the mouse never stop there
            assert index_to_qt(text, qt_to_index(text, pos)) == pos, (repr(text), pos)


def test_selection_and_shading_with_windows_line_ends(qtbot) -> None:
    """What the user selects is the passage returned, and a passage shades its own words."""
    text = "Line one\r\nLine two \U0001F600\r\n\rTroops are gathering near the border.\r\nEnd."
    view = SourceTextView()
    qtbot.addWidget(view)
    view.show_text(text)
    shown = view.toPlainText()
    at = shown.index("Troops")
    cursor = view.textCursor()
    cursor.setPosition(at + len("\U0001F600"))  # Qt counts the emoji twice
    cursor.setPosition(cursor.position() + len("Troops are gathering"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert cursor.selectedText() == "Troops are gathering"
    start, end = view.selected_range()  # type: ignore[misc]
    assert text[start:end] == "Troops are gathering"

    view.shade([(start, end), (0, len("Line one\r\n"))])
    shaded = [sel.cursor.selectedText() for sel in view.extraSelections()]
    assert shaded == ["Troops are gathering", "Line one\u2029"]
    view.select_range(text.index("border"), text.index("border") + len("border"))
    assert view.textCursor().selectedText() == "border"
    assert view.selected_range() == (text.index("border"), text.index("border") + len("border"))
