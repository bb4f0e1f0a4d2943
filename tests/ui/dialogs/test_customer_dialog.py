"""The customer dialog's letter language: offered by name, kept with the customer, and used for their letters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from models import settings
from models.entities import Customer
from models.services import customers, letters
from models.services.complaints import ComplaintInput, create_complaint
from models.services.customers import CustomerInput, CustomerRecord
from models.services.staff import StaffMember
from tests.reports.pdfcheck import flat, pages_text
from ui.bus import DeskBus
from ui.dialogs.customer_dialog import CustomerDialog
from ui.operations import Operations


def _dialog(qtbot: QtBot, owner: StaffMember, customer: CustomerRecord | None = None) -> CustomerDialog:
    bus = DeskBus()
    dialog = CustomerDialog(Operations(bus, bus), lambda: owner.id, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _combo(dialog: CustomerDialog) -> QComboBox:
    combo = dialog.findChild(QComboBox, "customerLanguage")
    assert combo is not None
    return combo


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_the_languages_are_offered_by_name_with_the_business_default_first(qtbot: QtBot,
                                                                         owner: StaffMember) -> None:
    dialog = _dialog(qtbot, owner)
    combo = _combo(dialog)
    assert [combo.itemText(i) for i in range(combo.count())] == ["The business's default (English)", "English",
                                                                 "Polski"]
    assert combo.currentText() == "The business's default (English)"
    settings.save({"letter_language": "pl"}, owner.id)
    again = _dialog(qtbot, owner)
    assert _combo(again).itemText(0) == "The business's default (Polski)"


def test_a_new_customer_is_saved_with_the_chosen_language(qtbot: QtBot, owner: StaffMember) -> None:
    dialog = _dialog(qtbot, owner)
    name = dialog.findChild(QLineEdit, "custName")
    assert name is not None
    name.setText("Łucja Żółć")
    _choose(_combo(dialog), "Polski")
    dialog.save()
    assert not dialog.isVisible() and dialog.saved is not None
    assert customers.get_customer(dialog.saved.id).language == "pl"


def test_editing_shows_the_saved_language_and_saves_the_new_one(qtbot: QtBot, owner: StaffMember) -> None:
    record = customers.create_customer(CustomerInput(name="Anna Nowak", language="pl"), owner.id)
    dialog = _dialog(qtbot, owner, record)
    combo = _combo(dialog)
    assert combo.currentText() == "Polski" and combo.currentData() == "pl"
    _choose(combo, "The business's default (English)")
    dialog.save()
    assert not dialog.isVisible()
    assert customers.get_customer(record.id).language == ""
    dialog = _dialog(qtbot, owner, customers.get_customer(record.id))
    assert _combo(dialog).currentIndex() == 0
    _choose(_combo(dialog), "English")
    dialog.save()
    assert customers.get_customer(record.id).language == "en"


def test_a_refused_language_is_said_under_its_field_and_nothing_saved(qtbot: QtBot, owner: StaffMember) -> None:
    dialog = _dialog(qtbot, owner)
    name = dialog.findChild(QLineEdit, "custName")
    assert name is not None
    name.setText("Anna Nowak")
    combo = _combo(dialog)
    combo.addItem("Deutsch", "de")  # a language letters have no words for (say, from an older desk)
    _choose(combo, "Deutsch")
    dialog.save()
    error = dialog.findChild(QLabel, "customerLanguageError")
    assert error is not None and error.isVisible()
    assert error.text().startswith("Letters can be written in: en (English), pl (Polski)")
    assert dialog.isVisible() and name.text() == "Anna Nowak" and Customer.select().count() == 0


def test_a_customer_set_to_polish_in_the_dialog_gets_a_polish_letter(qtbot: QtBot, owner: StaffMember) -> None:
    settings.save({"business_name": "Warsztat Nad Rzeką", "business_address": "ul. Młyńska 12\n00-001 Warszawa",
                   "currency": "PLN"}, owner.id)
    dialog = _dialog(qtbot, owner)
    for field, text in (("custName", "Łucja Żółć"), ("custAddress1", "ul. Kościelna 7"), ("custPostcode", "00-002"),
                        ("custCity", "Warszawa")):
        edit = dialog.findChild(QLineEdit, field)
        assert edit is not None
        edit.setText(text)
    _choose(_combo(dialog), "Polski")
    dialog.save()
    assert dialog.saved is not None
    complaint = int(create_complaint(ComplaintInput(customer_id=dialog.saved.id, category="failed_too_soon",
                                                    summary="Hamulce znowu piszczą"), owner.id).id)
    letter = flat(" ".join(pages_text(letters.print_letter(complaint, "apology", owner.id,
                                                           today=dt.date(2026, 12, 2)).pdf)))
    assert "Z poważaniem" in letter and "2 grudnia 2026" in letter
    assert "Yours sincerely" not in letter and "Dear" not in letter
