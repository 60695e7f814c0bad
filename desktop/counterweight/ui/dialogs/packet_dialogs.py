"""Dialogs of the elicitation packet round trip: choose the analyst, review the merge.

* :class:`PacketExportDialog` asks which named analyst the packet is for and an
  optional note shown to them.
* :class:`PacketImportDialog` shows what a returned packet would change, value by
  value: the value at export, the project's value now and the packet's. Conflicts
  (changed on both sides) each get a choice, "Keep the project's" by default, so
  nothing is overwritten unless the user says so.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Decision
from counterweight.services.packet_merge import ImportPlan, Prefer, describe_value
from counterweight.ui.dialogs.dialog_fit import fit_to_screen, keep_name_column
from counterweight.ui.local_times import local_stamp_marked, local_time_tip


class PacketExportDialog(QDialog):
    """Which analyst the packet is for, and a note for them."""

    def __init__(self, decision: Decision, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packetExportDialog")
        self.setWindowTitle(self.tr("Export elicitation packet"))
        intro = QLabel(self.tr(
            "The packet holds the options, criteria, shared scores and weights, and the evidence library, "
            "but no other analyst's judgements. The analyst opens it with Counterweight on their own "
            "workstation, gives their own values and sends back the returned packet."), self)
        intro.setWordWrap(True)
        self.analyst = QComboBox(self)
        self.analyst.setObjectName("packetAnalyst")
        self.analyst.setAccessibleName(self.tr("Analyst"))
        self.analyst.setAccessibleDescription(self.tr("The named analyst who will fill in the packet"))
        for a in decision.analysts:
            self.analyst.addItem(a.name if not a.role else f"{a.name} ({a.role})", a.id)
        if current is not None and (i := self.analyst.findData(current)) >= 0:
            self.analyst.setCurrentIndex(i)
        self.instructions = QPlainTextEdit(self)
        self.instructions.setObjectName("packetInstructions")
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self.instructions.setAccessibleDescription(self.tr("A note shown to the analyst when they open the packet"))
        self.instructions.setPlaceholderText(self.tr("Optional, e.g. \u201cPlease score by Friday; focus on "
                                                     "escalation risk.\u201d"))
        self.instructions.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Analyst:"), self.analyst)
        form.addRow(self.tr("&Instructions:"), self.instructions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addLayout(form)
        col.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def analyst_id(self) -> str:
        return str(self.analyst.currentData())

    def note(self) -> str:
        return self.instructions.toPlainText().strip()


class PacketImportDialog(QDialog):
    """Review a returned packet's merge; conflicts are resolved row by row."""


    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("packetImportDialog")
        self.setWindowTitle(self.tr("Import returned packet"))
        resp = plan.packet.response
        lines = [self.tr("Packet from {0}, answered {1} by {2}.").format(
            plan.analyst.name, local_stamp_marked(resp.answered_at) if resp else "?",
            resp.answered_by if resp else "?")]
        if resp is not None and resp.note:
            lines.append(self.tr("Their note: {0}").format(resp.note))
        if plan.readd_analyst:
            lines.append(self.tr("{0} is no longer named in this project and will be added back with every value "
                                 "of the packet.").format(plan.analyst.name))
        counts = {s: plan.count(s) for s in ("take", "same", "conflict", "skipped", "kept")}  # type: ignore[arg-type]
        take, clash = counts["take"], counts["conflict"]
        lines.append(self.tr("{0} to take, {1} already equal, {2}, {3} skipped.").format(
            self.tr("1 value") if take == 1 else self.tr("%n values", "", take), counts["same"],
            self.tr("1 conflict") if clash == 1 else self.tr("%n conflicts", "", clash), counts["skipped"]))
        if counts["kept"]:
            lines.append(self.tr("1 value was changed only in this project since the export; the analyst "
                                 "returned it as exported, so the project's value stays.") if counts["kept"] == 1
                         else self.tr("%n values were changed only in this project since the export; the analyst "
                                      "returned them as exported, so the project's values stay.", "", counts["kept"]))
        if counts["conflict"]:
            lines.append(self.tr("A conflict is a value changed both here and in the packet since the export: "
                                 "choose for each which one to keep. The project's value is kept unless you "
                                 "choose otherwise."))
        if not plan.items:
            lines.append(self.tr("The analyst changed nothing; importing records that the packet came back."))
        self.summary = QLabel("\n".join(lines), self)
        self.summary.setObjectName("packetSummary")
        self.summary.setToolTip(local_time_tip(resp.answered_at) if resp else "")  # which clock "answered" reads
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        columns = [self.tr("What"), self.tr("Status"), self.tr("At export"), self.tr("Project now"),
                   self.tr("Packet"), self.tr("Use")]
        status_text = {"take": self.tr("from packet"), "same": self.tr("already equal"),
                       "conflict": self.tr("conflict"), "skipped": self.tr("skipped"),
                       "kept": self.tr("changed here only")}
        self.table = QTableWidget(len(plan.items), len(columns), self)
        self.table.setObjectName("packetItems")
        self.table.setAccessibleName(self.tr("Values in the packet"))
        self.table.setAccessibleDescription(self.tr("Each value the analyst changed, with the value at export, "
                                                    "the project's value now and the packet's"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.choices: dict[tuple[str, ...], QComboBox] = {}
        for row, item in enumerate(plan.items):
            status = status_text[item.status] + (f": {item.reason}" if item.status == "skipped" else "")
            cells = [item.label, status, describe_value(item.kind, item.base), describe_value(item.kind, item.mine),
                     describe_value(item.kind, item.theirs)]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
            if item.status == "conflict":
                combo = QComboBox(self.table)
                combo.setAccessibleName(self.tr("Which value to keep for {0}").format(item.label))
                combo.setAccessibleDescription(self.tr("Keep the project's value or take the packet's"))
                combo.addItem(self.tr("Keep the project's"), "project")
                combo.addItem(self.tr("Take the packet's"), "packet")
                self.table.setCellWidget(row, 5, combo)
                self.choices[item.key] = combo
            else:
                use = {"take": self.tr("packet's"), "same": self.tr("either"), "skipped": self.tr("project's"),
                       "kept": self.tr("project's")}
                self.table.setItem(row, 5, QTableWidgetItem(use[item.status]))
        # QA 17: "What" keeps at least 24 characters; the values fit their contents up to 28 (tool tips say all)
        keep_name_column(self.table, 0, chars=24, cap_chars=28)
        all_row = QHBoxLayout()
        self.keep_all = QPushButton(self.tr("&Keep all the project's"), self)
        self.keep_all.setObjectName("keepAllButton")
        self.keep_all.setAccessibleDescription(self.tr("Resolve every conflict by keeping the project's value"))
        self.keep_all.clicked.connect(lambda: self.set_all("project"))
        self.take_all = QPushButton(self.tr("&Take all the packet's"), self)
        self.take_all.setObjectName("takeAllButton")
        self.take_all.setAccessibleDescription(self.tr("Resolve every conflict by taking the packet's value"))
        self.take_all.clicked.connect(lambda: self.set_all("packet"))
        for b in (self.keep_all, self.take_all):
            b.setEnabled(bool(self.choices))
            all_row.addWidget(b)
        all_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.summary)
        col.addWidget(self.table, 1)
        col.addLayout(all_row)
        col.addWidget(buttons)
        fit_to_screen(self, QSize(860, 420))  # QA 17: the columns at this font, within the screen (was 860 x 420)

    def set_all(self, prefer: Prefer) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(combo.findData(prefer))

    def resolutions(self) -> dict[tuple[str, ...], Prefer]:
        """The side chosen for each conflict, by its key."""
        return {key: combo.currentData() for key, combo in self.choices.items()}


__all__ = ["PacketExportDialog", "PacketImportDialog"]
