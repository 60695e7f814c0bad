"""Dialogs that open at the size their contents ask for, within the screen, at any text size.

QA pass 17 (1,366 x 768 screen, application font at 150 %) found dialogs opening at a fixed
pixel size too narrow for their tables, at their layout minimum (rows overlapping), or
taller than the screen (OK and Cancel out of reach). Three pieces, all measured from the
font and the screen at run time:

- :func:`screen_room` and :func:`fit_to_screen`: open at the contents' size hint, never
  larger than the screen's available area less a title bar and a frame;
- :class:`BodyScroll`: the part of a dialog above its buttons, in a scroll area that asks
  for its contents' full size but can shrink, so a tall form scrolls rather than pushing
  the buttons off the screen or over the fields;
- :func:`keep_name_column`: a table whose name column takes the spare width but never
  less than a number of average characters; the other columns fit their contents.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QHeaderView, QScrollArea, QTableView, QWidget

from counterweight.ui.widgets.fitting import give_name_column_the_rest

#: Lines of text kept free above a dialog for its title bar (and the window frame).
TITLE_LINES = 2
#: Lines of the body a dialog keeps in sight however small the screen.
MIN_BODY_LINES = 6


def screen_room(widget: QWidget) -> QSize:
    """The largest size a window of ``widget`` may take: the available screen less a title bar and frame.

    The screen is the one of ``widget``'s parent window when it has one (a dialog not yet
    shown is placed over its parent), else the primary screen. The reserve is
    :data:`TITLE_LINES` and a half lines of the widget's font high and one line wide, so
    it grows with the text size as a real title bar does.
    """
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else widget.screen()) or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (should not happen): do not cap
        return QSize(16_777_215, 16_777_215)
    room = screen.availableGeometry().size()
    line = widget.fontMetrics().height()
    # the frame takes about half a line around the window, the title bar TITLE_LINES lines
    return QSize(max(room.width() - line, 200), max(room.height() - TITLE_LINES * line - line // 2, 200))


def fit_to_screen(dialog: QWidget, at_least: QSize | None = None) -> QSize:
    """Resize ``dialog`` to its size hint (or ``at_least``, where larger), within :func:`screen_room`.

    Never below the dialog's minimum size hint or its own minimum size, unless the screen
    is smaller. Word-wrapped labels are given the height they need at the chosen width,
    and no more. Returns the new size.
    """
    layout = dialog.layout()
    for area in dialog.findChildren(BodyScroll):
        area.updateGeometry()  # its body may have grown since the layout last asked
    hint = dialog.sizeHint()
    if at_least is not None:
        hint = hint.expandedTo(at_least)
    room = screen_room(dialog)
    # a minimum the dialog set itself counts too, before the wrapped labels' height is measured at that width
    width = min(max(hint.width(), dialog.minimumSizeHint().width(), dialog.minimumWidth()), room.width())
    tall = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
    if tall >= 0:  # the height the layout needs at this width, not the hint's (made at a narrower width)
        asked = at_least.height() if at_least is not None else 0
        height = min(max(tall, asked, dialog.minimumSizeHint().height(), dialog.minimumHeight()), room.height())
    else:
        height = min(max(hint.height(), dialog.minimumSizeHint().height(), dialog.minimumHeight()), room.height())
    size = QSize(width, height)
    dialog.resize(size)
    return size


def fit_height(dialog: QWidget) -> None:
    """Give ``dialog`` the height its contents ask for, within the screen, and keep it on the screen.

    Qt opens a window at most two thirds of the screen high, and a layout's minimum
    undercounts wrapped notes. For a dialog whose body is a :class:`BodyScroll`, call it
    when shown and whenever what it shows may need more height (a note that wraps onto
    more lines, a list of problems): the body then scrolls only when the screen is too
    short, and the controls at its foot stay in sight otherwise (QA 22 item 15: the
    criterion dialog's breakpoint buttons went below its edge once a note grew). It
    shrinks the dialog only to fit the screen, so it does not jump about as the user works.
    """
    room = screen_room(dialog)
    for area in dialog.findChildren(BodyScroll):
        area.updateGeometry()  # the scrolled body may have grown since the layout last asked
    want = min(max(dialog.height(), dialog.sizeHint().height()), room.height())
    if dialog.height() != want or dialog.width() > room.width():
        dialog.resize(min(dialog.width(), room.width()), want)
    screen = dialog.screen()
    if screen is not None and dialog.isVisible():  # grown downwards past the screen's foot: move it up
        below = dialog.frameGeometry().bottom() - screen.availableGeometry().bottom()
        if below > 0:
            dialog.move(dialog.x(), max(screen.availableGeometry().top(), dialog.y() - below))


def grow_to_fit(dialog: QWidget) -> None:
    """Make an open ``dialog`` taller, within the screen, when what it shows now needs more height.

    For content that appears after opening (the AHP suggestions, say): wrapped labels get
    the lines they need at the dialog's width. Never shrinks it, so the dialog does not
    jump about as the user works.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        need = max(need, layout.totalHeightForWidth(dialog.width()))
    if need > dialog.height():
        dialog.resize(dialog.width(), min(need, screen_room(dialog).height()))


class BodyScroll(QScrollArea):
    """A frameless scroll area for a dialog's body: asks for the body's full size, scrolls when given less.

    Its minimum width is the body's (no sideways scrolling) and its minimum height
    :data:`MIN_BODY_LINES` lines, so the dialog's layout never squeezes the body's
    rows over one another: the body scrolls instead.

    Parameters
    ----------
    body
        The widget holding the dialog's fields; it becomes the scrolled widget.
    parent
        The dialog.
    """

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogBodyScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self.setWidget(body)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the body's wanted size changed: the dialog's layout asks again
        return super().eventFilter(watched, event)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint()
        if body.hasHeightForWidth():
            hint.setHeight(max(hint.height(), body.heightForWidth(hint.width())))
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        body = self.widget()
        width = body.minimumSizeHint().width() if body is not None else 0
        return QSize(width + self._bar(), MIN_BODY_LINES * self.fontMetrics().lineSpacing())


class _NameColumn(QObject):
    """Gives a table's name column the width the other columns leave, never less than a minimum."""

    def __init__(self, table: QTableView, column: int, chars: int) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._chars = chars
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)

    def minimum(self) -> int:
        return self._chars * self._table.fontMetrics().averageCharWidth() + 12

    def apply(self) -> None:
        if self._table.isVisible():  # not laid out yet: keep the width asked for
            give_name_column_the_rest(self._table, self._column, self.minimum())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._table and event.type() == QEvent.Type.FontChange:
            refit_columns(self._table)  # the other columns' contents changed width with the font
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False


