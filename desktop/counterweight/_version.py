"""The single place the application version is defined."""

__version__ = "0.1.0"
