"""Run the BUILT PyInstaller bundle (not the source tree) the way a user would.

Skipped unless ``COUNTERWEIGHT_BUNDLE`` names the bundle folder (``dist/counterweight``)
or its ``counterweight`` executable; build it first with ``bash packaging/build-linux.sh``::

    COUNTERWEIGHT_BUNDLE=dist/counterweight python -m pytest tests/packaging/test_bundle.py

Each command runs in a scrubbed environment (no PYTHONPATH or PYTHONHOME, a temporary
HOME and COUNTERWEIGHT_HOME, PATH limited to the system folders) and, where the
kernel allows it, in a new network namespace with no interfaces (``unshare -n``),
so a bundle that leaned on the build machine's Python or on the network fails here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
from importlib import metadata as importlib_metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_ENV = "COUNTERWEIGHT_BUNDLE"
TIMEOUT_S = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get(BUNDLE_ENV), reason=f"set {BUNDLE_ENV}=dist/counterweight to test a built bundle"),
]


def _source_version() -> str:
    # Read the single version file as text: the frozen program must report the same.
    text = (ROOT / "desktop" / "counterweight" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    assert match, "no __version__ in _version.py"
    return match.group(1)


@pytest.fixture(scope="module")
def executable() -> Path:
    given = Path(os.environ[BUNDLE_ENV]).resolve()
    exe = given / "counterweight" if given.is_dir() else given
    assert exe.is_file() and os.access(exe, os.X_OK), f"no executable bundle at {exe}"
    return exe


@pytest.fixture(scope="module")
def offline_prefix() -> list[str]:
    """``unshare -n`` when it works here (root or user namespaces), else nothing."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n"]
    return []


@pytest.fixture
def run(executable: Path, offline_prefix: list[str], tmp_path: Path):
    home = tmp_path / "bundle-home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "COUNTERWEIGHT_HOME": str(tmp_path / "bundle-counterweight-home"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }

    def _run(*args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*offline_prefix, str(executable), *args], cwd=tmp_path, env={**env, **(extra_env or {})},
            capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return _run


@pytest.fixture(scope="module")
def bundled_example(executable: Path) -> Path:
    found = sorted(executable.parent.glob("**/data/examples/north-korea-troops.json"))
    assert found, "the example decision is not in the bundle (spec datas: data/)"
    return found[0]


def test_version(run) -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert _source_version() in result.stdout + result.stderr


