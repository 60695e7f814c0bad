"""A damaged project with an automatic backup: the restore offer, and File > Restore from backup…."""

from __future__ import annotations

import sys
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from counterweight.services import backups, workspace
from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from counterweight.storage.store import ProjectStore
from counterweight.ui.dialogs.restore_dialog import BackupListDialog
from counterweight.ui.main_window import MainWindow
from tests.factories import small_decision
from tests.storage.corruption import KINDS

pytestmark = pytest.mark.qt

OFFER_BUTTONS = {"restoreBackupButton", "openOtherButton", "cancelRestoreButton"}


class Boxes:
    """Message boxes shown through ``exec``; each answers by clicking the button named in ``answers``."""

    def __init__(self) -> None:
        self.shown: list[QMessageBox] = []
        self.answers: list[str] = []

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(box)
        if box.objectName() == "restoreOfferBox":
            name = self.answers.pop(0)
            button = next(b for b in box.buttons() if b.objectName() == name)
            button.click()  # what a user's click does: sets clickedButton() and closes the box
        return int(QMessageBox.StandardButton.Ok)

    @property
    def offers(self) -> list[QMessageBox]:
        return [b for b in self.shown if b.objectName() == "restoreOfferBox"]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    found = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: found.exec(box))
    return found


def _backed_up(tmp_path: Path, name: str = "plan.counterweight") -> Path:
    """A project with one automatic backup (made by its first writable open), then closed."""
    path = tmp_path / name
    ProjectSession.create(path, small_decision()).close()
    ProjectSession.open(path).close()
    assert len(backups.backups_for(path)) == 1
    return path


