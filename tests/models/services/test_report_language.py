"""The case file and the owner's monthly report in the letter language: Polish words, dates, money and the
core's labels for a Polish customer or business, the English documents unchanged, another language refused."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models import settings
from models.entities import Complaint, Promise, Remedy, ResolutionStep
from models.errors import ValidationError
from models.services import customers, demo, letters, monthly_report, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from models.services.staff import command_line_actor
from reports.wording import CASE_FILE, MONTHLY, money
from tests.reports.pdfcheck import flat, fonts, pages_text

TODAY = dt.date(2026, 12, 2)


def english_phrases(table: object, polish: object) -> set[str]:
    """Every fixed English phrase of a wording table (the text between its {fields}) that its Polish table does
    not share: none of them may show in a Polish document."""
    found: set[str] = set()

    def walk(value: object, other: object) -> None:
        if isinstance(value, str):
            if value != other:
                found.update(chunk.strip(" ,.:;()—") for chunk in re.split(r"\{[^}]*\}", value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, other.get(key) if isinstance(other, dict) else None)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                walk(item, other[index] if isinstance(other, tuple) and index < len(other) else None)
        else:
            for name in getattr(value, "__dataclass_fields__", {}):
                walk(getattr(value, name), getattr(other, name))

    walk(table, polish)
    return {phrase for phrase in found if len(phrase) >= 4}


def english_in(text: str, phrases: set[str]) -> list[str]:
    """The phrases that show in ``text`` as words of their own ("Median" is not in "Mediana")."""
    return [phrase for phrase in sorted(phrases) if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


@pytest.fixture
def business(owner: staff.StaffMember) -> staff.StaffMember:
    settings.save({"business_name": "Warsztat Nad Rzeką", "business_address": "ul. Młyńska 12\n00-001 Warszawa",
                   "currency": "PLN"}, owner.id)
    return owner


def _full_complaint(owner: staff.StaffMember, language: str) -> int:
    """A complaint with a visit, a step, a remedy, a promise kept, a voucher, a letter and a root cause."""
    customer = int(customers.create_customer(customers.CustomerInput(
        name="Łucja Żółć", address_line1="ul. Kościelna 7", postcode="00-002", city="Warszawa", language=language),
        owner.id).id)
    visit = customers.add_visit(customer, dt.date(2026, 11, 20), "Klocki hamulcowe", 123_456, owner.id)
    complaint = int(create_complaint(ComplaintInput(
        customer_id=customer, category="failed_too_soon", summary="Hamulce znowu piszczą", visit_id=visit,
        customer_words="Znowu piszczy po dwóch tygodniach.", desired_outcome="Wymiana klocków."), owner.id).id)
    ResolutionStep.create(complaint=complaint, step="solution", staff=owner.id, note="Wymienimy klocki.")
    Remedy.create(complaint=complaint, kind="refund", status="accepted", value_cents=2000, approved_by=owner.id)
    Promise.create(complaint=complaint, customer=customer, what="Zadzwonić w piątek", kind="follow_up",
                   due_at=dt.datetime(2026, 12, 4, 12, tzinfo=dt.UTC), owner=owner.id,
                   done_at=dt.datetime(2026, 12, 4, 10, tzinfo=dt.UTC), outcome="Wszystko dobrze")
    vouchers.issue_voucher(customer, owner.id, percent=15, complaint_id=complaint)
    letters.print_letter(complaint, "apology", owner.id, today=TODAY)
    Complaint.update(satisfaction=4, root_cause="parts: zła partia klocków", business_at_fault="partly").where(
        Complaint.id == complaint).execute()
    return complaint


def test_a_polish_customer_gets_a_polish_case_file(business: staff.StaffMember) -> None:
    complaint = _full_complaint(business, "pl")
    pdf = letters.print_letter(complaint, "case_file", business.id, today=TODAY).pdf
    text = flat(" ".join(pages_text(pdf)))
    for expected in (f"Akta sprawy — reklamacja nr {complaint}", "Wydrukowano 2 grudnia 2026", "Łucja Żółć",
                     "Czego dotyczy Produkt zbyt szybko się zepsuł", "Waga", "Status Nowa", "Nasza wina Częściowo",
                     "(Osobiście)", "20 listopada 2026: Klocki hamulcowe, 1 234,56 zł", "Zadowolenie 4 z 5",
                     "Przyczyna Wadliwe części lub materiały: zła partia klocków", "Słowa klienta",
                     "Znowu piszczy po dwóch tygodniach.", "Rozwiązanie, które klient uznałby za uczciwe",
                     "Podjęte kroki",
                     "Kiedy Krok Kto Uwagi", "Przyjęcie reklamacji", "Poszukaj najlepszego rozwiązania",
                     "zwrot pieniędzy w wysokości 20,00 zł — przyjęta", "zatwierdzenie: Olga",
                     "Zadzwonić w piątek — termin 4 gru 2026", "dotrzymana 4 gru 2026", "Wszystko dobrze",
                     "15 % rabatu, wydany", "— ważny", "Wysłane listy", "List z przeprosinami, "):
        assert expected in text, expected
    assert english_in(text, english_phrases(CASE_FILE["en"], CASE_FILE["pl"]) | {"Dec", "December", "PLN",
                                                                                 "page"}) == []
    assert all(fonts(pdf).values())


def test_the_case_file_follows_the_business_letter_language_and_stays_english_otherwise(
        business: staff.StaffMember) -> None:
    english = _full_complaint(business, "")
    text = flat(" ".join(pages_text(letters.render(english, "case_file", business.id, today=TODAY))))
    for expected in (f"Case file — complaint {english}", "Printed 2 December 2026", "About Product failed too soon",
                     "Satisfaction 4 of 5", "Root cause parts: zła partia klocków", "Our fault partly",
                     "20 November 2026: Klocki hamulcowe, 1,234.56 PLN", "Steps taken", "When Step By Note",
                     "Complaint received", "Seek a solution", "a refund of 20.00 PLN",
                     "— accepted", "approved by Olga", "— due 4 Dec 2026", "kept 4 Dec 2026", "15 % off, issued",
                     "— valid", "Letters sent", "Apology letter, "):
        assert expected in text, expected
    assert "Akta" not in text and "grudnia" not in text
    settings.save({"letter_language": "pl"}, business.id)
    text = flat(" ".join(pages_text(letters.render(english, "case_file", business.id, today=TODAY))))
    assert f"Akta sprawy — reklamacja nr {english}" in text and "Case file" not in text


def _polish_month(owner: staff.StaffMember) -> str:
    settings.save({"letter_language": "pl"}, owner.id)
    return "2026-11"


def test_an_empty_polish_report_says_so_in_polish(owner: staff.StaffMember) -> None:
    pdf = monthly_report.monthly_report_pdf(_polish_month(owner))
    text = flat(" ".join(pages_text(pdf)))
    for expected in ("Miesięczny raport dla właściciela", "Listopad 2026", "od 1 listopada 2026 do 30 listopada "
                     "2026", "W tym miesiącu nie przyjęto żadnej reklamacji.", "Powtarzające się problemy",
                     "Odzyskani klienci", "Przyczyny źródłowe", "strona 1"):
        assert expected in text, expected
    assert text.count("W tym miesiącu brak danych:") == 11
    assert english_in(text, english_phrases(MONTHLY["en"], MONTHLY["pl"]) | {"November", "page"}) == []
    # the desk may ask for English whatever the setting
    english = flat(" ".join(pages_text(monthly_report.monthly_report_pdf("2026-11", language="en"))))
    assert "No complaints were received this month." in english and "November 2026" in english


def test_the_demo_month_in_polish(db: Path) -> None:
    demo.generate(2000, staff_id=command_line_actor(), seed=7)
    month = monthly_report.last_month()
    now = dt.datetime.now(dt.UTC)
    data = monthly_report.report_data(month, now=now, language="pl")
    english = monthly_report.report_data(month, now=now, language="en")
    text = flat(" ".join(pages_text(monthly_report.monthly_report_pdf(month, now=now, language="pl"))))
    assert data.alerts and data.alerts[0] in text and " tyg., " in data.alerts[0] and "głównie „" in data.alerts[0]
    assert data.alerts[0] != english.alerts[0]
    currency = settings.load().currency
    assert data.month_label == "Listopad 2026" if month == "2026-11" else data.month_label[0].isupper()
    assert data.month_label in text and data.remedy_text in text
    assert data.remedy_text == money(data.remedy_cents, currency, "pl") != english.remedy_text
    for expected in ("W tym miesiącu przyjęto", "Zmierzone reklamacje", "Mediana (godz.)", "Mediana (dni)",
                     "Wskaźnik Wartość", "Dotrzymane w terminie", "Przychód z wizyt", "Na 100 wizyt", "Razem",
                     "Wszystkie", "Przyczyna Reklamacje Udział"):
        assert expected in text, expected
    polish_labels = {label for label, _ in data.root_causes} | set(data.categories)
    assert polish_labels and not polish_labels & ({label for label, _ in english.root_causes}
                                                   | set(english.categories) - {"Inne"})
    for label in polish_labels:
        assert label in text or label[:20] in text, label
    assert english_in(text, english_phrases(MONTHLY["en"], MONTHLY["pl"])) == []


@pytest.mark.parametrize("language", ["de", "EN", "", "polski"])
def test_another_report_language_is_refused(owner: staff.StaffMember, language: str) -> None:
    with pytest.raises(ValidationError) as refused:
        monthly_report.report_data("2026-11", language=language)
    assert refused.value.fields == {"language": f"'{language}' is not a report language: choose one of en, pl."}


def test_the_english_phrases_checked_are_the_templates_own() -> None:
    case_file = english_phrases(CASE_FILE["en"], CASE_FILE["pl"])
    monthly = english_phrases(MONTHLY["en"], MONTHLY["pl"])
    assert {"Steps taken", "What the customer said", "approved by", "Seek a solution"} <= case_file
    assert {"Owner's monthly report", "Median", "Nothing to report this month", "complaints received this month"} \
        <= monthly
    assert english_in("Median 4", monthly) == ["Median"] and english_in("Mediana 4", monthly) == []
