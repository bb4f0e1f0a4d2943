"""Discount vouchers: issued with a code that can be checked offline, redeemed once, voided with a reason.

A code reads ``MG-7K3Q-9F2D``: four random characters, three characters of an HMAC over them (keyed with this
install's own secret) and a check character. The alphabet leaves out 0/O and 1/I/L, so what is printed cannot be
misread. A typo is caught by the check character (every single wrong character and every swap of two
neighbours), an invented code by the HMAC — both without a network or even a database lookup.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from models import settings, textcheck
from models.db import database
from models.entities import Complaint, Customer, Staff, Visit, Voucher, utcnow
from models.errors import DeskError, NotFound, ValidationError
from models.i18n import CORE, desk_date, desk_moment, desk_money
from models.services import audit
from models.services.letterhead import letterhead
from models.services.staff import SYSTEM_ROLE, Approval
from reports.data import Letterhead, VoucherData, long_date, short_time
from reports.wording import long_date as document_date
from reports.wording import money as document_money
from reports.wording import wording

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 characters: no 0/O, no 1/I/L
PREFIX = "MG"
SERIAL_LENGTH = 4
MAC_LENGTH = 3
SECRET_KEY = "voucher_secret"
MAX_PERCENT = 100
MAX_VALUE_CENTS = 100_000_00
REASON_LIMIT = 300
_BASE = len(ALPHABET)
_CHECK_WEIGHT_INVERSE = pow(SERIAL_LENGTH + MAC_LENGTH + 1, -1, _BASE)


class InvalidVoucherCode(DeskError):
    """A code that is not one of ours: mistyped or made up."""


class VoucherRefused(DeskError):
    """A real voucher that cannot be used now: redeemed already, expired or voided."""


@dataclass(frozen=True)
class VoucherInfo:
    id: int
    code: str
    percent: int | None
    value_cents: int | None
    value_text: str  # "15 % off" / "£20.00 off"
    customer_id: int
    customer_name: str
    complaint_id: int | None
    issued_at: dt.datetime
    expires_at: dt.datetime
    issued_by: str
    redeemed_at: dt.datetime | None
    redeemed_by: str
    redeemed_visit_id: int | None
    voided_at: dt.datetime | None
    voided_by: str
    void_reason: str
    currency: str = ""  # the business's, for the desk to write value_cents its own way

    def status(self, now: dt.datetime | None = None) -> str:
        """valid | redeemed | voided | expired"""
        if self.voided_at is not None:
            return "voided"
        if self.redeemed_at is not None:
            return "redeemed"
        if self.expires_at <= (now or utcnow()):
            return "expired"
        return "valid"

    def describe(self) -> str:
        """MG-7K3Q-9F2D: 15 % off for Ольга Иванова, valid until 1 June 2027."""
        return CORE.tr("{code}: {value} for {name}, valid until {expiry}").format(
            code=self.code, value=self.desk_value(), name=self.customer_name,
            expiry=desk_date(self.expires_at.astimezone().date(), long_date))

    def desk_value(self) -> str:
        """What it takes off, as the desk's sentences say it: "15 % off", "£20.00 off" (as ``value_text``) in
        English, "20,00 zł rabatu" on a Polish desk."""
        if self.percent is not None:
            return CORE.tr("{percent} % off").format(percent=self.percent)
        if not self.currency:
            return self.value_text
        amount = desk_money(self.value_cents or 0, self.currency, lambda cents, code: document_money(cents, code, "en"))
        return CORE.tr("{amount} off").format(amount=amount)


# ---------------------------------------------------------------------------------------------- codes


def _encode(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, _BASE)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def _mac(secret: bytes, serial: str) -> str:
    digest = hmac.new(secret, (PREFIX + serial).encode("ascii"), hashlib.sha256).digest()
    return _encode(int.from_bytes(digest[:8], "big"), MAC_LENGTH)


def check_character(body: str) -> str:
    """The character that makes sum(position × value) over the whole code a multiple of 31 (positions 1..8).

    31 is prime and larger than the code, so a single wrong character or two swapped neighbours always break
    the sum."""
    total = sum(position * ALPHABET.index(char) for position, char in enumerate(body, start=1))
    return ALPHABET[(-total * _CHECK_WEIGHT_INVERSE) % _BASE]


def _format(chars: str) -> str:
    return f"{PREFIX}-{chars[:4]}-{chars[4:]}"


def make_code(secret: bytes, serial: str) -> str:
    body = serial + _mac(secret, serial)
    return _format(body + check_character(body))


def normalize(code: str) -> str:
    """The code as printed (MG-XXXX-XXXX) from what was typed: any case, spaces or dashes anywhere."""
    chars = "".join(code.split()).replace("-", "").upper()
    if chars.startswith(PREFIX):
        chars = chars[len(PREFIX):]
    return _format(chars) if len(chars) == SERIAL_LENGTH + MAC_LENGTH + 1 else code.strip().upper()


def code_problem(code: str, secret: bytes | None) -> str | None:
    """Why ``code`` is not a voucher of this shop, in one sentence; None when it is well formed and signed."""
    shown = code.strip() or CORE.tr("An empty code")
    chars = "".join(code.split()).replace("-", "").upper()
    if chars.startswith(PREFIX):
        chars = chars[len(PREFIX):]
    if len(chars) != SERIAL_LENGTH + MAC_LENGTH + 1:
        return CORE.tr("{code} is not a voucher code: codes look like MG-7K3Q-9F2D.").format(code=shown)
    wrong = sorted({char for char in chars if char not in ALPHABET})
    if wrong:
        return CORE.tr("{code} cannot be a voucher code: it has {wrong}, which codes never use (no 0, O, 1, I or "
                       "L). Check it against the voucher.").format(code=shown, wrong=", ".join(wrong))
    body, check = chars[:-1], chars[-1]
    if check_character(body) != check:
        return CORE.tr("{code} is not a valid code: a character is mistyped. Check it against the voucher.").format(
            code=normalize(code))
    if secret is None or not hmac.compare_digest(_mac(secret, body[:SERIAL_LENGTH]), body[SERIAL_LENGTH:]):
        return CORE.tr("{code} is not a voucher from this shop.").format(code=normalize(code))
    return None


def _secret(*, create: bool) -> bytes | None:
    """This install's voucher secret; made (inside the caller's transaction) the first time a voucher is issued."""
    stored = settings.internal_value(SECRET_KEY)
    if stored is None and create:
        stored = secrets.token_hex(32)
        settings.set_internal_value(SECRET_KEY, stored)
    return None if stored is None else bytes.fromhex(stored)


def verify_code(code: str) -> str:
    """The code in its printed form, or ``InvalidVoucherCode`` for a typo or an invented code (offline)."""
    problem = code_problem(code, _secret(create=False))
    if problem is not None:
        raise InvalidVoucherCode(problem)
    return normalize(code)


# ---------------------------------------------------------------------------------------------- reading


def _staff_name(staff_id: int | None) -> str:
    # the foreign key sets the id to NULL when a staff member is deleted, so an id always names a row
    return "" if staff_id is None else str(Staff.get_by_id(staff_id).name)


def _require_staff(staff_id: int) -> Staff:
    row = Staff.get_or_none(Staff.id == staff_id)
    if row is None:
        raise ValidationError({"staff": CORE.tr("Say who is at the desk first: every change is recorded under a "
                                                "staff member.")})
    return row


def value_text(percent: int | None, value_cents: int | None, currency: str, language: str = "en") -> str:
    """What the voucher takes off, in words of ``language``: "15 % off", "20,00 zł rabatu"."""
    words = wording(language)
    if percent is not None:
        return words.percent_off.format(percent=percent)
    return words.amount_off.format(amount=document_money(value_cents or 0, currency, language))


def _info(row: Voucher, currency: str | None = None) -> VoucherInfo:
    customer = Customer.get_by_id(row.customer_id)
    currency = currency or settings.load().currency
    return VoucherInfo(
        id=row.id,
        code=row.code,
        percent=row.percent,
        value_cents=row.value_cents,
        value_text=value_text(row.percent, row.value_cents, currency),
        customer_id=row.customer_id,
        customer_name=customer.name,
        complaint_id=row.complaint_id,
        issued_at=row.issued_at,
        expires_at=row.expires_at,
        issued_by=_staff_name(row.issued_by_id),
        redeemed_at=row.redeemed_at,
        redeemed_by=_staff_name(row.redeemed_by_id),
        redeemed_visit_id=row.redeemed_visit_id,
        voided_at=row.voided_at,
        voided_by=_staff_name(row.voided_by_id),
        void_reason=row.void_reason,
        currency=currency,
    )


def _row(code: str) -> Voucher:
    printed = verify_code(code)
    row = Voucher.get_or_none(Voucher.code == printed)
    if row is None:
        # signed by this install but not on file: a voucher from a restored or replaced database
        raise InvalidVoucherCode(CORE.tr("{code} is not on file here: it was never issued or has been "
                                         "deleted.").format(code=printed))
    return row


def find_voucher(code: str) -> VoucherInfo:
    """A voucher of this shop whatever its state (for the history and the redeem dialog)."""
    return _info(_row(code))


def _refusal(info: VoucherInfo, now: dt.datetime) -> VoucherRefused | None:
    state = info.status(now)
    if state == "voided":
        assert info.voided_at is not None
        when = desk_moment(info.voided_at, short_time)
        sentence = (CORE.tr("{code} was voided on {when} by {name}: {reason}") if info.voided_by
                    else CORE.tr("{code} was voided on {when}: {reason}"))
        return VoucherRefused(sentence.format(code=info.code, when=when, name=info.voided_by,
                                              reason=info.void_reason))
    if state == "redeemed":
        assert info.redeemed_at is not None
        sentence = (CORE.tr("{code} was already redeemed on {when} by {name}.") if info.redeemed_by
                    else CORE.tr("{code} was already redeemed on {when}."))
        return VoucherRefused(sentence.format(code=info.code, when=desk_moment(info.redeemed_at, short_time),
                                              name=info.redeemed_by))
    if state == "expired":
        return VoucherRefused(CORE.tr("{code} expired on {date}.").format(
            code=info.code, date=desk_date(info.expires_at.astimezone().date(), long_date)))
    return None


def check_voucher(code: str, *, now: dt.datetime | None = None) -> VoucherInfo:
    """The voucher if it can be redeemed now; otherwise the reason in one sentence (``VoucherRefused`` or
    ``InvalidVoucherCode``)."""
    info = find_voucher(code)
    refusal = _refusal(info, now or utcnow())
    if refusal is not None:
        raise refusal
    return info


def vouchers_for_complaint(complaint_id: int) -> list[VoucherInfo]:
    currency = settings.load().currency
    query = Voucher.select().where(Voucher.complaint == complaint_id).order_by(Voucher.issued_at, Voucher.id)
    return [_info(row, currency) for row in query]


def vouchers_for_customer(customer_id: int) -> list[VoucherInfo]:
    currency = settings.load().currency
    query = Voucher.select().where(Voucher.customer == customer_id).order_by(Voucher.issued_at, Voucher.id)
    return [_info(row, currency) for row in query]


# ---------------------------------------------------------------------------------------------- writing


def _validate_value(percent: int | None, value_cents: int | None) -> dict[str, str]:
    if (percent is None) == (value_cents is None):
        return {"value": CORE.tr("Give the voucher either a percentage or an amount.")}
    if percent is not None and not (isinstance(percent, int) and 1 <= percent <= MAX_PERCENT):
        return {"value": CORE.tr("A percentage is a whole number from 1 to {most}.").format(most=MAX_PERCENT)}
    if value_cents is not None and not (isinstance(value_cents, int) and 1 <= value_cents <= MAX_VALUE_CENTS):
        return {"value": CORE.tr("An amount is more than 0 and at most {most:,}.").format(
            most=MAX_VALUE_CENTS // 100)}
    return {}


def issue_voucher(
    customer_id: int,
    staff_id: int,
    *,
    percent: int | None = None,
    value_cents: int | None = None,
    complaint_id: int | None = None,
    now: dt.datetime | None = None,
) -> VoucherInfo:
    """Issue a voucher for ``percent`` % or ``value_cents`` off, valid for the settings' number of days, tied to
    the customer (and the complaint it makes good, if any)."""
    errors = _validate_value(percent, value_cents)
    if errors:
        raise ValidationError(errors)
    issued = now or utcnow()
    values = settings.load()
    with database.atomic():
        _require_staff(staff_id)
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(CORE.tr("That customer no longer exists."))
        if complaint_id is not None:
            complaint = Complaint.get_or_none(Complaint.id == complaint_id)
            if complaint is None:
                raise NotFound(CORE.tr("That complaint no longer exists."))
            if complaint.customer_id != customer_id:
                raise ValidationError({"complaint": CORE.tr("That complaint is not one of this customer's.")})
        secret = _secret(create=True)
        assert secret is not None
        for _ in range(20):  # 923,521 serials: a repeat is rare, and then we draw again
            code = make_code(secret, "".join(secrets.choice(ALPHABET) for _ in range(SERIAL_LENGTH)))
            if not Voucher.select().where(Voucher.code == code).exists():
                break
        else:  # pragma: no cover - needs hundreds of thousands of vouchers
            raise DeskError(CORE.tr("No free voucher code could be found; try again."))
        row = Voucher.create(code=code, percent=percent, value_cents=value_cents, issued_at=issued,
                             expires_at=issued + dt.timedelta(days=values.voucher_validity_days),
                             customer=customer_id, complaint=complaint_id, issued_by=staff_id)
        audit.record(staff_id, "voucher", row.id, "issue", None, audit.snapshot(row))
    return _info(row, values.currency)


def redeem_voucher(
    code: str, staff_id: int, *, visit_id: int | None = None, now: dt.datetime | None = None
) -> VoucherInfo:
    """Redeem the voucher once. Two desks redeeming the same code at the same moment: exactly one succeeds (a
    conditional UPDATE), the other is told when and by whom it was redeemed."""
    moment = now or utcnow()
    with database.atomic():
        _require_staff(staff_id)
        row = _row(code)
        if visit_id is not None:
            visit = Visit.get_or_none(Visit.id == visit_id)
            if visit is None or visit.customer_id != row.customer_id:
                raise ValidationError({"visit": CORE.tr("That visit is not one of this voucher's customer's.")})
        before = audit.snapshot(row)
        claimed = (
            Voucher.update(redeemed_at=moment, redeemed_by=staff_id, redeemed_visit=visit_id)
            .where((Voucher.id == row.id) & Voucher.redeemed_at.is_null() & Voucher.voided_at.is_null()
                   & (Voucher.expires_at > moment))
            .execute()
        )
        fresh = Voucher.get_by_id(row.id)
        if claimed != 1:
            refusal = _refusal(_info(fresh), moment)
            raise refusal or VoucherRefused(CORE.tr("{code} cannot be redeemed now; try again.").format(
                code=fresh.code))
        audit.record(staff_id, "voucher", row.id, "redeem", before, audit.snapshot(fresh))
    return _info(fresh)


def void_voucher(
    code: str, reason: str, staff_id: int, *, approval: Approval | None = None, now: dt.datetime | None = None
) -> VoucherInfo:
    """Void a voucher with a reason; only a manager may: a manager at the desk, another desk with a manager's
    ``approval`` (``staff.approve``: their PIN typed now), or the command line (no PIN). A redeemed voucher
    cannot be voided."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": CORE.tr("Say why the voucher is voided.")})
    if len(reason) > REASON_LIMIT:
        raise ValidationError({"reason": CORE.tr("Keep the reason to {limit} characters.").format(
            limit=REASON_LIMIT)})
    if problem := textcheck.problem(reason, REASON_LIMIT):
        raise ValidationError({"reason": problem})
    moment = now or utcnow()
    with database.atomic():
        actor = _require_staff(staff_id)
        voider = approval.manager_id if approval is not None else actor.id
        allowed = Staff.get_or_none(Staff.id == voider)
        if allowed is None or allowed.role not in ("manager", SYSTEM_ROLE):
            raise ValidationError({"approval": CORE.tr("Only a manager can void a voucher: ask one to approve with "
                                                       "their PIN.")})
        row = _row(code)
        before = audit.snapshot(row)
        claimed = (
            Voucher.update(voided_at=moment, void_reason=reason, voided_by=voider)
            .where((Voucher.id == row.id) & Voucher.redeemed_at.is_null() & Voucher.voided_at.is_null())
            .execute()
        )
        fresh = Voucher.get_by_id(row.id)
        if claimed != 1:
            refusal = _refusal(_info(fresh), moment)
            raise refusal or VoucherRefused(CORE.tr("{code} cannot be voided now.").format(code=fresh.code))
        audit.record(staff_id, "voucher", row.id, "void", before, audit.snapshot(fresh))
    return _info(fresh)


