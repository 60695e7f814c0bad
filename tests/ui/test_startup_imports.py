"""Start-up stays lean: the window opens on the example without loading on-demand features.

Issue 6 measures the first paint. The brief and report builders, the packet round trip
and the dialogs behind menu commands are imported by the command that needs them; this
test fails if a top-level import pulls one of them back into start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import subprocess_env

#: Loaded only when the user asks for them (each is imported by the command that uses it).
ON_DEMAND = (
    "counterweight.reports",
    "counterweight.services.briefing",
    "counterweight.services.packets",
    "counterweight.services.packet_format",
    "counterweight.services.packet_merge",
    "counterweight.ui.dialogs.packet_dialogs",
    "counterweight.ui.dialogs.marking_dialog",
    "counterweight.ui.dialogs.sources_dialog",
    "counterweight.ui.dialogs.help_dialog",
    "counterweight.ui.dialogs.criterion_dialog",
    "counterweight.ui.dialogs.weighting_dialog",
    "counterweight.ui.dialogs.method_settings_dialog",
    "counterweight.charts.export",
    "PySide6.QtPrintSupport",
)
#: Small Qt-free parts of those packages the window needs from the start: the paper names of File > Brief paper
#: size (``reports.paper``, constants only) and the UTC offsets History's times are labelled with
#: (``reports.english_dates``, the standard library's datetime only); the package ``__init__`` is a docstring.
LIGHT = ("counterweight.reports", "counterweight.reports.paper", "counterweight.reports.english_dates")

_CHILD = """
import sys
from counterweight.__main__ import main
code = main([])
loaded = sorted(m for m in sys.modules if m.startswith(("counterweight", "PySide6")) and sys.modules[m] is not None)
print("EXIT", code)
print("LOADED", " ".join(loaded))
"""


def test_window_opens_without_loading_on_demand_features(tmp_path: Path) -> None:
    env = subprocess_env()
    env.update({"QT_QPA_PLATFORM": "offscreen", "COUNTERWEIGHT_HOME": str(tmp_path / "home"),
                "COUNTERWEIGHT_BENCH_FIRST_PAINT": "1"})  # quit once the window has painted
    env.pop("COUNTERWEIGHT_SMOKE_TEST", None)
    proc = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=180, cwd=os.fspath(tmp_path))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "first-paint" in proc.stdout and "EXIT 0" in proc.stdout, proc.stdout + proc.stderr[-2000:]
    loaded = proc.stdout.split("LOADED", 1)[1].split()
    # the window really was built, and the working-copy check ran, without the packet machinery
    assert "counterweight.ui.main_window" in loaded
    assert "counterweight.services.packet_origin" in loaded
    early = [m for m in loaded if m.startswith(ON_DEMAND) and m not in LIGHT]
    assert early == [], f"imported while the window opens: {early}"
