"""What a document says, as plain frozen values: the services fill these in, ``reports.pdf`` turns them into PDF.

Everything here is already in words (money formatted in the business's currency, dates as dates), so the
documents hold no business rule and never touch the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reports import wording

PAPER_SIZES = ("A4", "Letter")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def long_date(day: dt.date) -> str:
    """2 December 2026 (fixed English month names: the process locale must not change a printed letter)."""
    return wording.long_date(day, "en")


def short_time(moment: dt.datetime, language: str = "en") -> str:
    """2 Dec 2026 14:05 / 2 gru 2026 14:05, in the desk's local time."""
    return wording.short_time(moment, language)


@dataclass(frozen=True)
class Letterhead:
    """The business as the top of every page shows it (from the settings)."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    paper_size: str = "A4"  # A4 | Letter


@dataclass(frozen=True)
class Address:
    """The customer's postal address block: their name, then one line each."""

    name: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class VoucherData:
    letterhead: Letterhead
    code: str
    value_text: str  # "15 % off" or "£20.00 off"
    customer_name: str
    issued_on: dt.date
    expires_on: dt.date
    terms: str
    language: str = "en"  # the fixed words, dates and money of the page (reports.wording)


@dataclass(frozen=True)
class LetterData:
    """One letter: who from, who to, the merged body, who signs it, and the voucher it encloses, if any."""

    letterhead: Letterhead
    date: dt.date
    recipient: Address | None  # None: printed without the address block
    subject: str
    body: str  # paragraphs separated by a blank line; a single newline is a line break
    signer_name: str
    signature: str = ""  # the settings' line below the name, e.g. "Service manager"
    reference: str = ""  # "Our reference: complaint 42"
    voucher: VoucherData | None = None  # printed on its own page after the letter
    language: str = "en"  # the fixed words and dates of the letter (reports.wording)


@dataclass(frozen=True)
class CaseStep:
    at: dt.datetime
    what: str  # "Listen", "Status: resolved", ...
    staff_name: str
    note: str = ""


@dataclass(frozen=True)
class CaseFileData:
    """A complaint's full record, for the customer or an inspector."""

    letterhead: Letterhead
    printed_on: dt.date
    reference: str
    customer: Address
    facts: tuple[tuple[str, str], ...]  # (label, value): received, channel, category, status, ...
    customer_words: str
    desired_outcome: str
    steps: tuple[CaseStep, ...] = ()
    remedies: tuple[str, ...] = ()
    promises: tuple[str, ...] = ()
    vouchers: tuple[str, ...] = ()
    letters: tuple[str, ...] = ()
    language: str = "en"  # the fixed words and dates of the file (reports.wording)
