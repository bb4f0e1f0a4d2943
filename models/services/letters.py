"""Letters to the customer — apology, follow-up, resolution confirmation — and the case file, printed from a
complaint and stored with it, so a reprint is the very same document.

A letter's body is the manager's template with the complaint's facts merged in. A field the complaint cannot fill
(a visit date for a complaint with no visit) is refused with the field named, never printed as a blank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models import settings
from models.db import database, rows
from models.entities import (
    LETTER_KINDS,
    Complaint,
    Customer,
    Letter,
    Promise,
    Remedy,
    ResolutionStep,
    Staff,
    Visit,
    utcnow,
)
from models.errors import DeskError, NotFound, ValidationError
from models.i18n import CORE, QT_TRANSLATE_NOOP, desk_date
from models.services import audit, vouchers
from models.services.closing import ROOT_CAUSES
from models.services.complaints import CATEGORY_LABELS, CHANNEL_LABELS, FAULT_LABELS, SEVERITY_LABELS, STATUS_LABELS
from models.services.letterhead import letterhead, money
from models.services.staff import SYSTEM_ROLE
from reports.data import Address, CaseFileData, CaseStep, LetterData, Letterhead, short_time
from reports.templates import MERGE_FIELDS, fields_used, merge
from reports.wording import case_file_wording, core_label, long_date, wording
from reports.wording import money as document_money

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

KIND_LABELS = {
    "apology": QT_TRANSLATE_NOOP("CORE", "Apology letter"),
    "follow_up": QT_TRANSLATE_NOOP("CORE", "Follow-up letter"),
    "resolution": QT_TRANSLATE_NOOP("CORE", "Resolution letter"),
    "case_file": QT_TRANSLATE_NOOP("CORE", "Case file"),
}
STEP_LABELS = {"listen": "Listen", "thank": "Thank", "apologize": "Apologize", "solution": "Seek a solution",
               "agreement": "Reach agreement", "action": "Take quick action", "follow_up": "Follow up"}
# what is missing when a template's field has no value for this complaint
MISSING_REASONS = {
    "visit_date": QT_TRANSLATE_NOOP("CORE", "this complaint is not linked to a visit"),
    "visit_service": QT_TRANSLATE_NOOP("CORE", "this complaint is not linked to a visit"),
    "agreement": QT_TRANSLATE_NOOP("CORE", "nothing has been agreed yet (record the agreement step first)"),
    "remedy": QT_TRANSLATE_NOOP("CORE", "no remedy has been offered yet"),
    "voucher_code": QT_TRANSLATE_NOOP("CORE", "no voucher has been issued for this complaint"),
    "voucher_value": QT_TRANSLATE_NOOP("CORE", "no voucher has been issued for this complaint"),
    "voucher_expiry": QT_TRANSLATE_NOOP("CORE", "no voucher has been issued for this complaint"),
}


NOT_AGREED_YET = wording("en").not_agreed_yet


class NoPostalAddress(DeskError):
    """The customer has no postal address: print without the address block, or add one."""


class Cancelled(DeskError):
    """The batch was cancelled; nothing was printed or stored."""


@dataclass(frozen=True)
class StoredLetter:
    id: int
    complaint_id: int
    kind: str
    created_at: dt.datetime
    staff_name: str
    pdf: bytes

    @property
    def title(self) -> str:
        kind = CORE.tr(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind
        day = desk_date(self.created_at.astimezone().date(), long_date)
        return CORE.tr("{letter}, {date}").format(letter=kind, date=day)


@dataclass(frozen=True)
class Batch:
    """Due follow-up letters in one PDF (None when none were due), and the customers left out, with why."""

    pdf: bytes | None
    printed: int
    skipped: tuple[str, ...]


def parse_kind(text: str) -> str:
    """'follow-up' (as the command line spells it) or 'follow_up' -> 'follow_up'."""
    kind = text.strip().lower().replace("-", "_")
    if kind not in LETTER_KINDS:
        raise ValidationError({"kind": CORE.tr("The letter is one of: apology, follow-up, resolution, case-file.")})
    return kind


# ---------------------------------------------------------------------------------------------- facts


def _today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def address_lines(customer: Customer) -> tuple[str, ...]:
    place = " ".join(part for part in (customer.postcode.strip(), customer.city.strip()) if part)
    return tuple(line for line in (customer.address_line1.strip(), customer.address_line2.strip(), place) if line)


def has_postal_address(customer: Customer) -> bool:
    return bool(customer.address_line1.strip()) and bool(customer.postcode.strip() or customer.city.strip())


def _person(staff_id: int | None) -> Staff | None:
    """A staff member who can sign a letter (the command line cannot)."""
    row = Staff.get_or_none(Staff.id == staff_id) if staff_id is not None else None
    return row if row is not None and row.role != SYSTEM_ROLE else None


def describe_remedy(kind: str, value_cents: int | None, percent: int | None, currency: str,
                    language: str = "en") -> str:
    """The remedy in words of the letter's language: "a refund of £20.00", "zwrot pieniędzy w wysokości 20,00 zł"."""
    words = wording(language)
    text = words.remedies.get(kind, kind)
    if percent is not None:
        return words.remedy_percent.format(remedy=text, percent=percent)
    if value_cents is not None:
        return words.remedy_amount.format(remedy=text, amount=document_money(value_cents, currency, language))
    return text


