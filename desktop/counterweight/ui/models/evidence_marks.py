"""Painted marks for evidence in the score matrix: a marker for how well a score is
supported, and a hatched background for a score resting on no evidence.

Both are drawn once per kind (or per cell colour) and cached. The hatching keeps the
cell's stoplight colour underneath, so value and evidence read together; the marker's
fill (outline, half, full) does not rely on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from counterweight.charts.palette import text_colour_for

_EVIDENCE_MARKERS: dict[str, QIcon] = {}
_HATCHES: dict[int, QBrush] = {}


def evidence_marker(strength: str) -> QIcon:
    """A small book-mark shaped marker: outlined for weak, half filled for medium, filled for strong."""
    if strength not in _EVIDENCE_MARKERS:
        pix = QPixmap(24, 24)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor("#1F3A5F")
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("white"), 4))  # a halo, so the marker shows on dark cells too
        p.drawRoundedRect(5, 2, 14, 20, 2, 2)
        p.setPen(QPen(ink, 2))
        p.drawRoundedRect(5, 2, 14, 20, 2, 2)
        fill = {"weak": 0, "medium": 10, "strong": 20}.get(strength, 0)
        if fill:
            p.fillRect(5, 22 - fill, 14, fill, ink)
        p.end()
        _EVIDENCE_MARKERS[strength] = QIcon(pix)
    return _EVIDENCE_MARKERS[strength]


def unsupported_brush(colour: QColor) -> QBrush:
    """The cell colour crossed by dark diagonal lines: a score resting on no evidence."""
    key = colour.rgba()
    if key not in _HATCHES:
        pix = QPixmap(12, 12)
        pix.fill(colour)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QColor(text_colour_for(colour))
        line.setAlpha(170)
        p.setPen(QPen(line, 1.6))
        p.drawLine(0, 12, 12, 0)
        p.drawLine(-6, 6, 6, -6)
        p.drawLine(6, 18, 18, 6)
        p.end()
        _HATCHES[key] = QBrush(pix)
    return _HATCHES[key]


__all__ = ["evidence_marker", "unsupported_brush"]
