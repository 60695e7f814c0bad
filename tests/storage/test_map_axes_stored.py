"""The Trade-offs map's axes (MethodSettings.map_axes) are stored with the method; files without them still open."""

from __future__ import annotations

import json
import sqlite3

from counterweight.domain import MethodSettings
from counterweight.domain.methods import MapAxes
from counterweight.services import exchange
from counterweight.storage.store import ProjectStore
from tests.factories import small_decision


def test_axes_round_trip_through_the_project_file(tmp_path) -> None:  # noqa: ANN001
    d = small_decision().model_copy(update={"method": MethodSettings(map_axes=MapAxes(x="cost", y="effect"))})
    path = tmp_path / "p.cwproj"
    ProjectStore.create(path, d).close()
    with ProjectStore.open(path) as store:
        assert store.load().method.map_axes == MapAxes(x="cost", y="effect")


def test_unset_axes_are_not_written_so_older_versions_read_the_file(tmp_path) -> None:  # noqa: ANN001
    """Without a chosen map the project row and the JSON export are as before the map (an older version,
    which refuses unknown fields, still opens them); with one, the axes are written."""
    path = tmp_path / "old.cwproj"
    ProjectStore.create(path, small_decision()).close()
    con = sqlite3.connect(path)
    method = json.loads(con.execute("SELECT method FROM project WHERE id = 1").fetchone()[0])
    con.close()
    assert "map_axes" not in method
    with ProjectStore.open(path) as store:
        assert store.load().method.map_axes == MapAxes()
    export = tmp_path / "d.json"
    exchange.write_file(export, small_decision())
    assert not [m for m in _dicts(json.loads(export.read_text(encoding="utf-8"))) if "map_axes" in m]
    assert exchange.read_file(export).method.map_axes == MapAxes()
    chosen = small_decision().model_copy(update={"method": MethodSettings(map_axes=MapAxes(x="cost"))})
    exchange.write_file(export, chosen)
    data = json.loads(export.read_text(encoding="utf-8"))
    assert [m["map_axes"] for m in _dicts(data) if "map_axes" in m] == [{"x": "cost"}]
    assert exchange.read_file(export).method.map_axes == MapAxes(x="cost")


def _dicts(value: object) -> list[dict]:
    if isinstance(value, dict):
        return [value, *(d for v in value.values() for d in _dicts(v))]
    if isinstance(value, list):
        return [d for v in value for d in _dicts(v)]
    return []
