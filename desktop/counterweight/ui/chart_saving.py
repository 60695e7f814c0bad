"""Saving the window's charts as pictures: File > Save chart as picture…, Edit > Copy chart and each chart's context menu.

Every chart view in the window gets **Copy chart**, **Save chart as PNG…** and **Save chart as SVG…**
in its context menu (again when a tab builds its charts on first show); the File menu action saves,
and Edit > Copy chart (Ctrl+Shift+C) copies, the chart with the keyboard focus, or else the first chart
shown. The picture names the chart, the decision and the date in a band above it; a copy is the PNG's
picture, at twice the chart's size on screen (h27l: a brief in a word processor wants the chart pasted,
not a file saved first). Split from :mod:`counterweight.ui.brief_actions`, which puts the save action in
the File menu; the main window puts the copy action in the Edit menu.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow

from counterweight.domain import slug
from counterweight.domain.errors import CounterweightError
from counterweight.ui.engine_text import error_text
from counterweight.ui.session_controller import SessionController


class ChartSaving(QObject):
    """Owns the "save chart" action and the charts' context menus of the main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._controller: SessionController = window.controller  # type: ignore[attr-defined]
        self._status: Callable[[str], None] = window.show_status  # type: ignore[attr-defined]
        self._files = getattr(window, "file_actions")
        # QA pass 14: saving a chart was in its right-click menu only, out of reach of the keyboard
        self.action = self._files.make_action(
            "saveChartAction", self.tr("Save &chart as picture…"), None,
            self.tr("Save the chart with the keyboard focus, or else the first chart shown, as PNG or SVG"),
            self.save_current_chart)
        self.copy_action = self._files.make_action(
            "copyChartAction", self.tr("Cop&y chart"), QKeySequence("Ctrl+Shift+C"),
            self.tr("Copy the chart with the keyboard focus, or else the first chart shown, as a picture to paste"
                    " into a document"), self.copy_current_chart)
        self._controller.sessionReplaced.connect(self._update_enabled)
        self._update_enabled()
        tabs = getattr(window, "analysis_tabs", None)
        if tabs is not None:  # some tabs build their panels (and charts) when first shown
            tabs.currentChanged.connect(self.install_chart_menus)
        self.install_chart_menus()

    def _update_enabled(self) -> None:
        self.copy_action.setEnabled(self._controller.has_session)

    def install_chart_menus(self, *_args: object) -> None:
        """Give every chart in the window a context menu to copy it or save it as PNG or SVG (again after a tab is built)."""
        for view in self._window.findChildren(QChartView):
            if view.property("chartExportInstalled"):
                continue
            view.setProperty("chartExportInstalled", True)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            copy = QAction(self.tr("&Copy chart"), view)
            copy.setObjectName("copyChartPictureAction")
            copy.setStatusTip(self.tr("Copy the chart as a picture to paste into a document"))
            copy.triggered.connect(lambda _checked=False, v=view: self.copy_chart(v))
            view.addAction(copy)
            for fmt, text in (("png", self.tr("Save chart as &PNG…")), ("svg", self.tr("Save chart as &SVG…"))):
                action = QAction(text, view)
                action.setObjectName(f"saveChart{fmt.upper()}Action")
                action.triggered.connect(lambda _checked=False, v=view, f=fmt: self.save_chart(v, f))
                view.addAction(action)

    def current_chart_view(self) -> QChartView | None:
        """The chart view with the keyboard focus, else the first chart on screen (``None`` if none is)."""
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, QChartView):
            focus = focus.parentWidget()
        if focus is not None and focus.window() is self._window:
            return focus
        shown = [v for v in self._window.findChildren(QChartView) if v.isVisible() and v.chart() is not None]
        return shown[0] if shown else None

    def save_current_chart(self, path: str | Path | None = None) -> Path | None:
        """File > Save chart as picture…: the chart :meth:`current_chart_view` names, PNG or SVG by the name's ending."""
        self.install_chart_menus()
        view = self.current_chart_view()
        if view is None:
            self._status(self.tr("No chart is shown; open a tab with a chart first."))
            return None
        if path is None:
            png, svg = self.tr("PNG pictures (*.png)"), self.tr("SVG drawings (*.svg)")
            chosen, kind = QFileDialog.getSaveFileName(
                self._window, self.tr("Save chart as picture"), str(self._suggested(view, "png")), f"{png};;{svg}",
                options=self._files.dialog_options)
            if not chosen:
                return None
            if Path(chosen).suffix.lower() not in (".png", ".svg"):
                chosen += ".svg" if kind == svg else ".png"
                # the dialog did not see this name: ask before replacing, as every other save does
                if not self._files.may_replace(self.tr("Save chart as picture"), Path(chosen)):
                    return None
            path = chosen
        fmt = "svg" if Path(path).suffix.lower() == ".svg" else "png"
        return self.save_chart(view, fmt, path)

    def _suggested(self, view: QChartView, fmt: str) -> Path:
        """The file a save dialog suggests: the chart's title (or name) beside the project, or at home."""
        name = slug(view.chart().title() or view.accessibleName() or view.objectName() or "chart")
        folder = self._controller.path.parent if self._controller.path else Path.home()
        return folder / f"{name}.{fmt}"

    def save_chart(self, view: QChartView, fmt: str, path: str | Path | None = None) -> Path | None:
        """Save the chart shown in ``view`` as ``fmt`` ("png" or "svg"), asking where if not given."""
        chart = view.chart()
        if path is None:
            caption = self.tr("Save chart as PNG") if fmt == "png" else self.tr("Save chart as SVG")
            pattern = self.tr("PNG pictures (*.png)") if fmt == "png" else self.tr("SVG drawings (*.svg)")
            chosen, _ = QFileDialog.getSaveFileName(self._window, caption, str(self._suggested(view, fmt)), pattern,
                                                    options=self._files.dialog_options)
            if not chosen:
                return None
            path = chosen
        from counterweight.charts.export import save_chart_png, save_chart_svg

        name, caption = self._labels(view)
        try:
            saved = (save_chart_png(chart, path, title=name, caption=caption) if fmt == "png"
                     else save_chart_svg(chart, path, title=name, caption=caption))
        except CounterweightError as exc:
            # reported like any failed edit (status bar and banner), without touching a brief being written
            self._controller.errorRaised.emit(error_text(exc))
            return None
        self._status(self.tr("Saved the chart to {0}").format(saved))
        return saved

    def _labels(self, view: QChartView) -> tuple[str, str]:
        """The title (the view's name) and caption of the band above a saved or copied picture of ``view``'s chart.

        The picture names the chart, the decision and the date (and the protective marking, if the
        project has one) in a band above the chart, so a copy pasted elsewhere says what it is.
        """
        import datetime as dt

        name = view.accessibleName() or view.objectName()
        decision = self._controller.decision if self._controller.has_session else None
        parts = [decision.marking, decision.title] if decision is not None else []
        caption = " · ".join([p for p in parts if p.strip()] + [dt.date.today().isoformat()]) if decision else ""
        return name, caption

    def copy_current_chart(self) -> bool:
        """Edit > Copy chart: the chart :meth:`current_chart_view` names, to the clipboard."""
        self.install_chart_menus()
        view = self.current_chart_view()
        if view is None:
            self._status(self.tr("No chart is shown; open a tab with a chart first."))
            return False
        return self.copy_chart(view)

    def copy_chart(self, view: QChartView) -> bool:
        """Put the picture :meth:`save_chart` writes as PNG (band, legend, print colours) on the clipboard."""
        from counterweight.charts.export import chart_mime_data

        name, caption = self._labels(view)
        QGuiApplication.clipboard().setMimeData(chart_mime_data(view.chart(), title=name, caption=caption))
        self._status(self.tr("Copied the chart as a picture; paste it into a document"))
        return True


__all__ = ["ChartSaving"]
