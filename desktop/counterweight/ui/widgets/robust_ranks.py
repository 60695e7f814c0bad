"""The Perspectives tab's rank table and robust-choice sentence (split from perspectives_panel.py).

One row per option, one column per (perspective x scenario) pair, each cell "rank
(regret)", bold for the pair's top option, or a dash with the reason read out where the
option takes no part in the pair. The sentence below names the robust (minimax-regret)
choice and the options that cannot be it. The strings keep the panel's translation
context, ``PerspectivesPanel``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from counterweight.services.perspectives import PairResult, RobustReport
from counterweight.ui.engine_text import engine_text  # fix17f: the robust-choice sentences in French


def fill_rank_table(table: QTableWidget, label: QLabel, report: RobustReport) -> None:
    """Show ``report`` in ``table`` (options in rows, pairs in columns) and its sentence in ``label``."""
    t = table
    t.clear()
    # options in rows: their names read left-aligned and a long list scrolls; the
    # pairs (usually a handful) are the columns
    t.setRowCount(len(report.option_ids))
    t.setColumnCount(len(report.pairs))
    t.setVerticalHeaderLabels([report.option_names[o] for o in report.option_ids])
    t.setHorizontalHeaderLabels([engine_text(p.label) for p in report.pairs])  # fix17f
    for c, p in enumerate(report.pairs):
        t.horizontalHeaderItem(c).setToolTip(engine_text(p.label))  # fix17f
    for r, oid in enumerate(report.option_ids):
        t.verticalHeaderItem(r).setToolTip(report.option_names[oid])
    bold = QFont()
    bold.setBold(True)
    for c, p in enumerate(report.pairs):
        for r, oid in enumerate(report.option_ids):
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
    label.setText(text)


def rank_item(pair: PairResult, option_id: str, bold: QFont) -> QTableWidgetItem:
    """``rank (regret)``, or a dash with the reason where the option takes no part in the pair."""
    status = pair.status(option_id)
    if status == "ranked":
        item = QTableWidgetItem(QCoreApplication.translate("PerspectivesPanel", "{0} ({1:.1f})").format(
            pair.ranks[option_id], pair.regrets[option_id]))
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


__all__ = ["fill_rank_table", "rank_item"]
