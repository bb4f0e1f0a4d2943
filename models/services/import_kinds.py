"""What each kind of import reads and how its rows are checked, matched and stored (see importing.py).

Rows are checked with the same rules the desk's own forms use (``customers.validate``, ``complaints.validate``),
so an import can never store what a receptionist could not have typed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from typing import Any, ClassVar

import peewee as pw

from models.csvsource import parse_date, parse_money
from models.db import database, rows
from models.entities import Complaint, Customer, Visit, utcnow
from models.i18n import CORE, QT_TRANSLATE_NOOP
from models.services import audit, complaints, customers
from models.services.complaints import CATEGORY_LABELS, STATUS_LABELS, ComplaintInput, iso_week
from models.services.customers import CustomerInput
from models.settings import load as load_settings
from models.textfold import digits, phone_forms, search_fields

KINDS = ("customers", "visits", "complaints")


def normalise(header: str) -> str:
    """A header cell as compared with the aliases: 'E-mail Address ' -> 'emailaddress'."""
    return re.sub(r"[\W_]+", "", header.casefold())


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    aliases: tuple[str, ...]
    kind: str = "text"  # text | date | money


def _spec(name: str, label: str, *aliases: str, kind: str = "text") -> FieldSpec:
    return FieldSpec(name, label, tuple(normalise(a) for a in (name, label, *aliases)), kind)


_EMAIL = ("email", "e-mail", "email address", "mail", "e-mail address", "customer email")
_PHONE = ("phone", "telephone", "tel", "phone number", "mobile", "mobile phone", "cell", "cell phone",
          "contact number", "phone no", "telephone number", "customer phone")
SPECS: dict[str, tuple[FieldSpec, ...]] = {
    "customers": (
        _spec("name", QT_TRANSLATE_NOOP("CORE", "Name"),
              "full name", "customer", "customer name", "client", "client name", "contact",
              "contact name", "display name"),
        _spec("first_name", QT_TRANSLATE_NOOP("CORE", "First name"), "firstname", "forename", "given name", "first"),
        _spec("last_name", QT_TRANSLATE_NOOP("CORE", "Last name"), "lastname", "surname", "family name", "last"),
        _spec("phone", QT_TRANSLATE_NOOP("CORE", "Phone"), *_PHONE),
        _spec("email", QT_TRANSLATE_NOOP("CORE", "Email"), *_EMAIL),
        _spec("address_line1", QT_TRANSLATE_NOOP("CORE", "Address"),
              "address 1", "address line 1", "street", "street address", "address1"),
        _spec("address_line2", QT_TRANSLATE_NOOP("CORE", "Address line 2"), "address 2", "address2"),
        _spec("postcode", QT_TRANSLATE_NOOP("CORE", "Postcode"),
              "post code", "postal code", "zip", "zip code", "zipcode", "postcode/zip"),
        _spec("city", QT_TRANSLATE_NOOP("CORE", "City"), "town", "town/city", "locality"),
        _spec("preferred_contact", QT_TRANSLATE_NOOP("CORE", "Preferred contact"),
              "contact by", "contact preference", "contact method"),
        _spec("notes", QT_TRANSLATE_NOOP("CORE", "Notes"), "note", "comments", "comment", "remarks"),
    ),
    "visits": (
        _spec("customer_email", QT_TRANSLATE_NOOP("CORE", "Customer email"), *_EMAIL),
        _spec("customer_phone", QT_TRANSLATE_NOOP("CORE", "Customer phone"), *_PHONE),
        _spec("date", QT_TRANSLATE_NOOP("CORE", "Date"),
              "visit date", "service date", "day", "invoice date", kind="date"),
        _spec("service", QT_TRANSLATE_NOOP("CORE", "Service"), "description", "work", "job", "work done", "item"),
        _spec("amount", QT_TRANSLATE_NOOP("CORE", "Amount"),
              "total", "price", "paid", "amount paid", "invoice total", "charged",
              kind="money"),
        _spec("estimate", QT_TRANSLATE_NOOP("CORE", "Estimate"), "quote", "quoted", "estimated", kind="money"),
    ),
    "complaints": (
        _spec("customer_email", QT_TRANSLATE_NOOP("CORE", "Customer email"), *_EMAIL),
        _spec("customer_phone", QT_TRANSLATE_NOOP("CORE", "Customer phone"), *_PHONE),
        _spec("received", QT_TRANSLATE_NOOP("CORE", "Received"),
              "date", "received at", "date received", "complaint date", kind="date"),
        _spec("category", QT_TRANSLATE_NOOP("CORE", "Category"), "type", "reason", "complaint type"),
        _spec("summary", QT_TRANSLATE_NOOP("CORE", "Summary"), "subject", "title", "complaint"),
        _spec("customer_words", QT_TRANSLATE_NOOP("CORE", "Customer's words"),
              "details", "customer words", "description", "what they said"),
        _spec("desired_outcome", QT_TRANSLATE_NOOP("CORE", "Desired outcome"),
              "wants", "outcome wanted", "requested remedy"),
        _spec("channel", QT_TRANSLATE_NOOP("CORE", "Channel"), "source", "via", "received via"),
        _spec("severity", QT_TRANSLATE_NOOP("CORE", "Severity"), "priority"),
        _spec("status", QT_TRANSLATE_NOOP("CORE", "Status"), "state"),
    ),
}


class Target:
    """One kind of import: how its cells become a stored row."""

    model: ClassVar[type[pw.Model]]
    columns: ClassVar[tuple[str, ...]]
    needs: ClassVar[tuple[tuple[str, ...], ...]]  # each group: at least one of these fields must be mapped
    missing: ClassVar[str]  # what a person is told is missing

    @staticmethod
    def of(kind: str) -> Target:
        return {"customers": CustomerTarget, "visits": VisitTarget, "complaints": ComplaintTarget}[kind]()

    def parse(self, cells: dict[str, str], date_order: str | None) -> dict[str, Any]:
        raise NotImplementedError

    def display(self, values: dict[str, Any]) -> dict[str, str]:
        return {k: (f"{v / 100:.2f}" if k in ("amount", "estimate") and v is not None else
                    v.isoformat() if isinstance(v, dt.date) else str(v if v is not None else ""))
                for k, v in values.items()}

    def matcher(self, staff_id: int) -> Matcher:
        raise NotImplementedError


class Matcher:
    def classify(self, line: int, values: dict[str, Any]) -> tuple[str, tuple[Any, ...] | None]:
        """('added', row) | ('updated', None) | ('duplicates', None); ValueError for a row to reject."""
        raise NotImplementedError

    def apply_updates(self) -> None:
        pass


def _customer_keys() -> tuple[dict[str, int], dict[str, int]]:
    by_email: dict[str, int] = {}
    by_phone: dict[str, int] = {}
    country_code = load_settings().country_code
    query = Customer.select(Customer.id, Customer.email, Customer.phone).where(Customer.merged_into.is_null())
    for cid, email, phone in rows(query.order_by(Customer.id)):
        if email:
            by_email.setdefault(email.casefold(), cid)
        if len(digits(phone)) >= 6:
            # as written, national and international: a file's "07700 900456" finds "+44 7700 900456" and back
            for form in phone_forms(phone, country_code):
                by_phone.setdefault(form, cid)
    return by_email, by_phone


# ---------------------------------------------------------------------------------------------- customers

_CONTACT = {"e-mail": "email", "mail": "email", "text": "sms", "sms": "sms", "post": "letter", "letter": "letter",
            "phone": "phone", "telephone": "phone", "call": "phone", "email": "email", "": "phone"}
_INPUT_FIELDS = tuple(f.name for f in fields(CustomerInput))


class CustomerTarget(Target):
    model = Customer
    columns = ("name", "phone", "email", "address_line1", "address_line2", "postcode", "city", "preferred_contact",
               "notes", "language", "created_at", "search_text", "sort_key", "version")
    needs = (("name", "first_name", "last_name"),)
    missing = QT_TRANSLATE_NOOP("CORE", "a customer's name")

    def parse(self, cells: dict[str, str], date_order: str | None) -> dict[str, Any]:
        given = {k: v.strip() for k, v in cells.items() if v.strip()}
        name = given.pop("name", "") or " ".join(filter(None, (given.pop("first_name", ""),
                                                                given.pop("last_name", ""))))
        given.pop("first_name", None)
        given.pop("last_name", None)
        if "preferred_contact" in given:
            given["preferred_contact"] = _CONTACT.get(given["preferred_contact"].casefold(),
                                                      given["preferred_contact"])
        data = _check_customer(CustomerInput(**{"name": name, **given}))
        # the cleaned values, and which of them the file gave (an update never blanks what it did not give)
        return {**data.__dict__, "_given": frozenset(("name", *given))}

    def display(self, values: dict[str, Any]) -> dict[str, str]:
        return super().display({k: v for k, v in values.items() if k != "_given"})

    def matcher(self, staff_id: int) -> Matcher:
        return _CustomerMatcher(staff_id)


def _reasons(errors: dict[str, str], given: dict[str, Any]) -> str:
    """The service's messages, each with the value that was refused (a person fixing the file needs it)."""
    return " ".join(f"{message} ({str(given[name])[:60]!r})" if given.get(name) else message
                    for name, message in errors.items())


