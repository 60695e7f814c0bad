"""A piece of evidence citing the source library goes by the library's title everywhere (QA pass 19, item 6).

The example's evidence was linked under the label "Seed article (The Diplomat, Nov 2024)", while
its library source is titled after the article. The score details and the cell's tooltip showed
the label, the linked passages and the brief the title, and renaming the source in the library
changed only the latter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.services.evidence import UpdateSource
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt

LABEL = "Seed article (The Diplomat, Nov 2024)"
TITLE = "Expect the Worst From Russia and North Korea"


@pytest.fixture
def example(qtbot, tmp_path):  # noqa: ANN001, ANN201
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange

    yield from controller_on(tmp_path / "example.counterweight", exchange.read_file(example_decision_path()))


@pytest.fixture
def panel(qtbot, example):  # noqa: ANN001, ANN201
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

    widget = ScoreDetailPanel(example)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    widget.show_cell("o1", "civilian-risk")
    return widget


def test_the_score_details_name_library_evidence_by_its_title(panel, example) -> None:  # noqa: ANN001
    assert example.decision.score("o1", "civilian-risk").evidence[0].source == LABEL  # as stored
    first = panel.evidence.table.item(0, 0)
    assert first.text() == TITLE
    assert not first.flags() & Qt.ItemFlag.ItemIsEditable  # renamed in the library, not here
    assert "Source library" in first.toolTip()


def test_a_source_renamed_in_the_library_is_renamed_in_the_details_and_the_tooltip(panel, example) -> None:  # noqa: ANN001
    from counterweight.ui.models.score_table_model import ScoreTableModel

    source = example.decision.source("seed-article")
    assert example.submit(UpdateSource(source.model_copy(update={"title": "Diplomat article"}))) is None
    assert panel.evidence.table.item(0, 0).text() == "Diplomat article"
    model = ScoreTableModel(example)
    tip = model.data(model.index_of("o1", "civilian-risk"), Qt.ItemDataRole.ToolTipRole)
    assert "Evidence: Diplomat article, para 3, 11" in tip and LABEL not in tip


def test_applying_other_changes_keeps_the_stored_label(qtbot, panel, example) -> None:  # noqa: ANN001
    panel.rationale_edit.setPlainText("A new reason.")
    panel.apply()
    score = example.decision.score("o1", "civilian-risk")
    assert score.rationale == "A new reason."
    assert score.evidence[0].source == LABEL and score.evidence[0].source_id == "seed-article"
