"""Removing what a killed Counterweight process left beside a project (QA pass 24).

The window calls :func:`tidy_beside` each time a project is opened, and an import
from the command line before it writes; a PDF brief is written inside
:func:`writing_brief`. :mod:`counterweight.storage.leftovers` says what counts as a
leftover and how it is proven dead. The GUI and the CLI use this module: they must
not import storage.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from counterweight.storage import leftovers as _store


def tidy_beside(project: str | Path) -> list[Path]:
    """Remove dead leftovers from ``project``'s folder; returns the files removed (each is logged).

    Never raises: a folder that cannot be read or written is left as it is.
    """
    return _store.sweep(Path(project).expanduser().absolute().parent)


@contextlib.contextmanager
def writing_brief(target: str | Path) -> Iterator[None]:
    """Around :func:`counterweight.reports.pdf_brief.write_pdf` to ``target``.

    Tidies the folder first (what an export or import killed there left), then holds
    ``<target>.part.lock`` while the writer fills ``<target>.part``: if the process is
    killed, that lock is what lets a later tidy tell the ``.part`` file is ours and dead.
    """
    out = Path(target).expanduser().absolute()
    _store.sweep(out.parent)
    with _store.holding_partial(out.with_name(out.name + _store.PARTIAL_SUFFIX)):
        yield


__all__ = ["tidy_beside", "writing_brief"]
