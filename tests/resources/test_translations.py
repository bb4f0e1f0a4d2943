"""The committed translations are complete and the committed .qm files are what the .ts files compile to."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from resources.translations import update

POLISH = [ts for ts in (update.CORE_TS, update.DESK_TS) if ts.exists()]


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_the_committed_qm_files_are_what_the_ts_files_compile_to(tmp_path: Path) -> None:
    polish, english = tmp_path / "makegood_pl.qm", tmp_path / "makegood_en.qm"
    update.release(polish, english)
    assert polish.read_bytes() == update.QM.read_bytes(), "run python resources/translations/update.py"
    assert english.read_bytes() == update.PLURALS_QM.read_bytes(), "run python resources/translations/update.py"


@pytest.mark.parametrize("ts", POLISH, ids=lambda ts: ts.name)
def test_every_polish_message_is_translated_with_all_three_plural_forms(ts: Path) -> None:
    messages = _messages(ts)
    assert messages
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"unfinished: {source!r}"
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            # one (1), few (2–4, 22–24...), many (5–21, 25...): "1 klient", "2 klientów", "5 klientów"
            assert len(forms) == 3 and all(forms), f"{source!r}: {forms}"
        else:
            assert translation.text, f"empty: {source!r}"


def test_every_plural_message_has_its_english_forms() -> None:
    messages = _messages(update.PLURALS_TS)
    assert {m.findtext("source") for m in messages} >= {"%n customer(s)", "%n complaint(s)", "%n visit(s)"}
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        assert len([form.text for form in translation.iter("numerusform") if form.text]) == 2


def test_english_forms_come_from_the_source_text() -> None:
    assert update.english_forms("%n customer(s)") == ("%n customer", "%n customers")
    assert update.english_forms("Exported %n remedy/remedies to {path}.") == ("Exported %n remedy to {path}.",
                                                                             "Exported %n remedies to {path}.")


def test_every_string_of_the_desk_is_in_the_polish_translation(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing the committed desk_pl.ts has not translated."""
    copy = tmp_path / "desk_pl.ts"
    shutil.copy(update.DESK_TS, copy)
    subprocess.run([update.tool("pyside6-lupdate"), *update.tracked("ui/*.py", "ui/**/*.py"), "-ts", str(copy),
                    "-no-obsolete", "-silent"], cwd=update.ROOT, check=True)
    new = [m.findtext("source") for m in _messages(copy)
           if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]
    assert new == [], "new strings: run python resources/translations/update.py and translate them"
