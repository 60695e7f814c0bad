"""The Linux build's recipe and the .deb's metadata files, checked without building (QA pass 26).

* the build makes sure of its machine (libpython, the Qt system libraries) and stops when
  the bundle has no Qt platform plugins or does not run (packaging/linux/check-bundle.sh);
* Depends carry libc6/libstdc++6 versions found in the bundle (deb_depends.py);
* the .desktop entry (Version 1.4, one main category), hicolor PNG icons, a man page made
  from the parsers, the changelog, a copyright notice and lintian overrides.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
BUILD = (PACKAGING / "build-linux.sh").read_text(encoding="utf-8")
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
                   "Office", "Science", "Settings", "System", "Utility"}


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ the build machine

def test_needs_header_names_what_a_clean_machine_lacks() -> None:
    header = BUILD.split("set -euo pipefail")[0]
    for needed in ("libpython3.11", "dpkg-dev", "binutils", "apt-packages.txt", '"offscreen"', '"window"'):
        assert needed in header, needed
    assert "glibc 2.34" not in header.replace("\n#", "")


def test_build_installs_or_lists_the_qt_system_packages() -> None:
    assert "$1 == \"offscreen\" || $1 == \"window\"" in BUILD
    assert "apt-get" in BUILD and "COUNTERWEIGHT_SKIP_APT" in BUILD
    assert 'echo "libpython$PYVER"' in BUILD


def test_build_checks_the_bundle_before_packaging_it() -> None:
    check = BUILD.index('bash "$ROOT/packaging/linux/check-bundle.sh"')
    assert BUILD.index("PyInstaller --noconfirm") < check < BUILD.index('say "tar.gz"')


def _fake_bundle(tmp_path: Path, plugins: tuple[str, ...], program: str) -> Path:
    bundle = tmp_path / "counterweight"
    platforms = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    for name in plugins:
        (platforms / name).write_bytes(b"\x7fELF plugin")
    example = bundle / "_internal" / "data" / "examples" / "north-korea-troops.json"
    example.parent.mkdir(parents=True)
    example.write_text("{}", encoding="utf-8")
    exe = bundle / "counterweight"
    exe.write_text("#!/bin/sh\n" + program, encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return bundle


WORKING = """case "$1" in
  --version) echo "counterweight 0.1.0" ;;
  report) printf '%%PDF-1.4 brief' > "$4"; echo "Wrote the brief" ;;
  *) [ "$COUNTERWEIGHT_SMOKE_TEST" = 1 ] && [ "$QT_QPA_PLATFORM" = offscreen ] && echo "smoke test: window shown (x)" &&
     [ -n "$COUNTERWEIGHT_SMOKE_BRIEF" ] && echo "smoke test: brief written in a child process ($COUNTERWEIGHT_SMOKE_BRIEF, 9 pages)" ;;
esac
"""
NO_CHILD = WORKING.replace("brief written in a child process", "brief written in the window")
NO_QT = """case "$1" in
  --version) echo "counterweight 0.1.0" ;;
  *) echo 'qt.qpa.plugin: Could not find the Qt platform plugin "offscreen" in ""' >&2; exit 134 ;;