def _agreement(complaint: Complaint) -> str | None:
    note = (ResolutionStep.select(ResolutionStep.note)
            .where((ResolutionStep.complaint == complaint.id) & (ResolutionStep.step == "agreement")
                   & (ResolutionStep.note != ""))
            .order_by(ResolutionStep.done_at.desc(), ResolutionStep.id.desc()).first())
    return None if note is None else str(note.note).strip()


def _remedy(complaint: Complaint, currency: str, language: str = "en") -> str | None:
    query = (Remedy.select().where((Remedy.complaint == complaint.id) & (Remedy.status != "declined"))
             .order_by(Remedy.created_at.desc(), Remedy.id.desc()))
    chosen = next((r for r in query if r.status in ("accepted", "given")), None) or query.first()
    return None if chosen is None else describe_remedy(chosen.kind, chosen.value_cents, chosen.percent, currency,
                                                       language)


def _voucher(complaint: Complaint) -> vouchers.VoucherInfo | None:
    usable = [v for v in vouchers.vouchers_for_complaint(complaint.id) if v.status() == "valid"]
    return usable[-1] if usable else None


def _complaint(complaint_id: int) -> Complaint:
    row = Complaint.get_or_none(Complaint.id == complaint_id)
    if row is None:
        raise NotFound(CORE.tr("That complaint no longer exists."))
    return row


def merge_values(complaint: Complaint, signer: str, business: str, currency: str,
                 language: str = "en") -> dict[str, str]:
    """Every merge field this complaint can fill, in words of ``language``; the ones it cannot are left out (and
    refused if used)."""
    customer = Customer.get_by_id(complaint.customer_id)
    words = wording(language)
    values = {
        "customer_name": customer.name,
        "business_name": business,
        "staff_name": signer,
        "received_date": long_date(complaint.received_at.astimezone().date(), language),
        "complaint_summary": complaint.summary,
    }
    visit = Visit.get_or_none(Visit.id == complaint.visit_id) if complaint.visit_id is not None else None
    if visit is not None:
        values["visit_date"] = long_date(visit.date, language)
        values["visit_service"] = visit.service
    remedy = _remedy(complaint, currency, language)
    if remedy is not None:
        values["remedy"] = remedy
    agreement = _agreement(complaint)
    if agreement:
        values["agreement"] = agreement
    elif remedy is not None:
        values["agreement"] = words.agreed_on.format(remedy=remedy)
    voucher = _voucher(complaint)
    if voucher is not None:
        values["voucher_code"] = voucher.code
        values["voucher_value"] = vouchers.value_text(voucher.percent, voucher.value_cents, currency, language)
        values["voucher_expiry"] = long_date(voucher.expires_at.astimezone().date(), language)
        values.setdefault("agreement", words.enclose_voucher.format(value=values["voucher_value"],
                                                                    expiry=values["voucher_expiry"]))
    return values


