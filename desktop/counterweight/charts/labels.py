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
lines that each fit, measured as Qt Charts measures them (:func:`text_box`), and
:func:`wrapped_label` does the same for a legend entry (lines kept to the left). A title
written in phrases set apart by runs of spaces ("← decrease    % of range    increase →")
keeps them on one line or puts one on each line.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

import re
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
#: Two or more spaces in a title set its phrases apart; kept on one line, phrases are this far apart
#: (no-break spaces: rich text would fold ordinary ones into one).
_PHRASE_GAP = re.compile(r"[ \t\n]{2,}")
_PHRASE_JOIN = "\u00a0" * 3
#: Where a line may break between words: at spaces (not no-break ones), but never before a
#: lone "%" or "→", nor after "←" ("10 %" and "← decrease" stay together).
_WORD_BREAK = re.compile(r"(?<!←)[ \t\n]+(?![%→])")


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


def _pieces(text: str, font: QFont, width: float) -> tuple[list[str], str]:
    """What a line break may fall between, and what joins them on a line: ``text``'s phrases (set apart by
    two or more spaces) if it has some and each fits ``width``, else its words."""
    phrases = [p for p in _PHRASE_GAP.split(text.strip()) if p]
    if len(phrases) > 1 and all(text_box(font, safe_label(p)).width() <= width for p in phrases):
        return phrases, _PHRASE_JOIN
    return [w for w in _WORD_BREAK.split(text.strip()) if w], " "


def _greedy_lines(words: Sequence[str], font: QFont, width: float, join: str) -> list[str]:
    """``words`` on lines filled in turn up to ``width`` pixels (a word wider than that on a line of its own)."""
    lines = [words[0]]
    for word in words[1:]:
        longer = f"{lines[-1]}{join}{word}"
        if text_box(font, safe_label(longer)).width() <= width:
            lines[-1] = longer
        else:
            lines.append(word)
    return lines


def wrapped_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` (plain) on as few lines as keep each within ``width`` pixels, the lines about as long as one another.

    One line when it fits or ``width`` is not known yet. A title in phrases (see the module's
    notes) shows them apart on one line, or one a line; a single word wider than ``width``
    keeps a line of its own, which Qt Charts then cuts.
    """
    words, join = _pieces(text, font, width)
    whole = text if join == " " else join.join(words)  # Qt shows a title's own spaces as one
    if width <= 0 or len(words) < 2 or text_box(font, safe_label(whole)).width() <= width:
        return [whole]
    if join != " ":  # phrases: all on one line or one a line, never two run together
        return words
    lines = _greedy_lines(words, font, width, join)
    if len(lines) == 1:
        return lines
    narrow, wide = 0.0, width  # the narrowest width that still needs no more lines: no short last line
    for _ in range(_BALANCE_STEPS):
        mid = (narrow + wide) / 2
        if len(_greedy_lines(words, font, mid, join)) <= len(lines):
            wide = mid
        else:
            narrow = mid
    return _greedy_lines(words, font, wide, join)


def wrapped_label(text: str, font: QFont, width: float, *, centre: bool = False) -> tuple[str, float]:
    """A chart text (a legend entry; with ``centre``, an axis title) that fits ``width`` pixels, and how
    much taller than one line it is (pixels).

    ``text`` itself (plain text, as set) when it fits on one line as it is; otherwise the lines
    of :func:`wrapped_lines` as rich text, each escaped as
    :func:`~counterweight.charts.style.safe_label` does.
    """
    lines = wrapped_lines(text, font, width)
    if len(lines) == 1 and lines[0] == text:
        return text, 0.0
    shown = "<br>".join(safe_label(line) for line in lines)
    if centre:
        shown = f"<center>{shown}</center>"
    return shown, text_box(font, shown).height() - text_box(font, safe_label(text)).height()


def wrapped_title(text: str, font: QFont, width: float) -> tuple[str, float]:
    """An axis title that fits ``width`` pixels, and how much taller than one line it is (pixels).

    ``text`` itself (plain text, as set) when it fits or ``width`` is not known yet;
    otherwise its words (or phrases) on as few centred lines as keep each line within ``width``,
    the lines made about as long as one another (rich text, see :func:`wrapped_label`). A
    single word wider than ``width`` keeps a line of its own, which Qt Charts then cuts.
    """
    return wrapped_label(text, font, width, centre=True)


def fit_axis_title(axis: QAbstractAxis, text: str, width: float) -> float:
    """Show ``text`` (plain, as typed) as ``axis``'s title within ``width`` pixels; return how much taller
    than one line it is (pixels).

    :func:`wrapped_title`'s lines, or ``text`` escaped (:func:`~counterweight.charts.style.safe_label`)
    when it fits whole; the title is set only when it changed (setting it lays the chart out again).
    """
    shown, extra = wrapped_title(text, axis.titleFont(), width)
    shown = safe_label(text) if shown == text else shown
    if axis.titleText() != shown:
        axis.setTitleText(shown)
    return extra


__all__ = ["AXIS_SHARE", "LABEL_BAND_LINES", "MIN_LABEL_CHARS", "TEXT_MARGIN_PX", "bar_labels", "fit_axis_title",
           "label_room", "row_height", "text_box", "wrapped_label", "wrapped_lines", "wrapped_title"]
