"""The engine's and services' sentences in French in the window, and every template marked for lupdate.

The engine and the services build sentences as ``Phrase("template", field=value)``
(:mod:`counterweight.engine.phrase`); the window translates them through
:mod:`counterweight.ui.engine_text`. lupdate cannot read Qt-free code, so the templates
are listed in :mod:`counterweight.ui.engine_phrases`: the first tests read the source
with ``ast`` and fail when a template (or an edit's label, which the History panel
shows as its Action) is not listed. Run this file as a script to print the missing
``QT_TRANSLATE_NOOP`` lines.

The French tests look at what the real widgets show with the committed French
translation loaded; the expected words are written here from the French glossary of
the .ts (option, critère, note, ligne rouge...), not read from the code under test.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "counterweight"
CONTEXT = "EngineText"


# ------------------------------------------------------------------ reading the source


def _literals(node: ast.expr) -> list[str] | None:
    """The texts a template argument can take: a literal, or each branch of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, other = _literals(node.body), _literals(node.orelse)
        return None if body is None or other is None else body + other
    return None


def _files(*folders: str) -> Iterator[tuple[str, Path, ast.AST]]:
    for folder in folders:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            yield folder, path, ast.parse(path.read_text(encoding="utf-8"))


def phrase_templates() -> tuple[set[str], list[str]]:
    """Every template of a ``Phrase(...)`` call in engine/, services/, storage/ and domain/ (h28c: their
    error messages), and the calls whose template is not a literal (lupdate could not be given those)."""
    found: set[str] = set()
    bad: list[str] = []
    for _folder, path, tree in _files("engine", "services", "storage", "domain"):
        the_class = path.name == "phrase.py"  # rebuilds phrases from stored templates (not literals)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Phrase":
                texts = _literals(node.args[0]) if node.args else None
                if texts is None:
                    if not the_class:
                        bad.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
                else:
                    found.update(texts)
    return found, bad


def _label_text(node: ast.expr, folder: str) -> str | None:
    if folder != "ui":
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
    # the window passes labels as self.tr("..."): recorded in English when the window is in English
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
            and node.args and isinstance(node.args[0], ast.Constant)):
        return node.args[0].value
    return None


def action_labels() -> set[str]:
    """Texts the history records as an entry's action: edits' labels (class defaults, ``label=``
    arguments, the labels of ``Restore`` inverses), the ``*_ACTION`` constants and the events the
    services and the store record."""
    found: set[str] = set()
    for folder, _path, tree in _files("services", "storage", "ui"):
        for node in ast.walk(tree):
            values: list[ast.expr] = []
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id in ("label", "counter_label") and node.value is not None:
                values.append(node.value)
            elif isinstance(node, ast.Assign) and folder != "ui" \
                    and any(isinstance(t, ast.Name) and t.id.endswith("_ACTION") for t in node.targets):
                values.append(node.value)
            elif isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name == "Level":  # a scale level's label, not an edit's
                    continue
                values += [k.value for k in node.keywords if k.arg in ("label", "counter_label")
                           or (k.arg == "action" and folder != "ui")]
                if name == "Restore" and len(node.args) >= 3:
                    values.append(node.args[2])
                if name == "record_event" and node.args:
                    values.append(node.args[0])
            elif isinstance(node, ast.FunctionDef) and folder != "ui":
                params = node.args.args + node.args.kwonlyargs
                defaults = ([None] * (len(node.args.args) - len(node.args.defaults)) + list(node.args.defaults)
                            + list(node.args.kw_defaults))
                values += [d for p, d in zip(params, defaults, strict=True) if p.arg == "label" and d is not None]
            found.update(t for t in (_label_text(v, folder) for v in values) if t)
    return found


def registered() -> dict[str, set[str]]:
    """The texts marked in engine_phrases.py, service_phrases.py and error_phrases.py, per tuple name, under
    :data:`CONTEXT`."""
    out: dict[str, set[str]] = {}
    nodes = [node for name in ("engine_phrases.py", "service_phrases.py", "error_phrases.py")
             for node in ast.parse((PACKAGE / "ui" / name).read_text(encoding="utf-8")).body]
    for node in nodes:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            for call in ast.walk(node.value):
                if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP":
                    context, text = (a.value for a in call.args)  # type: ignore[attr-defined]
                    assert context == CONTEXT, f"{text!r} is marked under {context!r}"
                    out.setdefault(node.targets[0].id, set()).add(text)
    return out


def _noop_lines(texts: set[str]) -> str:
    import json
    return "\n".join(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {json.dumps(t, ensure_ascii=False)}),' for t in sorted(texts))


# ------------------------------------------------------------------ every template is marked


def test_every_template_is_a_literal() -> None:
    _found, bad = phrase_templates()
    assert not bad, f"Phrase() templates that are not string literals (lupdate cannot list them): {bad}"


