"""The Perspectives tab's rank table and robust-choice sentence (split from perspectives_panel.py).

One row per option, one column per (perspective x scenario) pair, each cell "rank
(regret)", bold for the pair's top option, or a dash with the reason read out where the
option takes no part in the pair. The sentence below names the robust (minimax-regret)
choice and the options that cannot be it. The strings keep the panel's translation
context, ``PerspectivesPanel``.

h25m: on a large project (1,000 options) the ranks are worked out on a worker thread
(:class:`RankUpdates`, "Updating…" meanwhile) and the table lists only the
:data:`MAX_RANK_ROWS` options with the smallest worst regret, saying so: one
evaluation per pair and 1,000 rows of items per pair held the window 270-500 ms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from counterweight.ui.numbers import fixed, shown
from counterweight.services.perspectives import PairResult, RobustReport
from counterweight.ui.accessibility import show_status_line
from counterweight.ui.models.results_tables import MAX_RESULT_ROWS
from counterweight.ui.engine_text import engine_text  # fix17f: the robust-choice sentences in French
from counterweight.ui.widgets.latest_run import LatestRun

#: A larger project's rank table lists only this many options (those with the smallest worst regret).
MAX_RANK_ROWS = MAX_RESULT_ROWS


def shown_options(report: RobustReport) -> list[str]:
    """The options the table lists: all in the decision's order, or the :data:`MAX_RANK_ROWS` least regretful."""
    if len(report.option_ids) <= MAX_RANK_ROWS:
        return list(report.option_ids)
    place = {o: i for i, o in enumerate(report.option_ids)}  # ties keep the decision's order; non-candidates last
    return sorted(report.option_ids, key=lambda o: (report.max_regret.get(o) is None,
                                                    report.max_regret.get(o) or 0.0, place[o]))[:MAX_RANK_ROWS]


def fill_rank_table(table: QTableWidget, label: QLabel, report: RobustReport) -> None:
    """Show ``report`` in ``table`` (options in rows, pairs in columns) and its sentence in ``label``."""
    t = table
    t.clear()
    # options in rows: their names read left-aligned and a long list scrolls; the
    # pairs (usually a handful) are the columns
    rows = shown_options(report)  # h25m: at most MAX_RANK_ROWS
    t.setRowCount(len(rows))
    t.setColumnCount(len(report.pairs))
    t.setVerticalHeaderLabels([report.option_names[o] for o in rows])
    t.setHorizontalHeaderLabels([engine_text(p.label) for p in report.pairs])  # fix17f
    for c, p in enumerate(report.pairs):
        t.horizontalHeaderItem(c).setToolTip(engine_text(p.label))  # fix17f
    for r, oid in enumerate(rows):
        t.verticalHeaderItem(r).setToolTip(report.option_names[oid])
    bold = QFont()
    bold.setBold(True)
    for c, p in enumerate(report.pairs):
        for r, oid in enumerate(rows):
            t.setItem(r, c, rank_item(p, oid, bold))
    t.resizeColumnsToContents()
    text = QCoreApplication.translate("PerspectivesPanel", "Robust choice: {0}").format(
        engine_text(report.reason))  # fix17f
    left = [report.option_names[o] for o in report.option_ids if o in report.left_out]
    if left:  # excluded by a red line (or not placed) under some pair: not a candidate
        more = (QCoreApplication.translate("PerspectivesPanel", " and {0} more").format(len(left) - 3)
                if len(left) > 3 else "")
        text += "\n" + QCoreApplication.translate(
            "PerspectivesPanel", "Not ranked under every perspective and scenario (\u2014 in the table), so "
            "not a candidate: {0}.").format(", ".join(left[:3]) + more)
    if len(rows) < len(report.option_ids):
        text += "\n" + QCoreApplication.translate(
            "PerspectivesPanel", "The table lists the {0} options of {1:,} with the smallest worst regret.").format(
            len(rows), shown(len(report.option_ids)))
    label.setText(text)


def rank_item(pair: PairResult, option_id: str, bold: QFont) -> QTableWidgetItem:
    """``rank (regret)``, or a dash with the reason where the option takes no part in the pair."""
    status = pair.status(option_id)
    if status == "ranked":
        item = QTableWidgetItem(QCoreApplication.translate("PerspectivesPanel", "{0} ({1})").format(
            pair.ranks[option_id], fixed(pair.regrets[option_id], 1)))
        if option_id in pair.top_option_ids:
            item.setFont(bold)
        return item
    why = (QCoreApplication.translate("PerspectivesPanel", "Excluded by a red line under {0}") if status == "excluded"
           else QCoreApplication.translate("PerspectivesPanel", "The method cannot place it under {0}")).format(
        engine_text(pair.label))  # fix17f
    item = QTableWidgetItem("\u2014")
    item.setToolTip(QCoreApplication.translate(
        "PerspectivesPanel", "{0}: it takes no part there and cannot be the robust choice.").format(why))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, why)  # read out instead of the dash
    return item


class RankUpdates(QObject):
    """Fills the rank table: at once on a small project, from a worker thread on a large one.

    ``update(job, large)`` runs ``job`` (it returns a :class:`RobustReport`) in the window's
    thread, or, when ``large``, on a :class:`LatestRun` (the latest request wins) while
    :attr:`status_label` says "Updating…" over the ranks shown before. ``filled()`` is
    called after each fill (the panel sizes its tables).
    """

    def __init__(self, panel: QWidget, table: QTableWidget, label: QLabel, filled: Callable[[], None]) -> None:
        super().__init__(panel)
        self._panel, self._table, self._label, self._filled = panel, table, label, filled
        self.status_label = QLabel(table.parentWidget())
        self.status_label.setObjectName("rankAcrossPairsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self._run = LatestRun(QCoreApplication.translate(
            "PerspectivesPanel", "the ranks under every perspective and scenario"), self)
        self._run.resultReady.connect(lambda _context, report: self._put(report))
        self._run.failedWith.connect(lambda _context, message: label.setText(
            QCoreApplication.translate("PerspectivesPanel", "The ranks cannot be worked out: {0}").format(message)))
        self._run.busyChanged.connect(self._on_busy)

    def update(self, job: Callable[[], RobustReport], large: bool) -> None:
        """Show ``job()``'s report, worked out on a worker thread when ``large``."""
        self._run.run(job, None, background=large)

    def is_busy(self) -> bool:
        """Whether the ranks are being worked out on a worker thread."""
        return self._run.is_busy()

    def _put(self, report: RobustReport) -> None:
        fill_rank_table(self._table, self._label, report)
        self._filled()

    def _on_busy(self, busy: bool) -> None:
        text = QCoreApplication.translate("PerspectivesPanel", "Updating…") if busy else ""
        if busy and self._table.rowCount():
            text += " " + QCoreApplication.translate("PerspectivesPanel",
                                                     "The ranks below are from before the last change.")
        show_status_line(self._panel, self.status_label, text, lambda: QCoreApplication.translate(
            "PerspectivesPanel", "Ranks updated: {0}").format(self._label.text()))  # spoken


__all__ = ["MAX_RANK_ROWS", "RankUpdates", "fill_rank_table", "rank_item", "shown_options"]
