"""The ranking panel's notes: the list under the chart, and a line above the table that leads to it.

QA pass 22: the weighted sum counts a missing score as the worst value (0). The note that says
so is in the list under the chart, which at 1,366 x 768 lies below the visible part of the
panel, and the ranking row showed a plain score. The table now marks such rows
(:func:`~counterweight.ui.models.ranking_model.worst_counted`), and :class:`MissingScoresLine`
says above the table how many options are affected, with a link that scrolls the notes into
view and puts the keyboard focus on the first of them.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QScrollArea, QSplitter, QStyle, QWidget

from counterweight.engine.diagnostics import MISSING_SCORE
from counterweight.engine.red_lines import RED_LINE_BREACH
from counterweight.ui.engine_text import engine_text
from counterweight.ui.theme import set_tone

if TYPE_CHECKING:
    from counterweight.engine import Evaluation
    from counterweight.engine.diagnostics import Diagnostic


#: QA 27: notes of one kind on one criterion (a missing score per option) shown one by one; past
#: ``SHOWN_PER_GROUP + 1`` of them, the rest are one line ("…and 995 more options have no score on 'X'").
SHOWN_PER_GROUP = 5


def fill_notes(notes_list: QListWidget, evaluation: Evaluation) -> None:
    """Fill the notes list: a warning when nothing is ranked, then warnings before remarks, else "No problems".

    Per-option notes of one kind on one criterion are listed up to :data:`SHOWN_PER_GROUP`, then
    counted on one line that leads to the first cell not listed (QA 27: a criterion left unscored on
    1,000 options made 1,000 wrapped items on every edit). An unchanged set of notes is not rebuilt.
    """
    notes = tuple(d for d in evaluation.diagnostics if d.code != RED_LINE_BREACH)  # listed under Red lines
    # every option excluded by a red line (or unplaceable): say so first, never "No problems found."
    why = evaluation.nothing_ranked() if evaluation.option_ids else ""
    key = (why, notes)
    if notes_list.count() and getattr(notes_list, "_filled_for", None) == key:
        return
    notes_list.clear()
    notes_list._filled_for = key
    style = notes_list.style()
    warn = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if why:
        item = QListWidgetItem(warn, engine_text(why))
        item.setToolTip(QCoreApplication.translate("RankingPanel", "Warning: ") + engine_text(why))
        notes_list.addItem(item)
    if not notes:
        if not why:
            notes_list.addItem(QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                               QCoreApplication.translate("RankingPanel", "No problems found.")))
        return
    info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    ordered = sorted(notes, key=lambda d: d.severity != "warning")
    sizes = Counter(_group(d) for d in ordered)
    seen: Counter[tuple[str, str] | None] = Counter()
    for diag in ordered:
        group = _group(diag)
        seen[group] += 1
        if group is not None and sizes[group] > SHOWN_PER_GROUP + 1 and seen[group] > SHOWN_PER_GROUP:
            if seen[group] == SHOWN_PER_GROUP + 1:  # the first one not listed: the line that counts the rest
                notes_list.addItem(_note_item(diag, _more_text(diag, sizes[group] - SHOWN_PER_GROUP), warn, info))
            continue
        notes_list.addItem(_note_item(diag, engine_text(diag.message), warn, info))


def _group(diag: Diagnostic) -> tuple[str, str] | None:
    """Notes about one option each are grouped by kind and criterion; the others are listed one by one."""
    return (diag.code, diag.criterion_id or "") if diag.option_id else None


def _more_text(diag: Diagnostic, count: int) -> str:
    criterion = getattr(diag.message, "args", {}).get("criterion")
    if diag.code == MISSING_SCORE and criterion:
        return QCoreApplication.translate(
            "RankingPanel", "…and %n more options have no score on '{0}', with the same consequence.", "",
            count).format(engine_text(criterion))
    return QCoreApplication.translate("RankingPanel", "…and %n more notes of the same kind.", "", count)


def _note_item(diag: Diagnostic, text: str, warn: QIcon, info: QIcon) -> QListWidgetItem:
    """A note's item; activating it leads to the note's option and criterion (for a count: the first counted)."""
    warning = diag.severity == "warning"
    item = QListWidgetItem(warn if warning else info, text)
    item.setToolTip((QCoreApplication.translate("RankingPanel", "Warning: ") if warning
                     else QCoreApplication.translate("RankingPanel", "Note: ")) + text)
    item.setData(Qt.ItemDataRole.UserRole, (diag.option_id or "", diag.criterion_id or ""))
    item.setData(Qt.ItemDataRole.UserRole + 1, diag.code)
    return item


#: Notes :func:`show_notes` makes room for, at two lines each.
SHOWN_NOTE_ROWS = 3


def _make_room(notes_list: QListWidget) -> None:
    """Let the notes be at least a few notes high: the page they are in grows (it scrolls) rather than the chart
    shrinking, which at 1,366 x 768 is already at its least."""
    rows = min(notes_list.count(), SHOWN_NOTE_ROWS)
    metrics = notes_list.fontMetrics()
    icon = notes_list.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, notes_list)
    width = max(notes_list.viewport().width() - icon - 16, 10 * metrics.averageCharWidth())
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    want = sum(max(notes_list.sizeHintForRow(r), metrics.boundingRect(
        0, 0, width, 100 * metrics.height(), flags, notes_list.item(r).text()).height() + 8) for r in range(rows))
    want += 2 * notes_list.frameWidth() + 4
    if notes_list.minimumHeight() < want:
        notes_list.setMinimumHeight(want)
        splitter = notes_list.parentWidget()
        if isinstance(splitter, QSplitter):
            sizes = splitter.sizes()
            at = splitter.indexOf(notes_list)
            if at >= 0 and sizes[at] < want:
                sizes[at] = want
                splitter.setSizes(sizes)


def show_notes(notes_list: QListWidget, code: str = "") -> None:
    """Bring ``notes_list`` into view in its page, focus it and select the first note of kind ``code``.

    The notes are given a few notes' height first (:func:`_make_room`), so the note is read, not
    glimpsed; the page is scrolled once its layout has taken the new height (the pending layout
    requests are handled here, so nothing waits on a timer).
    """
    _make_room(notes_list)
    row = next((i for i in range(notes_list.count())
                if notes_list.item(i).data(Qt.ItemDataRole.UserRole + 1) == code), 0) if code else 0
    if notes_list.count():
        notes_list.setCurrentRow(row)
    notes_list.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(6):  # the new height goes up one parent a round: notes, splitter, panel, its scroll area
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    _scroll_to(notes_list, row)


def _scroll_to(notes_list: QListWidget, row: int) -> None:
    parent = notes_list.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        fit = getattr(parent, "fit", None)  # a PanelScrollArea: give the page its new height now
        if callable(fit):
            fit()
        # the whole list, not only its current row (what ensureWidgetVisible would show of a list)
        centre = notes_list.mapTo(parent.widget(), notes_list.rect().center())
        parent.ensureVisible(centre.x(), centre.y(), notes_list.width() // 2, notes_list.height() // 2 + 2)
    if 0 <= row < notes_list.count():
        notes_list.scrollToItem(notes_list.item(row), QListWidget.ScrollHint.PositionAtTop)


class MissingScoresLine(QLabel):
    """"⚠ 2 options have missing scores counted as the worst value. See the notes" above the table.

    Hidden when no ranked row is marked. The link (also reached with Tab and Enter)
    calls :func:`show_notes` on ``notes_list``.
    """

    def __init__(self, notes_list: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes = notes_list
        self._options = 0  # before set_tone: its palette change reaches changeEvent
        self.setObjectName("missingScoresLine")
        self.setAccessibleName(self.tr("Missing scores counted as the worst value"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        set_tone(self, "warning")
        self.linkActivated.connect(lambda _link: show_notes(self._notes, MISSING_SCORE))
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._options:
            self.show_count(self._options)  # the link's colour is written into the text

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Ask for the lines the text wraps onto at this width: the page's layout counted one, and squeezed
        the chart over the notes by the rest."""
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def show_count(self, options: int) -> None:
        """Say how many ranked options have a missing score counted as the worst (0: hide)."""
        self._options = options
        self.setVisible(options > 0)
        if not options:
            return
        said = self.tr("⚠ 1 option has a missing score counted as the worst value (marked in the table).") \
            if options == 1 else self.tr("⚠ %n options have missing scores counted as the worst value (marked in "
                                         "the table).", "", options)
        link = self.tr("See the notes")
        # h26d: in the label's own link colour; rich text would take the application's (Qt's blue on a dark window)
        colour = self.palette().color(QPalette.ColorRole.Link).name()
        self.setText(f"{_escape(said)} <a href=\"#notes\" style=\"color: {colour}\">{_escape(link)}</a>")
        self.setAccessibleDescription(said + " " + self.tr("The link shows the notes below the chart."))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["SHOWN_PER_GROUP", "MissingScoresLine", "fill_notes", "show_notes"]
