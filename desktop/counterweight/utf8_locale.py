"""A UTF-8 character type for Qt when the session's locale is C/POSIX (Linux).

Qt needs a UTF-8 ``LC_CTYPE``. Under a C or POSIX locale (``LC_ALL=C``, or a bare ``su -``
session with no ``LANG`` at all) it switches to ``C.UTF-8`` by itself and prints a four-line
"Detected locale "C" with character encoding ..." warning on stderr, at every start of the
window and of ``report``. Counterweight makes the same switch first, quietly, before Qt is
imported: the character type becomes ``C.UTF-8``; every other category (messages, dates,
numbers) keeps the user's setting. Child processes (the window's own Export brief) inherit it.

Only on Linux: Qt's check is there, and glibc has ``C.UTF-8`` (elsewhere the name may not
exist; Windows has no such variables).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def _is_utf8(codeset: str) -> bool:
    return codeset.replace("-", "").replace("_", "").lower() == "utf8"


def ctype_codeset() -> str:
    """The character encoding the environment's locale gives (what Qt will find), or "" if unknown."""
    import locale

    try:
        saved = locale.setlocale(locale.LC_CTYPE)
        try:
            locale.setlocale(locale.LC_CTYPE, "")
            return locale.nl_langinfo(locale.CODESET)
        finally:
            locale.setlocale(locale.LC_CTYPE, saved)
    except (locale.Error, ValueError, AttributeError):
        return ""


def use_utf8_ctype(environ: MutableMapping[str, str] = os.environ, codeset: str | None = None) -> bool:
    """Set ``LC_CTYPE=C.UTF-8`` when the locale's encoding is not UTF-8; True when it did.

    ``LC_ALL`` overrides every category, so when it is set it is replaced by the same value
    in ``LANG`` (every category but the character type keeps it; the ``LC_*`` variables it
    was hiding are dropped, as they had no effect).
    """
    codeset = ctype_codeset() if codeset is None else codeset
    if _is_utf8(codeset):
        return False
    everything = environ.pop("LC_ALL", "")
    if everything:
        for name in [n for n in environ if n.startswith("LC_")]:
            del environ[name]
        environ["LANG"] = everything
    environ["LC_CTYPE"] = "C.UTF-8"
    return True


def ensure_utf8_ctype() -> bool:
    """:func:`use_utf8_ctype` on Linux before Qt's application object exists; True when it changed the locale.

    Importing ``PySide6.QtCore`` is not too late (a frozen bundle's PyInstaller hook imports it at
    start-up): Qt reads the locale when the ``QCoreApplication`` is made. Once one exists, nothing
    is changed (a test process, or a caller that started Qt itself).
    """
    if not sys.platform.startswith("linux"):
        return False
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        return False
    return use_utf8_ctype()
