"""Shared desks on PostgreSQL: every migration from a frozen schema, the search index, imports and checks, and
a server that goes away mid-session.

Runs when MAKEGOOD_TEST_POSTGRES_URL names a server database the tests may wipe (.ci/run starts a throw-away
server); the restart test also needs MAKEGOOD_TEST_POSTGRES_CTL, a command taking stop|start (.ci/run sets it).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import psycopg2
import pytest

from models import db as dbmod
from models.db import SCHEMA_VERSION, close_database, open_database, schema_version
from models.entities import Customer
from models.errors import DatabaseUnavailable, as_desk_error
from models.services import backup, customers, importing, staff
from models.services.customers import CustomerInput

URL = os.environ.get("MAKEGOOD_TEST_POSTGRES_URL", "")
CTL = os.environ.get("MAKEGOOD_TEST_POSTGRES_CTL", "")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
pytestmark = pytest.mark.skipif(not URL, reason="set MAKEGOOD_TEST_POSTGRES_URL to test on PostgreSQL")


def _wipe() -> None:
    con = psycopg2.connect(URL)
    con.autocommit = True
    con.cursor().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    con.close()


@pytest.fixture
def server() -> Iterator[pw.Database]:
    close_database()
    _wipe()
    database = open_database(URL)
    yield database
    close_database()


def _shape() -> dict[str, list[str]]:
    con = psycopg2.connect(URL)
    try:
        cur = con.cursor()
        # no column defaults: ADD COLUMN ... DEFAULT '' leaves a server default that peewee's own tables (whose
        # defaults live in Python) do not have; the app writes every column itself
        cur.execute("SELECT table_name, column_name, data_type, is_nullable, character_maximum_length FROM "
                    "information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name")
        shape: dict[str, list[str]] = {}
        for table, *column in cur.fetchall():
            shape.setdefault(table, []).append(repr(column))
        cur.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname")
        shape["<indexes>"] = [f"{name}: {definition}" for name, definition in cur.fetchall()]
        return shape
    finally:
        con.close()


def test_every_migration_runs_from_a_frozen_schema_1() -> None:
    close_database()
    _wipe()
    con = psycopg2.connect(URL)
    con.autocommit = True
    cur = con.cursor()
    cur.execute((FIXTURES / "schema_v1_postgres.sql").read_text())
    cur.execute("INSERT INTO customer (name, phone, email, address_line1, address_line2, postcode, city, "
                "preferred_contact, notes, created_at) VALUES ('Łucja Żółć', '020 7946 0958', 'lucja@example.com', "
                "'', '', 'SW1A 1AA', 'London', 'phone', '', '2024-01-02 10:00:00') RETURNING id")
    (cid,) = cur.fetchone()
    cur.execute("INSERT INTO visit (customer_id, date, service, amount_cents) VALUES (%s, '2024-01-02', 'MOT', 5485)"
                " RETURNING id", (cid,))
    (vid,) = cur.fetchone()
    cur.execute("INSERT INTO complaint (customer_id, visit_id, received_at, received_week, channel, category, "
                "severity, summary, customer_words, desired_outcome, status, root_cause, version) VALUES (%s, %s, "
                "'2024-01-03 09:00:00', '2024-W01', 'phone', 'late', 2, 'Late', '', '', 'new', '', 1)", (cid, vid))
    con.close()
    database = open_database(URL)
    try:
        assert schema_version(database) == SCHEMA_VERSION
        found = customers.search_customers("lucja zol")
        assert [row.name for row in found] == ["Łucja Żółć"]
        history = customers.customer_history(found[0].id)
        assert (history.visit_count, history.complaint_count) == (1, 1)
    finally:
        close_database()
    upgraded = _shape()
    _wipe()
    open_database(URL)
    close_database()
    assert upgraded == _shape()


def test_search_uses_the_trigram_index(server: pw.Database, caplog: pytest.LogCaptureFixture) -> None:
    actor = staff.command_line_actor()
    rows = [(f"Customer {n:05d} Smith", f"c{n}@example.com", f" customer {n:05d} smith c{n} example com",
             f"customer {n:05d} smith") for n in range(20_000)]
    with server.atomic():
        for start in range(0, len(rows), 2000):
            Customer.insert_many(rows[start:start + 2000], fields=[
                Customer.name, Customer.email, Customer.search_text,
                Customer.sort_key]).execute()
    customers.create_customer(CustomerInput(name="Łucja Żółć"), actor)
    server.execute_sql("ANALYZE customer")
    caplog.set_level(logging.DEBUG, logger="peewee")
    assert [r.name for r in customers.search_customers("zolc")] == ["Łucja Żółć"]
    sql, params = next(record.msg for record in reversed(caplog.records)
                       if isinstance(record.msg, tuple) and "search_text" in record.msg[0])
    plan = "\n".join(row[0] for row in server.execute_sql("EXPLAIN " + sql, params).fetchall())
    assert dbmod.PG_SEARCH_INDEX in plan, plan
    report = backup.check_database()
    assert report.ok and report.counts["customer"] == 20_001


def test_import_and_its_rollback_on_a_server(server: pw.Database, tmp_path: Path) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    shutil.copy(FIXTURES / "import" / "customers_utf8.csv", tmp_path / "customers.csv")
    plan = importing.inspect_file(tmp_path / "customers.csv", "customers")
    assert importing.run_import(plan, staff_id=owner.id).added == 3
    assert importing.run_import(plan, staff_id=owner.id).duplicates == 3
    assert [r.name for r in customers.search_customers("olga")] == ["Ольга Петрова"]
    assert backup.daily_backup_if_due() is None  # a server is backed up there, with pg_dump
    status = backup.backup_status()
    assert not status.stale and "pg_dump" in status.message


def _cut_off_other_sessions() -> None:
    """What a server restart does to the desk's connection: it is closed under its feet."""
    con = psycopg2.connect(URL)
    con.autocommit = True
    con.cursor().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                         "AND datname = current_database()")
    con.close()


