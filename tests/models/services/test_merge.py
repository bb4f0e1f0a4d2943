"""Duplicate customers: found by email, phone or a similar name at the same postcode; merged with a manager's
approval, everything moved, the old name still finding the survivor."""

from __future__ import annotations

import datetime as dt

import pytest

from models.entities import Complaint, Customer, Letter, Promise, Visit, Voucher
from models.errors import NotFound, StaleEdit
from models.services import audit, customers, merge, staff
from models.services.customers import CustomerInput
from models.services.merge import MergeRefused
from models.services.staff import Approval, StaffMember

UTC = dt.UTC


@pytest.fixture
def approval(owner: StaffMember) -> Approval:
    return staff.approve(owner.id, "1234")


def new(owner: StaffMember, name: str, **kw: str) -> customers.CustomerRecord:
    return customers.create_customer(CustomerInput(name=name, **kw), owner.id)


def names(query: str) -> list[str]:
    return [row.name for row in customers.search_customers(query)]


def test_likely_duplicates_and_why(owner: StaffMember) -> None:
    # created in an order that differs from the order they are offered in: email, phone, similar names
    e = new(owner, "Jonathan Smyth", postcode="BS1 4DJ")
    f = new(owner, "Jonathon Smyth", postcode="bs14dj")
    c = new(owner, "Tom Baker", phone="+44 7700 900123")
    d = new(owner, "Thomas Baker", phone="07700 900123")
    a = new(owner, "Łucja Żółć", email="Lucja@Example.com")
    b = new(owner, "Lucja Zolc", email="lucja@example.com ")
    new(owner, "Jonathan Smyth", postcode="BA2 1AA")  # same name, another postcode: a namesake
    new(owner, "Joan Smith", postcode="BS1 4DJ")  # same postcode, another person
    new(owner, "Kathryn Jones", postcode="BS1 4DJ")
    new(owner, "Cathryn Jones", postcode="BS1 4DJ")  # similar, but names starting differently are not compared
    new(owner, "Peter Parker")
    new(owner, "Peter Parker")  # no postcode: a common name alone is not a duplicate
    g = new(owner, "Short Number", phone="123 456")
    h = new(owner, "Other Name", phone="123456")  # six digits, the shortest phone number, still matches
    pairs = [(p.first.id, p.second.id, p.reason) for p in merge.find_duplicates()]
    assert pairs == [(a.id, b.id, "same email"), (c.id, d.id, "same phone"), (g.id, h.id, "same phone"),
                     (e.id, f.id, "similar names at the same postcode")]
    assert merge.find_duplicates(limit=1)[0].first.name == "Łucja Żółć"


def test_a_shared_address_is_not_a_duplicate(owner: StaffMember) -> None:
    family = [new(owner, f"Member {i}", email="family@example.com") for i in range(merge.MAX_SHARED + 1)]
    pair = [new(owner, f"Twin {i}", email="twin@example.com") for i in range(2)]
    five = [new(owner, f"Five {i}", phone="0117 496 0000") for i in range(merge.MAX_SHARED)]
    found = {(p.first.id, p.second.id) for p in merge.find_duplicates()}
    assert (pair[0].id, pair[1].id) in found
    assert not any(m.id in ids for m in family for ids in found)  # six on one address: a family's
    assert len([ids for ids in found if ids[0] in {r.id for r in five}]) == 10  # five are still offered, in pairs


def test_merged_customers_are_not_offered_again(owner: StaffMember, approval: Approval) -> None:
    a = new(owner, "Ann Lee", email="ann@example.com")
    b = new(owner, "Ann Leigh", email="ann@example.com")
    assert len(merge.find_duplicates()) == 1
    merge.merge_customers(b.id, b.version, a.id, a.version, approval, owner.id)
    assert merge.find_duplicates() == []


