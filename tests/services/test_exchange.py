"""Tests for the JSON exchange format (counterweight.services.exchange): round trips and safe writing.

Split by feature: files it refuses are in test_exchange_bad_input.py, old versions and the
schema in test_exchange_versions.py, the random decisions in exchange_strategies.py.
"""

from __future__ import annotations

import json
import types
import typing
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel

from counterweight.domain import (
    Criterion,
    Decision,
    ExchangeFormatError,
    NumericScale,
    Option,
    Score,
)
from counterweight.services import exchange, json_files
from tests.services.exchange_strategies import decisions

# --------------------------------------------------------------------------- round trip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decisions())
def test_round_trip_is_lossless(decision: Decision) -> None:
    text = exchange.dumps(decision)
    back = exchange.loads(text, source="random.json")
    assert back == decision
    assert back.model_dump() == decision.model_dump()
    assert exchange.dumps(back) == text  # stable: writing again gives identical text


def test_unicode_survives_file_round_trip(tmp_path: Path) -> None:
    d = Decision(
        id="uni",
        title="북한군 파병 대응",
        options=[Option(id="a", name="Эскалация"), Option(id="b", name="정보전")],
        criteria=[Criterion(id="c", name="Риск", scale=NumericScale(lower=0, upper=5))],
        scores=[Score(option_id="a", criterion_id="c", value=2.5, low=1, high=4, rationale="근거 (para 12)")],
    )
    path = tmp_path / "uni.json"
    exchange.write_file(path, d)
    raw = path.read_bytes()
    assert "북한군 파병 대응".encode() in raw  # stored as UTF-8, not \u escapes
    assert exchange.read_file(path) == d


def test_envelope_fields_and_key_order() -> None:
    d = Decision(id="x", title="X")
    stamp = datetime(2024, 11, 20, 9, 30, tzinfo=timezone.utc)
    text = exchange.dumps(d, exported_at=stamp, app_version="9.9.9")
    data = json.loads(text)
    assert list(data) == ["format", "format_version", "exported_at", "app_version", "decision"]
    assert data["format"] == "counterweight-decision" == exchange.FORMAT_NAME
    assert data["format_version"] == exchange.FORMAT_VERSION == 3
    env = exchange.loads_envelope(text)
    assert env.exported_at == stamp
    assert env.app_version == "9.9.9"
    assert env.decision == d
    assert text.endswith("\n") and text.startswith('{\n  "format"')  # indent=2


def test_read_file_accepts_byte_order_mark(tmp_path: Path) -> None:
    d = Decision(id="bom", title="Windows editor")
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + exchange.dumps(d).encode())
    assert exchange.read_file(path) == d


def _optional_fields_default_to_none(model: type[BaseModel], seen: set[type]) -> list[str]:
    bad: list[str] = []
    if model in seen:
        return bad
    seen.add(model)
    for name, field in model.model_fields.items():
        args = _flatten(field.annotation)
        if type(None) in args and (field.is_required() or field.default is not None):
            bad.append(f"{model.__name__}.{name}")
        for arg in args:
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                bad += _optional_fields_default_to_none(arg, seen)
    return bad


def _flatten(tp: Any) -> list[Any]:
    origin = typing.get_origin(tp)
    if origin is None:
        return [tp]
    out: list[Any] = [origin] if not (origin is typing.Union or origin is types.UnionType) else []
    for a in typing.get_args(tp):
        out += _flatten(a)
    return out


def test_omitting_nulls_is_lossless_for_every_model() -> None:
    """dumps() leaves out null fields; that only works if null is always the default."""
    assert _optional_fields_default_to_none(Decision, set()) == []


# --------------------------------------------------------------------------- atomic write


def test_write_file_replaces_existing_file_and_leaves_no_temp(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "d.json"
    path.write_text("old content", encoding="utf-8")
    d = Decision(id="w", title="Written")
    exchange.write_file(path, d, app_version="1.2.3")
    assert exchange.read_envelope(path).app_version == "1.2.3"
    assert sorted(p.name for p in folder.iterdir()) == ["d.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "d.json"
    path.write_text("old content", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", src)

    monkeypatch.setattr(json_files.os, "replace", refuse)
    with pytest.raises(ExchangeFormatError, match="d.json.*Permission denied") as err:
        exchange.write_file(path, Decision(id="w", title="Written"))
    # The error names the file asked for in ``where`` (the CLI and the GUI show it), never the temporary file.
    assert err.value.where == str(path)
    assert ".tmp" not in str(err.value)
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in folder.iterdir()) == ["d.json"]
