"""Translation for the core, without Qt: the desk installs Qt's translator here at start-up.

Labels the core declares are marked with ``QT_TRANSLATE_NOOP("CORE", "...")`` where they are declared (the dict
keeps the English, the desk translates where it shows them). Sentences built at run time go through
``CORE.tr("template {field}").format(field=...)``: the template is translated first, then filled in, so a
translated template keeps its fields. Without an installed translator (the command line, tests) the English
template is used, with ``%n`` replaced by the count as Qt does.

Dates, times and money inside those sentences go through ``desk_date``/``desk_moment``/``desk_time``/
``desk_money``: a desk in another language installs its own ways of writing them (``install_formats``); otherwise
(the command line, an English desk) each call site's English way is kept, word for word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the desk installs this before its first paint: no datetime or dataclasses to load for it
    import datetime as dt

Translate = Callable[[str, str, str | None, int], str]  # (context, text, disambiguation, n) -> text


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translate: Translate = _english


def install(fn: Translate | None) -> None:
    """Translate the core's sentences with ``fn`` (the desk passes ``QCoreApplication.translate``); None goes
    back to English."""
    global _translate
    _translate = fn if fn is not None else _english


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; it stays English here and is translated where shown."""
    return text


class Formats(NamedTuple):
    """How the desk writes values inside the core's sentences (the desk passes QLocale-based functions)."""

    date: Callable[[dt.date], str]  # a day: 2.12.2026
    moment: Callable[[dt.datetime], str]  # an aware moment, in the PC's time zone: 2.12.2026 14:05
    time: Callable[[dt.datetime], str]  # an aware moment's time of day, in the PC's time zone: 14:05
    money: Callable[[int, str], str]  # cents in a currency code: 1 234,50 zł


_formats: Formats | None = None


def install_formats(formats: Formats | None) -> None:
    """Write dates, times and money in the core's sentences with ``formats``; None goes back to English."""
    global _formats
    _formats = formats


def desk_date(day: dt.date, english: Callable[[dt.date], str]) -> str:
    """``day`` the desk's way when it installed one, else ``english(day)``."""
    return _formats.date(day) if _formats is not None else english(day)


def desk_moment(moment: dt.datetime, english: Callable[[dt.datetime], str]) -> str:
    """A date and time the desk's way when it installed one, else ``english(moment)``."""
    return _formats.moment(moment) if _formats is not None else english(moment)


def desk_time(moment: dt.datetime, english: Callable[[dt.datetime], str]) -> str:
    """A time of day the desk's way when it installed one, else ``english(moment)``."""
    return _formats.time(moment) if _formats is not None else english(moment)


def desk_money(cents: int, currency: str, english: Callable[[int, str], str]) -> str:
    """An amount the desk's way when it installed one, else ``english(cents, currency)``."""
    return _formats.money(cents, currency) if _formats is not None else english(cents, currency)


class Context:
    """A translation context for code outside a QObject: ``NAME = Context("NAME")``, then ``NAME.tr("text", "",
    n)`` — pyside6-lupdate reads NAME as the context (``CORE`` for the core, the desk has its own)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translate(self.name, text, disambiguation, n)


CORE = Context("CORE")

__all__ = ["CORE", "QT_TRANSLATE_NOOP", "Formats", "desk_date", "desk_moment", "desk_money", "desk_time", "install",
           "install_formats"]
