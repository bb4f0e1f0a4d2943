"""Duplicate customers: finding the likely ones, and merging one into another with a manager's approval.

Likely duplicates share an email address, or a phone number (compared as its national digits, so
"+44 7700 900123" and "07700 900123" match; an email or number shared by more than ``MAX_SHARED`` customers is
a shop's or a family's, not a duplicate), or have very similar names (folded: accents and case aside, the same
first letter, difflib's ratio at least ``NAME_SIMILARITY``) at the same postcode.

A merge moves the merged customer's visits, complaints (and with them their letters, remedies and steps),
vouchers and promises to the survivor; the merged record stays, pointing to the survivor (``merged_into``),
hidden from the list; the survivor is still found by the merged record's name, phone or email. Both records'
versions are checked, so a customer edited at another desk meanwhile is not merged behind their back.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass

from models.db import database, rows
from models.entities import Complaint, Customer, Promise, Visit, Voucher
from models.errors import DeskError, NotFound, StaleEdit
from models.i18n import CORE
from models.services import audit
from models.services.customers import CustomerRecord, _record, add_search_words
from models.services.staff import Approval
from models.services.versioning import save_versioned, stale_message
from models.settings import load as load_settings
from models.textfold import phone_forms

NAME_SIMILARITY = 0.85
MAX_PAIRS = 200
MAX_SHARED = 5  # more customers than this on one email or phone are not counted as duplicates


class MergeRefused(DeskError):
    """A merge that cannot be done (into itself, into or from a merged record); nothing was changed."""


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers who are likely the same person, and why."""

    first: CustomerRecord  # the older record: the usual survivor
    second: CustomerRecord
    reason: str  # "same email" | "same phone" | "similar names at the same postcode"


@dataclass(frozen=True)
class MergeResult:
    survivor: CustomerRecord
    merged_id: int
    visits: int
    complaints: int
    vouchers: int
    promises: int


def find_duplicates(limit: int = MAX_PAIRS) -> list[DuplicatePair]:
    """Likely duplicates among the customers not merged yet, at most ``limit`` pairs, strongest reason first."""
    country_code = load_settings().country_code
    # sort_key is the folded name, kept by the customers service
    people = rows(Customer.select(Customer.id, Customer.sort_key, Customer.phone, Customer.email, Customer.postcode)
                  .where(Customer.merged_into.is_null()).order_by(Customer.id))
    by_email: defaultdict[str, list[int]] = defaultdict(list)
    by_phone: defaultdict[str, list[int]] = defaultdict(list)
    by_postcode: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
    for cid, folded_name, phone, email, postcode in people:
        if email.strip():
            by_email[email.strip().casefold()].append(cid)
        forms = phone_forms(phone, country_code)
        if forms and len(forms[0]) >= 6:
            by_phone[max(forms, key=len)].append(cid)  # the international form, however it was typed
        code = "".join(postcode.split()).casefold()
        folded = " ".join(folded_name.split())
        if code and folded:  # compared within a postcode, among names starting with the same letter
            by_postcode[code + "|" + folded[0]].append((cid, folded))
    found: dict[tuple[int, int], str] = {}

    def add(a: int, b: int, reason: str) -> None:
        found.setdefault((min(a, b), max(a, b)), reason)

    for reason, groups in (("same email", by_email), ("same phone", by_phone)):
        for ids in groups.values():
            if len(ids) > MAX_SHARED:
                continue  # a shop's own number or a shared family address, not one person twice
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    add(a, b, reason)
    for members in by_postcode.values():
        for i, (a, name_a) in enumerate(members):
            matcher = difflib.SequenceMatcher(None, "", name_a)  # the second sequence is the one it indexes
            for b, name_b in members[i + 1:]:
                matcher.set_seq1(name_b)
                # the cheap upper bounds first: most pairs at a postcode are plainly different people
                if (matcher.real_quick_ratio() >= NAME_SIMILARITY and matcher.quick_ratio() >= NAME_SIMILARITY
                        and matcher.ratio() >= NAME_SIMILARITY):
                    add(a, b, "similar names at the same postcode")
    order = {"same email": 0, "same phone": 1, "similar names at the same postcode": 2}
    pairs = sorted(found.items(), key=lambda item: (order[item[1]], item[0]))[:limit]
    wanted = {cid for (a, b), _ in pairs for cid in (a, b)}
    records = {row.id: _record(row) for row in Customer.select().where(Customer.id.in_(list(wanted)))} if wanted else {}
    return [DuplicatePair(records[a], records[b], reason) for (a, b), reason in pairs]


def _get(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFound(CORE.tr("That customer no longer exists."))
    return row


def merge_customers(merged_id: int, merged_version: int, survivor_id: int, survivor_version: int,
                    approval: Approval, staff_id: int) -> MergeResult:
    """Merge customer ``merged_id`` into ``survivor_id``, approved by a manager (``approval``).

    Refused, with nothing changed: merging a customer into themselves, into or from a customer already merged,
    or either record saved by someone else since it was loaded (the versions named).
    """
    if merged_id == survivor_id:
        raise MergeRefused(CORE.tr("A customer cannot be merged into themselves; choose the other record."))
    with database.atomic():
        merged, survivor = _get(merged_id), _get(survivor_id)
        for row in (merged, survivor):
            if row.merged_into_id is not None:
                into = Customer.get_or_none(Customer.id == row.merged_into_id)
                raise MergeRefused(CORE.tr("{name} was already merged into {value}; nothing was changed.").format(
                                       name=row.name, value=into.name if into else CORE.tr("another record")))
        if merged.version != merged_version:
            raise StaleEdit(stale_message("customer", merged_id, "customer"))
        if survivor.version != survivor_version:
            raise StaleEdit(stale_message("customer", survivor_id, "customer"))
        merged_before = audit.snapshot(merged)
        moved = {
            "visits": Visit.update(customer=survivor_id).where(Visit.customer == merged_id).execute(),
            "complaints": Complaint.update(customer=survivor_id).where(Complaint.customer == merged_id).execute(),
            "vouchers": Voucher.update(customer=survivor_id).where(Voucher.customer == merged_id).execute(),
            "promises": Promise.update(customer=survivor_id).where(Promise.customer == merged_id).execute(),
        }
        # records merged into this one earlier now point at the survivor: no chains to follow
        Customer.update(merged_into=survivor_id).where(Customer.merged_into == merged_id).execute()
        merged.merged_into = survivor_id
        save_versioned(merged, merged_version, "customer", "customer")
        survivor.search_text = add_search_words(survivor.search_text, merged.search_text)
        save_versioned(survivor, survivor_version, "customer", "customer")
        audit.record(staff_id, "customer", merged_id, "merge", merged_before,
                     {**audit.snapshot(merged), "approved_by": approval.manager_id})
        audit.record(staff_id, "customer", survivor_id, "merge_in", {"merged": None},
                     {"merged": merged_id, "approved_by": approval.manager_id, **moved})
        return MergeResult(survivor=_record(survivor), merged_id=merged_id, **moved)
