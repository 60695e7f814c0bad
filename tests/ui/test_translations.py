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
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    src = Path(i18n.__file__).resolve().parent
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", "-extensions", "py", "-locations", "none", str(src), str(src.parent / "charts"),
                    "-ts", str(fresh)], check=True)
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
