"""How numbers and counted nouns are written in plain-English messages and typed input.

The window's messages go through Qt's translations instead (``tr()``, with a separate
string for one); these are the messages of the layers below it, which are English only.
"""

from __future__ import annotations

import re

#: A number written with commas then exactly three digits (``1,500``, ``-2,250``, ``1,234,567``):
#: the commas may separate thousands (1500) or mark decimals (1.5), so the spreadsheet import
#: and the score matrix refuse it. ``0,125`` cannot be a thousands group and ``2,5`` is a plain
#: decimal comma; neither matches.
GROUPED_NUMBER = r"[-+]?[1-9]\d{0,2}(?:,\d{3})+"

#: Letters written right to left: the Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan and Mandaic
#: blocks and their presentation forms, and the historic right-to-left scripts past U+10800. (The
#: bundle leaves out ``unicodedata``, so the blocks are listed rather than looked up.)
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")


def one_line(text: str) -> str:
    """``text`` as one line: control characters, line breaks and runs of spaces become single spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def isolate(text: str) -> str:
    """``text`` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068, U+2069) when it holds
    right-to-left letters, so a Hebrew or Arabic name inside an English sentence or title keeps its own
    direction without turning the English round it ("<name> (0-100 value)", not "(value 100-0)").

    A LEFT-TO-RIGHT MARK (U+200E) goes first: Qt's rich text (chart titles, the brief) takes a line's
    direction from its first letter even inside an isolate, so a title starting with the name would
    still read right to left. Other text is returned as it is. The three marks are invisible."""
    if RIGHT_TO_LEFT.search(text):
        return f"\u200e\u2068{text}\u2069"
    return text


def join_words(items: list[str], last: str = "and") -> str:
    """``a``; ``a and b``; ``a, b and c`` (``last="or"``: ``a, b or c``)."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``"1 score"``, ``"3 scores"``: ``n`` and the noun, in the singular for exactly one.

    ``plural`` is the plural form when it is not ``noun + "s"`` ("set of judgements"
    gives "sets of judgements" only if passed).
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


__all__ = ["GROUPED_NUMBER", "count", "isolate", "join_words", "one_line"]
