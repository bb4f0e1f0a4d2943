"""The core's translation layer: English without Qt, the installed translator's words with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models import i18n
from models.errors import ValidationError


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.install(None)


def test_without_a_translator_the_english_template_is_used() -> None:
    assert i18n.CORE.tr("Do “{step}” first.").format(step="Listen") == "Do “Listen” first."
    assert i18n.CORE.tr("%n customer(s)", "", 3) == "3 customer(s)"
    assert i18n.CORE.tr("100%% sure") == "100%% sure"  # only %n is Qt's; a template is left alone otherwise


def test_labels_are_marked_but_stay_english() -> None:
    assert i18n.QT_TRANSLATE_NOOP("CORE", "Part failed") == "Part failed"


def test_an_installed_translator_gets_the_context_text_and_count() -> None:
    asked: list[tuple[str, str, str | None, int]] = []

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        asked.append((context, text, disambiguation, n))
        return "Najpierw „{step}”." if n < 0 else f"{n} klientów"

    i18n.install(translate)
    assert i18n.CORE.tr("Do “{step}” first.").format(step="Słuchaj") == "Najpierw „Słuchaj”."
    assert i18n.CORE.tr("%n customer(s)", "", 5) == "5 klientów"
    assert asked == [("CORE", "Do “{step}” first.", None, -1), ("CORE", "%n customer(s)", "", 5)]
    i18n.install(None)
    assert i18n.CORE.tr("Do “{step}” first.") == "Do “{step}” first."


def test_a_desk_error_built_after_install_is_in_the_desks_language() -> None:
    polish = {"Please check the highlighted fields.": "Sprawdź zaznaczone pola.",
              "{first} (and %n more)": "{first} (i jeszcze %n)"}

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return polish.get(text, text).replace("%n", str(n))

    i18n.install(translate)
    assert str(ValidationError({})) == "Sprawdź zaznaczone pola."
    assert str(ValidationError({"a": "Zła nazwa.", "b": "Zły telefon."})) == "Zła nazwa. (i jeszcze 1)"
