"""Colours shared by charts and tables, chosen to stay readable for colour-blind users.

The categorical colours are the Okabe-Ito set (Okabe & Ito, 2008, "Color Universal
Design"), which stays distinguishable under the common forms of colour-vision
deficiency. The stoplight ramp for score cells runs from a vermillion tint (worst)
through a pale amber to a bluish-green tint (best): the ends differ along the
blue-yellow axis that red-green colour-blind users still see, and every stop is light
enough for black text to keep a contrast ratio above 7:1 (WCAG 2.x, "AAA").
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: The eight Okabe-Ito colours, by their published names.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Order used for chart segments: strong, well-separated colours first, yellow last
#: (it is the weakest against a white background), black left out (text colour).
SERIES_ORDER: tuple[str, ...] = (
    "blue",
    "orange",
    "bluish_green",
    "reddish_purple",
    "sky_blue",
    "vermillion",
    "yellow",
)

#: Background for a cell with no score (neutral, clearly not on the ramp).
MISSING_HEX = "#E4E4E4"

#: Stoplight stops as (position on 0-1, hex colour): worst, middle, best.
STOPLIGHT_STOPS: tuple[tuple[float, str], ...] = (
    (0.0, "#F3B49A"),  # vermillion tint
    (0.5, "#F8E7A6"),  # amber tint
    (1.0, "#9FD9C4"),  # bluish-green tint
)


def series_colour(index: int) -> QColor:
    """Colour of the ``index``-th chart segment.

    Past the seven distinct colours the cycle repeats with a lighter and then a darker
    shade, so neighbouring segments still differ.
    """
    base = QColor(OKABE_ITO[SERIES_ORDER[index % len(SERIES_ORDER)]])
    cycle = index // len(SERIES_ORDER)
    if cycle == 0:
        return base
    return base.lighter(100 + 35 * cycle) if cycle % 2 else base.darker(100 + 30 * cycle)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def stoplight_colour(value: float | None) -> QColor:
    """Background colour for a normalised score (0 = worst, 1 = best).

    ``None`` (no score) gets the neutral :data:`MISSING_HEX`. Values outside 0-1 are
    clamped.
    """
    if value is None or value != value:  # None or NaN
        return QColor(MISSING_HEX)
    v = min(1.0, max(0.0, float(value)))
    for (p0, c0), (p1, c1) in zip(STOPLIGHT_STOPS, STOPLIGHT_STOPS[1:]):
        if v <= p1:
            return _mix(QColor(c0), QColor(c1), (v - p0) / (p1 - p0))
    return QColor(STOPLIGHT_STOPS[-1][1])


def relative_luminance(colour: QColor) -> float:
    """Relative luminance as defined by WCAG 2.x (0 = black, 1 = white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour_for(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    black, white = QColor("#000000"), QColor("#FFFFFF")
    return black if contrast_ratio(background, black) >= contrast_ratio(background, white) else white


__all__ = [
    "MISSING_HEX",
    "OKABE_ITO",
    "SERIES_ORDER",
    "STOPLIGHT_STOPS",
    "contrast_ratio",
    "relative_luminance",
    "series_colour",
    "stoplight_colour",
    "text_colour_for",
]