def _check_customer(data: CustomerInput) -> CustomerInput:
    data = data.cleaned()
    errors = customers.validate(data)
    if errors:
        raise ValueError(_reasons(errors, data.__dict__))
    return data


class _CustomerMatcher(Matcher):
    def __init__(self, staff_id: int) -> None:
        self.staff_id = staff_id
        self.by_email, self.by_phone = _customer_keys()
        self.seen: dict[str, int] = {}
        self.updates: dict[int, CustomerInput] = {}
        self.now = utcnow()
        self.country_code = load_settings().country_code
        self._select = f"SELECT {', '.join(_INPUT_FIELDS)} FROM customer WHERE id = {database.param}"

    def classify(self, line: int, values: dict[str, Any]) -> tuple[str, tuple[Any, ...] | None]:
        email = values.get("email", "").casefold()
        phone = digits(values.get("phone", ""))
        if len(phone) < 6:
            phone = ""
        keys = ([f"e:{email}"] if email else []) + ([f"p:{phone}"] if phone else [])
        if any(k in self.seen for k in keys):
            return "duplicates", None  # the same customer again further down the file
        for key in keys:
            self.seen[key] = line
        cid = (self.by_email.get(email) if email else None) or (self.by_phone.get(phone) if phone else None)
        if cid is None:
            search_text, sort_key = search_fields(values["name"], values["phone"], values["email"],
                                                  values["postcode"], values["city"], self.country_code)
            return "added", (*(values[name] for name in _INPUT_FIELDS), self.now, search_text, sort_key, 1)
        stored = self.updates.get(cid) or self._stored(cid)
        given = {name: values[name] for name in values["_given"]}
        if given.get("email", "").casefold() == stored.email.casefold():
            given.pop("email", None)  # ANNA@example.com is the address already on file
        merged = _check_customer(CustomerInput(**{**stored.__dict__, **given}))
        if merged == stored:
            return "duplicates", None
        self.updates[cid] = merged
        return "updated", None

    def _stored(self, cid: int) -> CustomerInput:
        # plain SQL: a re-import checks every row against the stored customer, and a model per row is 10x slower
        found = database.execute_sql(self._select, (cid,)).fetchone()
        return CustomerInput(*found)

    def apply_updates(self) -> None:
        for cid, data in self.updates.items():
            row = Customer.get_by_id(cid)
            before = audit.snapshot(row)
            for name in _INPUT_FIELDS:
                setattr(row, name, getattr(data, name))
            row.search_text, row.sort_key = search_fields(data.name, data.phone, data.email, data.postcode,
                                                          data.city, self.country_code)
            row.version += 1  # a desk with this customer open is told to reload rather than overwrite the import
            row.save()
            audit.record(self.staff_id, "customer", cid, "update", before, audit.snapshot(row))


