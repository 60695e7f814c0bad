"""The Windows and macOS recipes, checked here without building them (issue 6).

They cannot be built on the project's Linux machines. What can be checked is that the
pieces agree with each other: the spec is run down its Windows and its macOS branch
with PyInstaller's build steps replaced by recorders, and what it would produce is
compared with what the Inno Setup script, the PowerShell and shell build scripts and
the Info.plist template expect (program names, folders, version, file type).
"""

from __future__ import annotations

import plistlib
import re
import struct
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from counterweight._version import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "counterweight.spec"
ISS = ROOT / "packaging" / "windows" / "counterweight.iss"
PS1 = ROOT / "packaging" / "windows" / "build-windows.ps1"
MACOS_SH = ROOT / "packaging" / "macos" / "build-macos.sh"
PLIST = ROOT / "packaging" / "macos" / "Info.plist"


class _Recorder:
    """Stands in for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE; keeps the calls."""

    def __init__(self) -> None:
        self.calls: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}

    def step(self, kind: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            self.calls.setdefault(kind, []).append((args, kwargs))
            return types.SimpleNamespace(kind=kind, name=kwargs.get("name"), pure=[], binaries=[], datas=[],
                                         scripts=[])
        return call


def _fake_licences() -> types.ModuleType:
    """The licence collector, minus the search of installed packages (tested in test_licences.py)."""
    module = types.ModuleType("licences")
    module.collect = lambda sources, skip=(), also=(): ([], [])  # type: ignore[attr-defined]
    module.index_text = lambda notices, app, version: f"{app} {version}\n"  # type: ignore[attr-defined]
    module.bundle_entries = lambda notices, index: []  # type: ignore[attr-defined]
    return module


def _run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    recorder = _Recorder()
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent), "__file__": str(SPEC), "workpath": str(tmp_path),
        "DISTPATH": str(tmp_path / "dist"),
        **{kind: recorder.step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    monkeypatch.setitem(sys.modules, "licences", _fake_licences())
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec prepends its own folders
    real = sys.platform
    sys.platform = platform  # only while the spec runs
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.platform = real
    return recorder


def _names(recorder: _Recorder, kind: str) -> list[str]:
    return [kwargs["name"] for _args, kwargs in recorder.calls.get(kind, [])]


def _iss_define(name: str) -> str:
    found = re.search(rf'^#define {name} "([^"]*)"', ISS.read_text(encoding="utf-8"), re.MULTILINE)
    assert found, f"{name} is not defined in {ISS.name}"
    return found.group(1)


# ------------------------------------------------------------------ Windows
def test_windows_build_makes_the_programs_the_installer_ships(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _run_spec("win32", tmp_path, monkeypatch)
    exes = {kwargs["name"]: kwargs for _args, kwargs in recorder.calls["EXE"]}
    assert set(exes) == {"counterweight", "counterweight-gui"}
    assert exes["counterweight"]["console"] is True  # "counterweight --version" prints
    assert exes["counterweight-gui"]["console"] is False  # no console window behind the GUI
    assert _names(recorder, "COLLECT") == ["counterweight"]
    assert "BUNDLE" not in recorder.calls
    analysis = recorder.calls["Analysis"][0][1]
    assert "multiprocessing" in analysis["excludes"]

    iss = ISS.read_text(encoding="utf-8")
    # The installer takes the whole folder COLLECT writes to dist\counterweight ...
    assert _iss_define("SourceDir") == r"..\..\dist\counterweight"
    assert 'Source: "{#SourceDir}\\*"' in iss and "recursesubdirs" in iss
    # ... and every program it names is one the spec makes.
    named = set(re.findall(r"\{app\}\\([\w.-]+\.exe)", iss))
    assert named == {"counterweight-gui.exe"}
    assert {f"{name}.exe" for name in exes} >= named
    # File type: .counterweight opens with the windowed program and the file as argument.
    assert r'Subkey: "Software\Classes\.counterweight"' in iss
    assert '"""{app}\\counterweight-gui.exe"" ""%1"""' in iss
    assert "ChangesAssociations=yes" in iss
    # No administrator rights needed (managed workstations), with the choice offered.
    assert "PrivilegesRequired=lowest" in iss


def test_windows_scripts_agree_on_version_and_file_names() -> None:
    iss = ISS.read_text(encoding="utf-8")
    ps1 = PS1.read_text(encoding="utf-8")
    # The version comes from the package (one place) and is handed to Inno Setup.
    assert "counterweight.__version__" in ps1
    assert '"/DAppVersion=$Version"' in ps1
    assert "AppVersion={#AppVersion}" in iss
    # The script looks for the installer under the name the .iss gives it.
    base = re.search(r"^OutputBaseFilename=(.+)$", iss, re.MULTILINE)
    assert base and base.group(1).strip() == "counterweight-{#AppVersion}-windows-x64-setup"
    assert '"counterweight-$Version-windows-x64-setup.exe"' in ps1
    assert re.search(r"^OutputDir=\.\.\\\.\.\\dist$", iss, re.MULTILINE)
    # It freezes with the committed spec and smoke-checks the console program.
    assert r"packaging\pyinstaller\counterweight.spec" in ps1
    assert re.search(r'Join-Path \$Bundle "counterweight\.exe"\) --version', ps1)
    app_id = re.search(r"^AppId=\{\{([0-9A-F-]+)\}$", iss, re.MULTILINE)
    assert app_id and re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", app_id.group(1))


# ------------------------------------------------------------------ macOS
def test_macos_build_makes_an_app_with_the_version_and_file_type(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _run_spec("darwin", tmp_path, monkeypatch)
    assert _names(recorder, "EXE") == ["counterweight"]
    assert _names(recorder, "COLLECT") == ["counterweight"]
    (_args, bundle), = recorder.calls["BUNDLE"]
    assert bundle["name"] == "Counterweight.app"
    assert bundle["version"] == __version__
    info = bundle["info_plist"]
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    assert bundle["bundle_identifier"] == info["CFBundleIdentifier"]
    # The document type the app owns is the type it declares for *.counterweight files,
    # with the MIME type the Linux package registers.
    (declared,) = info["UTExportedTypeDeclarations"]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["counterweight"]
    linux_mime = re.search(r'<mime-type type="([^"]+)"',
                           (ROOT / "packaging" / "linux" / "counterweight-mime.xml").read_text(encoding="utf-8"))
    assert linux_mime and tags["public.mime-type"] == linux_mime.group(1)
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"


def test_macos_script_runs_the_program_the_app_contains() -> None:
    script = MACOS_SH.read_text(encoding="utf-8")
    assert '"$ROOT/packaging/pyinstaller/counterweight.spec"' in script
    # PyInstaller puts the EXE named "counterweight" in Contents/MacOS of the BUNDLE.
    assert '"$DIST/Counterweight.app/Contents/MacOS/counterweight" --version' in script
    assert "counterweight.__version__" in script
    assert "set -euo pipefail" in script  # any failing step stops the build


def test_plist_template_is_valid_once_the_version_is_filled_in() -> None:
    text = PLIST.read_text(encoding="utf-8")
    assert text.count("<string>@VERSION@</string>") == 2
    info = plistlib.loads(text.replace("@VERSION@", __version__).encode("utf-8"))
    assert info["CFBundleName"] == "Counterweight"
    assert info["NSHighResolutionCapable"] is True
    assert float(info["LSMinimumSystemVersion"]) >= 11


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_spec_gives_each_program_the_platform_icon(platform: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    icon = ROOT / "packaging" / ("windows/counterweight.ico" if platform == "win32" else "macos/counterweight.icns")
    assert icon.is_file(), "run packaging/make-icons.py"
    recorder = _run_spec(platform, tmp_path, monkeypatch)
    for _args, kwargs in recorder.calls["EXE"] + recorder.calls.get("BUNDLE", []):
        assert kwargs["icon"] == str(icon)


# ------------------------------------------------------------------ icons
def test_windows_icon_holds_every_size_windows_asks_for() -> None:
    """ICO layout: a 6-byte header (0, 1, count), then 16-byte entries whose first byte is
    the width (0 meaning 256) and whose last 8 bytes are the data's length and offset."""
    icon = ROOT / "packaging" / "windows" / "counterweight.ico"
    data = icon.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for i in range(count):
        width, height, *_rest, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert offset + length <= len(data)
        assert width == height
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes
    assert re.search(r"^SetupIconFile=counterweight\.ico$", ISS.read_text(encoding="utf-8"), re.MULTILINE)
    assert (ISS.parent / "counterweight.ico") == icon  # Inno Setup looks beside the script


def test_macos_icon_holds_the_retina_sizes() -> None:
    """ICNS layout: 'icns' and the file's length, then (type, length) blocks end to end."""
    data = (ROOT / "packaging" / "macos" / "counterweight.icns").read_bytes()
    magic, total = struct.unpack_from(">4sI", data, 0)
    assert magic == b"icns" and total == len(data)
    kinds, at = set(), 8
    while at < total:
        kind, length = struct.unpack_from(">4sI", data, at)
        assert length >= 8
        kinds.add(kind.decode("ascii"))
        at += length
    assert at == total
    # 128, 256, 512 and 1024 (512@2x) pixels, as PNG, which macOS 11 and later expect.
    assert {"ic07", "ic08", "ic09", "ic10"} <= kinds
