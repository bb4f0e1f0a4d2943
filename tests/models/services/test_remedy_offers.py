from __future__ import annotations

import datetime as dt

import pytest

from models.entities import Remedy, utcnow
from models.errors import InvalidTransition, NotFound, ValidationError, WrongPin
from models.services import audit, complaints, customers, remedies, remedy_offers, staff
from models.services.remedy_offers import ApprovalRequired
from models.services.staff import StaffMember
from tests.models.services.resolution_fixtures import Case, make_case


@pytest.fixture
def case(owner: StaffMember) -> Case:
    return make_case(owner, amount_cents=20_000)


def test_offer_accept_give(case: Case) -> None:
    offered = remedy_offers.offer_remedy(case.complaint_id, "voucher", None, 10, case.desk.id)
    assert offered.status == "offered" and offered.cost_cents == 2_000 and offered.approved_by_id is None
    accepted = remedy_offers.accept_remedy(offered.id, case.desk.id)
    given = remedy_offers.give_remedy(accepted.id, case.desk.id)
    assert given.status == "given"
    assert [c.action for c in audit.history("remedy", offered.id)] == ["offer", "accepted", "given"]


def test_a_declined_remedy_cannot_be_given(case: Case) -> None:
    offered = remedy_offers.offer_remedy(case.complaint_id, "gift", 1_000, None, case.desk.id)
    remedy_offers.decline_remedy(offered.id, case.desk.id)
    with pytest.raises(InvalidTransition, match="declined cannot be marked given"):
        remedy_offers.give_remedy(offered.id, case.desk.id)
    assert remedy_offers.get_remedy(offered.id).status == "declined"


def test_above_the_desk_limit_needs_a_managers_approval(case: Case, owner: StaffMember) -> None:
    with pytest.raises(ApprovalRequired, match=r"above the desk limit \(15 % of the bill or 50.00 GBP\)"):
        remedy_offers.offer_remedy(case.complaint_id, "refund", 10_000, None, case.desk.id)
    assert Remedy.select().count() == 0
    with pytest.raises(WrongPin):
        staff.approve(owner.id, "9999")
    with pytest.raises(WrongPin, match="not a manager"):
        staff.approve(case.desk.id, "5555")
    approval = staff.approve(owner.id, "1234")
    record = remedy_offers.offer_remedy(case.complaint_id, "refund", 10_000, None, case.desk.id, approval)
    assert record.approved_by_id == owner.id and record.approved_by_name == "Olga Owner"
    assert audit.history("remedy", record.id)[0].after["approved_by"] == owner.id


def test_an_approval_from_a_desk_user_does_not_count(case: Case) -> None:
    forged = staff.Approval(case.desk.id, case.desk.name)
    with pytest.raises(ApprovalRequired, match="Only an active manager"):
        remedy_offers.offer_remedy(case.complaint_id, "refund", 10_000, None, case.desk.id, forged)
    assert Remedy.select().count() == 0


@pytest.mark.parametrize(("kind", "value", "percent", "message"), [
    ("refund", -500, None, "A remedy cannot be negative."),
    ("refund", 20_001, None, "A refund cannot be more than the bill (200.00 GBP)."),
    ("discount_now", None, 120, "A percent is at most 100."),
    ("voucher", None, None, "Enter the amount or the percent."),
])
def test_a_wrong_value_saves_nothing(case: Case, kind: str, value: int | None, percent: int | None,
                                     message: str) -> None:
    with pytest.raises(ValidationError) as err:
        remedy_offers.offer_remedy(case.complaint_id, kind, value, percent, case.desk.id)
    assert err.value.fields == {"value": message}
    assert Remedy.select().count() == 0


def test_no_remedy_on_a_closed_complaint(case: Case, owner: StaffMember) -> None:
    row = complaints.set_status(case.complaint_id, 1, "resolved", owner.id)
    complaints.set_status(case.complaint_id, row.version, "closed", owner.id)
    with pytest.raises(InvalidTransition, match="closed"):
        remedy_offers.offer_remedy(case.complaint_id, "gift", 500, None, case.desk.id)


