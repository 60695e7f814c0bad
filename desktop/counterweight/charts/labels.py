"""Option names on the category axis of a bar chart: as wide as they need, similar names kept apart.

Qt Charts sizes the label column of a horizontal bar chart to its longest label,
but squeezes an axis wider than :data:`AXIS_SHARE` of the chart's inner width and
then cuts every label at its end. :func:`label_room` gives the names what the
longest needs, up to what that limit leaves (measured with the chart's margins and
the axis's fonts); :func:`bar_labels` cuts a longer name at its end, or in the
middle when its start is shared with another name ("Strike troops in staging
areas", "... (variant 3)"), so similar names still differ where they differ. The
full names stay in the bar tooltips and the table beside each chart.

Qt Charts also cuts an axis title wider than its axis ("Share of the draw..." under a
narrow plot at large text); :func:`wrapped_title` breaks such a title into centred
lines that each fit, measured as Qt Charts measures them (:func:`text_box`).

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAbstractAxis, QChart
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from counterweight.charts.style import safe_label

#: Largest share of the chart's inner width (inside its margins) Qt Charts gives a vertical axis
#: (``maxAxisPortion`` in Qt Charts' cartesian layout); a wider axis is squeezed.
AXIS_SHARE = 0.4
#: Pixels of a vertical axis besides its labels (label padding and tick; measured 7 px with Qt 6).
_AXIS_PADDING_PX = 8.0
#: Narrowest the label column gets, in widths of an average character of the label font.
MIN_LABEL_CHARS = 14
#: A category label's band must be this many lines of its font high, or Qt Charts shows "..."
#: instead (measured: a 14 px font was cut at a 21 px band and shown at 24 px); rows are given a
#: little more so that rounding never tips a label over.
LABEL_BAND_LINES = 1.8
#: Margin Qt Charts keeps around every text it measures (``ChartPresenter::textMargin()`` in Qt 6).
TEXT_MARGIN_PX = 0.5
#: Halvings of the width when evening out the lines of a wrapped title (to within 1/256 of the plot's width).
_BALANCE_STEPS = 8


def row_height(metrics: QFontMetricsF) -> float:
    """Height of one bar's band that keeps its label readable (:data:`LABEL_BAND_LINES` lines)."""
    return metrics.height() * LABEL_BAND_LINES


def label_room(chart: QChart, axis: QAbstractAxis, labels: Sequence[str], default: float = 260.0) -> float:
    """Width (pixels) the category labels of ``axis`` (on the left of ``chart``) may take.

    As much as the widest of ``labels`` needs, but no more than leaves the axis (with
    its padding and, if shown, its title) within :data:`AXIS_SHARE` of the chart's
    inner width, and never less than :data:`MIN_LABEL_CHARS` average characters.
    ``default`` is the most a chart that has no width yet gives.
    """
    metrics = QFontMetricsF(axis.labelsFont())
    need = max((metrics.horizontalAdvance(t) for t in labels), default=0.0) + 1.0
    floor = MIN_LABEL_CHARS * metrics.averageCharWidth()
    width = chart.size().width()
    if width <= 0:
        return min(need, max(floor, default))
    margins = chart.margins()
    inner = width - margins.left() - margins.right()
    layout = chart.layout()
    if layout is not None:
        left, _top, right, _bottom = layout.getContentsMargins()
        inner -= left + right
    overhead = _AXIS_PADDING_PX
    if axis.isTitleVisible() and axis.titleText():
        overhead += QFontMetricsF(axis.titleFont()).height() + _AXIS_PADDING_PX
    cap = int(AXIS_SHARE * inner) - overhead - 2.0  # Qt rounds the axis width down
    return min(need, max(floor, cap))


def bar_labels(prefixes: Sequence[str], names: Sequence[str], metrics: QFontMetricsF, room: float) -> list[str]:
    """``prefix + name`` for each bar, the name shortened to fit ``room`` pixels.

    A name too long for the room loses its end ("Joint informati…"), unless what stays
    visible also starts another option's name: then it is elided in the middle
    ("Strike troo…(variant 2)") so the part where the names differ stays in view. The
    labels of a category axis must differ: a label equal to an earlier one (two options
    with the same name and rank) gets invisible zero-width spaces appended.
    """
    distinct = set(names)
    labels: list[str] = []
    seen: set[str] = set()
    for prefix, name in zip(prefixes, names):
        space = room - metrics.horizontalAdvance(prefix)
        shown = name
        if metrics.horizontalAdvance(name) > space:
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, space)
            stem = shown.rstrip("…").rstrip()
            if any(other != name and other.startswith(stem) for other in distinct):
                shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, space)
        label = prefix + shown
        while label in seen:
            label += "\u200b"
        seen.add(label)
        labels.append(label)
    return labels


def text_box(font: QFont, html_text: str) -> QSizeF:
    """Size Qt Charts gives a chart text in ``font``: laid out as rich text, with :data:`TEXT_MARGIN_PX` around it.

    Qt Charts cuts a text whose box is wider than the room it has (an axis title: the plot's width).
    """
    doc = QTextDocument()
    doc.setDocumentMargin(TEXT_MARGIN_PX)
    doc.setDefaultFont(font)
    doc.setHtml(html_text)
    return doc.size()


def _greedy_lines(words: Sequence[str], font: QFont, width: float) -> list[str]:
    """``words`` on lines filled in turn up to ``width`` pixels (a word wider than that on a line of its own)."""
    lines = [words[0]]
    for word in words[1:]:
        longer = f"{lines[-1]} {word}"
        if text_box(font, safe_label(longer)).width() <= width:
            lines[-1] = longer
        else:
            lines.append(word)
    return lines


def wrapped_title(text: str, font: QFont, width: float) -> tuple[str, float]:
    """An axis title that fits ``width`` pixels, and how much taller than one line it is (pixels).

    ``text`` itself (plain text, as set) when it fits or ``width`` is not known yet;
    otherwise its words on as few centred lines as keep each line within ``width``, the
    lines made about as long as one another (rich text, each line escaped as
    :func:`~counterweight.charts.style.safe_label` does). A single word wider than ``width``
    keeps a line of its own, which Qt Charts then cuts.
    """
    words = text.split()
    if width <= 0 or len(words) < 2 or text_box(font, safe_label(text)).width() <= width:
        return text, 0.0
    lines = _greedy_lines(words, font, width)
    if len(lines) == 1:
        return text, 0.0
    narrow, wide = 0.0, width  # the narrowest width that still needs no more lines: no short last line
    for _ in range(_BALANCE_STEPS):
        mid = (narrow + wide) / 2
        if len(_greedy_lines(words, font, mid)) <= len(lines):
            wide = mid
        else:
            narrow = mid
    lines = _greedy_lines(words, font, wide)
    shown = "<center>" + "<br>".join(safe_label(line) for line in lines) + "</center>"
    return shown, text_box(font, shown).height() - text_box(font, safe_label(text)).height()


__all__ = ["AXIS_SHARE", "LABEL_BAND_LINES", "MIN_LABEL_CHARS", "TEXT_MARGIN_PX", "bar_labels", "label_room",
           "row_height", "text_box", "wrapped_title"]
