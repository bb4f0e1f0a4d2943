"""The exact sentences the PIN and version guards say (mutation testing found them unchecked)."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import WrongPin
from models.services import customers, staff
from models.services.customers import CustomerInput
from models.services.staff import _locked_message
from models.services.versioning import stale_message


def test_one_minute_left_of_a_lockout_is_said_as_one_minute(db: object) -> None:
    now = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
    until = now + dt.timedelta(seconds=30)
    local = until.astimezone().strftime("%H:%M")
    assert _locked_message("Olga Owner", until, now) == (
        f"Olga Owner is locked out after 5 wrong PINs; try again at {local} (in 1 minute).")
    later = now + dt.timedelta(minutes=4, seconds=10)
    assert _locked_message("Olga Owner", later, now).endswith("(in 5 minutes).")


def test_a_wrong_pin_says_whose_it_is_not_and_how_many_tries_are_left(owner: staff.StaffMember) -> None:
    with pytest.raises(WrongPin) as refused:
        staff.switch_to(owner.id, "9999")
    assert refused.value.message == "That PIN is not Olga Owner's. 4 more tries before a lockout."


def test_a_desk_member_cannot_approve(owner: staff.StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "4321", staff.approve(owner.id, "1234"))
    with pytest.raises(WrongPin) as refused:
        staff.approve(desk.id, "4321")
    assert refused.value.message == "Dee Desk is not a manager; a manager must approve this."


def test_a_stale_edit_names_the_thing_and_who_changed_it(owner: staff.StaffMember) -> None:
    customer = customers.create_customer(CustomerInput(name="Ann Archer"), owner.id)
    said = stale_message("customer", customer.id, "customer")
    assert said.startswith("This customer was changed by Olga Owner at ")
    assert said.endswith(" — reload it; your edits were not saved.")
    # a noun without its own sentence reads as a record, never as an error or a blank
    assert stale_message("customer", customer.id, "visit").startswith("This record was changed by Olga Owner at ")


@pytest.mark.parametrize(("noun", "sentence"), [
    ("customer", "This customer was changed elsewhere — reload it to see the latest version; your edits were not "
                 "saved."),
    ("complaint", "This complaint was changed elsewhere — reload it to see the latest version; your edits were not "
                  "saved."),
    ("visit", "This record was changed elsewhere — reload it to see the latest version; your edits were not saved."),
])
def test_a_stale_edit_with_no_record_of_who_says_elsewhere(db: object, noun: str, sentence: str) -> None:
    assert stale_message("customer", 424242, noun) == sentence
