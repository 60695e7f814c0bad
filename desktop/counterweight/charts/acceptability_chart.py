"""The rank acceptability chart: in what share of the SMAA draws each option takes each rank.

One horizontal stacked bar per option, 0-100 % of the draws; segment *r* is the
rank acceptability index ``b_i^r`` of Lahdelma & Salminen (2001) as estimated by
:func:`counterweight.engine.smaa.smaa`. Options are sorted best first (the most
first places, then the most second places, ...), the best on top. Ranks run from a
dark blue (rank 1) through blue and sky blue to yellow (last rank), a ramp between Okabe-Ito
colours that keeps its order in lightness and stays apart for red-green colour-blind
viewers. On a dark screen the ramp starts from a lighter blue (:data:`_DARK_RAMP`) so
that every segment, rank 1 included, stands out from the dark background (at least
3:1, WCAG 2.1 non-text contrast); the colours follow a palette change. Past :data:`MAX_RANK_SEGMENTS` the last ranks share one segment. A chart
given ``max_bars`` shows only that many options (the best) and says so on its
vertical axis ("Top 30 of 100 options"). Options a red line excluded take no part in the draws
(:func:`ranked_options`): they get no bar, and the ranks run only as far as the options that
took part (:func:`rank_count`); :attr:`AcceptabilityChart.excluded` names them for a note beside
the chart. Each row is
:data:`~counterweight.charts.labels.LABEL_BAND_LINES` lines of the label font high
(:meth:`AcceptabilityChart.preferred_height`), so the names stay readable at any
text size; long names are shortened as in :func:`counterweight.charts.labels.bar_labels`.
Under a plot too narrow for it (large text, a narrow column) the value axis's title goes onto
two or more centred lines (:func:`counterweight.charts.labels.wrapped_title`) instead of being
cut; the chart's preferred height grows by those lines and it emits ``sizeNeedChanged``, so
the widget holding its view can give it the room.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCharts import (
    QBarSet,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QPen
from PySide6.QtWidgets import QToolTip

from counterweight.charts.labels import bar_labels, fit_axis_title, label_room, row_height
from counterweight.charts.palette import OKABE_ITO
from counterweight.charts.style import chart_number  # h27b: "0,5" in a French window
from counterweight.charts.style import (
    category_axis,
    new_chart,
    percent_axis,
    screen_is_dark,
    safe_labels,
    stacked_bars,
    style_texts,
)
from counterweight.domain.shown_numbers import fixed
from counterweight.engine.smaa import SmaaResult
from counterweight.engine.smaa_ranks import acceptability_order  # re-exported: the window's table imports it here

#: Widest the option labels get in a chart that has no size yet (pixels).
_LABEL_WIDTH_DEFAULT = 260.0
#: Ranks from this one on share one segment.
MAX_RANK_SEGMENTS = 8
#: Height around the plot (value axis, its title, the legend, margins), in lines of the label
#: font plus fixed pixels: about 112 px at the usual 9 pt font, and more as the text grows.
_FRAME_LINES, _FRAME_PX = 4.0, 56
#: Height of the value axis (its labels and a one-line title) in lines of the label font, plus its
#: padding in pixels: a little more than Qt Charts takes, so the estimate errs on the safe side.
_AXIS_LINES, _AXIS_PX = 2.0, 16
#: A darkened Okabe-Ito blue, then blue, sky blue and yellow.
_RAMP = ("#003A63", OKABE_ITO["blue"], OKABE_ITO["sky_blue"], OKABE_ITO["yellow"])
#: On a dark screen: a lighter blue (above 3:1 on a #2B2B2B window and on black), sky blue, yellow.
_DARK_RAMP = ("#2F7FC8", OKABE_ITO["sky_blue"], OKABE_ITO["yellow"])


def _grey(colour: QColor) -> float:
    """The grey a colour prints as in black and white (Rec. 601 luma, 0-1), as a greyscale printer or copy gives."""
    return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()


def rank_colour(rank: int, count: int, *, dark: bool = False) -> QColor:
    """Colour of rank ``rank`` (1-based) of ``count`` segments: dark blue, through sky blue, to yellow.

    ``dark`` picks the ramp made for a dark screen (it starts from a lighter blue). The ramp's colours are
    placed by how light they print in greyscale, so the ranks step evenly in lightness (QA 31 item 7: spaced
    evenly by colour, ranks 2, 3 and 4 of the dark blues printed the same grey).
    """
    t = 0.0 if count <= 1 else (rank - 1) / (count - 1)
    stops = [QColor(c) for c in (_DARK_RAMP if dark else _RAMP)]
    greys = [_grey(c) for c in stops]
    at = [(g - greys[0]) / (greys[-1] - greys[0]) for g in greys]  # each stop's place, by its grey: 0 to 1
    k = max(j for j in range(len(stops) - 1) if at[j] <= t)
    f = min(1.0, (t - at[k]) / (at[k + 1] - at[k]))
    a, b = stops[k], stops[k + 1]
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                           a.blueF() + (b.blueF() - a.blueF()) * f)


def ranked_options(result: SmaaResult) -> np.ndarray:
    """Which options took part in the draws (:attr:`SmaaResult.ranked`)."""
    return result.ranked


def rank_count(result: SmaaResult) -> int:
    """How many ranks there are to show: as many as the options that took part.

    (Never fewer than the last rank any option takes, for a result cut to its best rows.)
    """
    acc = np.asarray(result.acceptability, dtype=float)
    if acc.ndim != 2 or acc.size == 0:
        return 0
    taken = np.flatnonzero(acc.any(axis=0))
    return max(int(ranked_options(result).sum()), int(taken[-1]) + 1 if taken.size else 0)


class AcceptabilityChart(QChart):
    """Stacked rank-acceptability bars, updated in place by :meth:`refresh`.

    Signals
    -------
    sizeNeedChanged()
        :meth:`preferred_height` changed without new data (the value axis's title took
        more or fewer lines at a new width). It is emitted in the middle of the chart's
        layout: a slot that resizes the chart's view should be connected queued.
    """

    sizeNeedChanged = Signal()

    def __init__(self, *, for_print: bool = False, max_bars: int | None = None) -> None:
        super().__init__()
        self.for_print = for_print
        self.max_bars = max_bars
        new_chart(self, "acceptabilityChart", for_print=for_print)
        if for_print:
            self.setTitle(self.tr("Rank acceptability: share of the draws giving each rank"))

        self.series_ = stacked_bars(self, "acceptabilitySeries")
        self.value_axis = percent_axis(QValueAxis())
        self.value_axis.setObjectName("shareAxis")
        self._value_title = self.tr("Share of the draws (%)")
        self._title_extra = 0.0  # pixels the value axis's title takes beyond one line (wrapped)
        self.value_axis.setTitleText(self._value_title)
        self.category_axis = category_axis("optionAxis")
        self.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.series_.attachAxis(self.value_axis)
        self.series_.attachAxis(self.category_axis)
        self._tune_fonts()

        self.segments: list[tuple[int, int]] = []  # (first rank, last rank), 1-based
        #: Names of the options a red line excluded (no bar; decision order).
        self.excluded: list[str] = []
        self._names: list[str] = []  # bottom to top
        self._shares = np.zeros((0, 0))  # bottom to top x segments, in %
        self.series_.hovered.connect(self._on_hovered)
        self.plotAreaChanged.connect(self._fit_value_title)

    def _tune_fonts(self) -> None:
        style_texts(self, (self.value_axis, self.category_axis), for_print=self.for_print)

    def row_height(self) -> float:
        """Height of one option's row that keeps its label readable (it grows with the label font)."""
        return row_height(QFontMetricsF(self.category_axis.labelsFont()))

    def preferred_height(self, rows: int | None = None) -> int:
        """Height that keeps every option's label readable (``rows``: default, the options shown).

        With few rows (a red line left two options, say) the bars are given more height:
        Qt Charts gives an axis at most 40 % of the height of the plot and its axes
        (``maxAxisPortion`` in its ``CartesianChartLayout``) and cuts a longer axis's title
        ("Share of the..."), so the plot is kept at least 1.5 times the value axis's
        height (its labels, its title on one or more lines, and their padding).
        """
        n = len(self._names) if rows is None else rows
        line = QFontMetricsF(self.category_axis.labelsFont()).height()
        title = 2.0 * QFontMetricsF(self.titleFont()).height() if self.title() else 0.0
        axis = _AXIS_LINES * line + self._title_extra + _AXIS_PX
        plot = max(self.row_height() * max(1, n), axis / 0.4 - axis)
        return int(_FRAME_PX + _FRAME_LINES * line + title + self._title_extra + plot + 0.999)

    def _fit_value_title(self, plot: QRectF) -> None:
        """Break the value axis's title into lines that fit under a plot ``plot.width()`` wide (Qt would cut it)."""
        extra = fit_axis_title(self.value_axis, self._value_title, plot.width())
        if abs(extra - self._title_extra) >= 0.5:
            self._title_extra = extra
            self.sizeNeedChanged.emit()

    # ------------------------------------------------------------------ data
    def refresh(self, result: SmaaResult) -> None:
        """Show ``result``'s rank acceptabilities (no bar for an option a red line excluded)."""
        ranked = ranked_options(result)
        n = rank_count(result)
        acc = np.asarray(result.acceptability, dtype=float)[:, :n] * 100.0
        self.excluded = [name for name, took_part in zip(result.option_names, ranked) if not took_part]
        if n > MAX_RANK_SEGMENTS:
            last = MAX_RANK_SEGMENTS
            segments = [(r, r) for r in range(1, last)] + [(last, n)]
        else:
            segments = [(r, r) for r in range(1, n + 1)]
        shares = np.column_stack([acc[:, a - 1:b].sum(axis=1) for a, b in segments]) if n else np.zeros((0, 0))
        order = [i for i in acceptability_order(result.acceptability) if ranked[i]]
        shown = order if self.max_bars is None else order[: self.max_bars]
        self._note_truncation(len(shown), len(order))
        bottom_up = list(reversed(shown))
        self._names = [result.option_names[i] for i in bottom_up]
        self._shares = shares[bottom_up, :] if n else np.zeros((0, len(segments)))
        if segments != self.segments:
            self.segments = segments
            self.series_.clear()
            for k in range(len(segments)):
                self.series_.append(QBarSet(self._segment_label(k, True)))
            self.recolour_series(not self.for_print and screen_is_dark())
        for k, bar_set in enumerate(self.series_.barSets()):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append([float(v) for v in self._shares[:, k]])
        self._relabel()

    def recolour_series(self, dark: bool) -> None:
        """Colour the rank segments for a light or dark background (called by the shared chart styling)."""
        series = getattr(self, "series_", None)  # None while the chart is being set up
        sets = series.barSets() if series is not None else []
        for k, bar_set in enumerate(sets):
            colour = rank_colour(k + 1, len(sets), dark=dark)
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour.darker(140))
            bar_set.setPen(QPen(colour.darker(140), 0.5))

    def _note_truncation(self, shown: int, total: int) -> None:
        # the ranking chart's wording, so the note reads (and is translated) the same in both charts
        text = QCoreApplication.translate("ContributionChart", "Top {0} of {1} options").format(shown, chart_number(self, f"{total:,}")) \
            if shown < total else ""
        if self.category_axis.titleText() != text:
            self.category_axis.setTitleText(text)
            self.category_axis.setTitleVisible(bool(text))

    def _segment_label(self, k: int, full: bool) -> str:
        """"Rank 3" (or "Ranks 8–12"); in a narrow chart only the first says "Rank": "Rank 1", "2", "3"."""
        a, b = self.segments[k]
        if full or k == 0:
            return self.tr("Rank {0}").format(a) if a == b else self.tr("Ranks {0}–{1}").format(a, b)
        return str(a) if a == b else f"{a}–{b}"

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Re-elide option names and shorten the legend when the chart gets narrower or wider."""
        super().resizeEvent(event)
        if abs(event.newSize().width() - event.oldSize().width()) >= 1 and self._names:
            self._relabel()

    def _relegend(self) -> None:
        sets = self.series_.barSets()
        metrics = QFontMetricsF(self.legend().font())
        width = self.size().width()
        need = sum(metrics.horizontalAdvance(self._segment_label(k, True)) + 34 for k in range(len(sets)))
        full = width <= 0 or need < width - 24
        for k, bar_set in enumerate(sets):
            label = self._segment_label(k, full)
            if bar_set.label() != label:
                bar_set.setLabel(label)

    def _relabel(self) -> None:
        metrics = QFontMetricsF(self.category_axis.labelsFont())
        room = label_room(self, self.category_axis, self._names, _LABEL_WIDTH_DEFAULT)
        labels = safe_labels(bar_labels([""] * len(self._names), self._names, metrics, room))
        if self.category_axis.categories() != labels:
            self.category_axis.clear()
            if labels:
                self.category_axis.append(labels)
        self._relegend()

    # ------------------------------------------------------------------ tooltips
    def describe_bar(self, index: int, segment: int) -> str:
        """Plain words for one segment of the bar at ``index`` (bottom = 0)."""
        if not (0 <= index < len(self._names) and 0 <= segment < len(self.segments)):
            return ""
        a, b = self.segments[segment]
        ranks = self.tr("rank {0}").format(a) if a == b else self.tr("ranks {0} to {1}").format(a, b)
        return self.tr("{option}: {ranks} in {share} % of the draws").format(
            option=self._names[index], ranks=ranks, share=chart_number(self, fixed(float(self._shares[index, segment]), 1)))

    def _on_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if status:
            sets = self.series_.barSets()
            segment = next((k for k, s in enumerate(sets) if s is bar_set or s == bar_set), -1)
            QToolTip.showText(QCursor.pos(), self.describe_bar(index, segment))
        else:
            QToolTip.hideText()


def build_acceptability_chart(result: SmaaResult, *, for_print: bool = False,
                              max_bars: int | None = None) -> AcceptabilityChart:
    """Build the stacked rank-acceptability chart of an SMAA-2 result.

    Parameters
    ----------
    result
        From :func:`counterweight.services.robustness.run_smaa`.
    for_print
        Add a title and drop the background, for reports.
    max_bars
        Show only the best ``max_bars`` options (the vertical axis then says "Top N of M
        options"); ``None`` shows every option.

    Returns
    -------
    AcceptabilityChart
        Show it with ``QChartView(chart)``; update it with :func:`update_acceptability_chart`.
    """
    chart = AcceptabilityChart(for_print=for_print, max_bars=max_bars)
    chart.refresh(result)
    return chart


def update_acceptability_chart(chart: QChart, result: SmaaResult) -> None:
    """Show a new result in a chart from :func:`build_acceptability_chart`."""
    if not isinstance(chart, AcceptabilityChart):
        raise TypeError("update_acceptability_chart needs a chart from build_acceptability_chart")
    chart.refresh(result)


__all__ = [
    "MAX_RANK_SEGMENTS",
    "AcceptabilityChart",
    "acceptability_order",
    "build_acceptability_chart",
    "rank_colour",
    "rank_count",
    "ranked_options",
    "update_acceptability_chart",
]
