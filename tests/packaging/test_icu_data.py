"""The trimmed ICU data library of the Linux bundle (packaging/pyinstaller/icu_data.py).

The real checks use the PySide6 wheel of the test environment, which carries the same
``libicudata.so.73`` the bundle starts from: the package format is read and rebuilt byte
for byte, only the listed trees go, and Qt gives the same answers with the trimmed data
as with the full data in every locale (``icu_probe.py``, run with the trimmed library
preloaded in place of the wheel's).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("icu_probe.py")


def _load_icu_data():
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "pyinstaller" / "icu_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_data = _load_icu_data()


def _wheel_qt_lib() -> Path:
    try:
        pyside = importlib.util.find_spec("PySide6")
    except ModuleNotFoundError:  # the Qt-free run (pytest -p tests.no_qt) blocks it
        pyside = None
    if pyside is None or not pyside.submodule_search_locations:
        pytest.skip("PySide6 is not installed")
    lib = Path(next(iter(pyside.submodule_search_locations))) / "Qt" / "lib"
    if not sys.platform.startswith("linux") or not list(lib.glob("libicudata.so.*")):
        pytest.skip("no ICU data library in this PySide6 (the Linux wheels carry one)")
    return lib


@pytest.fixture(scope="module")
def wheel_package() -> tuple[str, bytes, Path]:
    library = sorted(p for p in _wheel_qt_lib().glob("libicudata.so.*") if not p.is_symlink())[0]
    symbol, package = icu_data.common_data(library)
    return symbol, package, library


def _header(package: bytes) -> bytes:
    return package[:struct.unpack_from("<H", package, 0)[0]]


def test_a_small_package_survives_the_round_trip() -> None:
    header = b"\x20\x00\xda\x27" + b"\0" * 8 + b"CmnD" + b"\x01\0\0\0" + b"\0" * 12
    kept = [("icudt73l/a.res", b"A" * 5), ("icudt73l/coll/b.res", b"B" * 16), ("icudt73l/lang/c.res", b"C" * 33)]
    package = icu_data.package_of(header, kept)
    assert len(package) % 16 == 0
    assert [(n, b.rstrip(b"\0")) for n, b in icu_data.items(package)] == kept
    assert [n for n, _ in icu_data.items(icu_data.trimmed(package))] == ["icudt73l/a.res", "icudt73l/coll/b.res"]


def test_the_wheel_package_is_rebuilt_byte_for_byte(wheel_package) -> None:
    # Reading and writing the format loses nothing: with every item kept, the same bytes.
    symbol, package, _ = wheel_package
    assert re.fullmatch(r"icudt\d+_dat", symbol)
    assert icu_data.package_of(_header(package), icu_data.items(package)) == package


def test_only_the_listed_trees_are_dropped(wheel_package) -> None:
    _, package, _ = wheel_package
    before = icu_data.items(package)
    after = dict(icu_data.items(icu_data.trimmed(package)))
    gone = {name.split("/")[1] for name, _ in before if name not in after}
    assert gone and all(icu_data.DROPPED.fullmatch(name.split("/", 1)[1]) for name, _ in before if name not in after)
    assert {"brkitr", "translit", "lang", "region", "curr", "unit", "rbnf", "unames.icu"} <= gone
    kept = [(name, blob) for name, blob in before if name in after]
    assert all(after[name] == blob for name, blob in kept)  # the kept items are untouched
    trees = {name.split("/")[1] for name, _ in kept}
    assert {"coll", "zone", "cnvalias.icu", "zoneinfo64.res", "metaZones.res", "root.res"} <= trees
    assert len(icu_data.trimmed(package)) < 0.55 * len(package)


def test_qt_calls_no_icu_function_the_trim_is_not_checked_for() -> None:
    assert icu_data.unreachable_icu_imports(_wheel_qt_lib()) == {}
    for call in ("ubrk_open", "utrans_openU", "uloc_getDisplayName", "unum_open", "ucurr_getName", "uspoof_open"):
        assert not icu_data.QT_ICU_CALLS.fullmatch(call), call


def _probe(preload: Path | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    result = subprocess.run([sys.executable, str(PROBE)], env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _linked(wheel_package, tmp_path: Path, drop: re.Pattern[str], monkeypatch) -> Path:
    if not (shutil.which("as") and shutil.which("ld")):
        pytest.skip("binutils' as and ld are needed to link the library")
    symbol, package, library = wheel_package
    monkeypatch.setattr(icu_data, "DROPPED", drop)
    out = tmp_path / library.name
    icu_data.link_library(symbol, icu_data.trimmed(package), library.name, out)
    return out


@pytest.fixture(scope="module")
def full_answers() -> dict:
    return _probe(None)


def _differences(full: dict, other: dict) -> list[str]:
    return [key for key, answer in full["answers"].items() if other["answers"].get(key) != answer]


@pytest.mark.slow
def test_qt_answers_the_same_with_the_trimmed_data(wheel_package, full_answers, tmp_path: Path, monkeypatch) -> None:
    trimmed = _linked(wheel_package, tmp_path, icu_data.DROPPED, monkeypatch)
    full, slim = full_answers, _probe(trimmed)
    assert full["icu"] == str(wheel_package[2]) and slim["icu"] == str(trimmed)  # the preload took effect
    assert full["locales"] > 300 and full["codecs"] > 100, (full["locales"], full["codecs"])
    assert _differences(full, slim) == []


@pytest.mark.slow
def test_the_probe_notices_missing_time_zone_names(wheel_package, full_answers, tmp_path: Path, monkeypatch) -> None:
    # The comparison above is only worth something if a data tree Qt needs is missed.
    broken = _linked(wheel_package, tmp_path, re.compile(r"zone/.*|[^/]+\.cnv"), monkeypatch)
    differences = _differences(full_answers, _probe(broken))
    assert any(key.startswith("zone ") for key in differences)
    assert any(key.startswith("decode ") for key in differences)
