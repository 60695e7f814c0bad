"""The row labels of the tornado chart (:mod:`counterweight.charts.tornado_chart`).

On screen a row has one line when every name fits it: a weight's row reads "Weight: " and its
criterion's name, or only the names when "Weight: " would cut one of them (the row tooltips say
what a row is), shortened as the other bar charts shorten names
(:func:`~counterweight.charts.labels.bar_labels`); a score's row keeps both its option's and its
criterion's name in view. When one line would cut a name (:func:`needs_two_lines`: a narrow
chart, large text), every row takes two lines on screen too, as in print: "option:" above the
criterion, or a long name wrapped, each line as wide as the room (QA 21, item 11: one line gave
"Con…: Dete…" at 150 % text).

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from counterweight.charts.labels import bar_labels

if TYPE_CHECKING:
    from counterweight.engine.tornado_rows import TornadoItem


def screen_labels(items: Sequence[TornadoItem], metrics: QFontMetricsF, room: float) -> list[str]:
    """One line for each of ``items`` within ``room`` pixels of ``metrics``'s font (plain text)."""
    names = [it.criterion if it.kind == "weight" and it.criterion and it.label.endswith(it.criterion)
             else it.label for it in items]
    prefixes = [it.label[: len(it.label) - len(name)] for it, name in zip(items, names)]
    if any(p and metrics.horizontalAdvance(it.label) > room for p, it in zip(prefixes, items)):
        prefixes = [""] * len(prefixes)  # "Weight: " would cut a name: the names alone, as long as they can be
    shown = bar_labels(prefixes, names, metrics, room)
    return [row_label(it, metrics, room) if it.kind == "score" and it.option else label
            for it, label in zip(items, shown)]


def needs_two_lines(items: Sequence[TornadoItem], metrics: QFontMetricsF, room: float) -> bool:
    """Whether one line of ``room`` pixels would cut a name of ``items`` (a weight's name alone, a score's
    "option: criterion")."""
    def one_line(it: TornadoItem) -> str:
        return it.criterion if it.kind == "weight" and it.criterion else it.label

    return any(metrics.horizontalAdvance(one_line(it)) > room for it in items)


def row_label(it: TornadoItem, metrics: QFontMetricsF, room: float) -> str:
    """``it``'s label on one line of ``room`` pixels: a score's option and criterion both kept in view."""
    if it.kind != "score" or not it.option or metrics.horizontalAdvance(it.label) <= room:
        return metrics.elidedText(it.label, Qt.TextElideMode.ElideRight, room)
    # keep both names in view: the option gets at most half the room, the criterion the rest
    sep = ": "
    rest = room - metrics.horizontalAdvance(sep)
    option = metrics.elidedText(it.option, Qt.TextElideMode.ElideRight, rest / 2)
    left = rest - metrics.horizontalAdvance(option)
    return option + sep + metrics.elidedText(it.criterion, Qt.TextElideMode.ElideRight, left)


def screen_lines(it: TornadoItem, metrics: QFontMetricsF, room: float) -> list[str]:
    """A row's label on the screen's two lines: as printed, but a weight's name whole on a line of its own
    ("Weight:" above it) when it fits one line and "Weight: name" does not."""
    if it.kind == "weight" and it.criterion and it.label.endswith(it.criterion):
        prefix = it.label[: len(it.label) - len(it.criterion)].rstrip()
        if metrics.horizontalAdvance(it.label) > room >= metrics.horizontalAdvance(it.criterion):
            return [prefix, it.criterion]
    return print_lines(it, metrics, room)


def print_lines(it: TornadoItem, metrics: QFontMetricsF, room: float) -> list[str]:
    """A printed row's label in at most two lines: "option:" above the criterion, or a long name wrapped."""
    if it.kind == "score" and it.option:
        first = metrics.elidedText(f"{it.option}:", Qt.TextElideMode.ElideRight, room)
        return [first, metrics.elidedText(it.criterion, Qt.TextElideMode.ElideRight, room)]
    if metrics.horizontalAdvance(it.label) <= room:
        return [it.label]
    words = it.label.split(" ")
    first = words[0]
    k = 1
    while k < len(words) and metrics.horizontalAdvance(f"{first} {words[k]}") <= room:
        first = f"{first} {words[k]}"
        k += 1
    rest = " ".join(words[k:])
    if not rest:  # one word wider than the room
        return [metrics.elidedText(it.label, Qt.TextElideMode.ElideRight, room)]
    return [metrics.elidedText(first, Qt.TextElideMode.ElideRight, room),
            metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)]


__all__ = ["needs_two_lines", "print_lines", "row_label", "screen_labels", "screen_lines"]
