"""Customers: add and edit them, find them as you type, and read their whole history."""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from dataclasses import dataclass, fields

import peewee as pw

from models import early, textcheck
from models.db import database, is_sqlite, rows
from models.early import CustomerRow
from models.entities import CONTACT_PREFERENCES, Complaint, Customer, Visit
from models.errors import NotFound, StaleEdit, ValidationError
from models.i18n import CORE, QT_TRANSLATE_NOOP
from models.services import audit
from models.services.versioning import save_versioned, stale_message
from models.settings import load as load_settings
from models.textfold import digits, phone_query, search_fields, words
from reports.wording import LANGUAGE_NAMES, LANGUAGES

__all__ = ["CONTACT_PREFERENCES", "LANGUAGE_NAMES", "LANGUAGES", "PAGE_SIZE", "CustomerRow"]

CONTACT_LABELS = {
    "phone": QT_TRANSLATE_NOOP("CORE", "Phone"),
    "email": QT_TRANSLATE_NOOP("CORE", "Email"),
    "letter": QT_TRANSLATE_NOOP("CORE", "Letter"),
    "sms": QT_TRANSLATE_NOOP("CORE", "Text message"),
}

PAGE_SIZE = 50  # a screenful and a half; the list fetches more as it scrolls
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")


@dataclass(frozen=True)
class CustomerInput:
    """What the receptionist typed for a customer."""

    name: str
    phone: str = ""
    email: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    preferred_contact: str = "phone"
    notes: str = ""
    language: str = ""  # the letters' language ("en", "pl"); "" = the business's default letter language

    def cleaned(self) -> CustomerInput:
        return CustomerInput(self.name.strip(), self.phone.strip(), self.email.strip(),
                             self.address_line1.strip(), self.address_line2.strip(), self.postcode.strip(),
                             self.city.strip(), self.preferred_contact.strip(), self.notes,
                             self.language.strip().lower())


@dataclass(frozen=True)
class CustomerRecord:
    """A customer as saved, with the version an edit must name."""

    id: int
    name: str
    phone: str
    email: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    preferred_contact: str
    notes: str
    version: int
    created_at: dt.datetime
    language: str = ""  # "" = the business's default letter language

    @property
    def address_lines(self) -> list[str]:
        return [p for p in (self.address_line1, self.address_line2, " ".join(
            part for part in (self.postcode, self.city) if part)) if p]


# field -> (limit, multi-line); the dialog sets the same limits on its fields
LIMITS: dict[str, tuple[int, bool]] = {
    "name": (textcheck.NAME, False),
    "phone": (40, False),
    "email": (254, False),
    "address_line1": (textcheck.LINE, False),
    "address_line2": (textcheck.LINE, False),
    "postcode": (textcheck.POSTCODE, False),
    "city": (textcheck.LINE, False),
    "notes": (textcheck.LONG_TEXT, True),
}


