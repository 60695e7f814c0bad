"""Perspectives tab: named weight sets, score scenarios, the robust choice and snapshots.

* Perspectives: "Save current weights as perspective…" (the weights of the view shown:
  an analyst's own in their view), rename, delete.
* Scenarios: "New scenario…", rename, delete, and an editor table (options x scored
  criteria) for the selected scenario: type a number or a level to override a cell,
  clear the cell to drop the override. The base score (of the view shown) is the
  tooltip; the cells are worked out as they are drawn (:mod:`.scenario_editor`).
* Rank table: one row per option, one column per (perspective x scenario) pair,
  "rank (regret)"; the robust (minimax-regret) choice in a sentence below.
* Snapshots: "Take snapshot…" (Ctrl+Shift+T), delete, and "Compare…": two selected
  snapshots against each other, or one against the current decision; the plain-words
  difference appears below the list. A snapshot keeps the whole project (shared
  inputs and every analyst's), whichever view is shown.

Every change goes through the controller, so it is saved, audited and undoable.

The tab works out the ranks under every pair (one evaluation per pair), so it does
that only while it is shown: changes made meanwhile mark it out of date, and it catches
up when shown again. For large decisions it also waits for a pause in the edits (a
slider drag) before recomputing, then works the ranks out on a worker thread and lists
the 100 least regretful options (h25m, :class:`~.robust_ranks.RankUpdates`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.base import new_id
from counterweight.domain.errors import CounterweightError
from counterweight.domain.perspectives import ScoreOverride, ScoreScenario, SnapshotCopyError
from counterweight.domain.scales import QualitativeScale
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.perspectives import (
    AddScenario,
    AddWeightSet,
    RemoveScenario,
    RemoveSnapshot,
    RemoveWeightSet,
    TakeSnapshot,
    UpdateScenario,
    UpdateWeightSet,
    compare_snapshots,
    robust_choice,
    weight_set_from_current,
)
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.damaged_snapshot import say_damaged_snapshot
from counterweight.ui.local_times import local_stamp, local_time_tip
from counterweight.ui.pane_room import keep_rows
from counterweight.ui.engine_text import error_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.fitting import ElidingButton, cap_row_names
from counterweight.ui.widgets.focus_frame import show_focus
from counterweight.ui.widgets.perspectives_buttons import ListButtons  # session 28
from counterweight.ui.widgets.reflow import ReflowRow
from counterweight.ui.widgets.robust_ranks import RankUpdates
from counterweight.ui.widgets.scenario_editor import ScenarioEditorModel
from counterweight.ui.widgets.shown_work import IMMEDIATE_CELLS, ShownWork, decision_cells
from counterweight.ui.widgets.view_switcher import ViewCaption  # issue 4: analysts

_ID = Qt.ItemDataRole.UserRole


def _button(text: str, name: str, parent: QWidget, *, whole: bool = False) -> QPushButton:
    b = QPushButton(text, parent) if whole else ElidingButton(text, parent)
    b.setObjectName(name)
    b.setAccessibleName(text.rstrip("…"))
    return b


class PerspectivesPanel(QWidget):
    """Weight sets, scenarios, ranks across them, and snapshots with comparison."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perspectivesPanel")
        self.setAccessibleName(self.tr("Perspectives and scenarios"))
        self._controller = controller
        split = QSplitter(Qt.Orientation.Vertical, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        top = ReflowRow(split)  # side by side when wide enough, else one above the other (1,366 px screens)
        self.weight_set_list, ws_box = self._list_box(self.tr("Perspectives (weight sets)"), "weightSetList", [
            (self.tr("Save as perspective…"), "saveWeightSetButton", self.save_current_weights),
            (self.tr("Rename…"), "renameWeightSetButton", self.rename_weight_set),
            (self.tr("Delete"), "deleteWeightSetButton", self.delete_weight_set)])
        self.scenario_list, sc_box = self._list_box(self.tr("Scenarios"), "scenarioList", [
            (self.tr("New scenario…"), "newScenarioButton", self.new_scenario),
            (self.tr("Rename…"), "renameScenarioButton", self.rename_scenario),
            (self.tr("Delete"), "deleteScenarioButton", self.delete_scenario)])
        self.snapshot_list, sn_box = self._list_box(self.tr("Snapshots"), "snapshotList", [
            (self.tr("Take snapshot…"), "takeSnapshotButton", self.take_snapshot),
            (self.tr("Compare…"), "compareSnapshotsButton", self.compare_selected),
            (self.tr("Delete"), "deleteSnapshotButton", self.delete_snapshot)])
        self.snapshot_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setFocusProxy(self.weight_set_list)  # Ctrl+5 lands on the first list, not on the panel's frame
        for box in (ws_box, sc_box, sn_box):
            top.add(box)
        self.list_row = top
        save = ws_box.findChild(QPushButton, "saveWeightSetButton")  # QA 29: a short caption, the whole one here
        save.setAccessibleName(self.tr("Save current weights as perspective"))
        save.setToolTip(save.accessibleName())
        self.take_snapshot_button = sn_box.findChild(QPushButton, "takeSnapshotButton")
        self.take_snapshot_button.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.take_snapshot_button.setToolTip(self.tr("Keep a copy of the decision as it is now (Ctrl+Shift+T)"))
        self.scenario_list.currentItemChanged.connect(lambda *_: self._fill_editor())
        for name, text in (  # issue 6: what each list and button does, for screen readers
                ("weightSetList", self.tr("Saved sets of weights; each is one way of valuing the criteria")),
                ("saveWeightSetButton", self.tr("Keeps the weights now in use under a name")),
                ("renameWeightSetButton", self.tr("Renames the selected perspective")),
                ("deleteWeightSetButton", self.tr("Deletes the selected perspective (undo with Ctrl+Z)")),
                ("scenarioList", self.tr("Sets of changed scores, such as a pessimistic case")),
                ("newScenarioButton", self.tr("Starts a scenario with no changed scores")),
                ("renameScenarioButton", self.tr("Renames the selected scenario")),
                ("deleteScenarioButton", self.tr("Deletes the selected scenario (undo with Ctrl+Z)")),
                ("snapshotList", self.tr("Copies of the decision kept at earlier moments")),
                ("takeSnapshotButton", self.tr("Keeps a copy of the decision as it is now")),
                ("compareSnapshotsButton", self.tr("Lists what changed between the selected snapshots, or since one")),
                ("deleteSnapshotButton", self.tr("Deletes the selected snapshots"))):
            self.findChild(QWidget, name).setAccessibleDescription(text)
        self._buttons = ListButtons(self, controller, self.weight_set_list, self.scenario_list, self.snapshot_list)

        editor = QWidget(split)
        editor_column = QVBoxLayout(editor)
        editor_column.setContentsMargins(0, 0, 0, 0)
        self.scenario_hint = QLabel(self.tr(
            "Select a scenario above, or make a new one, to type the scores it changes."), editor)
        self.scenario_hint.setObjectName("scenarioEditorHint")
        self.scenario_hint.setWordWrap(True)
        self.scenario_model = ScenarioEditorModel(self)  # cells worked out as they are shown
        self.scenario_table = QTableView(editor)
        self.scenario_table.setModel(self.scenario_model)
        self.scenario_table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.scenario_table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        editor_column.addWidget(self.scenario_hint)
        editor_column.addWidget(self.scenario_table, 1)
        self.scenario_table.setObjectName("scenarioEditor")
        self.scenario_table.setTabKeyNavigation(False)  # arrows move between cells, Tab leaves (as the score matrix)
        self.scenario_table.setAccessibleName(self.tr("Scenario scores: type to override a cell, clear to undo"))
        self.scenario_table.setAccessibleDescription(self.tr("Options in rows, criteria in columns"))  # issue 6
        self.scenario_model.overrideTyped.connect(self._on_override_edited)

        results = QWidget(split)
        col = QVBoxLayout(results)
        self.view_caption = ViewCaption(controller, results, name="perspectivesViewCaption")  # issue 4: analysts
        col.addWidget(self.view_caption)
        self.rank_table = QTableWidget(results)
        self.rank_table.setObjectName("rankAcrossPairsTable")
        self.rank_table.setAccessibleName(self.tr("Rank (regret in points) under each perspective and scenario"))
        self.rank_table.setAccessibleDescription(self.tr(  # issue 6
            "Options in rows, one column per perspective and scenario. Regret: how many points an "
            "option falls short of the best one under that pair"))
        self.rank_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rank_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.rank_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.robust_label = QLabel(results)
        self.robust_label.setObjectName("robustChoiceLabel")
        self.robust_label.setWordWrap(True)
        self.robust_label.setTextFormat(Qt.TextFormat.PlainText)  # option names show as typed
        speak_shown_text(self.robust_label, self.tr("Robust choice"),
                         self.tr("Whether one option is best under every perspective and scenario"))
        self.diff_view = QPlainTextEdit(results)
        self.diff_view.setObjectName("snapshotDiffView")
        self.diff_view.setReadOnly(True)
        show_focus(self.diff_view)  # QA 30: a read-only view showed no focus at all
        self.diff_view.setAccessibleName(self.tr("Snapshot comparison"))
        self.diff_view.setAccessibleDescription(self.tr("What changed, line by line; read-only"))  # issue 6
        self.diff_view.setPlaceholderText(self.tr("Select one snapshot (compared with now) or two, then Compare…"))
        self._ranks = RankUpdates(self, self.rank_table, self.robust_label, self._keep_rows)  # h25m: a worker
        col.addWidget(self._ranks.status_label)
        col.addWidget(self.rank_table)
        col.addWidget(self.robust_label)
        col.addWidget(self.diff_view)

        self._stale_lists = self._stale_ranks = True  # what the next catch-up must redo
        self._work = ShownWork(self, self._catch_up, lambda: decision_cells(controller), self.is_stale,
                               "perspectivesDebounce")
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(lambda: self._mark_stale(lists=True))
        # issue 4: analysts: the ranks and the editor's base scores follow the view
        controller.viewChanged.connect(lambda _view: self._mark_stale(lists=True))
        self._show_editor_hint(None)
        self._buttons.sync()  # session 28: enabled only when they can act

    def _list_box(self, title: str, name: str, buttons: list) -> tuple[QListWidget, QGroupBox]:
        box = QGroupBox(title, self)
        lay = QVBoxLayout(box)
        lst = QListWidget(box)
        lst.setObjectName(name)
        lst.setAccessibleName(title)
        lay.addWidget(lst)
        pair = None  # QA 29 ("Rena…" at 1,366 px): the first button whole, the others stacked when cut on one line
        for text, obj, slot in buttons:
            b = _button(text, obj, box if pair is None else pair, whole=pair is None)
            b.clicked.connect(lambda _checked=False, s=slot: s())
            if pair is None:
                lay.addWidget(b)
                pair = ReflowRow(box, natural=True)
                lay.addWidget(pair)
            else:
                pair.add(b)
        return lst, box

    def _keep_rows(self) -> None:
        """Session 17: each table keeps a few rows in sight (the tab scrolls instead); names give way to numbers."""
        for table in (self.scenario_table, self.rank_table):
            cap_row_names(table)
            keep_rows(table)

    # ------------------------------------------------------------ refresh
    @property
    def _decision(self):
        return self._controller.decision

    def is_stale(self) -> bool:
        """Whether what the tab shows waits for a change to be taken in (when shown)."""
        return self._stale_lists or self._stale_ranks

    def is_busy(self) -> bool:
        """Whether a large project's ranks are being worked out on a worker thread."""
        return self._ranks.is_busy()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.display_only:
            return  # the Trade-offs map's axes: no rank moves
        # a weight moves the ranks only; everything else may change the lists or the editor
        self._mark_stale(lists=not changes.parts <= {Part.WEIGHTS})

    def _mark_stale(self, *, lists: bool) -> None:
        self._stale_lists = self._stale_lists or lists
        self._stale_ranks = True
        self._work.changed()  # now, after a pause (large project) or when shown

    def _catch_up(self) -> None:
        self._work.timer.stop()
        if self._stale_lists:
            self.refresh()
        elif self._stale_ranks and self._controller.has_session:
            self._fill_ranks()

    def refresh(self) -> None:
        """Rebuild lists, the rank table and the robust-choice sentence from the decision."""
        if not self._controller.has_session:
            return
        self._stale_lists = False
        d = self._decision
        for lst, items in ((self.weight_set_list, d.weight_sets), (self.scenario_list, d.scenarios),
                           (self.snapshot_list, d.snapshots)):
            keep = lst.currentItem().data(_ID) if lst.currentItem() else None
            lst.blockSignals(True)
            lst.clear()
            for x in items:
                label = x.name if not hasattr(x, "taken_at") else f"{x.name} ({local_stamp(x.taken_at)})"
                it = QListWidgetItem(label, lst)
                if hasattr(x, "taken_at"):  # h25d: local time, as the History panel; stored in UTC
                    it.setToolTip(local_time_tip(x.taken_at))
                it.setData(_ID, x.id)
                if x.id == keep:
                    lst.setCurrentItem(it)
            if lst.currentItem() is None and lst.count() and lst is self.scenario_list:
                lst.setCurrentRow(0)
            lst.blockSignals(False)
        self._buttons.sync()
        self._fill_editor()
        self._fill_ranks()

    def _fill_ranks(self) -> None:
        self._stale_ranks = False
        decision = self._controller.view_decision  # issue 4: analysts: the ranks follow the view shown
        self._ranks.update(lambda: robust_choice(decision), decision_cells(self._controller) > IMMEDIATE_CELLS)

    def _current_scenario(self) -> ScoreScenario | None:
        item = self.scenario_list.currentItem()
        if item is None:
            return None
        return next((s for s in self._decision.scenarios if s.id == item.data(_ID)), None)

    def _fill_editor(self) -> None:
        ctl = self._controller
        sc = self._current_scenario() if ctl.has_session else None
        self.scenario_table.setEnabled(sc is not None)
        self._show_editor_hint(sc)
        # the base scores (tooltips) are those of the view shown, as in the ranks (issue 4: analysts)
        self.scenario_model.show(ctl.view_decision if ctl.has_session else None, sc)
        self._keep_rows()

    def _show_editor_hint(self, scenario: ScoreScenario | None) -> None:
        """Say why the scenario table cannot be typed in, or what it does."""
        if scenario is None:
            self.scenario_hint.setText(self.tr(
                "Select a scenario above, or make a new one, to type the scores it changes."))
        else:
            self.scenario_hint.setText(self.tr(
                "Scenario \u201c{0}\u201d: type a score in a cell to change it in this scenario; clear "
                "the cell to keep the base score (shown as the cell's tooltip).").format(scenario.name))

    # ------------------------------------------------------------ edits
    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self, windowTitle=title, labelText=label, textValue=text)
        dialog.setObjectName("perspectiveNameDialog")  # F1 there opens the Perspectives tab's section (QA 32 item 3)
        ok, value = dialog.exec() == QInputDialog.DialogCode.Accepted, dialog.textValue()
        dialog.deleteLater()
        return value.strip() if ok and value.strip() else None

    def save_current_weights(self, name: str | None = None) -> str | None:
        """Store the points every criterion has in the view shown as a named perspective.

        In an analyst's view (or the group view) these are the weights shown and used
        there, not the shared ones (issue 4: analysts).
        """
        name = name or self._ask(self.tr("Save perspective"), self.tr("Name of the perspective:"))
        if name is None:
            return None
        return self._controller.submit(AddWeightSet(weight_set_from_current(self._controller.view_decision, name)))

    def _selected(self, lst: QListWidget, items: list):
        it = lst.currentItem()
        return None if it is None else next((x for x in items if x.id == it.data(_ID)), None)

    def rename_weight_set(self, name: str | None = None) -> str | None:
        ws = self._selected(self.weight_set_list, self._decision.weight_sets)
        name = ws and (name or self._ask(self.tr("Rename perspective"), self.tr("New name:"), ws.name))
        return self._controller.submit(UpdateWeightSet(ws.model_copy(update={"name": name}))) if name else None

    def delete_weight_set(self) -> str | None:
        ws = self._selected(self.weight_set_list, self._decision.weight_sets)
        return self._controller.submit(RemoveWeightSet(ws.id)) if ws else None

    def new_scenario(self, name: str | None = None) -> str | None:
        """Add an empty scenario; fill it in the editor table below the lists."""
        name = name or self._ask(self.tr("New scenario"), self.tr("Name of the scenario:"))
        if name is None:
            return None
        return self._controller.submit(AddScenario(ScoreScenario(id=new_id("scn"), name=name)))

    def rename_scenario(self, name: str | None = None) -> str | None:
        sc = self._current_scenario()
        name = sc and (name or self._ask(self.tr("Rename scenario"), self.tr("New name:"), sc.name))
        return self._controller.submit(UpdateScenario(sc.model_copy(update={"name": name}))) if name else None

    def delete_scenario(self) -> str | None:
        sc = self._current_scenario()
        return self._controller.submit(RemoveScenario(sc.id)) if sc else None

    def _on_override_edited(self, row: int, column: int, text: str) -> None:
        sc = self._current_scenario()
        if sc is None:
            return
        option, leaf = self.scenario_model.cell(row, column)
        overrides = [o for o in sc.overrides if o.key != (option.id, leaf.id)]
        error = None
        if text:
            if isinstance(leaf.scale, QualitativeScale):
                overrides.append(ScoreOverride(option_id=option.id, criterion_id=leaf.id, level=text))
            else:
                try:
                    value = float(text.replace(",", "."))
                except ValueError:
                    error = self.tr("{0} on {1}: type a number.").format(option.name, leaf.name)
                else:
                    overrides.append(ScoreOverride(option_id=option.id, criterion_id=leaf.id, value=value))
        if error is not None:
            self._controller.errorRaised.emit(error)
        else:  # submit reports its own errors through errorRaised
            self._controller.submit(UpdateScenario(sc.model_copy(update={"overrides": overrides})))
        # the cell shows what the scenario now holds: the new score, or the old one when refused
        # (a large project refreshes the rest of the tab after a pause)
        self.scenario_model.show_overrides(self._current_scenario())

    def take_snapshot(self, name: str | None = None) -> str | None:
        """Keep a copy of the decision as it is now under ``name``."""
        name = name or self._ask(self.tr("Take snapshot"), self.tr("Name of the snapshot:"))
        if name is None:
            return None
        used, base, n = {s.name.casefold() for s in self._decision.snapshots}, name, 1
        while name.casefold() in used:  # QA 30: two of one name ("kb one and kb one") could not be told apart
            n += 1
            name = f"{base} ({n})"
        return self._controller.submit(TakeSnapshot.of(self._decision, name))

    def delete_snapshot(self) -> str | None:
        """Delete every selected snapshot (QA pass 19: not only one) as one undo step; the first error."""
        ids = [it.data(_ID) for it in self.snapshot_list.selectedItems()]
        with self._controller.one_undo_step(self.tr("Delete %n snapshots", "", len(ids)), edits=len(ids)):
            return next(filter(None, [self._controller.submit(RemoveSnapshot(i)) for i in ids]), None)

    def compare_selected(self) -> str:
        """Compare two selected snapshots, or one with the current decision; show the text."""
        d = self._decision
        ids = [it.data(_ID) for it in self.snapshot_list.selectedItems()]
        by_id = {s.id: s for s in d.snapshots}
        # in the order taken (the project's list), not by the clock's stamps: a clock set back (QA 28)
        chosen = sorted((by_id[i] for i in ids if i in by_id), key=d.snapshots.index)
        prompt = self.tr("Select one snapshot (compared with now) or two, then Compare…")
        if not chosen:
            text = prompt
        else:
            a, b = chosen[0], chosen[-1] if len(chosen) > 1 else None
            try:  # issue 6: a snapshot's copy is read when first used; one that cannot be is named
                later = b.decision if b is not None else d.model_copy(update={"snapshots": []})
                text = compare_snapshots(a.decision, later, a.name, b.name if b else self.tr("now")).text()
            except SnapshotCopyError as exc:  # h26b: named with its time; a backup or deleting it offered
                text = say_damaged_snapshot(self, self._controller, exc) or prompt  # "": the user acted on it
            except CounterweightError as exc:
                text = error_text(exc)
                self._controller.errorRaised.emit(text)
        self.diff_view.setPlainText(text)
        return text


__all__ = ["PerspectivesPanel"]
