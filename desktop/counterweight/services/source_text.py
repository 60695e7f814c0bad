"""Importing a source's text from a .txt, .md or .html file, offline and inertly.

Only the named file is read. HTML is taken apart with the standard library's
:class:`html.parser.HTMLParser`, which is a tokenizer and nothing more: it loads no
images, style sheets, scripts or frames, follows no links and runs no code. The
text of ``<script>``, ``<style>`` and similar elements is dropped; images are
dropped with their addresses. Markdown is kept as written (its markup is readable
as plain text).

The result is normalised so that character offsets stay stable: line breaks become
``\\n``, control characters other than tab and newline are removed, runs of blank
lines shrink to one, and leading and trailing blank space is trimmed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from html.parser import HTMLParser
from pathlib import Path

from counterweight.domain import InvalidInputError, new_id
from counterweight.domain.evidence import MAX_SOURCE_CHARS, Source
from counterweight.engine.phrase import Phrase

#: Largest file accepted for import (bytes).
MAX_IMPORT_BYTES = 8 * 1024 * 1024
#: File name endings accepted, and how each is read.
SUPPORTED_SUFFIXES: dict[str, str] = {".txt": "text", ".text": "text", ".md": "markdown",
                                      ".markdown": "markdown", ".html": "html", ".htm": "html"}

_SKIPPED = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
                      "select", "canvas", "audio", "video"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    "caption", "body", "html",
})
#: Block elements set off by a blank line (the others start a new line).
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
                         "dl", "figure", "section", "article", "header", "footer", "hr"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


class _TextExtractor(HTMLParser):
    """Collects the readable text of an HTML page (and its ``<title>``).

    Line breaks asked for by block elements are held back until the next text
    arrives, so nested blocks give one break, not several.
    """

    # Attribute names avoid HTMLParser's own private ones: patched Python releases
    # (e.g. Debian's 3.11.2) use ``self._pending`` inside ``feed()``.
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip: list[str] = []
        self._in_title = False
        self._pre = 0
        self._owed_newlines = 0  # newlines owed before the next text
        self._prefix = ""  # bullet or cell separator owed before the next text
        self._line_start = True

    def _break(self, newlines: int) -> None:
        self._owed_newlines = max(self._owed_newlines, newlines)
        self._prefix = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag in _SKIPPED and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIPPED and tag not in _VOID:
            self._skip.append(tag)
        elif tag == "title":
            self._in_title = True
        elif tag == "br":
            self._break(max(self._owed_newlines, 1))
        elif tag in ("td", "th"):
            if self._owed_newlines == 0 and not self._line_start:
                self._prefix = "\t"
        elif tag in _BLOCKS:
            self._break(2 if tag in _PARAGRAPHS else 1)
            if tag == "li":
                self._prefix = "• "
            elif tag == "pre":
                self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._skip:
            self._break(max(self._owed_newlines, 1))

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:  # also closes elements left open inside it
                del self._skip[len(self._skip) - 1 - self._skip[::-1].index(tag):]
            return
        if tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            if tag == "pre" and self._pre:
                self._pre -= 1
            self._break(2 if tag in _PARAGRAPHS else 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
            return
        if not self._pre:
            data = re.sub(r"\s+", " ", data)
            if self._owed_newlines or self._line_start:
                data = data.lstrip(" ")
            if not data:
                return
        if self._owed_newlines:
            if self.parts:
                self.parts.append("\n" * self._owed_newlines)
            self._owed_newlines = 0
        if self._prefix:
            self.parts.append(self._prefix)
            self._prefix = ""
        self.parts.append(data)
        self._line_start = data.endswith("\n")


def html_to_text(markup: str) -> tuple[str, str]:
    """The readable text of an HTML document and its title.

    Parameters
    ----------
    markup : str
        HTML source text. Nothing it refers to is loaded.

    Returns
    -------
    tuple of str
        ``(title, text)``; the title is ``""`` when the page has none. The text is
        normalised as described in the module notes, with a blank line between
        paragraphs.
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip()
    return title, normalise_text("".join(parser.parts))


