"""The Uncertainty tab says how often an option's drawn score is past a red line (h21b).

With a red line, the ranks table gets a last column "Past a red line" (the engine's share,
as a % of draws; the header's tooltip names the red line) and the run notes say, per
option that ranks first in some draws while past a red line, how often. Without a red
line nothing is added. The expected sentence is written here from the engine's numbers.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from counterweight.domain import Decision
from counterweight.domain.shown_numbers import percent
from counterweight.engine.smaa import smaa
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from counterweight.ui.models.acceptability_model import (
    COL_FIRST_RANK,
    AcceptabilityResults,
    cell_texts,
    ranks_table,
    run_notes,
)

pytestmark = pytest.mark.qt
HEAD = "Past a\nred line"
COLUMN = -1  # the last column, after the ranks, as in the brief and `counterweight smaa` (QA 32 item 2)


def heads(table) -> list[str]:
    return [table.horizontalHeaderItem(k).text() for k in range(table.columnCount())]


def example(**uncertainty: object) -> Decision:
    """The shipped example (a flag red line: Civilian risk not worse than Moderate), settings changed."""
    d = exchange.read_file(example_decision_path())
    data = d.model_dump()
    data["method"]["uncertainty"].update(uncertainty)
    return Decision.model_validate(data)


@pytest.fixture
def results(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    shown = AcceptabilityResults(host)
    layout = QVBoxLayout(host)
    layout.addWidget(shown.notes)
    layout.addWidget(shown.splitter, 1)
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    yield shown
    del host


def test_the_example_shows_the_column_with_the_engines_shares_and_names_the_red_line(results):
    d = example(weights="none", level_scores="all", samples=4_000)
    assert [line.criterion_id for line in d.red_lines] == ["civilian-risk"]
    r = smaa(d)
    results.show_result(r, "unknown (any weights)")
    t = results.ranks
    assert heads(t)[1:3] == ["Confidence\nfactor", "Rank 1"] and heads(t)[-1] == HEAD  # the ranks, then the share
    last = t.columnCount() - 1
    assert results.first_rank_column == COL_FIRST_RANK
    assert "'Civilian risk' worse than 'Moderate'" in t.horizontalHeaderItem(last).toolTip()
    for row in range(t.rowCount()):
        oid = t.item(row, 0).data(Qt.ItemDataRole.UserRole)
        share = r.red_line_share[oid]
        assert t.item(row, last).data(Qt.ItemDataRole.UserRole) == share
        assert t.item(row, last).text() == percent(share)
    winners = [i for i, oid in enumerate(r.option_ids) if r.first_past_red_line[oid] > 0]
    assert winners  # some option wins draws while its drawn civilian risk is past the limit
    notes = results.notes.text()
    for i in winners:
        oid = r.option_ids[i]
        assert (f"'{r.option_names[i]}' ranks first in {percent(r.acceptability[i, 0])} of the draws; in "
                f"{percent(r.first_past_red_line[oid])} of all draws it ranks first while its drawn score on "
                f"'Civilian risk' is past the red line.") in notes
    quiet = [i for i, oid in enumerate(r.option_ids) if r.first_past_red_line[oid] == 0]
    assert all(f"'{r.option_names[i]}' ranks first in" not in notes for i in quiet)


def test_the_example_as_shipped_shows_the_column_too(results):
    """Nothing varies on Civilian risk as shipped: the flagged option is past the red line in every draw."""
    r = smaa(example(samples=1_000))
    results.show_result(r, "as set (exact)")
    t = results.ranks
    texts = {row[0]: row[COLUMN] for row in cell_texts(t)}
    assert heads(t)[COLUMN] == HEAD
    assert texts["Transfer US cluster munitions"] == "100.0 %"
    assert {v for k, v in texts.items() if k != "Transfer US cluster munitions"} == {"0.0 %"}


def test_without_a_red_line_there_is_no_column_and_no_note(results):
    """Shown with the red line, then without it: the column, its tooltip and the sentences go."""
    d = example(weights="none", level_scores="all", samples=2_000)
    results.show_result(smaa(d), "unknown (any weights)")
    assert heads(results.ranks)[COLUMN] == HEAD and "is past the red line" in results.notes.text()
    d = d.model_copy(update={"red_lines": []})
    r = smaa(d)
    content = ranks_table(r)
    assert HEAD not in content.heads and len(content.heads) == 2 + 5
    results.show_result(r, "unknown (any weights)")
    assert not results.ranks.horizontalHeaderItem(results.ranks.columnCount() - 1).toolTip()
    assert results.ranks.columnCount() == 7 and results.first_rank_column == COL_FIRST_RANK
    assert results.ranks.horizontalHeaderItem(COL_FIRST_RANK).text() == "Rank 1"
    assert "red line" not in run_notes(r, "unknown (any weights)")
    assert "red line" not in results.notes.text()
