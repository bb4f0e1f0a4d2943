"""The core's Polish translation: complete, up to date with the code, and what a Polish desk is told."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from models import i18n, settings
from models.errors import ValidationError, explain_database_error
from models.services import customers, staff
from models.services.complaints import STATUS_LABELS
from models.services.versioning import stale_message

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "core_pl.ts"
FIELD = re.compile(r"\{[^{}]*\}")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is installed with PySide6"
    return found


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_message_has_a_finished_polish_translation_keeping_its_fields() -> None:
    messages = _messages(TS)
    assert len(messages) > 300
    same = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = ([form.text or "" for form in translation.iter("numerusform")] if message.get("numerus") == "yes"
                 else [translation.text or ""])
        assert len(forms) == (3 if message.get("numerus") == "yes" else 1), source  # one, few, many in Polish
        for form in forms:
            assert form.strip(), source
            if form == source:
                same.append(source)
            assert sorted(set(FIELD.findall(form))) == sorted(set(FIELD.findall(source))), (source, form)
            assert ("%n" in form) == ("%n" in source), (source, form)
    # the same in Polish: words both languages share, and templates that are only fields
    assert sorted(same) == ["Latin-1 (ISO 8859-1)", "Status", "{letter}, {date}", "{remedy} — {status}",
                            "{step} — {name}"]


def test_the_translation_file_holds_every_string_the_core_marks(tmp_path: Path) -> None:
    sources = subprocess.run(["git", "ls-files", "models/*.py", "models/**/*.py", "reports/*.py"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    fresh = tmp_path / "core_pl.ts"
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete"], cwd=ROOT,
                   capture_output=True, check=True)
    wanted = {(m.findtext("source"), m.get("numerus")) for m in _messages(fresh)}
    have = {(m.findtext("source"), m.get("numerus")) for m in _messages(TS)}
    assert wanted - have == set(), "run pyside6-lupdate (see docs) and translate the new strings"
    assert have - wanted == set(), "core_pl.ts holds strings the code no longer has"


@pytest.fixture
def polish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / "core_pl.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], capture_output=True, check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    yield
    i18n.install(None)
    QCoreApplication.removeTranslator(translator)


def test_a_polish_desk_gets_the_services_refusals_in_polish(polish: None, owner: staff.StaffMember) -> None:
    with pytest.raises(ValidationError) as caught:
        customers.create_customer(customers.CustomerInput(name=" ", email="anna@", language="de"), owner.id)
    assert caught.value.fields == {
        "name": "Wpisz imię i nazwisko klienta.",
        "email": "Ten adres e-mail wygląda na niepełny, np. imie@example.com.",
        "language": "Listy można pisać w językach: en (English), pl (Polski); albo zostaw puste, aby użyć "
                    "domyślnego języka firmy.",
    }
    assert str(caught.value) == "Wpisz imię i nazwisko klienta. (i jeszcze 2)"
    assert str(explain_database_error(Exception("database is locked"))) == \
        "Inne stanowisko właśnie zapisuje — spróbuj za chwilę; nic nie zostało utracone."
    assert stale_message("customer", 999, "customer").startswith("Ten klient został zmieniony gdzie indziej")
    assert settings.problems({"template_apology": "Witaj {klient}"})["template_apology"].startswith(
        "Nieznane pole korespondencji {klient}; dostępne pola to: {customer_name}, ")


@pytest.mark.parametrize(("tries", "expected"), [(2, "Zostały 2 próby"), (4, "Zostały 4 próby"),
                                                 (5, "Zostało 5 prób"), (22, "Zostały 22 próby")])
def test_polish_plurals_take_the_right_form(polish: None, tries: int, expected: str) -> None:
    sentence = i18n.CORE.tr("That PIN is not {name}'s. %n more tries before a lockout.", "", tries)
    assert sentence.format(name="Ola") == f"To nie jest PIN osoby Ola. {expected} przed blokadą."


def test_labels_the_core_declares_are_translated_where_shown(polish: None) -> None:
    assert QCoreApplication.translate("CORE", STATUS_LABELS["awaiting_customer"]) == "Czeka na klienta"
    assert QCoreApplication.translate("CORE", "Part failed") == "Part failed"  # not ours: left as it is
