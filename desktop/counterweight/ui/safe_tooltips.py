"""Tooltips that never make Qt load a file.

Qt shows a tooltip as rich text when it looks like HTML, and rich text loads the
images it names, local files included. Several tooltips carry user text (names,
rationales, evidence, audit values), so a name such as ``<img src="file:///etc/passwd">``
in an imported file would make Qt read that file when the mouse rests on it.

:class:`SafeToolTips` is installed once on the application. For every tooltip it
looks at the text Qt is about to show; when that text names a resource (an ``<img>``,
``src=``, ``href=``, ``background=`` or ``url(``), it shows the text escaped instead,
so the characters appear as typed and nothing is loaded. Counterweight's own
tooltips never name resources, so they are shown unchanged.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QToolTip, QWidget

_RESOURCE = re.compile(r"<\s*img|\bsrc\s*=|\bhref\s*=|\bbackground\s*=|url\s*\(|<\s*link|<\s*style", re.I)


def needs_escaping(text: str) -> bool:
    """True when ``text`` names something rich text would load."""
    return bool(text) and _RESOURCE.search(text) is not None


def escaped(text: str) -> str:
    """``text`` as rich text that shows every character literally, line breaks kept."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def tooltip_text(widget: QWidget, event: QHelpEvent) -> str:
    """The text Qt would show as the tooltip of ``widget`` at the event's position."""
    parent = widget.parentWidget()
    if isinstance(parent, QHeaderView) and widget is parent.viewport():
        model = parent.model()
        pos = event.pos().x() if parent.orientation() == Qt.Orientation.Horizontal else event.pos().y()
        section = parent.logicalIndexAt(pos)
        if model is None or section < 0:
            return ""
        value = model.headerData(section, parent.orientation(), Qt.ItemDataRole.ToolTipRole)
        return value if isinstance(value, str) else ""
    if isinstance(parent, QAbstractItemView) and widget is parent.viewport():
        index = parent.indexAt(event.pos())
        value = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        return value if isinstance(value, str) else ""
    return widget.toolTip()


class SafeToolTips(QObject):
    """Application-wide event filter showing resource-naming tooltips escaped."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QWidget) and isinstance(event, QHelpEvent):
            text = tooltip_text(watched, event)
            if needs_escaping(text):
                QToolTip.showText(event.globalPos(), escaped(text), watched)
                return True
        return False


def install(app: QApplication) -> SafeToolTips:
    """Install the filter on ``app`` once; returns it (kept alive by the application)."""
    existing = app.findChild(SafeToolTips)
    if existing is not None:
        return existing
    guard = SafeToolTips(app)
    app.installEventFilter(guard)
    return guard
