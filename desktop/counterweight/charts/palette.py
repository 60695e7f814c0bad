"""Colours shared by charts and tables, chosen to stay readable for colour-blind users.

The categorical colours are the Okabe-Ito set (Okabe & Ito, 2008, "Color Universal
Design"), which stays distinguishable under the common forms of colour-vision
deficiency. The stoplight ramp for score cells runs from a pale vermillion tint (worst)
through amber to a bluish green (best): the ends differ along the blue-yellow axis that
red-green colour-blind users still see, and every stop is light enough for black text
to keep a contrast ratio above 7:1 (WCAG 2.x, "AAA"). Its luminance falls steadily from
worst (light) to best (dark), so the scorecard still reads when printed in black and
white (QA 25: the old ends printed as the same grey); the no-score grey is lighter
than every stop.

Stacked chart segments (:func:`segment_colour`) use Okabe-Ito hues shaded to six
clearly different luminances, so the groups of a contribution chart stay apart in a
black-and-white print as well.

Dark palettes get a second ramp (deep vermillion, deep amber, deep blue-teal) under
white text, again above 7:1, so the matrix does not glare in a dark window. Its ends
still differ for protan, deutan and tritan viewers (checked in tests/ui/test_theme.py
with the Machado, Oliveira & Fernandes 2009 simulation).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

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

#: Line and marker colours on a light ground (a light screen, print, an exported chart): the hues of
#: :data:`SERIES_ORDER`, in that order, shaded until each reaches 3:1 on white (WCAG 2.1, 1.4.11; h26k: the
#: plain yellow read 1.3:1, orange and sky blue 2.3:1). The shades were picked so every pair stays apart
#: (CIE76 difference at least 13) for normal vision and under the Machado et al. (2009) protan, deutan
#: and tritan simulations (tests/charts/test_series_lines.py); a dark screen keeps the bright
#: Okabe-Ito colours (:func:`line_colour`).
LIGHT_SERIES_COLOURS: tuple[str, ...] = (
    "#0072B2",  # blue (5.2:1)
    "#946700",  # deep orange (5.0:1)
    "#009E73",  # bluish green (3.4:1)
    "#CC79A7",  # reddish purple (3.1:1)
    "#10557C",  # deep sky blue (8.0:1)
    "#893C00",  # deep vermillion (7.8:1)
    "#9C920C",  # olive yellow (3.2:1)
)

#: Dash pattern of each line, in pen widths (``()``: solid), so the lines stay apart in a greyscale print
#: where their colours turn into similar greys. None looks like dots: the sensitivity chart dots the line of
#: an option a red line excludes (Qt's dot line, a dot of one pen width every three), so every pattern has a
#: dash of six widths or more (h27c: the third was short dashes, 2.5 on and 2 off, and the
#: seventh short dashes and dots, both read as dotted next to an excluded option).
SERIES_DASHES: tuple[tuple[float, ...], ...] = (
    (),
    (6.0, 2.5),  # dashes
    (12.0, 2.5, 4.0, 2.5),  # long and short dashes
    (6.0, 2.0, 1.2, 2.0),  # dash and dot
    (10.0, 2.5),  # long dashes
    (6.0, 2.0, 1.2, 2.0, 1.2, 2.0),  # dash and two dots
    (12.0, 2.5, 1.2, 2.5),  # long dash and dot
)

#: Colours of stacked chart segments (light print): Okabe-Ito hues shaded so that the first six differ
#: clearly in luminance as well as hue (CIE L* about 25, 71, 84, 37, 62 and 93), and in the order that
#: keeps neighbouring segments apart in grey; the seventh (vermillion) differs in hue and from its neighbours.
SEGMENT_COLOURS: tuple[str, ...] = (
    "#003F66",  # deep blue
    "#E7A106",  # orange
    "#A6D8F5",  # pale sky blue
    "#7E4466",  # plum (reddish purple)
    "#2AA881",  # bluish green
    "#F6EE89",  # pale yellow
    "#C85A12",  # vermillion
)

#: Background for a cell with no score (neutral, lighter than every stop of the ramp).
MISSING_HEX = "#F2F2F2"

#: Stoplight stops as (position on 0-1, hex colour): worst, middle, best. Luminance falls from worst
#: (about 0.71) through the middle (0.53) to best (0.36), so the ramp also reads as light-to-dark grey.
STOPLIGHT_STOPS: tuple[tuple[float, str], ...] = (
    (0.0, "#FAD4C2"),  # pale vermillion
    (0.5, "#EBB94F"),  # amber
    (1.0, "#52B393"),  # bluish green
)

#: Missing-score background on a dark palette.
DARK_MISSING_HEX = "#3A3A3A"

#: Stoplight stops for a dark palette (white text on each stays above 7:1).
DARK_STOPLIGHT_STOPS: tuple[tuple[float, str], ...] = (
    (0.0, "#5C1A08"),  # deep vermillion
    (0.5, "#705400"),  # deep amber
    (1.0, "#0D4F6B"),  # deep blue-teal
)


def series_colour(index: int) -> QColor:
    """Colour of the ``index``-th chart segment.

    Past the seven distinct colours the cycle repeats with a lighter and then a darker
    shade, so neighbouring segments still differ; after those 21 the colours come round
    again (the shades once grew with each round, and the 317th option of a large project
    was drawn in white on the white chart).
    """
    base = QColor(OKABE_ITO[SERIES_ORDER[index % len(SERIES_ORDER)]])
    shade = index // len(SERIES_ORDER) % 3
    if shade == 0:
        return base
    return base.lighter(135) if shade == 1 else base.darker(160)


def line_colour(index: int, *, dark: bool = False) -> QColor:
    """Colour of the ``index``-th line of a line or marker chart on a light (default) or dark ground.

    A dark ground gets the bright :func:`series_colour`; a light one the :data:`LIGHT_SERIES_COLOURS`,
    then a round of other shades of them (lighter where 3:1 on white allows, else darker), and round again.
    """
    if dark:
        return series_colour(index)
    base = QColor(LIGHT_SERIES_COLOURS[index % len(LIGHT_SERIES_COLOURS)])
    if index // len(LIGHT_SERIES_COLOURS) % 2 == 0:
        return base
    lighter = base.lighter(135)
    return lighter if contrast_ratio(lighter, QColor("#FFFFFF")) >= MIN_MARK_CONTRAST else base.darker(150)


def line_dashes(index: int) -> tuple[float, ...]:
    """Dash pattern of the ``index``-th line (``()``: solid): one of :data:`SERIES_DASHES`, shifted by one each
    round of seven, so line ``k`` and line ``k + 7`` (the same hue) differ in their dashes as well."""
    count = len(SERIES_DASHES)
    return SERIES_DASHES[(index + index // count) % count]


def segment_colour(index: int, *, dark: bool = False) -> QColor:
    """Colour of the ``index``-th stacked segment (a group of a contribution chart).

    On a light ground (screen or print) the :data:`SEGMENT_COLOURS`, distinct in grey too, then
    lighter and darker shades as in :func:`series_colour`; on a dark screen the plain
    :func:`series_colour`, whose bright Okabe-Ito colours show on a dark background.
    """
    if dark:
        return series_colour(index)
    base = QColor(SEGMENT_COLOURS[index % len(SEGMENT_COLOURS)])
    shade = index // len(SEGMENT_COLOURS) % 3
    if shade == 0:
        return base
    return base.lighter(125) if shade == 1 else base.darker(160)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour ``t`` of the way from ``a`` (0) to ``b`` (1), channel by channel."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def stoplight_stops(dark: bool = False) -> tuple[tuple[float, str], ...]:
    """The ramp's stops for a light (default) or dark palette."""
    return DARK_STOPLIGHT_STOPS if dark else STOPLIGHT_STOPS


