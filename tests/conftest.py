"""One temp-file database per test and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models.db import close_database, open_database  # noqa: E402
from models.services import staff  # noqa: E402


@pytest.fixture(autouse=True)
def _fast_pins(monkeypatch: pytest.MonkeyPatch) -> None:
    # PBKDF2 at its real cost would make every staff fixture take a fifth of a second.
    monkeypatch.setattr(staff, "PBKDF2_ITERATIONS", 1_000)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "makegood.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Path]:
    open_database(db_path)
    yield db_path
    close_database()


@pytest.fixture
def owner(db: Path) -> staff.StaffMember:
    return staff.create_owner("Olga Owner", "1234")


@pytest.fixture(autouse=True)
def _core_in_plain_english(request: pytest.FixtureRequest) -> None:
    """The core's own English for every test outside tests/ui (whatever a desk test installed before it, in
    any order); the desk's tests install the desk's translators themselves (tests/ui/conftest.py)."""
    if "ui" not in request.node.path.relative_to(Path(__file__).parent).parts[:1]:
        from models import i18n

        i18n.install(None)
        i18n.install_formats(None)

