"""Dates in words follow the window's language, not the system's (h26d: "28 November 2026" in the French window)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from counterweight.domain.conclusion import Conclusion
from counterweight.ui import i18n
from tests.factories import small_decision

pytest.importorskip("PySide6")


def _decided() -> object:
    decision = small_decision()
    oid = decision.options[0].id
    return decision.model_copy(update={"conclusion": Conclusion(decided_option_id=oid, decided_on=dt.date(2026, 3, 5))})


def test_the_conclusion_line_names_the_month_in_french(french) -> None:
    from counterweight.ui.widgets.conclusion_line import line_text

    text = line_text(_decided())
    assert "5 mars 2026" in text, text
    assert "March" not in text


def test_the_date_of_the_decision_is_french_in_the_dialog(french, qtbot) -> None:
    from counterweight.engine import evaluate
    from counterweight.ui.dialogs.conclusion_dialog import ConclusionDialog

    decision = _decided()
    dialog = ConclusionDialog(decision, evaluate(decision))
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 11, 28))
    assert dialog.date_edit.text() == "28 novembre 2026"


def test_english_comes_back_when_the_translation_is_taken_away(qapp) -> None:
    installed = i18n.install_translators(qapp, QLocale("fr"))
    for t in installed:
        qapp.removeTranslator(t)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert i18n.window_locale().monthName(3) == "March"
    finally:
        i18n.install_translators(qapp, QLocale("en"))


def test_an_english_window_writes_english_months(qapp) -> None:
    i18n.install_translators(qapp, QLocale("en"))
    assert i18n.window_locale().toString(QDate(2026, 3, 5), "d MMMM yyyy") == "5 March 2026"
