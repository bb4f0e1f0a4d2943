"""What every document shares: the business's letterhead from the settings, and money in its currency."""

from __future__ import annotations

from models import settings
from models.errors import DeskError
from models.i18n import CORE
from reports.data import Letterhead

CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "JPY": "¥",
                    "INR": "₹"}


class MissingBusinessDetails(DeskError):
    """The settings lack what a letter or voucher must show (the business's name and address)."""


def money(cents: int, currency: str) -> str:
    """£12.50, €1,200.00, 12.50 PLN."""
    amount = f"{cents / 100:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def letterhead(values: settings.BusinessSettings | None = None) -> Letterhead:
    """The letterhead from the settings; refused in one sentence while the business's name or address is unset
    (a letter from "Your business" with no address would go out wrong)."""
    values = values or settings.load()
    address = tuple(line.strip() for line in values.business_address.splitlines() if line.strip())
    if values.business_name == settings.DEFAULTS.business_name or not address:
        raise MissingBusinessDetails(
            CORE.tr("Letters and vouchers need the business's name and address: a manager sets them in Settings → "
                    "Business first.")
        )
    return Letterhead(name=values.business_name, address_lines=address, phone=values.business_phone,
                      email=values.business_email, paper_size=values.paper_size)
