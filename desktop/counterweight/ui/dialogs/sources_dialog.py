"""The source library: sources with their details, their imported text, and passages
linked to scores.

Every change (a new source, imported text, edited details, a removal, a link) is
one undoable edit from :mod:`counterweight.services.evidence`, so the score matrix
and the score panel behind the dialog update at once and Ctrl+Z takes a step back.
The text view is read-only; passages already linked are shaded. Select a passage
and press "Link to selected score…" to choose the option, criterion, credibility
and note. Source text is shown as plain text: nothing in it is interpreted or loaded.
The controls are made and placed by :mod:`counterweight.ui.dialogs.sources_dialog_layout`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from counterweight.domain import from_validation_error, new_id
from counterweight.domain.errors import CounterweightError
from counterweight.domain.evidence import Credibility, Source
from counterweight.services.evidence import (
    AddSource,
    LinkEvidence,
    RemoveSource,
    SourceInUseError,
    UpdateSource,
    links_to,
    passage_ref,
)
from counterweight.services.source_text import import_source_text
from counterweight.ui.dialogs.dialog_fit import fit_to_screen
from counterweight.ui.dialogs.link_passage_dialog import LinkPassageDialog
from counterweight.ui.dialogs.sources_dialog_layout import build_sources_dialog
from counterweight.ui.engine_text import engine_text, error_text
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.view_switcher import view_caption  # QA pass 19: where a link goes

#: Size the library opens at, in average characters and lines of its font (about 980 x 640 at 9 pt, 96 dpi).
SIZE_CHARS, SIZE_LINES = 140, 38


class SourcesDialog(QDialog):
    """The project's source library (modeless; follows the session).

    Parameters
    ----------
    controller : SessionController
        The open project.
    current_cell : callable, optional
        Returns the score cell to offer first when linking (the matrix's current cell).
    native_dialogs : bool, default True
        Use the platform's file dialog (tests pass ``False``).
    """

    def __init__(self, controller: SessionController, parent: QWidget | None = None, *,
                 current_cell: Callable[[], tuple[str, str] | None] | None = None,
                 native_dialogs: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.setWindowTitle(self.tr("Source library"))
        self.setAccessibleName(self.windowTitle())
        self._controller = controller
        self._current_cell = current_cell or (lambda: None)
        self._file_options = QFileDialog.Option(0) if native_dialogs else QFileDialog.Option.DontUseNativeDialog
        self._shown_id: str | None = None
        self._details_dirty = False
        self._loading = False
        self.link_dialog: LinkPassageDialog | None = None
        self._link_range: tuple[int, int] = (0, 0)
        self._build()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.reload)
        self.reload()
        # h26d: sized in characters and lines, within the screen (a fixed 980 x 640 did not grow with the
        # text and ran off a 1,366 x 768 screen scaled to 150 %, Close out of reach)
        metrics = self.fontMetrics()
        fit_to_screen(self, QSize(SIZE_CHARS * metrics.averageCharWidth(), SIZE_LINES * metrics.lineSpacing()))

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        build_sources_dialog(self).rejected.connect(self.reject)  # the widgets and their places
        self.source_list.currentItemChanged.connect(self._on_current_changed)
        self.details.edited.connect(self._mark_details_dirty)
        self.new_button.clicked.connect(self.new_source)
        self.import_button.clicked.connect(self._choose_and_import)
        self.load_text_button.clicked.connect(self._choose_and_load_text)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.save_button.clicked.connect(self.save_details)
        self.link_button.clicked.connect(self.link_selected)
        self.text_view.selectionChanged.connect(self._update_enabled)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        shortcut.activated.connect(self.link_selected)

    # ------------------------------------------------------------ state
    def current_source(self) -> Source | None:
        """The source selected in the list."""
        item = self.source_list.currentItem()
        if item is None or not self._controller.has_session:
            return None
        return self._controller.decision.source(item.data(Qt.ItemDataRole.UserRole))

    def select_source(self, source_id: str) -> bool:
        for row in range(self.source_list.count()):
            if self.source_list.item(row).data(Qt.ItemDataRole.UserRole) == source_id:
                self.source_list.setCurrentRow(row)
                return True
        return False

    def reload(self) -> None:
        """Refresh the list and the shown source from the session."""
        keep = self._shown_id
        self._loading = True
        try:
            self.source_list.clear()
            sources = self._controller.decision.sources if self._controller.has_session else []
            for s in sources:
                item = QListWidgetItem(s.title if s.has_text else self.tr("{0} (no text)").format(s.title))
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                item.setToolTip(s.citation())
                self.source_list.addItem(item)
            found = keep is not None and self.select_source(keep)
            if not found and self.source_list.count():
                self.source_list.setCurrentRow(0)
        finally:
            self._loading = False
        current = self.current_source()
        self._show(current, keep_details=self._details_dirty and current is not None and current.id == keep)

    def _on_changed(self, _changes: object) -> None:
        self.reload()

    def _on_current_changed(self, *_: Any) -> None:
        if self._loading:
            return
        item = self.source_list.currentItem()
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self._details_dirty:
            self.save_details()  # the list may be rebuilt: choose the target again
            self._loading = True
            try:
                if target is not None:
                    self.select_source(target)
            finally:
                self._loading = False
        self._show(self.current_source())

    def _show(self, source: Source | None, keep_details: bool = False) -> None:
        self._shown_id = source.id if source else None
        if not keep_details:
            self.details.set_source(source)
            self._details_dirty = False
        self.text_view.show_text(source.text if source else "")
        self._shade_links(source)
        self._update_enabled()

    def _shade_links(self, source: Source | None) -> None:
        """Shade the passages already linked to scores; say how many scores cite the source."""
        links = links_to(self._controller.decision, source.id) if source and self._controller.has_session else []
        self.text_view.shade((r.start, r.end) for _c, _i, r in links if r.start is not None and r.end is not None)
        self.links_label.setText(self._cited_text(len({cell for cell, _i, _r in links})) if source else "")

    def _cited_text(self, n: int) -> str:
        """How many scores cite the shown source, with English plurals (no English numerus forms are loaded)."""
        if n == 0:
            return self.tr("No score cites this source yet.")
        if n == 1:
            return self.tr("Cited by 1 score; linked passages are shaded.")
        return self.tr("Cited by %n scores; linked passages are shaded.", "", n)

    def _update_enabled(self) -> None:
        source = self.current_source()
        writable = self._controller.has_session and not self._controller.read_only
        self.details.set_editable(source is not None and writable)
        for w in (self.save_button, self.remove_button, self.load_text_button):
            w.setEnabled(source is not None and writable)
        self.new_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.link_button.setEnabled(writable and source is not None and self.text_view.textCursor().hasSelection())

    def _mark_details_dirty(self, *_: Any) -> None:
        if not self._loading and self._shown_id is not None:
            self._details_dirty = True

    def _submit(self, edit: Any) -> bool:
        error = self._controller.submit(edit)
        if error:
            self.show_error(error)
            return False
        self.error_label.hide()
        return True

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # ------------------------------------------------------------ source edits
    def new_source(self) -> None:
        """Add an empty source and start editing its title."""
        source = Source(id=new_id("src"), title=self.tr("New source"))
        if self._submit(AddSource(source)):
            self.select_source(source.id)
            self.details.title_edit.setFocus()
            self.details.title_edit.selectAll()

    def import_file(self, path: str | Path) -> Source | None:
        """Import ``path`` (.txt, .md, .html) as a new source; returns it, or ``None`` after an error."""
        try:
            source = import_source_text(path)
        except CounterweightError as exc:
            self.show_error(error_text(exc))
            return None
        if not self._submit(AddSource(source)):
            return None
        self.select_source(source.id)
        return source

    def load_text(self, path: str | Path) -> bool:
        """Replace the selected source's text with the text of ``path`` (linked passages follow)."""
        current = self.current_source()
        if current is None:
            return False
        try:
            imported = import_source_text(path, source_id=current.id)
        except CounterweightError as exc:
            self.show_error(error_text(exc))
            return False
        update = {"text": imported.text, "imported_from": imported.imported_from,
                  "imported_at": imported.imported_at}
        return self._submit(UpdateSource(current.model_copy(update=update), label="Import source text"))

    def _choose_file(self, caption: str) -> str:
        file_filter = self.tr("Source text (*.txt *.md *.markdown *.html *.htm)")
        chosen, _ = QFileDialog.getOpenFileName(self, caption, "", file_filter, options=self._file_options)
        return chosen

    def _choose_and_import(self) -> None:
        chosen = self._choose_file(self.tr("Import source text"))
        if chosen:
            self.import_file(chosen)

    def _choose_and_load_text(self) -> None:
        current = self.current_source()
        if current is None:
            return
        if current.has_text and QMessageBox.question(
                self, self.tr("Replace text"),
                escaped(self.tr("Replace the text of “{0}”? Linked passages are looked up again in the new text; "
                                "those no longer found keep their quote but lose their place.").format(current.title))
        ) != QMessageBox.StandardButton.Yes:
            return
        chosen = self._choose_file(self.tr("Load text into “{0}”").format(current.title))
        if chosen:
            self.load_text(chosen)

    def _shown_source(self) -> Source | None:
        ctl = self._controller
        return ctl.decision.source(self._shown_id) if self._shown_id and ctl.has_session else None

    def save_details(self) -> bool:
        """Save the edited title, author, publisher, date, reference and reliability.

        Returns ``False`` when they could not be saved; a refused edit (an empty title, say) stays in the form, unsaved.
        """
        current = self._shown_source()
        was_dirty, self._details_dirty = self._details_dirty, False
        if current is None:
            return False
        try:
            changed: Source | None = Source.model_validate({**current.model_dump(), **self.details.values()})
        except ValidationError as exc:
            changed = None
            self.show_error(str(from_validation_error(exc, what=self.tr("Source details"))))
        saved = changed is not None and (changed == current or self._submit(UpdateSource(changed)))
        self._details_dirty = was_dirty and not saved
        return saved

    def reject(self) -> None:
        """Close the library (Escape, Close, the window's close button); unsaved details are asked about first."""
        if self._details_dirty and not self._settle_details():
            return  # Qt keeps the dialog open when it is still visible after reject()
        super().reject()

    def _settle_details(self) -> bool:
        """Save, discard or keep the details typed but not saved; ``True`` when the dialog may close."""
        current, buttons = self._shown_source(), QMessageBox.StandardButton
        answer = buttons.Discard if current is None else QMessageBox.question(
            self, self.tr("Unsaved source details"),
            escaped(self.tr("Save the changes to the details of “{0}”?").format(current.title)),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save_details()  # the same edit as switching source: one undo step
        if answer == buttons.Discard:
            self.details.set_source(current)
            self._details_dirty = False
            self.error_label.hide()
        return answer == buttons.Discard

    def remove_selected(self, confirm: Callable[[str], bool] | None = None) -> bool:
        """Remove the selected source; if scores cite it, ``confirm(message)`` decides (default: ask)."""
        current = self.current_source()
        if current is None:
            return False
        force = False
        try:
            self._controller.session.preview(RemoveSource(current.id))
        except SourceInUseError as exc:
            ask = confirm or self._confirm
            if not ask(engine_text(exc.message)):
                return False
            force = True
        except CounterweightError as exc:
            self.show_error(error_text(exc))
            return False
        return self._submit(RemoveSource(current.id, force=force))

    def _confirm(self, message: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove source"),
                                      escaped(message + "\n\n" + self.tr("Remove it?")))  # titles as typed
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ linking
    def selected_range(self) -> tuple[int, int] | None:
        """The selected passage as ``(start, end)`` indexes into the source text, or ``None``."""
        return self.text_view.selected_range() if self.current_source() is not None else None

    def select_text(self, start: int, end: int) -> None:
        """Select characters ``start:end`` of the shown source text (for keyboard users and tests)."""
        self.text_view.select_range(start, end)

    def link_selected(self) -> None:
        """Ask which scores the selected passage supports (a window-modal dialog), then link it."""
        source, span = self.current_source(), self.selected_range()
        if source is None or span is None:
            self.show_error(self.tr("Select a passage of the source's text first."))
            return
        try:
            ref = passage_ref(source, *span)
        except CounterweightError as exc:
            self.show_error(error_text(exc))
            return
        self._link_range = (ref.start or 0, ref.end or 0)
        if self.link_dialog is not None:
            self.link_dialog.deleteLater()
        ctl = self._controller  # QA pass 19: outside the shared inputs, the dialog says the link goes to them
        self.link_dialog = LinkPassageDialog(ctl.decision, ref.quote, self._current_cell(), self,
                                             view="" if ctl.view is None else view_caption(ctl))
        self.link_dialog.accepted.connect(self._link_accepted)
        self.link_dialog.open()

    def _link_accepted(self) -> None:
        dialog = self.link_dialog
        if dialog is None:
            return
        cells = dialog.cells()
        # several cells: one undo step (none if the first link is refused)
        with self._controller.one_undo_step(self.tr("Link evidence to {0} scores").format(len(cells)),
                                            edits=len(cells)):
            for option_id, criterion_id in cells:
                if not self.link_passage(*self._link_range, option_id, criterion_id, dialog.credibility(),
                                         dialog.note()):
                    break

    def link_passage(self, start: int, end: int, option_id: str, criterion_id: str,
                     credibility: Credibility = Credibility.MEDIUM, note: str = "") -> bool:
        """Link characters ``start:end`` of the selected source to a score (one undoable edit)."""
        source = self.current_source()
        if source is None:
            return False
        try:
            ref = passage_ref(source, start, end, credibility=credibility, note=note)
        except CounterweightError as exc:
            self.show_error(error_text(exc))
            return False
        return self._submit(LinkEvidence(option_id, criterion_id, ref))


__all__ = ["SourcesDialog"]
