"""The Weights tab's "Elicited: …" line joins each place and its method through a window string (h26k).

It wrote f"{name}: {text}" in code, so French got "niveau supérieur: Swing" where French typography
wants a space before the colon; "{0}: {1}" is now translated like the rest of the line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.qt
EXAMPLE = Path(__file__).parents[2] / "data" / "examples" / "north-korea-troops.json"


def test_the_elicited_line_and_its_tooltip_follow_the_translation_of_the_colon(qapp) -> None:
    from PySide6.QtCore import QTranslator

    from counterweight.services.briefing import load_decision
    from counterweight.ui.dialogs.weighting_markers import elicitation_summary

    decision = load_decision(EXAMPLE)
    english, english_tip = elicitation_summary(decision)
    assert english.startswith("Elicited: ") and ": " in english[len("Elicited: "):]

    class French(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt API
            return "{0} : {1}" if (context, source) == ("WeightingDialog", "{0}: {1}") else source

    french = French()
    qapp.installTranslator(french)
    try:
        text, tip = elicitation_summary(decision)
    finally:
        qapp.removeTranslator(french)
    body = text.splitlines()[0][len("Elicited: "):]
    assert body == english.splitlines()[0][len("Elicited: "):].replace(": ", " : ")
    assert tip.splitlines() == [line.replace(": ", " : ", 1) for line in english_tip.splitlines()]
