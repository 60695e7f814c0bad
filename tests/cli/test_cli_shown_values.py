"""``counterweight evaluate``: the text table tells near-ties apart (one precision per column).

Cases and hand calculations: tests/shown_values_cases.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.conftest import write_decision
from tests.shown_values_cases import closeness_tie_decision, near_tie_decision


def _rows(text: str, names: list[str]) -> dict[str, list[str]]:
    """The table row of each option, split on runs of spaces."""
    out = {}
    for line in text.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) > 2 and cells[1] in names:
            out[cells[1]] = cells
    return out


def test_score_column_tells_a_near_tie_apart(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_decision(tmp_path / "near.json", near_tie_decision())
    result = cli("evaluate", path)
    assert result.code == 0, result.err
    rows = _rows(result.out, ["Alpha", "Bravo", "Charlie", "Delta"])
    assert [rows[n][0] for n in ("Alpha", "Bravo", "Charlie", "Delta")] == ["1", "2", "3", "3"]
    assert [rows[n][2] for n in ("Alpha", "Bravo", "Charlie", "Delta")] == ["50.89", "50.86", "30.00", "30.00"]


def test_method_columns_tell_a_near_tie_apart(cli, tmp_path: Path) -> None:  # noqa: ANN001
    # The command line writes four decimals. Bravo 99.998 gives closeness 0.99998 (hand: one criterion,
    # C = (x - min) / (max - min)), which reads 1.0000 like Alpha's 1: the column takes five decimals.
    path = write_decision(tmp_path / "closeness.json", closeness_tie_decision(99.998))
    result = cli("evaluate", path)
    assert result.code == 0, result.err
    rows = _rows(result.out, ["Alpha", "Bravo", "Charlie", "Delta"])
    assert [rows[n][4] for n in ("Alpha", "Bravo", "Charlie", "Delta")] == ["1.00000", "0.99998", "0.50000",
                                                                            "0.00000"]
    # D+ of Alpha and Bravo: 0 and 0.002 / ||x|| with ||x|| = sqrt(100^2 + 99.998^2 + 50^2) = 150.0 (to 1e-4),
    # 1.33e-5: five decimals are the fewest that tell them apart
    assert (rows["Alpha"][2], rows["Bravo"][2]) == ("0.00000", "0.00001")