def letter_data(
    complaint_id: int, kind: str, staff_id: int | None, *, without_address: bool = False,
    today: dt.date | None = None, head: Letterhead | None = None, business: settings.BusinessSettings | None = None,
) -> LetterData:
    """What the ``kind`` letter for this complaint says, ready to print, in the customer's language when it has
    a template set (else the business's default letter language)."""
    if kind not in ("apology", "follow_up", "resolution"):
        raise ValidationError({"kind": CORE.tr("Choose an apology, follow-up or resolution letter.")})
    values = business or settings.load()
    head = head or letterhead(values)
    complaint = _complaint(complaint_id)
    customer = Customer.get_by_id(complaint.customer_id)
    if not without_address and not has_postal_address(customer):
        raise NoPostalAddress(CORE.tr("{name} has no postal address: print without the address block, or add "
                                      "one to the customer first.").format(name=customer.name))
    language = values.letter_language_for(customer.language)
    words = wording(language)
    signer = _person(staff_id) or _person(complaint.owner_id)
    signer_name = signer.name if signer is not None else words.the_team_at.format(business=head.name)
    fields = merge_values(complaint, signer_name, head.name, values.currency, language)
    if kind != "resolution":  # an apology goes out before anything is agreed; a confirmation cannot
        fields.setdefault("agreement", words.not_agreed_yet)
    template = values.template(kind, language)
    missing = [name for name in fields_used(template) if name not in fields]
    if missing:
        first = missing[0]
        reason = (CORE.tr(MISSING_REASONS[first]) if first in MISSING_REASONS
                  else CORE.tr("{field} is not known").format(field=MERGE_FIELDS.get(first, first)))
        raise DeskError(CORE.tr("The {letter} template uses {{{field}}}, but {reason}: fill it in, or change the "
                                "template in Settings.").format(letter=CORE.tr(KIND_LABELS[kind]).lower(),
                                                               field=first, reason=reason))
    voucher = _voucher(complaint) if kind in ("apology", "resolution") else None
    return LetterData(
        letterhead=head,
        date=today or _today(),
        recipient=None if without_address else Address(customer.name, address_lines(customer)),
        subject=words.subjects[kind].format(summary=complaint.summary),
        body=merge(template, fields),
        signer_name=signer_name,
        signature=values.letter_signature,
        reference=words.our_reference.format(complaint=complaint.id),
        voucher=None if voucher is None else vouchers.document(voucher, head, values.currency, language),
        language=language,
    )


