"""The fixed words of a printed letter or voucher, in each language a customer can be written to.

Documents are printed in the customer's language, not the desk's, and never through Qt: the dates ("2 grudnia
2026"), the money ("1 234,56 zł") and the few fixed phrases come from these tables, so the process locale never
changes a printed letter. Each phrase is a template with named ``{fields}``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGUAGES = ("en", "pl")
LANGUAGE_NAMES = {"en": "English", "pl": "Polski"}  # each in its own language, as a language menu shows them

# the symbol printed for a currency; a currency without one is printed by its code
CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "JPY": "¥",
                    "INR": "₹"}
_POLISH_SYMBOLS = {"PLN": "zł", "EUR": "€", "GBP": "£", "USD": "USD"}


@dataclass(frozen=True)
class Wording:
    """One language's fixed words. Months are in the form a date takes ("2 grudnia", not "2 grudzień")."""

    months: tuple[str, ...]
    yours_sincerely: str
    letter_to: str  # {who} {date}
    letters: str  # {count}: the title of a batch
    continued: str  # {label} {page}
    page: str  # {page}
    our_reference: str  # {complaint}
    the_team_at: str  # {business}
    subjects: dict[str, str] = field(default_factory=dict)  # kind -> "... {summary}"
    remedies: dict[str, str] = field(default_factory=dict)  # remedy kind -> "a refund"
    remedy_percent: str = ""  # {remedy} {percent}
    remedy_amount: str = ""  # {remedy} {amount}
    agreed_on: str = ""  # {remedy}
    not_agreed_yet: str = ""
    enclose_voucher: str = ""  # {value} {expiry}: the agreement when only a voucher is known
    enclosed: str = ""  # {code} {value} {expiry}: the line below the signature
    percent_off: str = ""  # {percent}
    amount_off: str = ""  # {amount}
    voucher_title: str = ""  # {code}: the PDF's title
    voucher_from: str = ""  # {business}
    voucher_for: str = ""  # {name}
    valid_until: str = ""  # {expiry} {issued}
    terms: str = ""  # {name} {business} {expiry}


WORDING: dict[str, Wording] = {
    "en": Wording(
        months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"),
        yours_sincerely="Yours sincerely,",
        letter_to="Letter to {who} of {date}",
        letters="{count} letters",
        continued="{label} — continued, page {page}",
        page="page {page}",
        our_reference="Our reference: complaint {complaint}",
        the_team_at="The team at {business}",
        subjects={"apology": "Your complaint: {summary}", "follow_up": "Following up: {summary}",
                  "resolution": "What we agreed: {summary}"},
        remedies={"redo": "the work done again free of charge", "refund": "a refund",
                  "discount_now": "a discount on the bill", "voucher": "a voucher for your next visit",
                  "gift": "a small gift", "none": "no remedy"},
        remedy_percent="{remedy} of {percent} %",
        remedy_amount="{remedy} of {amount}",
        agreed_on="We agreed on {remedy}.",
        not_agreed_yet="We will be in touch shortly to agree with you how we put it right.",
        enclose_voucher="We enclose a voucher for {value} your next visit, valid until {expiry}.",
        enclosed="Enclosed: voucher {code} — {value}, valid until {expiry}.",
        percent_off="{percent} % off",
        amount_off="{amount} off",
        voucher_title="Voucher {code}",
        voucher_from="Voucher from {business}",
        voucher_for="for {name}",
        valid_until="Valid until {expiry} · issued {issued}",
        terms="For {name} at {business}. One use only; show this voucher or quote its code when you pay. Valid "
              "until {expiry}. Not exchangeable for cash.",
    ),
    "pl": Wording(
        months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"),
        yours_sincerely="Z poważaniem",
        letter_to="List do: {who}, z dnia {date}",
        letters="Listy: {count}",
        continued="{label} — ciąg dalszy, strona {page}",
        page="strona {page}",
        our_reference="Nasz znak: reklamacja nr {complaint}",
        the_team_at="Zespół {business}",
        subjects={"apology": "Państwa reklamacja: {summary}", "follow_up": "Uprzejmie pytamy: {summary}",
                  "resolution": "Nasze ustalenia: {summary}"},
        remedies={"redo": "ponowne, bezpłatne wykonanie usługi", "refund": "zwrot pieniędzy",
                  "discount_now": "rabat na rachunek", "voucher": "bon na następną wizytę",
                  "gift": "drobny upominek", "none": "brak rekompensaty"},
        remedy_percent="{remedy} w wysokości {percent} %",
        remedy_amount="{remedy} w wysokości {amount}",
        agreed_on="Uzgodniliśmy: {remedy}.",
        not_agreed_yet="Wkrótce skontaktujemy się, aby wspólnie ustalić, jak naprawimy sytuację.",
        enclose_voucher="W załączeniu przesyłamy bon: {value} przy następnej wizycie, ważny do {expiry}.",
        enclosed="W załączeniu: bon {code} — {value}, ważny do {expiry}.",
        percent_off="{percent} % rabatu",
        amount_off="{amount} rabatu",
        voucher_title="Bon {code}",
        voucher_from="Bon rabatowy — {business}",
        voucher_for="dla: {name}",
        valid_until="Ważny do {expiry} · wydany {issued}",
        terms="Dla: {name}, {business}. Do jednorazowego użytku; przy płatności okaż ten bon lub podaj jego kod. "
              "Ważny do {expiry}. Nie podlega wymianie na gotówkę.",
    ),
}


def wording(language: str) -> Wording:
    """The fixed words of ``language``; English for a language without a table."""
    return WORDING.get(language, WORDING["en"])


def long_date(day: dt.date, language: str = "en") -> str:
    """2 December 2026 / 2 grudnia 2026 (fixed month names: the process locale must not change a letter)."""
    return f"{day.day} {wording(language).months[day.month - 1]} {day.year}"


def _grouped(cents: int, group: str, decimal: str) -> str:
    whole, rest = divmod(abs(cents), 100)
    digits = f"{whole:,}".replace(",", group)
    return f"{'-' if cents < 0 else ''}{digits}{decimal}{rest:02d}"


def money(cents: int, currency: str, language: str = "en") -> str:
    """£1,234.56 or 1,234.56 PLN in English; 1 234,56 zł or 1 234,56 € in Polish."""
    if language == "pl":
        return f"{_grouped(cents, ' ', ',')} {_POLISH_SYMBOLS.get(currency, currency)}"
    amount = _grouped(cents, ",", ".")
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol is None:
        return f"{amount} {currency}"
    return f"-{symbol}{amount[1:]}" if amount.startswith("-") else f"{symbol}{amount}"
