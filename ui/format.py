"""How values read on screen: money, local dates and times."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from models.services.remedy_offers import ConcessionHistory

# The symbol shown for the business's currency (settings), whatever the PC's locale says.
CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "PLN": "zł", "CHF": "CHF", "SEK": "kr", "NOK": "kr",
                    "DKK": "kr", "CZK": "Kč", "HUF": "Ft", "RON": "lei", "TRY": "₺", "JPY": "¥", "INR": "₹",
                    "AUD": "A$", "CAD": "C$", "NZD": "NZ$"}


def money(cents: int | None, currency: str | None = None) -> str:
    """An amount in the business's ``currency`` (the locale's own when not given), e.g. £1,234.50."""
    if cents is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language set (a bare system): write it as £1,234.50
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if currency is None:
        return locale.toCurrencyString(cents / 100)
    return locale.toCurrencyString(cents / 100, CURRENCY_SYMBOLS.get(currency, currency + " "))


def local_datetime(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d %b %Y %H:%M")


def local_date(moment: dt.datetime | dt.date | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        moment = moment.astimezone().date()
    return moment.strftime("%d %b %Y")


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a single thing, ``many`` (with %d) otherwise: both already translated by the caller."""
    return one if count == 1 else many % count


def concession_sentence(name: str, concessions: ConcessionHistory, currency: str) -> str:
    """The calm banner's words: how much this customer has received this year, and that a kind, firm no is fine."""
    share = (QCoreApplication.translate("Makegood", ", %d %% of what they spent in that time")
             % concessions.share_percent if concessions.share_percent is not None else "")
    times = (QCoreApplication.translate("Makegood", "1 concession") if concessions.count == 1
             else QCoreApplication.translate("Makegood", "%d concessions") % concessions.count)
    return QCoreApplication.translate(
        "Makegood", "%s has received %s in the last 12 months (%s%s). Be kind, and remember a firm no is an "
        "option.") % (name, times, money(concessions.total_cents, currency), share)
