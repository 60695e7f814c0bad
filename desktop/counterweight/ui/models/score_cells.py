"""What painting a score-matrix cell needs, worked out once per change (issue 6).

The view asks the model for seven roles of every cell it paints, on every scroll
step. :class:`PaintedCells` keeps, per cell, the facts that do not change until the
project does (text, colour step, evidence) and the values of the five painted roles
built from them, so :meth:`ScoreTableModel.data` answers those with two dictionary
look-ups. Both caches are bounded by :data:`CELL_CACHE_LIMIT`. The same tuple, with the
text colour and whether the background is hatched after the five roles, is what the
matrix's direct cell painting reads in one call (session 23: :data:`PAINT_TUPLE`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from counterweight.charts.palette import ramp_colour, text_colour_for
from counterweight.ui import theme
from counterweight.ui.models.evidence_marks import (  # issue 4: evidence
    evidence_marker,
    unsupported_brush,
)

#: Painted cells whose facts (text, colour step, evidence) are kept until the next
#: change; past this many the cache starts afresh, so scrolling a huge matrix does not
#: keep it all.
CELL_CACHE_LIMIT = 20_000

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
#: The roles the view asks of every cell it paints, answered from one cached tuple per
#: cell (index in that tuple); FontRole and CheckStateRole are asked too and never set.
PAINTED_SLOT = {_DISPLAY: 0, _DECORATION: 1, _ALIGNMENT: 2, _BACKGROUND: 3, _FOREGROUND: 4}
NEVER_SET = frozenset((int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.CheckStateRole)))
#: What a cell's paint tuple holds, in order: the five painted roles' values, then the text
#: colour (a QColor) and whether the background is the hatching of a score on no evidence.
PAINT_TUPLE = ("text", "marker", "alignment", "background", "foreground", "ink", "hatched")
_ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_TEXT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CellFacts(NamedTuple):
    """What painting one cell needs, worked out once per change of the project."""

    text: str  # DisplayRole
    step: int | None  # stoplight ramp step of the cell's 0-1 value; None: no value
    strength: str  # evidence strength: none / weak / medium / strong
    unsupported: bool  # scored, but on no evidence
    numeric: bool  # right-aligned


Key = tuple[int, int]


class PaintedCells:
    """Per-cell facts and painted role values, made on demand by ``make_facts(row, column)``.

    :attr:`painted` maps ``(row, column)`` to the values of the roles in
    :data:`PAINTED_SLOT`; the model reads it directly and calls :meth:`paint` on a miss.
    """

    def __init__(self, make_facts: Callable[[int, int], CellFacts]) -> None:
        self._make_facts = make_facts
        self.facts: dict[Key, CellFacts] = {}
        self.painted: dict[Key, tuple[Any, ...]] = {}
        self._brushes: dict[int | None, tuple[QBrush, QBrush]] = {}  # ramp step -> background, text
        self.highlight_unsupported = False  # issue 4: evidence

    def __len__(self) -> int:
        """How many cells' facts are kept."""
        return len(self.facts)

    def forget(self) -> None:
        """After a change of the project: everything is worked out again when next painted."""
        self.facts.clear()
        self.painted.clear()

    def forget_colours(self) -> None:
        """After a change of palette, or of the unsupported-score hatching."""
        self._brushes.clear()
        self.painted.clear()

    def facts_at(self, row: int, column: int) -> CellFacts:
        key = (row, column)
        facts = self.facts.get(key)
        if facts is None:
            if len(self.facts) >= CELL_CACHE_LIMIT:
                self.facts.clear()
            facts = self.facts[key] = self._make_facts(row, column)
        return facts

    def paint(self, row: int, column: int) -> tuple[Any, ...]:
        """A cell's display text, evidence marker, alignment, background and text brushes, text
        colour and hatching (:data:`PAINT_TUPLE`)."""
        facts = self.facts_at(row, column)
        back, fore = self.brush_pair(facts.step)
        hatched = self.highlight_unsupported and facts.unsupported
        if hatched:  # issue 4: evidence
            back = unsupported_brush(back.color())
        values = (facts.text, evidence_marker(facts.strength) if facts.strength != "none" else None,
                  _ALIGN_NUMBER if facts.numeric else _ALIGN_TEXT, back, fore, fore.color(), hatched)
        if len(self.painted) >= CELL_CACHE_LIMIT:
            self.painted.clear()
        self.painted[(row, column)] = values
        return values

    def brush_pair(self, step: int | None) -> tuple[QBrush, QBrush]:
        """Background and text brushes for a ramp step, made once per step and palette."""
        pair = self._brushes.get(step)
        if pair is None:
            back = ramp_colour(step, dark=theme.is_dark())
            pair = self._brushes[step] = (QBrush(back), QBrush(text_colour_for(back)))
        return pair


__all__ = ["CELL_CACHE_LIMIT", "NEVER_SET", "PAINTED_SLOT", "PAINT_TUPLE", "CellFacts", "PaintedCells"]
