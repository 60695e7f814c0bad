"""Who gave the judgements, and their note, follow the weighting method chosen (h28g).

QA found new ROC or AHP judgements stored as "Example author" with the swing method's
note: the dialog kept the stored method's "Elicited by" and note whatever method was
picked. The example decision's top level is weighted by a stored swing elicitation by
"Example author" (see tests/ui/weighting_helpers.py).
"""

from __future__ import annotations

import getpass

import pytest
from counterweight.domain import WeightMethod

from tests.ui import weighting_helpers
from tests.ui.weighting_helpers import open_dialog

pytestmark = pytest.mark.qt

example = weighting_helpers.example  # the fixture, found by pytest under this name


def test_another_method_starts_with_the_login_name_and_no_note(qtbot, example):
    dialog = open_dialog(qtbot, example, None)
    assert dialog.method() is WeightMethod.SWING
    assert dialog.by_edit.text() == "Example author"
    assert dialog.note_edit.toPlainText().startswith("Illustrative swing weighting")
    for method in (WeightMethod.ROC, WeightMethod.AHP, WeightMethod.DIRECT):
        dialog.set_method(method)
        assert (dialog.by_edit.text(), dialog.note_edit.toPlainText()) == (getpass.getuser(), ""), method
    dialog.set_method(WeightMethod.SWING)  # back to the stored method: its own record again
    assert dialog.by_edit.text() == "Example author"
    assert dialog.note_edit.toPlainText().startswith("Illustrative swing weighting")
    assert dialog.changes_nothing()


def test_ok_after_switching_stores_the_new_author_not_the_old_note(qtbot, example):
    dialog = open_dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.ROC)
    dialog.accept()
    stored = example.decision.elicitation(None)
    assert stored.method is WeightMethod.ROC
    assert (stored.elicited_by, stored.note) == (getpass.getuser(), "")


def test_what_was_typed_for_a_method_stays_with_that_method(qtbot, example):
    dialog = open_dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.AHP)
    dialog.by_edit.setText("B. Analyst")
    dialog.by_edit.setModified(True)  # as typing would
    dialog.note_edit.setPlainText("Pairwise workshop")
    dialog.set_method(WeightMethod.ROC)
    assert (dialog.by_edit.text(), dialog.note_edit.toPlainText()) == (getpass.getuser(), "")
    dialog.set_method(WeightMethod.SWING)
    dialog.note_edit.setPlainText("Swing checked again")
    dialog.set_method(WeightMethod.AHP)
    assert (dialog.by_edit.text(), dialog.note_edit.toPlainText()) == ("B. Analyst", "Pairwise workshop")
    assert dialog.by_edit.isModified()
    dialog.set_method(WeightMethod.SWING)
    assert (dialog.by_edit.text(), dialog.note_edit.toPlainText()) == ("Example author", "Swing checked again")


def test_an_analysts_new_method_is_theirs_with_no_note(qtbot, example):
    from counterweight.domain.analysts import Analyst
    from counterweight.services.analyst_edits import AddAnalyst

    assert example.submit(AddAnalyst(Analyst(id="ann", name="Ann"))) is None
    example.set_view("ann")
    dialog = open_dialog(qtbot, example, None)  # starts from the shared swing judgements
    assert dialog.method() is WeightMethod.SWING and dialog.by_edit.text() == "Ann"
    dialog.set_method(WeightMethod.AHP)
    assert (dialog.by_edit.text(), dialog.note_edit.toPlainText()) == ("Ann", "")
