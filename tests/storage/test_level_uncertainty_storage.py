"""The level-rated uncertainty setting (QA 21 item 1) survives saving, reopening and the JSON exchange
format, and an older project or file without it opens as "as rated" (the behaviour before it existed)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import Decision, LevelUncertainty
from counterweight.services import exchange
from counterweight.storage import ProjectStore
from tests.factories import small_decision

FIXTURES = Path(__file__).parent / "fixtures"
V1_JSON = Path(__file__).parents[1] / "services" / "fixtures" / "v1_decision.json"


def _with(d: Decision, setting: LevelUncertainty) -> Decision:
    unc = d.method.uncertainty.model_copy(update={"level_scores": setting})
    return d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc})})


@pytest.mark.parametrize("setting", list(LevelUncertainty))
def test_setting_survives_save_and_reopen(folder: Path, setting: LevelUncertainty) -> None:
    path = folder / "levels.counterweight"
    d = _with(small_decision(), setting)
    with ProjectStore.create(path, d):
        pass
    with ProjectStore.open(path) as store:
        assert store.load().method.uncertainty.level_scores is setting


def test_setting_changed_by_a_commit_is_saved(folder: Path) -> None:
    path = folder / "levels.counterweight"
    old = small_decision()
    new = _with(old, LevelUncertainty.WEAK_EVIDENCE)
    with ProjectStore.create(path, old) as store:
        store.commit(old, new, action="Set method", target="uncertainty", before=None, after=None)
    with ProjectStore.open(path) as store:
        assert store.load().method.uncertainty.level_scores is LevelUncertainty.WEAK_EVIDENCE


@pytest.mark.parametrize("setting", list(LevelUncertainty))
def test_setting_survives_the_json_exchange_format(setting: LevelUncertainty) -> None:
    d = _with(small_decision(), setting)
    text = exchange.dumps(d)
    assert json.loads(text)["decision"]["method"]["uncertainty"]["level_scores"] == setting.value
    assert exchange.loads(text).method.uncertainty.level_scores is setting


def test_exchange_file_without_the_setting_reads_as_rated() -> None:
    data = json.loads(exchange.dumps(_with(small_decision(), LevelUncertainty.ALL)))
    del data["decision"]["method"]["uncertainty"]["level_scores"]
    assert exchange.loads(json.dumps(data)).method.uncertainty.level_scores is LevelUncertainty.AS_RATED
    assert exchange.read_file(V1_JSON).method.uncertainty.level_scores is LevelUncertainty.AS_RATED


@pytest.mark.parametrize("fixture", ["v1_example.counterweight", "v2_example.counterweight"])
def test_older_projects_open_as_rated(folder: Path, fixture: str) -> None:
    path = folder / fixture
    shutil.copyfile(FIXTURES / fixture, path)
    with ProjectStore.open(path) as store:
        assert store.load().method.uncertainty.level_scores is LevelUncertainty.AS_RATED


def test_a_stored_method_without_the_setting_opens_as_rated(folder: Path) -> None:
    path = folder / "older.counterweight"
    ProjectStore.create(path, _with(small_decision(), LevelUncertainty.ALL)).close()
    conn = sqlite3.connect(path)
    try:
        (method,) = conn.execute("SELECT method FROM project").fetchone()
        data = json.loads(method)
        del data["uncertainty"]["level_scores"]
        conn.execute("UPDATE project SET method = ?", (json.dumps(data),))
        conn.commit()
    finally:
        conn.close()
    with ProjectStore.open(path) as store:
        assert store.load().method.uncertainty.level_scores is LevelUncertainty.AS_RATED
