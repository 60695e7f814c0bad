"""File menu: open (and refusing bad files), new, save as, recent files, import and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from counterweight.services import workspace
from counterweight.services.edits import SetWeight

pytestmark = pytest.mark.qt


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Queue answers for the file dialogs; record the options they were opened with."""
    answers: dict[str, list] = {"open": [], "save": [], "options": []}

    def fake(kind: str):  # noqa: ANN202
        def answer(parent, caption="", directory="", file_filter="", selected="", options=None):  # noqa: ANN001
            answers["options"].append(options)
            return (str(answers[kind].pop(0)), "")
        return answer

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake("open"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake("save"))
    return answers


def test_opening_garbage_shows_error_and_keeps_project(window, controller, tmp_path, dialogs, message_boxes) -> None:
    junk = tmp_path / "junk.counterweight"
    junk.write_text("this is not a project, just some text\n" * 50)
    before_path, before = controller.path, controller.decision
    dialogs["open"].append(junk)
    window.file_actions.open_action.trigger()
    assert dialogs["options"] == [QFileDialog.Option.DontUseNativeDialog]
    assert len(message_boxes) == 1
    assert "junk.counterweight" in message_boxes[0].windowTitle()
    assert message_boxes[0].text().strip()
    assert "Traceback" not in message_boxes[0].text() + message_boxes[0].detailedText()
    assert controller.path == before_path and controller.decision == before
    assert window.windowTitle().startswith(before.title)


def test_opening_missing_file_is_refused(window, controller, tmp_path, message_boxes) -> None:
    before = controller.path
    assert not window.file_actions.open_path(tmp_path / "nowhere.counterweight")
    assert len(message_boxes) == 1 and controller.path == before


def test_save_as_then_reopen_round_trip(window, controller, small_session, tmp_path, dialogs) -> None:
    original = controller.path
    dialogs["save"].append(tmp_path / "copy")  # suffix added automatically
    window.file_actions.save_as_action.trigger()
    copy = tmp_path / "copy.counterweight"
    assert copy.exists() and controller.path.resolve() == copy.resolve()
    assert "copy.counterweight" in window.windowTitle()
    assert controller.submit(SetWeight("effect", 7)) is None  # edits now go to the copy
    edited = controller.decision

    assert window.file_actions.open_path(original)
    assert controller.decision.criterion("effect").weight == 3  # the original is untouched
    assert window.file_actions.open_path(copy)
    assert controller.decision == edited
    assert controller.undo_stack.count() == 0  # a fresh history for the reopened project


def test_recent_files_menu_lists_opened_projects(window, controller, tmp_path, dialogs) -> None:
    dialogs["save"].append(tmp_path / "second.counterweight")
    window.file_actions.save_as_action.trigger()
    window.file_actions.recent_menu.rebuild()
    entries = [a for a in window.file_actions.recent_menu.actions() if a.data()]
    assert entries and Path(entries[0].data()) == (tmp_path / "second.counterweight").resolve()
    assert "second.counterweight" in entries[0].text()
    assert workspace.load_preferences().recent_files[0] == entries[0].data()

    first = controller.path
    window.file_actions.open_path(tmp_path / "small.counterweight")
    window.file_actions.recent_menu.rebuild()
    entries = [a for a in window.file_actions.recent_menu.actions() if a.data()]
    assert [Path(a.data()).name for a in entries[:2]] == ["small.counterweight", "second.counterweight"]
    entries[1].trigger()  # reopen the second through the menu
    assert controller.path.resolve() == first.resolve()


def test_recent_entry_for_deleted_file_is_disabled(window, tmp_path) -> None:
    gone = tmp_path / "gone.counterweight"
    gone.write_bytes(b"")
    workspace.remember_project(gone)
    gone.unlink()
    window.file_actions.recent_menu.rebuild()
    entry = next(a for a in window.file_actions.recent_menu.actions() if a.data() and "gone" in a.data())
    assert not entry.isEnabled()
    assert "(missing)" in entry.text()


def test_clear_list_forgets_the_recent_projects_and_keeps_the_files(window, controller) -> None:
    workspace.remember_project(controller.path)
    menu = window.file_actions.recent_menu
    menu.rebuild()
    assert any(a.data() for a in menu.actions())
    next(a for a in menu.actions() if a.objectName() == "clearRecentAction").trigger()
    assert workspace.load_preferences().recent_files == []
    assert not any(a.data() for a in menu.actions())
    assert [a.text() for a in menu.actions() if a.objectName() == "noRecentAction"] == ["No recent projects"]
    assert controller.path.exists()


def test_export_then_import_round_trip(window, controller, tmp_path, dialogs) -> None:
    original = controller.decision
    dialogs["save"].append(tmp_path / "exported")  # .json added
    assert window.file_actions.json_files.export_json()
    exported = tmp_path / "exported.json"
    assert exported.exists()

    dialogs["open"].append(exported)
    dialogs["save"].append(tmp_path / "imported.counterweight")
    window.file_actions.json_files.import_action.trigger()
    assert controller.path.resolve() == (tmp_path / "imported.counterweight").resolve()
    assert controller.decision == original


def test_import_of_invalid_json_keeps_project(window, controller, tmp_path, dialogs, message_boxes) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "counterweight-decision", "format_version": 1, "decision": {"id": 3}}')
    before = controller.path
    dialogs["open"].append(bad)
    window.file_actions.json_files.import_action.trigger()
    assert len(message_boxes) == 1 and "bad.json" in message_boxes[0].windowTitle()
    assert controller.path == before
    assert dialogs["save"] == []  # nothing asked about saving: the import stopped at once