def case_file_data(complaint_id: int, *, today: dt.date | None = None) -> CaseFileData:
    """The complaint's full record: facts, the customer's words, every step with time and staff, remedies,
    promises, vouchers and letters — in the customer's letter language (as their letters are)."""
    values = settings.load()
    head = letterhead(values)
    complaint = _complaint(complaint_id)
    customer = Customer.get_by_id(complaint.customer_id)
    language = values.letter_language_for(customer.language)
    words = case_file_wording(language)
    label = words.facts

    def when(moment: dt.datetime) -> str:
        return short_time(moment, language)

    def named(labels: dict[Any, str], key: Any) -> str:
        return core_label(labels[key], language) if key in labels else str(key)

    names = {sid: name for sid, name in rows(Staff.select(Staff.id, Staff.name))}
    channel = complaint.channel if language == "en" else named(CHANNEL_LABELS, complaint.channel)
    facts: list[tuple[str, str]] = [
        (label["received"], words.received.format(time=when(complaint.received_at), channel=channel)),
        (label["about"], named(CATEGORY_LABELS, complaint.category)),
        (label["summary"], complaint.summary),
        (label["severity"], named(SEVERITY_LABELS, complaint.severity)),
        (label["status"], named(STATUS_LABELS, complaint.status)),
        (label["fault"], (complaint.business_at_fault if language == "en" or not complaint.business_at_fault
                          else named(FAULT_LABELS, complaint.business_at_fault)) or words.not_assessed),
        (label["handled_by"], names.get(complaint.owner_id, "—")),
    ]
    if complaint.visit_id is not None:
        visit = Visit.get_or_none(Visit.id == complaint.visit_id)
        if visit is not None:
            facts.append((label["visit"], words.visit.format(
                date=long_date(visit.date, language), service=visit.service,
                amount=money(visit.amount_cents, values.currency) if language == "en"
                else document_money(visit.amount_cents, values.currency, language))))
    if complaint.first_contact_at is not None:
        facts.append((label["first_contact"], when(complaint.first_contact_at)))
    if complaint.resolved_at is not None:
        facts.append((label["resolved"], when(complaint.resolved_at)))
    if complaint.satisfaction is not None:
        facts.append((label["satisfaction"], words.satisfaction.format(score=complaint.satisfaction)))
    if complaint.root_cause:
        facts.append((label["root_cause"], _root_cause(complaint.root_cause, language)))
    steps = [CaseStep(complaint.received_at, words.complaint_received, names.get(complaint.owner_id, ""), "")]
    for row in ResolutionStep.select().where(ResolutionStep.complaint == complaint.id).order_by(
            ResolutionStep.done_at, ResolutionStep.id):
        steps.append(CaseStep(row.done_at, words.steps_taken.get(row.step, row.step), names.get(row.staff_id, ""),
                              row.note))
    remedies = [
        words.remedy_line.format(remedy=describe_remedy(r.kind, r.value_cents, r.percent, values.currency, language),
                                 status=core_label(r.status, language), time=when(r.created_at))
        + (words.approved_by.format(name=names[r.approved_by_id]) if r.approved_by_id in names else "")
        for r in Remedy.select().where(Remedy.complaint == complaint.id).order_by(Remedy.created_at, Remedy.id)]
    promises = [
        words.promise_line.format(what=p.what, due=when(p.due_at), owner=names.get(p.owner_id, words.no_owner))
        + (words.kept.format(time=when(p.done_at)) + (f": {p.outcome}" if p.outcome else "") if p.done_at
           else words.still_open)
        for p in Promise.select().where(Promise.complaint == complaint.id).order_by(Promise.due_at, Promise.id)]
    voucher_lines = [words.voucher_line.format(
        code=v.code, value=v.value_text if language == "en"
        else vouchers.value_text(v.percent, v.value_cents, values.currency, language),
        issued=long_date(v.issued_at.astimezone().date(), language),
        status=words.voucher_statuses.get(v.status(), v.status()))
        for v in vouchers.vouchers_for_complaint(complaint.id)]
    letter_lines = [f"{named(KIND_LABELS, kind)}, {when(at)}" + (f", {names[sid]}" if sid in names else "")
                    for kind, at, sid in rows(Letter.select(Letter.kind, Letter.created_at, Letter.staff)
                                              .where(Letter.complaint == complaint.id)
                                              .order_by(Letter.created_at, Letter.id))]
    return CaseFileData(
        letterhead=head, printed_on=today or _today(), reference=words.reference.format(complaint=complaint.id),
        customer=Address(customer.name, address_lines(customer)), facts=tuple(facts),
        customer_words=complaint.customer_words, desired_outcome=complaint.desired_outcome, steps=tuple(steps),
        remedies=tuple(remedies), promises=tuple(promises), vouchers=tuple(voucher_lines),
        letters=tuple(letter_lines), language=language,
    )


def _root_cause(stored: str, language: str) -> str:
    """The recorded root cause as stored ("parts: the batch of pads") in English; in another language the list
    entry's label in that language, then the note."""
    prefix, _, note = stored.partition(":")
    if language == "en" or prefix.strip() not in ROOT_CAUSES:
        return stored  # free text from elsewhere: as written
    return core_label(ROOT_CAUSES[prefix.strip()], language) + (f": {note.strip()}" if note.strip() else "")


# ---------------------------------------------------------------------------------------------- printing


def _stored(row: Letter) -> StoredLetter:
    staff_row = Staff.get_or_none(Staff.id == row.staff_id) if row.staff_id is not None else None
    return StoredLetter(id=row.id, complaint_id=row.complaint_id, kind=row.kind, created_at=row.created_at,
                        staff_name="" if staff_row is None else staff_row.name, pdf=bytes(row.pdf))


def _store(complaint_id: int, kind: str, pdf: bytes, staff_id: int) -> Letter:
    """Keep the printed letter with the complaint (call inside a transaction). Printing the very same letter again
    the same day keeps the one already stored."""
    latest: Letter | None = (Letter.select().where((Letter.complaint == complaint_id) & (Letter.kind == kind))
                             .order_by(Letter.created_at.desc(), Letter.id.desc()).first())
    if latest is not None and bytes(latest.pdf) == pdf:
        return latest
    row = Letter.create(complaint=complaint_id, kind=kind, staff=staff_id, pdf=pdf, created_at=utcnow())
    audit.record(staff_id, "letter", row.id, "print", None, audit.snapshot(row))
    return row


def render(complaint_id: int, kind: str, staff_id: int | None, *, without_address: bool = False,
           today: dt.date | None = None) -> bytes:
    """The document as PDF bytes, not stored (a preview)."""
    from reports import pdf  # ReportLab only when a document is made

    if kind == "case_file":
        return pdf.render_case_file(case_file_data(complaint_id, today=today))
    return pdf.render_letter(letter_data(complaint_id, kind, staff_id, without_address=without_address, today=today))


