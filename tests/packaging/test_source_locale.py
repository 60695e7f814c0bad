"""Qt's locale warning under a C/POSIX locale, from a source checkout (counterweight/utf8_locale.py).

Qt needs a UTF-8 character type; under ``LC_ALL=C`` it used to switch by itself and print
"Detected locale "C" with character encoding ..." at every start of the window and of
``report``. The application now sets ``LC_CTYPE=C.UTF-8`` before Qt starts. The same for a
built bundle: test_bundle_runtime.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from counterweight.utf8_locale import ensure_utf8_ctype, use_utf8_ctype

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "data" / "examples" / "north-korea-troops.json"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the guard is for Linux")


@pytest.mark.parametrize(("before", "after"), [
    ({}, {"LC_CTYPE": "C.UTF-8"}),
    ({"LANG": "C"}, {"LANG": "C", "LC_CTYPE": "C.UTF-8"}),
    ({"LANG": "fr_FR.UTF-8", "LC_ALL": "C", "LC_TIME": "de_DE.UTF-8"}, {"LANG": "C", "LC_CTYPE": "C.UTF-8"}),
    ({"LANG": "POSIX", "LC_TIME": "fr_FR.UTF-8"}, {"LANG": "POSIX", "LC_TIME": "fr_FR.UTF-8", "LC_CTYPE": "C.UTF-8"}),
])
def test_non_utf8_locale_gets_a_utf8_ctype(before: dict[str, str], after: dict[str, str]) -> None:
    env = dict(before)
    assert use_utf8_ctype(env, codeset="ANSI_X3.4-1968") is True
    assert env == after


@pytest.mark.parametrize("codeset", ["UTF-8", "utf8"])
def test_utf8_locale_is_left_alone(codeset: str) -> None:
    env = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}
    assert use_utf8_ctype(env, codeset=codeset) is False
    assert env == {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}


class _FakeQtCore:
    """Stands for PySide6.QtCore in sys.modules, with or without an application object."""

    def __init__(self, app: object | None) -> None:
        self.QCoreApplication = type("QCoreApplication", (), {"instance": staticmethod(lambda: app)})


@linux_only
@pytest.mark.parametrize(("app", "changed"), [(None, True), (object(), False)], ids=["imported", "running"])
def test_qt_imported_is_not_too_late_but_a_running_app_is(monkeypatch, app: object | None, changed: bool) -> None:
    # A frozen bundle's PyInstaller hook imports PySide6.QtCore before the program starts (to embed
    # qt.conf); Qt reads the locale only when its application object is made.
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", _FakeQtCore(app))
    monkeypatch.setattr("counterweight.utf8_locale.ctype_codeset", lambda: "ANSI_X3.4-1968")
    for name in [n for n in os.environ if n.startswith(("LC_", "LANG"))]:
        monkeypatch.delenv(name)
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):  # recorded, so that teardown undoes what the guard sets
        monkeypatch.setenv(name, "C")
    assert ensure_utf8_ctype() is changed
    assert (os.environ.get("LC_CTYPE") == "C.UTF-8") is changed and ("LC_ALL" in os.environ) is not changed


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL="C", QT_QPA_PLATFORM="offscreen", COUNTERWEIGHT_SMOKE_TEST="1", COUNTERWEIGHT_HOME=str(tmp_path / "home"),
               PYTHONPATH=os.pathsep.join([str(ROOT / "desktop"), str(ROOT)]))
    return subprocess.run([sys.executable, "-m", "counterweight", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)


@linux_only
@pytest.mark.parametrize("args", [("--version",), ("report", str(EXAMPLE), "-o", "brief.pdf"), ()],
                         ids=["version", "report", "window"])
def test_no_qt_locale_warning_under_lc_all_c(tmp_path: Path, args: tuple[str, ...]) -> None:
    # --version never starts Qt; `report` (the PDF) and the window (COUNTERWEIGHT_SMOKE_TEST: it
    # closes itself once shown) do, and both printed the warning before.
    result = _run(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert "Detected locale" not in result.stderr and "not UTF-8" not in result.stderr, result.stderr
    if args[:1] == ("report",):
        assert (tmp_path / "brief.pdf").stat().st_size > 0
