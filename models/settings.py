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
from models.i18n import CORE, QT_TRANSLATE_NOOP
from models.services import audit
from reports.templates import DEFAULT_TEMPLATES, POLISH_TEMPLATES, template_problem
from reports.wording import LANGUAGES

TEMPLATE_KINDS = ("apology", "follow_up", "resolution")

Check = Callable[[Any], str | None]  # the reason a value is refused, or None


def _text(limit: int, *, required: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return CORE.tr("Enter text.")
        if required and not value.strip():
            return CORE.tr("This cannot be empty.")
        if len(value) > limit:
            return CORE.tr("Too long ({limit} characters at most).").format(limit=limit)
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
            return CORE.tr("Remove the control characters.")
        return None
    return check


def _whole(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return CORE.tr("Enter a whole number.")
        if not low <= value <= high:
            return CORE.tr("Enter a number from {low:,} to {high:,}.").format(low=low, high=high)
        return None
    return check


def _one_of(*choices: str) -> Check:
    def check(value: Any) -> str | None:
        return None if value in choices else CORE.tr("Choose one of: {choices}.").format(choices=", ".join(choices))
    return check


def _currency(value: Any) -> str | None:
    return None if isinstance(value, str) and re.fullmatch(r"[A-Z]{3}", value) else \
        CORE.tr("A currency is its three-letter code, e.g. GBP, EUR, PLN, USD.")


def _country_code(value: Any) -> str | None:
    return None if isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{0,2}", value) else \
        CORE.tr("The country calling code is 1 to 3 digits without the +, e.g. 44 or 48.")


def _template(value: Any) -> str | None:
    return _text(5000, required=True)(value) or template_problem(value, CORE.tr)


def _optional_template(value: Any) -> str | None:
    """A template of a further language: empty means the language has no letters of its own."""
    return None if value == "" else _template(value)


def option(default: Any, label: str, check: Check, group: str, help: str = "") -> Any:  # noqa: A002
    """One setting: its default, what the settings dialog calls it, its validator and its group."""
    return field(default=default, metadata={"label": label, "check": check, "group": group, "help": help})


# the tabs of the settings dialog
BUSINESS = QT_TRANSLATE_NOOP("CORE", "Business")
LETTERS = QT_TRANSLATE_NOOP("CORE", "Letters")
LOYALTY = QT_TRANSLATE_NOOP("CORE", "Loyalty")
POLICY = QT_TRANSLATE_NOOP("CORE", "Policy")
TARGETS = QT_TRANSLATE_NOOP("CORE", "Targets")
VOUCHERS = QT_TRANSLATE_NOOP("CORE", "Vouchers")


@dataclass(frozen=True)
class BusinessSettings:
    # the business, as letters and vouchers show it
    business_name: str = option("Your business", QT_TRANSLATE_NOOP("CORE", "Business name"),
                                _text(120, required=True), BUSINESS)
    business_address: str = option("", QT_TRANSLATE_NOOP("CORE", "Address (one line each)"), _text(400), BUSINESS)
    business_phone: str = option("", QT_TRANSLATE_NOOP("CORE", "Phone"), _text(40), BUSINESS)
    business_email: str = option("", QT_TRANSLATE_NOOP("CORE", "Email"), _text(120), BUSINESS)
    country_code: str = option("44", QT_TRANSLATE_NOOP("CORE", "Country calling code"), _country_code, BUSINESS,
                               QT_TRANSLATE_NOOP("CORE", "A phone typed as +44 7700 900123 finds 07700 900123."))
    currency: str = option("GBP", QT_TRANSLATE_NOOP("CORE", "Currency"), _currency, BUSINESS)
    paper_size: str = option("A4", QT_TRANSLATE_NOOP("CORE", "Paper size"), _one_of("A4", "Letter"), LETTERS)
    letter_signature: str = option("", QT_TRANSLATE_NOOP("CORE", "Letter signature (below the name)"), _text(200),
                                   LETTERS)
    # letters and vouchers go out in the customer's language when it has a template set, else in this one
    letter_language: str = option("en", QT_TRANSLATE_NOOP("CORE", "Default letter language"), _one_of(*LANGUAGES),
                                  LETTERS, QT_TRANSLATE_NOOP("CORE", "For customers whose language has no letters."))
    template_apology: str = option(DEFAULT_TEMPLATES["apology"], QT_TRANSLATE_NOOP("CORE", "Apology letter"),
                                   _template, LETTERS)
    template_follow_up: str = option(DEFAULT_TEMPLATES["follow_up"], QT_TRANSLATE_NOOP("CORE", "Follow-up letter"),
                                     _template, LETTERS)
    template_resolution: str = option(DEFAULT_TEMPLATES["resolution"],
                                      QT_TRANSLATE_NOOP("CORE", "Resolution letter"), _template, LETTERS)
    # the Polish set; emptied, Polish customers get letters in the default language
    template_apology_pl: str = option(POLISH_TEMPLATES["apology"],
                                      QT_TRANSLATE_NOOP("CORE", "Apology letter (Polish)"), _optional_template,
                                      LETTERS)
    template_follow_up_pl: str = option(POLISH_TEMPLATES["follow_up"],
                                        QT_TRANSLATE_NOOP("CORE", "Follow-up letter (Polish)"), _optional_template,
                                        LETTERS)
    template_resolution_pl: str = option(POLISH_TEMPLATES["resolution"],
                                         QT_TRANSLATE_NOOP("CORE", "Resolution letter (Polish)"),
                                         _optional_template, LETTERS)
    # loyalty tiers over the last 24 months: a customer reaching either threshold is in the tier
    tier_regular_visits: int = option(3, QT_TRANSLATE_NOOP("CORE", "Regular from (visits in 24 months)"),
                                      _whole(1, 1000), LOYALTY)
    tier_regular_spend_cents: int = option(30_000, QT_TRANSLATE_NOOP("CORE", "Regular from (spend in 24 months)"),
                                           _whole(0, 10**9), LOYALTY)
    tier_loyal_visits: int = option(6, QT_TRANSLATE_NOOP("CORE", "Loyal from (visits in 24 months)"),
                                    _whole(1, 1000), LOYALTY)
    tier_loyal_spend_cents: int = option(100_000, QT_TRANSLATE_NOOP("CORE", "Loyal from (spend in 24 months)"),
                                         _whole(0, 10**9), LOYALTY)
    # what the desk may give without a manager's PIN
    desk_limit_percent: int = option(15, QT_TRANSLATE_NOOP("CORE", "Desk limit (percent of the bill)"),
                                     _whole(0, 100), POLICY)
    desk_limit_cents: int = option(5_000, QT_TRANSLATE_NOOP("CORE", "Desk limit (amount)"), _whole(0, 10**8), POLICY)
    concession_count: int = option(3, QT_TRANSLATE_NOOP("CORE", "Concession banner from (remedies in 12 months)"),
                                   _whole(1, 100), POLICY)
    concession_percent: int = option(15, QT_TRANSLATE_NOOP("CORE", "…or from (percent of their spend)"),
                                     _whole(1, 1000), POLICY)
    # service level targets
    sla_first_contact_hours: int = option(4, QT_TRANSLATE_NOOP("CORE", "First contact within (hours)"),
                                          _whole(1, 24 * 14), TARGETS)
    sla_resolution_days: int = option(5, QT_TRANSLATE_NOOP("CORE", "Resolution within (days)"), _whole(1, 365),
                                      TARGETS)
    sla_warning_percent: int = option(75, QT_TRANSLATE_NOOP("CORE", "Warn when this much of the time has gone (%)"),
                                      _whole(10, 99), TARGETS)
    follow_up_days: int = option(3, QT_TRANSLATE_NOOP("CORE", "Follow-up call (days after resolution)"),
                                 _whole(0, 60), TARGETS)
    voucher_validity_days: int = option(180, QT_TRANSLATE_NOOP("CORE", "Vouchers valid for (days)"),
                                        _whole(1, 3650), VOUCHERS)

    def template(self, kind: str, language: str) -> str:
        """The ``kind`` letter's template in ``language`` ('' when that language has no template set)."""
        suffix = "" if language == "en" else f"_{language}"
        return str(getattr(self, f"template_{kind}{suffix}", ""))

    def letter_language_for(self, language: str) -> str:
        """The language a customer's letters go out in: theirs when it has a full template set, else the
        business's default (and English when the default's set was emptied)."""
        for choice in (language, self.letter_language):
            if choice in LANGUAGES and all(self.template(kind, choice) for kind in TEMPLATE_KINDS):
                return choice
        return "en"

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
            errors[key] = CORE.tr("There is no setting called {key}.").format(key=key)
            continue
        reason = spec.metadata["check"](value)
        if reason:
            errors[key] = reason
    merged = dataclasses.replace(load(), **{k: v for k, v in changes.items() if k in FIELDS and k not in errors})
    if merged.tier_loyal_visits < merged.tier_regular_visits and "tier_loyal_visits" not in errors:
        errors["tier_loyal_visits"] = CORE.tr("Loyal needs at least as many visits as regular.")
    if merged.tier_loyal_spend_cents < merged.tier_regular_spend_cents and "tier_loyal_spend_cents" not in errors:
        errors["tier_loyal_spend_cents"] = CORE.tr("Loyal needs at least as much spend as regular.")
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