def _all_text(box: QMessageBox) -> str:
    return "\n".join([box.windowTitle(), box.text(), box.informativeText(), box.detailedText(),
                      *(b.text() for b in box.buttons())])


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# ------------------------------------------------------------------ the offer after a failed open


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_damage_offers_the_backup_and_restoring_opens_it(window, controller, tmp_path, boxes, kind) -> None:
    path = _backed_up(tmp_path)
    KINDS[kind][0](path)
    damaged = path.read_bytes()
    boxes.answers.append("restoreBackupButton")

    assert window.file_actions.open_path(path)

    assert len(boxes.shown) == 1 and len(boxes.offers) == 1
    offer = boxes.offers[0]
    assert "plan.counterweight" in offer.windowTitle() and "plan.counterweight" in offer.text()
    assert {b.objectName() for b in offer.buttons()} >= OFFER_BUTTONS
    restore = next(b for b in offer.buttons() if b.objectName() == "restoreBackupButton")
    assert "(1 entry)" in restore.text()
    assert all(b.accessibleName() for b in offer.buttons() if b.objectName() in OFFER_BUTTONS)
    assert "Traceback" not in _all_text(offer) and 'File "' not in _all_text(offer)
    if kind == "newer schema":
        assert "newer version" in offer.text() and "not damaged" in offer.text()
        assert restore.text().startswith("Restore older backup")
        assert offer.defaultButton().objectName() == "openOtherButton"  # restoring is the second choice
    else:
        assert offer.defaultButton().objectName() == "restoreBackupButton"

    assert controller.path == path and controller.decision == small_decision()
    word = "newer" if kind == "newer schema" else "broken"  # a sound file from a newer version is not "broken"
    moved = list(tmp_path.glob(f"plan.counterweight.{word}-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == damaged
    assert "Restored plan.counterweight" in _status(window) and str(moved[0]) in _status(window)


def test_cancel_keeps_the_current_project_and_the_damaged_file(window, controller, tmp_path, boxes) -> None:
    path = _backed_up(tmp_path)
    KINDS["truncated"][0](path)
    before = controller.path
    boxes.answers.append("cancelRestoreButton")
    assert window.file_actions.open_path(path) is False
    assert controller.path == before
    assert len(boxes.shown) == 1  # no second error box after the offer
    assert not list(tmp_path.glob("plan.counterweight.broken-*"))


def test_open_another_file_from_the_offer(window, controller, tmp_path, boxes, monkeypatch) -> None:
    path = _backed_up(tmp_path)
    KINDS["random bytes"][0](path)
    other = tmp_path / "other.counterweight"
    ProjectSession.create(other, small_decision()).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    boxes.answers.append("openOtherButton")
    assert window.file_actions.open_path(path)
    assert controller.path == other
    assert not list(tmp_path.glob("plan.counterweight.broken-*"))


def test_without_a_backup_the_plain_error_is_shown(window, controller, tmp_path, boxes) -> None:
    path = tmp_path / "fresh.counterweight"
    ProjectStore.create(path, small_decision()).close()  # written by the storage layer alone: no backup
    KINDS["truncated"][0](path)
    assert window.file_actions.open_path(path) is False
    assert [b.objectName() for b in boxes.shown] == ["userErrorBox"]
    assert "Traceback" not in _all_text(boxes.shown[0])
    assert not window.statusBar().currentMessage().startswith("Opening")  # review h26r2: was left saying so


# ------------------------------------------------------------------ start-up


def test_startup_offers_the_backup_of_a_damaged_last_project(window, controller, tmp_path, boxes) -> None:
    path = _backed_up(tmp_path)
    workspace.remember_project(path)
    KINDS["flipped page bytes"][0](path)
    controller.close_session()
    boxes.answers.append("restoreBackupButton")
    assert window.file_actions.open_startup()
    assert controller.path == path  # the restored project, not the example
    assert len(boxes.offers) == 1 and len(boxes.shown) == 1


def test_startup_cancel_falls_back_to_the_example_quietly(window, controller, tmp_path, boxes) -> None:
    path = _backed_up(tmp_path)
    workspace.remember_project(path)
    KINDS["truncated"][0](path)
    controller.close_session()
    boxes.answers.append("cancelRestoreButton")
    assert window.file_actions.open_startup()
    assert controller.path.resolve() == workspace.default_project_path().resolve()
    assert len(boxes.shown) == 1  # the offer already explained the problem


def test_run_gui_restores_a_damaged_start_file(qtbot, tmp_path, boxes) -> None:
    from counterweight.ui.app import run_gui

    path = _backed_up(tmp_path)
    KINDS["random bytes"][0](path)
    boxes.answers.append("restoreBackupButton")
    hook = sys.excepthook
    QTimer.singleShot(0, QApplication.quit)
    assert run_gui(["counterweight"], str(path)) == 0
    assert sys.excepthook is hook
    assert len(boxes.offers) == 1
    assert workspace.load_preferences().last_project == str(path.resolve())
    with ProjectSession.open(path, read_only=True) as session:
        assert session.decision == small_decision()


# ------------------------------------------------------------------ File > Restore from backup…


def _answer_list(monkeypatch: pytest.MonkeyPatch, row: int | None) -> list[BackupListDialog]:
    seen: list[BackupListDialog] = []

    def fake_exec(dialog: BackupListDialog) -> int:
        seen.append(dialog)
        if row is None:
            return int(QDialog.DialogCode.Rejected)
        dialog.list.setCurrentRow(row)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(BackupListDialog, "exec", fake_exec)
    return seen


def _answer_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake(parent: object, title: str, text: str, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", fake)
    return asked


def _open_in_window(window, path: Path) -> None:
    assert window.file_actions.open_path(path)
    assert window.controller.path == path


def test_menu_restore_replaces_the_open_project_and_keeps_it_aside(window, controller, tmp_path, boxes,
                                                                   monkeypatch) -> None:
    path = _backed_up(tmp_path)
    _open_in_window(window, path)
    assert controller.submit(SetWeight("effect", 7)) is None
    edited = controller.decision
    seen = _answer_list(monkeypatch, row=0)
    asked = _answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    action = window.file_actions.backups.restore_action
    assert action.isEnabled()

    action.trigger()

    assert len(seen) == 1 and seen[0].list.count() == 1
    assert len(asked) == 1 and "plan.counterweight" in asked[0]
    assert controller.path == path and controller.decision == small_decision()  # the edit is undone on disk
    kept = list(tmp_path.glob("plan.counterweight.replaced-*"))
    assert len(kept) == 1
    with ProjectSession.open(kept[0], read_only=True) as old:
        assert old.decision == edited  # nothing the user entered is lost
    assert "Restored plan.counterweight" in _status(window)
    assert controller.undo_stack.count() == 0


def test_menu_restore_cancelled_changes_nothing(window, controller, tmp_path, boxes, monkeypatch) -> None:
    path = _backed_up(tmp_path)
    _open_in_window(window, path)
    session = controller.session
    _answer_list(monkeypatch, row=0)
    _answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.file_actions.backups.restore_from_backup() is False
    assert controller.session is session
    assert not list(tmp_path.glob("plan.counterweight.replaced-*"))


def test_menu_restore_with_no_backup_says_so(window, controller, monkeypatch) -> None:
    for backup in backups.backups_for(controller.path):  # creating the project made one
        backup.path.unlink()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    seen = _answer_list(monkeypatch, row=0)
    assert window.file_actions.backups.restore_from_backup() is False
    assert len(told) == 1 and "no automatic backup" in told[0] and not seen


def test_menu_action_is_in_the_file_menu_and_needs_a_writable_project(window, controller) -> None:
    action = window.file_actions.backups.restore_action
    assert action.objectName() == "restoreBackupAction" and action.statusTip()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    path = controller.path
    controller.close_session()
    window.file_actions.install(ProjectSession.open(path, read_only=True), "read-only")
    assert not action.isEnabled()


def test_backup_list_dialog_lists_newest_first(qtbot, tmp_path) -> None:
    path = _backed_up(tmp_path)
    with ProjectSession.open(path) as session:
        session.apply(SetWeight("effect", 3))
    found = backups.backups_for(path)
    dialog = BackupListDialog(found, path.name)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "2 entries" in dialog.list.item(0).text() and "1 entry" in dialog.list.item(1).text()
    assert dialog.selected_backup() == found[0]
    dialog.list.setCurrentRow(1)
    assert dialog.selected_backup() == found[1]
    assert dialog.restore_button.accessibleName() and dialog.list.accessibleDescription()


def test_read_only_mode_never_offers_to_restore(window, controller, tmp_path, boxes) -> None:
    path = _backed_up(tmp_path)
    KINDS["truncated"][0](path)
    window.file_actions.force_read_only = True
    assert window.file_actions.open_path(path) is False
    assert [b.objectName() for b in boxes.shown] == ["userErrorBox"]  # the plain error, no offer
    assert not list(tmp_path.glob("plan.counterweight.broken-*"))


def test_menu_restore_that_fails_after_closing_reopens_the_project(window, controller, tmp_path, boxes,
                                                                   monkeypatch) -> None:
    path = _backed_up(tmp_path)
    _open_in_window(window, path)
    _answer_list(monkeypatch, row=0)
    _answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    other_window: list[ProjectSession] = []
    real_close = controller.close_session

    def close_then_taken_elsewhere() -> None:  # another window grabs the file in between
        real_close()
        other_window.append(ProjectSession.open(path))

    monkeypatch.setattr(controller, "close_session", close_then_taken_elsewhere)
    try:
        assert window.file_actions.backups.restore_from_backup() is False
        assert controller.has_session and controller.path == path  # reopened (read-only: it is taken)
        assert controller.read_only
        assert [b.objectName() for b in boxes.shown] == ["userErrorBox"]
        assert "another Counterweight window" in boxes.shown[0].text()
        assert not list(tmp_path.glob("plan.counterweight.replaced-*"))
    finally:
        for session in other_window:
            session.close()


def test_startup_says_when_the_last_project_is_gone_and_offers_its_backup(window, controller, tmp_path,
                                                                           boxes) -> None:
    """QA pass 13: a last project renamed or deleted between sessions was silently replaced by
    the example, although its backups were there to restore."""
    path = _backed_up(tmp_path)
    workspace.remember_project(path)
    path.unlink()
    controller.close_session()
    boxes.answers.append("restoreBackupButton")
    assert window.file_actions.open_startup()
    assert controller.path == path and path.exists()
    assert len(boxes.offers) == 1


def test_startup_names_a_vanished_last_project_without_a_backup(window, controller, tmp_path, boxes) -> None:
    path = tmp_path / "gone.counterweight"
    ProjectStore.create(path, small_decision()).close()  # no backup
    workspace.remember_project(path)
    path.unlink()
    controller.close_session()
    assert window.file_actions.open_startup()
    assert controller.path.resolve() == workspace.default_project_path().resolve()
    assert [b.objectName() for b in boxes.shown] == ["userErrorBox"]
    text = _all_text(boxes.shown[0])
    assert "gone.counterweight" in text and "example" in text, text


def test_opening_a_project_whose_backup_fails_says_so(window, controller, tmp_path, boxes) -> None:
    """QA pass 13: backups failing (full disk, a file where the folder should be) went unnoticed,
    and an old backup was later offered as "the newest"."""
    path = tmp_path / "plan.counterweight"
    ProjectStore.create(path, small_decision()).close()
    folder = backups.backup_folder()
    shutil.rmtree(folder, ignore_errors=True)  # the fixture's project made one
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    assert window.file_actions.open_path(path)
    assert errors and "No automatic backup could be made of plan.counterweight" in errors[-1]
    assert str(folder) in errors[-1]


def test_restore_names_the_backups_folder_when_it_is_unreadable(window, controller, boxes) -> None:
    folder = backups.backup_folder()
    shutil.rmtree(folder)
    folder.write_text("a file where the folder should be")
    assert window.file_actions.backups.restore_from_backup() is False
    text = _all_text(boxes.shown[-1])
    assert "folder of automatic backups" in text and str(folder) in text


@pytest.mark.parametrize("locale", ["de_DE", "en_US", "C"])
def test_backup_times_read_year_month_day_in_every_locale(qtbot, tmp_path, locale) -> None:
    """QA pass 19: the list read "27 11 2026 20:18:20"; the app writes dates as 2026-11-27 elsewhere."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from counterweight.storage.backups import BackupInfo
    from counterweight.ui.dialogs.restore_dialog import backup_time

    made = dt.datetime(2026, 11, 27, 20, 18, 20, tzinfo=dt.timezone.utc)
    info = BackupInfo(tmp_path / "b.counterweight", "plan", made, 2048, 3)
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert backup_time(info) == made.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        dialog = BackupListDialog([info], "plan.counterweight")
        qtbot.addWidget(dialog)
        assert dialog.list.item(0).text().startswith(made.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
    finally:
        QLocale.setDefault(before)
