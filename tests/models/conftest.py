from __future__ import annotations

from collections.abc import Iterator

import peewee as pw
import pytest

from models.db import close_database, open_database
from tests.models.postgres import URL


@pytest.fixture
def server() -> Iterator[pw.Database]:
    """An empty Makegood database on the test server (every table dropped first)."""
    database = open_database(URL)
    database.execute_sql("DROP SCHEMA public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    close_database()
    database = open_database(URL)
    yield database
    close_database()
