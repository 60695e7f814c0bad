"""A built Linux bundle under an upgrade and a C locale (QA pass 26 items 3 and 11).

Skipped unless ``COUNTERWEIGHT_BUNDLE`` names the bundle folder, as test_bundle.py::

    COUNTERWEIGHT_BUNDLE=dist/counterweight python -m pytest tests/packaging/test_bundle_runtime.py

* The executable is replaced (a new file renamed over it, as dpkg does) while a
  ``report`` waits for its input; the modules it then imports for the first time must
  still come from the file it started from (before: ``zlib.error`` or an exit).
* Under ``LC_ALL=C`` or no ``LANG`` at all, Qt prints no "not UTF-8" warning.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

BUNDLE_ENV = "COUNTERWEIGHT_BUNDLE"
TIMEOUT_S = 180

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get(BUNDLE_ENV), reason=f"set {BUNDLE_ENV}=dist/counterweight to test a built bundle"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = Path(os.environ[BUNDLE_ENV]).resolve()
    folder = given if given.is_dir() else given.parent
    assert (folder / "counterweight").is_file(), f"no bundle at {folder}"
    return folder


@pytest.fixture(scope="module")
def example(bundle: Path) -> Path:
    return next(bundle.glob("_internal/**/data/examples/north-korea-troops.json"))


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "COUNTERWEIGHT_HOME": str(tmp_path / "cw"),
            "XDG_RUNTIME_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", **extra}


def test_report_survives_the_executable_being_replaced(bundle: Path, example: Path, tmp_path: Path) -> None:
    copy = tmp_path / "opt" / "counterweight"
    shutil.copytree(bundle, copy, symlinks=True)
    exe = copy / "counterweight"
    fifo = tmp_path / "decision.json"
    os.mkfifo(fifo)
    pdf = tmp_path / "brief.pdf"
    process = subprocess.Popen([str(exe), "report", str(fifo), "-o", str(pdf)], env=_env(tmp_path, LANG="C.UTF-8"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    timer = threading.Timer(TIMEOUT_S, process.kill)
    timer.start()
    try:
        # Opening the FIFO returns once the program opens it to read: it has started and imported
        # what it needs to parse its arguments; the brief's modules are imported after the read.
        with open(fifo, "wb") as writer:
            original = exe.read_bytes()
            new = exe.with_name("counterweight.dpkg-new")
            new.write_bytes(original[::-1])  # same size, every archive entry elsewhere
            new.chmod(0o755)
            os.rename(new, exe)
            writer.write(example.read_bytes())
        out, err = process.communicate(timeout=TIMEOUT_S)
    finally:
        timer.cancel()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "zlib.error" not in err and "moved or deleted" not in err, err
    assert pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize("locale_env", [{}, {"LC_ALL": "C"}, {"LANG": "POSIX"}, {"LANG": "C.UTF-8", "LC_ALL": "C"}])
def test_no_qt_locale_warning_in_a_c_locale(bundle: Path, example: Path, tmp_path: Path,
                                            locale_env: dict[str, str]) -> None:
    result = subprocess.run([str(bundle / "counterweight"), "report", str(example), "-o", str(tmp_path / "b.pdf")],
                            env=_env(tmp_path, **locale_env), capture_output=True, text=True, timeout=TIMEOUT_S,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "not UTF-8" not in result.stderr and "Detected locale" not in result.stderr, result.stderr


def test_window_under_a_c_locale_says_nothing_about_it(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(bundle / "counterweight")], env=_env(tmp_path, COUNTERWEIGHT_SMOKE_TEST="1"),
                            capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    assert result.returncode == 0 and "smoke test: window shown" in result.stdout, result.stderr
    assert "Detected locale" not in result.stderr, result.stderr
