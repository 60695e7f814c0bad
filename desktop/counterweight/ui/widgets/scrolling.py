"""A frameless scroll area around a panel, so a small screen never cuts a panel off.

Without it, each panel's minimum size adds up through the splitters and tabs into the
main window's minimum size (1,096 x 823 pixels with the example, more with the
history dock open), so on a 1,366 x 768 laptop screen the bottom of the window was
off screen. In a scroll area a panel keeps its own minimum size and scrolls
instead when the window is smaller.

The panel gets the whole visible area, or its minimum size where that is larger.
``QScrollArea.setWidgetResizable`` is not used for this: for a panel with wrapped
labels it makes the panel as tall as its *preferred* height for the width, so a panel
that fits its minimum scrolled anyway and its last buttons sat below the fold.

With ``keep_text=True`` (the analysis tabs) the area also gives every word-wrapped label
of the panel the height its lines need at the width it was given (session 17: at 150 %
text a wrapped sentence kept one line's height and was cut at the top and bottom).

The area takes no keyboard focus of its own (it would be an extra Tab stop), so Tab
moves through the panel's controls in their own order; Qt scrolls a focused child
into view.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QWidget

from counterweight.ui.pane_room import keep_text as keep_label_height


class PanelScrollArea(QScrollArea):
    """Shows ``panel`` at the area's size, or at the panel's minimum size and scrolling."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None, *, keep_text: bool = False) -> None:
        super().__init__(parent)
        self._keep_text = keep_text
        self.setObjectName(f"{panel.objectName() or 'panel'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(False)
        self.setWidget(panel)
        # no focus proxy: the area would then hand Tab straight to the panel's own proxy
        # (a table, a Run button), past the controls above it
        panel.installEventFilter(self)  # its minimum size changes with its contents
        self.fit()

    def fit(self) -> None:
        """Give the panel the visible area, but never less than its minimum size."""
        panel = self.widget()
        if panel is None:
            return
        least = panel.minimumSizeHint().expandedTo(panel.minimumSize())
        room = self.maximumViewportSize()  # the viewport without scroll bars
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width, height = max(room.width(), least.width()), max(room.height(), least.height())
        if height > room.height():  # a vertical scroll bar takes some of the width
            width = max(room.width() - bar, least.width())
        if width > room.width():  # and a horizontal one some of the height
            height = max(room.height() - bar, least.height())
        if panel.size().width() != width or panel.size().height() != height:
            panel.resize(width, height)
        if self._keep_text:
            self.keep_wrapped_text()

    def keep_wrapped_text(self) -> None:
        """Give each shown word-wrapped label of the panel the height of its lines at its width.

        A changed minimum asks the panel for a new layout, which calls :meth:`fit` again;
        the heights settle once every label has the height its width needs.
        """
        panel = self.widget()
        if panel is None:
            return
        for label in panel.findChildren(QLabel):
            if label.wordWrap() and label.text() and label.isVisibleTo(panel) and label.width() > 1 \
                    and not QtGui.Qt.mightBeRichText(label.text()):
                keep_label_height(label)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)


def scroll_area(panel: QWidget, parent: QWidget | None = None, *, keep_text: bool = False) -> PanelScrollArea:
    """``panel`` inside a :class:`PanelScrollArea` (``keep_text``: see the class)."""
    return PanelScrollArea(panel, parent, keep_text=keep_text)


def inner(widget: QWidget | None) -> QWidget | None:
    """The panel inside ``widget`` when it is a scroll area, else ``widget`` itself."""
    return widget.widget() if isinstance(widget, QScrollArea) else widget


__all__ = ["PanelScrollArea", "inner", "scroll_area"]
