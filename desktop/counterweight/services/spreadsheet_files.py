"""Which files the spreadsheet import takes, and what to say about one it cannot read.

The import reads Excel workbooks (``.xlsx``, ``.xlsm``) and CSV files (``.csv``,
``.tsv``). A file of another kind, or one whose name does not match what is inside
(a CSV file renamed ``.xlsx``), is refused with a sentence that says what the file
seems to be and how to get a file Counterweight reads, instead of the name of a
library's exception (QA pass 22: "BadZipFile").
"""

from __future__ import annotations

from pathlib import Path

from counterweight.domain.errors import InvalidInputError, ProjectFileError
from counterweight.engine.phrase import Phrase, quoted_name

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
SPREADSHEET_SUFFIXES = XLSX_SUFFIXES | CSV_SUFFIXES

#: Larger files are refused before they are opened (a real decision is far smaller).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: At most this many rows per sheet (or CSV lines).
MAX_ROWS = 100_000

#: What to do with a spreadsheet saved in a format Counterweight does not read.
SAVE_AS_XLSX = Phrase("open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)")

#: Formats people commonly try, by their name's ending: what they are.
_KNOWN_OTHERS = {
    ".xls": Phrase("an old Excel 97-2003 workbook (.xls)"),
    ".ods": Phrase("an OpenDocument spreadsheet (.ods), as LibreOffice and OpenOffice save"),
    ".numbers": Phrase("an Apple Numbers spreadsheet (.numbers)"),
    ".xlsb": Phrase("an Excel binary workbook (.xlsb)"),
}


def checked_file(path: str | Path) -> Path:
    """``path`` as a :class:`Path` once it is known to be a file of a size worth reading."""
    p = Path(path)
    if not p.is_file():
        raise ProjectFileError(Phrase("There is no file at {path}.", path=str(p)), where=str(p))
    if p.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInputError(Phrase("The file {name} is larger than {limit} MB, far more than a decision needs; "
                                       "is it the right file?", name=p.name, limit=MAX_FILE_BYTES // (1024 * 1024)),
                                where=str(p))
    return p


def _head(p: Path, size: int = 4096) -> bytes:
    try:
        with p.open("rb") as f:
            return f.read(size)
    except OSError:
        return b""


def content_kind(p: Path) -> str:
    """What the first bytes of ``p`` say it is: ``"xlsx"``, ``"ods"``, ``"xls"``, ``"zip"``, ``"text"`` or ``""``."""
    head = _head(p)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # the compound file of Excel 97-2003
        return "xls"
    if head.startswith(b"PK"):
        if b"opendocument.spreadsheet" in head:  # the first entry of an .ods names its type
            return "ods"
        return "xlsx" if b"[Content_Types].xml" in head or b"xl/" in head else "zip"
    if not head or b"\x00" in head:
        return ""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:  # cut in the middle of a character at the end: still text
        if exc.start < len(head) - 4:
            return ""
    return "text"


def unsupported_file(p: Path) -> InvalidInputError:
    """The refusal for a file whose name ends in something the import does not read."""
    kind = _KNOWN_OTHERS.get(p.suffix.lower())
    what = Phrase("it is {kind}", kind=kind) if kind else Phrase("its name ends in {suffix}", suffix=quoted_name(
        p.suffix)) if p.suffix else Phrase("its name has no ending")
    inside = content_kind(p) if kind is None else ""
    if inside == "text":
        advice = Phrase("If it is a CSV file (values separated by commas, semicolons or tabs), rename it to end in "
                        ".csv; otherwise {save_as}.", save_as=SAVE_AS_XLSX)
    elif inside == "xlsx":
        advice = Phrase("It looks like an Excel workbook: rename it to end in .xlsx.")
    else:
        advice = Phrase("To import it, {save_as}.", save_as=SAVE_AS_XLSX)
    return InvalidInputError(Phrase(
        "Counterweight cannot import {name}: {what}, and the import reads Excel workbooks (.xlsx, .xlsm) and CSV files "
        "(.csv, .tsv). {advice}", name=p.name, what=what, advice=advice), where=str(p))


def unreadable_workbook(p: Path, exc: Exception) -> InvalidInputError:
    """The refusal for a file named ``.xlsx`` (or ``.xlsm``) that openpyxl could not open, with ``exc`` as detail."""
    kind = content_kind(p)
    name = Phrase("{name} is not an Excel workbook ({suffix}), although its name says so", name=p.name,
                  suffix=p.suffix.lower() or ".xlsx")
    if kind == "text":
        message = Phrase("{problem}: it holds text, perhaps a CSV file that was renamed. Rename it to end in .csv, or "
                         "{save_as}.", problem=name, save_as=SAVE_AS_XLSX)
    elif kind in ("xls", "ods"):
        message = Phrase("{problem}: it is {kind}. To import it, {save_as}.", problem=name,
                         kind=_KNOWN_OTHERS["." + kind], save_as=SAVE_AS_XLSX)
    elif kind == "xlsx":
        message = Phrase("{name} looks like an Excel workbook but cannot be read; it may be damaged or protected by a "
                         "password. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), without "
                         "a password.", name=p.name)
    else:
        message = Phrase("{problem}. To import it, {save_as}.", problem=name, save_as=SAVE_AS_XLSX)
    return InvalidInputError(message, where=str(p), detail=f"{type(exc).__name__}: {exc}")


__all__ = [
    "CSV_SUFFIXES", "MAX_FILE_BYTES", "MAX_ROWS", "SAVE_AS_XLSX", "SPREADSHEET_SUFFIXES", "XLSX_SUFFIXES", "checked_file",
    "content_kind", "unreadable_workbook", "unsupported_file",
]