# ---------------------------------------------------------------------------------------------- visits, complaints


def _the_customer(values: dict[str, Any], keys: tuple[dict[str, int], dict[str, int]]) -> int:
    email, phone = values.get("customer_email", "").strip(), values.get("customer_phone", "").strip()
    cid = keys[0].get(email.casefold()) if email else None
    if cid is None and len(digits(phone)) >= 6:
        cid = keys[1].get(digits(phone))
    if cid is None:
        said = " or ".join(filter(None, (email, phone))) or CORE.tr("no email or phone")
        raise ValueError(CORE.tr("no customer matches {said}; import the customers first").format(said=said))
    return cid


class _Linked(Matcher):
    """Rows that belong to a customer found by email or phone; a row already there is a duplicate."""

    def __init__(self, staff_id: int, existing: Any) -> None:
        self.staff_id = staff_id
        self.keys = _customer_keys()
        self.known: dict[int, set[tuple[Any, ...]]] = {}
        self.existing = existing  # customer id -> the identity keys of the rows already stored

    def is_new(self, cid: int, identity: tuple[Any, ...]) -> bool:
        known = self.known.get(cid)
        if known is None:
            known = self.known[cid] = set(self.existing(cid))
        if identity in known:
            return False
        known.add(identity)
        return True


class VisitTarget(Target):
    model = Visit
    columns = ("customer", "date", "service", "estimate_cents", "amount_cents")
    needs = (("customer_email", "customer_phone"), ("date",), ("service",))
    missing = QT_TRANSLATE_NOOP("CORE", "the customer's email or phone, the date and the service")

    def parse(self, cells: dict[str, str], date_order: str | None) -> dict[str, Any]:
        service = cells.get("service", "").strip()
        if not service:
            raise ValueError(CORE.tr("Say what service was done."))
        if len(service) > 200:
            raise ValueError(CORE.tr("The service is too long (200 characters at most)."))
        amount = parse_money(cells["amount"]) if cells.get("amount", "").strip() else 0
        estimate = parse_money(cells["estimate"]) if cells.get("estimate", "").strip() else None
        if amount < 0 or (estimate or 0) < 0:
            raise ValueError(CORE.tr("An amount cannot be negative."))
        return {"customer_email": cells.get("customer_email", "").strip(),
                "customer_phone": cells.get("customer_phone", "").strip(),
                "date": parse_date(cells.get("date", ""), date_order), "service": service, "amount": amount,
                "estimate": estimate}

    def matcher(self, staff_id: int) -> Matcher:
        return _VisitMatcher(staff_id, lambda cid: rows(Visit.select(Visit.date, Visit.service, Visit.amount_cents)
                                                        .where(Visit.customer == cid)))


