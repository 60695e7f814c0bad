"""Counted nouns in the plain-English messages of the engine, the services and the CLI.

The window's messages go through Qt's translations instead (``tr()``, with a separate
string for one); these are the messages of the layers below it, which are English only.
"""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``"1 score"``, ``"3 scores"``: ``n`` and the noun, in the singular for exactly one.

    ``plural`` is the plural form when it is not ``noun + "s"`` ("set of judgements"
    gives "sets of judgements" only if passed).
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


__all__ = ["count"]
