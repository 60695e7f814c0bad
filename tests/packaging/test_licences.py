"""The licence collector used by the PyInstaller spec (packaging/pyinstaller/licences.py).

Runs without building: it attributes files of the test environment's own installed
packages and checks what it would put in the bundle's ``licenses/`` folder.
"""

from __future__ import annotations

import sqlite3
from importlib import metadata
from pathlib import Path
from types import ModuleType

import numpy
import pydantic
import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "counterweight.spec"


def test_metadata_files_of_an_mit_package(licences: ModuleType) -> None:
    files = dict(licences.metadata_licence_files(metadata.distribution("pydantic")))
    assert files, "pydantic's wheel ships a LICENSE file in its dist-info"
    text = " ".join(p.read_text(encoding="utf-8") for p in files.values())
    assert "Permission is hereby granted, free of charge" in text  # the MIT licence's own words


def test_numpy_keeps_its_nested_licence_paths(licences: ModuleType) -> None:
    files = dict(licences.metadata_licence_files(metadata.distribution("numpy")))
    assert "LICENSE.txt" in files
    assert all(path.is_file() for path in files.values())
    # Nothing outside the .dist-info folder is taken (numpy/ma/LICENSE etc. are copies
    # kept under dist-info/licenses/numpy/..., so they appear with that prefix only).
    assert all(".dist-info" in path.as_posix() for path in files.values())


@pytest.mark.parametrize(("expression", "expected"), [
    ("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", ["LGPL-3", "GPL-3"]),
    ("GPL-2.0-only OR LGPL-3.0-only", ["GPL-2"]),
    ("Apache-2.0", ["Apache-2.0"]),
    ("MIT", []),  # no standard text for it: MIT packages must ship their own
])
def test_standard_texts_pick_the_first_available_alternative(
        licences: ModuleType, tmp_path: Path, expression: str, expected: list[str]) -> None:
    for name in ("LGPL-3", "GPL-3", "GPL-2", "Apache-2.0"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    assert [n for n, _ in licences.standard_texts(expression, tmp_path)] == expected


def test_standard_texts_need_every_file_of_an_alternative(licences: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "LGPL-3").write_text("x", encoding="utf-8")  # the GPL-3 it builds on is missing
    assert licences.standard_texts("LGPL-3.0-only", tmp_path) == []


def test_collect_attributes_packages_and_the_interpreter(licences: ModuleType, tmp_path: Path) -> None:
    stray = tmp_path / "generated.bin"
    stray.write_bytes(b"\0")
    sources = [numpy.__file__, pydantic.__file__, sqlite3.__file__, stray, tmp_path / "missing.so"]
    notices, unowned = licences.collect(sources, skip=["pydantic"], texts_dir=tmp_path)
    folders = {n.folder: n for n in notices}
    assert set(folders) == {"numpy", "cpython"}
    assert folders["numpy"].version == numpy.__version__
    python_text = folders["cpython"].files[0][1].read_text(encoding="utf-8")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in python_text
    assert unowned == [stray.resolve()]


def test_collect_refuses_a_package_without_any_licence_text(licences: ModuleType, tmp_path: Path) -> None:
    # The PySide6 wheels ship no licence file; with no standard texts to fall back on the
    # build must stop rather than ship Qt without its LGPL.
    # Found through its metadata, not imported: this test also runs with Qt blocked.
    from importlib.metadata import distribution

    module = Path(str(distribution("shiboken6").locate_file("shiboken6/__init__.py")))
    assert module.is_file()
    with pytest.raises(licences.LicenceError, match="shiboken6"):
        licences.collect([str(module)], texts_dir=tmp_path / "empty")


def test_bundle_entries_and_index_agree(licences: ModuleType, tmp_path: Path) -> None:
    notices, _ = licences.collect([numpy.__file__, sqlite3.__file__], texts_dir=tmp_path)
    index = tmp_path / "README.txt"
    index.write_text(licences.index_text(notices, "Counterweight", "9.9"), encoding="utf-8")
    entries = licences.bundle_entries(notices, index)
    dests = [dest for dest, _src, kind in entries if kind == "DATA"]
    assert len(dests) == len(entries) == len(set(dests))
    assert "licenses/README.txt" in dests and "licenses/numpy/LICENSE.txt" in dests
    text = index.read_text(encoding="utf-8")
    for dest in dests[1:]:
        assert f"file:    {dest.removeprefix('licenses/')}" in text


def test_spec_adds_the_notices_before_the_archive_is_built() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "_add_licence_notices(a, workpath)" in source
    assert source.index("_add_licence_notices(a, workpath)") < source.index("pyz = PYZ(")
