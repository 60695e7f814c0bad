"""Collect the licence notices of everything a PyInstaller build redistributes.

Used by ``counterweight.spec`` at build time, in the build environment. Given the source
paths of every file the Analysis collected, it works out who owns each one:

1. an installed Python distribution (the file is listed in its ``RECORD``);
2. the Python interpreter itself (the standard library, ``libpython``), whose
   ``LICENSE.txt`` is taken from the interpreter that runs the build;
3. on Debian-like systems, a system package (a host library such as ``libsqlite3``),
   whose ``/usr/share/doc/<package>/copyright`` is taken.

For a Python distribution the licence files come from its own metadata: everything under
``*.dist-info/licenses/``, files named ``LICENSE*``, ``LICENCE*``, ``COPYING*`` or ``NOTICE*``
in the ``.dist-info`` folder, and the files its ``License-File`` fields name. A distribution
whose wheel carries none (the PySide6 and shiboken6 wheels) gets the standard text of the
licence its metadata declares, from the build system's ``/usr/share/common-licenses``
(or the folder named by ``LICENSE_TEXTS_DIR``). Nothing here writes a licence text; it only
writes the index, ``README.txt``.

Qt's own libraries carry third-party code compiled in (ICU beside them; PCRE2, HarfBuzz, libpng
and others inside): their notices are kept in ``packaging/licence-texts/qt-third-party/`` (see its
README.md) and listed by :data:`QT_PARTS`, each added when the Qt library holding it is collected.

The result goes in the bundle as ``licenses/<name>/<file>`` plus ``licenses/README.txt``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

#: Folder of the bundle (relative to its contents directory) that holds the notices.
LICENSES_DIR = "licenses"
#: Name of the generated index inside :data:`LICENSES_DIR`.
INDEX_NAME = "README.txt"
#: Folder name used for the Python interpreter's notice.
PYTHON_NAME = "cpython"

_NOTICE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)([-._].*)?", re.IGNORECASE)

#: The standard texts kept with the recipes (verbatim FSF texts, which may be copied unchanged).
_SHIPPED_TEXTS = Path(__file__).resolve().parent.parent / "licence-texts"
#: Standard licence texts (files of /usr/share/common-licenses) for SPDX identifiers, used
#: only when a distribution ships no licence file. The LGPL v3 is a set of additional
#: permissions on top of the GPL v3, so both texts go with it.
_STANDARD_TEXTS: dict[str, tuple[str, ...]] = {
    "LGPL-3.0-only": ("LGPL-3", "GPL-3"),
    "LGPL-3.0-or-later": ("LGPL-3", "GPL-3"),
    "LGPL-2.1-only": ("LGPL-2.1",),
    "LGPL-2.1-or-later": ("LGPL-2.1",),
    "GPL-3.0-only": ("GPL-3",),
    "GPL-3.0-or-later": ("GPL-3",),
    "GPL-2.0-only": ("GPL-2",),
    "GPL-2.0-or-later": ("GPL-2",),
    "Apache-2.0": ("Apache-2.0",),
    "MPL-2.0": ("MPL-2.0",),
}


# The table of the third-party code inside Qt lives beside this file (the spec puts this folder on sys.path).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_notices import (  # noqa: E402, F401 - re-exported: the spec and the tests read them here
    QT_FILES_EXAMINED,
    QT_PARTS,
    QT_PARTS_CHECKED_FOR,
    QT_PARTS_FOLDER,
    QT_PARTS_ORIGIN,
    QtPart,
)


def qt_parts_notices(library_names: Iterable[str], texts_dir: Path) -> tuple[list[Notice], list[str]]:
    """Notices (all in :data:`QT_PARTS_FOLDER`) of the :data:`QT_PARTS` whose library is among
    ``library_names`` (file names of everything collected), and the texts they name that
    ``texts_dir`` lacks (the build stops on any)."""
    names = set(library_names)
    notices: list[Notice] = []
    missing: list[str] = []
    for part in QT_PARTS:
        if not any(re.fullmatch(part.library, n) for n in names):
            continue
        absent = [f for f in part.files if not (texts_dir / f).is_file()]
        missing += [f"{part.name}: {texts_dir / f}" for f in absent]
        if not absent:
            notices.append(Notice(QT_PARTS_FOLDER, part.name, part.version, part.licence, QT_PARTS_ORIGIN,
                                  tuple((f, texts_dir / f) for f in part.files)))
    return notices, missing


class LicenceError(RuntimeError):
    """A bundled component has no licence file the build could find."""


@dataclass(frozen=True)
class Notice:
    """The licence files of one redistributed component.

    Attributes
    ----------
    folder : str
        Folder name under ``licenses/`` (a normalised distribution or package name).
    name, version : str
        As the component's metadata gives them.
    licence : str
        The licence as declared (SPDX expression, ``License`` field or classifiers).
    origin : str
        Where the component comes from, in words, for the index.
    files : tuple of (str, Path)
        ``(name inside the folder, source file)`` pairs.
    """

    folder: str
    name: str
    version: str
    licence: str
    origin: str
    files: tuple[tuple[str, Path], ...]


def normalise(name: str) -> str:
    """Distribution name in the normalised form of PEP 503 (``PySide6_Addons`` -> ``pyside6-addons``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    parts: list[str] = []
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 200:
        parts.append(field)
    parts += [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(dict.fromkeys(parts)) or "not declared in its metadata"


def metadata_licence_files(dist: metadata.Distribution) -> list[tuple[str, Path]]:
    """Licence files that a distribution's own metadata ships.

    Parameters
    ----------
    dist : importlib.metadata.Distribution
        An installed distribution.

    Returns
    -------
    list of (str, Path)
        ``(name to give it, path)``: files under ``*.dist-info/licenses/`` keep their path
        below that folder; other notice files in the ``.dist-info`` folder keep their name.
    """
    found: dict[str, Path] = {}
    declared = set(dist.metadata.get_all("License-File") or [])
    for entry in dist.files or []:
        parts = entry.parts
        info = next((i for i, p in enumerate(parts) if p.endswith((".dist-info", ".egg-info"))), None)
        if info is None:
            continue
        inner = parts[info + 1:]
        if not inner:
            continue
        if inner[0] == "licenses" and len(inner) > 1:
            name = "/".join(inner[1:])
        elif len(inner) == 1 and (_NOTICE_FILE.fullmatch(inner[0]) or inner[0] in declared):
            name = inner[0]
        else:
            continue
        path = Path(str(dist.locate_file(entry)))
        if path.is_file():
            found.setdefault(name, path)
    return sorted(found.items())


def standard_texts(expression: str, texts_dir: Path) -> list[tuple[str, Path]]:
    """Standard licence texts for the first alternative of ``expression`` that has them.

    For ``"LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"`` that is the LGPL v3 (with the
    GPL v3 it builds on). Returns an empty list when no alternative has a text in ``texts_dir``.
    """
    for alternative in re.split(r"\s+OR\s+", expression.strip("() ")):
        names = _STANDARD_TEXTS.get(alternative.strip("() "))
        if names and all((texts_dir / n).is_file() for n in names):
            return [(n, texts_dir / n) for n in names]
    return []


def python_licence() -> Path | None:
    """``LICENSE.txt`` of the Python interpreter running this code, if it has one."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for candidate in (stdlib / "LICENSE.txt", stdlib / "LICENSE", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def _file_owners() -> dict[Path, metadata.Distribution]:
    owners: dict[Path, metadata.Distribution] = {}
    for dist in metadata.distributions():
        for entry in dist.files or []:
            owners.setdefault(Path(str(dist.locate_file(entry))).resolve(), dist)
    return owners


@cache
def _python_folders() -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    paths = sysconfig.get_paths()
    return (tuple({Path(paths[k]).resolve() for k in ("stdlib", "platstdlib")}),
            tuple({Path(paths[k]).resolve() for k in ("purelib", "platlib")}))


def _in_stdlib(path: Path) -> bool:
    roots, site = _python_folders()
    if any(path.is_relative_to(s) for s in site):
        return False
    return any(path.is_relative_to(r) for r in roots) or path.name.startswith("libpython")


def _debian_owners(paths: Iterable[Path]) -> dict[Path, str]:
    """System package owning each path, asked of ``dpkg-query -S`` (empty where there is no dpkg)."""
    query = shutil.which("dpkg-query")
    paths = list(paths)
    if not query or not paths:
        return {}
    variants: dict[str, Path] = {}
    for path in paths:
        for form in {str(path), str(path.resolve())}:
            variants[form] = path
            for a, b in (("/usr/lib/", "/lib/"), ("/lib/", "/usr/lib/")):
                if form.startswith(a):
                    variants[b + form[len(a):]] = path
    out = subprocess.run([query, "-S", *variants], capture_output=True, text=True, check=False).stdout
    owners: dict[Path, str] = {}
    for line in out.splitlines():
        package, sep, where = line.partition(": ")
        if sep and where in variants and not line.startswith("diversion"):
            owners.setdefault(variants[where], package.split(",")[0].split(":")[0].strip())
    return owners


def _debian_notice(package: str) -> Notice | None:
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    if not copyright_file.is_file():
        return None
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                             capture_output=True, text=True, check=False).stdout.strip()
    return Notice(package, package, version or "unknown", "see the copyright file",
                  "system library copied from the build system (Debian package)", (("copyright", copyright_file),))


def collect(sources: Iterable[str | os.PathLike[str]], *, skip: Collection[str] = (),
            also: Collection[str] = (), texts_dir: Path | None = None,
            qt_texts_dir: Path | None = None) -> tuple[list[Notice], list[Path]]:
    """Find the licence notices for a set of collected files.

    Parameters
    ----------
    sources : iterable of path
        Source paths of the files going into the bundle (missing paths are ignored).
    skip : collection of str
        Distributions not to list (the application itself).
    also : collection of str
        Distributions to list even without a collected file (PyInstaller, whose bootloader
        becomes the executable).
    texts_dir : Path, optional
        Folder of standard licence texts: ``LICENSE_TEXTS_DIR``, else ``packaging/licence-texts``
        (the FSF's LGPL-3 and GPL-3, kept in the repository so every platform's build finds them).
    qt_texts_dir : Path, optional
        Folder of the texts :data:`QT_PARTS` names (default ``packaging/licence-texts/qt-third-party``).

    Returns
    -------
    notices : list of Notice
        One per component, sorted by folder name.
    unowned : list of Path
        Collected files nobody could be found to own (build outputs, the application's own files).

    Raises
    ------
    LicenceError
        When a bundled component has no licence file at all, or a text :data:`QT_PARTS` names is missing.
    """
    texts_dir = texts_dir or Path(os.environ.get("LICENSE_TEXTS_DIR", str(_SHIPPED_TEXTS)))
    skipped = {normalise(s) for s in skip}
    owners = _file_owners()
    dists: dict[str, metadata.Distribution] = {}
    uses_python = False
    rest: list[Path] = []
    collected: set[str] = set()
    for source in sources:
        path = Path(source)
        if not path.is_file():
            continue
        collected.add(path.name)
        path = path.resolve()
        dist = owners.get(path)
        if dist is not None:
            dists.setdefault(normalise(dist.metadata["Name"]), dist)
        elif _in_stdlib(path):
            uses_python = True
        else:
            rest.append(path)
    for name in also:
        dist = metadata.distribution(name)
        dists.setdefault(normalise(dist.metadata["Name"]), dist)

    notices: list[Notice] = []
    missing: list[str] = []
    for folder, dist in sorted(dists.items()):
        if folder in skipped:
            continue
        licence = _declared_licence(dist)
        files = metadata_licence_files(dist)
        origin = "Python package"
        if not files:
            files = standard_texts(licence, texts_dir)
            origin = f"Python package; its wheel has no licence file: standard texts from {texts_dir}"
        if not files:
            missing.append(f"{dist.metadata['Name']} ({licence})")
            continue
        notices.append(Notice(folder, dist.metadata["Name"], dist.version, licence, origin, tuple(files)))
    if uses_python:
        licence_file = python_licence()
        if licence_file is None:
            missing.append("Python (no LICENSE.txt beside the standard library)")
        else:
            notices.append(Notice(PYTHON_NAME, "Python", sys.version.split()[0], "PSF-2.0 (with its history and the"
                                  " licences of the code it includes)", "the Python interpreter and standard library",
                                  (("LICENSE.txt", licence_file),)))
    debian = _debian_owners(rest)
    for package in sorted(set(debian.values())):
        notice = _debian_notice(package)
        if notice is None:
            missing.append(f"Debian package {package} (no /usr/share/doc/{package}/copyright)")
        else:
            notices.append(notice)
    qt_notices, qt_missing = qt_parts_notices(collected, qt_texts_dir or _SHIPPED_TEXTS / QT_PARTS_FOLDER)
    notices += qt_notices
    missing += [f"the notice of {m}" for m in qt_missing]
    if missing:
        raise LicenceError(f"no licence file found for: {', '.join(missing)}. For a package whose wheel has none,"
                           f" standard texts are looked up in {texts_dir} (set LICENSE_TEXTS_DIR to a folder"
                           " holding e.g. LGPL-3 and GPL-3, as in Debian's /usr/share/common-licenses)")
    unowned = [p for p in rest if p not in debian]
    return sorted(notices, key=lambda n: n.folder.lower()), unowned


def index_text(notices: Iterable[Notice], app: str, version: str) -> str:
    """The plain-text index of the ``licenses`` folder (``README.txt``)."""
    lines = [
        f"Third-party software in {app} {version}",
        "",
        f"{app} redistributes the components below. Each folder here holds the licence",
        "files that came with the component (for Python packages: from their own metadata).",
        "",
        "Qt, PySide6 and shiboken6 are used under the GNU LGPL version 3. They stay separate",
        "shared libraries, which can be replaced with other builds of the same Qt version.",
        "In the Linux bundle: the Qt libraries in _internal/PySide6/Qt/lib/ (the",
        "_internal/libQt6*.so.6 names are links to them), Qt's plugins in",
        "_internal/PySide6/Qt/plugins/, the PySide6 and shiboken6 modules in _internal/PySide6/",
        "and _internal/shiboken6/. Their source code: https://download.qt.io/official_releases/",
        "(Qt) and https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6, shiboken6).",
        "",
        f"The entries whose origin is \"{QT_PARTS_ORIGIN}\" are third-party code compiled into",
        "Qt's libraries, or shipped beside them (ICU). Their notices, in " + QT_PARTS_FOLDER + "/, are",
        "copies of the licence files of those projects as Debian distributes them, some for an",
        "older version than the one in Qt: " + QT_PARTS_FOLDER + "/README.md says which.",
        "",
    ]
    for n in notices:
        lines.append(f"{n.name} {n.version}".rstrip())
        lines.append(f"  licence: {n.licence}")
        lines.append(f"  origin:  {n.origin}")
        lines += [f"  file:    {n.folder}/{name}" for name, _ in n.files]
        lines.append("")
    return "\n".join(lines)


def bundle_entries(notices: Iterable[Notice], index: Path) -> list[tuple[str, str, str]]:
    """PyInstaller ``datas`` entries ``(destination, source, "DATA")`` for the notices and the index."""
    entries = {f"{LICENSES_DIR}/{INDEX_NAME}": str(index)}
    for n in notices:  # several Qt parts share a text: each file goes in once
        for name, path in n.files:
            entries.setdefault(f"{LICENSES_DIR}/{n.folder}/{name}", str(path))
    return [(dest, source, "DATA") for dest, source in entries.items()]