def test_every_template_is_marked_for_translation() -> None:
    found, _bad = phrase_templates()
    assert len(found) > 90  # the scan itself works (about a hundred templates when written)
    marked = registered().get("TEMPLATES", set())
    missing, stale = found - marked, marked - found
    assert not missing, f"add to TEMPLATES in ui/engine_phrases.py:\n{_noop_lines(missing)}"
    assert not stale, f"no longer used, remove from TEMPLATES in ui/engine_phrases.py: {sorted(stale)}"


def test_every_history_action_is_marked_for_translation() -> None:
    found = action_labels()
    assert {"Set score", "Change weight", "Add red line", "Create project", "Import elicitation packet"} <= found
    missing = found - registered().get("ACTIONS", set())
    assert not missing, f"add to ACTIONS in ui/engine_phrases.py:\n{_noop_lines(missing)}"


def test_vocabulary_in_sentences_is_marked_for_translation() -> None:
    from counterweight.domain.elements import Direction
    from counterweight.domain.methods import AggregationMethod, Normalization

    labels = {m.label for enum in (AggregationMethod, Normalization, Direction) for m in enum}
    missing = labels - registered().get("TERMS", set())
    assert not missing, f"add to TERMS in ui/engine_phrases.py:\n{_noop_lines(missing)}"


def test_one_phrase_is_one_message_for_translators() -> None:
    """h27c: "{names} and {n} more" (dominance) and "{items} and {n} more" (history values) were the same phrase
    under two message ids; both now come from engine.phrase.and_more, registered once."""
    import re

    from counterweight.engine.dominance import _some_names
    from counterweight.services.history_values import _more

    marked = set().union(*registered().values())
    assert [t for t in marked if re.fullmatch(r"\{\w+\} and \{n\} more", t)] == ["{items} and {n} more"]
    assert {"{cells}; and {n} more", " (and {n} more)"} <= marked  # these read differently: kept apart
    names = _some_names([f"O{i}" for i in range(9)])
    assert names.template == _more(["a", "b"], 5).template == "{items} and {n} more"  # type: ignore[attr-defined]


# ------------------------------------------------------------------ French in the window


def _troubled_decision():
    """The small decision with Alpha's cost missing, every effect 5 (a constant column under
    min-max) and a red line on cost at 9 $bn that excludes Bravo (cost 10)."""
    from counterweight.domain import Normalization
    from counterweight.domain.methods import RedLine, RedLineAction
    from tests.factories import small_decision

    d = small_decision()
    scores = [s.model_copy(update={"value": 5.0, "low": None, "high": None}) if s.criterion_id == "effect" else s
              for s in d.scores if (s.option_id, s.criterion_id) != ("a", "cost")]
    method = d.method.model_copy(update={"normalization": Normalization.MIN_MAX})
    line = RedLine(id="cap", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE, note="Budget cap")
    return d.model_copy(update={"scores": scores, "method": method, "red_lines": [line]})


@pytest.fixture
def troubled(qtbot, tmp_path):
    from tests.ui.conftest import controller_on

    yield from controller_on(tmp_path / "troubled.counterweight", _troubled_decision())


def _ranking_panel(qtbot, controller):
    from counterweight.ui.widgets.ranking_panel import RankingPanel
    from tests.ui.conftest import shown

    return shown(qtbot, RankingPanel(controller), 520, 640)


def test_ranking_notes_and_breaches_are_french(qtbot, french, troubled) -> None:
    panel = _ranking_panel(qtbot, troubled)
    notes = panel.diagnostic_messages()
    # Written from the .ts glossary: note = score, critère = criterion, ligne rouge = red line.
    assert "« Alpha » n’a pas de note sur « Cost » ; elle est traitée comme la pire note possible (valeur 0)." in notes
    assert ("Toutes les options ont la même note sur 'Effect', qui ne peut donc pas les distinguer ; "
            "chaque option y reçoit la valeur pleine (1).") in notes
    assert ("« Alpha » n’a pas de note centrale sur « Cost » : sa ligne rouge ne peut pas être vérifiée ; "
            "l’option n’est pas considérée comme la franchissant.") in notes
    english = {d.message for d in troubled.evaluation.diagnostics}
    assert len(english) >= 3 and not english & set(notes), "a note is still in English"
    assert panel.breach_messages() == ["Bravo franchit « Cost ne doit pas dépasser 9 $bn » (10 $bn) — exclue"]
    tip = panel.red_lines_box.breaches.item(0).toolTip()
    assert tip == ("« Bravo » obtient 10 $bn sur « Cost », au-dessus de la ligne rouge de 9 $bn (plus bas est mieux) ; "
                   "elle est exclue du classement. Raison de cette ligne rouge : Budget cap.")


