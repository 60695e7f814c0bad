"""h26b: a snapshot whose stored copy breaks the rules, found when first used, said the same way everywhere.

The copy is read when Compare or File > Export as JSON first needs it (issue 6), long after
the project opened, so the window names the snapshot (name and time) and what is wrong,
says nothing entered is lost, and offers a backup or deleting the snapshot.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from counterweight.domain import Score
from counterweight.services.edits import SetScore
from counterweight.services.session import ProjectSession
from counterweight.ui.local_times import local_stamp


def _damage(window, controller) -> str:
    """Take the snapshot "Before review", break its stored copy's rules (well-formed JSON), reopen; its time."""
    panel = window.analysis_tabs.perspectives_panel
    assert panel.take_snapshot("Before review") is None
    stamp = local_stamp(controller.decision.snapshots[0].taken_at)
    path = controller.path
    controller.close_session()
    conn = sqlite3.connect(path)
    data = json.loads(conn.execute("SELECT decision FROM snapshots").fetchone()[0])
    data["options"][1]["id"] = data["options"][0]["id"]  # two options with one id
    conn.execute("UPDATE snapshots SET decision = ?", (json.dumps(data),))
    conn.commit()
    conn.close()
    controller.set_session(ProjectSession.open(path))
    return stamp


def _said(box: QMessageBox, stamp: str) -> str:
    text = box.text() + box.informativeText()
    for part in ("\u201cBefore review\u201d", stamp, "option id", "used twice", "Nothing you have entered is lost",
                 "Restore from backup", "delete the snapshot"):
        assert part in text, part
    names = {b.text() for b in box.buttons()}
    assert {"Restore from backup\u2026", "Delete snapshot"} <= names
    return text


def _compare(window):
    from counterweight.ui.widgets.analysis_tabs import PERSPECTIVES

    window.analysis_tabs.setCurrentIndex(PERSPECTIVES)  # the list is filled when the tab is shown
    panel = window.analysis_tabs.perspectives_panel
    panel.snapshot_list.setCurrentRow(0)
    return panel.compare_selected()


def test_compare_names_the_snapshot_and_its_time_and_offers_a_way_out(window, controller, message_boxes) -> None:
    """Before, the banner said "The project file holds data ... (snapshot 'Before review', table snapshots, row
    'snap-…': ...)" with no time, no word on what was lost and no backup offered."""
    stamp = _damage(window, controller)
    text = _compare(window)
    [box] = message_boxes
    _said(box, stamp)
    assert window.analysis_tabs.perspectives_panel.diff_view.toPlainText() == text
    assert "table snapshots" not in text and stamp in text
    # the rest of the window keeps working: an edit is made and saved
    assert controller.submit(SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=3))) is None


def test_export_as_json_says_the_same_and_writes_nothing(window, controller, message_boxes, tmp_path: Path) -> None:
    """Before, Export as JSON showed only the storage layer's sentence in an error box."""
    stamp = _damage(window, controller)
    target = tmp_path / "out.json"
    assert window.file_actions.json_files.export_json(target) is False
    [box] = message_boxes
    _said(box, stamp)
    assert not target.exists()


def _clicking(monkeypatch: pytest.MonkeyPatch, label: str) -> None:
    def click(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == label).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


def test_delete_snapshot_from_the_message_and_undo_brings_it_back(window, controller, monkeypatch) -> None:
    _damage(window, controller)
    _clicking(monkeypatch, "Delete snapshot")
    _compare(window)
    assert controller.decision.snapshots == []
    shown = window.analysis_tabs.perspectives_panel.diff_view.toPlainText()
    assert "cannot be used" not in shown and shown.startswith("Select one snapshot")  # review: it is gone now
    controller.undo_stack.undo()
    assert [s.name for s in controller.decision.snapshots] == ["Before review"]


def test_restore_from_backup_from_the_message_opens_the_backup_list(window, controller, monkeypatch) -> None:
    from counterweight.ui.backup_actions import BackupActions

    _damage(window, controller)
    asked: list[bool] = []
    monkeypatch.setattr(BackupActions, "restore_from_backup", lambda self: asked.append(True) or False)
    _clicking(monkeypatch, "Restore from backup\u2026")
    _compare(window)
    assert asked == [True]


def test_read_only_project_is_told_how_instead_of_offered_edits(window, controller, message_boxes) -> None:
    _damage(window, controller)
    path = controller.path
    controller.close_session()
    controller.set_session(ProjectSession.open(path, read_only=True))
    _compare(window)
    [box] = message_boxes
    assert "open it for editing to delete the snapshot" in box.informativeText()
    assert {b.text() for b in box.buttons()} == {"Close"}  # restoring and deleting both write the file