def test_concession_history_counts_what_was_accepted_or_given_this_year(case: Case, owner: StaffMember) -> None:
    # spend in 12 months: the 200.00 visit of the case and a 300.00 one
    customers.add_visit(case.customer_id, dt.date.today() - dt.timedelta(days=100), "MOT", 30_000, owner.id)
    customers.add_visit(case.customer_id, dt.date.today() - dt.timedelta(days=500), "Old", 90_000, owner.id)
    given = remedy_offers.offer_remedy(case.complaint_id, "voucher", None, 10, case.desk.id)  # 20.00
    remedy_offers.give_remedy(remedy_offers.accept_remedy(given.id, case.desk.id).id, case.desk.id)
    accepted = remedy_offers.offer_remedy(case.complaint_id, "gift", 1_500, None, case.desk.id)
    remedy_offers.accept_remedy(accepted.id, case.desk.id)
    declined = remedy_offers.offer_remedy(case.complaint_id, "gift", 2_500, None, case.desk.id)
    remedy_offers.decline_remedy(declined.id, case.desk.id)
    remedy_offers.offer_remedy(case.complaint_id, "gift", 2_500, None, case.desk.id)  # only offered
    old = remedy_offers.offer_remedy(case.complaint_id, "gift", 2_000, None, case.desk.id)
    remedy_offers.accept_remedy(old.id, case.desk.id)
    Remedy.update(created_at=utcnow() - dt.timedelta(days=400)).where(Remedy.id == old.id).execute()

    history = remedy_offers.concession_history(case.customer_id)
    assert (history.count, history.total_cents, history.spend_cents) == (2, 3_500, 50_000)
    assert history.share_percent == 7 and not history.banner
    standing = remedy_offers.customer_standing(case.customer_id)
    assert standing.visits_24_months == 3 and standing.spend_24_months_cents == 140_000 and standing.tier == "loyal"


def test_the_banner_shows_past_the_threshold(case: Case) -> None:
    for _ in range(3):
        offer = remedy_offers.offer_remedy(case.complaint_id, "gift", 500, None, case.desk.id)
        remedy_offers.accept_remedy(offer.id, case.desk.id)
    history = remedy_offers.concession_history(case.customer_id)
    assert history.count == 3 and history.total_cents == 1_500 and history.banner


def test_a_remedy_on_a_complaint_about_no_visit(case: Case, owner: StaffMember) -> None:
    other = complaints.create_complaint(complaints.ComplaintInput(
        customer_id=case.customer_id, category="unfriendly_attitude", summary="Rude at the counter"), owner.id)
    record = remedy_offers.offer_remedy(other.id, "gift", 1_000, None, case.desk.id)
    assert [r.id for r in remedy_offers.remedies_for(other.id)] == [record.id]
    assert record.cost_cents == 1_000 and record.kind == "gift" and record.value_cents == 1_000
    remedy_offers.accept_remedy(record.id, case.desk.id)
    assert remedy_offers.concession_history(case.customer_id).total_cents == 1_000


def test_a_percent_over_the_limit_needs_approval_even_when_the_amount_is_small(case: Case) -> None:
    with pytest.raises(ApprovalRequired):
        remedy_offers.offer_remedy(case.complaint_id, "voucher", None, 20, case.desk.id)  # 40.00 of 200.00
    record = remedy_offers.offer_remedy(case.complaint_id, "voucher", None, 15, case.desk.id)
    assert (record.percent, record.value_cents, record.cost_cents, record.status) == (15, None, 3_000, "offered")


def test_no_remedy_is_no_concession(case: Case) -> None:
    none = remedy_offers.offer_remedy(case.complaint_id, "none", None, None, case.desk.id)
    remedy_offers.accept_remedy(none.id, case.desk.id)
    assert remedy_offers.concession_history(case.customer_id).count == 0


def test_the_twelve_months_start_exactly_a_year_ago(case: Case, owner: StaffMember) -> None:
    now = utcnow()
    since = now - dt.timedelta(days=365)
    customers.add_visit(case.customer_id, since.date(), "On the first day", 10_000, owner.id)
    gift = remedy_offers.offer_remedy(case.complaint_id, "gift", 500, None, case.desk.id)
    remedy_offers.accept_remedy(gift.id, case.desk.id)
    Remedy.update(created_at=since).where(Remedy.id == gift.id).execute()
    history = remedy_offers.concession_history(case.customer_id, now=now)
    assert (history.count, history.total_cents, history.spend_cents) == (1, 500, 30_000)


def test_answers_are_audited_and_refusals_say_why(case: Case) -> None:
    offered = remedy_offers.offer_remedy(case.complaint_id, "gift", 500, None, case.desk.id)
    remedy_offers.accept_remedy(offered.id, case.desk.id)
    [_, accepted] = audit.history("remedy", offered.id)
    assert (accepted.before, accepted.after, accepted.staff_name) == ({"status": "offered"}, {"status": "accepted"},
                                                                      "Priya Desk")
    with pytest.raises(InvalidTransition) as twice:
        remedy_offers.accept_remedy(offered.id, case.desk.id)
    assert twice.value.message == "A remedy that is accepted cannot be marked accepted."
    with pytest.raises(NotFound) as gone:
        remedy_offers.give_remedy(999, case.desk.id)
    assert gone.value.message == "That remedy no longer exists."
    with pytest.raises(NotFound):
        remedy_offers.offer_remedy(999, "gift", 500, None, case.desk.id)