def test_ranking_notes_read_as_before_in_english(qtbot, troubled) -> None:
    panel = _ranking_panel(qtbot, troubled)
    notes = panel.diagnostic_messages()
    assert "'Alpha' has no score on 'Cost'; it is treated as the worst possible score (value 0)." in notes
    assert ("Every option has the same score on 'Effect', so it cannot tell the options apart; each option gets "
            "the full value (1) on it.") in notes
    assert panel.breach_messages() == ["Bravo breaches 'Cost must not exceed 9 $bn' (10 $bn) — excluded"]


def test_nothing_ranked_is_french(qtbot, french, tmp_path) -> None:
    from counterweight.domain.methods import RedLine, RedLineAction
    from tests.factories import small_decision
    from tests.ui.conftest import controller_on

    line = RedLine(id="all", criterion_id="cost", limit=1, action=RedLineAction.EXCLUDE)
    for controller in controller_on(tmp_path / "none.counterweight",
                                    small_decision().model_copy(update={"red_lines": [line]})):
        notes = _ranking_panel(qtbot, controller).diagnostic_messages()
        assert notes[0] == "Chaque option est exclue par une ligne rouge : aucune option n’est classée."


def test_history_action_and_what_are_french(qtbot, french, controller) -> None:
    from counterweight.domain import Score
    from counterweight.services.edits import SetScore, SetWeight
    from counterweight.ui.widgets.history_panel import HistoryPanel

    assert controller.submit(SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=7))) is None
    assert controller.submit(SetWeight("cost", 3)) is None
    controller.undo_stack.undo()
    panel = HistoryPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    m = panel.model
    rows = [(m.index(r, 3).data(), m.index(r, 4).data()) for r in range(m.rowCount())]
    assert rows[:3] == [("Annulation : Changer un poids", "poids Cost"), ("Changer un poids", "poids Cost"),
                        ("Saisir une note", "note Bravo × Effect")]
    assert rows[3][0] == "Créer le projet"
    assert m.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "weight Cost"  # the target as recorded


def test_compare_summary_is_french(qtbot, french, controller) -> None:
    from counterweight.ui.widgets.comparison_panel import ComparisonPanel
    from tests.ui.conftest import shown

    panel = shown(qtbot, ComparisonPanel(controller), 520, 560)
    # small_decision: the weighted product puts Charlie first, VIKOR proposes Alpha and Charlie (QA 21), the rest Alpha.
    assert panel.summary_label.text() == (
        "Les méthodes divergent sur l’option en tête : Somme pondérée, TOPSIS et PROMETHEE II mettent "
        "« Alpha » en tête ; Produit pondéré met « Charlie » en tête ; VIKOR propose l’ensemble de compromis "
        "« Alpha » et « Charlie ».")


def test_compare_summary_reads_as_before_in_english(qtbot, controller) -> None:
    from counterweight.ui.widgets.comparison_panel import ComparisonPanel
    from tests.ui.conftest import shown

    panel = shown(qtbot, ComparisonPanel(controller), 520, 560)
    assert panel.summary_label.text() == (
        "Methods disagree on the top option: Weighted sum, TOPSIS and PROMETHEE II put 'Alpha' first; "
        "Weighted product puts 'Charlie' first; VIKOR proposes the compromise set 'Alpha' and 'Charlie'.")


def test_a_translation_that_does_not_fit_shows_the_english(qapp) -> None:
    """A translation naming a field the template does not have must not hide the message."""
    from PySide6.QtCore import QTranslator

    from counterweight.engine.phrase import Phrase
    from counterweight.ui.engine_text import engine_text

    class Broken(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt API
            return "{nom} sans note" if context == CONTEXT and source == "{option} has no score" else ""

    text = Phrase("{option} has no score", option="Alpha")
    broken = Broken()
    qapp.installTranslator(broken)
    try:
        assert engine_text(text) == "Alpha has no score"
    finally:
        qapp.removeTranslator(broken)


def test_nested_phrases_and_terms_are_translated(french) -> None:
    from counterweight.engine.phrase import Phrase
    from counterweight.ui.engine_text import engine_text, term_text

    inner = Phrase("{method} cannot place the option, so it is listed after the ranked options without a rank",
                   method=Phrase.term("Weighted product"))
    text = Phrase("'{option}' has no score on '{criterion}'; {consequence}.", option="Alpha",
                  criterion="Cost", consequence=inner)
    assert engine_text(text) == ("« Alpha » n’a pas de note sur « Cost » ; Produit pondéré ne peut pas placer "
                                 "l’option : elle est listée après les options classées, sans rang.")
    assert term_text("lower is better") == "plus bas est mieux"
    assert engine_text("typed by the user {x}") == "typed by the user {x}"  # plain text is never looked up


if __name__ == "__main__":  # print what engine_phrases.py lacks
    found, bad = phrase_templates()
    marked = registered()
    print("# not literals:", bad, file=sys.stderr)
    print("# TEMPLATES\n" + _noop_lines(found - marked.get("TEMPLATES", set())))
    print("# ACTIONS\n" + _noop_lines(action_labels() - marked.get("ACTIONS", set())))