def normalise_text(text: str) -> str:
    """Line breaks as ``\\n``, no control characters, at most one blank line in a row, trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _decode(raw: bytes, kind: str, name: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if kind == "html":  # honour a declared character set, if Python knows it
            m = _CHARSET.search(raw[:4096])
            if m:
                try:
                    encoding = codecs.lookup(m.group(1).decode("ascii")).name
                except (LookupError, UnicodeDecodeError):
                    encoding = "utf-8"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            Phrase("The file is not {encoding} text (unreadable byte at position {at}). Save it as UTF-8 and import "
                   "it again.", encoding=encoding.upper(), at=exc.start), where=name) from None


def _title_from_markdown(text: str) -> str:
    for line in text.split("\n"):
        m = re.match(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", line)
        if m:
            return m.group(1)
        if line.strip():
            return ""
    return ""


#: Longest first line of a plain-text file taken as its title.
_TITLE_MAX = 150


def _title_from_plain(text: str) -> str:
    """A plain-text file's first line, when it stands alone (a blank line after it), is short and reads as a
    heading rather than a sentence (it does not end with a full stop, question or exclamation mark)."""
    head, _sep, rest = text.partition("\n\n")
    head = head.strip()
    if not rest or "\n" in head or len(head) > _TITLE_MAX or head.endswith((".", "?", "!")):
        return ""
    return head


def import_source_text(path: str | os.PathLike[str], *, source_id: str | None = None,
                       now: dt.datetime | None = None) -> Source:
    """Read a .txt, .md or .html file into a new :class:`Source` with its plain text.

    Parameters
    ----------
    path : str or PathLike
        The file to import. Only this file is opened.
    source_id : str, optional
        Identifier of the new source (default: a fresh ``src-…`` id).
    now : datetime, optional
        Import time to record (default: the current UTC time).

    Returns
    -------
    Source
        Titled after the HTML ``<title>``, the first Markdown heading, a plain-text
        file's first line when a blank line follows it, or else the file name, with ``imported_from`` set to the file name (not its folder) and the
        reliability not yet judged (grade F).

    Raises
    ------
    InvalidInputError
        The file type is not supported, the file is missing, unreadable, larger than
        :data:`MAX_IMPORT_BYTES`, not valid text in its encoding, empty, or its text
        is longer than a project keeps. The message names the file.
    """
    p = Path(path)
    name = p.name
    kind = SUPPORTED_SUFFIXES.get(p.suffix.lower())
    if kind is None:
        raise InvalidInputError(
            Phrase("Counterweight imports source text from .txt, .md and .html files, not “{kind}”.",
                   kind=p.suffix or name),
            where=name)
    try:
        with open(p, "rb") as fh:
            if os.fstat(fh.fileno()).st_size > MAX_IMPORT_BYTES:
                raise _too_big(name)
            raw = fh.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise InvalidInputError(Phrase("The file does not exist."), where=name) from None
    except IsADirectoryError:
        raise InvalidInputError(Phrase("That is a folder, not a file."), where=name) from None
    except PermissionError:
        raise InvalidInputError(Phrase("You do not have permission to read this file."), where=name) from None
    except OSError as exc:
        raise InvalidInputError(Phrase("The file could not be read ({why}).", why=exc.strerror or str(exc)),
                                where=name) from None
    if len(raw) > MAX_IMPORT_BYTES:  # grew while being read, or a special file
        raise _too_big(name)
    decoded = _decode(raw, kind, name)
    if kind == "html":
        title, text = html_to_text(decoded)
    else:
        text = normalise_text(decoded.removeprefix("\ufeff"))
        title = _title_from_markdown(text) if kind == "markdown" else _title_from_plain(text)
    if not text:
        raise InvalidInputError(Phrase("The file holds no text to import."), where=name)
    if len(text) > MAX_SOURCE_CHARS:
        raise InvalidInputError(
            Phrase("The text is {n:,} characters long; a source can hold at most {most:,}. Import the relevant "
                   "part only.", n=len(text), most=MAX_SOURCE_CHARS), where=name)
    title = (title or p.stem or name)[:200].strip() or name[:200]
    return Source(id=source_id or new_id("src"), title=title, text=text, imported_from=name[-260:],
                  imported_at=now or dt.datetime.now(dt.UTC))


def _too_big(name: str) -> InvalidInputError:
    limit = MAX_IMPORT_BYTES // (1024 * 1024)
    return InvalidInputError(
        Phrase("The file is larger than {limit} MB, the most Counterweight imports as a source. Import the "
               "relevant part only.", limit=limit), where=name)


__all__ = ["MAX_IMPORT_BYTES", "SUPPORTED_SUFFIXES", "html_to_text", "import_source_text", "normalise_text"]
