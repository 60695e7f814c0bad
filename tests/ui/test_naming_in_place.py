"""Naming options and criteria in place (QA pass 18, items 9, 13 and 16).

Insert then typing the name is one undo step (redo brings the item back under that
name); a new item is "Option N" / "Criterion N" with the lowest free N, through tr();
the in-place editors take no more characters than a name may have, and an empty name
is refused in plain words.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from counterweight.domain import Criterion, Option
from counterweight.services.option_edits import AddOption
from counterweight.ui.widgets.criteria_panel import CriteriaPanel
from counterweight.ui.widgets.options_panel import OptionsPanel
from tests.ui.criteria_helpers import criteria_panel, isolated_home

pytestmark = pytest.mark.qt

_isolated_home = pytest.fixture(autouse=True)(isolated_home)
criteria = pytest.fixture(criteria_panel)


@pytest.fixture
def options(qtbot, controller) -> OptionsPanel:  # noqa: ANN001
    widget = OptionsPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def option_names(controller) -> list[str]:  # noqa: ANN001
    return [o.name for o in controller.decision.options]


def editors(view) -> list[QLineEdit]:  # noqa: ANN001
    return [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]


def editor_of(view) -> QLineEdit:  # noqa: ANN001
    found = editors(view)
    assert found, "no in-place editor is open"
    return found[0]


def close_editor(qtbot, view, key: Qt.Key = Qt.Key.Key_Return) -> None:  # noqa: ANN001
    """Press ``key`` in the open editor and wait until it has closed (Qt commits a beat later)."""
    qtbot.keyClick(editor_of(view), key)
    qtbot.waitUntil(lambda: not editors(view))


def focus(qtbot, view) -> None:  # noqa: ANN001
    """Give ``view`` the keyboard focus in its active window (so the panel's shortcuts apply)."""
    view.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def type_name(qtbot, view, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:  # noqa: ANN001
    edit = editor_of(view)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    close_editor(qtbot, view, key)


# ---------------------------------------------------------------- one undo step
def test_inserting_an_option_and_naming_it_is_one_undo_step(qtbot, options, controller) -> None:  # noqa: ANN001
    focus(qtbot, options.list)
    options.list.setCurrentRow(0)
    qtbot.keyClick(options.list, Qt.Key.Key_Insert)
    type_name(qtbot, options.list, "Delta")
    assert option_names(controller) == ["Alpha", "Delta", "Bravo", "Charlie"]
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() == "Add option"
    controller.undo_stack.undo()
    assert option_names(controller) == ["Alpha", "Bravo", "Charlie"]
    controller.undo_stack.redo()  # back in its place, under the name typed
    assert option_names(controller) == ["Alpha", "Delta", "Bravo", "Charlie"]
    controller.undo_stack.undo()
    assert option_names(controller) == ["Alpha", "Bravo", "Charlie"]


def test_inserting_a_criterion_and_naming_it_is_one_undo_step(qtbot, criteria, controller) -> None:  # noqa: ANN001
    criteria.select_criterion("cost")
    focus(qtbot, criteria.tree)
    qtbot.keyClick(criteria.tree, Qt.Key.Key_Insert)
    type_name(qtbot, criteria.tree, "Speed")
    kids = [c.name for c in controller.decision.children("benefits")]
    assert kids == ["Effect", "Cost", "Speed"]
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() == "Add criterion"
    controller.undo_stack.undo()
    assert [c.name for c in controller.decision.children("benefits")] == ["Effect", "Cost"]
    controller.undo_stack.redo()
    assert [c.name for c in controller.decision.children("benefits")] == kids


def test_escape_keeps_the_default_name_and_a_later_rename_is_its_own_step(qtbot, options, controller) -> None:  # noqa: ANN001
    focus(qtbot, options.list)
    options.list.setCurrentRow(2)
    qtbot.keyClick(options.list, Qt.Key.Key_Insert)
    close_editor(qtbot, options.list, Qt.Key.Key_Escape)
    assert option_names(controller) == ["Alpha", "Bravo", "Charlie", "Option 1"]
    qtbot.keyClick(options.list, Qt.Key.Key_F2)
    type_name(qtbot, options.list, "Echo")
    assert option_names(controller)[-1] == "Echo" and controller.undo_stack.count() == 2
    controller.undo_stack.undo()  # only the rename
    assert option_names(controller)[-1] == "Option 1"


def test_a_refused_first_name_leaves_the_insert_under_its_default_name(qtbot, options, controller) -> None:  # noqa: ANN001
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    focus(qtbot, options.list)
    options.list.setCurrentRow(0)
    qtbot.keyClick(options.list, Qt.Key.Key_Insert)
    type_name(qtbot, options.list, "bravo")  # another option has it
    assert option_names(controller) == ["Alpha", "Option 1", "Bravo", "Charlie"]
    assert errors and controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert option_names(controller) == ["Alpha", "Bravo", "Charlie"]


# ---------------------------------------------------------------- default names
def test_default_names_take_the_lowest_free_number(qtbot, options, criteria, controller) -> None:  # noqa: ANN001
    for name in ("Option 1", "option 3"):
        controller.submit(AddOption(Option(id=name.replace(" ", ""), name=name)))
    options.add_action.trigger()
    close_editor(qtbot, options.list, Qt.Key.Key_Escape)
    assert "Option 2" in option_names(controller)
    options.add_action.trigger()
    close_editor(qtbot, options.list, Qt.Key.Key_Escape)
    assert "Option 4" in option_names(controller)
    criteria.select_criterion("effect")
    criteria.add_action.trigger()
    close_editor(qtbot, criteria.tree, Qt.Key.Key_Escape)
    criteria.add_group_action.trigger()
    close_editor(qtbot, criteria.tree, Qt.Key.Key_Escape)
    names = [c.name for c in controller.decision.criteria]
    assert "Criterion 1" in names and "Group 1" in names
    from counterweight.ui.widgets.name_delegate import first_free_name

    assert first_free_name("Option %1", ["Option A", "Option B"]) == "Option 1"  # names of other forms are no gap


def test_default_names_go_through_tr(qtbot, monkeypatch, options, criteria, controller) -> None:  # noqa: ANN001
    french = {"Option %1": "Choix %1", "Criterion %1": "Critère %1", "Group %1": "Groupe %1"}
    for cls in (OptionsPanel, CriteriaPanel):
        monkeypatch.setattr(cls, "tr", lambda _self, text, *_a: french.get(text, text))
    options.add_action.trigger()
    close_editor(qtbot, options.list, Qt.Key.Key_Escape)
    criteria.select_criterion("effect")
    criteria.add_action.trigger()
    close_editor(qtbot, criteria.tree, Qt.Key.Key_Escape)
    assert "Choix 1" in option_names(controller)
    assert "Critère 1" in [c.name for c in controller.decision.criteria]


# ---------------------------------------------------------------- length and empty names
def test_the_in_place_editors_hold_no_more_than_a_name_may_have(qtbot, options, criteria, controller) -> None:  # noqa: ANN001
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    limit = Option.model_fields["name"].metadata[0].max_length
    assert limit == Criterion.model_fields["name"].metadata[0].max_length
    QGuiApplication.clipboard().setText("x" * (limit + 50))
    focus(qtbot, options.list)
    options.list.setCurrentRow(1)
    qtbot.keyClick(options.list, Qt.Key.Key_F2)
    edit = editor_of(options.list)
    assert edit.maxLength() == limit
    edit.selectAll()
    edit.paste()  # a longer paste is cut at the limit
    close_editor(qtbot, options.list)
    assert controller.decision.option("b").name == "x" * limit
    criteria.select_criterion("cost")
    focus(qtbot, criteria.tree)
    qtbot.keyClick(criteria.tree, Qt.Key.Key_F2)
    edit = editor_of(criteria.tree)
    assert edit.maxLength() == limit
    edit.selectAll()
    edit.paste()
    close_editor(qtbot, criteria.tree)
    assert controller.decision.criterion("cost").name == "x" * limit
    assert errors == []  # never "name: String should have at most 200 characters"


def test_an_empty_name_is_refused_in_plain_words(qtbot, options, criteria, controller) -> None:  # noqa: ANN001
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    options.list.setCurrentRow(0)
    options.list.currentItem().setText("  ")
    criteria.model.setData(criteria.model.index_for("cost"), "")
    assert option_names(controller)[0] == "Alpha" and controller.decision.criterion("cost").name == "Cost"
    assert errors == ["A name cannot be empty, so the old name was kept."] * 2
