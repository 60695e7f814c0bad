"""The brief's charts are in English whatever the window's language (QA 25 item 6).

With the French translation installed (as a French window has it), the recorded brief
charts carry the English titles and axis titles that the rest of the brief uses, while a
chart built for the window is still French, the translators are back in place afterwards,
and no widget was sent a language change (nothing on screen was retranslated).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from counterweight.charts import build_contribution_chart
from counterweight.domain import WeightUncertainty
from counterweight.engine.evaluate import evaluate
from counterweight.reports.brief_charts import record_charts
from counterweight.reports.brief_content import build_brief
from tests.factories import small_decision

pytestmark = pytest.mark.qt

ENGLISH = ("Contribution of each criterion to the overall score", "Score out of 100")


class _LanguageWatcher(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def _french(text: str) -> str:
    return QCoreApplication.translate("ContributionChart", text)


def _brief():
    d = small_decision()
    unc = d.method.uncertainty.model_copy(update={"weights": WeightUncertainty.NONE, "samples": 500})
    return build_brief(d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc})}))


def test_the_brief_charts_are_english_under_a_french_window(qapp, french) -> None:
    french_texts = [_french(t) for t in ENGLISH]
    assert all(f != e for f, e in zip(french_texts, ENGLISH)), "the French catalogue translates the chart texts"
    watcher = _LanguageWatcher()
    watcher.show()
    pictures = record_charts(_brief())
    QCoreApplication.processEvents()
    svg = pictures["contribution"].svg.decode("utf-8")
    for english, translated in zip(ENGLISH, french_texts):
        assert english in svg
        assert translated not in svg
    assert "acceptability" in pictures
    # the window stays French: translators back, nothing retranslated, a window chart still French
    assert [_french(t) for t in ENGLISH] == french_texts
    assert watcher.changes == 0
    window_chart = build_contribution_chart(small_decision(), evaluate(small_decision()))
    assert window_chart.value_axis.titleText() == french_texts[1]
    watcher.close()
