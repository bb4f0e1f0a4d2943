"""The first page of the customer list, read before the database layer loads (models/early.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models import early
from models.services import customers
from models.services.customers import CustomerInput
from models.services.staff import StaffMember


def test_the_first_page_is_the_full_list_search(db: Path, owner: StaffMember) -> None:
    for name in ("Zoe Zed", "Ann Archer", "Łucja Łata", "bob brown", "Ann Archer"):
        customers.create_customer(CustomerInput(name=name), owner.id)
    version, rows = early.first_page(db, 3) or (0, [])
    assert rows == customers.search_customers("", limit=3)
    assert [row.name for row in rows] == ["Ann Archer", "Ann Archer", "bob brown"]
    from models.db import SCHEMA_VERSION

    assert version == SCHEMA_VERSION


def test_merged_customers_are_left_out(db: Path, owner: StaffMember) -> None:
    kept = customers.create_customer(CustomerInput(name="Ann Archer"), owner.id)
    gone = customers.create_customer(CustomerInput(name="Anne Archer"), owner.id)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE customer SET merged_into_id = ? WHERE id = ?", (kept.id, gone.id))
    _version, rows = early.first_page(db, 10) or (0, [])
    assert [row.id for row in rows] == [kept.id] == [row.id for row in customers.search_customers("")]


def test_what_it_cannot_read_is_left_to_the_proper_open(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    for target in (tmp_path / "missing.db", text, empty, tmp_path, "postgresql://desk:secret@server/shop",
                   f"sqlite:///{tmp_path / 'x.db'}"):
        assert early.first_page(target, 10) is None
    assert not (tmp_path / "missing.db").exists()


def test_a_url_is_said_without_its_password() -> None:
    assert early.describe("postgresql://desk:secret@server:5432/shop") == "postgresql://desk@server:5432/shop"
    assert early.describe("/var/shop/makegood.db") == "/var/shop/makegood.db"