def print_letter(complaint_id: int, kind: str, staff_id: int, *, without_address: bool = False,
                 today: dt.date | None = None) -> StoredLetter:
    """Make the letter (with its voucher page, if the complaint has a usable voucher) and store it with the
    complaint; returns what was stored, PDF bytes included."""
    document = render(complaint_id, kind, staff_id, without_address=without_address, today=today)
    with database.atomic():
        _complaint(complaint_id)
        row = _store(complaint_id, kind, document, staff_id)
    return _stored(row)


def reprint(letter_id: int) -> StoredLetter:
    """A letter printed before, exactly as it was (the stored bytes)."""
    row = Letter.get_or_none(Letter.id == letter_id)
    if row is None:
        raise NotFound(CORE.tr("That letter is no longer on file."))
    return _stored(row)


def letters_for(complaint_id: int) -> list[StoredLetter]:
    """The letters printed for a complaint, oldest first."""
    return [_stored(row) for row in Letter.select().where(Letter.complaint == complaint_id)
            .order_by(Letter.created_at, Letter.id)]


# ---------------------------------------------------------------------------------------------- the batch


def _end_of(day: dt.date) -> dt.datetime:
    local_midnight = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    return local_midnight.astimezone(dt.UTC)


def due_follow_ups(today: dt.date | None = None) -> list[tuple[int, int | None]]:
    """(complaint id, promise owner) of every follow-up promise not yet kept and due by the end of today,
    soonest due first."""
    query = (Promise.select(Promise.complaint, Promise.owner)
             .where((Promise.kind == "follow_up") & Promise.done_at.is_null() & Promise.complaint.is_null(False)
                    & (Promise.due_at < _end_of(today or _today())))
             .order_by(Promise.due_at, Promise.id))
    seen: set[int] = set()
    due: list[tuple[int, int | None]] = []
    for complaint_id, owner_id in rows(query):
        if complaint_id not in seen:
            seen.add(complaint_id)
            due.append((complaint_id, owner_id))
    return due


def print_due_follow_ups(staff_id: int, *, progress: Progress | None = None,
                         today: dt.date | None = None) -> Batch:
    """Every follow-up letter due by the end of today in one PDF, each stored with its complaint.

    ``progress(done, total)`` may return False to cancel: then nothing is stored and ``Cancelled`` is raised.
    Customers with no postal address are left out and named. The documents are made before the one short write,
    so other desks are not kept waiting while hundreds of letters are laid out.
    """
    from reports import pdf

    due = due_follow_ups(today)
    values = settings.load()
    head = letterhead(values) if due else None
    total = 2 * len(due)  # each letter is made on its own (to store) and then into the batch
    letters: list[tuple[int, LetterData, bytes]] = []
    skipped: list[str] = []
    for index, (complaint_id, owner_id) in enumerate(due, start=1):
        try:
            data = letter_data(complaint_id, "follow_up", owner_id or staff_id, today=today, head=head,
                               business=values)
        except NoPostalAddress as exc:
            skipped.append(str(exc).split(":")[0])
        except (NotFound, pw.DoesNotExist):
            continue  # deleted while the batch ran
        else:
            letters.append((complaint_id, data, pdf.render_letter(data)))
        if progress is not None and not progress(index, total):
            raise Cancelled(CORE.tr("Printing the follow-up letters was cancelled; nothing was printed or stored."))
    if not letters:
        return Batch(None, 0, tuple(skipped))

    def batch_progress(done: int, _total: int) -> bool:
        return progress is None or progress(len(due) + done, total)

    try:
        document = pdf.render_letters([data for _, data, _ in letters], progress=batch_progress)
    except pdf.Cancelled:
        raise Cancelled(CORE.tr("Printing the follow-up letters was cancelled; nothing was printed or "
                                "stored.")) from None
    if progress is not None and not progress(total, total):
        raise Cancelled(CORE.tr("Printing the follow-up letters was cancelled; nothing was printed or stored."))
    with database.atomic():
        for complaint_id, _data, single in letters:
            if Complaint.select().where(Complaint.id == complaint_id).exists():
                _store(complaint_id, "follow_up", single, staff_id)
    return Batch(document, len(letters), tuple(skipped))