def test_new_decision_creates_and_opens_a_blank_project(window, controller, tmp_path, dialogs) -> None:
    dialogs["save"].append(tmp_path / "Fresh start.counterweight")
    window.file_actions.new_action.trigger()
    assert controller.path.name == "Fresh start.counterweight"
    assert controller.decision.title == "Fresh start"
    assert len(controller.decision.options) == 2
    assert window.windowTitle().startswith("Fresh start")
    assert not window.isWindowModified()


def test_a_new_decision_names_its_items_in_the_users_language(window, controller, tmp_path, dialogs,
                                                              monkeypatch) -> None:
    """The starting options and criterion are named as inserted ones are, through tr()."""
    from counterweight.ui.file_actions import FileActions

    french = {"Option %1": "Choix %1", "Criterion %1": "Critère %1"}
    monkeypatch.setattr(FileActions, "tr", lambda _self, text, *_a: french.get(text, text))
    dialogs["save"].append(tmp_path / "Nouveau.counterweight")
    window.file_actions.new_action.trigger()
    assert [o.name for o in controller.decision.options] == ["Choix 1", "Choix 2"]
    assert [c.name for c in controller.decision.criteria] == ["Critère 1"]


def test_cancelled_dialogs_change_nothing(window, controller, dialogs) -> None:
    before = controller.path
    dialogs["open"].append("")
    window.file_actions.open_action.trigger()
    dialogs["save"].append("")
    window.file_actions.save_as_action.trigger()
    assert controller.path == before


def test_startup_with_corrupt_last_project_falls_back_to_example(window, controller, tmp_path, message_boxes) -> None:
    corrupt = tmp_path / "corrupt.counterweight"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    workspace.remember_project(corrupt)
    assert window.file_actions.open_startup()
    assert len(message_boxes) == 1 and "corrupt.counterweight" in message_boxes[0].windowTitle()
    assert controller.path.resolve() == workspace.default_project_path().resolve()
    assert controller.decision.notice  # the example carries its notice


def test_opening_shows_the_wait_cursor_and_what_is_opened(window, controller, tmp_path, monkeypatch,
                                                           message_boxes) -> None:
    """Issue 6: a large project takes a second or more to open; the window says so meanwhile.

    While the file is read and while the panels are rebuilt, the wait cursor is up and
    the status bar names the file; afterwards the cursor is back to normal. A refused
    file is explained with the normal cursor back, never under the wait cursor.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController

    seen: list[tuple[str, Qt.CursorShape | None, str]] = []

    def cursor() -> Qt.CursorShape | None:
        shown = QGuiApplication.overrideCursor()
        return None if shown is None else shown.shape()

    real_open, real_set = ProjectSession.open, SessionController.set_session

    def spying_open(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        seen.append(("read", cursor(), window.statusBar().currentMessage()))
        return real_open(path, *args, **kwargs)

    def spying_set(self, session):  # noqa: ANN001
        seen.append(("rebuild", cursor(), window.statusBar().currentMessage()))
        return real_set(self, session)

    monkeypatch.setattr(ProjectSession, "open", spying_open)
    monkeypatch.setattr(SessionController, "set_session", spying_set)
    other = tmp_path / "other.counterweight"
    ProjectSession.create(other, controller.decision).close()

    assert window.file_actions.open_path(other)
    wait, saying = Qt.CursorShape.WaitCursor, "Opening other.counterweight…"
    assert seen == [("read", wait, saying), ("rebuild", wait, saying)]
    assert cursor() is None
    assert window.statusBar().currentMessage() == "Opened other.counterweight"

    message_boxes.clear()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: message_boxes.append((box, cursor())))
    junk = tmp_path / "junk.counterweight"
    junk.write_text("not a project\n" * 40)
    assert not window.file_actions.open_path(junk)
    assert [shape for _box, shape in message_boxes] == [None]  # explained with the normal cursor
    assert cursor() is None and controller.path.resolve() == other.resolve()


def test_save_as_over_itself_while_read_only_says_why_nothing_happened(window, controller, tmp_path,
                                                                       dialogs, message_boxes) -> None:
    """QA pass 13: choosing the open file's own name in Save As did nothing, without a word."""
    other = tmp_path / "other.counterweight"
    from counterweight.services.session import ProjectSession

    ProjectSession.create(other, controller.decision).close()
    assert window.file_actions.open_path(other, read_only=True) and controller.read_only
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    dialogs["save"].append(other)
    window.file_actions.save_as()
    assert errors and "read-only" in errors[-1] and "another name" in errors[-1]
    dialogs["save"].append(tmp_path / "copy.counterweight")
    window.file_actions.save_as()  # another name still saves a copy that can be changed
    assert not message_boxes, [b.text() + b.informativeText() for b in message_boxes]
    assert controller.path == tmp_path / "copy.counterweight" and not controller.read_only


def test_help_opens_a_new_copy_of_the_example_as_shipped(window, controller, tmp_path) -> None:
    """QA pass 20: once the example's copy was changed (or deleted), nothing brought the original back."""
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange

    first = workspace.create_example_project()
    help_menu = window.findChild(QMenu, "helpMenu")
    action = window.file_actions.example_action
    assert action in help_menu.actions()
    action.trigger()
    shipped = exchange.read_file(example_decision_path())
    assert controller.path != first and controller.path.parent == first.parent
    assert controller.decision.model_dump(exclude={"id"}) == shipped.model_dump(exclude={"id"})
    assert first.exists()  # the copy already made stays as it is
    action.trigger()  # and again: a third file, never over the second
    assert len(list(first.parent.glob("Example - North Korean troops*.counterweight"))) == 3
