"""The notices of the third-party code inside Qt (packaging/licence-texts/qt-third-party/).

Without a build: the licence collector adds them when Qt's libraries are collected, and the
build stops when one is missing. With ``COUNTERWEIGHT_BUNDLE`` set (see test_bundle.py): the
built bundle and its .deb hold them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "packaging" / "licence-texts" / "qt-third-party"
BUNDLE_ENV = "COUNTERWEIGHT_BUNDLE"
# A phrase of each licence text itself, so a wrong or empty copy is caught.
PHRASES = {
    "icu-LICENSE": ("UNICODE, INC. LICENSE AGREEMENT - DATA FILES AND SOFTWARE", "Google double-conversion"),
    "qtbase-copyright": ("Files: src/3rdparty/double-conversion/*", "Files: src/3rdparty/md4c/*",
                         "Files: src/3rdparty/tinycbor/*", "Files: src/3rdparty/forkfd/*", "License: FTL"),
    "pcre2-copyright": ("PCRE2", "Redistribution and use in source and binary forms"),
    "harfbuzz-copyright": ("HarfBuzz", "Permission is hereby granted, without written agreement"),
    "libpng-copyright": ("The PNG Reference Library Authors", "COPYRIGHT NOTICE, DISCLAIMER, and LICENSE"),
    "libx11-copyright": ("X Consortium", "Digital Equipment Corporation"),
    "qtsvg-copyright": ("USC/Information Sciences Institute", "License: HPND-sell-variant"),
    "Apache-2.0": ("Apache License", "Version 2.0, January 2004"),
    "imlib2-smoothscale-notice": ("Copyright (C) 2004, 2005 Daniel M. Duley.", "Carsten Haitzler",
                                  "Redistributions in binary form must reproduce the above copyright notice",
                                  "publicly documented acknowledgment must be given"),
    "aglfn-LICENSE": ("Adobe Systems", "Copyright 2002-2019 Adobe", "Neither the name of Adobe nor the names"),
    "webgradients-notice": ("Copyright (c) 2017 itmeo", "Permission is hereby granted, free of charge",
                            "The above copyright notice and this permission notice shall be included"),
}
#: The parts of Qt GUI that had no notice before session 27 (Qt's attribution lists them).
QT_GUI_PARTS = ("Smooth scaling of QImage, from Imlib2", "Adobe Glyph List For New Fonts", "WebGradients presets")


def _qt_library(name: str) -> Path:
    # Found through the wheel's metadata, not imported: this also runs with Qt blocked.
    path = Path(str(metadata.distribution("pyside6-essentials").locate_file(f"PySide6/Qt/lib/{name}")))
    if not path.is_file():
        pytest.skip(f"no {name} in this PySide6 wheel")
    return path


def test_every_named_text_is_kept_and_is_the_real_licence(licences: ModuleType) -> None:
    named = {f for part in licences.QT_PARTS for f in part.files}
    assert named == set(PHRASES) | {"README.md"}
    for name, phrases in PHRASES.items():
        text = (TEXTS / name).read_text(encoding="utf-8")
        for phrase in phrases:
            assert phrase in text, (name, phrase)
    readme = (TEXTS / "README.md").read_text(encoding="utf-8")
    for name in named - {"README.md"}:
        assert f"`{name}`" in readme, f"README.md does not say where {name} comes from"


def test_the_list_was_checked_against_the_installed_pyside6(licences: ModuleType) -> None:
    # A new Qt may add or drop third-party code: re-check the libraries (README.md says how)
    # before moving this version.
    assert metadata.version("pyside6-essentials") == licences.QT_PARTS_CHECKED_FOR


def test_collect_lists_the_code_inside_qt_core_gui_and_icu(licences: ModuleType, tmp_path: Path) -> None:
    sources = [_qt_library("libQt6Core.so.6"), _qt_library("libQt6Gui.so.6"), _qt_library("libicuuc.so.73")]
    notices, _ = licences.collect(sources, texts_dir=ROOT / "packaging" / "licence-texts")
    inside = [n for n in notices if n.origin == "inside Qt (PySide6 wheel)"]
    assert {n.folder for n in inside} == {"qt-third-party"}
    by_name = {n.name.split(" (")[0]: n for n in inside}
    assert by_name["ICU"].version == "73.2" and by_name["PCRE2 with its JIT compiler SLJIT"].version == "10.49"
    assert by_name["HarfBuzz"].version == "14.6.0" and by_name["libpng"].version == "1.6.59"
    files = {name for n in inside for name, _ in n.files}
    assert files == (set(PHRASES) | {"README.md"}) - {"qtsvg-copyright"}  # Qt SVG was not collected
    for part in QT_GUI_PARTS:
        assert [n for n in inside if n.name.startswith(part)], part

    index = licences.index_text(notices, "Counterweight", "9.9")
    assert "origin:  inside Qt (PySide6 wheel)" in index
    assert "file:    qt-third-party/icu-LICENSE" in index and "ICU (libicuuc" in index
    entries = licences.bundle_entries(notices, tmp_path / "README.txt")
    dests = [dest for dest, _src, _kind in entries]
    assert len(dests) == len(set(dests)), "a text shared by several parts must go in once"
    assert "licenses/qt-third-party/qtbase-copyright" in dests


def test_no_qt_notices_without_qt_libraries(licences: ModuleType, tmp_path: Path) -> None:
    import numpy

    notices, _ = licences.collect([numpy.__file__], texts_dir=tmp_path)
    assert not [n for n in notices if n.folder == "qt-third-party"]


def test_the_build_stops_when_a_listed_text_is_missing(licences: ModuleType, tmp_path: Path) -> None:
    partial = tmp_path / "qt-third-party"
    shutil.copytree(TEXTS, partial)
    (partial / "icu-LICENSE").unlink()
    with pytest.raises(licences.LicenceError, match="icu-LICENSE"):
        licences.collect([_qt_library("libicuuc.so.73")], texts_dir=ROOT / "packaging" / "licence-texts",
                         qt_texts_dir=partial)


def test_every_examined_qt_file_is_in_the_installed_wheel(licences: ModuleType) -> None:
    # No stale entry: each pattern names a library or plugin PySide6 6.11.3 really has.
    qt = Path(str(metadata.distribution("pyside6-essentials").locate_file("PySide6/Qt")))
    names = {p.name for p in qt.rglob("*.so*")}
    for pattern in licences.QT_FILES_EXAMINED:
        assert any(re.fullmatch(pattern, n) for n in names), pattern


# --- the built bundle ------------------------------------------------------------------------

needs_bundle = pytest.mark.skipif(not os.environ.get(BUNDLE_ENV),
                                  reason=f"set {BUNDLE_ENV}=dist/counterweight to test a built bundle")


def _bundle() -> Path:
    given = Path(os.environ[BUNDLE_ENV]).resolve()
    return given if given.is_dir() else given.parent


@pytest.mark.slow
@needs_bundle
def test_bundle_holds_the_notices_of_the_code_inside_qt() -> None:
    folder = _bundle() / "_internal" / "licenses" / "qt-third-party"
    for name in set(PHRASES) | {"README.md"}:
        assert (folder / name).read_bytes() == (TEXTS / name).read_bytes(), name
    index = (folder.parent / "README.txt").read_text(encoding="utf-8")
    assert index.count("origin:  inside Qt (PySide6 wheel)") >= 10
    assert "ICU (libicuuc, libicui18n, libicudata" in index and "\n  file:    qt-third-party/icu-LICENSE" in index


def _owners() -> dict[str, str]:
    """Bundle-relative paths (``PySide6/...``, ``shiboken6/...``) to the distribution that installs them."""
    owners = {}
    for name in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
        for file in metadata.distribution(name).files or []:
            owners[file.as_posix()] = name
    return owners


@pytest.mark.slow
@needs_bundle
def test_every_shipped_qt_library_and_plugin_has_its_notices(licences: ModuleType) -> None:
    # From the bundle's own contents: each Qt library, plugin and binding (a) belongs to a wheel
    # whose LGPL texts are in licenses/<wheel>/, (b) was read for third-party code
    # (licences.QT_FILES_EXAMINED), and (c) every part of QT_PARTS inside it is in the index.
    internal = _bundle() / "_internal"
    folder = internal / "licenses"
    index = (folder / "README.txt").read_text(encoding="utf-8")
    owners = _owners()
    shipped = sorted(p for top in ("PySide6", "shiboken6") for p in (internal / top).rglob("*.so*")
                     if p.is_file() and not p.is_symlink())
    qt_files = [p for p in shipped if "Qt" in p.relative_to(internal).parts]
    assert len(qt_files) >= 15 and any(p.parent.name == "platforms" for p in qt_files), qt_files
    for path in shipped:
        rel = path.relative_to(internal).as_posix()
        wheel = owners.get(rel)
        assert wheel, f"{rel}: no installed wheel lists it (the scan is broken)"
        texts = " ".join(f.read_text(encoding="utf-8") for f in (folder / wheel).iterdir())
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts and "Version 3" in texts, (rel, wheel)
    unread = [p.name for p in qt_files if not any(re.fullmatch(x, p.name) for x in licences.QT_FILES_EXAMINED)]
    assert not unread, f"Qt files never read for third-party code (see qt_notices.py): {unread}"
    for part in licences.QT_PARTS:
        if any(re.fullmatch(part.library, p.name) for p in qt_files):
            assert f"{part.name}\n" in index or f"{part.name} " in index, part.name
            for name in part.files:
                assert f"file:    qt-third-party/{name}" in index and (folder / "qt-third-party" / name).is_file()
    for part in QT_GUI_PARTS:
        assert part in index, part


@pytest.mark.slow
@needs_bundle
def test_deb_installs_the_notices_of_the_code_inside_qt() -> None:
    debs = sorted(_bundle().parent.glob("counterweight_*_amd64.deb"))
    if not debs or not shutil.which("dpkg-deb"):
        pytest.skip("no .deb beside the bundle (or no dpkg-deb)")
    listing = subprocess.run(["dpkg-deb", "-c", str(debs[-1])], capture_output=True, text=True, check=True).stdout
    paths = {line.split()[-1] for line in listing.splitlines() if line.strip()}
    for name in ("icu-LICENSE", "qtbase-copyright", "README.md"):
        assert f"./usr/share/doc/counterweight/licenses/qt-third-party/{name}" in paths, name
