"""Checks on the PyInstaller recipe that run without building anything.

The spec is executed with ``SPECPATH`` set but without PyInstaller's ``Analysis``
and friends, so only its lists and its file filter are defined.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "counterweight.spec"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    saved = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved
    return namespace


def test_spec_is_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_entry_script_exists_and_calls_main() -> None:
    launch = SPEC.parent / "launch.py"
    tree = ast.parse(launch.read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "counterweight.__main__" and any(a.name == "main" for a in n.names) for n in imports)


@pytest.mark.parametrize("module", [
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtQuickWidgets", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
    "pandas", "matplotlib", "scipy", "pymcdm", "pytest", "multiprocessing",
])
def test_excludes_unused_modules(spec: dict[str, Any], module: str) -> None:
    assert module in spec["EXCLUDES"]


def test_no_module_the_app_imports_is_excluded(spec: dict[str, Any]) -> None:
    # Every PySide6 module named in the source must survive the excludes list.
    used: set[str] = set()
    for path in (ROOT / "desktop" / "counterweight").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names if a.name.startswith("PySide6"))
    assert used, "found no PySide6 imports at all: the scan is broken"
    assert not used & set(spec["EXCLUDES"])


def test_datas_put_resources_and_data_at_the_bundle_root(spec: dict[str, Any]) -> None:
    datas = {Path(src).resolve(): dest for src, dest in spec["DATAS"]}
    assert datas.get((ROOT / "resources").resolve()) == "resources"
    assert datas.get((ROOT / "data").resolve()) == "data"
    # counterweight.locations looks for exactly these names under sys._MEIPASS
    locations = (ROOT / "desktop" / "counterweight" / "locations.py").read_text(encoding="utf-8")
    assert "_MEIPASS" in locations and '"resources"' in locations and '"data"' in locations


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/translations/qtbase_xx.qm",
    "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
    "python3.11/lib-dynload/_hashlib.cpython-311-x86_64-linux-gnu.so",
    # native Wayland (the window runs under XWayland through xcb)
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
    "PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/imageformats/libqico.so",
])
def test_filter_drops_unused_qt_files(spec: dict[str, Any], dest: str) -> None:
    assert spec["_unwanted"](dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Charts.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "python3.11/lib-dynload/_sha256.cpython-311-x86_64-linux-gnu.so",
    "python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so",
    "resources/icons/counterweight.svg",
    "data/examples/north-korea-troops.json",
])
def test_filter_keeps_what_the_app_needs(spec: dict[str, Any], dest: str) -> None:
    assert not spec["_unwanted"](dest)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the system-library rule is Linux-only")
@pytest.mark.parametrize(("dest", "dropped"), [
    # the C++ runtime comes from the system, like the X11 and font libraries
    ("libstdc++.so.6", True),
    ("libgcc_s.so.1", True),
    ("libX11.so.6", True),
    ("libbsd.so.0", True),
    # ...but Python, zlib, libffi and liblzma (for modules the app imports) stay bundled
    ("libpython3.11.so.1.0", False),
    ("libz.so.1", False),
    ("libffi.so.8", False),
    ("liblzma.so.5", False),
    ("libmdbx.so.1", False),  # the rule names whole libraries, not prefixes
    # only top-level host libraries: nothing inside a package folder is touched
    ("numpy.libs/libgfortran-040039e1-0352e75f.so.5.0.0", False),
])
def test_linux_system_libraries_left_to_the_system(spec: dict[str, Any], dest: str, dropped: bool) -> None:
    assert spec["_unwanted"](dest) is dropped


def _imported_modules(root: Path) -> set[str]:
    """Every module named by an ``import`` or ``from ... import`` in the Python files under ``root``."""
    names: set[str] = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_no_excluded_module_is_imported_by_the_app(spec: dict[str, Any]) -> None:
    # A module the spec excludes is simply absent from the bundle: importing it there
    # fails at run time, so the source must never import one (lazily or not).
    used = _imported_modules(ROOT / "desktop" / "counterweight")
    assert {"numpy", "pydantic", "filelock"} <= {n.split(".")[0] for n in used}, "scan is broken"
    excluded = set(spec["EXCLUDES"])
    clashes = sorted(n for n in used if any(n == e or n.startswith(e + ".") for e in excluded))
    assert not clashes, f"excluded from the bundle but imported by the app: {clashes}"


def test_no_lazily_loaded_excluded_numpy_or_filelock_attribute_is_used(spec: dict[str, Any]) -> None:
    # np.fft, np.polynomial... and filelock's async/read-write locks are imported on first
    # attribute access, which an import scan does not see.
    lazy = {"numpy": {"fft", "polynomial", "testing", "f2py"}}
    excluded = set(spec["EXCLUDES"])
    assert {f"numpy.{a}" for a in lazy["numpy"]} <= excluded
    found = []
    for path in (ROOT / "desktop" / "counterweight").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id in ("np", "numpy") and node.attr in lazy["numpy"]:
                    found.append(f"{path.name}: {node.value.id}.{node.attr}")
                if node.value.id == "filelock" and ("Async" in node.attr or "ReadWrite" in node.attr):
                    found.append(f"{path.name}: filelock.{node.attr}")
            if isinstance(node, ast.Attribute | ast.Name | ast.alias):  # concurrent.futures.process is out
                name = getattr(node, "attr", None) or getattr(node, "id", None) or getattr(node, "name", "")
                if name == "ProcessPoolExecutor":
                    found.append(f"{path.name}: ProcessPoolExecutor")
    assert not found, found


def test_qt_translations_kept_for_shipped_languages(spec: dict[str, Any]) -> None:
    for lang in spec["SHIPPED_LANGUAGES"]:
        assert (ROOT / "resources" / "translations" / f"counterweight_{lang}.qm").is_file()
        assert not spec["_unwanted"](f"PySide6/Qt/translations/qtbase_{lang}.qm")


def test_translation_sources_stay_out_and_compiled_translations_go_in(spec: dict[str, Any]) -> None:
    # The .ts files are the translators' sources (0.7 MB); the window loads the .qm files.
    for lang in spec["SHIPPED_LANGUAGES"]:
        assert spec["_unwanted"](f"resources/translations/counterweight_{lang}.ts")
        assert not spec["_unwanted"](f"resources/translations/counterweight_{lang}.qm")
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "desktop" / "counterweight").rglob("*.py"))
    assert not re.search(r"""["'][^"'\n]*\.ts["']""", source), "the app names a .ts file: keep them in the bundle"


def test_sha256_works_without_openssl_module() -> None:
    # The bundle leaves out _hashlib; hashlib must fall back to CPython's own _sha256.
    # Expected digest: FIPS 180-2, Appendix B.1 (message "abc").
    code = (
        "import sys; sys.modules['_hashlib'] = None; import hashlib; "
        "print(hashlib.sha256(b'abc').hexdigest())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert "ERROR" not in out.stderr
