"""Error messages the window shows can be read in French (h28c).

The errors the engine, the services, the storage and the domain raise to the window (an edit
refused, a project file that will not open or save, weighting judgements that do not add up)
were plain English f-strings, so a French window showed them in English. They are now
:class:`~counterweight.engine.phrase.Phrase` objects: the same English for the command line
and the logs, and a template the window translates.

The French here is a sample translator written in this file (the lead adds the real
translations to the .ts from the helper's list), so the tests check the mechanism, not the
committed .qm: each message must be a phrase whose template the translator is asked for,
with its names quoted the window's way.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from counterweight.domain.errors import CounterweightError

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "counterweight"
CONTEXT = "EngineText"

#: A few templates and their French, as written for the .ts (plain spaces, as the .ts has them).
FRENCH = {
    "'{name}'": "« {name} »",
    "{name}": "{name}",
    "That option or criterion no longer exists.": "Cette option ou ce critère n’existe plus.",
    "{criterion} holds other criteria, so it must stay a group.":
        "{criterion} contient d’autres critères : il doit rester un groupe.",
    "Another option is already called {name}; give each option a name of its own, so that the matrix, the charts "
    "and the brief can tell them apart.":
        "Une autre option s’appelle déjà {name} ; donnez à chaque option un nom qui lui est propre, pour que la "
        "matrice, les graphiques et la note de synthèse puissent les distinguer.",
    "the swing rating of {criterion} must be between 0 and 100 (it is {value:g})":
        "la note de swing de {criterion} doit être comprise entre 0 et 100 (elle vaut {value:g})",
    "Cannot open {file}: the file does not exist.": "Impossible d’ouvrir {file} : le fichier n’existe pas.",
    "Could not write the {what}: {reason}.": "Impossible d’écrire {what} : {reason}.",
    "PDF brief": "la note de synthèse en PDF",
    "Permission denied (the file may be open in another program, or the folder read-only)":
        "Permission refusée (le fichier est peut-être ouvert dans un autre programme, ou le dossier en lecture seule)",
    "{where}: {message}": "{where} : {message}",
}


class SampleFrench(QTranslator):
    """Translates the templates of :data:`FRENCH` under the engine's context; nothing else."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt API
        return FRENCH.get(source, "") if context == CONTEXT else ""


@pytest.fixture
def sample_french(qapp):
    translator = SampleFrench()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _raised(call) -> CounterweightError:
    with pytest.raises(CounterweightError) as info:
        call()
    return info.value


def _in_french(error: CounterweightError) -> str:
    from counterweight.ui.engine_text import engine_text

    return engine_text(error.message)


# ------------------------------------------------------------------ the same English, and French in the window


def test_a_refused_edit_reads_the_same_english_and_translates(sample_french, small_session) -> None:
    from counterweight.domain import Criterion, Option
    from counterweight.services.edits import AddCriterion, SetScore, UpdateCriterion
    from counterweight.services.option_edits import UpdateOption

    d = small_session.decision
    gone = _raised(lambda: small_session.apply(SetScore("no-such-option", d.criteria[0].id, None)))
    assert str(gone) == "That option or criterion no longer exists."
    assert _in_french(gone) == "Cette option ou ce critère n’existe plus."

    # a name with an apostrophe reads as Python's repr wrote it before ("Jo's plan"), in both languages
    first, second = d.options[0], d.options[1]
    small_session.apply(UpdateOption(first.model_copy(update={"name": "Jo's plan"})))
    taken = _raised(lambda: small_session.apply(UpdateOption(Option(id=second.id, name="Jo's plan"))))
    assert str(taken).startswith('Another option is already called "Jo\'s plan"; give each option')
    assert _in_french(taken).startswith('Une autre option s’appelle déjà "Jo\'s plan" ; donnez')

    leaf = d.criteria[-1]
    small_session.apply(AddCriterion(Criterion(id="grp", name="Impacts", scale=None)))
    small_session.apply(AddCriterion(leaf.model_copy(update={"id": "sub", "name": "Jobs", "parent_id": "grp"})))
    scored = small_session.decision.criterion("grp").model_copy(update={"scale": leaf.scale})
    refused = _raised(lambda: small_session.apply(UpdateCriterion(scored)))
    assert str(refused) == "'Impacts' holds other criteria, so it must stay a group."
    assert _in_french(refused) == "« Impacts » contient d’autres critères : il doit rester un groupe."


