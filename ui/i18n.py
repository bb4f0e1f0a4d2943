"""The desk's language: chosen once at start (a setting of this PC, else the system's), before any window is built.

Cheap to import: only QtCore. ``install_translations(app)`` loads Makegood's messages in that language (for English,
only the plural forms: "1 customer", "2 customers") and Qt's own (the standard dialog buttons), and makes QLocale's
default the chosen language, so dates and numbers follow it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

# the desk's own contexts and markers are the core's (models/i18n.py), translated by the same translators
from models.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from models.i18n import Context as Context

if TYPE_CHECKING:
    from models.i18n import Formats

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("en", "pl")  # English is the source language: its translator holds only the plural forms
LANGUAGE_KEY = "desk/language"  # "" follows the system locale

_installed: list[QTranslator] = []  # a translator must outlive its installation
_language = "en"  # the desk's, as install_language() last made it


def saved_language(settings: QSettings | None = None) -> str:
    """What this PC's desk setting says: "", "en" or "pl"."""
    value = (settings if settings is not None else QSettings()).value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The desk setting when made, else the system locale's language when Makegood speaks it, else English."""
    if setting in LANGUAGES:
        return setting
    language = (system if system is not None else QLocale.system()).language()
    return "pl" if language == QLocale.Language.Polish else "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The QLocale dates, times and numbers follow: the system's country when it speaks the chosen language.

    Built afresh from the system locale's name: the system object itself may mix languages and formats (with
    LANGUAGE=pl and LANG=C it says pl_PL but writes dates "3 01 2026" and money "145.94").
    """
    system = system if system is not None else QLocale.system()
    if language == "pl":
        if system.language() == QLocale.Language.Polish:
            return QLocale(system.name())
        return QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    if system.language() == QLocale.Language.English:
        return QLocale(system.name())
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translations(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """Call once, after the QApplication exists and before the window is built; returns "en" or "pl"."""
    return install_language(app, chosen_language(saved_language(settings)))


def install_language(app: QCoreApplication, language: str) -> str:
    """Make ``language`` ("en" or "pl") the desk's: its messages, Qt's own, and QLocale's default."""
    from models import i18n as core_i18n

    remove_translations(app)
    core_i18n.install(QCoreApplication.translate)  # the core's sentences through the same translators
    QLocale.setDefault(locale_for(language))
    core_i18n.install_formats(None if language == "en" else _desk_formats())  # English keeps the core's own
    files = [TRANSLATIONS / f"makegood_{language}.qm"]
    if language != "en":  # Qt speaks English without help
        files.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm")
    for file in files:
        translator = QTranslator(app)
        if translator.load(str(file)):
            app.installTranslator(translator)
            _installed.append(translator)
    global _language
    _language = language
    return language


def _desk_formats() -> Formats:
    """Dates, times and money inside the core's sentences, written as the rest of the desk writes them."""
    from models.i18n import Formats
    from ui import format as desk_format  # ui.format imports this module: imported when first needed

    return Formats(date=desk_format.local_date, moment=desk_format.local_datetime, time=desk_format.local_time,
                   money=desk_format.money)


def desk_language() -> str:
    """The language the desk speaks now: "en" or "pl" (the owner's report is written in it)."""
    return _language


def remove_translations(app: QCoreApplication) -> None:
    """Take out what install_language() put in."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def core_label(label: str) -> str:
    """A label the core declares in English (category, status, step, remedy kind...), in the desk's language."""
    return QCoreApplication.translate("CORE", label)
