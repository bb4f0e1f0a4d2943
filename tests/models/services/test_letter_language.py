"""Letters and vouchers in the customer's language: Polish words for a Polish customer, English for the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from models import settings
from models.entities import Customer, ResolutionStep
from models.errors import ValidationError
from models.services import customers, letters, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from reports.wording import long_date, money
from tests.reports.pdfcheck import flat, pages_text

TODAY = dt.date(2026, 12, 2)
POLISH = ("Szanowna Pani", "Z poważaniem", "grudnia 2026", "Nasz znak", "Państwa reklamacja")


@pytest.fixture
def business(owner: staff.StaffMember) -> staff.StaffMember:
    settings.save({"business_name": "Warsztat Nad Rzeką", "business_address": "ul. Młyńska 12\n00-001 Warszawa",
                   "currency": "PLN"}, owner.id)
    return owner


def _customer(owner: staff.StaffMember, name: str, language: str) -> int:
    data = customers.CustomerInput(name=name, address_line1="ul. Kościelna 7", postcode="00-002", city="Warszawa",
                                   language=language)
    return int(customers.create_customer(data, owner.id).id)


def _apology_with_voucher(owner: staff.StaffMember, customer: int) -> tuple[int, str]:
    complaint = int(create_complaint(ComplaintInput(customer_id=customer, category="failed_too_soon",
                                                    summary="Hamulce znowu piszczą"), owner.id).id)
    voucher = vouchers.issue_voucher(customer, owner.id, value_cents=123_456, complaint_id=complaint)
    return complaint, voucher.code


def test_a_polish_customer_gets_a_polish_apology_and_voucher(business: staff.StaffMember) -> None:
    complaint, code = _apology_with_voucher(business, _customer(business, "Łucja Żółć", "pl"))
    letter = flat(" ".join(pages_text(letters.print_letter(complaint, "apology", business.id, today=TODAY).pdf)))
    for expected in (*POLISH, "Łucja Żółć", "Hamulce znowu piszczą", "W załączeniu", "1 234,56 zł rabatu",
                     "Bon rabatowy — Warsztat Nad Rzeką", "Ważny do"):
        assert expected in letter, expected
    assert "Dear" not in letter and "Yours sincerely" not in letter and "Voucher" not in letter
    voucher = flat(" ".join(pages_text(vouchers.voucher_pdf(code))))
    for expected in ("Bon rabatowy — Warsztat Nad Rzeką", "dla: Łucja Żółć", "1 234,56 zł rabatu", "Ważny do",
                     "Nie podlega wymianie na gotówkę", code):
        assert expected in voucher, expected
    assert "Valid until" not in voucher and "off" not in voucher
    expiry = long_date(vouchers.find_voucher(code).expires_at.astimezone().date(), "pl")
    assert f"Ważny do {expiry}. Nie podlega" in voucher  # the terms' date is Polish too


def test_an_english_customer_gets_english_words(business: staff.StaffMember) -> None:
    complaint, code = _apology_with_voucher(business, _customer(business, "Amelia Taylor", ""))
    letter = flat(" ".join(pages_text(letters.print_letter(complaint, "apology", business.id, today=TODAY).pdf)))
    assert "Dear Amelia Taylor" in letter and "Yours sincerely" in letter and "2 December 2026" in letter
    assert "1,234.56 PLN off" in letter
    voucher = flat(" ".join(pages_text(vouchers.voucher_pdf(code))))
    assert "Voucher from Warsztat Nad Rzeką" in voucher and "Valid until" in voucher
    for polish in (*POLISH, "Bon rabatowy", "Ważny do", "zł"):
        assert polish not in letter + voucher, polish


def test_the_business_default_language_serves_customers_without_one(business: staff.StaffMember) -> None:
    settings.save({"letter_language": "pl"}, business.id)
    complaint, code = _apology_with_voucher(business, _customer(business, "Jan Nowak", ""))
    letter = flat(" ".join(pages_text(letters.print_letter(complaint, "apology", business.id, today=TODAY).pdf)))
    assert "Z poważaniem" in letter
    english = _apology_with_voucher(business, _customer(business, "Amelia Taylor", "en"))[0]
    text = flat(" ".join(pages_text(letters.print_letter(english, "apology", business.id, today=TODAY).pdf)))
    assert "Yours sincerely" in text and "Z poważaniem" not in text


def test_a_language_without_templates_falls_back_to_the_default(business: staff.StaffMember) -> None:
    settings.save({"template_apology_pl": ""}, business.id)  # the Polish set is no longer complete
    complaint, code = _apology_with_voucher(business, _customer(business, "Łucja Żółć", "pl"))
    letter = flat(" ".join(pages_text(letters.print_letter(complaint, "apology", business.id, today=TODAY).pdf)))
    assert "Dear Łucja Żółć" in letter and "Z poważaniem" not in letter
    assert "Voucher from" in flat(" ".join(pages_text(vouchers.voucher_pdf(code))))


def test_a_polish_template_is_used_with_the_facts_merged_in(business: staff.StaffMember) -> None:
    settings.save({"template_resolution_pl": "Dzień dobry {customer_name}, zgłoszenie z {received_date}.\n\n"
                                               "{agreement}"}, business.id)
    customer = _customer(business, "Łucja Żółć", "pl")
    complaint = int(create_complaint(ComplaintInput(customer_id=customer, category="late", summary="Spóźnienie"),
                                     business.id).id)
    ResolutionStep.create(complaint=complaint, step="agreement", staff=business.id, note="Zwrot 50 zł w piątek.")
    text = flat(" ".join(pages_text(letters.print_letter(complaint, "resolution", business.id, today=TODAY).pdf)))
    assert "Dzień dobry Łucja Żółć" in text and "Zwrot 50 zł w piątek." in text and "Nasze ustalenia" in text


@pytest.mark.parametrize("bad", ["de", "polish", "EN-GB", "x" * 9])
def test_a_language_letters_cannot_be_written_in_is_refused(owner: staff.StaffMember, bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        customers.create_customer(customers.CustomerInput(name="Anna Nowak", language=bad), owner.id)
    assert caught.value.fields["language"] == ("Letters can be written in: en (English), pl (Polski); or leave it "
                                               "empty for the business's default.")
    assert Customer.select().count() == 0


def test_the_language_is_kept_and_edited_with_the_customer(owner: staff.StaffMember) -> None:
    record = customers.create_customer(customers.CustomerInput(name="Anna Nowak", language=" PL "), owner.id)
    assert record.language == "pl" and customers.get_customer(record.id).language == "pl"
    edited = customers.update_customer(record.id, record.version,
                                       customers.customer_input(record).__class__(name="Anna Nowak"), owner.id)
    assert edited.language == ""


@pytest.mark.parametrize("changes", [{"letter_language": "de"}, {"template_apology_pl": "Witaj {klient}"}])
def test_bad_language_settings_are_refused(owner: staff.StaffMember, changes: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        settings.save(changes, owner.id)
    assert settings.load() == settings.DEFAULTS


def test_polish_dates_and_money_are_written_by_hand() -> None:
    assert long_date(dt.date(2026, 12, 2), "pl") == "2 grudnia 2026"
    assert long_date(dt.date(2027, 5, 31), "pl") == "31 maja 2027"
    assert money(123_456, "PLN", "pl") == "1 234,56 zł"
    assert money(5, "EUR", "pl") == "0,05 €"
    assert money(123_456_789, "CHF", "pl") == "1 234 567,89 CHF"
    assert money(123_456, "GBP") == "£1,234.56" and money(50, "PLN") == "0.50 PLN"
    assert money(0, "GBP") == "£0.00" and money(0, "PLN", "pl") == "0,00 zł"
    assert money(-150, "GBP") == "-£1.50" and money(-150, "PLN") == "-1.50 PLN"
    assert money(-150, "PLN", "pl") == "-1,50 zł"
    # a language without a table of its own is written in English
    assert long_date(dt.date(2026, 12, 2), "de") == "2 December 2026" and money(5, "EUR", "de") == "€0.05"


def test_a_broken_template_is_refused_in_a_sentence(owner: staff.StaffMember) -> None:
    for template, expected in (
        ("Dear {customer_name", "A { or } is not closed; write merge fields like {customer_name}, and {{ for a "
                                "brace."),
        ("Dear {}", "An empty {} is not a merge field; write one like {customer_name}."),
        ("Witaj {klient}", "Unknown merge field {klient}; the fields are: {customer_name}, {business_name}, "
                           "{staff_name}, {received_date}, {complaint_summary}, {visit_date}, {visit_service}, "
                           "{agreement}, {remedy}, {voucher_code}, {voucher_value}, {voucher_expiry}."),
    ):
        with pytest.raises(ValidationError) as caught:
            settings.save({"template_apology_pl": template}, owner.id)
        assert caught.value.fields == {"template_apology_pl": expected}
    assert settings.load().template_apology_pl == settings.DEFAULTS.template_apology_pl
