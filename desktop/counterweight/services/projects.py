"""Opening any decision file, import and export: the use-cases behind File menu and CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from counterweight import __version__
from counterweight.domain import Criterion, Decision, NumericScale, Option, new_id
from counterweight.domain.direction import with_applied_directions
from counterweight.domain.errors import CounterweightError, ProjectFileError
from counterweight.engine.phrase import Phrase
from counterweight.services import exchange, import_origin
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import PROJECT_SUFFIX
from counterweight.storage import ProjectStore

JSON_SUFFIXES = {".json"}


def is_project_file(path: Path) -> bool:
    return path.suffix.lower() == PROJECT_SUFFIX


def load_decision(path: str | Path) -> Decision:
    """Read a decision from a ``.counterweight`` project or an exchange ``.json`` file.

    The project is opened read-only, so reading never changes it.
    """
    return read_for_import(path)[0]


def export_json(source: str | Path | Decision, out: str | Path) -> Path:
    """Write a decision (or the decision in a file) as exchange JSON at ``out``, stamped with the time."""
    decision = source if isinstance(source, Decision) else load_decision(source)
    target = Path(out)
    exchange.write_file(target, decision, exported_at=exchange.now(), app_version=__version__)
    return target


def read_for_import(path: str | Path) -> tuple[Decision, dict[str, Any]]:
    """The decision in a file to import and the record of where it came from (:mod:`.import_origin`).

    The record becomes the first entry of the new project's history ("Import project").
    An exchange file is read once: the record keeps the format version it was written in
    (:func:`.import_origin.read_json`), and each rising or falling value function's direction
    is stored with the decision (the breakpoints decide it, domain/direction.py; a file
    written by hand or by another program may keep the default beside a falling function).
    """
    p = Path(path)
    if not p.exists():
        raise ProjectFileError(Phrase("There is no file at {path}.", path=str(p)), where=str(p))
    if p.suffix.lower() in JSON_SUFFIXES:
        envelope, origin = import_origin.read_json(p)
        return with_applied_directions(envelope.decision), origin
    if is_project_file(p):
        with ProjectStore.open(p, read_only=True) as store:
            return store.load(), import_origin.project_origin(p)
    raise CounterweightError(
        Phrase("{name} is neither a Counterweight project ({suffix}) nor a decision file (.json).", name=p.name,
               suffix=PROJECT_SUFFIX),
        where=str(p),
    )


def import_json(json_path: str | Path, out: str | Path, *, overwrite: bool = False) -> Path:
    """Create the project ``out`` from an exchange JSON file. Nothing is written if it is invalid."""
    decision, origin = read_for_import(json_path)
    target = Path(out)
    if target.suffix.lower() != PROJECT_SUFFIX:
        target = target.with_name(target.name + PROJECT_SUFFIX)
    ProjectSession.create(target, decision, overwrite=overwrite, origin=origin).close()
    return target


def blank_decision(title: str = "Untitled decision", *,
                   option_names: tuple[str, str] = ("Option 1", "Option 2"),
                   criterion_name: str = "Criterion 1") -> Decision:
    """A small starting decision: two options and one criterion, ready to edit.

    The names are the caller's (the window passes them in the user's language); the
    defaults match the names the window gives items it inserts ("Option 3" comes next).
    """
    crit = Criterion(id=new_id("crit"), name=criterion_name, scale=NumericScale(lower=0, upper=10))
    return Decision(
        id=new_id("decision"),
        title=title[:200],  # QA 28: the window names it after the file, and a file name may be longer
        options=[Option(id=new_id("opt"), name=name) for name in option_names],
        criteria=[crit],
    )
