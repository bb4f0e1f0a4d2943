"""The database: one proxy the entities bind to, opening with checks, pragmas, schema version and migrations.

``open_database`` takes a file path (SQLite, the default) or a peewee database URL (``postgresql://...``).
Every way a file can be wrong — not SQLite, made by a newer Makegood, read-only, locked, in a missing
folder — ends in one ``DatabaseOpenError`` sentence, and the file is left exactly as it was.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import peewee as pw

from models.early import describe as describe  # re-exported: callers know it as models.db.describe
from models.errors import DatabaseOpenError, DeskError
from models.i18n import CORE
from models.textfold import search_fields

database = pw.DatabaseProxy()

SCHEMA_VERSION = 8
SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000


def rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (peewee's type hints would call them model instances)."""
    return list(query.tuples())


def is_sqlite(db: pw.Database | pw.DatabaseProxy | None = None) -> bool:
    target = db if db is not None else database
    obj = target.obj if isinstance(target, pw.DatabaseProxy) else target
    return isinstance(obj, pw.SqliteDatabase)


def open_database(
    target: str | os.PathLike[str], *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    notify: Callable[[str], None] | None = None, check_index: bool = True,
) -> pw.Database:
    """Open (creating or upgrading when needed) the Makegood database at ``target`` and bind the entities to it.

    ``notify`` hears, in one sentence, about a repair made while opening (a rebuilt search index). The desk
    passes ``check_index=False`` and checks the index in the background once its window is up (the full check
    reads the whole index: about half a second at 100,000 customers).
    """
    close_database()  # one database at a time per process
    text = os.fspath(target)
    if "://" in text and not text.startswith("sqlite:"):
        db = _connect_url(text)
    else:
        if text.startswith("sqlite:"):
            from playhouse import db_url

            text = db_url.parse(text)["database"] or ""
        if not text.strip() or text == ":memory:" or text.startswith("file::memory:") or "mode=memory" in text:
            raise DatabaseOpenError(
                CORE.tr("Makegood keeps its records in a file: an in-memory database would lose everything when "
                        "the desk closes. Give a file path (or leave --db out for the usual one)."))
        db = _connect_sqlite(Path(text).expanduser(), busy_timeout_ms)
    database.initialize(db)
    try:
        _ensure_schema(db, describe(target))
        repaired = check_search_index(db) if check_index else None
        if repaired and notify is not None:
            notify(f"{describe(target)}: {repaired}")
    except DeskError:
        close_database()
        raise
    except pw.OperationalError as exc:
        close_database()
        raise _explain(exc, describe(target)) from None
    return db


def close_database() -> None:
    obj = database.obj
    if obj is not None:
        obj.close_all() if hasattr(obj, "close_all") else obj.close()
        database.initialize(None)


# ---------------------------------------------------------------------------------------------- opening

def _explain(exc: Exception, where: str) -> DatabaseOpenError:
    reason = str(exc).lower()
    if "locked" in reason or "busy" in reason:
        return DatabaseOpenError(CORE.tr("{where} is in use by another program (it is locked); close it and try "
                                         "again.").format(where=where))
    if "readonly" in reason or "read-only" in reason:
        return DatabaseOpenError(CORE.tr("{where} is read-only; Makegood needs to save to it.").format(where=where))
    if "not a database" in reason or "malformed" in reason:
        return DatabaseOpenError(CORE.tr("{where} is not a Makegood database (it is not a readable SQLite "
                                         "file).").format(where=where))
    return DatabaseOpenError(CORE.tr("{where} cannot be opened: {reason}").format(where=where, reason=exc))


