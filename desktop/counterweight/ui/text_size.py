"""Row heights and text boxes that grow with the system font size.

Qt's tables start every row at a style default (30 pixels with Fusion), whatever
the font; a user who enlarges the desktop font then gets clipped text. A table
given :func:`follow_font` instead sizes its rows from its font (text height plus a
padding) and, through :class:`counterweight.ui.theme.ThemeWatcher`, sizes them
again when the application font changes while the window is open
(:func:`refresh_row_heights`). Rows the user resized by hand keep their size.

:func:`lines_high` gives a text box the height of a number of lines of its font,
for the places that want a box of a set size.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QPlainTextEdit, QTableView, QTextEdit, QWidget

#: Dynamic property holding the padding (pixels around the text) of a table that follows the font.
ROW_PADDING_PROPERTY = "counterweightRowPadding"
#: Dynamic property holding the number of lines of a text box sized with :func:`lines_high`.
LINES_PROPERTY = "counterweightLines"


def row_height(view: QTableView, padding: int) -> int:
    """The height of one row of ``view``: its font's text height plus ``padding``."""
    return view.fontMetrics().height() + padding


def follow_font(view: QTableView, padding: int = 8) -> None:
    """Size ``view``'s rows from its font now and whenever the application font changes.

    Parameters
    ----------
    view
        Any table view (rows in ``Interactive`` or ``Fixed`` mode).
    padding
        Pixels added to the text height (cell margins, room for an icon).
    """
    view.setProperty(ROW_PADDING_PROPERTY, int(padding))
    view.verticalHeader().setDefaultSectionSize(row_height(view, padding))


def lines_high(edit: QPlainTextEdit | QTextEdit, lines: int, *, fixed: bool = True) -> None:
    """Make ``edit`` ``lines`` lines of its font high (fixed, or as a minimum), now and after font changes."""
    edit.setProperty(LINES_PROPERTY, int(lines) if fixed else -int(lines))
    _apply_lines(edit)


def _apply_lines(edit: QWidget) -> None:
    lines = int(edit.property(LINES_PROPERTY) or 0)
    if not lines or not isinstance(edit, (QPlainTextEdit, QTextEdit)):
        return
    margins = edit.contentsMargins()
    height = (edit.fontMetrics().lineSpacing() * abs(lines) + 2 * edit.frameWidth()
              + int(edit.document().documentMargin() * 2) + margins.top() + margins.bottom())
    if lines > 0:
        edit.setFixedHeight(height)
    else:
        edit.setMinimumHeight(height)


def refresh_row_heights(widgets: Iterable[QWidget]) -> int:
    """Re-size the rows of every font-following table and text box among ``widgets``; returns how many."""
    count = 0
    for w in widgets:
        padding = w.property(ROW_PADDING_PROPERTY)
        if isinstance(w, QTableView) and padding is not None:
            w.verticalHeader().setDefaultSectionSize(row_height(w, int(padding)))
            count += 1
        elif w.property(LINES_PROPERTY):
            _apply_lines(w)
            count += 1
    return count


__all__ = ["LINES_PROPERTY", "ROW_PADDING_PROPERTY", "follow_font", "lines_high", "refresh_row_heights", "row_height"]