def validate(data: CustomerInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, (limit, multiline) in LIMITS.items():
        reason = textcheck.problem(getattr(data, name), limit, multiline=multiline)
        if reason:
            errors[name] = reason
    if "name" not in errors and not textcheck.has_visible_letter(data.name):
        errors["name"] = CORE.tr("Enter the customer's name.")
    phone = data.phone.strip()
    if "phone" not in errors and phone and (not _PHONE_CHARS.match(phone) or not 6 <= len(digits(phone)) <= 15):
        errors["phone"] = CORE.tr("A phone number has 6 to 15 digits (spaces, +, - and brackets are fine).")
    email = data.email.strip()
    if "email" not in errors and email and not _EMAIL.match(email):
        errors["email"] = CORE.tr("That email address looks incomplete, e.g. name@example.com.")
    if data.preferred_contact not in CONTACT_PREFERENCES:
        errors["preferred_contact"] = CORE.tr("Preferred contact is one of: {choices}.").format(
                                          choices=', '.join(CONTACT_PREFERENCES))
    if data.language and data.language not in LANGUAGES:
        errors["language"] = CORE.tr("Letters can be written in: {languages}; or leave it empty for the business's "
                                     "default.").format(languages=", ".join(
                                         f"{code} ({LANGUAGE_NAMES[code]})" for code in LANGUAGES))
    if data.preferred_contact == "email" and not email:
        errors.setdefault("email", CORE.tr("Add an email address to contact this customer by email."))
    return errors


def _country_code() -> str:
    return load_settings().country_code


def _row_values(data: CustomerInput) -> dict[str, object]:
    values: dict[str, object] = {f.name: getattr(data, f.name) for f in fields(data)}
    values["search_text"], values["sort_key"] = search_fields(
        data.name, data.phone, data.email, data.postcode, data.city, _country_code()
    )
    return values


def _record(row: Customer) -> CustomerRecord:
    return CustomerRecord(
        id=row.id, name=row.name, phone=row.phone, email=row.email, address_line1=row.address_line1,
        address_line2=row.address_line2, postcode=row.postcode, city=row.city,
        preferred_contact=row.preferred_contact, notes=row.notes, version=row.version, created_at=row.created_at,
        language=row.language,
    )


def _checked(data: CustomerInput) -> CustomerInput:
    data = data.cleaned()
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    return data


def create_customer(data: CustomerInput, staff_id: int) -> CustomerRecord:
    """Add a customer; the receptionist can find them by name, phone, email or postcode at once."""
    data = _checked(data)
    with database.atomic():
        row = Customer.create(**_row_values(data))
        audit.record(staff_id, "customer", row.id, "create", None, audit.snapshot(row))
    return _record(row)


def update_customer(customer_id: int, expected_version: int, data: CustomerInput, staff_id: int) -> CustomerRecord:
    """Save an edited customer, unless another desk saved them since ``expected_version`` was loaded."""
    data = _checked(data)
    with database.atomic():
        row = _get_row(customer_id)
        if row.version != expected_version:
            raise StaleEdit(stale_message("customer", customer_id, "customer"))
        before = audit.snapshot(row)
        for key, value in _row_values(data).items():
            setattr(row, key, value)
        row.search_text = with_merged_words(row.id, row.search_text)  # still found by a merged record's name
        save_versioned(row, expected_version, "customer", "customer")
        audit.record(staff_id, "customer", row.id, "update", before, audit.snapshot(row))
    return _record(row)


def add_search_words(search_text: str, extra: str) -> str:
    """``search_text`` with the words of ``extra`` it does not have yet (both folded, space-led)."""
    have = search_text.split()
    new = [word for word in dict.fromkeys(extra.split()) if word not in have]
    return search_text + "".join(" " + word for word in new)


def with_merged_words(customer_id: int, search_text: str) -> str:
    """The search text of a customer, with the words of every customer merged into them (models/services/merge)."""
    for (merged,) in rows(Customer.select(Customer.search_text).where(Customer.merged_into == customer_id)):
        search_text = add_search_words(search_text, merged)
    return search_text


def _get_row(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFound(CORE.tr("That customer no longer exists."))
    return row


def get_customer(customer_id: int) -> CustomerRecord:
    return _record(_get_row(customer_id))


def customer_input(record: CustomerRecord) -> CustomerInput:
    return CustomerInput(**{f.name: getattr(record, f.name) for f in fields(CustomerInput)})


def search_customers(
    query: str, *, after: tuple[str, int] | None = None, limit: int = PAGE_SIZE
) -> list[CustomerRow]:
    """Customers whose name, phone, email, postcode or city start with the words typed, in name order.

    Accents and case do not matter ("lucja" finds "Łucja"). ``after`` is the (sort_key, id) of the last
    row already shown: the next page starts after it.
    """
    groups = search_groups(query)
    if is_sqlite():
        if groups:
            sql, params = fts_search_sql(groups, after, limit)
        else:
            sql = early.LIST_SQL + (early.LIST_AFTER if after else "") + early.LIST_ORDER
            params = [*(after or ()), limit]
        return [CustomerRow(*values) for values in database.execute_sql(sql, params).fetchall()]
    columns = (Customer.id, Customer.name, Customer.phone, Customer.email, Customer.postcode, Customer.city,
               Customer.sort_key)
    select = Customer.select(*columns).where(Customer.merged_into.is_null())
    if groups:  # servers without FTS5: the folded search text, word starts only
        matches = [functools.reduce(operator.and_, [Customer.search_text.contains(" " + term) for term in group])
                   for group in groups]
        select = select.where(functools.reduce(operator.or_, matches))
    if after is not None:
        select = select.where(pw.Tuple(Customer.sort_key, Customer.id) > pw.Tuple(after[0], after[1]))
    select = select.order_by(Customer.sort_key, Customer.id).limit(limit)
    return [CustomerRow(*values) for values in rows(select)]


def search_groups(query: str) -> list[list[str]]:
    """What a typed query matches: any one group, every term of the group a word start.

    A query typed like a phone number ("+44 7700 900123", "07700 900") also matches as one run of digits, in
    the national form, so the international and national ways of writing a number find each other.
    """
    terms = words(query)
    number = phone_query(query, _country_code() if query.strip().startswith(("+", "00")) else "")
    groups = [terms] if terms else []
    if number and [number] != terms:
        groups.append([number])
    return groups


def fts_search_sql(groups: list[list[str]], after: tuple[str, int] | None,
                   limit: int) -> tuple[str, list[object]]:
    """The SQLite query behind a search: every term a prefix match in the FTS5 index, a page in name order.

    Two plans, chosen by how much a search can match (measured at 100,000 customers in benchmarks/):
    a one-letter search matches a large part of the list, so walking the name index in order and stopping
    at a full page beats sorting every match (2 ms against 15–50 ms); a longer search matches few rows, so
    fetching the matches and sorting them wins (about 1 ms against a walk of up to 8 ms).
    """
    # words() and digits leave no quotes to escape
    expression = " OR ".join("(" + " ".join(f'"{term}"*' for term in group) + ")" for group in groups)
    columns = "c.id, c.name, c.phone, c.email, c.postcode, c.city, c.sort_key"
    if max(len(term) for group in groups for term in group) == 1:
        sql = (f"SELECT {columns} FROM customer c INDEXED BY customer_sort_key_id "
               "WHERE c.merged_into_id IS NULL AND c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)")
    else:
        sql = (f"SELECT {columns} FROM customer_fts f JOIN customer c ON c.id = f.rowid "
               "WHERE customer_fts MATCH ? AND c.merged_into_id IS NULL")
    params: list[object] = [expression]
    if after is not None:
        sql += " AND (c.sort_key, c.id) > (?, ?)"
        params += [after[0], after[1]]
    params.append(limit)
    return sql + " ORDER BY c.sort_key, c.id LIMIT ?", params


# ---------------------------------------------------------------------------------------------- history


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the customer's timeline."""

    kind: str  # visit | complaint
    id: int
    when: dt.datetime
    title: str  # the service done, or the complaint's summary
    amount_cents: int | None = None  # visits
    estimate_cents: int | None = None  # visits
    category: str = ""  # complaints
    status: str = ""  # complaints

    @property
    def over_estimate(self) -> bool:
        """A bill that came out higher than the estimate given: the first thing a price complaint is about."""
        return self.estimate_cents is not None and (self.amount_cents or 0) > self.estimate_cents


@dataclass(frozen=True)
class CustomerHistory:
    customer: CustomerRecord
    entries: list[HistoryEntry]  # newest first
    visit_count: int
    lifetime_cents: int
    complaint_count: int
    open_complaints: int


def _midday(day: dt.date) -> dt.datetime:
    # a visit has a date, not a time: placed at midday among the same day's complaints
    return dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC)


def customer_history(customer_id: int) -> CustomerHistory:
    """The customer with their visits and complaints, newest first, and what they have spent here."""
    customer = get_customer(customer_id)
    visits = rows(
        Visit.select(Visit.id, Visit.date, Visit.service, Visit.estimate_cents, Visit.amount_cents)
        .where(Visit.customer == customer_id)
        .order_by(Visit.date.desc())
    )
    complaints = list(
        Complaint.select(Complaint.id, Complaint.received_at, Complaint.summary, Complaint.category,
                         Complaint.status)
        .where(Complaint.customer == customer_id)
        .order_by(Complaint.received_at.desc())
    )
    entries: list[HistoryEntry] = []
    for vid, day, service, estimate, amount in visits:
        entries.append(HistoryEntry("visit", vid, _midday(day), service, amount_cents=amount,
                                    estimate_cents=estimate))
    for c in complaints:
        entries.append(HistoryEntry("complaint", c.id, c.received_at, c.summary, category=c.category,
                                    status=c.status))
    entries.sort(key=lambda e: (e.when, e.kind == "complaint"), reverse=True)
    return CustomerHistory(
        customer=customer,
        entries=entries,
        visit_count=len(visits),
        lifetime_cents=sum(v[4] or 0 for v in visits),
        complaint_count=len(complaints),
        open_complaints=sum(1 for c in complaints if c.status not in ("resolved", "closed")),
    )


def add_visit(
    customer_id: int,
    day: dt.date,
    service: str,
    amount_cents: int,
    staff_id: int,
    estimate_cents: int | None = None,
) -> int:
    """Record a visit (a service done for the customer)."""
    errors: dict[str, str] = {}
    if not textcheck.has_visible_letter(service):
        errors["service"] = CORE.tr("Say what service was done.")
    elif reason := textcheck.problem(service.strip(), textcheck.SHORT_TEXT):
        errors["service"] = reason
    if amount_cents < 0:
        errors["amount"] = CORE.tr("The amount cannot be negative.")
    if estimate_cents is not None and estimate_cents < 0:
        errors["estimate"] = CORE.tr("The estimate cannot be negative.")
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        get_customer(customer_id)
        row = Visit.create(customer=customer_id, date=day, service=service.strip(), staff=staff_id,
                           estimate_cents=estimate_cents, amount_cents=amount_cents)
        audit.record(staff_id, "visit", row.id, "create", None, audit.snapshot(row))
    return int(row.id)


def visits_for(customer_id: int) -> list[tuple[int, dt.date, str]]:
    """(id, date, service) of the customer's visits, newest first: what a complaint can be about."""
    return [
        (vid, day, service)
        for vid, day, service in rows(
            Visit.select(Visit.id, Visit.date, Visit.service)
            .where(Visit.customer == customer_id)
            .order_by(Visit.date.desc())
        )
    ]


def has_customers() -> bool:
    return Customer.select().where(Customer.merged_into.is_null()).exists()
