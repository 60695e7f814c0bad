"""Counterweight: offline, auditable multi-criteria decision analysis."""

from counterweight._version import __version__

__all__ = ["__version__"]
