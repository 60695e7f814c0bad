"""QA pass 22 item 13: a paste says how many scores it set and how many its empty cells cleared.

An empty cell in a pasted block clears the score under it (as in a spreadsheet), and the undo
step said only "Paste 2 scores". Cells from tests.factories.small_decision: Effect is 0-10,
Cost 0-20; Alpha's Effect is 2 and Cost 2, Bravo's 9 and 10, Charlie's 6 and 8.
"""

from __future__ import annotations

import pytest

from counterweight.ui.widgets.score_matrix import ScoreMatrix

pytestmark = pytest.mark.qt


@pytest.fixture
def matrix(qtbot, controller):
    widget = ScoreMatrix(controller)
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_block_with_an_empty_cell_says_one_set_and_one_cleared(matrix, controller) -> None:
    notices: list[str] = []
    controller.noticeRaised.connect(notices.append)
    assert matrix.select_cell("b", "effect")
    assert matrix.paste_text("5\t\n6\t7\n")  # Bravo: Effect 5 (was 9), Cost cleared; Charlie: Cost 7 (was 8)
    assert controller.decision.score("b", "cost") is None
    assert controller.undo_stack.undoText() == "Paste 3 scores: 2 set, 1 cleared"
    assert notices[-1].startswith("Pasted 3 scores: 2 set, 1 cleared")
    assert "Undo" in notices[-1]


def test_a_block_of_only_empty_cells_says_it_cleared(matrix, controller) -> None:
    notices: list[str] = []
    controller.noticeRaised.connect(notices.append)
    assert matrix.select_cell("a", "effect")
    assert matrix.paste_text("\t\n1\t1\n")  # Alpha's two cleared; Bravo's two set
    assert controller.undo_stack.undoText() == "Paste 4 scores: 2 set, 2 cleared"
    controller.undo_stack.undo()
    assert matrix.select_cell("b", "effect")
    assert matrix.paste_text("\t\n6\t8\n")  # Bravo's two cleared; Charlie's as they are
    assert controller.undo_stack.undoText() == "Paste: clear 2 scores"
    assert notices[-1].startswith("Pasted: 2 scores cleared")


def test_a_paste_without_empty_cells_keeps_its_short_name() -> None:
    from counterweight.ui.models.clipboard import paste_label, paste_summary

    assert paste_label((("a", "effect", None),)) == "Paste: clear 1 score"
    from counterweight.domain import Score

    set_two = tuple(("a", c, Score(option_id="a", criterion_id=c, value=1)) for c in ("effect", "cost"))
    assert paste_label(set_two) == "Paste 2 scores"
    assert paste_summary(set_two).startswith("Pasted 2 scores.")
