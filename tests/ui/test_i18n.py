"""Choosing the desk's language at start: this PC's setting, else the system's, else English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from ui import format as fmt
from ui.i18n import chosen_language, install_language, install_translations, locale_for, saved_language
from ui.panes.remedy_box import parse_value

POLISH = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_language(qapp, "en")  # as the other tests expect it


def _settings(tmp_path: Path, value: object | None) -> QSettings:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    if value is not None:
        settings.setValue("desk/language", value)
    return settings


@pytest.mark.parametrize(("setting", "system", "language"), [
    ("", POLISH, "pl"), ("", GERMAN, "en"), ("", AMERICAN, "en"),  # the system's, when Makegood speaks it
    ("en", POLISH, "en"), ("pl", GERMAN, "pl"),  # this PC's choice wins
])
def test_the_language_follows_the_setting_else_the_system_else_english(setting: str, system: QLocale,
                                                                       language: str) -> None:
    assert chosen_language(setting, system) == language


@pytest.mark.parametrize("junk", ["de", "PL", 5, ""])
def test_a_setting_makegood_does_not_speak_follows_the_system(tmp_path: Path, junk: object) -> None:
    assert saved_language(_settings(tmp_path, junk)) == ""


def test_dates_follow_the_language_and_the_system_country_when_it_speaks_it() -> None:
    assert locale_for("pl", GERMAN).name() == "pl_PL"
    assert locale_for("en", GERMAN).name() == "en_GB"  # English on a German PC: British English
    assert locale_for("en", AMERICAN).name() == "en_US"
    assert locale_for("pl", POLISH).name() == "pl_PL"


def test_a_polish_desk_speaks_polish_with_qt_buttons_dates_and_money(app: QApplication, tmp_path: Path) -> None:
    assert install_translations(app, _settings(tmp_path, "pl")) == "pl"
    translate = QCoreApplication.translate
    assert translate("MainWindow", "&Desk") == "&Recepcja"
    assert [translate("CustomerPane", "%n customer(s)", "", n) for n in (1, 2, 5, 22, 25)] == [
        "1 klient", "2 klientów", "5 klientów", "22 klientów", "25 klientów"]
    assert translate("Format", "%n concession(s)", "", 3) == "3 rekompensaty"
    assert translate("QPlatformTheme", "Cancel") == "Anuluj"  # Qt's own buttons, from qtbase_pl.qm
    assert fmt.local_date(dt.date(2026, 3, 9)) == "9.03.2026"
    assert fmt.money(1_234_550, "PLN").replace("\u00a0", " ") == "12 345,50 zł"
    assert fmt.number(12.5, 1) == "12,5"
    assert fmt.amount(1_234_550).replace("\u00a0", " ") == "12 345,50"  # an amount to edit, read back as typed
    assert parse_value(fmt.amount(1_234_550)) == (1_234_550, None)
    assert fmt.month_name(3) == "mar"


def test_an_english_desk_has_english_plurals_and_the_business_currency(app: QApplication, tmp_path: Path) -> None:
    assert install_translations(app, _settings(tmp_path, "en")) == "en"
    translate = QCoreApplication.translate
    assert translate("MainWindow", "&Desk") == "&Desk"
    assert [translate("CustomerPane", "%n customer(s)", "", n) for n in (1, 2)] == ["1 customer", "2 customers"]
    assert translate("QPlatformTheme", "Cancel") == "Cancel"
    assert fmt.money(123_450, "EUR").startswith("€1,234.50")
    assert fmt.amount(123_450) == "1,234.50" and parse_value("1,234.50") == (123_450, None)


def test_a_polish_system_with_c_formats_still_writes_polish_dates_and_numbers() -> None:
    import subprocess
    import sys

    code = ("from PySide6.QtCore import QDate, QLocale; from ui.i18n import locale_for; "
            "loc = locale_for('pl'); "
            "print(loc.toString(QDate(2026, 1, 3), QLocale.FormatType.ShortFormat), loc.toString(145.94, 'f', 2))")
    env = {"LANGUAGE": "pl", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["3.01.2026", "145,94"]


def test_the_import_wizard_says_how_a_file_is_written_in_polish(app: QApplication, tmp_path: Path) -> None:
    from models.csvsource import CsvShape
    from ui.i18n import core_label

    shape = CsvShape(tmp_path / "k.csv", "cp1252", "Windows Western (cp1252)", ";", 10)
    install_language(app, "pl")
    try:
        assert core_label(shape.delimiter_label) == "średnik"
        assert core_label(shape.encoding_label) == "Windows zachodnioeuropejskie (cp1252)"
    finally:
        install_language(app, "en")
    assert core_label(shape.delimiter_label) == "semicolon"