# ---------------------------------------------------------------------------------------------- printing


def terms(info: VoucherInfo, business: str, language: str = "en") -> str:
    return wording(language).terms.format(name=info.customer_name, business=business,
                                          expiry=document_date(info.expires_at.astimezone().date(), language))


def document(info: VoucherInfo, head: Letterhead, currency: str, language: str) -> VoucherData:
    """The voucher page's words in ``language`` (the customer's letter language)."""
    return VoucherData(letterhead=head, code=info.code,
                       value_text=value_text(info.percent, info.value_cents, currency, language),
                       customer_name=info.customer_name, issued_on=info.issued_at.astimezone().date(),
                       expires_on=info.expires_at.astimezone().date(), terms=terms(info, head.name, language),
                       language=language)


def voucher_data(code: str) -> VoucherData:
    """The printed voucher for ``code``, in its customer's language when that has a template set, else in the
    business's default letter language (refused while the business's name and address are unset)."""
    info = find_voucher(code)
    values = settings.load()
    head = letterhead(values)
    customer = Customer.get_by_id(info.customer_id)
    return document(info, head, values.currency, values.letter_language_for(customer.language))


def voucher_pdf(code: str) -> bytes:
    """The voucher page as PDF bytes."""
    from reports.pdf import render_voucher  # ReportLab only when a document is made

    return render_voucher(voucher_data(code))


__all__ = ["ALPHABET", "InvalidVoucherCode", "VoucherInfo", "VoucherRefused", "check_voucher", "find_voucher",
           "issue_voucher", "redeem_voucher", "void_voucher", "voucher_pdf"]
