"""Shared by the weighting dialog tests: the example decision's controller, opening the dialog, reading weights.

The example decision (data/examples/north-korea-troops.json) has top-level groups :data:`TOP`
(Risks, Costs and Benefits), weighted by a stored swing elicitation (Benefits 100, Risks 78,
Costs 44); Benefits holds :data:`BENEFITS`, weighted by stored AHP judgements. Test modules
bind the :func:`example` fixture to a module name of their own (``example = weighting_helpers.example``).
"""

from __future__ import annotations

import pytest

from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
from counterweight.ui.session_controller import SessionController

TOP = ("risks", "costs", "benefits")
BENEFITS = ("deterrent-effect", "time-to-effect", "nuclear-bargain")


@pytest.fixture
def example(qtbot, example_session):
    """A controller on the example decision (see the module docstring); its undo stack cleared after."""
    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


def open_dialog(qtbot, controller, node_id):
    """The weighting dialog of ``node_id`` (``None``: the top level), open and shown."""
    dialog = WeightingDialog(controller, node_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def local_weights(controller, ids):
    """The stored weights of ``ids`` as shares of their sum."""
    total = sum(controller.decision.criterion(i).weight for i in ids)
    return [controller.decision.criterion(i).weight / total for i in ids]


def set_ranks(editor, ranks):
    """Set each criterion's rank in a ranking editor (``{criterion id: rank}``)."""
    for cid, rank in ranks.items():
        editor.spins[cid].setValue(rank)


def judge(editor, v):
    """Judgements a_ij = v_i / v_j over the displayed pairs (perfectly consistent)."""
    for first, second in editor.rows():
        editor.set_judgement(first, second, v[first] / v[second])
