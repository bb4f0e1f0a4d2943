"""Letter templates: plain text with merge fields such as ``{customer_name}``.

A template is checked when it is saved: a field that is not in ``MERGE_FIELDS`` (a typo like
``{custmer_name}``) is refused with its name, so a printed letter never has a blank where a value should be.
"""

from __future__ import annotations

import string
from collections.abc import Callable

# Every field a letter body can use, and what it is replaced by.
MERGE_FIELDS: dict[str, str] = {
    "customer_name": "the customer's name as written on the record",
    "business_name": "the business's name from the settings",
    "staff_name": "the staff member signing the letter",
    "received_date": "the date the complaint was received",
    "complaint_summary": "the one-line summary of the complaint",
    "visit_date": "the date of the visit the complaint is about",
    "visit_service": "the service done at that visit",
    "agreement": "what was agreed with the customer",
    "remedy": "the remedy given, in words",
    "voucher_code": "the voucher's code",
    "voucher_value": "the voucher's value (a percentage or an amount)",
    "voucher_expiry": "the date the voucher expires",
}

DEFAULT_TEMPLATES: dict[str, str] = {
    "apology": (
        "Dear {customer_name},\n\n"
        "Thank you for telling us about {complaint_summary}. We are sorry: you expected better from "
        "{business_name}, and you were right to.\n\n"
        "We have looked into what happened and we will put it right. {agreement}\n\n"
        "If anything is still not as it should be, please call us and ask for me."
    ),
    "follow_up": (
        "Dear {customer_name},\n\n"
        "A few days ago we agreed what we would do about {complaint_summary}. I am writing to ask whether "
        "everything is now as it should be.\n\n"
        "Your opinion matters to us: if anything is still wrong, please tell us and we will deal with it at once."
    ),
    "resolution": (
        "Dear {customer_name},\n\n"
        "This letter confirms what we agreed about {complaint_summary}, received on {received_date}.\n\n"
        "{agreement}\n\n"
        "Thank you for giving us the chance to put it right."
    ),
}

# The same letters in Polish: a formal salutation (a letter cannot know whether to write Pani or Panie), and the
# first line after it starts in lower case, as Polish letters do.
POLISH_TEMPLATES: dict[str, str] = {
    "apology": (
        "Szanowna Pani / Szanowny Panie,\n\n"
        "dziękujemy za zgłoszenie sprawy: {complaint_summary}. Przepraszamy — od firmy {business_name} należało "
        "oczekiwać więcej i słusznie zwrócono nam na to uwagę.\n\n"
        "Sprawdziliśmy, co się stało, i naprawimy to. {agreement}\n\n"
        "Jeśli cokolwiek nadal nie jest tak, jak powinno, prosimy o telefon i rozmowę ze mną."
    ),
    "follow_up": (
        "Szanowna Pani / Szanowny Panie,\n\n"
        "kilka dni temu uzgodniliśmy, co zrobimy w sprawie: {complaint_summary}. Piszę, aby zapytać, czy "
        "wszystko jest już tak, jak powinno.\n\n"
        "Państwa opinia jest dla nas ważna: jeśli coś nadal jest nie tak, prosimy nam o tym powiedzieć — zajmiemy "
        "się tym od razu."
    ),
    "resolution": (
        "Szanowna Pani / Szanowny Panie,\n\n"
        "niniejszym potwierdzamy nasze ustalenia w sprawie: {complaint_summary} (zgłoszenie z dnia "
        "{received_date}).\n\n"
        "{agreement}\n\n"
        "Dziękujemy, że dali nam Państwo szansę, by to naprawić."
    ),
}

# the template set each language starts with (a manager can change every one in Settings → Letters)
DEFAULT_TEMPLATE_SETS: dict[str, dict[str, str]] = {"en": DEFAULT_TEMPLATES, "pl": POLISH_TEMPLATES}


def fields_used(template: str) -> list[str]:
    """The merge fields ``template`` uses, in order of first use (raises ValueError on a broken brace)."""
    used: list[str] = []
    for _literal, field, _spec, _conversion in string.Formatter().parse(template):
        if field is not None and field not in used:
            used.append(field)
    return used


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate extracts
    """Marks a sentence for the desk's translation (reports never import the core or Qt; the caller translates)."""
    return text


def _same(text: str) -> str:
    return text


def template_problem(template: str, translate: Callable[[str], str] = _same) -> str | None:
    """Why ``template`` cannot be saved, in one sentence (through ``translate``, e.g. the core's ``CORE.tr``);
    None when it is fine."""
    try:
        used = fields_used(template)
    except ValueError:
        return translate(QT_TRANSLATE_NOOP("CORE", "A {open} or {close} is not closed; write merge fields like "
                                                   "{example}, and {open}{open} for a brace.")).format(
            open="{", close="}", example="{customer_name}")
    unknown = [field for field in used if field not in MERGE_FIELDS]
    if "" in unknown:
        return translate(QT_TRANSLATE_NOOP("CORE", "An empty {empty} is not a merge field; write one like "
                                                   "{example}.")).format(empty="{}", example="{customer_name}")
    if unknown:
        return translate(QT_TRANSLATE_NOOP("CORE", "Unknown merge field {unknown}; the fields are: {fields}.")).format(
            unknown=", ".join("{" + field + "}" for field in unknown),
            fields=", ".join("{" + field + "}" for field in MERGE_FIELDS))
    return None


def merge(template: str, values: dict[str, str]) -> str:
    """The template with its fields replaced; a field without a value is an error, never a blank."""
    missing = [field for field in fields_used(template) if field not in values]
    if missing:
        raise KeyError(", ".join(missing))
    return template.format_map(values)
