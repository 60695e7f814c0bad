"""The rest of the window in French: the dialogs that were left in English, the History's
Old/New values, the Perspectives tab's robust-choice sentence, and the "% of its range" share.

The expected French is written here from the glossary of the French .ts (critère, note,
poids, avis, justification, ligne rouge, dossier...), not read from the code under test.
The English tests beside them check that the command line, the brief and the English
window read as they did.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel


ROOT = Path(__file__).resolve().parents[2]
FRENCH_TS = ROOT / "resources" / "translations" / "counterweight_fr.ts"

#: The dialogs that were still in English (EngineText is left out: other sessions add sentences to it).
FINISHED_CONTEXTS = ("CriterionDialog", "AnalystsDialog", "PacketImportDialog", "RestoreDialog",
                     "ErrorReportDialog", "PacketExportDialog", "BackupListDialog")


# ------------------------------------------------------------------ the .ts itself


def _unfinished() -> dict[str, list[str]]:
    """Source texts whose French translation is missing or marked unfinished, by context."""
    out: dict[str, list[str]] = {}
    for context in ET.parse(FRENCH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not "".join(translation.itertext()).strip()):
                out.setdefault(name, []).append(message.findtext("source") or "")
    return out


def test_listed_dialogs_have_no_untranslated_entries() -> None:
    left = {name: texts for name, texts in _unfinished().items() if name in FINISHED_CONTEXTS}
    assert not left, f"untranslated French entries: { {k: v[:3] for k, v in left.items()} }"


def test_every_recorded_field_name_is_marked_for_translation() -> None:
    """The History writes a changed field by its domain model name; each must be translatable."""
    import importlib
    import inspect
    import pkgutil

    from pydantic import BaseModel

    import counterweight.domain as domain
    from counterweight.domain.elicitation import WeightMethod
    from counterweight.domain.methods import Normalization
    from counterweight.ui.history_fields import FIELDS
    from tests.ui.test_engine_text import registered

    fields: set[str] = set()
    for module in pkgutil.iter_modules(domain.__path__):
        mod = importlib.import_module(f"counterweight.domain.{module.name}")
        for obj in vars(mod).values():
            if inspect.isclass(obj) and issubclass(obj, BaseModel) and obj.__module__ == mod.__name__:
                fields.update(name.replace("_", " ") for name in obj.model_fields)
    assert {"rationale", "notice", "parent id", "unit"} <= fields  # the scan itself works
    assert not fields - set(FIELDS), f"add to ui/history_fields.py: {sorted(fields - set(FIELDS))}"
    terms = registered().get("TERMS", set()) | registered().get("ACTIONS", set())
    words = {n.label.lower() for n in Normalization} | {m.label for m in WeightMethod}
    assert not words - terms, f"add to TERMS in ui/engine_phrases.py: {sorted(words - terms)}"


# ------------------------------------------------------------------ the criterion dialog


def _form_labels(dialog) -> list[str]:
    texts = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                texts.append(item.widget().text())
    return texts


def test_criterion_dialog_is_french(qtbot, french) -> None:  # noqa: F811 - pytest fixture
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog
    from tests.factories import small_decision

    dialog = CriterionDialog(small_decision().criterion("cost"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Modifier le critère"
    labels = _form_labels(dialog)
    for label in ("&Nom :", "&Type d’échelle :", "&Sens :", "&Unité :", "Borne &basse :", "Borne &haute :"):
        assert label in labels, labels
    assert not {"&Unit:", "Scale &type:", "&Lower bound:"} & set(labels)
    buttons = {b.text() for b in dialog.findChildren(type(dialog.ok_button))}
    assert {"Ajouter un &point", "&Ajouter un niveau"} <= buttons, buttons


def test_criterion_dialog_reads_as_before_in_english(qtbot) -> None:
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog
    from tests.factories import small_decision

    dialog = CriterionDialog(small_decision().criterion("cost"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit criterion"
    assert {"&Unit:", "Scale &type:", "&Lower bound:"} <= set(_form_labels(dialog))


# ------------------------------------------------------------------ the History's Old/New values


def _entry(target: str, old: object, new: object, entry_id: int = 1):
    from counterweight.storage import AuditEntry

    return AuditEntry(id=entry_id, at=datetime(2026, 1, 5, tzinfo=UTC), user="ana", action="Edit", target=target,
                      old=old, new=new)


#: (entry, old and new in French) - a changed notice, a yes/no field, a criterion moved.
CASES = [
    (("decision", {"name": "D", "notice": "draft"}, {"name": "D", "notice": "final"}),
     ("avis : 'draft'", "avis : 'final'"), ("notice: 'draft'", "notice: 'final'")),
    (("decision", {"shared_voice": False, "unit": "kg"}, {"shared_voice": True, "unit": "t"}),
     ("voix commune : non ; unité : 'kg'", "voix commune : oui ; unité : 't'"),
     ("shared voice: no; unit: 'kg'", "shared voice: yes; unit: 't'")),
    (("criterion Cost", {"parent": None, "index": 0}, {"parent": "benefits", "index": 3}),
     ("au premier niveau, 1er", "sous benefits, 4e"), ("at the top level, 1st", "under benefits, 4th")),
    (("source S", {"title": "T", "cited_by": [1, 2]}, None),
     ("T (citée par 2 notes)", "—"), ("T (cited by 2 scores)", "—")),
    # h27n: numbers the window's way; the record stays as stored
    (("weights top level", {"risks": 0.5, "benefits": 0.5}, {"risks": 0.25, "benefits": 0.75}),
     ("risks 0,5, benefits 0,5", "risks 0,25, benefits 0,75"), ("risks 0.5, benefits 0.5", "risks 0.25, benefits 0.75")),
    (("score A × B", {"option_id": "a", "criterion_id": "b", "value": 2.5, "low": 1.25, "high": 3},
      {"option_id": "a", "criterion_id": "b", "value": 1500}),
     ("2,5 (1,25–3)", "1500"), ("2.5 (1.25–3)", "1500")),
]


def _model_rows(qtbot, entries) -> list[tuple[str, str]]:
    from counterweight.ui.models.history_table_model import HistoryTableModel

    model = HistoryTableModel()
    model.set_entries(entries)
    return [(model.index(r, 5).data(), model.index(r, 6).data()) for r in range(model.rowCount())]


def test_history_old_and_new_values_are_french(qtbot, french) -> None:  # noqa: F811 - pytest fixture
    rows = _model_rows(qtbot, [_entry(*case, n) for n, (case, _fr, _en) in enumerate(CASES, 1)])
    assert rows == [fr for _case, fr, _en in CASES]


def test_history_old_and_new_values_read_as_before_in_english(qtbot) -> None:
    from counterweight.services.history_wording import describe_change

    entries = [_entry(*case, n) for n, (case, _fr, _en) in enumerate(CASES, 1)]
    assert _model_rows(qtbot, entries) == [en for _case, _fr, en in CASES]
    assert [describe_change(e) for e in entries] == [en for _case, _fr, en in CASES]


def test_a_long_translated_value_is_cut_like_the_english(qtbot, french) -> None:  # noqa: F811
    from counterweight.services.history_wording import MAX_TEXT

    old = {"rationale": "a", "note": "b", "notice": "c"}
    new = {"rationale": "x" * 50, "note": "y" * 50, "notice": "z" * 50}
    rows = _model_rows(qtbot, [_entry("decision", old, new)])
    assert rows[0][0] == "justification : 'a' ; remarque : 'b' ; avis : 'c'"
    assert rows[0][1].startswith("justification : 'xxx") and rows[0][1].endswith("…")
    assert len(rows[0][1]) == MAX_TEXT and "remarque : 'yyy" in rows[0][1]


# ------------------------------------------------------------------ the robust choice


@pytest.fixture
def perspectives(qtbot, controller):
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel
    from tests.ui.conftest import shown

    return shown(qtbot, PerspectivesPanel(controller), 900, 700)


def test_robust_choice_sentence_is_french(qtbot, french, perspectives) -> None:  # noqa: F811
    # small_decision, base weights and scores only: the weighted sum puts Alpha first (see test_engine_text).
    panel = perspectives
    assert panel.robust_label.text().startswith(
        "Choix robuste : Alpha est en tête selon toutes les perspectives et tous les scénarios (1 combinaison) : "
        "elle n’a donc jamais aucun regret.")
    assert panel.rank_table.horizontalHeaderItem(0).text() == "Poids actuels × Notes de base"


def test_robust_choice_sentence_reads_as_before_in_english(qtbot, perspectives) -> None:
    assert perspectives.robust_label.text().startswith(
        "Robust choice: Alpha is best under every perspective and scenario (1 combination), so it never has "
        "any regret.")
    assert perspectives.rank_table.horizontalHeaderItem(0).text() == "Current weights × Base scores"


def test_robust_choice_json_keeps_plain_english() -> None:
    import json

    from counterweight.services.perspective_analysis import robust_choice
    from tests.factories import small_decision

    data = json.loads(json.dumps(robust_choice(small_decision()).as_dict()))
    assert data["reason"] == ("Alpha is best under every perspective and scenario (1 combination), so it never "
                              "has any regret.")
    assert data["notes"] == ["Add a perspective or a scenario: with the base alone the robust choice is the top "
                             "option."]


# ------------------------------------------------------------------ "% of its range"


def _tiny_flips():
    """The small decision's flip analysis with its first flipping item moved to 1e-5 of its range."""
    from counterweight.services.robustness import flip_analysis, sensitivity_analysis
    from tests.factories import small_decision

    decision = small_decision()
    result = sensitivity_analysis(decision)
    flips = flip_analysis(decision, sensitivity=result)
    at = next(i for i, it in enumerate(flips.items) if it.fraction is not None)
    items = list(flips.items)
    items[at] = dataclasses.replace(items[at], fraction=1e-5)
    return decision, result, dataclasses.replace(flips, items=tuple(items))


def test_cli_share_of_range_never_reads_zero() -> None:
    from counterweight.cli.sensitivity import render_text

    decision, result, flips = _tiny_flips()
    text = " ".join(render_text(decision, result, flips))
    assert "(0.0% of its range)" not in text
    assert "(0.001% of its range)" in text  # 1e-5 of the range is 0.001 %


def test_tornado_share_of_range_never_reads_zero(qapp) -> None:
    from counterweight.charts.tornado_chart import TornadoChart, TornadoItem

    chart = TornadoChart()
    chart.items = [TornadoItem("weight", "Cost", "The weight of Cost", down=0.0004, up=0.25)]
    words = chart.describe_row(0)
    assert "a decrease of 0.04 % of its range" in words  # 0.0004 of the range, not "0.0 %"
    assert "an increase of 25.0 % of its range" in words
