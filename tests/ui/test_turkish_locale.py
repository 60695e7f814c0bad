"""The window starts in a Turkish (or Azeri) locale (QA pass 26 item 2).

PySide6 finds the setter of a property keyword (``QTimer(interval=...)``) by upper-casing
the keyword's first letter in the process's locale, which Qt sets from the user's. In
Turkish "i" upper-cases to "İ", so ``interval=`` raised "'interval' is not a Qt property
or a signal" and the window never opened, without a word to the user. The code now sets
such properties with their setters; the first test keeps it that way, the second starts
the real window under tr_TR.UTF-8 where the locale can be built.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODE = ROOT / "desktop" / "counterweight"


def _qt_calls_with_i_keywords() -> list[str]:
    found = []
    for path in sorted(CODE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            bad = [k.arg for k in node.keywords if k.arg and k.arg[0] in "iI"]
            if name.startswith("Q") and bad:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({', '.join(bad)}=...)")
    return found


def test_no_qt_constructor_is_given_a_property_keyword_starting_with_i() -> None:
    assert _qt_calls_with_i_keywords() == []


def _turkish_locale(folder: Path) -> dict[str, str] | None:
    """Environment for a generated tr_TR.UTF-8 locale, or None where it cannot be built."""
    if shutil.which("localedef") is None or not Path("/usr/share/i18n/locales/tr_TR").exists():
        return None
    done = subprocess.run(["localedef", "-i", "tr_TR", "-f", "UTF-8", str(folder / "tr_TR.UTF-8")],
                          capture_output=True, check=False)
    if not (folder / "tr_TR.UTF-8").exists():
        return None
    del done
    return {"LOCPATH": str(folder), "LC_ALL": "tr_TR.UTF-8", "LANG": "tr_TR.UTF-8"}


WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
import locale
assert locale.setlocale(locale.LC_ALL, None).startswith("tr_TR"), locale.setlocale(locale.LC_ALL, None)
from counterweight.services.session import ProjectSession
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController
from tests.factories import small_decision
folder = Path(sys.argv[1])
controller = SessionController(ProjectSession.create(folder / "p.counterweight", small_decision()))
window = MainWindow(controller, native_dialogs=False,
                    settings=QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
window.show()
app.processEvents()
controller.close_session()
print("window shown")
"""


@pytest.mark.slow
def test_the_window_starts_in_a_turkish_locale(tmp_path: Path) -> None:
    env = _turkish_locale(tmp_path)
    if env is None:
        pytest.skip("cannot build a tr_TR.UTF-8 locale here (no localedef or locale sources)")
    run_env = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen", "COUNTERWEIGHT_HOME": str(tmp_path / "home"),
               "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), str(ROOT)])}
    done = subprocess.run([sys.executable, "-c", WINDOW, str(tmp_path)], env=run_env, capture_output=True,
                          text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "window shown" in done.stdout
