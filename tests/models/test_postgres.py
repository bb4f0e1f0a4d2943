"""The same services on a PostgreSQL server, for shops whose desks share one database.

Runs when MAKEGOOD_TEST_POSTGRES_URL names a server database the tests may wipe (.ci/run starts a
throw-away server and sets it); skipped otherwise.
"""

from __future__ import annotations

import dataclasses

import peewee as pw
import pytest

from models.db import SCHEMA_VERSION, close_database, open_database, schema_version
from models.errors import DatabaseOpenError, StaleEdit, ValidationError
from models.services import complaints, customers, demo, staff
from models.services.customers import CustomerInput
from tests.models.postgres import URL, needs_postgres

pytestmark = needs_postgres




def test_schema_is_created_on_an_empty_server(server: pw.Database) -> None:
    assert schema_version(server) == SCHEMA_VERSION
    assert "customer" in server.get_tables()


def test_customers_search_and_history(server: pw.Database) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    lucja = customers.create_customer(CustomerInput(name="Łucja Żółć", phone="020 7946 0958", postcode="SW1A 1AA"),
                                      owner.id)
    customers.create_customer(CustomerInput(name="Jürgen Müller"), owner.id)
    assert [r.id for r in customers.search_customers("lucja zol")] == [lucja.id]
    assert [r.id for r in customers.search_customers("0207946")] == [lucja.id]
    assert [r.name for r in customers.search_customers("muller")] == ["Jürgen Müller"]
    assert [r.name for r in customers.search_customers("")] == ["Jürgen Müller", "Łucja Żółć"]
    with pytest.raises(ValidationError):
        customers.create_customer(CustomerInput(name=" "), owner.id)
    assert len(customers.search_customers("")) == 2


def test_two_desks_cannot_overwrite_each_other(server: pw.Database) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    customer = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    row = complaints.create_complaint(
        complaints.ComplaintInput(customer_id=customer.id, category="late", summary="Late"), owner.id)
    data = complaints.complaint_input(row)
    complaints.update_complaint(row.id, 1, dataclasses.replace(data, summary="Dee's"), desk.id)
    with pytest.raises(StaleEdit, match="changed by Dee Desk"):
        complaints.update_complaint(row.id, 1, dataclasses.replace(data, summary="Olga's"), owner.id)
    assert complaints.get_complaint(row.id).summary == "Dee's"


def test_demo_data_loads(server: pw.Database) -> None:
    summary = demo.generate(120, staff_id=staff.command_line_actor(), seed=3)
    assert summary.customers == 120
    history = customers.customer_history(customers.search_customers("")[0].id)
    assert history.visit_count >= 1
    extra = customers.create_customer(CustomerInput(name="After The Demo"), staff.command_line_actor())
    assert extra.id > 120  # the id sequence moved past the demo's explicit ids


def test_a_database_that_cannot_hold_every_script_is_refused(server: pw.Database) -> None:
    server.execute_sql("DROP DATABASE IF EXISTS makegood_ascii")
    server.execute_sql("CREATE DATABASE makegood_ascii ENCODING 'SQL_ASCII' TEMPLATE template0 "
                       "LC_COLLATE 'C' LC_CTYPE 'C'")
    close_database()
    ascii_url = URL.rsplit("/", 1)[0] + "/makegood_ascii"
    try:
        with pytest.raises(DatabaseOpenError, match="stores text as SQL_ASCII; Makegood needs a UTF8 database"):
            open_database(ascii_url)
    finally:
        database = open_database(URL)
        database.execute_sql("DROP DATABASE makegood_ascii")