def test_two_desks_answering_the_same_offer(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    offered = remedy_offers.offer_remedy(case.complaint_id, "gift", 500, None, case.desk.id)
    real = remedies.can_move

    def the_other_desk_declines_first(current: str, new: str) -> bool:
        Remedy.update(status="declined").where(Remedy.id == offered.id).execute()
        return real(current, new)

    monkeypatch.setattr(remedies, "can_move", the_other_desk_declines_first)
    with pytest.raises(InvalidTransition) as err:
        remedy_offers.accept_remedy(offered.id, case.desk.id)
    assert err.value.message == "Another desk changed this remedy just now; look again."
    monkeypatch.undo()
    assert remedy_offers.get_remedy(offered.id).status == "offered"  # the whole answer rolled back


def test_refusal_messages(case: Case, owner: StaffMember) -> None:
    with pytest.raises(ApprovalRequired) as above:
        remedy_offers.offer_remedy(case.complaint_id, "refund", 10_000, None, case.desk.id)
    assert above.value.message == ("This remedy is above the desk limit (15 % of the bill or 50.00 GBP): a manager "
                                   "must approve it with their PIN.")
    row = complaints.set_status(case.complaint_id, 1, "resolved", owner.id)
    complaints.set_status(case.complaint_id, row.version, "closed", owner.id)
    with pytest.raises(InvalidTransition) as closed:
        remedy_offers.offer_remedy(case.complaint_id, "gift", 500, None, case.desk.id)
    assert closed.value.message == "This complaint is closed; reopen it before offering a remedy."


def test_a_free_redo_and_a_share_of_the_bill_are_judged_by_the_complaints_own_visit(case: Case,
                                                                                   owner: StaffMember) -> None:
    # another, dearer visit of the same customer must not be the bill the limits are measured against
    customers.add_visit(case.customer_id, dt.date.today() - dt.timedelta(days=3), "Clutch", 90_000, owner.id)
    with pytest.raises(ApprovalRequired):
        remedy_offers.offer_remedy(case.complaint_id, "redo", None, None, case.desk.id)  # redoing 200.00
    with pytest.raises(ApprovalRequired):
        remedy_offers.offer_remedy(case.complaint_id, "refund", 4_000, None, case.desk.id)  # 20 % of 200.00
    with pytest.raises(ValidationError, match=r"more than the bill \(200.00 GBP\)"):
        remedy_offers.offer_remedy(case.complaint_id, "refund", 20_001, None, case.desk.id)
    redo = remedy_offers.offer_remedy(case.complaint_id, "redo", None, None, case.desk.id,
                                      staff.approve(owner.id, "1234"))
    remedy_offers.give_remedy(remedy_offers.accept_remedy(redo.id, case.desk.id).id, case.desk.id)
    assert redo.cost_cents == 20_000
    history = remedy_offers.concession_history(case.customer_id)
    assert (history.count, history.total_cents, history.spend_cents) == (1, 20_000, 110_000)


def test_a_customer_with_no_visits_is_new(case: Case, owner: StaffMember) -> None:
    newcomer = customers.create_customer(customers.CustomerInput(name="New Nina"), owner.id)
    standing = remedy_offers.customer_standing(newcomer.id)
    assert (standing.tier, standing.visits_24_months, standing.spend_24_months_cents) == ("new", 0, 0)
    assert standing.concessions == remedy_offers.ConcessionHistory(0, 0, 0, None, False)


def test_the_24_months_start_exactly_two_years_ago(case: Case, owner: StaffMember) -> None:
    now = utcnow()
    first_day = (now - dt.timedelta(days=730)).date()
    customers.add_visit(case.customer_id, first_day, "On the first day", 5_000, owner.id)
    customers.add_visit(case.customer_id, first_day - dt.timedelta(days=1), "The day before", 7_000, owner.id)
    other = customers.create_customer(customers.CustomerInput(name="Other Otto"), owner.id)
    customers.add_visit(other.id, dt.date.today(), "Not hers", 99_000, owner.id)
    standing = remedy_offers.customer_standing(case.customer_id, now=now)
    assert (standing.visits_24_months, standing.spend_24_months_cents) == (2, 25_000)
    assert standing.concessions.spend_cents == 20_000
