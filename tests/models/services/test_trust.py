"""What a shop must be able to trust: PINs that lock, every write under a real staff member, limits on every
field, search that finds names as people type them, a damaged index noticed, demo data that keeps to itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from models.db import close_database, open_database, rows
from models.entities import AuditEntry, Complaint, Customer, Staff, Visit
from models.errors import DatabaseOpenError, LockedOut, NeedsApproval, StaleEdit, ValidationError, WrongPin
from models.services import complaints, customers, demo, staff
from models.services.customers import CustomerInput
from models.services.staff import StaffMember


def _actions(staff_id: int) -> list[str]:
    query = AuditEntry.select(AuditEntry.action).where(
        (AuditEntry.entity == "staff") & (AuditEntry.entity_id == staff_id)).order_by(AuditEntry.id)
    return [action for (action,) in query.tuples()]


# --- PINs


def test_five_wrong_pins_lock_for_five_minutes_then_double(owner: StaffMember,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    now = [dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)]
    monkeypatch.setattr(staff, "utcnow", lambda: now[0])
    for attempt in range(1, 5):
        with pytest.raises(WrongPin) as info:
            staff.switch_to(owner.id, "9999")
        assert not isinstance(info.value, LockedOut)
        assert ("locks the sign-in" if attempt == 4 else f"{5 - attempt} more tries") in info.value.message
    with pytest.raises(LockedOut, match="locked out after 5 wrong PINs.*in 5 minutes"):
        staff.switch_to(owner.id, "9999")
    # the right PIN does not help while locked, as a manager's approval neither
    with pytest.raises(LockedOut):
        staff.switch_to(owner.id, "1234")
    with pytest.raises(LockedOut):
        staff.approve(owner.id, "1234")
    now[0] += dt.timedelta(minutes=4, seconds=59)
    with pytest.raises(LockedOut, match="in 1 minute\\)"):
        staff.switch_to(owner.id, "1234")
    now[0] += dt.timedelta(seconds=2)
    for _ in range(5):  # five more wrong: the second lockout lasts ten minutes
        with pytest.raises(WrongPin):
            staff.switch_to(owner.id, "0000")
    with pytest.raises(LockedOut, match="in 10 minutes"):
        staff.switch_to(owner.id, "1234")
    now[0] += dt.timedelta(minutes=10, seconds=1)
    assert staff.switch_to(owner.id, "1234") == owner
    row = Staff.get_by_id(owner.id)
    assert (row.failed_pins, row.lockouts, row.locked_until) == (0, 0, None)
    actions = _actions(owner.id)
    assert actions.count("pin_failed") == 8 and actions.count("lockout") == 2
    assert actions.count("pin_refused_locked") == 4 and actions[-1] == "sign_in"


def test_a_right_pin_resets_the_count(owner: StaffMember) -> None:
    for _ in range(4):
        with pytest.raises(WrongPin):
            staff.switch_to(owner.id, "9999")
    staff.switch_to(owner.id, "1234")
    for _ in range(4):
        with pytest.raises(WrongPin):
            staff.switch_to(owner.id, "9999")
    assert Staff.get_by_id(owner.id).locked_until is None


def test_pins_are_never_stored_or_logged_in_clear(owner: StaffMember) -> None:
    with pytest.raises(WrongPin):
        staff.switch_to(owner.id, "987654")
    staff.approve(owner.id, "1234")
    logged = " ".join(f"{b} {a}" for b, a in AuditEntry.select(AuditEntry.before, AuditEntry.after).tuples())
    assert "987654" not in logged and "1234" not in logged and "pbkdf2" not in logged


def test_a_desk_pin_cannot_approve(owner: StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    with pytest.raises(WrongPin, match="Dee Desk is not a manager"):
        staff.approve(desk.id, "1111")
    assert staff.approve(owner.id, "1234").manager_name == "Olga Owner"


def test_every_write_needs_a_real_staff_member(owner: StaffMember) -> None:
    for who in (None, 999):
        with pytest.raises(ValidationError, match="Say who is at the desk"):
            customers.create_customer(CustomerInput(name="Anna"), who)  # type: ignore[arg-type]
    assert Customer.select().count() == 0


def test_the_command_line_is_audited_as_itself(db: Path) -> None:
    actor = staff.command_line_actor()
    assert staff.command_line_actor() == actor  # one row per operating-system user, not one per command
    assert Staff.get_by_id(actor).name.startswith("Command line (")
    assert not staff.has_staff() and staff.list_active_staff() == []  # it never signs in at the desk
    with pytest.raises(WrongPin, match="no longer active"):
        staff.switch_to(actor, "!")


# --- limits on what is typed


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "\x00", "control characters"),
    ("name", "\u200b\u200d", "Enter the customer's name."),
    ("name", "\u202e\u202d", "control characters"),
    ("name", "A" * 201, "200 at most"),
    ("address_line1", "x" * 201, "200 at most"),
    ("city", "x" * 201, "200 at most"),
    ("postcode", "x" * 21, "20 at most"),
    ("notes", "x" * 5_000_000, "20,000 at most"),
    ("notes", "ok\x07", "control characters"),
])
def test_customer_fields_have_limits(owner: StaffMember, field: str, value: str, message: str) -> None:
    data = dataclasses.replace(CustomerInput(name="Anna Smith"), **{field: value})
    with pytest.raises(ValidationError) as info:
        customers.create_customer(data, owner.id)
    assert message in info.value.fields[field]
    assert Customer.select().count() == 0


def test_notes_may_have_lines_and_tabs(owner: StaffMember) -> None:
    row = customers.create_customer(CustomerInput(name="Anna", notes="line one\n\tline two"), owner.id)
    assert row.notes == "line one\n\tline two"


@pytest.mark.parametrize(("field", "value"), [("customer_words", "x" * 20_001), ("desired_outcome", "y" * 20_001),
                                              ("summary", "\u200b"), ("summary", "a\x1b[31m")])
def test_complaint_fields_have_limits(owner: StaffMember, field: str, value: str) -> None:
    customer = customers.create_customer(CustomerInput(name="Anna"), owner.id)
    changes: dict[str, Any] = {field: value}
    data = dataclasses.replace(complaints.ComplaintInput(customer_id=customer.id, category="late", summary="Late"),
                               **changes)
    with pytest.raises(ValidationError) as info:
        complaints.create_complaint(data, owner.id)
    assert field in info.value.fields
    assert Complaint.select().count() == 0


def test_customer_edits_are_version_checked(owner: StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    anna = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    customers.update_customer(anna.id, anna.version, CustomerInput(name="Anna Jones"), desk.id)
    with pytest.raises(StaleEdit, match="changed by Dee Desk at .* your edits were not saved"):
        customers.update_customer(anna.id, anna.version, CustomerInput(name="Anna Brown"), owner.id)
    assert customers.get_customer(anna.id).name == "Anna Jones"


# --- search as people type


@pytest.mark.parametrize(("stored", "typed"), [
    (dict(name="Сергей Иванов"), "sergey"),
    (dict(name="Сергей Иванов"), "sergei ivanov"),
    (dict(name="Юлия Смирнова"), "yuliya"),
    (dict(name="Seán O'Brien"), "obrien"),
    (dict(name="Seán O’Brien"), "sean obri"),
    (dict(name="Anna Smith-Jones"), "smithjones"),
    (dict(name="Anna Smith-Jones"), "anna jones"),
    (dict(name="Anna", phone="07700 900123"), "+44 7700 900123"),
    (dict(name="Anna", phone="07700 900123"), "0044 7700 900"),
    (dict(name="Anna", phone="+44 7700 900123"), "07700 900123"),
    (dict(name="Anna", phone="+44 7700 900123"), "07700"),
    (dict(name="Anna", phone="020 7946 0958"), "7946 09"),
])
def test_names_and_numbers_are_found_as_people_type_them(owner: StaffMember, stored: dict[str, str],
                                                         typed: str) -> None:
    wanted = customers.create_customer(CustomerInput(**stored), owner.id)
    customers.create_customer(CustomerInput(name="Someone Else", phone="01632 960001"), owner.id)
    assert [row.id for row in customers.search_customers(typed)] == [wanted.id]


def test_yuliya_spelling_with_yu(owner: StaffMember) -> None:
    wanted = customers.create_customer(CustomerInput(name="Юлия"), owner.id)
    assert [row.id for row in customers.search_customers("yuli")] == [wanted.id]


# --- opening a database


def test_a_damaged_search_index_is_rebuilt_and_said(db_path: Path, owner: StaffMember) -> None:
    anna = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    close_database()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE customer_fts_data SET block = x'00ff00ff'")
    con.commit()
    con.close()
    said: list[str] = []
    open_database(db_path, notify=said.append)
    assert len(said) == 1 and "search index was damaged and has been rebuilt (1 customer)" in said[0]
    assert [row.id for row in customers.search_customers("ann")] == [anna.id]
    close_database()
    con = sqlite3.connect(db_path)
    con.executescript("DROP TABLE customer_fts; DROP TRIGGER IF EXISTS customer_fts_ai;")
    con.close()
    said.clear()
    open_database(db_path, notify=said.append)
    assert "was missing and has been rebuilt" in said[0]
    assert [row.id for row in customers.search_customers("smi")] == [anna.id]
    customers.create_customer(CustomerInput(name="Bob Smith"), owner.id)  # the triggers are back too
    assert len(customers.search_customers("smi")) == 2
    close_database()
    said.clear()
    open_database(db_path, notify=said.append)
    assert said == []  # a sound index opens without a word


@pytest.mark.parametrize("target", [":memory:", "sqlite://", "sqlite:///:memory:", "file::memory:?cache=shared"])
def test_in_memory_databases_are_refused(target: str) -> None:
    with pytest.raises(DatabaseOpenError, match="keeps its records in a file"):
        open_database(target)


# --- demo data


def test_demo_never_adds_staff_to_a_shop_with_staff(owner: StaffMember) -> None:
    summary = demo.generate(30, staff_id=owner.id, seed=2)
    assert summary.staff_added == 0
    assert [m.name for m in staff.list_active_staff()] == ["Olga Owner"]
    assert {sid for (sid,) in Visit.select(Visit.staff).tuples()} == {owner.id}


def test_demo_on_an_empty_database_audits_its_staff(db: Path) -> None:
    actor = staff.command_line_actor()
    summary = demo.generate(10, staff_id=actor, seed=2)
    assert summary.staff_added == 3
    created = AuditEntry.select().where((AuditEntry.entity == "staff") & (AuditEntry.action == "create")
                                        & (AuditEntry.staff == actor)).count()
    assert created == 4  # the command line itself, and the three demo staff


def test_demo_into_a_database_with_customers_needs_a_manager(owner: StaffMember) -> None:
    customers.create_customer(CustomerInput(name="A Real Customer"), owner.id)
    with pytest.raises(NeedsApproval, match="a manager must approve"):
        demo.generate(10, staff_id=owner.id, seed=2)
    assert Customer.select().count() == 1
    demo.generate(10, staff_id=owner.id, seed=2, approval=staff.approve(owner.id, "1234"))
    assert Customer.select().count() == 11


def test_demo_times_are_in_order(db: Path) -> None:
    """created <= visit <= complaint received <= first contact <= resolved <= now, over a whole set."""
    demo.generate(1500, staff_id=staff.command_line_actor(), seed=11)
    now = dt.datetime.now(dt.UTC)
    created: dict[int, dt.datetime] = {cid: at for cid, at in rows(Customer.select(Customer.id, Customer.created_at))}
    first_visit: dict[int, dt.date] = {}
    visit_day: dict[int, dt.date] = {}
    for vid, cid, day in Visit.select(Visit.id, Visit.customer, Visit.date).tuples():
        visit_day[vid] = day
        first_visit[cid] = min(day, first_visit.get(cid, day))
        assert day < now.date()
    for cid, day in first_visit.items():
        assert created[cid].date() <= day
    checked = 0
    for cid, vid, received, first, resolved, status in Complaint.select(
            Complaint.customer, Complaint.visit, Complaint.received_at, Complaint.first_contact_at,
            Complaint.resolved_at, Complaint.status).tuples():
        assert created[cid] <= received <= now
        if vid is not None:
            assert visit_day[vid] <= received.date()
        if first is not None:
            assert received <= first <= now
        if resolved is not None:
            assert first is not None and first <= resolved <= now
        assert (resolved is not None) == (status in ("resolved", "closed"))
        checked += 1
    assert checked > 300


def test_resolution_texts_refuse_control_characters(owner: StaffMember) -> None:
    import datetime as dt_

    from models.entities import Promise, ResolutionStep, Voucher
    from models.services import promises, resolution, vouchers

    anna = customers.create_customer(CustomerInput(name="Anna"), owner.id)
    made = complaints.create_complaint(complaints.ComplaintInput(customer_id=anna.id, category="late",
                                                                 summary="Late"), owner.id)
    with pytest.raises(ValidationError, match="control characters"):
        resolution.complete_step(made.id, made.version, "listen", "said \x1b[31mthis", owner.id)
    assert ResolutionStep.select().count() == 0
    soon = dt_.datetime.now(dt_.UTC) + dt_.timedelta(hours=2)
    with pytest.raises(ValidationError, match="control characters"):
        promises.create_promise(anna.id, made.id, "Ring \x00back", soon, owner.id)
    assert Promise.select().count() == 0
    kept = promises.create_promise(anna.id, made.id, "Ring back", soon, owner.id)
    with pytest.raises(ValidationError, match="control characters"):
        promises.mark_done(kept.id, "Rang\x07 her", owner.id)
    code = vouchers.issue_voucher(anna.id, owner.id, percent=10).code
    with pytest.raises(ValidationError, match="control characters"):
        vouchers.void_voucher(code, "wrong \u202ecustomer", owner.id)
    assert Voucher.get(Voucher.code == code).voided_at is None