def test_a_connection_cut_mid_import_saves_nothing_and_the_next_action_works(server: pw.Database,
                                                                            tmp_path: Path) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    source = tmp_path / "many.csv"
    source.write_text("Name,Email\n" + "".join(f"Customer {n},c{n}@example.com\n" for n in range(3000)))
    plan = importing.inspect_file(source, "customers")
    cut: list[int] = []

    def cut_once(done: int, total: int) -> bool:
        if not cut and done > 0:
            cut.append(done)
            _cut_off_other_sessions()
        return True

    with pytest.raises(Exception) as info:
        importing.run_import(plan, staff_id=owner.id, progress=cut_once)
    error = as_desk_error(info.value)
    assert isinstance(error, DatabaseUnavailable)
    assert error.message.startswith("The database server cannot be reached, so nothing was saved")
    assert customers.search_customers("customer") == []  # the next action reconnects; nothing half-saved
    assert importing.run_import(plan, staff_id=owner.id).added == 3000


@pytest.mark.skipif(not CTL, reason="set MAKEGOOD_TEST_POSTGRES_CTL to restart the test server")
def test_the_desk_carries_on_after_the_server_restarts(server: pw.Database) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    customers.create_customer(CustomerInput(name="Before The Restart"), owner.id)
    subprocess.run([CTL, "stop"], check=True)
    try:
        with pytest.raises(Exception) as info:
            customers.create_customer(CustomerInput(name="While It Is Down"), owner.id)
        assert as_desk_error(info.value).message.startswith("The database server cannot be reached")
    finally:
        subprocess.run([CTL, "start"], check=True)
    customers.create_customer(CustomerInput(name="After The Restart"), owner.id)
    assert [r.name for r in customers.search_customers("")] == ["After The Restart", "Before The Restart"]