class _VisitMatcher(_Linked):
    def classify(self, line: int, values: dict[str, Any]) -> tuple[str, tuple[Any, ...] | None]:
        cid = _the_customer(values, self.keys)
        if not self.is_new(cid, (values["date"], values["service"], values["amount"])):
            return "duplicates", None
        return "added", (cid, values["date"], values["service"], values["estimate"], values["amount"])


_CATEGORY_WORDS = (("price", "price_over_estimate"), ("estimate", "price_over_estimate"),
                   ("quote", "price_over_estimate"), ("bill", "billing_error"), ("invoice", "billing_error"),
                   ("late", "late"), ("delay", "late"), ("rude", "unfriendly_attitude"),
                   ("attitude", "unfriendly_attitude"), ("review", "public_review"), ("fail", "failed_too_soon"),
                   ("broke", "failed_too_soon"), ("quality", "inferior_work"), ("workmanship", "inferior_work"),
                   ("incompetent", "incompetent_service"), ("wrong", "incompetent_service"))
_CHANNELS = {"walkin": "walk-in", "inperson": "walk-in", "counter": "walk-in", "phone": "phone", "call": "phone",
             "telephone": "phone", "email": "email", "mail": "email", "letter": "letter", "post": "letter",
             "review": "online-review", "onlinereview": "online-review", "online": "online-review"}


