"""Letter templates: plain text with merge fields such as ``{customer_name}``.

A template is checked when it is saved: a field that is not in ``MERGE_FIELDS`` (a typo like
``{custmer_name}``) is refused with its name, so a printed letter never has a blank where a value should be.
"""

from __future__ import annotations

import string

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


def fields_used(template: str) -> list[str]:
    """The merge fields ``template`` uses, in order of first use (raises ValueError on a broken brace)."""
    used: list[str] = []
    for _literal, field, _spec, _conversion in string.Formatter().parse(template):
        if field is not None and field not in used:
            used.append(field)
    return used


def template_problem(template: str) -> str | None:
    """Why ``template`` cannot be saved, in one sentence; None when it is fine."""
    try:
        used = fields_used(template)
    except ValueError:
        return "A { or } is not closed; write merge fields like {customer_name}, and {{ for a brace."
    unknown = [field for field in used if field not in MERGE_FIELDS]
    if "" in unknown:
        return "An empty {} is not a merge field; write one like {customer_name}."
    if unknown:
        names = ", ".join("{" + field + "}" for field in unknown)
        return f"Unknown merge field {names}; the fields are: " + ", ".join(
            "{" + field + "}" for field in MERGE_FIELDS) + "."
    return None


def merge(template: str, values: dict[str, str]) -> str:
    """The template with its fields replaced; a field without a value is an error, never a blank."""
    missing = [field for field in fields_used(template) if field not in values]
    if missing:
        raise KeyError(", ".join(missing))
    return template.format_map(values)