def test_weighting_problems_read_the_same_english_and_translate(sample_french) -> None:
    from counterweight.engine.weighting import swing_weights

    error = _raised(lambda: swing_weights({"c": 120.0, "d": 100.0}, names={"c": "Cost", "d": "Delay"}))
    assert str(error) == "the swing rating of 'Cost' must be between 0 and 100 (it is 120)"
    assert _in_french(error) == "la note de swing de « Cost » doit être comprise entre 0 et 100 (elle vaut 120)"


def test_file_errors_read_the_same_english_and_translate(sample_french, tmp_path) -> None:
    from counterweight.domain.errors import write_failure
    from counterweight.storage import ProjectStore

    missing = tmp_path / "budget.counterweight"
    error = _raised(lambda: ProjectStore.open(missing))
    assert error.message == "Cannot open \u201cbudget.counterweight\u201d: the file does not exist."
    assert _in_french(error) == "Impossible d’ouvrir \u201cbudget.counterweight\u201d : le fichier n’existe pas."

    from counterweight.ui.engine_text import error_text

    assert error_text(error) == _in_french(error)  # the sentence names the file: no place before it

    failed = write_failure(tmp_path / "brief.pdf", "PDF brief", PermissionError(13, "Permission denied"))
    assert failed.message == ("Could not write the PDF brief: Permission denied (the file may be open in another "
                              "program, or the folder read-only).")
    # the file is named only by the place, so the window puts the place first, as for_window() does in English
    assert error_text(failed) == (f"{tmp_path / 'brief.pdf'} : Impossible d’écrire la note de synthèse en PDF : "
                                  "Permission refusée "
                                  "(le fichier est peut-être ouvert dans un autre programme, ou le dossier en "
                                  "lecture seule).")


# ------------------------------------------------------------------ no English-only message is left in these modules

#: Modules whose user-facing errors reach the window (by the edit's banner, a dialog or the file dialogs).
CONVERTED = [
    "domain/errors.py",
    "engine/ahp.py", "engine/weighting.py",
    "services/analyst_edits.py", "services/batch_edits.py", "services/criterion_scale_change.py",
    "services/edits.py", "services/evidence.py", "services/group.py", "services/history_restore.py",
    "services/marking.py", "services/option_edits.py", "services/packet_undo.py", "services/perspectives.py",
    "services/projects.py", "services/red_lines.py", "services/session.py", "services/source_text.py",
    "services/spreadsheet_files.py",
    "storage/backup_restore.py", "storage/backups.py", "storage/placement.py", "storage/sqlite_io.py",
    "storage/store.py",
]

#: The user-facing error classes (CounterweightError and its subclasses).
USER_ERRORS = {"CounterweightError", "InvalidInputError", "ProjectFileError", "NotAProjectError",
               "ProjectTooNewError", "ReadOnlyProjectError", "ProjectBusyError", "ExchangeFormatError",
               "SourceInUseError"}


def _plain_text(node: ast.expr) -> bool:
    """An f-string, a string literal, or a join of them: English the window cannot translate."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.BinOp) and (_plain_text(node.left) or _plain_text(node.right))


def english_only_errors() -> list[str]:
    """``file:line`` of each user-facing error built from plain text in :data:`CONVERTED`, and of each
    refusal passed plain text (``self._refuse("...")``, ``_damaged(path, "...")``)."""
    found = []
    for rel in CONVERTED:
        tree = ast.parse((PACKAGE / rel).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            texts = node.args[:1] if name in USER_ERRORS else node.args[-1:] if name in (
                "_refuse", "_damaged", "_not_project") else []
            texts += [k.value for k in node.keywords if k.arg == "message" and name in USER_ERRORS]
            if any(_plain_text(t) for t in texts):
                found.append(f"{rel}:{node.lineno}")
    return found


def test_no_english_only_error_is_left_in_the_converted_modules() -> None:
    left = english_only_errors()
    assert not left, f"errors still written as plain English (make them Phrase(...)): {left}"
