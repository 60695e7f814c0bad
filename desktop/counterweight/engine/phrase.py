"""The engine's and the services' name for :mod:`counterweight.domain.phrase`.

:class:`Phrase` moved to the domain (h28c) so that the storage's error messages, which may not
import the engine, can be phrases too; everything imports it from here as before.
"""

from __future__ import annotations

from counterweight.domain.phrase import Figure, Phrase, _rebuild, and_more, comma_joined, quoted_name, quoted_names

__all__ = ["Figure", "Phrase", "_rebuild", "and_more", "comma_joined", "quoted_name", "quoted_names"]