def missing_colour(dark: bool = False) -> QColor:
    """Background of a cell with no score, for a light (default) or dark palette."""
    return QColor(DARK_MISSING_HEX if dark else MISSING_HEX)


def stoplight_colour(value: float | None, *, dark: bool = False) -> QColor:
    """Background colour for a normalised score (0 = worst, 1 = best).

    ``None`` (no score) gets the neutral :func:`missing_colour`. Values outside 0-1
    are clamped. ``dark`` picks the ramp made for dark palettes.
    """
    return ramp_colour(ramp_step(value), dark=dark)


_RAMP_STEPS = 1024


def ramp_step(value: float | None) -> int | None:
    """The step of the stoplight ramp (0-1024) for a normalised value; ``None`` for no value or NaN.

    The ramp is quantised to 1/1024 (invisible) so each colour is mixed once and callers
    that paint many cells can keep one brush per step.
    """
    if value is None or value != value:  # None or NaN
        return None
    return round(min(1.0, max(0.0, float(value))) * _RAMP_STEPS)


def ramp_colour(step: int | None, *, dark: bool = False) -> QColor:
    """The colour of a :func:`ramp_step` (``None``: the missing colour)."""
    return missing_colour(dark) if step is None else QColor(_ramp_colour(step, dark))


@lru_cache(maxsize=2 * (_RAMP_STEPS + 1))
def _ramp_colour(step: int, dark: bool) -> QColor:
    stops = stoplight_stops(dark)
    v = step / _RAMP_STEPS
    for (p0, c0), (p1, c1) in zip(stops, stops[1:]):
        if v <= p1:
            return mix(QColor(c0), QColor(c1), (v - p0) / (p1 - p0))
    return QColor(stops[-1][1])


