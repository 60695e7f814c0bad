"""The scorecard tints and the contribution chart's colours survive black-and-white print (QA 25 item 4).

Measured independently of the code under test: WCAG 2.x relative luminance on linearised
sRGB (0.2126, 0.7152, 0.0722), its CIE L* (perceived lightness), and the grey a printer or
PDF viewer makes of an RGB colour, the Rec. 601 luma 0.299 R + 0.587 G + 0.114 B on the
encoded channels (PDF Reference, DeviceRGB to DeviceGray), also checked with Qt's qGray.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, qGray

from counterweight.charts.palette import missing_colour, segment_colour, stoplight_colour
from counterweight.reports.brief_html import scorecard_section
from counterweight.reports.brief_content import build_brief
from tests.factories import small_decision


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def lightness(c: QColor) -> float:
    y = luminance(c)
    return 116 * y ** (1 / 3) - 16 if y > (6 / 29) ** 3 else y * (29 / 3) ** 3


def print_grey(c: QColor) -> float:
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


RAMP = [stoplight_colour(k / 100) for k in range(101)]


@pytest.mark.parametrize("measure, step", [(luminance, 1), (print_grey, 1), (lambda c: qGray(c.rgb()), 5)],
                         ids=["wcag", "rec601", "qgray"])
def test_the_scorecard_ramp_darkens_steadily_from_worst_to_best(measure, step: int) -> None:
    values = [measure(c) for c in RAMP[::step]]  # qGray is whole numbers: neighbouring hundredths may tie
    assert all(a > b for a, b in zip(values, values[1:])), "strictly darker at every step towards the best"


def test_worst_middle_and_best_print_as_clearly_different_greys() -> None:
    worst, middle, best = RAMP[0], RAMP[50], RAMP[100]
    assert luminance(worst) - luminance(best) >= 0.3
    assert lightness(worst) - lightness(middle) >= 9 and lightness(middle) - lightness(best) >= 10
    assert print_grey(worst) - print_grey(best) >= 60
    # the no-score cell is lighter than any score, by a visible step
    assert print_grey(missing_colour()) - print_grey(worst) >= 15


def test_black_text_stays_readable_on_every_tint() -> None:
    for back in [*RAMP, missing_colour()]:
        assert contrast(back, QColor("black")) >= 4.5, back.name()


def test_the_scorecard_legend_says_what_the_shading_means() -> None:
    html = scorecard_section(build_brief(small_decision()), lambda v: stoplight_colour(v).name())
    assert "(orange)" not in html
    assert "the better the score, the darker the cell" in html


def test_six_chart_groups_print_as_six_different_greys() -> None:
    colours = [segment_colour(i) for i in range(6)]
    for a, b in itertools.combinations(colours, 2):
        assert abs(lightness(a) - lightness(b)) >= 8, (a.name(), b.name())
        assert abs(print_grey(a) - print_grey(b)) >= 20, (a.name(), b.name())
        assert abs(qGray(a.rgb()) - qGray(b.rgb())) >= 20, (a.name(), b.name())
    # neighbours in a bar differ even more
    for a, b in zip(colours, colours[1:]):
        assert abs(lightness(a) - lightness(b)) >= 12


def test_segment_colours_stay_distinct_past_the_first_cycle() -> None:
    assert len({segment_colour(i).name() for i in range(20)}) == 20
