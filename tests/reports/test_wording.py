"""The words documents are printed in: Polish plural forms, numbers, short dates, and the core's labels exactly
as the Polish translation file has them."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reports.wording import CASE_FILE, CORE_LABELS_PL, MONTHLY, core_label, month_title, number, plural, short_time

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "core_pl.ts"


@pytest.mark.parametrize(("count", "expected"), [
    (1, "1 ocena"), (2, "2 oceny"), (4, "4 oceny"), (5, "5 ocen"), (0, "0 ocen"), (11, "11 ocen"), (12, "12 ocen"),
    (14, "14 ocen"), (21, "21 ocen"), (22, "22 oceny"), (24, "24 oceny"), (25, "25 ocen"), (112, "112 ocen"),
    (104, "104 oceny"),
])
def test_polish_counts_take_one_few_or_many(count: int, expected: str) -> None:
    assert plural(count, MONTHLY["pl"].scored, "pl").format(count=count) == expected


def test_english_counts_take_one_or_other() -> None:
    assert plural(1, MONTHLY["en"].received, "en").format(count=1, open=0).startswith("1 complaint received")
    assert plural(2, MONTHLY["en"].received, "en").format(count=2, open=1).startswith("2 complaints received")
    assert plural(7, MONTHLY["en"].scored, "en").format(count=7) == "7 scored"


def test_numbers_dates_and_months_in_each_language() -> None:
    assert number(1234.5) == "1,234.5" and number(1234.5, "pl") == "1 234,5" and number(7.0, "pl") == "7"
    assert number(0.25, "pl") == "0,25" and number(100) == "100"
    moment = dt.datetime(2026, 10, 2, 12, 5).astimezone()
    assert short_time(moment) == "2 Oct 2026 12:05" and short_time(moment, "pl") == "2 paź 2026 12:05"
    assert month_title(2026, 11) == "November 2026" and month_title(2026, 11, "pl") == "Listopad 2026"


def test_the_core_labels_are_the_translation_files_own() -> None:
    translated = {m.findtext("source"): m.findtext("translation") for m in ET.parse(TS).iter("message")
                  if m.get("numerus") != "yes"}
    assert {label: translated.get(label) for label in CORE_LABELS_PL} == CORE_LABELS_PL
    assert core_label("Resolved", "pl") == "Rozwiązana" and core_label("Resolved") == "Resolved"
    assert core_label("Not ours", "pl") == "Not ours"
    alert = next(m for m in ET.parse(TS).iter("message")
                 if m.findtext("source") == "{what}: %n complaints in {weeks} weeks, {usual}")
    assert tuple((form.text or "").replace("%n", "{count}") for form in alert.iter("numerusform")) == \
        MONTHLY["pl"].alert
    assert CASE_FILE["pl"].steps_taken["solution"] == "Poszukaj najlepszego rozwiązania"
