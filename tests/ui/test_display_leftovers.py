"""Small display leftovers (h26f): group-view scores rounded, a unit that states its range, stale status lines.

* The group view's score matrix wrote combined scores as stored ("6.66667", a mean of 6, 6 and 8);
  each column is now rounded to the precision its voices give, one decimal more (group_places).
* The example's "Financial and materiel cost" read "1–10 index 1-10 ↓" under "Measured on": its unit
  already names the scale's bounds, so the range is not written twice.
* "All changes are already saved automatically; checkpoint marked." stayed in the status bar after the
  next edit, for its whole ten seconds; information now goes when an edit lands, an error does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import Option
from counterweight.services.analyst_edits import SetGroupSettings
from counterweight.services.option_edits import AddOption
from tests.services.test_analyst_own_reasoning import legacy_copy
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt


# ------------------------------------------------------------ the Weights panel's percentages
def test_the_weights_panel_writes_a_percentage_as_every_other_tab() -> None:  # was "35.1%"
    from counterweight.domain.shown_numbers import percent
    from counterweight.ui.widgets.weights_panel import _percent

    assert percent(0.351) == _percent(0.351) == "35.1 %"
    assert _percent(None) == ""


def test_the_weighting_preview_writes_and_sizes_its_percentages_as_the_panel(qtbot, controller) -> None:
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
    from counterweight.ui.dialogs.weighting_preview import COL_NOW_LOCAL

    dialog = WeightingDialog(controller, None)
    qtbot.addWidget(dialog)
    preview = dialog.preview
    assert preview.item(0, COL_NOW_LOCAL).text().endswith(" %")
    room = preview.fontMetrics().horizontalAdvance("100.0 %") + 14  # the text and the cell's margins
    assert all(preview.columnWidth(col) >= room for col in range(1, 5))


# ------------------------------------------------------------ the group view's scores
@pytest.fixture
def ctl(qtbot, tmp_path: Path):
    yield from controller_on(tmp_path / "voices.counterweight", legacy_copy())


def test_the_group_view_rounds_a_mean_to_its_voices_precision_and_keeps_it_exact(qtbot, ctl) -> None:
    from counterweight.ui.models.score_table_model import ScoreTableModel

    model = ScoreTableModel(ctl)
    assert ctl.submit(SetGroupSettings(ctl.decision.group.model_copy(update={"shared_voice": True}))) is None
    ctl.set_view("group")  # Charlie x Effect: the shared 6, Ann's 6 (the shared score) and Ben's 8
    cell = model.index_of("c", "effect")
    assert ctl.view_decision.score("c", "effect").value == pytest.approx(20 / 3)  # the value stays exact
    assert model.data(cell) == "6.7"  # was 6.66667: whole-number voices, one decimal more
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole).endswith(": 6.7")
    assert "Group score: 6.66667" in model.data(cell, Qt.ItemDataRole.ToolTipRole)  # the tooltip keeps it
    ctl.set_view(None)
    assert model.data(model.index_of("c", "effect")) == "6"  # the shared inputs: as stored


def test_the_group_views_rounding_follows_an_analysts_edit(qtbot, ctl) -> None:
    """A guard for the review of h26f's cache (a speed change: each column now works out its voices' decimals
    from its own criterion, not from a pass over every score after each edit): the rounding follows an edit."""
    from counterweight.domain import Score
    from counterweight.services.analyst_edits import SetAnalystScore
    from counterweight.ui.models.score_table_model import ScoreTableModel

    model = ScoreTableModel(ctl)
    assert ctl.submit(SetGroupSettings(ctl.decision.group.model_copy(update={"shared_voice": True}))) is None
    ctl.set_view("group")
    assert model.data(model.index_of("c", "effect")) == "6.7"  # (6 + 6 + 8) / 3
    ben = Score(option_id="c", criterion_id="effect", value=8.25)
    assert ctl.submit(SetAnalystScore("ben", "c", "effect", ben)) is None
    assert model.data(model.index_of("c", "effect")) == "6.750"  # (6 + 6 + 8.25) / 3: two decimals, plus one


def test_a_column_keeps_one_precision_and_ignores_the_noise_of_a_mean() -> None:
    from counterweight.ui.models.group_places import _places

    assert (42.4 + 42.55) / 2 != 42.475  # stored 42.474999999999994
    assert _places((42.4 + 42.55) / 2, 3) == 3 and _places(7.5, 1) == 1 and _places(8.0, 1) == 0
    assert _places(20 / 3, 1) == 1  # cut at the voices' precision plus one


# ------------------------------------------------------------ Measured on
def test_a_unit_that_names_the_scales_bounds_is_not_preceded_by_the_range(qtbot, example_session) -> None:
    from counterweight.ui.models.criteria_tree_model import CriteriaTreeModel
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(example_session)
    model = CriteriaTreeModel(controller)
    decision = controller.decision
    cost = decision.criterion("materiel-cost")
    assert cost.unit == "index 1-10"  # the example itself is unchanged
    assert model.describe_scale(cost) == "index 1-10 \u2193"  # was "1–10 index 1-10 ↓"
    assert model.describe_scale(decision.criterion("time-to-effect")) == "0\u201324 months \u2193"  # an ordinary unit
    from counterweight.ui.models.criteria_tree_model import unit_states_range

    assert not unit_states_range("per 1,000 people", 0, 1)  # "1,000" is a thousand, not 1 and 0
    assert not unit_states_range("index 1-10", 0, 100)  # other numbers: the range is the one to believe
    assert unit_states_range("-5 to 5 points", -5, 5) and not unit_states_range("points", 0, 10)


# ------------------------------------------------------------ status messages
def _add_option(controller, name: str) -> None:  # noqa: ANN001
    assert controller.submit(AddOption(Option(id=name.lower(), name=name))) is None


def test_information_in_the_status_bar_goes_when_the_next_edit_lands(qtbot, window, controller) -> None:
    bar = window.statusBar()
    window.file_actions.save_checkpoint()
    assert bar.currentMessage() == "All changes are already saved automatically; checkpoint marked."
    qtbot.wait(20)  # read, and later an option is added
    _add_option(controller, "Later")
    assert bar.currentMessage() == ""  # was still "checkpoint marked"
    window.show_status("Told about this edit")
    _add_option(controller, "Told")  # the same turn of the event loop: the message is about this edit
    assert bar.currentMessage() == "Told about this edit"


def test_an_error_in_the_status_bar_stays_through_an_edit(qtbot, window, controller) -> None:
    controller.errorRaised.emit("The file could not be written.")
    qtbot.wait(20)
    _add_option(controller, "Later")
    assert window.statusBar().currentMessage() == "The file could not be written."


def test_nothing_to_undo_stays_until_an_edit_not_for_ten_seconds(qtbot, window, controller, monkeypatch) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    timeouts: list[int] = []
    real = QStatusBar.showMessage
    monkeypatch.setattr(QStatusBar, "showMessage", lambda bar, text, timeout=0: (timeouts.append(timeout),
                                                                                 real(bar, text, timeout))[1])
    window.findChild(QAction, "nothingToUndoAction").trigger()
    assert window.statusBar().currentMessage().startswith("Nothing to undo since the project was opened.")
    assert timeouts == [0]  # no timeout: a screen-reader user who comes to read it later finds it
    qtbot.wait(20)
    _add_option(controller, "Later")
    assert window.statusBar().currentMessage() == ""
