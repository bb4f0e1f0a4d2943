"""The tables. Times are timezone-aware UTC, money is integer cents, text is Unicode."""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from models.db import database

UTC = dt.UTC

CHANNELS = ("walk-in", "phone", "email", "letter", "online-review")
CATEGORIES = (
    "price_over_estimate",
    "inferior_work",
    "failed_too_soon",
    "incompetent_service",
    "unfriendly_attitude",
    "late",
    "billing_error",
    "public_review",
    "other",
)
STATUSES = ("new", "in_progress", "awaiting_customer", "resolved", "closed")
FAULT = ("yes", "partly", "no")
ROLES = ("desk", "manager")
CONTACT_PREFERENCES = ("phone", "email", "letter", "sms")
STEPS = ("listen", "thank", "apologize", "solution", "agreement", "action", "follow_up")
REMEDY_KINDS = ("redo", "refund", "discount_now", "voucher", "gift", "none")
REMEDY_STATUSES = ("offered", "accepted", "declined", "given")
LETTER_KINDS = ("apology", "follow_up", "resolution", "case_file")
# call_back: "I'll ring you by five"; action: the quick action agreed; follow_up: asking afterwards if all is well
PROMISE_KINDS = ("call_back", "action", "follow_up")


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


class UTCDateTimeField(pw.Field):
    """A point in time, stored as naive UTC text/timestamp and read back as an aware UTC datetime."""

    field_type = "DATETIME"

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"{self.name} needs a datetime, got {value!r}")
        if value.tzinfo is None:
            raise ValueError(f"{self.name} needs a timezone-aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    def python_value(self, value: Any) -> dt.datetime | None:
        if value is None:
            return None
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
        if not isinstance(moment, dt.datetime):
            raise TypeError(f"{self.name}: stored value {value!r} is not a date and time")
        return moment.replace(tzinfo=UTC)


class BaseModel(pw.Model):
    # peewee adds the primary key at run time; declared for the type checker (a field on the class, an int
    # on a row)
    id: Any

    class Meta:
        database = database
        legacy_table_names = False


class Staff(BaseModel):
    name = pw.CharField()
    role = pw.CharField(default="desk")  # desk | manager
    pin_hash = pw.CharField()
    active = pw.BooleanField(default=True)
    created_at = UTCDateTimeField(default=utcnow)
    # schema 4: wrong PINs in a row, and the lockout they earned (five wrong: 5 minutes, doubling each time)
    failed_pins = pw.IntegerField(default=0)
    lockouts = pw.IntegerField(default=0)
    locked_until = UTCDateTimeField(null=True)


class Customer(BaseModel):
    merged_into_id: int | None
    name = pw.CharField()
    phone = pw.CharField(default="")
    email = pw.CharField(default="")
    address_line1 = pw.CharField(default="")
    address_line2 = pw.CharField(default="")
    postcode = pw.CharField(default="")
    city = pw.CharField(default="")
    preferred_contact = pw.CharField(default="phone")
    notes = pw.TextField(default="")
    merged_into = pw.ForeignKeyField("self", null=True, on_delete="SET NULL", backref="merged")
    created_at = UTCDateTimeField(default=utcnow)
    # Schema 2: the folded text the search index reads, and the folded name lists are ordered by.
    search_text = pw.TextField(default="")
    sort_key = pw.CharField(default="")
    version = pw.IntegerField(default=1)  # schema 4: two desks editing one customer
    # schema 8: the language of their letters and vouchers; "" = the business default (a bulk insert may omit it)
    language = pw.CharField(max_length=8, default="", constraints=[pw.SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("sort_key", "id"), False),)


class Visit(BaseModel):
    customer_id: int
    staff_id: int | None
    customer = pw.ForeignKeyField(Customer, backref="visits", on_delete="CASCADE")
    date = pw.DateField()
    service = pw.CharField()
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    estimate_cents = pw.IntegerField(null=True)
    amount_cents = pw.IntegerField(default=0)

    class Meta:
        indexes = (
            (("customer", "date"), False),
            (("customer", "amount_cents"), False),
            # schema 5: the trends' revenue and visits per service and staff over a period, from the index alone
            (("date", "service", "staff", "amount_cents"), False),
        )


class Complaint(BaseModel):
    customer_id: int
    visit_id: int | None
    owner_id: int | None
    customer = pw.ForeignKeyField(Customer, backref="complaints", on_delete="CASCADE")
    visit = pw.ForeignKeyField(Visit, null=True, on_delete="SET NULL")
    received_at = UTCDateTimeField(default=utcnow)
    received_week = pw.CharField(default="")  # ISO week "2026-W47": makes weekly trends an index count
    channel = pw.CharField(default="walk-in")
    category = pw.CharField()
    severity = pw.IntegerField(default=2)  # 1 minor .. 4 serious
    summary = pw.CharField()
    customer_words = pw.TextField(default="")
    desired_outcome = pw.TextField(default="")
    status = pw.CharField(default="new")
    business_at_fault = pw.CharField(null=True)  # yes | partly | no, None until assessed
    owner = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="owned_complaints")
    first_contact_at = UTCDateTimeField(null=True)
    resolved_at = UTCDateTimeField(null=True)
    satisfaction = pw.IntegerField(null=True)
    root_cause = pw.TextField(default="")
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = (
            (("customer", "received_at"), False),
            (("status",), False),
            (("received_week", "category"), False),
            # schema 5: the trends' pass over a period's complaints, from the index alone
            (("received_at", "customer", "visit", "first_contact_at", "resolved_at", "satisfaction", "root_cause"),
             False),
        )


