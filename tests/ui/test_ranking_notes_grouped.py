"""The Ranking tab's notes count the rest of a long run of one kind of note on one criterion (QA 27).

A criterion left unscored on 1,000 options made 1,000 wrapped notes, rebuilt on every edit: the
list now shows the first few and one line counting the rest, which leads to the first cell it
counts, and is left alone when an edit does not change the notes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import Option, Score
from counterweight.engine.diagnostics import MISSING_SCORE
from counterweight.services.edits import SetScore, SetWeight
from counterweight.ui.widgets.ranking_notes import SHOWN_PER_GROUP, show_notes
from counterweight.ui.widgets.ranking_panel import RankingPanel
from tests.factories import small_decision
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt

CODE = Qt.ItemDataRole.UserRole + 1
OPTIONS = 12


@pytest.fixture
def ctl(qtbot, tmp_path):
    """Twelve options scored on harm and effect; only the first one on cost."""
    base = small_decision()
    options = [Option(id=f"o{i}", name=f"Option {i}") for i in range(OPTIONS)]
    scores = [Score(option_id=o.id, criterion_id="harm", level="Low") for o in options]
    scores += [Score(option_id=o.id, criterion_id="effect", value=i % 10) for i, o in enumerate(options)]
    scores.append(Score(option_id="o0", criterion_id="cost", value=5))
    yield from controller_on(tmp_path / "many.counterweight",
                             base.model_copy(update={"options": options, "scores": scores}))


def _missing(panel: RankingPanel) -> list:
    items = (panel.diagnostics.item(i) for i in range(panel.diagnostics.count()))
    return [item for item in items if item.data(CODE) == MISSING_SCORE]


def test_a_long_run_of_missing_scores_is_counted_after_the_first_few(qtbot, ctl) -> None:
    panel = shown(qtbot, RankingPanel(ctl), 480, 560)
    notes = [d for d in ctl.view_evaluation.diagnostics if d.code == MISSING_SCORE]
    assert len(notes) == OPTIONS - 1
    items = _missing(panel)
    assert len(items) == SHOWN_PER_GROUP + 1
    assert [i.text() for i in items[:-1]] == [str(d.message) for d in notes[:SHOWN_PER_GROUP]]
    rest = OPTIONS - 1 - SHOWN_PER_GROUP
    assert items[-1].text().startswith(f"…and {rest} more options have no score on 'Cost'")
    assert items[-1].toolTip() == "Warning: " + items[-1].text()
    first_counted = notes[SHOWN_PER_GROUP]
    with qtbot.waitSignal(panel.diagnosticActivated, timeout=1000) as blocker:
        panel.diagnostics.itemActivated.emit(items[-1])
    assert blocker.args == [first_counted.option_id, "cost"]  # the line leads to the first cell it counts
    show_notes(panel.diagnostics, MISSING_SCORE)  # the "See the notes" link still finds the first note
    assert panel.diagnostics.currentItem() is items[0]


def test_a_short_run_is_listed_in_full(qtbot, ctl) -> None:
    panel = shown(qtbot, RankingPanel(ctl), 480, 560)
    for i in range(1, OPTIONS - SHOWN_PER_GROUP - 1):  # leaves SHOWN_PER_GROUP + 1 unscored: no count line
        assert ctl.submit(SetScore(f"o{i}", "cost", Score(option_id=f"o{i}", criterion_id="cost", value=3))) is None
    items = _missing(panel)
    assert len(items) == SHOWN_PER_GROUP + 1
    assert not any(i.text().startswith("…") for i in items)


def test_the_notes_are_rebuilt_only_when_they_change(qtbot, ctl) -> None:
    panel = shown(qtbot, RankingPanel(ctl), 480, 560)
    marker = Qt.ItemDataRole.UserRole + 7
    panel.diagnostics.item(0).setData(marker, "kept")
    assert ctl.submit(SetWeight("effect", 4.0)) is None  # the ranking moves, the notes do not
    assert panel.diagnostics.item(0).data(marker) == "kept"
    assert ctl.submit(SetScore("o1", "cost", Score(option_id="o1", criterion_id="cost", value=3))) is None
    assert panel.diagnostics.item(0).data(marker) is None  # one note fewer: rebuilt
    assert _missing(panel)[-1].text().startswith(f"…and {OPTIONS - 2 - SHOWN_PER_GROUP} more options")
