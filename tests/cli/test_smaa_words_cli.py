"""``counterweight smaa`` says what the Uncertainty tab says (QA 21 items 1, 2 and 6; h20j).

* The confidence factor is named so, and left out with exact weights (it would repeat Rank 1).
* An option a red line excludes reads "excluded by a red line", not a row of 0 %; rank
  columns stop at the options that took part; the JSON lists the excluded ids.
* ``--level-scores`` overrides the file's setting for the run, and the header says what
  the draws varied and what they held, in the brief's words (reports/smaa_words.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from counterweight.domain import Decision, RedLine, RedLineAction
from counterweight.domain.methods import LevelUncertainty
from counterweight.engine.smaa import smaa
from counterweight.reports.smaa_words import held_words, varied_words
from counterweight.services import exchange
from tests.cli.conftest import write_decision
from tests.cli.test_errors import assert_user_error
from tests.engine.helpers import flat_decision


def _flat(text: str) -> str:
    return " ".join(text.split())


def _with_uncertainty(decision: Decision, **settings: object) -> Decision:
    data = decision.model_dump()
    data["method"]["uncertainty"].update(settings)
    return Decision.model_validate(data)


def _table_head(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("Option ") and "Rank 1" in line)


def test_exact_weights_leave_the_confidence_factor_out(cli, example_json: Path) -> None:
    result = cli("smaa", example_json, "--samples", "1000", "--seed", "3")
    assert result.code == 0, result.err
    assert "Confidence" not in _table_head(result.out)
    assert "No confidence factor is given: the weights were not drawn, so it would only repeat Rank 1." \
        in _flat(result.out)
    payload = cli("smaa", example_json, "--samples", "1000", "--seed", "3", "--json").json()
    assert "confidence" in payload["options"][0]  # the JSON keeps its keys


def test_drawn_weights_show_the_confidence_factor(cli, tmp_path: Path, example_json: Path) -> None:
    decision = _with_uncertainty(exchange.read_file(example_json), weights="none")
    path = write_decision(tmp_path / "none.json", decision)
    result = cli("smaa", path, "--samples", "2000", "--seed", "4")
    assert result.code == 0, result.err
    head = _table_head(result.out)
    assert head.rstrip().endswith("Confidence factor  Past a red line")  # the example has a red line
    assert "Confidence factor: the share of samples in which the option still ranks first" in _flat(result.out)
    expected = smaa(decision, 2000, 4)
    best = int(np.argmax(expected.acceptability[:, 0]))
    row = next(line for line in result.out.splitlines() if line.startswith(expected.option_names[best] + " "))
    assert float(row.split()[-2]) == pytest.approx(100 * expected.confidence[best], abs=0.051)


def test_an_excluded_option_is_labelled_and_the_rank_columns_stop(cli, tmp_path: Path) -> None:
    base = flat_decision([[90, 40], [20, 60], [50, 10]], [1, 1])
    line = RedLine(id="r", criterion_id="c2", limit=30, action=RedLineAction.EXCLUDE)  # A3 scores 10 < 30
    decision = _with_uncertainty(base.model_copy(update={"red_lines": [line]}), weights="none")
    path = write_decision(tmp_path / "excluded.json", decision)
    result = cli("smaa", path, "--samples", "2000", "--seed", "5")
    assert result.code == 0, result.err
    head = _table_head(result.out)
    assert "Rank 2" in head and "Rank 3" not in head
    rows = result.out.splitlines()
    a3 = [r for r in rows if r.startswith("A3 ")]
    assert len(a3) == 1 and re.fullmatch(r"A3\s+excluded by a red line", a3[0])
    assert rows.index(a3[0]) > max(rows.index(r) for r in rows if r.startswith(("A1 ", "A2 ")))  # last
    assert "Excluded by a red line, so left out of the draws and the ranks: A3." in _flat(result.out)
    payload = cli("smaa", path, "--samples", "2000", "--seed", "5", "--json").json()
    assert payload["excluded"] == ["o3"]
    assert list(payload["options"][2]) == ["id", "name", "rank_acceptability", "central_weights", "confidence",
                                           "past_red_line", "first_past_red_line"]
    assert payload["options"][2]["rank_acceptability"] == [0.0, 0.0, 0.0]


def test_every_option_excluded_gives_no_table(cli, tmp_path: Path) -> None:
    base = flat_decision([[90, 10], [20, 20]], [1, 1])
    line = RedLine(id="r", criterion_id="c2", limit=30, action=RedLineAction.EXCLUDE)
    path = write_decision(tmp_path / "all.json", base.model_copy(update={"red_lines": [line]}))
    result = cli("smaa", path, "--samples", "1000")
    assert result.code == 0, result.err
    assert "Rank 1" not in result.out and "Every option is excluded by a red line" in _flat(result.out)
    assert cli("smaa", path, "--samples", "1000", "--json").json()["excluded"] == ["o1", "o2"]


@pytest.mark.parametrize("level", ["all", "weak_evidence"])
def test_level_scores_override_the_file_for_the_run(cli, example_json: Path, level: str) -> None:
    before = example_json.read_bytes()
    payload = cli("smaa", example_json, "--samples", "1000", "--seed", "6", "--level-scores", level, "--json").json()
    assert example_json.read_bytes() == before
    decision = _with_uncertainty(exchange.read_file(example_json), level_scores=level)
    expected = smaa(decision, 1000, 6)
    assert expected.level_scores is LevelUncertainty(level) and expected.score_counts.levels_varied > 0
    assert payload["level_scores"] == level and payload["scores"] == expected.score_counts.as_dict()
    for i, opt in enumerate(payload["options"]):
        np.testing.assert_allclose(opt["rank_acceptability"], expected.acceptability[i], atol=1e-6)
    text = _flat(cli("smaa", example_json, "--samples", "1000", "--seed", "6", "--level-scores", level).out)
    assert f"({level})" in text
    for words in varied_words(expected):
        assert words in text, words
    as_rated = cli("smaa", example_json, "--samples", "1000", "--seed", "6", "--json").json()
    assert as_rated["level_scores"] == "as_rated" and as_rated["options"] != payload["options"]


def test_the_header_says_what_varied_and_what_was_held(cli, example_json: Path) -> None:
    result = cli("smaa", example_json, "--samples", "1000", "--seed", "7")
    text = _flat(result.out)
    expected = smaa(exchange.read_file(example_json), 1000, 7)
    assert "In these draws the 10 ranged scores vary within their ranges." in text
    assert held_words(expected) == ["the 25 level-rated scores as rated", "the weights as set"]
    assert "These draws held the 25 level-rated scores as rated and the weights as set." in text


def test_a_bad_level_scores_value_is_a_usage_error(cli, example_json: Path) -> None:
    assert_user_error(cli("smaa", example_json, "--level-scores", "some"), "--level-scores", "some")
    assert "--level-scores" in cli("smaa", "--help").out