def _category(text: str) -> str:
    key = normalise(text)
    for name, label in CATEGORY_LABELS.items():
        if key in (normalise(name), normalise(label)):
            return name
    for word, name in _CATEGORY_WORDS:
        if word in key:
            return name
    return "other"  # the shop's own category names: the summary keeps what it was about


def _status(text: str) -> str:
    key = normalise(text)
    for name, label in STATUS_LABELS.items():
        if key in (normalise(name), normalise(label)):
            return name
    return {"open": "new", "done": "resolved", "complete": "resolved", "completed": "resolved"}.get(key, key or "new")


class ComplaintTarget(Target):
    model = Complaint
    columns = ("customer", "received_at", "received_week", "channel", "category", "severity", "summary",
               "customer_words", "desired_outcome", "status", "owner", "root_cause", "version")
    needs = (("customer_email", "customer_phone"), ("received",), ("summary",))
    missing = QT_TRANSLATE_NOOP("CORE", "the customer's email or phone, the date received and a summary")

    def parse(self, cells: dict[str, str], date_order: str | None) -> dict[str, Any]:
        day = parse_date(cells.get("received", ""), date_order)
        severity_text = cells.get("severity", "").strip()
        if severity_text and not severity_text.isdigit():
            raise ValueError(CORE.tr("Severity is 1 (minor) to 4 (severe)."))
        data = ComplaintInput(
            customer_id=0, category=_category(cells.get("category", "")), summary=cells.get("summary", "").strip(),
            customer_words=cells.get("customer_words", "").strip(),
            desired_outcome=cells.get("desired_outcome", "").strip(),
            channel=_CHANNELS.get(normalise(cells.get("channel", "")), cells.get("channel", "").strip() or "walk-in"),
            severity=int(severity_text or 2), status=_status(cells.get("status", "")),
            received_at=dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC))
        errors = complaints.validate(data)
        if errors:
            raise ValueError(_reasons(errors, {**data.__dict__, "channel": cells.get("channel", "")}))
        values: dict[str, Any] = {k: v for k, v in data.__dict__.items() if k not in ("customer_id", "visit_id")}
        values.update(customer_email=cells.get("customer_email", "").strip(),
                      customer_phone=cells.get("customer_phone", "").strip(), received=day)
        return values

    def display(self, values: dict[str, Any]) -> dict[str, str]:
        shown = {k: v for k, v in values.items() if k not in ("received_at", "business_at_fault")}
        return super().display(shown)

    def matcher(self, staff_id: int) -> Matcher:
        def existing(cid: int) -> list[tuple[Any, ...]]:
            query = Complaint.select(Complaint.received_at, Complaint.summary).where(Complaint.customer == cid)
            return [(at.date(), summary.casefold()) for at, summary in rows(query)]

        return _ComplaintMatcher(staff_id, existing)


class _ComplaintMatcher(_Linked):
    def classify(self, line: int, values: dict[str, Any]) -> tuple[str, tuple[Any, ...] | None]:
        cid = _the_customer(values, self.keys)
        if not self.is_new(cid, (values["received"], values["summary"].casefold())):
            return "duplicates", None
        at = values["received_at"]
        return "added", (cid, at, iso_week(at), values["channel"], values["category"], values["severity"],
                         values["summary"], values["customer_words"], values["desired_outcome"], values["status"],
                         self.staff_id, "", 1)

