"""History panel: the project's audit log, newest first, with its verification status.

Filters narrow the list by named analyst (the analyst whose own inputs an entry
changed, or "Shared inputs" for the rest; issue 4: analysts), by user (the
operating-system account that made the change), by element (text in what was
changed, or an option/criterion id) and by a date range. The
status line says whether the hash chain is intact and shows its head hash, which
a user can record elsewhere (see docs/audit.md). "Go to element" asks the main
window to select the option, criterion or score cell an entry is about, first showing
the view whose value the entry changed (an analyst's own, or the shared inputs; a packet
import goes to the first value it changed, in the analyst's view); "Restore
this value" puts the entry's old value back as a new, audited, undoable edit. Values read as
words (:mod:`counterweight.services.history_wording`); edits made while the panel is open add
their entries without reading or verifying the whole history again (opening it and "Verify
again" do).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from counterweight.domain.errors import CounterweightError
from counterweight.services.history import (SHARED_INPUTS, AuditEntry, ElementRef, RestoreValue, VerifyReport,
                                            element_of, entry_analyst, filter_entries, history_since, restorable,
                                            verify_audit)
from counterweight.services.history_packets import is_import, packet_changes
from counterweight.services.history_wording import describe_value
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.engine_text import error_text
from counterweight.ui.text_size import follow_font
from counterweight.ui.theme import set_tone
from counterweight.ui.models.history_table_model import ENTRY_ID_ROLE, HistoryTableModel
from counterweight.ui.session_controller import SessionController

__all__ = ["ENTRY_ID_ROLE", "HistoryPanel", "HistoryTableModel", "describe_value"]

#: Edits arriving closer together than this (a slider drag) cause one refresh, not one each.
REFRESH_DELAY_MS = 250
#: Typing in the element filter applies it once the typing pauses this long.
FILTER_DELAY_MS = 150
#: Columns are sized from the header and this many of the newest rows shown.
SIZE_SAMPLE = 200


class HistoryPanel(QWidget):
    """The audit log with filters, verification status, "Go to element" and "Restore this value".

    Signals
    -------
    goToElement(str, str)
        ``(option_id, criterion_id)`` of the entry's element; either may be ``""``
        (an option's or a criterion's own entry).
    notice(str)
        A line for the status bar: "Go to element" switched the view (QA pass 19).
    """

    goToElement = Signal(str, str)
    notice = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setAccessibleName(self.tr("History"))
        self.controller = controller
        self.report: VerifyReport | None = None
        self._entries: list[AuditEntry] = []  # the whole history, newest first
        self._users: set[str] = set()
        self._loaded: tuple[int, str] | None = None  # the session (and file) _entries were read from
        self._stale = True
        # QA 26: no interval= keyword: PySide6 upper-cases a property keyword's first letter in the
        # user's locale to find its setter, and in Turkish "i" becomes "İ", so the window did not start
        self._refresh_timer = QTimer(self, singleShot=True, timeout=self.update_entries)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._filter_timer = QTimer(self, singleShot=True, timeout=self.apply_filters)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._build()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self._on_replaced)

    # ------------------------------------------------------------ building
    def _named(self, widget: QWidget, name: str, accessible: str, description: str) -> Any:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setAccessibleDescription(description)  # issue 6
        return widget

    def _shown(self, label: QLabel, name: str, title: str, description: str) -> QLabel:
        """A label showing a result: read out by its text, its title in the description (QA pass 30)."""
        label.setObjectName(name)
        return speak_shown_text(label, title, description)

    def _build(self) -> None:
        # issue 4: analysts: the named analyst whose inputs an entry changed; the OS account is a second filter
        self.analyst_combo = self._named(QComboBox(self), "historyAnalystFilter", self.tr("Filter by analyst"), self.tr(
            "Entries that changed one named analyst's own inputs, or the shared inputs"))
        self.user_combo = self._named(QComboBox(self), "historyUserFilter", self.tr("Filter by user account"),
                                      self.tr("Entries saved by one operating-system account"))
        self.element_edit = self._named(QLineEdit(self), "historyElementFilter", self.tr("Filter by element"),
                                        self.tr("Shows entries whose element name or id has this"))
        self.element_edit.setPlaceholderText(self.tr("Element name or id"))
        self.element_edit.setClearButtonEnabled(True)
        self.date_check = self._named(QCheckBox(self.tr("Da&tes from"), self), "historyDateFilter",
                                      self.tr("Filter by date"),
                                      self.tr("Shows only entries between the two dates"))
        today = QDate.currentDate()
        self.since_edit = self._named(QDateEdit(today.addDays(-30), self), "historySince", self.tr("From date"),
                                      self.tr("First day shown, as year-month-day"))
        self.until_edit = self._named(QDateEdit(today, self), "historyUntil", self.tr("To date"),
                                      self.tr("Last day shown, as year-month-day"))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        filters = QHBoxLayout()
        analyst, user = QLabel(self.tr("Analyst:"), self), QLabel(self.tr("User:"), self)  # QA pass 30: combos'
        analyst.setBuddy(self.analyst_combo)  # labels, which a screen reader on Linux reads them by
        user.setBuddy(self.user_combo)
        for widget in (analyst, self.analyst_combo, user, self.user_combo, self.element_edit, self.date_check,
                       self.since_edit, QLabel(self.tr("to"), self), self.until_edit):
            filters.addWidget(widget, 1 if widget is self.element_edit else 0)

        self.model = HistoryTableModel(self)
        self.table = self._named(QTableView(self), "historyTable", self.tr("History entries"),
                                 self.tr("Every saved change; double-click goes to it"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        self.table.verticalHeader().hide()
        follow_font(self.table)  # issue 6: rows grow with the system font size
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.status_label = self._shown(QLabel(self), "historyStatus", self.tr("History verification"),
                                        self.tr("Whether the history is intact"))
        self.status_label.setWordWrap(True)
        self.head_label = self._shown(QLabel(self), "historyHead", self.tr("Head hash"),
                                      self.tr("Fingerprint of the history; keep a copy"))
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.head_label.setToolTip(self.tr("Record this value outside the project (for example in the brief): "
                                           "a history rewritten later will no longer contain it."))
        self.message_label = self._shown(QLabel(self), "historyMessage", self.tr("History message"),
                                         self.tr("The result of the last action on the history"))
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # analysts' names are shown as typed

        self.goto_button = self._named(QPushButton(self.tr("Go to e&lement"), self), "historyGoToButton",
                                       self.tr("Go to element"),
                                       self.tr("Selects the entry's option, criterion or score"))
        self.restore_button = self._named(QPushButton(self.tr("Restore this val&ue"), self),
                                          "historyRestoreButton", self.tr("Restore this value"),
                                          self.tr("Sets the value back to before this entry"))
        self.verify_button = self._named(QPushButton(self.tr("Verify &again"), self), "historyVerifyButton",
                                         self.tr("Verify history again"),
                                         self.tr("Checks that no entry was changed or removed"))
        self.copy_button = self._named(QPushButton(self.tr("Co&py head hash"), self), "historyCopyHeadButton",
                                       self.tr("Copy head hash"),
                                       self.tr("Puts the head hash on the clipboard"))
        buttons = QHBoxLayout()
        for b in (self.goto_button, self.restore_button, None, self.verify_button, self.copy_button):
            buttons.addWidget(b) if b is not None else buttons.addStretch(1)
        col = QVBoxLayout(self)
        col.addLayout(filters)
        col.addWidget(self.table, 1)
        col.addLayout(buttons)
        for label in (self.message_label, self.status_label, self.head_label):
            col.addWidget(label)

        self.analyst_combo.currentIndexChanged.connect(self.apply_filters)
        self.user_combo.currentIndexChanged.connect(self.apply_filters)
        self.element_edit.textChanged.connect(lambda _text: self._filter_timer.start())  # applied once typing pauses
        self.element_edit.returnPressed.connect(self.apply_filters)
        self.date_check.toggled.connect(self._on_date_toggled)
        self.since_edit.dateChanged.connect(self.apply_filters)
        self.until_edit.dateChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.go_to_element())
        self.goto_button.clicked.connect(self.go_to_element)
        self.restore_button.clicked.connect(self.restore_selected)
        self.verify_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self._copy_head)
        self._update_buttons()

    # ------------------------------------------------------------ refreshing
    def _on_changed(self, *_args: object) -> None:
        # Only while the panel is visible, and once per burst of edits.
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _on_replaced(self) -> None:
        self._loaded = None  # another project (or the same file re-opened): read it all again
        self._on_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:  # opened by the user: read and verify everything; a restored window catches up
            self.update_entries() if event.spontaneous() else self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self._stale = True
        super().hideEvent(event)

    def _session_key(self) -> tuple[int, str]:
        session = self.controller.session
        return id(session), str(session.path)

    def refresh(self) -> None:
        """Re-read the whole log, verify the whole chain and re-apply the filters."""
        self._stale = False
        self._refresh_timer.stop()
        self._entries, self.report, self._loaded = [], None, None
        if self.controller.has_session:
            session = self.controller.session
            try:
                self._entries = session.audit_log()
                self.report = verify_audit(session)
                self._loaded = self._session_key()
            except CounterweightError as exc:  # e.g. the project was closed meanwhile
                self._entries, self.report = [], None
                self.message_label.setText(error_text(exc))
        self._users = {e.user for e in self._entries}
        self._fill_analysts()
        self._show_report()
        self.apply_filters()
        self._size_columns()

    def update_entries(self) -> None:
        """Add the entries written since the last read, checking only their links of the chain.

        Reads everything again (:meth:`refresh`) when nothing was read from this
        project yet or the entries do not continue the ones shown.
        """
        if not self.controller.has_session or self.report is None or self._loaded != self._session_key():
            return self.refresh()
        self._stale = False
        self._refresh_timer.stop()
        try:
            tail = history_since(self.controller.session, self._entries[0].id if self._entries else 0, self.report)
        except CounterweightError as exc:
            self.message_label.setText(error_text(exc))
            return
        if tail is None:
            return self.refresh()
        self._entries[:0] = tail.entries
        self.report = tail.report
        self._users |= {e.user for e in tail.entries}
        self._fill_analysts()
        self._show_report()
        small = self.model.rowCount() < SIZE_SAMPLE
        self.model.set_decision(self.controller.decision)
        self.model.set_log(self._entries)
        self.model.prepend(self._filtered(tail.entries))
        if small:  # a young history: its columns grow with it (later, the user's widths stay)
            self._size_columns()
        self._update_buttons()

    def _size_columns(self) -> None:
        """Fit the columns to the header and the newest rows, not every row (a long history)."""
        header = self.table.horizontalHeader()
        text_metrics, head_metrics = self.table.fontMetrics(), header.fontMetrics()
        widest = text_metrics.horizontalAdvance("n") * 48
        rows = min(self.model.rowCount(), SIZE_SAMPLE)
        pad = text_metrics.horizontalAdvance("nn") + 12  # cell margins
        for col in range(self.model.columnCount() - 1):  # the last column stretches
            texts = [str(self.model.index(r, col).data() or "") for r in range(rows)]
            width = max([head_metrics.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal)))]
                        + [text_metrics.horizontalAdvance(t) for t in texts])
            header.resizeSection(col, min(width + pad, widest))

    def _fill_analysts(self) -> None:
        users = sorted(self._users, key=str.casefold)
        self._refill(self.user_combo, self.tr("All users"), [(u, u) for u in users])
        analysts = self.controller.decision.analysts if self.controller.has_session else []
        named = [(a.name, a.id) for a in analysts] + [(self.tr("Shared inputs"), SHARED_INPUTS)]
        self._refill(self.analyst_combo, self.tr("All analysts"), named)

    @staticmethod
    def _refill(combo: QComboBox, everyone: str, items: list[tuple[str, str]]) -> None:
        """List ``everyone`` (no filter) and ``(text, data)`` items, keeping the choice when still listed."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for text, data in items:
            combo.addItem(text, data)
        at = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)

    def _show_report(self) -> None:
        report = self.report
        self.head_label.clear()
        self.copy_button.setEnabled(False)
        if report is None:
            self.status_label.clear()
            self.status_label.setProperty("verified", None)
            return
        self.status_label.setProperty("verified", report.ok)
        if report.ok:
            n = report.rows_checked  # English plural by hand: no English numerus forms are loaded
            text = (self.tr("History verified: 1 entry, chain intact") if n == 1
                    else self.tr("History verified: %n entries, chain intact", "", n))
            if report.note:
                text += "\n" + report.note
            set_tone(self.status_label, "ok")  # issue 6: follows the system palette
            self.head_label.setText(self.tr("Head hash: %1").replace("%1", report.head_hash))
            self.copy_button.setEnabled(True)
        else:
            where = report.first_bad_row_id
            text = (self.tr("History altered at entry %1").replace("%1", str(where)) if where is not None
                    else self.tr("History altered")) + ": " + report.problem
            set_tone(self.status_label, "error-strong")
        self.status_label.setText(text)

    def _on_date_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self.apply_filters()

    def _filtered(self, entries: list[AuditEntry]) -> list[AuditEntry]:
        since = until = None
        if self.date_check.isChecked():
            since, until = self.since_edit.date().toPython(), self.until_edit.date().toPython()
        decision = self.controller.decision if self.controller.has_session else None
        return filter_entries(entries, analyst=self.user_combo.currentData(), element=self.element_edit.text(),
                              since=since, until=until, analyst_id=self.analyst_combo.currentData(),
                              analysts=decision.analysts if decision is not None else [], decision=decision,
                              log=self._entries)

    def apply_filters(self) -> None:
        """Show the entries matching the current filters (from memory: nothing is read again)."""
        self._filter_timer.stop()
        self.model.set_decision(self.controller.decision if self.controller.has_session else None)
        self.model.set_log(self._entries)
        self.model.set_entries(self._filtered(self._entries))
        self._update_buttons()

    # ------------------------------------------------------------ actions
    def selected_entry(self) -> AuditEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        """Make the entry with ``entry_id`` current; ``False`` if it is not shown."""
        for row, entry in enumerate(self.model.entries()):
            if entry.id == entry_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _target(self, entry: AuditEntry) -> ElementRef | None:
        """The element an entry is about, if it still exists (a packet import: the first value it changed)."""
        if not self.controller.has_session:
            return None
        decision = self.controller.decision

        def present(ref: ElementRef | None) -> bool:
            return ref is not None and (not ref.option_id or decision.has_option(ref.option_id)) \
                and (not ref.criterion_id or decision.has_criterion(ref.criterion_id))
        ref = element_of(entry, decision)
        if ref is None and is_import(entry):
            changed = [ElementRef("score", *c.key) if c.kind == "score" else ElementRef(c.kind, criterion_id=c.key[0])
                       for c in packet_changes(entry, self._entries) or [] if c.kind == "score" or c.key[0]]
            ref = next((r for r in changed if present(r)), None)
        return ref if present(ref) else None

    def _target_ids(self, entry: AuditEntry) -> tuple[str, str] | None:
        ref = self._target(entry)
        return None if ref is None else (ref.option_id, ref.criterion_id)

    def _show_view_of(self, entry: AuditEntry, ref: ElementRef) -> None:
        """Show the view whose value ``entry`` changed (the analyst's own, or the shared inputs), saying so.

        An option's or a criterion's own entry (a name, a scale) reads the same in every view: the view stays.
        """
        if ref.kind not in ("score", "weight", "weights", "judgements"):
            return
        decision = self.controller.decision
        aid = entry_analyst(entry, decision.analysts)
        analyst = next((a for a in decision.analysts if a.id == aid), None)
        if aid is not None and analyst is None:
            text = self.tr("The analyst whose value entry %1 changed is no longer in the project; "
                           "the view is unchanged.").replace("%1", str(entry.id))
        elif self.controller.view == aid or self.controller.set_view(aid) is not None:
            return  # already shown, or the view cannot be formed (the controller says why)
        elif analyst is not None:
            text = self.tr("Showing %1's view: entry #%2 changed a value of their own.").replace(
                "%2", str(entry.id)).replace("%1", analyst.name)
        else:
            text = self.tr("Showing the shared inputs: entry #%1 changed a shared value.").replace("%1", str(entry.id))
        self.message_label.setText(text)
        self.notice.emit(text)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.goto_button.setEnabled(entry is not None and self._target_ids(entry) is not None)
        self.restore_button.setEnabled(entry is not None and restorable(entry) and not self.controller.read_only)

    def go_to_element(self) -> None:
        """Emit :attr:`goToElement` for the selected entry's element (if it still exists)."""
        entry = self.selected_entry()
        if entry is None:
            return
        ref = self._target(entry)
        if ref is None:
            self.message_label.setText(self.tr("The element of entry %1 no longer exists.")
                                       .replace("%1", str(entry.id)))
            return
        self._show_view_of(entry, ref)  # QA pass 19: the value shown is the one the entry changed
        self.goToElement.emit(ref.option_id, ref.criterion_id)

    def restore_selected(self) -> str | None:
        """Restore the selected entry's old value (one undo step); returns the error message, if any."""
        entry = self.selected_entry()
        if entry is None:
            return None
        error = self.controller.submit(RestoreValue(entry))
        self.message_label.setText(error or self.tr("Restored the value from entry %1.").replace("%1", str(entry.id)))
        return error

    def _copy_head(self) -> None:
        if self.report is not None and self.report.ok:
            QGuiApplication.clipboard().setText(self.report.head_hash)
