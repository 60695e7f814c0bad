"""The window shows the errors it is given in its own language (h28i).

h28c made the engine's, services', storage's and domain's error messages translatable phrases and
added :func:`counterweight.ui.engine_text.error_text`, but every place in the window still showed
``str(exc)``, ``exc.message`` or ``exc.for_window()``: the English. These tests cause real errors
through the window (a refused rename, a bad file opened, weighting judgements that add up to
nothing, a restore that fails) and read what the window shows, in French with the committed
translation, and in English, where it must read as before.

The French sentences expected here are those of the committed translation
(resources/translations/counterweight_fr.ts, session 28).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from counterweight.services.session import ProjectSession
from counterweight.ui.widgets.options_panel import OptionsPanel
from tests.ui.test_corrupt_restore import (  # noqa: F401 - boxes is a fixture
    _all_text,
    _answer_list,
    _answer_question,
    _backed_up,
    _open_in_window,
    boxes,
)
from tests.ui.weighting_helpers import example, open_dialog  # noqa: F401 - example is a fixture

pytestmark = pytest.mark.qt

#: What Qt's French translation writes for a thin no-break space; the .ts writes plain spaces before ":" and ";".
NBSP = "\u202f"


def _plain(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u00a0", " ")


def _rename_first_option_to(controller, qtbot, name: str) -> list[str]:
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    panel = OptionsPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    panel.list.setCurrentRow(0)
    panel.list.currentItem().setText(name)
    assert [o.name for o in controller.decision.options] == ["Alpha", "Bravo", "Charlie"]  # refused
    return errors


# ------------------------------------------------------------------ an edit refused


def test_a_refused_rename_reads_as_before_in_english_and_in_french(qtbot, request, window, controller) -> None:
    errors = _rename_first_option_to(controller, qtbot, "bravo")
    assert errors[-1] == ("Another option is already called 'Bravo'; give each option a name of its own, so that "
                          "the matrix, the charts and the brief can tell them apart.")
    request.getfixturevalue("french")
    errors = _rename_first_option_to(controller, qtbot, "bravo")
    assert _plain(errors[-1]).startswith("Une autre option s’appelle déjà « Bravo » ; donnez à chaque option")  # .ts
    assert _plain(window.statusBar().currentMessage()).startswith("Une autre option")  # .ts


# ------------------------------------------------------------------ a bad file opened


def _open_bad_json(window, tmp_path: Path, boxes) -> QMessageBox:  # noqa: F811 - the fixture
    bad = tmp_path / "bad.json"
    bad.write_text("", encoding="utf-8")
    boxes.shown.clear()
    assert window.file_actions.open_path(bad) is False
    assert [b.objectName() for b in boxes.shown] == ["userErrorBox"]
    return boxes.shown[0]


def test_a_bad_json_file_reads_as_one_sentence_in_english_and_in_french(request, window, tmp_path,
                                                                        boxes) -> None:  # noqa: F811
    assert _open_bad_json(window, tmp_path, boxes).text() == \
        "“bad.json” is not valid JSON: expecting value at line 1, column 1."
    request.getfixturevalue("french")
    box = _open_bad_json(window, tmp_path, boxes)
    assert _plain(box.text()) == ("« bad.json » n’est pas un fichier JSON valide : expecting value à la ligne 1, "
                                  "colonne 1.")  # i_fr.tsv


def test_a_file_that_is_not_a_project_is_said_in_french(french, window, tmp_path, boxes) -> None:  # noqa: F811
    junk = tmp_path / "junk.counterweight"
    junk.write_text("this is not a database, only text with the project's ending\n" * 50, encoding="utf-8")
    assert window.file_actions.open_path(junk) is False
    text = _plain(boxes.shown[-1].text())  # the message itself (the box's title is the window's own words)
    assert text.startswith("Impossible d’ouvrir") and "junk.counterweight" in text, text  # c_fr.tsv
    assert "Cannot" not in text and "not a Counterweight project" not in text, text  # c_fr.tsv


# ------------------------------------------------------------------ weighting judgements that add up to nothing


def _all_zero(qtbot, controller):
    from counterweight.domain import WeightMethod

    dialog = open_dialog(qtbot, controller, None)
    dialog.set_method(WeightMethod.DIRECT)
    for spin in dialog.direct_editor.spins.values():
        spin.setValue(0)
    qtbot.waitUntil(lambda: not dialog.ok_button.isEnabled())
    return dialog.problems_label.text()


def test_bad_weighting_input_reads_as_before_in_english_and_in_french(qtbot, request, example) -> None:  # noqa: F811
    assert "at least one criterion needs more than 0 points" in _all_zero(qtbot, example)
    request.getfixturevalue("french")
    problem = _plain(_all_zero(qtbot, example))
    assert "au moins un critère doit avoir plus de 0 point" in problem, problem  # c_fr.tsv


# ------------------------------------------------------------------ a restore that fails


def _restore_taken_elsewhere(window, controller, tmp_path, monkeypatch) -> list[ProjectSession]:
    path = _backed_up(tmp_path)
    _open_in_window(window, path)
    _answer_list(monkeypatch, row=0)
    _answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    other_window: list[ProjectSession] = []
    real_close = controller.close_session

    def close_then_taken_elsewhere() -> None:  # another window opens the file in between
        real_close()
        other_window.append(ProjectSession.open(path))

    monkeypatch.setattr(controller, "close_session", close_then_taken_elsewhere)
    assert window.file_actions.backups.restore_from_backup() is False
    return other_window


def test_a_failed_restore_is_said_in_french(french, window, controller, tmp_path, boxes,  # noqa: F811
                                            monkeypatch) -> None:
    """The English of the same failure is checked by test_corrupt_restore.py (the menu restore that fails)."""
    others = _restore_taken_elsewhere(window, controller, tmp_path, monkeypatch)
    try:
        assert [b.objectName() for b in boxes.shown] == ["userErrorBox"]
        text = _plain(boxes.shown[0].text())
        assert "une autre fenêtre de Counterweight" in text, text  # c_fr.tsv
        assert "another Counterweight window" not in text
    finally:
        for session in others:
            session.close()


# ------------------------------------------------------------------ a value just past the scale, in the panel


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_score_panel_names_a_value_just_past_the_scale_as_typed(qtbot, request, controller, language) -> None:
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

    if language == "fr":
        request.getfixturevalue("french")
    panel = ScoreDetailPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_cell("a", "effect")  # 0 to 10 points
    panel.value_edit.selectAll()
    qtbot.keyClicks(panel.value_edit, "10.0000001")  # typed, as a user does
    assert not panel.apply()
    shown = panel.error_label.text()
    assert ("10,0000001" if language == "fr" else "10.0000001") in shown, shown
    assert controller.decision.score("a", "effect").value == 2
