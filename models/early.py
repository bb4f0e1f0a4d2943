"""What the desk shows before its database layer has loaded (ui/app.py): the database's name as a person reads
it, and the first page of the customer list read straight from the SQLite file.

Only the standard library here: importing peewee and the entities takes longer than the whole first paint.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple


class CustomerRow(NamedTuple):
    """One line of the customer list (a named tuple: importing dataclasses here would cost the list ~3 ms)."""

    id: int
    name: str
    phone: str
    email: str
    postcode: str
    city: str
    sort_key: str


# The whole list in name order, merged customers left out (customers.search_customers("") on SQLite uses it
# too). Walking the name index and stopping at a full page takes ~0.1 ms at 100,000 customers; left to itself
# SQLite picks the merged_into_id index and sorts every customer (~30 ms).
LIST_SQL = ("SELECT id, name, phone, email, postcode, city, sort_key FROM customer INDEXED BY customer_sort_key_id "
            "WHERE merged_into_id IS NULL")
LIST_ORDER = " ORDER BY sort_key, id LIMIT ?"
LIST_AFTER = " AND (sort_key, id) > (?, ?)"


def describe(target: str | os.PathLike[str]) -> str:
    """The database as a person should read it: a path, or a URL without its password."""
    text = os.fspath(target)
    if "://" in text and "@" in text:
        scheme, rest = text.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return text


def first_page(target: str | os.PathLike[str], limit: int) -> tuple[int, list[CustomerRow]] | None:
    """The file's schema version and its first ``limit`` customers in name order, read without writing.

    None when ``target`` is not an existing SQLite file that reads this way (a server, a file still to be
    created, a schema without the list's columns, a damaged file): opening it properly says what is wrong.
    """
    text = os.fspath(target)
    if "://" in text or text.startswith("file:") or not os.path.isfile(text):
        return None
    try:
        connection = sqlite3.connect(Path(text).resolve().as_uri() + "?mode=ro", uri=True, timeout=0.2)
        try:
            version = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
            found = connection.execute(LIST_SQL + LIST_ORDER, (limit,)).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return int(version or 0), [CustomerRow(*row) for row in found]
