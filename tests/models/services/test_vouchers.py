"""Vouchers: codes checked offline, issued, redeemed exactly once, refused with the reason, voided by a manager."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
from pathlib import Path

import pytest

from models import settings
from models.db import close_database, database, open_database
from models.entities import AuditEntry, Voucher
from models.errors import NotFound, ValidationError
from models.services import audit, customers, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from models.services.vouchers import ALPHABET, InvalidVoucherCode, VoucherRefused
from reports.data import short_time

NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def customer(owner: staff.StaffMember) -> int:
    return int(customers.create_customer(customers.CustomerInput(name="Ольга Иванова"), owner.id).id)


def _issue(customer: int, owner: staff.StaffMember, **kwargs: object) -> vouchers.VoucherInfo:
    kwargs.setdefault("percent", 15)
    return vouchers.issue_voucher(customer, owner.id, now=NOW, **kwargs)  # type: ignore[arg-type]


def test_issued_code_is_typeable_and_checks_out(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    prefix, first, second = info.code.split("-")
    assert prefix == "MG" and len(first) == len(second) == 4
    assert set(first + second) <= set(ALPHABET)
    assert not set(first + second) & set("0O1IL")
    assert info.value_text == "15 % off" and info.customer_name == "Ольга Иванова"
    assert info.expires_at == NOW + dt.timedelta(days=settings.load().voucher_validity_days)
    assert info.issued_by == "Olga Owner"
    assert vouchers.check_voucher(info.code.lower().replace("-", " "), now=NOW).id == info.id
    assert [c.action for c in audit.history("voucher", info.id)] == ["issue"]


def test_amount_voucher_in_the_business_currency(customer: int, owner: staff.StaffMember) -> None:
    settings.save({"currency": "EUR"}, owner.id)
    info = _issue(customer, owner, percent=None, value_cents=2050)
    assert info.value_text == "€20.50 off"
    assert info.value_cents == 2050 and info.percent is None


@pytest.mark.parametrize(("percent", "value_cents"), [(None, None), (10, 500), (0, None), (101, None),
                                                     (None, 0), (None, -5), (None, 10**9)])
def test_bad_value_is_refused_and_nothing_issued(customer: int, owner: staff.StaffMember, percent: int | None,
                                                 value_cents: int | None) -> None:
    with pytest.raises(ValidationError) as caught:
        vouchers.issue_voucher(customer, owner.id, percent=percent, value_cents=value_cents)
    assert "value" in caught.value.fields
    assert Voucher.select().count() == 0


def test_unknown_customer_or_foreign_complaint_is_refused(customer: int, owner: staff.StaffMember) -> None:
    with pytest.raises(NotFound):
        vouchers.issue_voucher(customer + 99, owner.id, percent=10)
    other = int(customers.create_customer(customers.CustomerInput(name="Ελένη"), owner.id).id)
    complaint = create_complaint(ComplaintInput(customer_id=other, category="late", summary="Late"), owner.id)
    with pytest.raises(ValidationError, match="not one of this customer's"):
        vouchers.issue_voucher(customer, owner.id, percent=10, complaint_id=complaint.id)
    with pytest.raises(NotFound):
        vouchers.issue_voucher(customer, owner.id, percent=10, complaint_id=complaint.id + 50)
    assert Voucher.select().count() == 0


def test_issue_without_a_known_staff_member_saves_nothing(customer: int) -> None:
    with pytest.raises(ValidationError):
        vouchers.issue_voucher(customer, 999, percent=10)
    assert Voucher.select().count() == 0


def test_the_secret_is_made_once_and_kept(customer: int, owner: staff.StaffMember) -> None:
    assert settings.internal_value(vouchers.SECRET_KEY) is None
    _issue(customer, owner)
    secret = settings.internal_value(vouchers.SECRET_KEY)
    assert secret is not None and len(bytes.fromhex(secret)) == 32
    _issue(customer, owner)
    assert settings.internal_value(vouchers.SECRET_KEY) == secret


def test_every_single_typo_and_neighbour_swap_is_rejected(customer: int, owner: staff.StaffMember) -> None:
    code = _issue(customer, owner).code
    chars = code[len("MG-"):].replace("-", "")  # (a code may hold "MG-" again further on)
    for position in range(len(chars)):
        for other in ALPHABET:
            if other != chars[position]:
                typo = chars[:position] + other + chars[position + 1:]
                with pytest.raises(InvalidVoucherCode):
                    vouchers.check_voucher(typo)
        if position + 1 < len(chars) and chars[position] != chars[position + 1]:
            swapped = chars[:position] + chars[position + 1] + chars[position] + chars[position + 2:]
            with pytest.raises(InvalidVoucherCode, match="mistyped"):
                vouchers.check_voucher(swapped)


def test_ten_thousand_invented_codes_are_all_rejected_offline(customer: int, owner: staff.StaffMember) -> None:
    # a fixed secret keeps the run repeatable: a random code passes the check character and the 3-character
    # HMAC about once in a million, so 10,000 guesses against some secret would, once in a hundred runs
    secret = bytes(range(32))
    with database.atomic():
        settings.set_internal_value(vouchers.SECRET_KEY, secret.hex())
    _issue(customer, owner)
    assert bytes.fromhex(settings.internal_value(vouchers.SECRET_KEY) or "") == secret
    rng = random.Random(2026)
    accepted = [code for code in ("MG-" + "".join(rng.choice(ALPHABET) for _ in range(4)) + "-"
                                  + "".join(rng.choice(ALPHABET) for _ in range(4)) for _ in range(10_000))
                if vouchers.code_problem(code, secret) is None]
    assert accepted == []


def test_a_code_with_a_correct_check_character_but_no_signature_is_not_ours(customer: int,
                                                                           owner: staff.StaffMember) -> None:
    _issue(customer, owner)
    body = "7K3Q" + "9F2"
    forged = f"MG-{body[:4]}-{body[4:]}{vouchers.check_character(body)}"
    with pytest.raises(InvalidVoucherCode, match="not a voucher from this shop"):
        vouchers.check_voucher(forged)


def test_a_code_from_another_install_is_not_ours(customer: int, owner: staff.StaffMember) -> None:
    _issue(customer, owner)
    elsewhere = vouchers.make_code(b"another shop's secret", "7K3Q")
    with pytest.raises(InvalidVoucherCode, match="not a voucher from this shop"):
        vouchers.check_voucher(elsewhere)


@pytest.mark.parametrize(("typed", "fragment"), [
    ("", "not a voucher code"),
    ("MG-7K3Q", "not a voucher code"),
    ("MG-7K3Q-9F2DX", "not a voucher code"),
    ("MG-7K0Q-9F2D", "0"),
    ("MG-7KOQ-1F2D", "1, O"),
    ("MG-LKIQ-9F2D", "I, L"),
])
def test_malformed_codes_say_what_is_wrong(db: Path, typed: str, fragment: str) -> None:
    with pytest.raises(InvalidVoucherCode, match=fragment):
        vouchers.check_voucher(typed)


def test_no_code_is_valid_before_any_voucher_is_issued(db: Path) -> None:
    code = vouchers.make_code(b"x" * 32, "7K3Q")
    with pytest.raises(InvalidVoucherCode, match="not a voucher from this shop"):
        vouchers.check_voucher(code)
    assert settings.internal_value(vouchers.SECRET_KEY) is None  # checking never creates the secret


def test_redeem_once_then_refused_with_when_and_by_whom(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    visit = customers.add_visit(customer, dt.date(2026, 12, 2), "MOT test", 5485, owner.id)
    redeemed = vouchers.redeem_voucher(info.code, owner.id, visit_id=visit, now=NOW + dt.timedelta(hours=1))
    assert redeemed.redeemed_visit_id == visit and redeemed.redeemed_by == "Olga Owner"
    assert redeemed.status(NOW) == "redeemed"
    with pytest.raises(VoucherRefused, match=r"already redeemed on 2 Dec 2026 .* by Olga Owner"):
        vouchers.redeem_voucher(info.code, owner.id, now=NOW + dt.timedelta(hours=2))
    with pytest.raises(VoucherRefused, match="already redeemed"):
        vouchers.check_voucher(info.code, now=NOW + dt.timedelta(hours=2))
    assert [c.action for c in audit.history("voucher", info.id)] == ["issue", "redeem"]


def test_redeem_on_another_customers_visit_is_refused(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    other = int(customers.create_customer(customers.CustomerInput(name="Nguyễn Văn Nam"), owner.id).id)
    visit = customers.add_visit(other, dt.date(2026, 12, 2), "MOT test", 5485, owner.id)
    with pytest.raises(ValidationError, match="not one of this voucher's customer's"):
        vouchers.redeem_voucher(info.code, owner.id, visit_id=visit, now=NOW)
    assert vouchers.find_voucher(info.code).redeemed_at is None


def test_expired_voucher_is_refused_with_its_date(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    later = info.expires_at + dt.timedelta(seconds=1)
    expiry = info.expires_at.astimezone().date()
    assert (expiry.month, expiry.year) == (5, 2027)
    with pytest.raises(VoucherRefused, match=f"expired on {expiry.day} May 2027"):
        vouchers.redeem_voucher(info.code, owner.id, now=later)
    assert vouchers.find_voucher(info.code).redeemed_at is None
    # the moment before it expires it is still good
    assert vouchers.check_voucher(info.code, now=info.expires_at - dt.timedelta(seconds=1)).id == info.id


def test_void_needs_a_manager_and_a_reason_then_refuses_with_it(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    desk = staff.create_staff("Priya Shah", "desk", "4321", staff.approve(owner.id, "1234"))
    with pytest.raises(ValidationError, match="Only a manager"):
        vouchers.void_voucher(info.code, "Issued by mistake", desk.id)
    with pytest.raises(ValidationError, match="Say why"):
        vouchers.void_voucher(info.code, "   ", desk.id, approval=staff.approve(owner.id, "1234"))
    with pytest.raises(ValidationError, match="300 characters"):
        vouchers.void_voucher(info.code, "x" * 301, desk.id, approval=staff.approve(owner.id, "1234"))
    assert vouchers.find_voucher(info.code).voided_at is None
    approval = staff.approve(owner.id, "1234")
    voided = vouchers.void_voucher(info.code, "Issued by mistake", desk.id, approval=approval, now=NOW)
    assert voided.voided_by == "Olga Owner" and voided.status() == "voided"
    with pytest.raises(VoucherRefused, match="voided on 2 Dec 2026 .* by Olga Owner: Issued by mistake"):
        vouchers.redeem_voucher(info.code, desk.id)
    with pytest.raises(VoucherRefused, match="voided"):
        vouchers.void_voucher(info.code, "again", owner.id)
    entry = AuditEntry.select().where(AuditEntry.action == "void").get()
    assert entry.staff_id == desk.id  # done at Priya's desk, approved by the owner


def test_command_line_voids_without_a_pin(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    actor = staff.command_line_actor()
    assert vouchers.void_voucher(info.code, "Customer moved away", actor).voided_by.startswith("Command line")


def test_a_redeemed_voucher_cannot_be_voided(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    vouchers.redeem_voucher(info.code, owner.id, now=NOW)
    with pytest.raises(VoucherRefused, match="already redeemed"):
        vouchers.void_voucher(info.code, "too late", owner.id)
    assert vouchers.find_voucher(info.code).voided_at is None


def test_a_failed_redemption_marks_nothing(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    with pytest.raises(ValidationError):
        vouchers.redeem_voucher(info.code, 999)  # nobody at the desk: the audit refuses, the update rolls back
    assert vouchers.find_voucher(info.code).redeemed_at is None


def test_vouchers_listed_for_customer_and_complaint(customer: int, owner: staff.StaffMember) -> None:
    complaint = create_complaint(ComplaintInput(customer_id=customer, category="late", summary="Late"), owner.id)
    first = _issue(customer, owner, complaint_id=complaint.id)
    second = _issue(customer, owner, percent=None, value_cents=1000)
    assert [v.id for v in vouchers.vouchers_for_customer(customer)] == [first.id, second.id]
    assert [v.id for v in vouchers.vouchers_for_complaint(complaint.id)] == [first.id]


def _redeem_in_process(path: str, code: str, staff_id: int, start: object, results: object) -> None:
    open_database(path)
    start.wait()  # type: ignore[attr-defined]
    try:
        vouchers.redeem_voucher(code, staff_id)
        results.put("redeemed")  # type: ignore[attr-defined]
    except VoucherRefused as exc:
        results.put(f"refused: {exc}")  # type: ignore[attr-defined]
    finally:
        close_database()


def test_two_desks_redeeming_at_once_redeem_exactly_once(db: Path, owner: staff.StaffMember) -> None:
    customer = int(customers.create_customer(customers.CustomerInput(name="Łucja Żółć"), owner.id).id)
    code = vouchers.issue_voucher(customer, owner.id, percent=20).code
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    desks = [context.Process(target=_redeem_in_process, args=(str(db), code, owner.id, start, results))
             for _ in range(2)]
    for desk in desks:
        desk.start()
    start.set()
    outcomes = sorted(results.get(timeout=60) for _ in desks)
    for desk in desks:
        desk.join(timeout=30)
    assert outcomes[0] == "redeemed"
    assert outcomes[1].startswith("refused:") and "already redeemed" in outcomes[1]
    assert Voucher.select().where(Voucher.redeemed_at.is_null(False)).count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "redeem").count() == 1


# ---------------------------------------------------------------------------------------------- exact behaviour
# (written against mutation testing: each pins down a detail a person at the desk or an auditor would notice)


def test_known_codes_for_a_known_secret() -> None:
    # the code format is a contract with every voucher already printed: it must never drift
    assert vouchers.make_code(b"k" * 32, "7K3Q") == KNOWN_CODE
    assert vouchers.code_problem(KNOWN_CODE, b"k" * 32) is None
    assert vouchers.check_character("7K3Q9F2") == "7"


KNOWN_CODE = "MG-7K3Q-K9SM"


@pytest.mark.parametrize(("typed", "printed"), [
    ("mg 7k3q 9f2d", "MG-7K3Q-9F2D"), ("MG7K3Q-9F2D", "MG-7K3Q-9F2D"), ("7k3q-9f2d", "MG-7K3Q-9F2D"),
    (" abc ", "ABC"), ("mg-7k3q", "MG-7K3Q"),
])
def test_normalize(typed: str, printed: str) -> None:
    assert vouchers.normalize(typed) == printed


def test_exact_refusal_sentences(db: Path) -> None:
    assert vouchers.code_problem("", None) == "An empty code is not a voucher code: codes look like MG-7K3Q-9F2D."
    assert vouchers.code_problem("MG-7K0Q-9F2D", None) == (
        "MG-7K0Q-9F2D cannot be a voucher code: it has 0, which codes never use (no 0, O, 1, I or L). Check it "
        "against the voucher.")


def test_fresh_voucher_fields(customer: int, owner: staff.StaffMember) -> None:
    complaint = create_complaint(ComplaintInput(customer_id=customer, category="late", summary="Late"), owner.id)
    info = _issue(customer, owner, complaint_id=complaint.id)
    assert (info.percent, info.value_cents, info.customer_id, info.complaint_id) == (15, None, customer, complaint.id)
    assert info.issued_at == NOW and info.status(NOW) == "valid"
    assert (info.redeemed_by, info.voided_by, info.void_reason, info.redeemed_at, info.voided_at) == ("", "", "",
                                                                                                      None, None)
    expiry = info.expires_at.astimezone().date()
    assert info.describe() == f"{info.code}: 15 % off for Ольга Иванова, valid until {expiry.day} May 2027"
    change = audit.history("voucher", info.id)[0]
    assert change.after["code"] == info.code and change.after["percent"] == 15


def test_value_limits(customer: int, owner: staff.StaffMember) -> None:
    for percent in (1, 100):
        assert _issue(customer, owner, percent=percent).percent == percent
    for cents in (1, vouchers.MAX_VALUE_CENTS):
        assert _issue(customer, owner, percent=None, value_cents=cents).value_cents == cents
    with pytest.raises(ValidationError) as caught:
        _issue(customer, owner, percent=None, value_cents=vouchers.MAX_VALUE_CENTS + 1)
    assert caught.value.fields == {"value": "An amount is more than 0 and at most 100,000."}
    with pytest.raises(ValidationError) as caught:
        _issue(customer, owner, percent=None)
    assert caught.value.fields == {"value": "Give the voucher either a percentage or an amount."}


def test_exact_messages_for_wrong_links(customer: int, owner: staff.StaffMember) -> None:
    with pytest.raises(NotFound, match="^That customer no longer exists.$"):
        vouchers.issue_voucher(customer + 99, owner.id, percent=10)
    with pytest.raises(NotFound, match="^That complaint no longer exists.$"):
        vouchers.issue_voucher(customer, owner.id, percent=10, complaint_id=999)
    other = int(customers.create_customer(customers.CustomerInput(name="Ελένη"), owner.id).id)
    complaint = create_complaint(ComplaintInput(customer_id=other, category="late", summary="Late"), owner.id)
    with pytest.raises(ValidationError) as caught:
        vouchers.issue_voucher(customer, owner.id, percent=10, complaint_id=complaint.id)
    assert caught.value.fields == {"complaint": "That complaint is not one of this customer's."}
    with pytest.raises(ValidationError) as caught:
        vouchers.issue_voucher(customer, 999, percent=10)
    assert caught.value.fields == {
        "staff": "Say who is at the desk first: every change is recorded under a staff member."}


def test_expiry_is_exact_to_the_moment(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    assert info.status(info.expires_at) == "expired"
    with pytest.raises(VoucherRefused, match="expired"):
        vouchers.check_voucher(info.code, now=info.expires_at + dt.timedelta(days=1))
    with pytest.raises(VoucherRefused, match="expired"):
        vouchers.redeem_voucher(info.code, owner.id, now=info.expires_at)
    assert vouchers.find_voucher(info.code).redeemed_at is None


def test_redeem_records_the_amount_visit_and_audit(customer: int, owner: staff.StaffMember) -> None:
    settings.save({"currency": "EUR"}, owner.id)
    own_visit = customers.add_visit(customer, dt.date(2026, 12, 1), "MOT test", 5485, owner.id)
    other = int(customers.create_customer(customers.CustomerInput(name="Ελένη"), owner.id).id)
    foreign_visit = customers.add_visit(other, dt.date(2026, 12, 1), "MOT test", 5485, owner.id)
    info = _issue(customer, owner, percent=None, value_cents=2050)
    with pytest.raises(ValidationError) as caught:
        vouchers.redeem_voucher(info.code, owner.id, visit_id=foreign_visit, now=NOW)
    assert caught.value.fields == {"visit": "That visit is not one of this voucher's customer's."}
    redeemed = vouchers.redeem_voucher(info.code, owner.id, visit_id=own_visit, now=NOW)
    assert redeemed.value_text == "€20.50 off" and redeemed.redeemed_at == NOW
    change = audit.history("voucher", info.id)[-1]
    assert change.action == "redeem"
    assert change.before["redeemed_at"] is None and change.after["redeemed_by"] == owner.id
    assert change.after["redeemed_visit"] == own_visit


def test_void_details_and_audit(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    with pytest.raises(ValidationError) as caught:
        vouchers.void_voucher(info.code, "", owner.id)
    assert caught.value.fields == {"reason": "Say why the voucher is voided."}
    with pytest.raises(ValidationError) as caught:
        vouchers.void_voucher(info.code, "x" * 301, owner.id)
    assert caught.value.fields == {"reason": "Keep the reason to 300 characters."}
    desk = staff.create_staff("Priya Shah", "desk", "4321", staff.approve(owner.id, "1234"))
    with pytest.raises(ValidationError) as caught:
        vouchers.void_voucher(info.code, "no", desk.id)
    assert caught.value.fields == {
        "approval": "Only a manager can void a voucher: ask one to approve with their PIN."}
    voided = vouchers.void_voucher(info.code, "y" * 300, owner.id, now=NOW)
    assert voided.voided_at == NOW and voided.void_reason == "y" * 300
    change = audit.history("voucher", info.id)[-1]
    assert change.action == "void" and change.before["voided_at"] is None and change.after["voided_by"] == owner.id


def test_refusals_without_a_staff_member_on_file(customer: int, owner: staff.StaffMember) -> None:
    redeemed, voided = _issue(customer, owner), _issue(customer, owner)
    vouchers.redeem_voucher(redeemed.code, owner.id, now=NOW)
    vouchers.void_voucher(voided.code, "Wrong customer", owner.id, now=NOW)
    Voucher.update(redeemed_by=None, voided_by=None).execute()  # as after the staff member was removed
    with pytest.raises(VoucherRefused) as caught:
        vouchers.check_voucher(redeemed.code)
    assert caught.value.message == f"{redeemed.code} was already redeemed on {short_time(NOW)}."
    with pytest.raises(VoucherRefused) as caught:
        vouchers.check_voucher(voided.code)
    assert caught.value.message == f"{voided.code} was voided on {short_time(NOW)}: Wrong customer"


def test_a_signed_code_that_is_not_on_file(customer: int, owner: staff.StaffMember) -> None:
    first, second = _issue(customer, owner), _issue(customer, owner)
    assert vouchers.find_voucher(second.code).id == second.id and vouchers.find_voucher(first.code).id == first.id
    secret = bytes.fromhex(settings.internal_value(vouchers.SECRET_KEY) or "")
    lost = vouchers.make_code(secret, "ZZZZ")
    with pytest.raises(InvalidVoucherCode, match=f"^{lost} is not on file here: it was never issued or has been "
                                                 "deleted.$"):
        vouchers.find_voucher(lost)


def test_lists_are_in_issue_order_and_only_their_own(customer: int, owner: staff.StaffMember) -> None:
    settings.save({"currency": "USD"}, owner.id)
    complaint = create_complaint(ComplaintInput(customer_id=customer, category="late", summary="Late"), owner.id)
    later = vouchers.issue_voucher(customer, owner.id, value_cents=500, complaint_id=complaint.id,
                                   now=NOW + dt.timedelta(days=1))
    earlier = vouchers.issue_voucher(customer, owner.id, value_cents=700, complaint_id=complaint.id, now=NOW)
    other = int(customers.create_customer(customers.CustomerInput(name="Ελένη"), owner.id).id)
    vouchers.issue_voucher(other, owner.id, percent=5)
    for listed in (vouchers.vouchers_for_customer(customer), vouchers.vouchers_for_complaint(complaint.id)):
        assert [(v.id, v.value_text) for v in listed] == [(earlier.id, "$7.00 off"), (later.id, "$5.00 off")]


def test_the_printed_voucher(customer: int, owner: staff.StaffMember) -> None:
    from models.services.letterhead import MissingBusinessDetails
    from tests.reports.pdfcheck import flat, pages_text

    info = _issue(customer, owner)
    with pytest.raises(MissingBusinessDetails):
        vouchers.voucher_pdf(info.code)
    settings.save({"business_name": "Riverside Garage", "business_address": "12 Mill Lane"}, owner.id)
    data = vouchers.voucher_data(info.code)
    expiry = info.expires_at.astimezone().date()
    assert (data.code, data.value_text, data.customer_name) == (info.code, "15 % off", "Ольга Иванова")
    assert (data.issued_on, data.expires_on, data.letterhead.name) == (NOW.astimezone().date(), expiry,
                                                                       "Riverside Garage")
    assert data.terms == (f"For Ольга Иванова at Riverside Garage. One use only; show this voucher or quote its "
                          f"code when you pay. Valid until {expiry.day} May 2027. Not exchangeable for cash.")
    text = flat(pages_text(vouchers.voucher_pdf(info.code))[0])
    assert info.code in text and "for Ольга Иванова" in text and f"Valid until {expiry.day} May 2027" in text


def test_refusals_are_whole_sentences_naming_the_code(customer: int, owner: staff.StaffMember) -> None:
    info = _issue(customer, owner)
    expiry = info.expires_at.astimezone().date()
    with pytest.raises(VoucherRefused) as expired:
        vouchers.check_voucher(info.code, now=info.expires_at)
    assert str(expired.value) == f"{info.code} expired on {expiry.day} May 2027."
    vouchers.redeem_voucher(info.code, owner.id, now=NOW)
    with pytest.raises(VoucherRefused) as redeemed:
        vouchers.check_voucher(info.code, now=NOW)
    assert str(redeemed.value) == f"{info.code} was already redeemed on {short_time(NOW)} by Olga Owner."
    other = _issue(customer, owner)
    vouchers.void_voucher(other.code, "Issued by mistake", owner.id, now=NOW)
    with pytest.raises(VoucherRefused) as voided:
        vouchers.check_voucher(other.code, now=NOW)
    assert str(voided.value) == f"{other.code} was voided on {short_time(NOW)} by Olga Owner: Issued by mistake"
    swapped = other.code[:-1] + ALPHABET[(ALPHABET.index(other.code[-1]) + 1) % len(ALPHABET)]
    with pytest.raises(InvalidVoucherCode) as mistyped:
        vouchers.verify_code(swapped.lower())
    assert str(mistyped.value) == (f"{swapped} is not a valid code: a character is mistyped. Check it against the "
                                   "voucher.")
    with pytest.raises(ValidationError) as too_much:
        _issue(customer, owner, percent=101)
    assert too_much.value.fields == {"value": "A percentage is a whole number from 1 to 100."}
