"""Makegood's version, said in one place: ``--version``, Help → About and the build read it from here."""

__version__ = "0.1.0"
