"""Loading many rows at once (demo data, benchmarks, imports): one transaction, the driver's executemany.

peewee's insert_many builds SQL per batch and is several times slower than the driver at a million rows
(see shared/PERFORMANCE.md), so bulk loads hand the driver plain tuples, converted by each field's own
db_value so the stored text is exactly what peewee would have written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import peewee as pw

from models.db import database, is_sqlite


def next_id(model: type[pw.Model]) -> int:
    return int(model.select(pw.fn.COALESCE(pw.fn.MAX(model._meta.primary_key), 0)).scalar()) + 1


def insert_rows(model: type[pw.Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert ``rows`` (values in ``columns`` order) into ``model``'s table; call inside a transaction."""
    fields = [model._meta.fields[name] for name in columns]
    rows = list(rows)
    if not rows:
        return 0
    table = model._meta.table_name
    if is_sqlite():
        converted = [tuple(field.db_value(value) for field, value in zip(fields, row, strict=True)) for row in rows]
        names = ", ".join(f'"{field.column_name}"' for field in fields)
        marks = ", ".join("?" for _ in fields)
        try:
            database.connection().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', converted)
        except sqlite3.DatabaseError as exc:  # the driver's own error, as peewee would have raised it
            raise pw.DatabaseError(str(exc)) from exc
    else:
        for start in range(0, len(rows), 1000):  # insert_many converts with db_value itself
            model.insert_many(rows[start:start + 1000], fields=fields).execute()
        if "id" in columns:  # keep the server's id sequence ahead of the ids given explicitly
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM \"{table}\"))"
            )
    return len(rows)
