"""The rows of the tornado chart, worded in the window's language.

The rows themselves are built Qt-free in :mod:`counterweight.engine.tornado_rows`
(the brief's table of the bars uses them in English); here each row's label and
description are translated under the context ``"TornadoChart"``.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counterweight.domain import Decision
from counterweight.engine.flip import FlipResult
from counterweight.engine.sensitivity import SensitivityResult
from counterweight.engine.tornado_rows import MAX_ITEMS, TornadoItem
from counterweight.engine.tornado_rows import tornado_items as _rows


def _weight_words(name: str, label: str) -> tuple[str, str]:
    return (QCoreApplication.translate("TornadoChart", "Weight: {0}").format(name),
            QCoreApplication.translate("TornadoChart", "Weight of {0}").format(label))


def _score_words(option: str, name: str, path: str) -> tuple[str, str]:
    return (QCoreApplication.translate("TornadoChart", "{0}: {1}").format(option, name),
            QCoreApplication.translate("TornadoChart", "Score of {0} on {1}").format(option, path))


def tornado_items(decision: Decision, flips: FlipResult, sensitivity: SensitivityResult) -> list[TornadoItem]:
    """Rows for the tornado chart, most fragile first, labelled in the window's language."""
    return _rows(decision, flips, sensitivity, weight_words=_weight_words, score_words=_score_words)


__all__ = ["MAX_ITEMS", "TornadoItem", "tornado_items"]
