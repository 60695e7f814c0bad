"""Widgets and sizing helpers that let a narrow analysis column hold large text.

Session 17 (1,366 x 768 screen, application font at 150 %): the analysis column is
about 360 pixels wide, and a long button caption or a table whose columns shared the
width equally pushed the page sideways or cut every number to "…". The helpers here
take their sizes from the widget's own font:

* :class:`ElidingButton` (and :class:`ElidingCheckBox`) shortens its caption with "…" when the column is narrower
  than the caption (the whole caption is the tooltip and the accessible name), so it
  never sets the page's minimum width;
* :func:`cap_row_names` keeps a table's row headers (option names) to a few words;
* :func:`fit_name_column` sizes the number columns of a table to their contents and
  gives the name column what is left, never less than a few characters; the name is
  then elided (its tooltip holds it whole) and the table scrolls sideways on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QTableView,
    QWidget,
)

#: Characters of a caption or a name that stay readable however narrow the column is.
MIN_CHARS = 8


class _ElidingCaption:
    """Shared by :class:`ElidingButton` and :class:`ElidingCheckBox`: a caption cut with "…" to the width."""

    _CONTENTS = QStyle.ContentsType.CT_PushButton
    _CONTROL = QStyle.ControlElement.CE_PushButton

    def _init_eliding(self) -> None:
        self._own_tip = ""
        # a button's width policy (Minimum) never lets a layout make it narrower than its caption
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As high as the button, as wide as :data:`MIN_CHARS` characters (or the caption, if shorter)."""
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * MIN_CHARS + self._chrome_width()
        return QSize(min(hint.width(), least), hint.height())

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt API
        """Keep ``text`` as the button's own tooltip (the whole caption comes first while it is cut)."""
        self._own_tip = text
        super().setToolTip(text)

    def _chrome_width(self) -> int:
        """The button's width around its caption (bevel, check box and padding), from the style."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        return self.style().sizeFromContents(self._CONTENTS, option, QSize(0, 0), self).width()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the button with its caption elided to the room it has."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.width() - self._chrome_width()
        if not option.icon.isNull():
            room -= option.iconSize.width() + 4
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(room, 0),
                                              int(Qt.TextFlag.TextShowMnemonic))
        option.text = shown
        caption = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        tip = "\n".join(t for t in (caption if shown != self.text() else "", self._own_tip) if t)
        if super().toolTip() != tip:
            super().setToolTip(tip)
        QStylePainter(self).drawControl(self._CONTROL, option)


class ElidingButton(_ElidingCaption, QPushButton):
    """A push button whose caption is elided with "…" when the button is narrower than it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._init_eliding()


class ElidingCheckBox(_ElidingCaption, QCheckBox):
    """A check box whose caption is elided with "…" when the box is narrower than it."""

    _CONTENTS = QStyle.ContentsType.CT_CheckBox
    _CONTROL = QStyle.ControlElement.CE_CheckBox

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._init_eliding()


def give_name_column_the_rest(table: QTableView, name_column: int, least: int) -> None:
    """Give ``name_column`` the width the other (shown) columns leave in the view, never less than ``least``.

    The one rule behind :func:`fit_name_column` (analysis panels) and
    :func:`counterweight.ui.dialogs.dialog_fit.keep_name_column` (dialogs): they differ only in
    how the other columns are sized and in the least width.
    """
    header = table.horizontalHeader()
    others = sum(header.sectionSize(c) for c in range(header.count())
                 if c != name_column and not header.isSectionHidden(c))
    width = max(least, table.viewport().width() - others)
    if header.sectionSize(name_column) != width:
        header.resizeSection(name_column, width)


def fit_name_column(table: QTableView, name_column: int = 0) -> None:
    """Size every column but ``name_column`` to its contents; the name column takes the rest of the width.

    The name column keeps at least :data:`MIN_CHARS` characters (or its own contents, if
    narrower), so in a narrow view the table scrolls sideways rather than cutting the
    numbers; names too long for it are elided by the view.
    """
    header = table.horizontalHeader()
    if table.model() is None or header.count() == 0:
        return
    for column in range(header.count()):
        if column != name_column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Interactive)
    full = max(table.sizeHintForColumn(name_column), header.sectionSizeHint(name_column))
    give_name_column_the_rest(table, name_column,
                              min(full, table.fontMetrics().averageCharWidth() * MIN_CHARS + 2 * table.frameWidth()))


def cap_row_names(table: QTableView, chars: int = 2 * MIN_CHARS) -> None:
    """Keep ``table``'s row headers (the names) to about ``chars`` characters; longer names are elided.

    The cells (numbers, scores) then keep the rest of a narrow view's width.
    """
    header = table.verticalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setMaximumWidth(header.fontMetrics().averageCharWidth() * chars + 2 * header.frameWidth()
                           + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) * 2)


class NameColumnFitter(QObject):
    """Calls :func:`fit_name_column` again whenever ``table`` changes width."""

    def __init__(self, table: QTableView, name_column: int = 0) -> None:
        super().__init__(table)
        self._table = table
        self._column = name_column
        table.installEventFilter(self)

    def fit(self) -> None:
        """Size the table's columns now (after a new fill)."""
        fit_name_column(self._table, self._column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._table and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)


__all__ = ["MIN_CHARS", "ElidingButton", "ElidingCheckBox", "NameColumnFitter", "cap_row_names", "fit_name_column",
           "give_name_column_the_rest"]
