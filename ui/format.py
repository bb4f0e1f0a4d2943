"""How values read on screen: money, local dates and times."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ui.i18n import Context

if TYPE_CHECKING:
    from models.services.remedy_offers import ConcessionHistory
    from models.services.vouchers import VoucherInfo

Format = Context("Format")  # lupdate reads Format.tr(...) as context "Format"

# The symbol shown for the business's currency (settings), whatever the PC's locale says.
CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "PLN": "zł", "CHF": "CHF", "SEK": "kr", "NOK": "kr",
                    "DKK": "kr", "CZK": "Kč", "HUF": "Ft", "RON": "lei", "TRY": "₺", "JPY": "¥", "INR": "₹",
                    "AUD": "A$", "CAD": "C$", "NZD": "NZ$"}


def money(cents: int | None, currency: str | None = None) -> str:
    """An amount in the business's ``currency`` (the locale's own when not given), e.g. £1,234.50."""
    if cents is None:
        return ""
    locale = _locale()  # no language set (a bare system): written as £1,234.50
    if currency is None:
        return locale.toCurrencyString(cents / 100)
    return locale.toCurrencyString(cents / 100, CURRENCY_SYMBOLS.get(currency, currency + " "))


def voucher_value(voucher: VoucherInfo) -> str:
    """What a voucher takes off, in the desk's language: "15 % off", "£20.00 off", "20,00 zł rabatu"."""
    if voucher.percent is not None:
        return Format.tr("{percent} % off").format(percent=voucher.percent)
    return Format.tr("{amount} off").format(amount=money(voucher.value_cents, voucher.currency or None))


def _locale() -> QLocale:
    """The chosen language's QLocale; a bare system with no language set reads as British English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def amount(cents: int) -> str:
    """An amount to edit, without a currency: 1,234.50 in English, 1 234,50 in Polish (both read back as typed)."""
    return str(_locale().toString(cents / 100, "f", 2))


def local_datetime(moment: dt.datetime | None) -> str:
    """A moment in the PC's time zone, written the chosen language's short way (QLocale's default)."""
    if moment is None:
        return ""
    local = moment.astimezone()
    moment_there = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return str(_locale().toString(moment_there, QLocale.FormatType.ShortFormat))


def local_time(moment: dt.datetime) -> str:
    """A moment's time of day in the PC's time zone, the chosen language's short way (14:05)."""
    local = moment.astimezone()
    return str(_locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat))


def local_date(moment: dt.datetime | dt.date | None) -> str:
    """A day, written the chosen language's short way (a moment is first put in the PC's time zone)."""
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        moment = moment.astimezone().date()
    return str(_locale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat))


def month_name(month: int) -> str:
    """A month's short name in the chosen language (chart axes)."""
    return str(_locale().standaloneMonthName(month, QLocale.FormatType.ShortFormat))


def number(value: float, decimals: int = 0) -> str:
    """A number the chosen language's way (decimal comma in Polish)."""
    return str(_locale().toString(float(value), "f", decimals))


def concession_sentence(name: str, concessions: ConcessionHistory, currency: str) -> str:
    """The calm banner's words: how much this customer has received this year, and that a kind, firm no is fine."""
    share = (Format.tr("{share} % of what they spent in that time").format(share=concessions.share_percent)
             if concessions.share_percent is not None else "")
    times = Format.tr("%n concession(s)", "", concessions.count)
    amount = money(concessions.total_cents, currency)
    details = Format.tr("{amount}, {share}").format(amount=amount, share=share) if share else amount
    return Format.tr("{name} has received {times} in the last 12 months ({details}). Be kind, and remember a firm "
                     "no is an option.").format(name=name, times=times, details=details)
