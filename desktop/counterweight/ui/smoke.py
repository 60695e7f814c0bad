"""The smoke test of a built bundle or installed package (issue 6): the window, and optionally its brief.

``COUNTERWEIGHT_SMOKE_TEST=1`` prints ``smoke test: window shown (TITLE)`` once the main
window is shown and quits half a second later: the packaging tests and the README's quick
start run it. With ``COUNTERWEIGHT_SMOKE_BRIEF=OUT.pdf`` as well, the window then exports
its brief as File > Export brief (PDF)… does (by default in a child process, the bundle's own
executable running ``report``), prints ``smoke test: brief written in a child process (OUT.pdf,
N pages)`` (or ``in the window``), and quits; a failed brief prints ``smoke test: brief failed:
MESSAGE`` and exits 1. So the installed program's whole path from window to PDF is checked,
not only the command line's.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from counterweight.ui.main_window import MainWindow

SMOKE_TEST_ENV = "COUNTERWEIGHT_SMOKE_TEST"
SMOKE_BRIEF_ENV = "COUNTERWEIGHT_SMOKE_BRIEF"
#: How long the smoke test waits for the brief before it gives up (ms).
BRIEF_TIMEOUT_MS = 240_000


def smoke_test_requested() -> bool:
    return os.environ.get(SMOKE_TEST_ENV) == "1"


def run_smoke_test(app: QApplication, window: MainWindow) -> None:
    """Report the shown window, then quit, or export the brief first when asked to."""
    print(f"smoke test: window shown ({window.windowTitle()})", flush=True)
    target = os.environ.get(SMOKE_BRIEF_ENV, "")
    if not target:
        QTimer.singleShot(500, app.quit)
        return
    actions = window.brief_actions
    where: list[str] = []

    def written(path: str) -> None:
        print(f"smoke test: brief written {where[0]} ({path}, {actions.pages_written} pages)", flush=True)
        app.quit()

    def failed(message: str) -> None:
        print(f"smoke test: brief failed: {message}", flush=True)
        app.exit(1)

    def start() -> None:
        if not actions.export_brief(target):
            failed("the export did not start")
            return
        where.append("in a child process" if actions.is_writing_in_child() else "in the window")

    actions.briefWritten.connect(written)
    actions.briefFailed.connect(failed)
    QTimer.singleShot(0, start)
    QTimer.singleShot(BRIEF_TIMEOUT_MS, lambda: failed("no brief after 4 minutes"))


__all__ = ["SMOKE_BRIEF_ENV", "SMOKE_TEST_ENV", "run_smoke_test", "smoke_test_requested"]
