"""What a support call needs: this Makegood's version, the database schema it reads and writes, and the
versions of the libraries under it. Reading them opens no database and costs a few imports."""

from __future__ import annotations

import platform
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import peewee
import reportlab

from models.db import SCHEMA_VERSION
from models.version import __version__


@dataclass(frozen=True)
class Component:
    name: str
    version: str

    def line(self) -> str:
        return f"{self.name} {self.version}"


def components(toolkit: Sequence[Component] = ()) -> tuple[Component, ...]:
    """Makegood and its schema first, then ``toolkit`` (Qt and PySide6, which only the desk may import),
    then the database, PDF and language layers underneath."""
    return (
        Component("Makegood", __version__),
        Component("Database schema", str(SCHEMA_VERSION)),
        *toolkit,
        Component("peewee", peewee.__version__),  # type: ignore[attr-defined]  # missing from its stubs
        Component("ReportLab", reportlab.Version),
        Component("SQLite", sqlite3.sqlite_version),
        Component("Python", platform.python_version()),
    )
