"""The guards around PINs, the command line's identity and optimistic versions, each pinned down exactly (these
tests exist so that mutation testing of models/services/staff.py and versioning.py finds no blind spot)."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import re
from typing import Any

import pytest

from models.entities import AuditEntry, Staff
from models.errors import LockedOut, NotFound, StaleEdit, ValidationError, WrongPin
from models.services import customers, staff
from models.services.customers import CustomerInput
from models.services.staff import StaffMember


def _last(action: str, staff_id: int) -> dict[str, Any]:
    entry = (AuditEntry.select().where((AuditEntry.entity == "staff") & (AuditEntry.entity_id == staff_id)
                                       & (AuditEntry.action == action)).order_by(AuditEntry.id.desc()).first())
    assert entry is not None, action
    return {"staff": entry.staff_id, "after": json.loads(entry.after) if entry.after else None,
            "before": json.loads(entry.before) if entry.before else None}


def test_creating_staff_is_audited_with_who_and_what(owner: StaffMember) -> None:
    assert _last("create", owner.id) == {"staff": owner.id, "before": None,
                                         "after": {"id": owner.id, "name": "Olga Owner", "role": "manager",
                                                   "active": True, "created_at": _last("create", owner.id)
                                                   ["after"]["created_at"]}}
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    created = _last("create", desk.id)
    assert created["staff"] == owner.id and created["after"]["role"] == "desk" and created["before"] is None
    assert Staff.get_by_id(desk.id).role == "desk"


def test_every_pin_attempt_is_audited_with_its_purpose(owner: StaffMember, monkeypatch: pytest.MonkeyPatch) -> None:
    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(staff, "utcnow", lambda: now)
    staff.switch_to(owner.id, "1234")
    assert _last("sign_in", owner.id) == {"staff": owner.id, "before": None, "after": None}
    staff.approve(owner.id, "1234")
    assert _last("approve", owner.id)["staff"] == owner.id
    with pytest.raises(WrongPin):
        staff.approve(owner.id, "0000")
    assert _last("pin_failed", owner.id)["after"] == {"purpose": "approve", "failed_pins": 1}
    for _ in range(4):
        with pytest.raises(WrongPin):
            staff.switch_to(owner.id, "0000")
    assert _last("lockout", owner.id)["after"] == {"purpose": "sign_in", "lockouts": 1,
                                                   "until": "2026-12-01T09:05:00+00:00"}
    with pytest.raises(LockedOut):
        staff.approve(owner.id, "1234")
    assert _last("pin_refused_locked", owner.id)["after"] == {"purpose": "approve"}


def test_the_lock_ends_at_its_minute(owner: StaffMember, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)]
    monkeypatch.setattr(staff, "utcnow", lambda: now[0])
    for _ in range(5):
        with pytest.raises(WrongPin):
            staff.switch_to(owner.id, "0000")
    local = dt.datetime(2026, 12, 1, 9, 5, tzinfo=dt.UTC).astimezone().strftime("%H:%M")
    with pytest.raises(LockedOut) as info:
        staff.switch_to(owner.id, "1234")
    assert info.value.message == (f"Olga Owner is locked out after 5 wrong PINs; try again at {local} "
                                  "(in 5 minutes).")
    now[0] = dt.datetime(2026, 12, 1, 9, 5, tzinfo=dt.UTC)  # exactly when the lock ends
    assert staff.switch_to(owner.id, "1234") == owner


def test_the_minutes_left_round_up() -> None:
    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    assert "(in 60 minutes)" in staff._locked_message("Ann", now + dt.timedelta(seconds=3590), now)
    assert "(in 1 minute)" in staff._locked_message("Ann", now + dt.timedelta(seconds=5), now)


def test_one_persons_wrong_pins_do_not_count_against_another(owner: StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    for _ in range(4):
        with pytest.raises(WrongPin):
            staff.switch_to(desk.id, "0000")
    assert Staff.get_by_id(owner.id).failed_pins == 0
    with pytest.raises(LockedOut):
        staff.switch_to(desk.id, "0000")
    assert Staff.get_by_id(owner.id).locked_until is None
    assert staff.switch_to(owner.id, "1234") == owner
    assert Staff.get_by_id(desk.id).lockouts == 1  # Olga's right PIN does not clear Dee's lockout


def test_an_inactive_or_unknown_person_cannot_sign_in(owner: StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    Staff.update(active=False).where(Staff.id == desk.id).execute()
    with pytest.raises(WrongPin, match="^Dee Desk is no longer active at this desk.$"):
        staff.switch_to(desk.id, "1111")
    assert [m.name for m in staff.list_active_staff()] == ["Olga Owner"]
    with pytest.raises(NotFound, match="^That staff member no longer exists.$"):
        staff.switch_to(999, "1111")
    with pytest.raises(NotFound, match="^That staff member no longer exists.$"):
        staff.get_staff(999)


def test_a_stored_hash_of_another_kind_never_matches(owner: StaffMember) -> None:
    for stored in ("!", "md5$1$00$00", staff.hash_pin("1234").replace("pbkdf2_sha256", "pbkdf2_md5")):
        Staff.update(pin_hash=stored).where(Staff.id == owner.id).execute()
        with pytest.raises(WrongPin):
            staff.switch_to(owner.id, "1234")


def test_pin_hashes_are_salted_16_bytes_and_reproducible_with_a_salt() -> None:
    first, second = staff.hash_pin("1234"), staff.hash_pin("1234")
    assert first != second
    assert len(first.split("$")[2]) == 32
    salt = bytes(range(16))
    assert staff.hash_pin("1234", salt=salt) == staff.hash_pin("1234", salt=salt)
    assert staff.hash_pin("1234", salt=salt).split("$")[2] == salt.hex()


@pytest.mark.parametrize(("name", "role", "pin", "field", "message"), [
    ("", "desk", "1234", "name", "Enter the staff member's name."),
    ("x" * 201, "desk", "1234", "name", "Too long: 201 characters, 200 at most."),
    ("Dee", "boss", "1234", "role", "Role must be one of: desk, manager."),
    ("Dee", "desk", "123", "pin", "The PIN must be 4 to 8 digits."),
    ("Dee", "desk", "123456789", "pin", "The PIN must be 4 to 8 digits."),
    ("Dee", "desk", "12a4", "pin", "The PIN must be 4 to 8 digits."),
])
def test_staff_input_is_checked(owner: StaffMember, name: str, role: str, pin: str, field: str,
                                message: str) -> None:
    with pytest.raises(ValidationError) as info:
        staff.create_staff(name, role, pin, staff.approve(owner.id, "1234"))
    assert info.value.fields == {field: message}
    assert Staff.select().count() == 1


def test_eight_digit_pins_are_fine(owner: StaffMember) -> None:
    member = staff.create_staff("Dee Desk", "desk", "12345678", staff.approve(owner.id, "1234"))
    assert staff.switch_to(member.id, "12345678") == member


def test_a_second_owner_is_refused(owner: StaffMember) -> None:
    with pytest.raises(ValidationError) as info:
        staff.create_owner("Someone Else", "5678")
    assert info.value.fields == {"name": "This desk already has an owner; ask them to add you."}


def test_each_operating_system_user_is_its_own_command_line(db: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "alice")
    alice = staff.command_line_actor()
    monkeypatch.setattr(getpass, "getuser", lambda: "bob")
    bob = staff.command_line_actor()
    assert alice != bob
    assert Staff.get_by_id(bob).name == "Command line (bob)"
    row = Staff.get_by_id(alice)
    assert (row.name, row.role, row.active, row.pin_hash) == ("Command line (alice)", "system", False, "!")
    assert _last("create", alice)["staff"] == alice
    assert _last("create", alice)["after"]["name"] == "Command line (alice)"

    def no_name() -> str:
        raise KeyError("uid 1234")

    monkeypatch.setattr(getpass, "getuser", no_name)
    assert Staff.get_by_id(staff.command_line_actor()).name == "Command line (unknown user)"
    approval = staff.command_line_approval()
    assert (approval.manager_id, approval.manager_name) == (staff.command_line_actor(), "Command line (unknown user)")


def test_staff_with_the_same_name_are_listed_in_the_order_added(owner: StaffMember) -> None:
    approval = staff.approve(owner.id, "1234")
    first = staff.create_staff("Ann", "desk", "1111", approval)
    second = staff.create_staff("Ann", "desk", "2222", approval)
    assert [m.id for m in staff.list_active_staff()][:2] == [first.id, second.id]


def test_a_versioned_save_touches_only_its_own_record(owner: StaffMember) -> None:
    anna = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    bob = customers.create_customer(CustomerInput(name="Bob Brown"), owner.id)
    customers.update_customer(anna.id, anna.version, CustomerInput(name="Anna Jones"), owner.id)
    assert customers.get_customer(bob.id).name == "Bob Brown" and customers.get_customer(bob.id).version == 1
    assert customers.get_customer(anna.id).version == 2


def test_a_stale_save_says_who_and_when_even_after_they_left(owner: StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    anna = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    customers.update_customer(anna.id, 1, CustomerInput(name="Anna Jones"), desk.id)
    with pytest.raises(StaleEdit) as info:
        customers.update_customer(anna.id, 1, CustomerInput(name="Anna Brown"), owner.id)
    assert re.fullmatch(r"This customer was changed by Dee Desk at \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d — reload it; "
                        r"your edits were not saved\.", info.value.message)
    Staff.delete().where(Staff.id == desk.id).execute()  # their audit entries keep the change, without a name
    with pytest.raises(StaleEdit, match="changed by someone at"):
        customers.update_customer(anna.id, 1, CustomerInput(name="Anna Brown"), owner.id)


def test_the_version_check_and_the_write_are_one_statement(owner: StaffMember) -> None:
    """The stale check inside save_versioned is what stops a save that raced past the first check."""
    from models.entities import Customer
    from models.services.versioning import save_versioned

    anna = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    bob = customers.create_customer(CustomerInput(name="Bob Brown"), owner.id)
    row = Customer.get_by_id(anna.id)
    row.name = "Anna Late"
    with pytest.raises(StaleEdit, match="^This customer was changed by Olga Owner at .*not saved.$"):
        save_versioned(row, 7, "customer", "customer")
    assert customers.get_customer(anna.id).name == "Anna Smith"
    assert customers.get_customer(bob.id).name == "Bob Brown"


def test_a_manager_added_by_a_manager_is_a_manager(owner: StaffMember) -> None:
    helen = staff.create_staff("Helen Carter", "manager", "2468", staff.approve(owner.id, "1234"))
    assert helen.is_manager and staff.approve(helen.id, "2468").manager_name == "Helen Carter"


def test_the_last_try_before_a_lockout_is_said_and_the_lockout_names_the_person(owner: StaffMember) -> None:
    messages = []
    for _ in range(5):
        with pytest.raises(WrongPin) as info:
            staff.switch_to(owner.id, "0000")
        messages.append(info.value.message)
    assert messages[3] == "That PIN is not Olga Owner's. One more wrong PIN locks the sign-in."
    assert messages[4].startswith("Olga Owner is locked out after 5 wrong PINs; try again at ")


def test_a_right_pin_clears_only_its_own_count(owner: StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    for _ in range(3):
        with pytest.raises(WrongPin):
            staff.switch_to(desk.id, "0000")
    with pytest.raises(WrongPin):
        staff.switch_to(owner.id, "0000")
    staff.switch_to(owner.id, "1234")
    assert Staff.get_by_id(owner.id).failed_pins == 0
    assert Staff.get_by_id(desk.id).failed_pins == 3


def test_a_pin_that_cannot_be_right_is_refused_without_counting(owner: StaffMember) -> None:
    for typed in ("abcd", "12", "123456789", "١٢٣٤"):
        with pytest.raises(WrongPin, match="^A PIN is 4 to 8 digits.$"):
            staff.switch_to(owner.id, typed)
    assert Staff.get_by_id(owner.id).failed_pins == 0
