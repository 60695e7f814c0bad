"""Parts of the Disagreement tab (:mod:`counterweight.ui.widgets.disagreement_panel`) kept apart to keep it short.

* :func:`make_table`: a read-only table that Tab leaves (arrows move between cells);
* :func:`fit_to_rows`: a short table as tall as its rows (QA 29: the "Top option per
  analyst" box kept a table's default height, a large empty area over three rows, while
  the tables under it needed scrolling), its last column taking the rest of the width
  and wrapping ("A (differs from the group)" was cut at 1.5 text);
* :func:`cap_to_rows`: the heatmap and the weights no taller than their rows;
* :func:`mover_text`: one ranking-moving disagreement in words; the two weights of a
  group of two are one sentence (QA 29);
* :func:`top_text` and :func:`without_own_text`: what the tab says of analysts who have
  no inputs of their own yet (h28g).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QSizePolicy, QTableWidget, QWidget

from counterweight.domain import Decision
from counterweight.ui.numbers import fixed
from counterweight.services.disagreement import DisagreementReport, Mover, score_words
from counterweight.ui.engine_text import engine_text
from counterweight.ui.pane_room import rows_height

QWIDGETSIZE_MAX = (1 << 24) - 1


def make_table(name: str, accessible: str, parent: QWidget) -> QTableWidget:
    """A named read-only table; Tab leaves it and the arrows move between its cells."""
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
    return table


def fit_to_rows(table: QTableWidget) -> None:
    """Make ``table`` as tall as its header and rows (never taller), the last column wrapping in the width left."""
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(table.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Maximum)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def cap_to_rows(table: QTableWidget) -> None:
    """Never taller than its header and rows (with room for a sideways scroll bar): no empty area under a few rows."""
    table.setMaximumHeight(rows_height(table, table.rowCount()) if table.rowCount() else QWIDGETSIZE_MAX)


def top_text(top: str, differs: bool, own: bool, report: DisagreementReport) -> str:
    """A row's text in "Top option per analyst": the option, and whether it differs from the group's or stands
    for an analyst who has no inputs of their own yet (h28g: not the shared inputs' top as if it were theirs)."""
    translate = QCoreApplication.translate  # the panel's context: its translations stay
    if not own and report.nothing_to_compare:
        return translate("DisagreementPanel", "— (no judgements of their own yet)")
    text = top + (" " + translate("DisagreementPanel", "(differs from the group)") if differs else "")
    if not own:
        text += " " + translate("DisagreementPanel", "(the shared inputs: no judgements of their own yet)")
    return text


def without_own_text(report: DisagreementReport) -> str:
    """The summary's words for the analysts who have no inputs of their own ("" when every one has some)."""
    names = ", ".join(t.name for t in report.tops if t.analyst_id is not None and not t.own)
    if not names:
        return ""
    if report.nothing_to_compare:  # h28g: was "No single analyst's inputs change the top option" over green 0 %
        return QCoreApplication.translate(
            "DisagreementPanel", "No analyst has judgements of their own yet ({0}): each analyst's view is the "
            "shared inputs, so there is no disagreement to show. Choose an analyst under Whose judgements and give "
            "them their own scores or weights.").format(names)
    return QCoreApplication.translate(
        "DisagreementPanel", "No judgements of their own yet: {0}. The shared inputs stand in for them below.").format(
        names)


def mover_text(decision: Decision, m: Mover) -> str:
    """One ranking-moving disagreement in words (the panel's translations)."""
    translate = QCoreApplication.translate  # the panel's context: its translations stay
    who = m.analyst if m.analyst_id is not None else translate("DisagreementPanel", "The shared inputs")
    new_top = decision.option(m.new_top).name if m.new_top else "—"
    crit = decision.criterion(m.criterion_id).name
    if m.kind == "score" and m.option_id is not None:
        return translate("DisagreementPanel", "{0}'s score of {1} on {2} ({3} instead of the group's {4}) makes {5} "
                         "the top option.").format(who, decision.option(m.option_id).name, crit,
                                                   engine_text(score_words(decision, m.criterion_id, m.analyst_value)),
                                                   engine_text(score_words(decision, m.criterion_id, m.group_value)),
                                                   new_top)
    if m.other_id is not None:  # QA 29: a group of two is one judgement, listed once
        return translate("DisagreementPanel", "{0}'s weights of {1} and {2} ({3} / {4} % instead of the "
                         "group's {5} / {6} %) make {7} the top option.").format(  # spaced as the brief (h26k)
            who, crit, decision.criterion(m.other_id).name, fixed(m.analyst_value, 1), fixed(100.0 - m.analyst_value, 1),
            fixed(m.group_value, 1), fixed(100.0 - m.group_value, 1), new_top)
    return translate("DisagreementPanel", "{0}'s weight of {1} ({2} % of its group instead of the group's "
                     "{3} %) makes {4} the top option.").format(
        who, crit, fixed(m.analyst_value, 1), fixed(m.group_value, 1), new_top)


__all__ = ["cap_to_rows", "fit_to_rows", "make_table", "mover_text", "top_text", "without_own_text"]
