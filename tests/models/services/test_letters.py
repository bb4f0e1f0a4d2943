"""Letters from a complaint: the facts merged in, stored with the complaint, reprinted identically, batched."""

from __future__ import annotations

import datetime as dt

import pytest

from models import settings
from models.entities import AuditEntry, Letter, Promise, Remedy, ResolutionStep
from models.errors import DeskError
from models.services import customers, letters, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from models.services.letterhead import MissingBusinessDetails
from tests.reports.pdfcheck import flat, fonts, pages_text

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def business(owner: staff.StaffMember) -> staff.StaffMember:
    settings.save({"business_name": "Riverside Garage", "business_address": "12 Mill Lane\nBristol BS1 4AA",
                   "business_phone": "0117 496 0000", "letter_signature": "Service manager"}, owner.id)
    return owner


def _customer(owner: staff.StaffMember, name: str, *, address: bool = True) -> int:
    data = customers.CustomerInput(name=name, address_line1="7 Church Lane" if address else "",
                                   postcode="BS8 1AB" if address else "", city="Bristol" if address else "")
    return int(customers.create_customer(data, owner.id).id)


def _complaint(owner: staff.StaffMember, customer: int, *, visit: bool = True) -> int:
    visit_id = customers.add_visit(customer, dt.date(2026, 11, 20), "Brake pads (front)", 14500, owner.id) \
        if visit else None
    row = create_complaint(ComplaintInput(customer_id=customer, category="failed_too_soon",
                                          summary="Brakes squealing again", visit_id=visit_id,
                                          customer_words="It's squealing again after two weeks."), owner.id)
    return int(row.id)


def test_apology_letter_merges_the_complaints_facts(business: staff.StaffMember) -> None:
    customer = _customer(business, "Ольга Иванова")
    complaint = _complaint(business, customer)
    ResolutionStep.create(complaint=complaint, step="agreement", staff=business.id,
                          note="We will fit new pads free of charge on Friday.")
    stored = letters.print_letter(complaint, "apology", business.id, today=TODAY)
    text = flat(" ".join(pages_text(stored.pdf)))
    for expected in ("Dear Ольга Иванова", "Brakes squealing again", "Riverside Garage", "7 Church Lane",
                     "BS8 1AB Bristol", "We will fit new pads free of charge on Friday.", "Olga Owner",
                     "Service manager", "2 December 2026", "complaint"):
        assert expected in text
    assert all(fonts(stored.pdf).values())
    assert [row.kind for row in Letter.select()] == ["apology"]
    assert AuditEntry.select().where(AuditEntry.entity == "letter").count() == 1


def test_reprint_gives_the_stored_bytes_and_the_same_letter_is_not_stored_twice(
        business: staff.StaffMember) -> None:
    complaint = _complaint(business, _customer(business, "Łucja Żółć"))
    first = letters.print_letter(complaint, "apology", business.id, today=TODAY)
    assert letters.reprint(first.id).pdf == first.pdf
    again = letters.print_letter(complaint, "apology", business.id, today=TODAY)
    assert again.id == first.id and Letter.select().count() == 1
    later = letters.print_letter(complaint, "apology", business.id, today=TODAY + dt.timedelta(days=1))
    assert later.id != first.id and letters.reprint(first.id).pdf == first.pdf
    assert [s.id for s in letters.letters_for(complaint)] == [first.id, later.id]


def test_a_voucher_goes_out_with_the_letter(business: staff.StaffMember) -> None:
    customer = _customer(business, "Ελένη Παπαδοπούλου")
    complaint = _complaint(business, customer)
    code = vouchers.issue_voucher(customer, business.id, percent=15, complaint_id=complaint).code
    Remedy.create(complaint=complaint, kind="voucher", percent=15, status="accepted")
    pages = [flat(t) for t in pages_text(letters.print_letter(complaint, "resolution", business.id, today=TODAY).pdf)]
    assert len(pages) == 2
    assert "We agreed on a voucher for your next visit of 15 %." in pages[0]
    assert f"Enclosed: voucher {code}" in pages[0]
    assert code in pages[1] and "for Ελένη Παπαδοπούλου" in pages[1]


def test_no_postal_address_offers_to_print_without_it(business: staff.StaffMember) -> None:
    complaint = _complaint(business, _customer(business, "Nguyễn Văn Nam", address=False))
    with pytest.raises(letters.NoPostalAddress, match="Nguyễn Văn Nam has no postal address: print without the "
                                                      "address block, or add one"):
        letters.print_letter(complaint, "apology", business.id, today=TODAY)
    assert Letter.select().count() == 0
    stored = letters.print_letter(complaint, "apology", business.id, without_address=True, today=TODAY)
    assert "Dear Nguyễn Văn Nam" in flat(pages_text(stored.pdf)[0])


def test_missing_business_details_are_said_and_nothing_is_stored(owner: staff.StaffMember) -> None:
    complaint = _complaint(owner, _customer(owner, "Łucja Żółć"))
    with pytest.raises(MissingBusinessDetails, match="business's name and address"):
        letters.print_letter(complaint, "apology", owner.id)
    assert Letter.select().count() == 0


def test_a_template_field_the_complaint_cannot_fill_is_named_not_left_blank(business: staff.StaffMember) -> None:
    settings.save({"template_apology": "Dear {customer_name}, about your visit on {visit_date}."}, business.id)
    complaint = _complaint(business, _customer(business, "Łucja Żółć"), visit=False)
    with pytest.raises(DeskError, match=r"uses \{visit_date\}, but this complaint is not linked to a visit"):
        letters.print_letter(complaint, "apology", business.id)
    settings.save({"template_resolution": "{agreement}"}, business.id)
    with pytest.raises(DeskError, match="nothing has been agreed yet"):
        letters.print_letter(complaint, "resolution", business.id)
    assert Letter.select().count() == 0