def _connect_url(url: str) -> pw.Database:
    from playhouse import db_url  # only for servers: a shop PC on a file never loads it

    try:
        parsed = urlparse(url)
        db: pw.Database
        if parsed.scheme in ("postgres", "postgresql"):
            db = _desk_postgresql()(**db_url.parseresult_to_dict(parsed))
        else:
            db = db_url.connect(url)
        db.connect()
    except Exception as exc:  # the driver's own error types vary (psycopg2, psycopg3, missing driver)
        raise DatabaseOpenError(CORE.tr("Cannot connect to {server}: {reason}").format(
                                    server=describe(url), reason=str(exc).strip().splitlines()[0])) from None
    if isinstance(db, pw.PostgresqlDatabase):
        encoding = str(db.execute_sql("SHOW server_encoding").fetchone()[0])
        if encoding.upper() not in ("UTF8", "UTF-8"):
            db.close()
            # SQL_ASCII or a one-script encoding would turn "Łucja" or "Ольга" into an error or into garbage
            raise DatabaseOpenError(
                CORE.tr("{server} stores text as {encoding}; Makegood needs a UTF8 database (CREATE DATABASE ... "
                        "ENCODING 'UTF8').").format(server=describe(url), encoding=encoding)
            )
    return db


@functools.cache
def _desk_postgresql() -> type[pw.PostgresqlDatabase]:
    from playhouse.shortcuts import ReconnectMixin  # only for servers, like db_url

    class DeskPostgresqlDatabase(ReconnectMixin, pw.PostgresqlDatabase):
        """A shared server as the desk uses it: when the server went away (restarted, network down), the next
        action opens a new connection instead of failing for ever. Never inside a transaction: a write cut off by
        the server is rolled back there and said in one sentence (models.errors), so nothing is half-saved."""

        reconnect_errors = (
            (pw.OperationalError, "server closed the connection"),
            (pw.OperationalError, "terminating connection"),
            (pw.OperationalError, "connection"),
            (pw.InterfaceError, "connection already closed"),
            (pw.InterfaceError, "the connection is closed"),
        )

    return DeskPostgresqlDatabase


class DeskSqliteDatabase(pw.SqliteDatabase):
    """SQLite as the desk uses it: write transactions take the lock up front, and a rollback after SQLite already
    rolled back (a full disk, an I/O error) does not hide the real error behind "no transaction is active"."""

    def rollback(self) -> None:
        connection = self.connection()
        if not connection.in_transaction:
            return
        super().rollback()


def _connect_sqlite(path: Path, busy_timeout_ms: int) -> pw.Database:
    where = str(path)
    if not path.parent.is_dir():
        raise DatabaseOpenError(CORE.tr("The folder {parent} does not exist.").format(parent=path.parent))
    if path.is_dir():
        raise DatabaseOpenError(CORE.tr("{where} is a folder, not a database file.").format(where=where))
    if path.exists():
        _check_existing_file(path)
    db = DeskSqliteDatabase(
        str(path),
        pragmas={
            "busy_timeout": busy_timeout_ms,
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "normal",
        },
        timeout=busy_timeout_ms / 1000,
        # Every write transaction takes the write lock up front (BEGIN IMMEDIATE), so a second desk waits up
        # to the busy timeout for it; a deferred BEGIN that reads first fails at once with "locked" in WAL mode.
        lock_type="IMMEDIATE",
    )
    try:
        db.connect()
    except (pw.OperationalError, pw.DatabaseError) as exc:
        db.close()
        raise _explain(exc, where) from None
    return db


