"""The Counterweight window in a process of its own, for tests/ui/test_sigterm.py.

    python sigterm_child.py PROJECT

Starts the window the way ``counterweight PROJECT`` does (start-up window, then the
main window), changes one weight through the window's controller, types a rationale
for the first score without applying it, prints ``edited <weight> <dirty>`` and waits:
the test then sends SIGTERM. The exit status is the window's.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from counterweight.services.edits import SetWeight

TYPED = "Typed just before the logout"


def _main_window():  # noqa: ANN202
    from counterweight.ui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def _edit_when_shown() -> None:
    window = _main_window()
    if window is None or not window.controller.has_session:
        QTimer.singleShot(100, _edit_when_shown)
        return
    controller = window.controller
    leaf = controller.decision.leaves[0]
    weight = leaf.weight + 7
    problem = controller.submit(SetWeight(leaf.id, weight))
    option = controller.decision.options[0]
    window.score_matrix.select_cell(option.id, leaf.id)
    window.score_detail.rationale_edit.setPlainText(TYPED)
    print(f"edited {weight} {window.score_detail.dirty} {problem}", flush=True)


if __name__ == "__main__":
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    QTimer.singleShot(0, _edit_when_shown)
    from counterweight.__main__ import main

    sys.exit(main([sys.argv[1]]))