def keep_name_column(table: QTableView, column: int = 0, chars: int = 24, *, cap_chars: int = 0) -> None:
    """Size ``table``'s columns so the name column stays readable.

    The name column takes whatever width the other columns leave, but never less than
    ``chars`` average characters (the table scrolls sideways on a screen too small).
    The other columns fit their contents, at most ``cap_chars`` average characters wide
    when ``cap_chars`` is set (their cells should carry tool tips with the full text).
    The table asks its layout for the width of all columns, so a dialog opening at its
    size hint shows them without scrolling where the screen allows.

    Call after the table is filled; call :func:`refit_columns` after refilling it.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for c in range(header.count()):
        if c != column:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    table.setProperty("counterweightCapChars", int(cap_chars))
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    keeper = _NameColumn(table, column, chars)
    table.setProperty("counterweightNameColumn", column)
    table._name_column_keeper = keeper  # type: ignore[attr-defined]  # kept alive with the table
    refit_columns(table)


def refit_columns(table: QTableView) -> None:
    """Fit the other columns of a :func:`keep_name_column` table to their contents again."""
    keeper: _NameColumn | None = getattr(table, "_name_column_keeper", None)
    if keeper is None:
        return
    header = table.horizontalHeader()
    cap = int(table.property("counterweightCapChars") or 0) * table.fontMetrics().averageCharWidth()
    for c in range(header.count()):
        if c == keeper._column or header.isSectionHidden(c):
            continue
        width = max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
        header.resizeSection(c, min(width, cap) if cap else width)
    # the width asked for: the names, up to twice the minimum; apply() then gives it the spare room
    content = max(table.sizeHintForColumn(keeper._column), header.sectionSizeHint(keeper._column))
    header.resizeSection(keeper._column, max(min(content, 2 * keeper.minimum()), keeper.minimum()))
    table.updateGeometry()
    keeper.apply()


__all__ = ["BodyScroll", "MIN_BODY_LINES", "TITLE_LINES", "fit_height", "fit_to_screen", "grow_to_fit", "keep_name_column", "refit_columns",
           "screen_room"]
