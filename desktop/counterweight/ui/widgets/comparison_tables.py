"""The two tables of the Compare methods tab, filled and coloured from a method comparison.

The ranks table has one row per option, in the order of the method in use (the first
:data:`MAX_RANK_ROWS` of a larger project, h25m: 1,000 rows of items held the window
up to 0.5 s after each edit; :func:`shown_note` says so), and one column per method;
a cell holds the option's rank under that method, or "—" when the
method does not rank it (the tooltip says why). The column of the method in use is
bold and tinted. The agreement table holds Kendall's tau-b for every pair of methods,
each cell coloured on the stoplight ramp from red (-1, reversed) to green (1, same
order). These functions only write into the tables they are given; the panel
(:mod:`counterweight.ui.widgets.comparison_panel`) owns them, sizes them and calls
:func:`colour_column` and :func:`colour_tau` again when the palette changes.
Their strings keep the panel's translation context, "ComparisonPanel".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from counterweight.charts.method_ranks_chart import method_code
from counterweight.charts.method_ranks_chart import method_name as short_label  # one wording: table, sentence, chart
from counterweight.charts.palette import mix, text_colour_for
from counterweight.domain import AggregationMethod
from counterweight.ui.numbers import fixed, shown
from counterweight.engine.comparison import MethodComparison
from counterweight.ui import theme  # issue 6: colours follow the system palette
from counterweight.ui.engine_text import term_text
from counterweight.ui.models.results_tables import MAX_RESULT_ROWS
from counterweight.ui.widgets.fitting import fit_name_column

#: How far the column of the method in use is tinted from the field colour towards the selection colour.
CURRENT_TINT = {False: 0.2, True: 0.35}  # light, dark palette
#: Item data role holding a tau cell's value (``None``: undefined), to re-colour it on a palette change.
TAU_ROLE = Qt.ItemDataRole.UserRole
DASH = "—"
#: The ranks table lists at most this many options (the first under the method in use).
MAX_RANK_ROWS = MAX_RESULT_ROWS


def current_method_colours(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """Background and text of the column of the method in use, from ``palette`` (default: the application's).

    A tint of the palette's selection colour over its field colour (a pale blue on a
    light palette, a deep blue on a dark one); a high-contrast palette gets its own
    selection colours, untinted.
    """
    palette = palette if palette is not None else QApplication.palette()
    th = theme.current(palette)
    role = QPalette.ColorRole
    if th.high_contrast:
        return QColor(palette.color(role.Highlight)), QColor(palette.color(role.HighlightedText))
    back = mix(th.base, palette.color(role.Highlight), CURRENT_TINT[th.dark])
    return back, text_colour_for(back)


def tau_colour(tau: float | None) -> QColor:
    """Background of a tau-b cell on the application palette: the stoplight ramp, red (-1) to green (1)."""
    th = theme.current()
    return th.missing if tau is None else th.stoplight((tau + 1.0) / 2.0)


def new_table(parent: QWidget, name: str, accessible: str) -> QTableWidget:
    """An empty read-only table, one cell selected at a time, that Tab leaves rather than walks through."""
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_ranks(table: QTableWidget, cmp: MethodComparison, current: AggregationMethod) -> int:
    """Write every option's rank under every method into ``table``; ``current`` is the method in use.

    Returns
    -------
    int
        The column of the method in use (its cells are bold; colour it with
        :func:`colour_column`), or -1 when that method is not compared.
    """
    methods = cmp.methods
    lead = cmp.evaluations[current] if current in cmp.evaluations else cmp.evaluations[methods[0]]
    order = [lead.option_ids[int(i)] for i in lead.order][:MAX_RANK_ROWS]
    table.setColumnCount(len(methods) + 1)
    table.setRowCount(len(order))
    table.verticalHeader().hide()
    table.setHorizontalHeaderItem(0, QTableWidgetItem(QCoreApplication.translate("ComparisonPanel", "Option")))
    for c, m in enumerate(methods, start=1):
        header = QTableWidgetItem(method_code(m) + (" ●" if m is current else ""))
        header.setToolTip(term_text(m.label) + (QCoreApplication.translate(
            "ComparisonPanel", " — the method in use") if m is current else ""))
        table.setHorizontalHeaderItem(c, header)
    highlighted = -1
    for r, oid in enumerate(order):
        name = QTableWidgetItem(lead.option_names[lead.option_index(oid)])
        name.setToolTip(name.text())
        table.setItem(r, 0, name)
        for c, m in enumerate(methods, start=1):
            ev = cmp.evaluations[m]
            ranked = ev.is_ranked(oid)
            item = QTableWidgetItem(str(ev.rank_of(oid)) if ranked else DASH)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if not ranked:
                why = QCoreApplication.translate("ComparisonPanel", "excluded by a red line") if ev.is_excluded(oid) \
                    else QCoreApplication.translate("ComparisonPanel", "cannot be placed (a score is missing)")
                item.setToolTip(QCoreApplication.translate("ComparisonPanel", "{0}: not ranked by {1}, {2}").format(
                    ev.option_names[ev.option_index(oid)], short_label(m), why))
            else:
                item.setToolTip(QCoreApplication.translate("ComparisonPanel", "{0}: rank {1} under {2}").format(
                    ev.option_names[ev.option_index(oid)], ev.rank_of(oid), m.label))
            if m is current:
                highlighted = c
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    # session 17: the ranks keep the width of their text; the names take the rest (elided, tooltip whole)
    fit_name_column(table, 0)
    return highlighted


def shown_note(cmp: MethodComparison) -> str:
    """What the ranks table leaves out of a comparison of more than :data:`MAX_RANK_ROWS` options ('' otherwise)."""
    total = len(cmp.evaluations[cmp.methods[0]].option_ids)
    if total <= MAX_RANK_ROWS:
        return ""
    return QCoreApplication.translate(
        "ComparisonPanel", "The ranks table lists the first {0} of {1:,} options under the method in use.").format(
        MAX_RANK_ROWS, shown(total))


def fill_tau(table: QTableWidget, cmp: MethodComparison) -> None:
    """Write Kendall's tau-b between every pair of methods into ``table``, each cell coloured by its value."""
    methods = cmp.methods
    table.setRowCount(len(methods))
    table.setColumnCount(len(methods))
    labels = [method_code(m) for m in methods]
    table.setHorizontalHeaderLabels(labels)
    table.setVerticalHeaderLabels(labels)
    # session 17: each column as wide as its values ("+0.67") and code, never shared out equally (which
    # cut every value to "+…" in a narrow column); the table scrolls sideways on its own when it must
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for i, m in enumerate(methods):
        for header in (table.horizontalHeaderItem(i), table.verticalHeaderItem(i)):
            header.setToolTip(m.label)
    for r, a in enumerate(methods):
        for c, b in enumerate(methods):
            tau = cmp.tau_between(a, b)
            item = QTableWidgetItem(DASH if tau is None else fixed(tau, 2, sign=True))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setData(TAU_ROLE, tau)
            colour_tau(item)
            item.setToolTip(QCoreApplication.translate("ComparisonPanel", "{0} vs {1}: tau-b {2}").format(
                a.label, b.label, QCoreApplication.translate(
                    "ComparisonPanel", "undefined (too few options, or all tied)") if tau is None else fixed(tau, 3)))
            table.setItem(r, c, item)