def test_merge_moves_everything_and_the_old_name_finds_the_survivor(owner: StaffMember,
                                                                   approval: Approval) -> None:
    survivor = new(owner, "Anna Smith", phone="0117 496 0000")
    old = new(owner, "Ania Kowalska-Smith", email="ania@example.com")
    when = dt.datetime(2026, 3, 1, tzinfo=UTC)
    visit = Visit.create(customer=old.id, date=dt.date(2026, 3, 1), service="MOT", amount_cents=5000)
    complaint = Complaint.create(customer=old.id, visit=visit, category="late", summary="Late", received_at=when)
    letter = Letter.create(complaint=complaint, kind="apology", pdf=b"%PDF")
    Voucher.create(code="MG-1", percent=10, customer=old.id, issued_at=when, expires_at=when)
    Promise.create(customer=old.id, complaint=complaint, what="Call back", due_at=when)
    earlier = Customer.create(name="A. Kowalska", merged_into=old.id)  # merged into the old record before
    bystander = Customer.create(name="Bystander")  # nothing of theirs moves
    b_visit = Visit.create(customer=bystander, date=dt.date(2026, 3, 1), service="MOT", amount_cents=5000)
    Complaint.create(customer=bystander, visit=b_visit, category="late", summary="Late", received_at=when)
    Voucher.create(code="MG-2", percent=10, customer=bystander, issued_at=when, expires_at=when)
    Promise.create(customer=bystander, what="Call back", due_at=when)

    result = merge.merge_customers(old.id, old.version, survivor.id, survivor.version, approval, owner.id)

    assert (result.visits, result.complaints, result.vouchers, result.promises) == (1, 1, 1, 1)
    assert result.survivor.id == survivor.id and result.survivor.version == survivor.version + 1
    assert result.merged_id == old.id
    for model in (Visit, Complaint, Voucher, Promise):
        owners = sorted(row.customer_id for row in model.select())
        assert owners == [survivor.id, bystander.id], model
    assert Letter.get_by_id(letter.id).complaint_id == complaint.id  # the letter moved with its complaint
    gone = Customer.get_by_id(old.id)
    assert gone.merged_into_id == survivor.id and gone.version == old.version + 1
    assert Customer.get_by_id(earlier.id).merged_into_id == survivor.id
    assert names("kowalska") == ["Anna Smith"] and names("ania@example") == ["Anna Smith"]
    assert names("anna") == ["Anna Smith"]  # one row, not two
    history = customers.customer_history(survivor.id)
    assert history.visit_count == 1 and history.complaint_count == 1
    change = audit.last_change("customer", survivor.id)
    assert change is not None and change.action == "merge_in"
    assert change.after == {"merged": old.id, "approved_by": owner.id, "visits": 1, "complaints": 1,
                            "vouchers": 1, "promises": 1}
    assert change.before == dict.fromkeys(change.after)
    merged_change = audit.last_change("customer", old.id)
    assert merged_change is not None and merged_change.action == "merge"
    assert merged_change.before == {"merged_into": None, "approved_by": None}
    assert merged_change.after == {"merged_into": survivor.id, "approved_by": owner.id}
    # editing the survivor later keeps the merged name findable
    edited = customers.update_customer(survivor.id, result.survivor.version,
                                       CustomerInput(name="Anna Smith", phone="0117 496 0001"), owner.id)
    assert edited.version == result.survivor.version + 1
    assert names("kowalska") == ["Anna Smith"]


def test_refusals_change_nothing(owner: StaffMember, approval: Approval) -> None:
    new(owner, "Someone Else")  # the first record, involved in nothing
    a = new(owner, "Anna Smith")
    b = new(owner, "Anna Smyth")
    c = new(owner, "Ann Smith")
    Visit.create(customer=b.id, date=dt.date(2026, 3, 1), service="MOT", amount_cents=5000)
    with pytest.raises(MergeRefused) as refused:
        merge.merge_customers(a.id, a.version, a.id, a.version, approval, owner.id)
    assert refused.value.message == "A customer cannot be merged into themselves; choose the other record."
    with pytest.raises(NotFound) as missing:
        merge.merge_customers(999, 1, a.id, a.version, approval, owner.id)
    assert missing.value.message == "That customer no longer exists."
    with pytest.raises(StaleEdit) as stale:
        merge.merge_customers(b.id, b.version + 1, a.id, a.version, approval, owner.id)
    assert stale.value.message.startswith("This customer was changed by Olga Owner at ")
    with pytest.raises(StaleEdit) as stale:
        merge.merge_customers(b.id, b.version, a.id, a.version - 1, approval, owner.id)
    assert stale.value.message.startswith("This customer was changed by Olga Owner at ")
    assert Visit.get().customer_id == b.id and Customer.get_by_id(b.id).merged_into_id is None
    merge.merge_customers(b.id, b.version, a.id, a.version, approval, owner.id)
    before = [(r.id, r.merged_into_id, r.version, r.search_text) for r in Customer.select().order_by(Customer.id)]
    b_now = Customer.get_by_id(b.id)
    with pytest.raises(MergeRefused) as info:
        merge.merge_customers(c.id, c.version, b.id, b_now.version, approval, owner.id)
    assert info.value.message == "Anna Smyth was already merged into Anna Smith; nothing was changed."
    with pytest.raises(MergeRefused):
        merge.merge_customers(b.id, b_now.version, c.id, c.version, approval, owner.id)
    after = [(r.id, r.merged_into_id, r.version, r.search_text) for r in Customer.select().order_by(Customer.id)]
    assert after == before and Visit.get().customer_id == a.id
    assert [p for p in merge.find_duplicates() if b.id in (p.first.id, p.second.id)] == []  # merged: not offered


def test_a_later_upgrade_keeps_the_merged_name_findable(owner: StaffMember, approval: Approval) -> None:
    from models.db import database, refold_customers

    keep = new(owner, "Anna Smith")
    old = new(owner, "Ania Kowalska", phone="0117 496 0000")
    merge.merge_customers(old.id, old.version, keep.id, keep.version, approval, owner.id)
    with database.atomic():
        refold_customers(database.obj)  # what a migration that changes the folding runs
    assert names("kowalska") == ["Anna Smith"] and names("01174960000") == ["Anna Smith"]
    assert names("smith") == ["Anna Smith"]
