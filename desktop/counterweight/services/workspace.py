"""Where the user's files live, their preferences, and the first-run example project.

The user's data directory is ``COUNTERWEIGHT_HOME`` when that environment variable is
set (tests and portable installs use it), otherwise the platform's user data folder
(``~/.local/share/Counterweight`` on Linux). Preferences are a small versioned JSON
file there; nothing is ever pickled.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError

from counterweight.domain.base import Frozen
from counterweight.locations import example_decision_path, home_folder
from counterweight.services import exchange
from counterweight.services.session import ProjectSession
from counterweight.storage.audit import current_user

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".counterweight"
MAX_RECENT = 10


def home_dir() -> Path:
    """The folder holding the user's default project and preferences (created if needed).

    Readable by its owner only (QA 26 item 5): on a shared workstation other accounts
    could list the projects in it and read the preferences, which name every recent
    project's path. A folder the user chose with ``COUNTERWEIGHT_HOME`` is created so but
    left as it is when it exists; the platform's own folder is made private if an earlier
    version left it open.
    """
    path = home_folder()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and not os.environ.get("COUNTERWEIGHT_HOME"):
        _make_private(path)
    return path


def _make_private(folder: Path) -> None:
    try:
        st = folder.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            folder.chmod(0o700)
    except OSError as exc:  # not ours to change: the files in it are still written privately
        log.warning("Cannot make %s private: %s", folder, exc)


class Preferences(Frozen):
    """User preferences, stored as JSON with a version for future migrations."""

    version: int = 1
    recent_files: Annotated[list[str], Field(max_length=50)] = Field(default_factory=list)
    last_project: str | None = None


def _prefs_path() -> Path:
    return home_dir() / "preferences.json"


def load_preferences() -> Preferences:
    """Read preferences; a missing or unreadable file gives the defaults (and is logged)."""
    path = _prefs_path()
    try:
        return Preferences.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValidationError, ValueError) as exc:
        log.warning("Ignoring unreadable preferences %s: %s", path, exc)
        return Preferences()


def save_preferences(prefs: Preferences) -> None:
    """Write preferences atomically, readable by their owner only."""
    path = _prefs_path()
    tmp = path.with_suffix(".json.tmp")
    tmp.unlink(missing_ok=True)  # a leftover keeps its mode through O_CREAT
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # it names every recent project's path
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(prefs.model_dump(mode="json"), indent=2))
    os.replace(tmp, path)


def remember_project(path: str | Path) -> Preferences:
    """Put ``path`` at the top of the recent files and make it the project reopened next time."""
    p = str(Path(path).resolve())
    prefs = load_preferences()
    recent = [p, *[r for r in prefs.recent_files if r != p]][:MAX_RECENT]
    prefs = prefs.model_copy(update={"recent_files": recent, "last_project": p})
    save_preferences(prefs)
    return prefs


def forget_project(path: str | Path) -> Preferences:
    """Drop ``path`` from the recent files (e.g. it no longer exists)."""
    p = str(Path(path).resolve())
    prefs = load_preferences()
    prefs = prefs.model_copy(
        update={
            "recent_files": [r for r in prefs.recent_files if r != p],
            "last_project": None if prefs.last_project == p else prefs.last_project,
        }
    )
    save_preferences(prefs)
    return prefs


def default_project_path() -> Path:
    """Where the first-run copy of the worked example lives."""
    return home_dir() / f"Example - North Korean troops{PROJECT_SUFFIX}"


def create_example_project(path: Path | None = None) -> Path:
    """Create a project from the shipped example decision (never overwrites)."""
    target = path or default_project_path()
    if not target.exists():
        decision = exchange.read_file(example_decision_path())
        ProjectSession.create(target, decision).close()
    return target


def startup_project() -> Path:
    """The project to open at start-up: the last one used, else the example.

    The last project is returned even when it is no longer there: the window then says
    so, and offers its newest automatic backup, instead of quietly opening the example.
    """
    prefs = load_preferences()
    if prefs.last_project:
        return Path(prefs.last_project)
    return create_example_project()


def new_decision_path(folder: Path | None = None, stem: str = "Untitled decision") -> Path:
    """A non-existing project path such as ``Untitled decision 2.counterweight``."""
    folder = folder or home_dir()
    candidate = folder / f"{stem}{PROJECT_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} {n}{PROJECT_SUFFIX}"
        n += 1
    return candidate


def os_user() -> str:
    """The operating-system account running Counterweight ('' if it cannot be told): a weighting's default
    author, and part of a brief's default preparer (:func:`person_name`)."""
    return current_user(unknown="")


def _full_name(account: str) -> str:
    """The account holder's full name as the system records it ('' when it records none or cannot be read)."""
    try:
        import pwd  # POSIX only
    except ImportError:
        return _windows_display_name()
    try:
        gecos = pwd.getpwnam(account).pw_gecos
    except (KeyError, OSError):
        return ""
    return gecos.split(",")[0].strip()  # "Ann Smith,Room 4,..." -> "Ann Smith"


def _windows_display_name() -> str:
    try:
        import ctypes

        size = ctypes.c_ulong(0)
        get_name = ctypes.windll.secur32.GetUserNameExW  # type: ignore[attr-defined]
        get_name(3, None, ctypes.byref(size))  # 3: NameDisplay; the first call gives the length
        buffer = ctypes.create_unicode_buffer(size.value)
        return buffer.value.strip() if size.value and get_name(3, buffer, ctypes.byref(size)) else ""
    except Exception:  # noqa: BLE001 - no such API, a local account without a display name
        return ""


def person_name() -> str:
    """Who is working, as a brief's "Prepared by" prints it when the user has not typed a name (QA 25 item 10).

    The full name the system records for the account, with the account in brackets
    ("Ann Smith (asmith)"), so that a reader sees a person and can still match the
    history's entries, which record the account; the account alone when no full name is
    recorded (or it is the account itself); '' when not even the account can be told.
    """
    account = os_user()
    full = _full_name(account) if account else ""
    return f"{full} ({account})" if full and full.casefold() != account.casefold() else account