class ResolutionStep(BaseModel):
    complaint_id: int
    staff_id: int | None
    complaint = pw.ForeignKeyField(Complaint, backref="steps", on_delete="CASCADE")
    step = pw.CharField()
    done_at = UTCDateTimeField(default=utcnow)
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    note = pw.TextField(default="")


class Remedy(BaseModel):
    complaint_id: int
    approved_by_id: int | None
    complaint = pw.ForeignKeyField(Complaint, backref="remedies", on_delete="CASCADE")
    kind = pw.CharField()
    value_cents = pw.IntegerField(null=True)
    percent = pw.IntegerField(null=True)
    status = pw.CharField(default="offered")
    approved_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    created_at = UTCDateTimeField(default=utcnow)


class Voucher(BaseModel):
    customer_id: int
    complaint_id: int | None
    redeemed_visit_id: int | None
    issued_by_id: int | None
    redeemed_by_id: int | None
    voided_by_id: int | None
    code = pw.CharField(unique=True)
    percent = pw.IntegerField(null=True)
    value_cents = pw.IntegerField(null=True)
    issued_at = UTCDateTimeField(default=utcnow)
    expires_at = UTCDateTimeField()
    customer = pw.ForeignKeyField(Customer, backref="vouchers", on_delete="CASCADE")
    complaint = pw.ForeignKeyField(Complaint, null=True, on_delete="SET NULL")
    redeemed_at = UTCDateTimeField(null=True)
    redeemed_visit = pw.ForeignKeyField(Visit, null=True, on_delete="SET NULL")
    voided_at = UTCDateTimeField(null=True)
    void_reason = pw.TextField(default="")
    # schema 4: who issued, redeemed ("refused: redeemed on … by …") and voided it
    issued_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    redeemed_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    voided_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")

    class Meta:
        indexes = ((("customer", "issued_at"), False),)


class Promise(BaseModel):
    complaint_id: int | None
    customer_id: int
    owner_id: int | None
    complaint = pw.ForeignKeyField(Complaint, null=True, backref="promises", on_delete="CASCADE")
    customer = pw.ForeignKeyField(Customer, backref="promises", on_delete="CASCADE")
    what = pw.TextField()
    kind = pw.CharField(default="call_back")  # schema 3
    due_at = UTCDateTimeField()
    owner = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    done_at = UTCDateTimeField(null=True)
    outcome = pw.TextField(default="")
    created_at = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("done_at", "due_at"), False),)


class Letter(BaseModel):
    complaint_id: int
    staff_id: int | None
    complaint = pw.ForeignKeyField(Complaint, backref="letters", on_delete="CASCADE")
    kind = pw.CharField()
    created_at = UTCDateTimeField(default=utcnow)
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    pdf = pw.BlobField()


class AuditEntry(BaseModel):
    staff_id: int | None
    at = UTCDateTimeField(default=utcnow)
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    entity = pw.CharField()
    entity_id = pw.IntegerField()
    action = pw.CharField()
    before = pw.TextField(null=True)  # JSON
    after = pw.TextField(null=True)  # JSON

    class Meta:
        indexes = ((("entity", "entity_id", "at"), False),)


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = pw.TextField()  # JSON


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Staff,
    Customer,
    Visit,
    Complaint,
    ResolutionStep,
    Remedy,
    Voucher,
    Promise,
    Letter,
    AuditEntry,
    Setting,
)
