"""A number that is an exact half as written reads the same in the window, the command line and the brief
(QA 32 item 1): all of them round it away from zero through ``domain.shown_numbers.fixed``.

The example's *Transfer US cluster munitions* takes Rank 5 in 0.9225 of the draws: the brief printed
92.3 %, the window and ``counterweight smaa`` 92.2 (Python's ``:.1f`` rounds 92.25 to even).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from counterweight.__main__ import main
from counterweight.engine.smaa import smaa
from counterweight.locations import example_decision_path
from counterweight.reports.brief_acceptability import acceptability_rows
from counterweight.reports.summary import pct
from counterweight.services import exchange
from counterweight.ui.models.acceptability_model import AcceptabilityResults, cell_texts

pytestmark = pytest.mark.qt
OPTION = "Transfer US cluster munitions"


def test_the_example_s_rank_5_share_reads_92_3_in_the_window_the_cli_and_the_brief(qtbot, capsys) -> None:
    r = smaa(exchange.read_file(example_decision_path()))
    i = r.option_names.index(OPTION)
    assert float(r.acceptability[i, 4]) == 0.9225  # an exact half at one decimal of a percent
    host = QWidget()
    qtbot.addWidget(host)
    shown = AcceptabilityResults(host)
    QVBoxLayout(host).addWidget(shown.splitter)
    shown.show_result(r, "as set (exact)")
    window = next(row for row in cell_texts(shown.ranks) if row[0] == OPTION)
    assert window[shown.first_rank_column + 4] == "92.3 %"
    brief = next(row for row in acceptability_rows(r)[1] if OPTION in str(row[0]))
    assert brief[5] == "92.3 %"
    capsys.readouterr()
    assert main(["smaa", str(example_decision_path())]) == 0
    line = next(text for text in capsys.readouterr().out.splitlines() if text.startswith(OPTION[:20]))
    assert line.split()[-1] == "92.3" or " 92.3" in line
    assert "92.2" not in line


@pytest.mark.parametrize(("share", "number"), [(0.3125, "31.3"), (0.9225, "92.3"), (0.0125, "1.3"), (0.4445, "44.5")])
def test_every_place_writes_a_half_as_the_brief_does(share: float, number: str) -> None:
    from counterweight.charts.weights_chart import _percent as chart_percent
    from counterweight.cli.sensitivity import _pct as cli_percent
    from counterweight.ui.models.acceptability_model import _pct as window_percent
    from counterweight.ui.widgets.sensitivity_text import pct as sensitivity_percent
    from counterweight.ui.widgets.weights_panel import _percent as weights_panel_percent

    assert pct(share) == f"{number} %"  # the brief
    assert window_percent(share) == chart_percent(share) == weights_panel_percent(share) == f"{number} %"  # h26f
    assert cli_percent(share) == f"{number}%"  # a command-line table's column
    assert sensitivity_percent(share, 1) == number
