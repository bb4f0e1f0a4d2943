"""--version: what a support call needs, one per line, without touching any database."""

from __future__ import annotations

import platform
import re
import sqlite3
import tomllib
from pathlib import Path

import peewee
import PySide6
import reportlab
from PySide6.QtCore import qVersion

from models.db import SCHEMA_VERSION
from models.version import __version__
from tests.test_cli import ROOT, run


def test_version_names_makegood_the_schema_and_every_library(tmp_path: Path) -> None:
    result = run("--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"Makegood {__version__}",
        f"Database schema {SCHEMA_VERSION}",
        f"Qt {qVersion()}",
        f"PySide6 {PySide6.__version__}",
        f"peewee {peewee.__version__}",  # type: ignore[attr-defined]
        f"ReportLab {reportlab.Version}",
        f"SQLite {sqlite3.sqlite_version}",
        f"Python {platform.python_version()}",
    ]


def test_version_opens_and_creates_no_database(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    result = run("--db", str(target), "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not target.exists()
    assert not (tmp_path / "data").exists()  # not even the default data folder
    broken = tmp_path / "broken.db"
    broken.write_text("not a database")
    result = run("--db", str(broken), "--version", "check", home=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Makegood ")  # the command after it never ran
    assert broken.read_text() == "not a database"


def test_the_version_is_said_once() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    with (ROOT / "pyproject.toml").open("rb") as fh:
        assert tomllib.load(fh)["project"]["version"] == __version__