def colour_column(table: QTableWidget, column: int) -> None:
    """Tint ``column`` of the ranks table as the method in use, for the current palette (-1: none)."""
    if column < 0:
        return
    back, ink = current_method_colours()
    for r in range(table.rowCount()):
        item = table.item(r, column)
        if item is not None:
            item.setBackground(back)
            item.setForeground(ink)


def colour_tau(item: QTableWidgetItem) -> None:
    """Colour a tau-b cell from the value it holds under :data:`TAU_ROLE`, for the current palette."""
    background = tau_colour(item.data(TAU_ROLE))
    item.setBackground(background)
    item.setForeground(text_colour_for(background))


def rank_rows(table: QTableWidget) -> list[tuple[str, list[int | None]]]:
    """``(option name, rank under each method or None)`` rows as the ranks table shows them."""
    rows = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c).text() for c in range(1, table.columnCount())]
        rows.append((table.item(r, 0).text(), [None if t == DASH else int(t) for t in cells]))
    return rows


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """Every cell's text of ``table``, row by row."""
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


__all__ = [
    "CURRENT_TINT",
    "DASH",
    "MAX_RANK_ROWS",
    "TAU_ROLE",
    "cell_texts",
    "colour_column",
    "colour_tau",
    "current_method_colours",
    "fill_ranks",
    "fill_tau",
    "new_table",
    "rank_rows",
    "shown_note",
    "tau_colour",
]
