"""The PDF brief's file on disk: is it whole, and if not, why, in words (Qt-free).

:func:`~counterweight.reports.pdf_brief.write_pdf` writes the brief to ``NAME.pdf.part``
and puts it in place only when it is whole. Qt reports no failed write (QA pass 28: a
disk that filled while the last bytes went out left a PDF cut short that was reported
as written), so a file counts as whole only when it ends with the ``%%EOF`` marker Qt
writes last; when it does not, :func:`unfinished_write` removes it and says why.
"""

from __future__ import annotations

import os
from pathlib import Path

from counterweight.disk_space import low_on_space  # shared with saving a project (h27e)
from counterweight.domain.errors import CounterweightError


def remove_partial(partial: Path) -> None:
    """Remove the unfinished file, if there is one (quietly: the error about the target is what matters)."""
    if partial.is_file():
        try:
            partial.unlink()
        except OSError:
            pass


def finished_pdf(path: Path) -> bool:
    """Whether ``path`` holds a whole PDF: not empty, and ending with the ``%%EOF`` marker Qt writes last."""
    try:
        with open(path, "rb") as f:
            size = f.seek(0, os.SEEK_END)
            f.seek(max(0, size - 1024))
            return size > 0 and b"%%EOF" in f.read()
    except OSError:
        return False


def cannot_write_reason(target: Path, low: bool = False, cut: bool = False) -> str:
    """Why Qt could not write the PDF (it gives no reason): the likeliest one, in words.

    ``low``: the disk is (nearly) full; ``cut``: the file was begun but not finished.
    """
    folder = target.parent
    if not folder.is_dir():
        return "Could not write the PDF brief: the folder does not exist."
    if not os.access(folder, os.W_OK):
        return "Could not write the PDF brief: the folder cannot be written to."
    if low:
        return "Could not write the PDF brief: no space left on the disk. Nothing was written."
    if cut:
        return ("Could not write the whole PDF brief: the file was cut short (is the disk full, or the file too "
                "large for it?). Nothing was written.")
    return "Could not write the PDF brief there."


def unfinished_write(target: Path, partial: Path, failure: CounterweightError | None) -> CounterweightError:
    """The error for a brief that did not end whole in ``partial``, which is removed.

    ``failure`` (the renderer's own error, if it raised one) is kept unless the disk is full
    or the file was begun and cut short: then that is the reason given.
    """
    low = low_on_space(target.parent)  # asked before the partial file is removed and frees its space
    cut = partial.is_file() and partial.stat().st_size > 0
    remove_partial(partial)
    message = failure.message if failure is not None and not (low or cut) else cannot_write_reason(target, low, cut)
    return CounterweightError(message, where=str(target))


__all__ = ["cannot_write_reason", "finished_pdf", "remove_partial", "unfinished_write"]