def _check_existing_file(path: Path) -> None:
    """Refuse, before any write, a file that is not ours to open."""
    where = str(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except PermissionError:
        raise DatabaseOpenError(CORE.tr("{where} cannot be read (permission denied).").format(where=where)) from None
    if header and header != SQLITE_MAGIC:
        raise DatabaseOpenError(CORE.tr("{where} is not a Makegood database (it is not a SQLite file).").format(
                                    where=where))
    mode = path.stat().st_mode
    # Root may write anywhere; a file marked read-only still means "do not change me".
    if not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise DatabaseOpenError(CORE.tr("{where} is read-only; Makegood needs to save to it.").format(where=where))
    if not header:
        return  # an empty file: SQLite treats it as a new database
    try:
        probe = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return
    try:
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "schema_version" not in tables:
            raise DatabaseOpenError(CORE.tr("{where} is a SQLite file but not a Makegood database.").format(
                                        where=where))
        if "schema_version" in tables:
            row = probe.execute("SELECT MAX(version) FROM schema_version").fetchone()
            version = int(row[0] or 0)
            if version > SCHEMA_VERSION:
                raise DatabaseOpenError(
                    CORE.tr("{where} was saved by a newer Makegood (schema {version}; this one reads up to "
                            "{supported}). Update Makegood to open it.").format(
                        where=where, version=version, supported=SCHEMA_VERSION)
                )
    except sqlite3.DatabaseError as exc:
        raise _explain(exc, where) from None
    finally:
        probe.close()


# ---------------------------------------------------------------------------------------------- schema


def schema_version(db: pw.Database) -> int:
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _set_version(db: pw.Database, version: int) -> None:
    db.execute_sql("DELETE FROM schema_version")
    db.execute_sql(f"INSERT INTO schema_version (version) VALUES ({int(version)})")


def _ensure_schema(db: pw.Database, where: str) -> None:
    tables = db.get_tables()
    if not tables:
        with db.atomic():
            _create_latest(db)
        return
    if "schema_version" not in tables:
        raise DatabaseOpenError(CORE.tr("{where} is a database but not a Makegood database.").format(where=where))
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise DatabaseOpenError(
            CORE.tr("{where} was saved by a newer Makegood (schema {version}; this one reads up to "
                    "{supported}).").format(where=where, version=version, supported=SCHEMA_VERSION)
        )
    if version < SCHEMA_VERSION:
        # One transaction for the whole upgrade: a failure leaves the file at its old version.
        try:
            with db.atomic():
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[step](db)
                _set_version(db, SCHEMA_VERSION)
        except Exception as exc:
            raise DatabaseOpenError(
                CORE.tr("{where} could not be upgraded from schema {version} to {supported} ({reason}); it was "
                        "left as it was.").format(
                    where=where, version=version, supported=SCHEMA_VERSION, reason=exc)
            ) from exc


def _create_latest(db: pw.Database) -> None:
    from models.entities import ALL_MODELS

    db.execute_sql("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.create_tables(ALL_MODELS)
    _create_search_index(db)
    _set_version(db, SCHEMA_VERSION)


# The FTS5 index reads the folded text the services store in customer.search_text (see models.textfold);
# triggers keep it in step with every insert, update and delete, whoever writes the row.
_FTS_SQL = (
    "CREATE VIRTUAL TABLE customer_fts USING fts5(search_text, content='customer', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    "CREATE TRIGGER customer_fts_ai AFTER INSERT ON customer BEGIN "
    "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER customer_fts_ad AFTER DELETE ON customer BEGIN "
    "INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER customer_fts_au AFTER UPDATE OF search_text ON customer BEGIN "
    "INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


_FTS_SHADOW = ("customer_fts_data", "customer_fts_idx", "customer_fts_docsize", "customer_fts_config")
_FTS_TRIGGERS = ("customer_fts_ai", "customer_fts_ad", "customer_fts_au")


def check_search_index(db: pw.Database) -> str | None:
    """Check that the customer search index exists, is whole and answers; rebuild it when it does not.

    Returns a sentence saying what was repaired, or None when the index was fine (or the server has none).
    """
    if not is_sqlite(db):
        return None
    names = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master").fetchall()}
    missing = None
    if "customer_fts" not in names or not set(_FTS_TRIGGERS) <= names:
        missing = True
    else:
        try:
            # rank 1: also compare the index with the customer rows it was built from
            db.execute_sql("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)")
            db.execute_sql("SELECT rowid FROM customer_fts WHERE customer_fts MATCH 'a*' LIMIT 1").fetchall()
        except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return None  # another desk is writing to it right now: it answers; the next start checks it
            missing = False
    if missing is None:
        return None
    with db.atomic():
        for trigger in _FTS_TRIGGERS:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        try:
            with db.atomic():
                db.execute_sql("DROP TABLE IF EXISTS customer_fts")
        except (pw.DatabaseError, sqlite3.DatabaseError):
            # too damaged to even open (and so to drop): give it the shadow tables of a fresh, empty index first
            _reset_fts_shadow_tables(db)
            db.execute_sql("DROP TABLE customer_fts")
        for shadow in _FTS_SHADOW:
            db.execute_sql(f"DROP TABLE IF EXISTS {shadow}")
        _create_search_index(db)
    count = db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    if missing:
        sentence = (CORE.tr("the customer search index was missing and has been rebuilt (1 customer).") if count == 1
                    else CORE.tr("the customer search index was missing and has been rebuilt ({count} customers).",
                                 "", count))
    else:
        sentence = (CORE.tr("the customer search index was damaged and has been rebuilt (1 customer).") if count == 1
                    else CORE.tr("the customer search index was damaged and has been rebuilt ({count} customers).",
                                 "", count))
    return sentence.format(count=f"{count:,}")


def _reset_fts_shadow_tables(db: pw.Database) -> None:
    db.execute_sql(_FTS_SQL[0].replace("customer_fts", "customer_fts_fresh", 1))
    for shadow in _FTS_SHADOW:
        fresh = shadow.replace("customer_fts", "customer_fts_fresh")
        (sql,) = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (fresh,)).fetchone()
        db.execute_sql(f"DROP TABLE IF EXISTS {shadow}")
        db.execute_sql(sql.replace(fresh, shadow, 1))
        db.execute_sql(f"INSERT INTO {shadow} SELECT * FROM {fresh}")
    db.execute_sql("DROP TABLE customer_fts_fresh")


def _create_search_index(db: pw.Database) -> None:
    if not is_sqlite(db):
        _create_pg_search_index(db)
        return
    for sql in _FTS_SQL:
        db.execute_sql(sql)
    db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")


# ---------------------------------------------------------------------------------------------- migrations


def _migrate_2_search(db: pw.Database) -> None:
    """Schema 2: folded search text and sort key on customers, the FTS5 index over them."""
    # Plain ADD COLUMN with a default, never playhouse's migrator: on SQLite it rebuilds the table and drops the
    # old one, and with foreign keys on that DROP deletes every visit and complaint (ON DELETE CASCADE).
    db.execute_sql("ALTER TABLE customer ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE customer ADD COLUMN sort_key VARCHAR(255) NOT NULL DEFAULT ''")
    db.execute_sql('CREATE INDEX "customer_sort_key_id" ON "customer" ("sort_key", "id")')
    refold_customers(db)
    _create_search_index(db)


def refold_customers(db: pw.Database) -> None:
    """Recompute every customer's search text and sort key: run by each migration that changes the folding."""
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'country_code'").fetchone()
    try:
        country_code = str(json.loads(row[0])) if row else "44"
    except ValueError:
        country_code = "44"
    query = db.execute_sql("SELECT id, name, phone, email, postcode, city, merged_into_id FROM customer")
    found = query.fetchall()
    folded = {cid: search_fields(name, phone, email, postcode, city, country_code)
              for cid, name, phone, email, postcode, city, _ in found}
    # a customer merged into another keeps that one findable by the merged name (models/services/merge.py)
    merged_words: dict[int, list[str]] = {}
    for cid, *_, into in found:
        if into is not None and into in folded:
            merged_words.setdefault(into, []).extend(folded[cid][0].split())
    updates = []
    for cid, (text, sort_key) in folded.items():
        have = text.split()
        extra = [w for w in dict.fromkeys(merged_words.get(cid, [])) if w not in have]
        updates.append((text + "".join(" " + w for w in extra), sort_key, cid))
    if is_sqlite(db):  # one statement for all rows: a shop with 100,000 customers upgrades in seconds
        db.connection().executemany("UPDATE customer SET search_text = ?, sort_key = ? WHERE id = ?", updates)
    else:
        cursor = db.cursor()
        cursor.executemany("UPDATE customer SET search_text = %s, sort_key = %s WHERE id = %s", updates)


def _migrate_3_promise_kind(db: pw.Database) -> None:
    """Schema 3: what a promise is (a call back, the quick action agreed, or the follow-up afterwards)."""
    db.execute_sql("ALTER TABLE promise ADD COLUMN kind VARCHAR(255) NOT NULL DEFAULT 'call_back'")


def _migrate_4_trust(db: pw.Database) -> None:
    """Schema 4: customers carry a version (two desks editing one customer), staff carry their wrong-PIN count
    and lockout, and the search text is folded again ("sergey" finds "Сергей", "obrien" finds "O'Brien")."""
    db.execute_sql("ALTER TABLE customer ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.execute_sql("ALTER TABLE staff ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0")
    db.execute_sql("ALTER TABLE staff ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0")
    db.execute_sql(f"ALTER TABLE staff ADD COLUMN locked_until {'DATETIME' if is_sqlite(db) else 'TIMESTAMP'}")
    refold_customers(db)


def _migrate_5_vouchers(db: pw.Database) -> None:
    """Schema 5: who issued, redeemed and voided each voucher; a customer's vouchers in date order."""
    for column in ("issued_by_id", "redeemed_by_id", "voided_by_id"):
        db.execute_sql(f'ALTER TABLE voucher ADD COLUMN "{column}" INTEGER REFERENCES staff (id) ON DELETE SET NULL')
        db.execute_sql(f'CREATE INDEX "voucher_{column}" ON "voucher" ("{column}")')
    db.execute_sql('CREATE INDEX "voucher_customer_id_issued_at" ON "voucher" ("customer_id", "issued_at")')


# PostgreSQL searches customer.search_text with ILIKE '% word%' (models.services.customers). A trigram GIN index
# (pg_trgm) answers exactly that pattern from an index, any word position, with no second copy of the text to keep
# in step; PostgreSQL full-text search would need its own prefix syntax and still scan for phone-digit fragments.
PG_SEARCH_INDEX = "customer_search_text_trgm"


def _create_pg_search_index(db: pw.Database) -> None:
    try:
        with db.atomic():  # a savepoint: a server without the pg_trgm extension still opens, searching without it
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except pw.DatabaseError:
        return
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{PG_SEARCH_INDEX}" ON "customer" '
                   "USING gin (search_text gin_trgm_ops)")


def _migrate_6_pg_search_index(db: pw.Database) -> None:
    """Schema 6: on PostgreSQL, a trigram index for the customer search (SQLite already has its FTS5 index)."""
    if not is_sqlite(db):
        _create_pg_search_index(db)


def _migrate_7_trend_indexes(db: pw.Database) -> None:
    """Schema 7: covering indexes for the owner's trends (a period's visits and complaints read from the index
    alone: twelve months over a million visits in a few hundred ms)."""
    db.execute_sql('CREATE INDEX "visit_date_service_staff_id_amount_cents" ON "visit" '
                   '("date", "service", "staff_id", "amount_cents")')
    # peewee's own name for the index entities.py declares (it shortens long names with a hash)
    db.execute_sql('CREATE INDEX "complaint_received_at_customer_id_visit_id_first_contact_b3633fe" '
                   'ON "complaint" ("received_at", "customer_id", "visit_id", '
                   '"first_contact_at", "resolved_at", "satisfaction", "root_cause")')


def _migrate_customer_language(db: pw.Database) -> None:
    """Schema 8: the language a customer's letters and vouchers are printed in ('' = the business's default)."""
    db.execute_sql("ALTER TABLE customer ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT ''")


MIGRATIONS: dict[int, Callable[[pw.Database], None]] = {
    2: _migrate_2_search,
    3: _migrate_3_promise_kind,
    4: _migrate_4_trust,
    5: _migrate_5_vouchers,
    6: _migrate_6_pg_search_index,
    7: _migrate_7_trend_indexes,
    8: _migrate_customer_language,
}
