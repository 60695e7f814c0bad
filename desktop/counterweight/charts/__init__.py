"""Charts built from engine results, for the window and (through QPainter) for reports.

Every Qt Charts call of Counterweight lives in this package, so a later port to
Qt Graphs touches nothing else.
"""

from counterweight.charts.contribution_chart import (
    ContributionChart,
    build_contribution_chart,
    render_chart,
    update_contribution_chart,
)
from counterweight.charts.palette import series_colour, stoplight_colour, text_colour_for

__all__ = [
    "ContributionChart",
    "build_contribution_chart",
    "render_chart",
    "series_colour",
    "stoplight_colour",
    "text_colour_for",
    "update_contribution_chart",
]
