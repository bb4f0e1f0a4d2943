"""How values read on screen: money, local dates and times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale


def money(cents: int | None) -> str:
    if cents is None:
        return ""
    return QLocale().toCurrencyString(cents / 100)


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
