"""The legend of the chart of ranks per method: its names, and its entries for a legend drawn outside the chart.

Split from :mod:`counterweight.charts.method_ranks_chart`: :class:`RanksLegend` is mixed into
:class:`~counterweight.charts.method_ranks_chart.MethodRanksChart`. Qt's own legend (in the chart,
for a chart built with ``legend=True``) gets each option's name, shortened to the room it has
(:meth:`RanksLegend._relegend`). Its line samples are too short to show a dash pattern, so the
window hides it and shows :meth:`RanksLegend.legend_entries` in a wrapping label under the chart,
each line drawn with its whole dashes (:mod:`counterweight.ui.widgets.line_marks`, h28b), as the
Sensitivity tab does; a saved or copied picture paints the same entries under the chart
(:mod:`counterweight.charts.picture_legend`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFontMetricsF, QPen

from counterweight.charts.labels import bar_labels
from counterweight.charts.method_ranks_sizing import _LEGEND_MIN_PX, _LEGEND_NAME_PX
from counterweight.charts.style import safe_label

if TYPE_CHECKING:
    from counterweight.charts.method_ranks_chart import MethodRanksChart

#: Prefix of the legend name of an option no method ranks (it has no line).
UNRANKED_PREFIX = "— "


class RanksLegend:
    """Legend names and entries of :class:`~counterweight.charts.method_ranks_chart.MethodRanksChart`.

    Expects the chart's ``rows``, ``_legend_series``, ``tie_series`` and ``legend_below`` attributes and
    its :meth:`tied_points`, :meth:`marker_px` and :meth:`side_name_room`.
    """

    def _relegend(self: MethodRanksChart) -> None:
        """Name each option's legend entry: whole in ``legendName``; shortened to fit for Qt's legend, if shown."""
        metrics = QFontMetricsF(self.legend().font())
        width = self.size().width()
        if not self.legend().isVisible():  # shown outside the chart, where names wrap: whole
            room = math.inf
        elif self.legend_below:  # the whole width, less the entry's bit of line
            room = max(_LEGEND_MIN_PX, self.legend().geometry().width() - self.marker_px())
        else:  # beside the plot only while every name fits whole there (see side_legend_width)
            room = _LEGEND_NAME_PX if width <= 0 else max(_LEGEND_MIN_PX, self.side_name_room(width))
        prefixes = ["" if any(r is not None for r in ranks) else UNRANKED_PREFIX for _, _, ranks in self.rows]
        names = bar_labels(prefixes, [name for _, name, _ in self.rows], metrics, room)
        for (oid, name, _ranks), text, prefix in zip(self.rows, names, prefixes):
            series = self._legend_series[oid]
            series.setProperty("legendName", prefix + name)  # whole, for a legend outside the chart (h27l)
            if series.name() != safe_label(text):
                series.setName(safe_label(text))

    def legend_names(self: MethodRanksChart) -> list[str]:
        """The legend's entries as shown (option names, shortened to fit), in order."""
        return [self._legend_series[oid].name() for oid, _, _ in self.rows]

    def legend_entries(self: MethodRanksChart) -> list[tuple[str, QColor, str]]:
        """What the legend shows, for a legend drawn outside the chart: ``(text, colour, kind)``, in order.

        One ``"option"`` entry per option drawn (its whole name, after "— " if no method ranks it),
        then, if two options share a rank somewhere, the ``"tie"`` entry for the grey rings.
        """
        out = [(str(self._legend_series[oid].property("legendName") or name),
                QColor(self._legend_series[oid].pen().color()), "option") for oid, name, _ in self.rows]
        if self.tied_points():
            out.append((self.tie_series.name(), QColor(self.tie_series.pen().color()), "tie"))
        return out

    def legend_pens(self: MethodRanksChart) -> list[QPen | None]:
        """The pen of each option's line (its colour, width and dashes) in :meth:`legend_entries`' order;
        ``None`` for the tie entry, a ring drawn as the rings are."""
        pens: list[QPen | None] = [QPen(self._legend_series[oid].pen()) for oid, _, _ in self.rows]
        return pens + ([None] if self.tied_points() else [])


__all__ = ["UNRANKED_PREFIX", "RanksLegend"]
