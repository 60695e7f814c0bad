"""Guards against a known-bad Qt binding.

PySide6 6.12.0 on Python 3.11 loses one reference to ``None`` on many ordinary calls
(``QLabel.setText``, ``QWidget.update``, ``processEvents``...). After some tens of
thousands of such calls CPython aborts with "none_dealloc": in Counterweight that was
about 2,000 weight-slider steps. pyproject.toml excludes that release; this test fails
if a leaking binding is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_common_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    app = QApplication.instance()
    before = sys.getrefcount(None)
    for _ in range(3000):
        label.setText("x")
        label.update()
        app.processEvents()
    # A leaking binding loses >= 3 references per round (9,000 here); allow small noise.
    assert sys.getrefcount(None) - before < 100
