"""Translations: the committed .qm files match their .ts sources, French loads, labels are marked."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from counterweight.domain.methods import AggregationMethod, Normalization, PreferenceFunction
from counterweight.ui import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts).getroot()
    found = {}
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            done = t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished")
            found[(ctx.findtext("name") or "", m.findtext("source") or "")] = (t.text or "") if done else ""
    return found


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_committed_qm_matches_ts(lang: str, tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / f"counterweight_{lang}.qm"
    subprocess.run([lrelease, "-silent", str(TRANSLATIONS / f"counterweight_{lang}.ts"), "-qm", str(out)], check=True)
    assert out.read_bytes() == (TRANSLATIONS / f"counterweight_{lang}.qm").read_bytes(), (
        "Run packaging/update-translations.sh: the committed .qm is out of date")


def test_ts_holds_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = _extract(tmp_path)
    missing = set(_messages(fresh)) - set(_messages(TRANSLATIONS / "counterweight_en.ts"))
    assert not missing, f"Run packaging/update-translations.sh; not in the .ts yet: {sorted(missing)[:10]}"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_translator_notes_are_only_the_ones_written_for_translators(lang: str) -> None:
    """lupdate takes every "#:" comment for a note; update-translations.sh keeps only "Translators:" ones."""
    root = ET.parse(TRANSLATIONS / f"counterweight_{lang}.ts").getroot()
    notes = [(m.findtext("source"), m.findtext("extracomment")) for m in root.iter("message")
             if m.find("extracomment") is not None]
    assert notes, "the start-up failure messages carry notes for translators"
    stray = [(src, note) for src, note in notes if not (note or "").startswith("Translators:")]
    assert not stray, f"Run packaging/update-translations.sh; notes not meant for translators: {stray[:3]}"


def test_french_is_substantial_and_loads(qapp) -> None:
    done = {k: v for k, v in _messages(TRANSLATIONS / "counterweight_fr.ts").items() if v and v != k[1]}
    assert len(done) >= 60
    assert "fr" in i18n.available_languages()
    installed = i18n.install_translators(qapp, QLocale("fr"))
    try:
        assert installed
        assert QCoreApplication.translate("MainWindow", "&File") == done[("MainWindow", "&File")]
        assert QCoreApplication.translate("AboutDialog", "Close") != "Close"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_env_override_picks_the_language(monkeypatch) -> None:
    monkeypatch.setenv(i18n.LANG_ENV, "fr_CA")
    assert i18n.chosen_locale().language() == QLocale.Language.French
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    assert i18n.install_translators(QCoreApplication.instance() or QCoreApplication([])) == []


def test_domain_labels_are_marked_for_translation() -> None:
    source = (Path(i18n.__file__).with_name("translatable_labels.py")).read_text(encoding="utf-8")
    for enum in (AggregationMethod, Normalization, PreferenceFunction):
        for member in enum:
            assert f'"MethodSettingsDialog", "{member.label}"' in source, member


def test_no_translation_wrapper_hides_strings_from_lupdate() -> None:
    """lupdate finds ``tr()`` and ``QCoreApplication.translate("Context", "text")`` with a literal
    context; a helper such as ``def _tr(text): return translate("Ctx", text)`` hides every string
    passed to it (the score details, the weighting dialog and the view caption had 40 such)."""
    package = Path(__file__).resolve().parents[2] / "desktop" / "counterweight"
    wrappers = [f"{p.relative_to(package)}:{n}" for folder in ("ui", "charts") for p in (package / folder).rglob("*.py")
                for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                if line.lstrip().startswith("def _tr(")]
    assert not wrappers, wrappers


def test_no_mixin_calls_self_tr() -> None:
    """lupdate files a ``self.tr`` string under the class it is written in, but at run time Qt looks it up
    under the class of the object: a mixin's strings (the criterion dialog's levels and breakpoints) were
    filed under "LevelRows" and looked up under "CriterionDialog", so no translation could ever be found."""
    import ast
    from pathlib import Path

    import counterweight

    root = Path(counterweight.__file__).parent
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(b).split(".")[-1] for b in node.bases]
            calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "tr"
                        and isinstance(n.func.value, ast.Name) and n.func.value.id == "self" for n in ast.walk(node))
            if calls and not any(b.startswith("Q") for b in bases):
                found.append(f"{path.relative_to(root)}: {node.name}")
    assert not found, f"classes that are not Qt classes but call self.tr: {found}"


def _extract(tmp_path: Path) -> Path:
    """Run lupdate over the code as update-translations.sh does, into a fresh .ts in ``tmp_path``."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    src = Path(i18n.__file__).resolve().parent
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", "-extensions", "py", "-locations", "none", str(src), str(src.parent / "charts"),
                    "-ts", str(fresh)], check=True)
    return fresh