esac
"""


def _check(bundle: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(LINUX / "check-bundle.sh"), str(bundle)], capture_output=True, text=True,
                          timeout=60, check=False)


needs_bash = pytest.mark.skipif(not shutil.which("bash") or not shutil.which("timeout"), reason="needs bash")


@needs_bash
def test_check_bundle_stops_without_platform_plugins(tmp_path: Path) -> None:
    result = _check(_fake_bundle(tmp_path, (), WORKING))
    assert result.returncode == 5, result.stdout + result.stderr
    assert "libqoffscreen.so" in result.stderr and "apt-packages.txt" in result.stderr


@needs_bash
def test_check_bundle_stops_without_the_xcb_plugin(tmp_path: Path) -> None:
    result = _check(_fake_bundle(tmp_path, ("libqoffscreen.so",), WORKING))
    assert result.returncode == 5 and "libqxcb.so" in result.stderr


@needs_bash
def test_check_bundle_stops_when_the_window_does_not_open(tmp_path: Path) -> None:
    result = _check(_fake_bundle(tmp_path, ("libqoffscreen.so", "libqxcb.so"), NO_QT))
    assert result.returncode == 5, result.stdout + result.stderr
    assert "did not open its window" in result.stderr and "qt.qpa.plugin" in result.stderr


@needs_bash
def test_check_bundle_passes_a_working_bundle(tmp_path: Path) -> None:
    result = _check(_fake_bundle(tmp_path, ("libqoffscreen.so", "libqxcb.so"), WORKING))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: window shown" in result.stdout and "bundle check:" in result.stdout
    assert "smoke test: brief written in a child process" in result.stdout


@needs_bash
def test_check_bundle_stops_when_the_window_cannot_start_its_brief_process(tmp_path: Path) -> None:
    result = _check(_fake_bundle(tmp_path, ("libqoffscreen.so", "libqxcb.so"), NO_CHILD))
    assert result.returncode == 5, result.stdout + result.stderr
    assert "did not export its brief through a child process" in result.stderr


# ------------------------------------------------------------------ Depends

OBJDUMP = """
/b/libpython3.11.so.1.0:     file format elf64-x86-64
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.35) __memcpy_chk
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.2.5) free
0000000000000000      DF *UND*  0000000000000000  GLIBC_2.9   pipe2
00000000001c7a40 g    DF .text  0000000000000005  GLIBC_2.99  not_ours_defined_here
0000000000000000      DF *UND*  0000000000000000 (GLIBC_PRIVATE) __libc_x
/b/libQt6Core.so.6:     file format elf64-x86-64
0000000000000000      DF *UND*  0000000000000000 (GLIBCXX_3.4.29) _ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replace
0000000000000000      DF *UND*  0000000000000000 (GLIBCXX_3.4) _ZdlPv
0000000000000000      DF *UND*  0000000000000000 (CXXABI_1.3.13) __cxa_x
"""


def test_depends_come_from_the_highest_symbol_versions() -> None:
    deb = _load(LINUX / "deb_depends.py", "cw_deb_depends")
    glibc, glibcxx = deb.required_versions(OBJDUMP)
    assert (glibc, glibcxx) == ("2.35", 29)
    assert deb.depends(glibc, glibcxx) == "libc6 (>= 2.35), libstdc++6 (>= 11)"
    assert deb.depends("2.17", None) == "libc6 (>= 2.17), libstdc++6"
    assert deb.depends("2.36", 40, host_libstdcxx="15.1.0-3") == "libc6 (>= 2.36), libstdc++6 (>= 15.1.0)"
    with pytest.raises(SystemExit):
        deb.depends("2.36", 40)


def test_build_puts_the_versioned_depends_in_the_control_file() -> None:
    assert "deb_depends.py" in BUILD
    static = BUILD[BUILD.index("DEPENDS=$(echo"):BUILD.index("| tr ' \\n'")]
    assert "libstdc++6" not in static and "libgl1" in static  # the versioned one comes from deb_depends.py


@pytest.mark.skipif(not shutil.which("objdump"), reason="needs objdump (binutils)")
def test_depends_of_this_python(tmp_path: Path) -> None:
    deb = _load(LINUX / "deb_depends.py", "cw_deb_depends")
    python = Path(sys.executable).resolve()
    if python.read_bytes()[:4] != b"\x7fELF":
        pytest.skip("the interpreter is not an ELF file")
    (tmp_path / "b").mkdir()
    shutil.copy2(python, tmp_path / "b" / "python")
    glibc, _ = deb.required_versions(deb.objdump(list(deb.elf_files(tmp_path / "b"))))
    assert glibc and glibc.startswith("2.")


# ------------------------------------------------------------------ desktop entry, icons, docs

def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "counterweight.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_keys() -> None:
    entry = _desktop()
    assert entry["Version"] == "1.4"  # 1.5 is unknown to Debian 12's desktop-file-validate
    assert entry["Type"] == "Application" and entry["Exec"] == "counterweight %f"
    assert entry["Icon"] == "counterweight" and entry["MimeType"] == "application/x-counterweight;"
    categories = [c for c in entry["Categories"].split(";") if c]
    assert [c for c in categories if c in MAIN_CATEGORIES] == ["Office"]
    assert entry["StartupWMClass"] == "Counterweight"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / "counterweight.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_hicolor_icons_are_drawn_at_every_size(qapp, tmp_path: Path) -> None:
    # qapp: the suite's QApplication, so make-icons.py does not create a bare QGuiApplication
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtGui import QImage

    icons = _load(PACKAGING / "make-icons.py", "cw_make_icons")
    assert icons.main(["--hicolor", str(tmp_path)]) == 0
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(str(tmp_path / f"{size}x{size}" / "apps" / "counterweight.png"))
        assert (image.width(), image.height()) == (size, size)
    assert "--hicolor" in BUILD and "hicolor-icon-theme" in BUILD


def test_man_page_covers_every_command() -> None:
    from counterweight.cli.main import build_parser, command_names

    manpage = _load(LINUX / "make-manpage.py", "cw_make_manpage")
    text = manpage.page("9.9", build_parser())
    assert text.startswith(".TH COUNTERWEIGHT 1")
    for name in command_names():
        assert f'.SS "counterweight {name}"' in text
    assert '.SS "counterweight audit verify"' in text and '.SS "counterweight packet export"' in text
    assert "COUNTERWEIGHT_HOME" in text and "make-manpage.py" in BUILD and "man/man1/counterweight.1.gz" in BUILD


@pytest.mark.skipif(not shutil.which("man"), reason="man is not installed")
def test_man_page_renders_without_warnings(tmp_path: Path) -> None:
    from counterweight.cli.main import build_parser

    manpage = _load(LINUX / "make-manpage.py", "cw_make_manpage")
    page = tmp_path / "counterweight.1"
    page.write_text(manpage.page("9.9", build_parser()), encoding="utf-8")
    result = subprocess.run(["man", "--warnings", "-l", str(page)], capture_output=True, text=True,
                            env={**os.environ, "MANWIDTH": "80", "MAN_KEEP_FORMATTING": "0"}, check=False)
    assert result.returncode == 0 and "counterweight evaluate" in result.stdout
    assert not result.stderr.strip(), result.stderr


def test_deb_docs_changelog_copyright_and_overrides() -> None:
    assert '"$ROOT/CHANGELOG.md"' in BUILD and '> "$DOC/changelog.gz"' in BUILD
    assert 'echo "counterweight ($VERSION) stable; urgency=medium"' in BUILD  # a Debian changelog entry
    assert 'echo "Copyright: Counterweight authors"' in BUILD
    assert "usr/share/lintian/overrides" in BUILD
    tags = [line.split()[1] for line in (LINUX / "lintian-overrides").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(line.startswith("counterweight:") for line in (LINUX / "lintian-overrides").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
    assert {"dir-or-file-in-opt", "embedded-library", "hardening-no-pie"} <= set(tags)
    # real problems are fixed, not hidden
    assert not {"no-manual-page", "no-changelog", "missing-dependency-on-libc",
                "copyright-without-copyright-notice", "bogus-mail-host", "custom-library-search-path",
                "copyright-not-using-common-license-for-lgpl"} & set(tags)
    # lintian wants the LGPL named by its common-licenses path, not only copied
    assert "/usr/share/common-licenses/LGPL-3" in BUILD


def _default_maintainer() -> str:
    match = re.search(r'^DEB_MAINTAINER=\$\{DEB_MAINTAINER:-"([^"]+)"\}$', BUILD, re.MULTILINE)
    assert match, "build-linux.sh sets no default DEB_MAINTAINER"
    return match.group(1)


def test_maintainer_is_a_role_at_a_real_or_reserved_domain() -> None:
    # lintian: bogus-mail-host for "counterweight@localhost" (a host name without a domain).
    name, address = re.fullmatch(r"(.+) <([^@<>\s]+)@([^@<>\s]+)>", _default_maintainer()).group(1, 3)
    assert name.strip() and "." in address and address != "localhost"
    # the project has no mail domain: a reserved one (RFC 2606), never someone else's
    assert address.endswith(".invalid"), address
    assert "Maintainer: @MAINTAINER@" in (LINUX / "control.in").read_text(encoding="utf-8")
    assert 'echo " -- $DEB_MAINTAINER  $(date -R' in BUILD  # the changelog signs with the same one
    assert "localhost" not in BUILD


def test_build_drops_the_build_hosts_run_paths() -> None:
    assert '"$ROOT/packaging/linux/drop_runpath.py" "$BUNDLE"' in BUILD
    assert BUILD.index("drop_runpath.py") < BUILD.index("dependency check of the bundled libraries")


def _elf_with_runpath(runpath_prefix: str) -> Path | None:
    readelf = shutil.which("readelf")
    folders = [Path(sys.base_prefix) / "lib", Path(sys.base_prefix) / "lib" / f"python3.{sys.version_info[1]}"
               / "lib-dynload", Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "lib"]
    for path in (p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.so*"))[:40]):
        out = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True, check=False).stdout
        if f"runpath: [{runpath_prefix}" in out:
            return path
    return None


@pytest.mark.skipif(not shutil.which("readelf"), reason="needs readelf (binutils)")
@pytest.mark.qt  # reads the PySide6 wheel's Qt libraries, which the no-Qt run blocks
def test_drop_runpath_removes_host_folders_and_keeps_origin(tmp_path: Path) -> None:
    drop = _load(LINUX / "drop_runpath.py", "cw_drop_runpath")
    qt = _elf_with_runpath("$ORIGIN")
    assert qt is not None, "no Qt library with an $ORIGIN run path found"
    assert drop.host_runpaths(qt.read_bytes()) == ([], None)  # Qt's own run path stays
    host = _elf_with_runpath("/")
    if host is None:
        pytest.skip("this Python was built without an absolute run path (e.g. Debian's)")
    copy = tmp_path / host.name
    shutil.copy2(host, copy)
    dropped, patched = drop.host_runpaths(copy.read_bytes())
    assert dropped and dropped[0].startswith("/") and len(patched) == copy.stat().st_size
    copy.write_bytes(patched)
    out = subprocess.run(["readelf", "-d", str(copy)], capture_output=True, text=True, check=True).stdout
    assert "RUNPATH" not in out and "RPATH" not in out and "(NEEDED)" in out
    assert drop.host_runpaths(patched) == ([], None)
