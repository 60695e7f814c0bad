"""The source library dialog, the evidence marks in the score matrix and the linked
passages in the score panel, driven as a user would through the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from counterweight.domain.evidence import Credibility, Reliability, Source
from counterweight.services.session import ProjectSession
from counterweight.ui.main_window import MainWindow
from counterweight.ui.models.score_text import (
    EvidenceCountRole,
    EvidenceStrengthRole,
    UnsupportedRole,
)
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.session_controller import SessionController
from tests.factories import small_decision
from tests.storage.builders import rebuild

pytestmark = pytest.mark.qt

TEXT = "Opening words.\n\nTroops are gathering near the border.\n\nA closing thought."


def _open_window(qtbot, tmp_path: Path, text: str):
    decision = rebuild(small_decision(), sources=[Source(id="art", title="Field article", text=text)])
    session = ProjectSession.create(tmp_path / "ev.counterweight", decision)
    controller = SessionController(session)
    settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    win.show()
    return win, controller, session


@pytest.fixture
def window(qtbot, tmp_path: Path):
    win, controller, session = _open_window(qtbot, tmp_path, TEXT)
    yield win
    controller.undo_stack.clear()
    session.close()


def _cell(win: MainWindow, option_id: str, criterion_id: str):
    return win.score_matrix.model.index_of(option_id, criterion_id)


def _select_with_keyboard(qtbot, view, start: int, length: int) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(start):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    for _ in range(length):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def test_link_a_selected_passage_to_a_score(qtbot, window: MainWindow) -> None:
    win = window
    assert win.score_matrix.select_cell("b", "effect")
    win.source_library_action.trigger()  # Evidence > Source library… (Ctrl+L)
    dlg = win.sources_dialog
    assert dlg is not None and dlg.isVisible()
    assert win.source_library_action.shortcut().toString() == "Ctrl+L"
    assert dlg.current_source().id == "art"
    assert dlg.text_view.toPlainText() == TEXT
    assert not dlg.link_button.isEnabled()  # nothing selected yet

    start = TEXT.index("Troops")
    _select_with_keyboard(qtbot, dlg.text_view, start, len("Troops are gathering"))
    assert dlg.text_view.textCursor().selectedText() == "Troops are gathering"
    assert dlg.link_button.isEnabled()
    qtbot.mouseClick(dlg.link_button, Qt.MouseButton.LeftButton)
    link = dlg.link_dialog
    assert link is not None and link.isVisible()
    assert link.cells() == [("b", "effect")]  # the matrix's current cell is offered first
    link.credibility_combo.setCurrentIndex(link.credibility_combo.findData(Credibility.HIGH.value))
    qtbot.keyClicks(link.note_edit, "Numbers seen at the border")
    qtbot.mouseClick(link.ok_button, Qt.MouseButton.LeftButton)

    score = win.controller.decision.score("b", "effect")
    assert score is not None and score.value == 9
    (ref,) = score.evidence
    assert (ref.source_id, ref.quote, ref.start, ref.credibility, ref.note, ref.locator) == (
        "art", "Troops are gathering", start, Credibility.HIGH, "Numbers seen at the border", "para 2")

    # the side panel lists the passage with its source and credibility
    panel = win.score_detail
    assert panel.passages.isVisibleTo(panel) and panel.passages.list.count() == 1
    shown = panel.passages.list.item(0).text()
    assert "Field article" in shown and "high credibility" in shown and "\u201cTroops are gathering\u201d" in shown
    # the matrix marks the cell, and only that one
    idx = _cell(win, "b", "effect")
    assert idx.data(EvidenceCountRole) == 1 and idx.data(EvidenceStrengthRole) == "strong"
    assert idx.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "1 item, strong support" in idx.data(Qt.ItemDataRole.ToolTipRole)
    other = _cell(win, "a", "effect")
    assert other.data(EvidenceCountRole) == 0 and other.data(Qt.ItemDataRole.DecorationRole) is None
    assert dlg.links_label.text().startswith("Cited by 1 score")

    # one undo step takes the link back everywhere
    win.undo_action.trigger()
    assert win.controller.decision.score("b", "effect").evidence == []  # type: ignore[union-attr]
    assert _cell(win, "b", "effect").data(EvidenceCountRole) == 0
    assert not panel.passages.isVisibleTo(panel)
    win.redo_action.trigger()
    assert panel.passages.list.count() == 1

    # editing the score in the panel keeps the link, passage and credibility
    panel.rationale_edit.setPlainText("Backed by the field article")
    assert panel.apply()
    kept = win.controller.decision.score("b", "effect").evidence  # type: ignore[union-attr]
    assert kept == [ref]

    # "Remove link" in the panel unlinks it as one edit
    panel.passages.list.setCurrentRow(0)
    win.show()
    win.activateWindow()
    panel.passages.remove_button.setFocus()
    qtbot.waitUntil(panel.passages.remove_button.hasFocus)
    qtbot.keyClick(panel.passages.remove_button, Qt.Key.Key_Space)  # from the keyboard
    assert win.controller.decision.score("b", "effect").evidence == []  # type: ignore[union-attr]
    # QA pass 14: the focus jumped to the weights on the far side of the window; it stays in the details
    qtbot.waitUntil(lambda: panel.rationale_edit.hasFocus())
    assert win.controller.decision.score("b", "effect").rationale == "Backed by the field article"  # type: ignore[union-attr]


def test_highlight_unsupported_scores(qtbot, window: MainWindow) -> None:
    win = window
    model = win.score_matrix.model
    action = win.highlight_unsupported_action
    assert action.isCheckable() and not action.isChecked()
    idx = _cell(win, "a", "cost")
    assert idx.data(UnsupportedRole) is True  # scored, no evidence
    assert idx.data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.SolidPattern
    with qtbot.waitSignal(model.dataChanged):
        action.trigger()
    assert model.highlight_unsupported
    hatched: QBrush = idx.data(Qt.ItemDataRole.BackgroundRole)
    assert hatched.style() == Qt.BrushStyle.TexturePattern
    # the hatching keeps the cell's own colour underneath
    plain = model._background(idx)
    assert hatched.texture().toImage().pixelColor(3, 3).rgb() == plain.rgb()  # between the lines

    # link evidence: that cell is no longer hatched, the others still are
    dlg = win.show_source_library()
    assert dlg is not None
    assert dlg.link_passage(0, len("Opening words."), "a", "cost", Credibility.LOW)
    assert idx.data(UnsupportedRole) is False
    assert idx.data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.SolidPattern
    assert idx.data(EvidenceStrengthRole) == "weak"
    assert _cell(win, "b", "cost").data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.TexturePattern
    action.trigger()
    assert _cell(win, "b", "cost").data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.SolidPattern


def test_import_edit_and_remove_sources(qtbot, window: MainWindow, tmp_path: Path) -> None:
    win = window
    dlg = win.show_source_library()
    assert dlg is not None
    page = tmp_path / "memo.html"
    page.write_text("<html><head><title>Ministry memo</title><script>x()</script></head>"
                    "<body><p>Stocks are low.</p><p>Deliveries resume in May.</p></body></html>", encoding="utf-8")
    src = dlg.import_file(page)
    assert src is not None and dlg.source_list.count() == 2
    assert dlg.current_source().id == src.id
    assert dlg.text_view.toPlainText() == "Stocks are low.\n\nDeliveries resume in May."
    assert "memo.html" in dlg.details.imported_label.text()

    # a bad file is refused with a message naming it, and nothing is added
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4")
    assert dlg.import_file(bad) is None
    assert "scan.pdf" in dlg.error_label.text() and dlg.source_list.count() == 2

    # edit details: title and reliability, one undoable edit
    dlg.details.title_edit.clear()
    qtbot.keyClicks(dlg.details.title_edit, "Memo of 3 May")
    dlg.details.reliability_combo.setCurrentIndex(dlg.details.reliability_combo.findData("B"))
    dlg.details.reliability_combo.activated.emit(dlg.details.reliability_combo.currentIndex())
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    saved = win.controller.decision.source(src.id)
    assert saved is not None and saved.title == "Memo of 3 May" and saved.reliability is Reliability.B
    assert dlg.source_list.currentItem().text() == "Memo of 3 May"

    # a cited source is only removed after confirmation, and its links go with it
    assert dlg.link_passage(0, len("Stocks are low."), "c", "harm")
    asked: list[str] = []
    assert not dlg.remove_selected(confirm=lambda msg: asked.append(msg) or False)
    assert "Charlie × Civilian harm" in asked[0]
    assert win.controller.decision.source(src.id) is not None
    assert dlg.remove_selected(confirm=lambda msg: True)
    assert win.controller.decision.source(src.id) is None
    assert win.controller.decision.score("c", "harm").evidence == []  # type: ignore[union-attr]
    assert dlg.source_list.count() == 1
    win.undo_action.trigger()  # undo brings back the source and its link
    assert win.controller.decision.source(src.id) is not None
    assert len(win.controller.decision.score("c", "harm").evidence) == 1  # type: ignore[union-attr]


def test_load_text_into_the_example_source(qtbot, example_session, tmp_path: Path) -> None:
    """The shipped example lists the seed article without its text; the user loads it."""
    controller = SessionController(example_session)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    win.show()
    dlg = win.show_source_library()
    assert dlg is not None
    seed = dlg.current_source()
    assert seed is not None and seed.id == "seed-article" and not seed.has_text
    assert "(no text)" in dlg.source_list.currentItem().text()
    assert dlg.links_label.text().startswith("Cited by 35 score")
    copy = tmp_path / "article.txt"
    copy.write_text("Paragraph one of my own copy.\n\nParagraph two.", encoding="utf-8")
    assert dlg.load_text(copy)
    loaded = controller.decision.source("seed-article")
    assert loaded is not None and loaded.text.startswith("Paragraph one") and loaded.imported_from == "article.txt"
    assert loaded.title == seed.title and loaded.publisher == seed.publisher
    assert dlg.text_view.toPlainText() == loaded.text
    controller.undo_stack.clear()


def test_one_passage_linked_to_several_scores_is_one_undo_step(qtbot, window: MainWindow) -> None:
    win = window
    assert win.score_matrix.select_cell("a", "harm")
    dlg = win.show_source_library()
    assert dlg is not None
    dlg.select_text(TEXT.index("A closing"), len(TEXT))
    dlg.link_button.click()
    link = dlg.link_dialog
    assert link is not None and link.cells() == [("a", "harm")]
    # also Charlie, and also the Effect criterion: 2 options x 2 criteria
    link.option_list.setFocus()
    link.set_cell("c", "effect")
    assert link.cells() == [("a", "harm"), ("a", "effect"), ("c", "harm"), ("c", "effect")]
    assert "linked to 4 scores." in link.count_label.text()
    link.set_cell("a", "harm", on=False)  # unchecks Alpha and Civilian harm
    assert link.cells() == [("c", "effect")]
    link.set_cell("a", "harm")
    depth = win.controller.undo_stack.count()
    qtbot.mouseClick(link.ok_button, Qt.MouseButton.LeftButton)
    linked = {s.key for s in win.controller.decision.scores if s.evidence}
    assert linked == {("a", "harm"), ("a", "effect"), ("c", "harm"), ("c", "effect")}
    assert all(s.evidence[0].quote == "A closing thought." for s in win.controller.decision.scores if s.evidence)
    assert win.controller.undo_stack.count() == depth + 1
    assert dlg.links_label.text().startswith("Cited by 4 score")
    win.undo_action.trigger()
    assert not any(s.evidence for s in win.controller.decision.scores)


def test_the_citation_count_reads_in_plain_english(qtbot, window: MainWindow) -> None:
    dlg = window.show_source_library()
    assert dlg is not None
    assert dlg.links_label.text() == "No score cites this source yet."
    assert window.score_matrix.select_cell("a", "harm")
    dlg.select_text(TEXT.index("A closing"), len(TEXT))
    dlg.link_button.click()
    qtbot.mouseClick(dlg.link_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.links_label.text() == "Cited by 1 score; linked passages are shaded."
    assert dlg._cited_text(35) == "Cited by 35 scores; linked passages are shaded."


def test_a_long_reference_shows_its_start(qtbot) -> None:
    from counterweight.ui.widgets.source_details_form import SourceDetailsForm

    form = SourceDetailsForm()
    qtbot.addWidget(form)
    form.resize(320, 200)
    form.show()
    qtbot.waitExposed(form)
    reference = "https://example.org/" + "a-very-long-path/" * 12 + "end"
    form.set_source(Source(id="s", title="Long reference", reference=reference))
    edit = form.reference_edit
    edit.repaint()  # the line edit scrolls to its cursor when painted
    assert edit.text() == reference and edit.cursorPosition() == 0
    assert edit.cursorRect().left() < edit.width() // 4  # scrolled to the start, not the end


# Windows line ends ----------------------------------------------------------------
CRLF_TEXT = "Line one\r\nLine two \U0001F600\r\n\rTroops are gathering near the border.\r\nEnd."


@pytest.fixture
def crlf_window(qtbot, tmp_path: Path):
    """A source whose text keeps Windows line ends, as JSON import, packets and the CLI leave it."""
    win, controller, session = _open_window(qtbot, tmp_path, CRLF_TEXT)
    yield win
    controller.undo_stack.clear()
    session.close()


def test_windows_line_ends_link_the_passage_the_user_selected(qtbot, crlf_window: MainWindow) -> None:
    win = crlf_window
    assert win.controller.decision.source("art").text == CRLF_TEXT  # type: ignore[union-attr]
    assert win.score_matrix.select_cell("a", "effect")
    dlg = win.show_source_library()
    assert dlg is not None
    shown = dlg.text_view.toPlainText()
    # one key press per character shown: a "\r\n" shows as a single line break
    _select_with_keyboard(qtbot, dlg.text_view, shown.index("Troops"), len("Troops are gathering"))
    assert dlg.text_view.textCursor().selectedText() == "Troops are gathering"
    dlg.link_button.click()
    assert dlg.link_dialog is not None
    assert dlg.link_dialog.quote_label.text() == "\u201cTroops are gathering\u201d"
    qtbot.mouseClick(dlg.link_dialog.ok_button, Qt.MouseButton.LeftButton)

    (ref,) = win.controller.decision.score("a", "effect").evidence  # type: ignore[union-attr]
    start = CRLF_TEXT.index("Troops")
    assert (ref.quote, ref.start, ref.end) == ("Troops are gathering", start, start + len("Troops are gathering"))
    assert win.controller.decision.source("art").text == CRLF_TEXT  # type: ignore[union-attr]  # stored as it came
    assert "\u201cTroops are gathering\u201d" in win.score_detail.passages.list.item(0).text()
    # the linked passage is shaded where it is, also after reopening the library
    dlg.reject()
    dlg = win.show_source_library()
    assert dlg is not None
    assert [sel.cursor.selectedText() for sel in dlg.text_view.extraSelections()] == ["Troops are gathering"]
    # selecting by index (keyboard users, tests) lands on the same words and reads back the same indexes
    end = CRLF_TEXT.index("End.")
    dlg.select_text(end, end + len("End."))
    assert dlg.text_view.textCursor().selectedText() == "End."
    assert dlg.selected_range() == (end, end + len("End."))


# Closing with unsaved details -----------------------------------------------------
@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list:
    """Answer each QMessageBox.question with the next queued button; record what was asked."""
    queue: list = []

    def question(parent, title, text, buttons, default=QMessageBox.StandardButton.NoButton):
        queue.append((text, buttons))
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return queue


def _type_title(qtbot, dlg, title: str) -> None:
    dlg.details.title_edit.setFocus()
    dlg.details.title_edit.selectAll()
    qtbot.keyClicks(dlg.details.title_edit, title) if title else qtbot.keyClick(
        dlg.details.title_edit, Qt.Key.Key_Delete)


def _close_button(dlg):
    return dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)


CLOSE_WAYS = {
    "Escape": lambda qtbot, dlg: qtbot.keyClick(dlg.details.title_edit, Qt.Key.Key_Escape),
    "Close button": lambda qtbot, dlg: qtbot.mouseClick(_close_button(dlg), Qt.MouseButton.LeftButton),
    "window close button": lambda qtbot, dlg: dlg.close(),
}


@pytest.mark.parametrize("close", CLOSE_WAYS.values(), ids=CLOSE_WAYS.keys())
def test_closing_the_library_offers_to_save_typed_details(qtbot, window: MainWindow, answers: list,
                                                          close) -> None:
    win = window
    dlg = win.show_source_library()
    assert dlg is not None
    depth = win.controller.undo_stack.count()
    _type_title(qtbot, dlg, "Ministry memo of 3 May")
    answers.append(QMessageBox.StandardButton.Save)
    close(qtbot, dlg)
    ((asked, buttons),) = answers
    # escaped, so a title that looks like HTML shows as typed (QA pass 18)
    assert asked == escaped("Save the changes to the details of \u201cField article\u201d?")
    B = QMessageBox.StandardButton
    assert buttons == B.Save | B.Discard | B.Cancel
    assert not dlg.isVisible()
    assert win.controller.decision.source("art").title == "Ministry memo of 3 May"  # type: ignore[union-attr]
    assert win.controller.undo_stack.count() == depth + 1
    dlg = win.show_source_library()
    assert dlg is not None and dlg.source_list.currentItem().text() == "Ministry memo of 3 May"
    answers.clear()
    close(qtbot, dlg)  # nothing typed since: closes without a question
    assert not answers and not dlg.isVisible()


def test_cancel_keeps_the_library_open_and_discard_drops_the_typing(qtbot, window: MainWindow,
                                                                     answers: list) -> None:
    win = window
    dlg = win.show_source_library()
    assert dlg is not None
    depth = win.controller.undo_stack.count()
    _type_title(qtbot, dlg, "Ministry memo")
    answers.append(QMessageBox.StandardButton.Cancel)
    dlg.close()
    assert len(answers) == 1 and dlg.isVisible()
    assert dlg.details.title_edit.text() == "Ministry memo"
    answers.clear()
    answers.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dlg.details.title_edit, Qt.Key.Key_Escape)
    assert len(answers) == 1 and not dlg.isVisible()
    assert win.controller.decision.source("art").title == "Field article"  # type: ignore[union-attr]
    assert win.controller.undo_stack.count() == depth
    dlg = win.show_source_library()
    assert dlg is not None and dlg.details.title_edit.text() == "Field article"
    answers.clear()
    dlg.close()
    assert not answers and not dlg.isVisible()


def test_saving_invalid_details_on_close_says_why_and_loses_nothing(qtbot, window: MainWindow,
                                                                     answers: list) -> None:
    win = window
    dlg = win.show_source_library()
    assert dlg is not None
    _type_title(qtbot, dlg, "")
    dlg.details.author_edit.setFocus()
    qtbot.keyClicks(dlg.details.author_edit, "J. Smith")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # the form's own error
    form_error = dlg.error_label.text()
    assert dlg.error_label.isVisibleTo(dlg) and "title" in form_error.lower()
    dlg.error_label.hide()

    answers.append(QMessageBox.StandardButton.Save)
    qtbot.keyClick(dlg.details.author_edit, Qt.Key.Key_Escape)
    assert len(answers) == 1 and dlg.isVisible()
    assert dlg.error_label.isVisibleTo(dlg) and dlg.error_label.text() == form_error
    assert (dlg.details.title_edit.text(), dlg.details.author_edit.text()) == ("", "J. Smith")
    assert win.controller.decision.source("art").title == "Field article"  # type: ignore[union-attr]
    # fixed and saved on the next close
    _type_title(qtbot, dlg, "Memo")
    answers.clear()
    answers.append(QMessageBox.StandardButton.Save)
    dlg.close()
    assert len(answers) == 1 and not dlg.isVisible()
    saved = win.controller.decision.source("art")
    assert saved is not None and (saved.title, saved.author) == ("Memo", "J. Smith")


def test_closing_the_main_window_asks_about_the_librarys_unsaved_details(qtbot, window: MainWindow,
                                                                       answers: list) -> None:
    """Closing the whole window destroyed the library with its typed details and asked nothing."""
    win = window
    dlg = win.show_source_library()
    assert dlg is not None
    _type_title(qtbot, dlg, "Ministry memo")
    answers.append(QMessageBox.StandardButton.Cancel)
    assert not win.close()  # Cancel: the window stays, with the typing
    assert win.isVisible() and dlg.isVisible() and dlg.details.title_edit.text() == "Ministry memo"
    answers[:] = [QMessageBox.StandardButton.Save]  # the fixture keeps what was asked after each answer
    assert win.close()
    assert win.controller.decision.source("art").title == "Ministry memo"  # type: ignore[union-attr]