def test_evaluate_bundled_example(run, bundled_example: Path) -> None:
    result = run("evaluate", str(bundled_example), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    source = json.loads(bundled_example.read_text(encoding="utf-8"))
    expected_ids = {o["id"] for o in source["decision"]["options"]}
    assert {o["id"] for o in report["options"]} == expected_ids
    ranks = sorted(o["rank"] for o in report["options"] if o["rank"] is not None)
    assert ranks and ranks[0] == 1


def test_window_opens_offscreen_and_quits(run, tmp_path: Path) -> None:
    # First run on an empty COUNTERWEIGHT_HOME: the window opens on the bundled example.
    result = run(extra_env={"COUNTERWEIGHT_SMOKE_TEST": "1"})
    assert result.returncode == 0, result.stderr
    assert "smoke test: window shown" in result.stdout, result.stdout + result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr


def test_window_exports_its_brief_through_a_child_process(run, tmp_path: Path) -> None:
    # The window's File > Export brief runs the bundle's own executable as a child (QA 27);
    # the command line's report alone does not prove the window can start it once frozen.
    out = tmp_path / "window brief.pdf"
    result = run(extra_env={"COUNTERWEIGHT_SMOKE_TEST": "1", "COUNTERWEIGHT_SMOKE_BRIEF": str(out)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: brief written in a child process" in result.stdout, result.stdout + result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]


def test_pdf_brief(run, bundled_example: Path, tmp_path: Path) -> None:
    if run("report", "--help").returncode != 0:
        pytest.skip("this build has no 'counterweight report' command yet")
    out = tmp_path / "brief.pdf"
    result = run("report", str(bundled_example), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000
    assert b"%%EOF" in data[-64:]


# --- what is (not) in the bundle, and the size budget (issue 6) -------------------------

#: Packages only the test suite or developer tools use; none may reach the bundle.
TEST_ONLY_PACKAGES = ("scipy", "pandas", "pymcdm", "matplotlib", "pytest", "_pytest", "hypothesis", "tkinter")


def _archived_module_names(executable: Path) -> set[str]:
    """Module names in the table of contents of the Python archive inside the executable.

    PyInstaller appends the archive to the executable; its table of contents is a
    marshalled list whose names are stored as short ASCII strings (a type byte, a length
    byte, the name), while the code itself is compressed. Reading those strings is enough
    to tell whether a package was frozen in.
    """
    data = executable.read_bytes()
    names: set[str] = set()
    for match in re.finditer(rb"[\x5a\x7a\xda\xfa]([\x01-\xff])([A-Za-z_]\w*(?:\.\w+)*)", data):
        length, name = match.group(1)[0], match.group(2)
        if len(name) >= length:
            names.add(name[:length].decode("ascii"))
    return names


def test_no_test_only_package_is_bundled(executable: Path) -> None:
    internal = executable.parent / "_internal"
    folders = {p.name for p in internal.iterdir()} if internal.is_dir() else set()
    names = _archived_module_names(executable)
    assert {"counterweight.cli.main", "numpy", "pydantic"} <= names, "archive scan found no app modules: broken"
    tops = {n.split(".")[0] for n in names}
    assert not set(TEST_ONLY_PACKAGES) & tops, sorted(set(TEST_ONLY_PACKAGES) & tops)
    assert not set(TEST_ONLY_PACKAGES) & folders, sorted(set(TEST_ONLY_PACKAGES) & folders)


def test_platform_plugins_are_xcb_and_offscreen_only(executable: Path) -> None:
    platforms = sorted(executable.parent.glob("**/PySide6/Qt/plugins/platforms/*"))
    assert {p.name for p in platforms} == {"libqxcb.so", "libqoffscreen.so"}
    assert not list(executable.parent.glob("**/libQt6WaylandClient*"))


def test_translation_sources_are_not_bundled(executable: Path) -> None:
    # The window loads the compiled .qm catalogues; the .ts sources are for translators.
    assert list(executable.parent.rglob("counterweight_*.qm"))
    assert not list(executable.parent.rglob("*.ts"))


def test_icu_data_is_trimmed_to_what_qt_calls(executable: Path) -> None:
    # packaging/pyinstaller/icu_data.py relinks Qt's ICU data without the trees Qt's ICU
    # calls cannot reach; collation, time-zone names and converters must still be there.
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "pyinstaller" / "icu_data.py")
    icu_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icu_data)
    libraries = [p for p in executable.parent.rglob("libicudata.so.*") if not p.is_symlink()]
    assert len(libraries) == 1, libraries
    _, package = icu_data.common_data(libraries[0])
    names = [name.split("/", 1)[1] for name, _ in icu_data.items(package)]
    assert not [n for n in names if icu_data.DROPPED.fullmatch(n)]
    assert {n.split("/")[0] for n in names} >= {"coll", "zone", "root.res", "zoneinfo64.res", "cnvalias.icu"}
    assert sum(n.endswith(".cnv") for n in names) > 100
    assert icu_data.unreachable_icu_imports(executable.parent) == {}


def _budget_mb(name: str) -> int:
    # The one place the budget is written down is the build script, which enforces it.
    script = (ROOT / "packaging" / "build-linux.sh").read_text(encoding="utf-8")
    match = re.search(rf"^{name}=(\d+)$", script, re.MULTILINE)
    assert match, f"{name} is not set in packaging/build-linux.sh"
    return int(match.group(1))


def test_bundle_is_within_the_size_budget(executable: Path) -> None:
    folder = executable.parent
    total = sum(p.lstat().st_size for p in folder.rglob("*"))
    assert total < _budget_mb("BUDGET_BUNDLE_MB") * 1024 * 1024, f"{total / 2**20:.1f} MB"


def test_window_opens_under_x_in_a_wayland_session(executable: Path, offline_prefix: list[str], tmp_path: Path) -> None:
    # No Wayland plugin is bundled: in a Wayland session the window must come up through
    # X (XWayland on a desktop; Xvfb here) without Qt complaining about a missing plugin.
    xvfb_run = shutil.which("xvfb-run")
    if not xvfb_run:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb)")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "COUNTERWEIGHT_HOME": str(tmp_path / "cw-home"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_SESSION_TYPE": "wayland",
        "WAYLAND_DISPLAY": "wayland-0",  # no compositor behind it
        "LANG": "C.UTF-8",
        "COUNTERWEIGHT_SMOKE_TEST": "1",
    }
    result = subprocess.run(
        [*offline_prefix, xvfb_run, "-a", str(executable)], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "smoke test: window shown" in result.stdout, output
    assert "Traceback" not in output and "Qt platform plugin" not in output, output


# --- third-party licences ----------------------------------------------------------------


def _licences(executable: Path) -> Path:
    folder = executable.parent / "_internal" / "licenses"
    assert (folder / "README.txt").is_file(), f"no licence index at {folder / 'README.txt'}"
    return folder


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _bundled_distributions(executable: Path) -> dict[str, set[str]]:
    """Installed distributions (normalised names) whose packages are in the bundle, with the evidence.

    Looked up independently of the build: the top-level package folders in ``_internal``,
    the ``*.dist-info`` folders there, and the top-level names of the modules frozen into
    the executable's archive, each mapped to its distribution with the metadata of the
    environment running the tests (which installs the same requirements).
    """
    internal = executable.parent / "_internal"
    owners = importlib_metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    tops = {n.split(".")[0] for n in _archived_module_names(executable)}
    tops |= {p.name for p in internal.iterdir() if p.is_dir()}
    for top in tops:
        for dist in owners.get(top, []):
            found.setdefault(_normalised(dist), set()).add(top)
    for info in internal.glob("*.dist-info"):
        found.setdefault(_normalised(info.name.split("-")[0]), set()).add(info.name)
    return found


def test_every_bundled_distribution_has_its_licence(executable: Path) -> None:
    folder = _licences(executable)
    bundled = _bundled_distributions(executable)
    bundled.pop("counterweight", None)  # the application itself, not third-party software
    # The scan must see the heavy hitters, else it proves nothing.
    assert {"numpy", "pydantic", "pyside6-essentials", "shiboken6", "sqlite-utils"} <= set(bundled), sorted(bundled)
    missing = {name: sorted(why) for name, why in bundled.items()
               if not [f for f in (folder / name).rglob("*") if f.is_file() and f.stat().st_size > 0]}
    assert not missing, f"bundled without licence files in licenses/<name>/: {missing}"


def test_licence_index_names_every_folder_and_version(executable: Path) -> None:
    folder = _licences(executable)
    index = (folder / "README.txt").read_text(encoding="utf-8")
    subfolders = sorted(p.name for p in folder.iterdir() if p.is_dir())
    assert len(subfolders) >= 10, subfolders
    for name in subfolders:
        files = sorted(f.relative_to(folder).as_posix() for f in (folder / name).rglob("*") if f.is_file())
        assert files, f"licenses/{name} is empty"
        for rel in files:
            assert f"file:    {rel}" in index, f"the index does not list {rel}"
    for name in ("numpy", "pydantic", "shiboken6"):
        version = importlib_metadata.version(name)
        assert re.search(rf"^{name} {re.escape(version)}$", index, re.IGNORECASE | re.MULTILINE), (name, version)


def test_key_licence_texts_are_the_real_ones(executable: Path) -> None:
    # Phrases of the licence texts themselves (not of the build's index), one per licence kind.
    folder = _licences(executable)
    numpy_text = (folder / "numpy" / "LICENSE.txt").read_text(encoding="utf-8")
    assert "Redistribution and use in source and binary forms" in numpy_text  # BSD-3-Clause
    assert "OpenBLAS" in numpy_text and "GCC RUNTIME LIBRARY EXCEPTION" in numpy_text  # numpy.libs/
    python_text = (folder / "cpython" / "LICENSE.txt").read_text(encoding="utf-8")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in python_text
    assert "Permission is hereby granted" in (folder / "pydantic-core" / "LICENSE").read_text(encoding="utf-8")  # MIT
    assert "Apache License" in (folder / "sqlite-utils" / "LICENSE").read_text(encoding="utf-8")
    for qt in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
        lgpl = " ".join(p.read_text(encoding="utf-8") for p in (folder / qt).iterdir())
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl, qt


def test_host_libraries_carry_their_debian_copyright(executable: Path) -> None:
    # Top-level libraries copied from the build system (libsqlite3, libz, ...) are neither
    # Python's nor a wheel's: their Debian package's copyright file must travel with them.
    query = shutil.which("dpkg-query")
    if not query:
        pytest.skip("not a Debian-like system")
    folder = _licences(executable)
    host = [p for p in (executable.parent / "_internal").glob("lib*.so*")
            if not p.is_symlink() and not p.name.startswith("libpython")]
    assert host, "no host library at the top of _internal: the scan is broken"
    checked = 0
    for lib in host:
        candidates = [f"{d}/{lib.name}" for d in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu")]
        out = subprocess.run([query, "-S", *candidates], capture_output=True, text=True, check=False).stdout
        packages = {line.split(":")[0] for line in out.splitlines() if ": " in line}
        if not packages:
            continue  # built elsewhere: nothing to check it against
        assert any((folder / pkg / "copyright").is_file() for pkg in packages), (lib.name, packages)
        checked += 1
    assert checked, "no bundled host library is known to dpkg here (zlib1g at least should be)"


def test_deb_installs_the_licences_under_usr_share_doc(executable: Path) -> None:
    debs = sorted(executable.parent.parent.glob("counterweight_*_amd64.deb"))
    if not debs or not shutil.which("dpkg-deb"):
        pytest.skip("no .deb beside the bundle (or no dpkg-deb)")
    listing = subprocess.run(["dpkg-deb", "-c", str(debs[-1])], capture_output=True, text=True, check=True).stdout
    paths = {line.split()[-1] for line in listing.splitlines() if line.strip()}
    assert "./usr/share/doc/counterweight/copyright" in paths
    assert "./usr/share/doc/counterweight/licenses/README.txt" in paths
    assert "./usr/share/doc/counterweight/licenses/numpy/LICENSE.txt" in paths
    assert "./opt/counterweight/_internal/licenses/README.txt" in paths


def test_no_bundled_file_searches_the_build_hosts_folders(executable: Path) -> None:
    # lintian's custom-library-search-path: a pyenv Python left ~/.pyenv/... in libpython's and
    # its extension modules' RUNPATH; packaging/linux/drop_runpath.py removes it at build time.
    spec = importlib.util.spec_from_file_location("cw_drop_runpath", ROOT / "packaging" / "linux" / "drop_runpath.py")
    drop = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(drop)
    found = {}
    for path in (executable.parent / "_internal").rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            dropped, _ = drop.host_runpaths(path.read_bytes())
            if dropped:
                found[path.name] = dropped
    assert not found, found