def test_no_string_is_filed_under_an_empty_context(tmp_path: Path) -> None:
    """A string lupdate files under no context (``tr = self.tr; tr("D+")``, or a ``tr`` passed to a
    function) is looked up at run time under a class name, so no translation of it can ever be shown.
    About 80 such strings (ranking columns, uncertainty and sensitivity tables and sentences) were."""
    empty = sorted(src for ctx, src in _messages(_extract(tmp_path)) if not ctx)
    assert not empty, f"{len(empty)} strings have no translation context, e.g. {empty[:5]}"


def test_strings_that_had_no_context_come_out_in_french(qapp, qtbot) -> None:
    """One string from each module whose strings were filed under no context (or not extracted) now
    shows in French in the real widget, looked up by the widget itself (not by this test)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QWidget

    from counterweight.engine import evaluate
    from counterweight.ui.models.acceptability_model import AcceptabilityResults
    from counterweight.ui.models.ranking_model import RankingModel
    from counterweight.ui.models.sensitivity_table import COL_CRITERION, ThresholdTable
    from counterweight.ui.widgets.history_panel import HistoryTableModel
    from counterweight.ui.widgets.sensitivity_text import legend_html, verdict_word
    from tests.factories import small_decision

    french = {src for (_ctx, src), text in _messages(TRANSLATIONS / "counterweight_fr.ts").items()
              if text and text != src}
    horizontal, tip, show = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole
    installed = i18n.install_translators(qapp, QLocale("fr"))
    try:
        assert installed
        host = QWidget()
        qtbot.addWidget(host)
        ranking = RankingModel()
        ranking.set_evaluation(evaluate(small_decision(), method=AggregationMethod.TOPSIS))
        assert ranking.headerData(2, horizontal, show) == "D+"  # a symbol, the same in French
        results = AcceptabilityResults(host)
        shown = {
            "Distance to the ideal option; lower is better": ranking.headerData(2, horizontal, tip),
            "Criterion": ThresholdTable(host).table.horizontalHeaderItem(COL_CRITERION).text(),
            "Central weights": results.tabs.tabText(1),
            "When": HistoryTableModel().headerData(1, horizontal, show),
            "Robust": verdict_word("robust")[0],
            "(first)": legend_html([("A", QColor("red"), "top")]).rsplit("&nbsp;", 1)[-1],
        }
        for english, text in shown.items():
            assert english in french, f"no French for {english!r} in the .ts"
            assert text != english, f"{english!r} is still in English with the French translator installed"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_every_count_message_is_plural_and_french_at_any_count(qapp) -> None:
    """A "%n" string passed through QCoreApplication.translate(ctx, text, "", n) used to come out singular from
    lupdate, so Qt dropped its French whenever n > 1 ("350 ranged scores varied..."); update-translations.sh
    makes every such entry plural and keeps its French forms from one run to the next."""
    root = ET.parse(TRANSLATIONS / "counterweight_fr.ts").getroot()
    counted = [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")
               if "%n" in (m.findtext("source") or "")]
    assert len(counted) > 40
    singular = [(name, m.findtext("source")) for name, m in counted if m.get("numerus") != "yes"]
    assert not singular, f"Run packaging/update-translations.sh: {singular[:5]}"
    installed = i18n.install_translators(qapp, QLocale("fr"))
    try:
        for context, text in (("RestoreDialog", "%n entries"),
                              ("AcceptabilityResults", "%n ranged scores varied within their ranges")):
            for n in (1, 350):
                said = QCoreApplication.translate(context, text, "", n)
                assert said != text.replace("%n", str(n)) and str(n) in said, (context, text, n, said)
        assert QCoreApplication.translate("RestoreDialog", "%n entries", "", 1) == "1 entrée"
        assert QCoreApplication.translate("RestoreDialog", "%n entries", "", 350) == "350 entrées"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        i18n.install_translators(qapp, QLocale("en"))
