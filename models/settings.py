"""The business's settings, declared once (in the spirit of Picard's config options): each with its type,
default, label and validator, stored in the database's Setting table as JSON, edited by a manager.

``load()`` gives every value as one typed, frozen ``BusinessSettings``; ``save()`` validates every change first
and writes them in one audited transaction, so a wrong value changes nothing.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from models.db import database, rows
from models.entities import Setting
from models.errors import ValidationError
from models.services import audit
from reports.templates import DEFAULT_TEMPLATES, template_problem

Check = Callable[[Any], str | None]  # the reason a value is refused, or None


def _text(limit: int, *, required: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "Enter text."
        if required and not value.strip():
            return "This cannot be empty."
        if len(value) > limit:
            return f"Too long ({limit} characters at most)."
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
            return "Remove the control characters."
        return None
    return check


def _whole(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return "Enter a whole number."
        if not low <= value <= high:
            return f"Enter a number from {low:,} to {high:,}."
        return None
    return check


def _one_of(*choices: str) -> Check:
    def check(value: Any) -> str | None:
        return None if value in choices else "Choose one of: " + ", ".join(choices) + "."
    return check


def _currency(value: Any) -> str | None:
    return None if isinstance(value, str) and re.fullmatch(r"[A-Z]{3}", value) else \
        "A currency is its three-letter code, e.g. GBP, EUR, PLN, USD."


def _country_code(value: Any) -> str | None:
    return None if isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{0,2}", value) else \
        "The country calling code is 1 to 3 digits without the +, e.g. 44 or 48."


def _template(value: Any) -> str | None:
    return _text(5000, required=True)(value) or template_problem(value)


def option(default: Any, label: str, check: Check, group: str, help: str = "") -> Any:  # noqa: A002
    """One setting: its default, what the settings dialog calls it, its validator and its group."""
    return field(default=default, metadata={"label": label, "check": check, "group": group, "help": help})


@dataclass(frozen=True)
class BusinessSettings:
    # the business, as letters and vouchers show it
    business_name: str = option("Your business", "Business name", _text(120, required=True), "Business")
    business_address: str = option("", "Address (one line each)", _text(400), "Business")
    business_phone: str = option("", "Phone", _text(40), "Business")
    business_email: str = option("", "Email", _text(120), "Business")
    country_code: str = option("44", "Country calling code", _country_code, "Business",
                               "A phone typed as +44 7700 900123 finds 07700 900123.")
    currency: str = option("GBP", "Currency", _currency, "Business")
    paper_size: str = option("A4", "Paper size", _one_of("A4", "Letter"), "Letters")
    letter_signature: str = option("", "Letter signature (below the name)", _text(200), "Letters")
    template_apology: str = option(DEFAULT_TEMPLATES["apology"], "Apology letter", _template, "Letters")
    template_follow_up: str = option(DEFAULT_TEMPLATES["follow_up"], "Follow-up letter", _template, "Letters")
    template_resolution: str = option(DEFAULT_TEMPLATES["resolution"], "Resolution letter", _template, "Letters")
    # loyalty tiers over the last 24 months: a customer reaching either threshold is in the tier
    tier_regular_visits: int = option(3, "Regular from (visits in 24 months)", _whole(1, 1000), "Loyalty")
    tier_regular_spend_cents: int = option(30_000, "Regular from (spend in 24 months)",
                                           _whole(0, 10**9), "Loyalty")
    tier_loyal_visits: int = option(6, "Loyal from (visits in 24 months)", _whole(1, 1000), "Loyalty")
    tier_loyal_spend_cents: int = option(100_000, "Loyal from (spend in 24 months)",
                                         _whole(0, 10**9), "Loyalty")
    # what the desk may give without a manager's PIN
    desk_limit_percent: int = option(15, "Desk limit (percent of the bill)", _whole(0, 100), "Policy")
    desk_limit_cents: int = option(5_000, "Desk limit (amount)", _whole(0, 10**8), "Policy")
    concession_count: int = option(3, "Concession banner from (remedies in 12 months)", _whole(1, 100), "Policy")
    concession_percent: int = option(15, "…or from (percent of their spend)", _whole(1, 1000), "Policy")
    # service level targets
    sla_first_contact_hours: int = option(4, "First contact within (hours)", _whole(1, 24 * 14), "Targets")
    sla_resolution_days: int = option(5, "Resolution within (days)", _whole(1, 365), "Targets")
    sla_warning_percent: int = option(75, "Warn when this much of the time has gone (%)", _whole(10, 99),
                                      "Targets")
    follow_up_days: int = option(3, "Follow-up call (days after resolution)", _whole(0, 60), "Targets")
    voucher_validity_days: int = option(180, "Vouchers valid for (days)", _whole(1, 3650), "Vouchers")

    def label(self, key: str) -> str:
        return str(FIELDS[key].metadata["label"])


FIELDS: dict[str, dataclasses.Field[Any]] = {f.name: f for f in dataclasses.fields(BusinessSettings)}
DEFAULTS = BusinessSettings()


def problems(changes: dict[str, Any]) -> dict[str, str]:
    """Why each of ``changes`` would be refused (empty when all are fine)."""
    errors: dict[str, str] = {}
    for key, value in changes.items():
        spec = FIELDS.get(key)
        if spec is None:
            errors[key] = f"There is no setting called {key}."
            continue
        reason = spec.metadata["check"](value)
        if reason:
            errors[key] = reason
    merged = dataclasses.replace(load(), **{k: v for k, v in changes.items() if k in FIELDS and k not in errors})
    if merged.tier_loyal_visits < merged.tier_regular_visits and "tier_loyal_visits" not in errors:
        errors["tier_loyal_visits"] = "Loyal needs at least as many visits as regular."
    if merged.tier_loyal_spend_cents < merged.tier_regular_spend_cents and "tier_loyal_spend_cents" not in errors:
        errors["tier_loyal_spend_cents"] = "Loyal needs at least as much spend as regular."
    return errors


def load() -> BusinessSettings:
    """Every setting, stored values over the defaults (a stored value that no longer validates is ignored)."""
    stored: dict[str, Any] = {}
    for key, text in rows(Setting.select(Setting.key, Setting.value)):
        spec = FIELDS.get(key)
        if spec is None:
            continue  # a setting of another version (or an internal one such as the voucher secret)
        try:
            value = json.loads(text)
        except ValueError:
            continue
        if spec.metadata["check"](value) is None:
            stored[key] = value
    return dataclasses.replace(DEFAULTS, **stored)


def save(changes: dict[str, Any], staff_id: int) -> BusinessSettings:
    """Store ``changes`` (setting name -> value) after checking every one; nothing is stored if any is wrong.

    Callers check that a manager approved (the settings dialog asks for a manager's PIN).
    """
    errors = problems(changes)
    if errors:
        raise ValidationError(errors)
    before = dataclasses.asdict(load())
    with database.atomic():
        for key, value in changes.items():
            Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: json.dumps(value, ensure_ascii=False)}
            ).execute()
        after = dataclasses.asdict(load())
        audit.record(staff_id, "settings", 0, "update", before, after)
    return load()


def internal_value(key: str) -> str | None:
    """A value the app keeps for itself (not a business setting), e.g. the voucher secret."""
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else str(row.value)


def set_internal_value(key: str, value: str) -> None:
    """Store an internal value; call inside the caller's transaction."""
    if key in FIELDS:
        raise ValueError(f"{key} is a business setting; use save()")
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()