def test_visit_fields_merge_when_there_is_a_visit(business: staff.StaffMember) -> None:
    settings.save({"template_apology": "Dear {customer_name}, about the {visit_service} on {visit_date}."},
                  business.id)
    complaint = _complaint(business, _customer(business, "Łucja Żółć"))
    text = flat(pages_text(letters.render(complaint, "apology", business.id, today=TODAY))[0])
    assert "about the Brake pads (front) on 20 November 2026." in text


def test_the_command_line_signs_as_the_complaints_owner(business: staff.StaffMember) -> None:
    complaint = _complaint(business, _customer(business, "Łucja Żółć"))
    stored = letters.print_letter(complaint, "apology", staff.command_line_actor(), today=TODAY)
    text = flat(pages_text(stored.pdf)[0])
    assert "Olga Owner" in text and "Command line" not in text
    assert stored.staff_name.startswith("Command line")


def test_case_file_has_steps_remedies_promises(business: staff.StaffMember) -> None:
    customer = _customer(business, "Ольга Иванова")
    complaint = _complaint(business, customer)
    ResolutionStep.create(complaint=complaint, step="listen", staff=business.id, note="Let her finish.")
    Remedy.create(complaint=complaint, kind="redo", status="given")
    Promise.create(complaint=complaint, customer=customer, what="Ring her on Friday", kind="follow_up",
                   due_at=dt.datetime(2026, 12, 4, 12, tzinfo=dt.UTC), owner=business.id)
    stored = letters.print_letter(complaint, "case_file", business.id, today=TODAY)
    text = flat(" ".join(pages_text(stored.pdf)))
    for expected in ("Case file — complaint", "It's squealing again after two weeks.", "Listen", "Let her finish.",
                     "Olga Owner", "the work done again free of charge — given", "Ring her on Friday",
                     "Product failed too soon"):
        assert expected in text


def test_parse_kind_takes_the_command_line_spelling() -> None:
    assert letters.parse_kind("follow-up") == "follow_up" and letters.parse_kind("case-file") == "case_file"
    with pytest.raises(DeskError, match="apology, follow-up"):
        letters.parse_kind("thank-you")


def _due(complaint: int, customer: int, owner: int, due: dt.datetime, *, done: bool = False,
         kind: str = "follow_up") -> None:
    Promise.create(complaint=complaint, customer=customer, what="Ask if all is well", kind=kind, due_at=due,
                   owner=owner, done_at=due if done else None)


def test_batch_prints_every_follow_up_due_today_and_skips_the_rest(business: staff.StaffMember) -> None:
    names = ["Łucja Żółć", "Ольга Иванова", "Ελένη Παπαδοπούλου"]
    morning = dt.datetime.combine(TODAY, dt.time(9)).astimezone()
    made = []
    for name in names:
        customer = _customer(business, name)
        complaint = _complaint(business, customer)
        made.append((customer, complaint))
        _due(complaint, customer, business.id, morning)
    lost = _customer(business, "Nguyễn Văn Nam", address=False)
    _due(_complaint(business, lost), lost, business.id, morning - dt.timedelta(days=2))  # overdue, no address
    later_customer, later_complaint = made[0][0], _complaint(business, made[0][0])
    _due(later_complaint, later_customer, business.id, morning + dt.timedelta(days=1))  # tomorrow: not yet
    _due(made[1][1], made[1][0], business.id, morning, done=True)  # kept already
    _due(made[2][1], made[2][0], business.id, morning, kind="call_back")  # not a letter
    seen: list[tuple[int, int]] = []
    batch = letters.print_due_follow_ups(business.id, today=TODAY,
                                         progress=lambda d, t: seen.append((d, t)) is None)
    assert batch.printed == 3 and batch.skipped == ("Nguyễn Văn Nam has no postal address",)
    assert batch.pdf is not None
    pages = [flat(t) for t in pages_text(batch.pdf)]
    assert len(pages) == 3
    for name, page in zip(names, pages, strict=True):
        assert f"Dear {name}" in page and "Following up: Brakes squealing again" in page
    assert seen[-1] == (8, 8)
    assert Letter.select().where(Letter.kind == "follow_up").count() == 3


def test_cancelled_batch_stores_nothing(business: staff.StaffMember) -> None:
    morning = dt.datetime.combine(TODAY, dt.time(9)).astimezone()
    for name in ("Łucja Żółć", "Ольга Иванова"):
        customer = _customer(business, name)
        _due(_complaint(business, customer), customer, business.id, morning)
    for stop_at in (1, 3):
        with pytest.raises(letters.Cancelled, match="nothing was printed or stored"):
            letters.print_due_follow_ups(business.id, today=TODAY, progress=lambda d, t, s=stop_at: d < s)
    assert Letter.select().count() == 0


def test_nothing_due_is_an_empty_batch(business: staff.StaffMember) -> None:
    batch = letters.print_due_follow_ups(business.id, today=TODAY)
    assert batch.pdf is None and batch.printed == 0


def test_an_apology_before_anything_is_agreed_says_we_will_be_in_touch(business: staff.StaffMember) -> None:
    complaint = _complaint(business, _customer(business, "Łucja Żółć"))
    text = flat(pages_text(letters.render(complaint, "apology", business.id, today=TODAY))[0])
    assert letters.NOT_AGREED_YET in text