def is_dark_palette(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one: its window colour has a lightness under 128."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


#: A palette whose window, field and selection pairs all reach this ratio counts as high contrast.
HIGH_CONTRAST_RATIO = 19.0
#: Least contrast of a chart's lines and marks with the chart's background (WCAG 2.1, 1.4.11).
MIN_MARK_CONTRAST = 3.0


def palette_is_high_contrast(palette: QPalette) -> bool:
    """Whether ``palette`` looks like a high-contrast one.

    Window/text and field/text must be near black-on-white (or the reverse) and the
    selection must be readable at 7:1. Ordinary light palettes fail the last test
    (their selected text is white on a mid blue, about 3.6:1).
    """
    role = QPalette.ColorRole
    pairs = ((role.Window, role.WindowText, HIGH_CONTRAST_RATIO), (role.Base, role.Text, HIGH_CONTRAST_RATIO),
             (role.Highlight, role.HighlightedText, 7.0))
    return all(contrast_ratio(palette.color(a), palette.color(b)) >= limit for a, b, limit in pairs)


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
    return QColor(_text_colour_for_rgb(background.rgb()))


@lru_cache(maxsize=4096)
def _text_colour_for_rgb(rgb: int) -> str:  # asked for every cell painted: computed once per colour
    background, black, white = QColor.fromRgb(rgb), QColor("#000000"), QColor("#FFFFFF")
    return "#000000" if contrast_ratio(background, black) >= contrast_ratio(background, white) else "#FFFFFF"


def ensure_contrast(colour: QColor, backgrounds: list[QColor], minimum: float = 4.5) -> QColor:
    """``colour``, moved towards black or white just enough to reach ``minimum`` on every background.

    The direction is away from the backgrounds' average lightness. If even pure black
    or white falls short, that extreme is returned.
    """
    light_ground = sum(relative_luminance(b) for b in backgrounds) / max(1, len(backgrounds)) > 0.18
    target = QColor("#000000") if light_ground else QColor("#FFFFFF")
    for step in range(21):
        candidate = mix(colour, target, step / 20)
        if all(contrast_ratio(candidate, b) >= minimum for b in backgrounds):
            return candidate
    return target


__all__ = [
    "DARK_MISSING_HEX",
    "DARK_STOPLIGHT_STOPS",
    "HIGH_CONTRAST_RATIO",
    "LIGHT_SERIES_COLOURS",
    "MIN_MARK_CONTRAST",
    "MISSING_HEX",
    "OKABE_ITO",
    "SEGMENT_COLOURS",
    "SERIES_DASHES",
    "SERIES_ORDER",
    "STOPLIGHT_STOPS",
    "contrast_ratio",
    "ensure_contrast",
    "is_dark_palette",
    "line_colour",
    "line_dashes",
    "missing_colour",
    "mix",
    "palette_is_high_contrast",
    "ramp_colour",
    "ramp_step",
    "relative_luminance",
    "segment_colour",
    "series_colour",
    "stoplight_colour",
    "stoplight_stops",
    "text_colour_for",
]
