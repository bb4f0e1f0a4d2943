"""The versions a support call asks for, Qt's included: ``--version`` prints them, Help → About shows them."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion

from models.services.about import Component, components


def version_lines() -> list[str]:
    """One line each: Makegood, the database schema, Qt, PySide6, peewee, ReportLab, SQLite, Python."""
    toolkit = (Component("Qt", qVersion()), Component("PySide6", PySide6.__version__))
    return [component.line() for component in components(toolkit)]
