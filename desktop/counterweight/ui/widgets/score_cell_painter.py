"""Score-matrix cells drawn with a few painter calls instead of Qt's item style (issue 6, session 23).

Qt paints every table cell through :class:`QStyledItemDelegate`: it asks the model for
seven roles, fills a style option, and the style lays the text out again (a new
:class:`QTextLayout` per cell), checks whether it must be elided, and draws the
background, the marker and the text. On a page of a 1,000 x 60 matrix that is most of a
scroll step (docs/performance.md, "The scroll step, drawn directly").

:class:`CellPainter` draws the common cell (enabled, not selected, not current with
focus, not under the mouse, not being edited, left to right) from the model's one cached
tuple per cell (:data:`~counterweight.ui.models.score_text.CellPaintRole`): a
``fillRect`` for the background, the marker's own ``QIcon.paint`` and the text as glyph
runs laid out once per distinct text. Where the style puts the marker and the text
(margins, icon size, vertical centring) is asked of the style once per cell size and
kept, and the text goes where the style would put it, so the picture is the same pixel
for pixel (``tests/ui/test_score_cell_painter.py`` compares the two). Every other cell
(selected, focused, hovered, edited, right to left, text that would be elided, a style
other than Fusion, whose item drawing this follows) returns ``False`` and is left to the
style, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, QRect, Qt
from PySide6.QtGui import QFont, QGlyphRun, QPainter, QTextLayout
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

#: Styles whose item drawing (``QCommonStyle``'s CE_ItemViewItem) the direct path follows.
DIRECT_STYLES = frozenset({"QFusionStyle"})
#: Distinct cell texts whose glyphs are kept; past this many the cache starts afresh.
TEXT_CACHE_LIMIT = 4096

_S = QStyle.StateFlag
#: States left to the style: the direct path draws a cell only when, of these, it is just enabled.
_STATES = (_S.State_Selected | _S.State_HasFocus | _S.State_MouseOver | _S.State_Editing | _S.State_Enabled).value
_PLAIN = _S.State_Enabled.value
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight.value)
#: Changes of the view after which the kept layout is worked out again.
_RELAYOUT = frozenset((QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange))

#: Where the parts of a cell of one size go, relative to its top-left corner: the text's left
#: edge, room and top, the marker's rectangle and alignment; ``None``: leave such cells to the style.
Layout = tuple[int, int, int, int, int, int, int, Qt.AlignmentFlag] | None


class CellPainter(QObject):
    """Draws score cells directly; :meth:`paint` says whether it did.

    Parameters
    ----------
    view
        The table whose cells are painted (its font, style and direction are followed).
    cell
        ``cell(row, column)``: the cell's paint tuple (see :data:`CellPaintRole`), or ``None``.
    init_option
        The delegate's ``initStyleOption``, used once per cell size to ask the style for the layout.
    """

    def __init__(self, view: QWidget, cell: Callable[[int, int], tuple[Any, ...] | None],
                 init_option: Callable[[QStyleOptionViewItem, QModelIndex], None]) -> None:
        super().__init__(view)
        self._view = view
        self._cell = cell
        self._init_option = init_option
        self._layouts: dict[tuple[int, int, bool, int], Layout] = {}
        self._texts: dict[str, tuple[float, list[QGlyphRun]]] = {}
        self._font = QFont()
        self._line_height = 0
        view.installEventFilter(self)

    def forget(self) -> None:
        """Work the layout and the glyphs out again (after a change of font, style or direction)."""
        self._layouts.clear()
        self._texts.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _RELAYOUT:
            self.forget()
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        """Draw the cell at ``index`` and return ``True``, or return ``False`` to leave it to the style."""
        if option.state.value & _STATES != _PLAIN:
            return False
        values = self._cell(index.row(), index.column())
        if values is None:
            return False
        text, marker, align, back, _fore, ink, hatched = values
        rect = option.rect
        key = (rect.width(), rect.height(), marker is not None, align)
        layout = self._layouts.get(key, False)
        if layout is False:
            layout = self._layouts[key] = self._layout(option, index)
        if layout is None:
            return False
        text_x, room, top, icon_x, icon_y, icon_w, icon_h, icon_align = layout
        glyphs = self._texts.get(text)
        if glyphs is None:
            glyphs = self._glyphs(text)
        width, runs = glyphs
        if width > room:  # the style would elide it
            return False
        x, y = rect.x(), rect.y()
        if hatched:  # the hatching starts at the cell's corner, as the style draws it
            origin = painter.brushOrigin()
            painter.setBrushOrigin(x, y)
            painter.fillRect(rect, back)
            painter.setBrushOrigin(origin)
        else:
            painter.fillRect(rect, back)
        if marker is not None:
            marker.paint(painter, QRect(x + icon_x, y + icon_y, icon_w, icon_h), icon_align)
        painter.setPen(ink)
        at = QPointF(x + text_x + room - width if align & _ALIGN_RIGHT else x + text_x, y + top)
        for run in runs:
            painter.drawGlyphRun(at, run)
        return True

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex) -> Layout:
        """Ask the style where the marker and the text of a cell of this size go (once per size)."""
        widget = option.widget or self._view
        style = widget.style()
        if style.metaObject().className() not in DIRECT_STYLES or option.direction != Qt.LayoutDirection.LeftToRight:
            return None
        opt = QStyleOptionViewItem(option)
        self._init_option(opt, index)
        if opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            return None
        opt.text = "0"  # the text rectangle then spans the whole room, whatever the cell's own text
        opt.showDecorationSelected = True
        if self._font != opt.font or not self._line_height:
            self._set_font(opt.font)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        icon = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        if text.height() < self._line_height:  # a row too low for its text: the style clips it
            return None
        x, y = option.rect.x(), option.rect.y()
        # the line's top where the style centres it (QStyle.alignedRect's integer halves); the glyph
        # runs are placed from the top of their line
        top = text.y() - y + text.height() // 2 - self._line_height // 2
        return (text.x() - x + margin, text.width() - 2 * margin, top,
                icon.x() - x, icon.y() - y, icon.width(), icon.height(), opt.decorationAlignment)

    def _set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._texts.clear()
        line = self._line("0")
        self._line_height = int(line[1].height())

    def _line(self, text: str) -> tuple[QTextLayout, Any]:
        layout = QTextLayout(text, self._font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1_000_000)
        layout.endLayout()
        return layout, line

    def _glyphs(self, text: str) -> tuple[float, list[QGlyphRun]]:
        """The text's width and glyphs, laid out once (``inf`` width: more than one line, left to the style)."""
        if len(self._texts) >= TEXT_CACHE_LIMIT:
            self._texts.clear()
        layout, line = self._line(text)
        if layout.lineCount() != 1 or "\n" in text or "\u2028" in text:
            found = (float("inf"), [])
        else:
            found = (line.naturalTextWidth(), layout.glyphRuns())
        self._texts[text] = found
        return found


__all__ = ["DIRECT_STYLES", "TEXT_CACHE_LIMIT", "CellPainter"]
