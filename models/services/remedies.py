"""The owner's remedy policy, in one place a shop owner can read. Pure rules: no database, no screen.

- A customer's loyalty tier comes from their visits and spend over the last 24 months.
- A suggested remedy comes from how serious the problem is, whether we were at fault, the customer's tier and
  what the visit cost — with the reasons, one line each, so the desk can explain it.
- A remedy above the desk limit (a percent of the bill, or an amount) needs a manager's PIN.
- Past the concession threshold the desk sees a calm banner: saying a kind, firm no is an option.

The records (offering, accepting, giving, concession history) live in models.services.remedy_offers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.entities import REMEDY_KINDS
from models.i18n import CORE, QT_TRANSLATE_NOOP, desk_money
from models.settings import BusinessSettings

TIERS = ("new", "regular", "loyal")
# the tier as a word inside a sentence ("regular customer: +25 %")
TIER_WORDS = {"new": QT_TRANSLATE_NOOP("CORE", "new"), "regular": QT_TRANSLATE_NOOP("CORE", "regular"),
              "loyal": QT_TRANSLATE_NOOP("CORE", "loyal")}
# a remedy's status as a word inside a sentence ("A remedy that is given cannot be marked declined.")
STATUS_WORDS = {"offered": QT_TRANSLATE_NOOP("CORE", "offered"), "accepted": QT_TRANSLATE_NOOP("CORE", "accepted"),
                "declined": QT_TRANSLATE_NOOP("CORE", "declined"), "given": QT_TRANSLATE_NOOP("CORE", "given")}
TIER_LABELS = {
    "new": QT_TRANSLATE_NOOP("CORE", "New customer"),
    "regular": QT_TRANSLATE_NOOP("CORE", "Regular customer"),
    "loyal": QT_TRANSLATE_NOOP("CORE", "Loyal customer"),
}
TIER_WINDOW_DAYS = 730  # loyalty counts the last 24 months
CONCESSION_WINDOW_DAYS = 365  # the concession banner counts the last 12 months

KIND_LABELS = {
    "redo": QT_TRANSLATE_NOOP("CORE", "Redo the service free"),
    "refund": QT_TRANSLATE_NOOP("CORE", "Refund"),
    "discount_now": QT_TRANSLATE_NOOP("CORE", "Discount now"),
    "voucher": QT_TRANSLATE_NOOP("CORE", "Voucher for the next service"),
    "gift": QT_TRANSLATE_NOOP("CORE", "Small gift"),
    "none": QT_TRANSLATE_NOOP("CORE", "No remedy (with a kind explanation)"),
}

# The share of the bill a remedy starts from, by severity (1 minor .. 4 severe).
SEVERITY_PERCENT = {1: 5, 2: 10, 3: 20, 4: 100}
# On top of it, by tier: loyal customers deserve more (keeping one costs a sixth of winning a new one).
TIER_BONUS_PERCENT = {"new": 0, "regular": 25, "loyal": 50}
# A small gift as goodwill when it was not our fault, for customers who come back.
GOODWILL_GIFT_CENTS = 1_000

# Which way a remedy may move: offered, then accepted or declined by the customer, then given.
REMEDY_TRANSITIONS: dict[str, frozenset[str]] = {
    "offered": frozenset({"accepted", "declined"}),
    "accepted": frozenset({"given"}),
    "declined": frozenset(),
    "given": frozenset(),
}


def tier_for(visits: int, spend_cents: int, settings: BusinessSettings) -> str:
    """new, regular or loyal: reaching either threshold (visits or spend in 24 months) puts a customer in a tier."""
    if visits >= settings.tier_loyal_visits or spend_cents >= settings.tier_loyal_spend_cents:
        return "loyal"
    if visits >= settings.tier_regular_visits or spend_cents >= settings.tier_regular_spend_cents:
        return "regular"
    return "new"


@dataclass(frozen=True)
class Suggestion:
    """What the rules propose: a kind, an amount in cents or a percent of the bill, and why."""

    kind: str
    value_cents: int | None = None
    percent: int | None = None
    reasons: list[str] = field(default_factory=list)


def suggest_remedy(
    severity: int, at_fault: str | None, tier: str, visit_amount_cents: int | None, settings: BusinessSettings
) -> Suggestion:
    """The remedy the owner's rules propose, with the reasons line by line."""
    reasons: list[str] = []
    loyal_or_regular = tier in ("loyal", "regular")
    if at_fault == "no":
        reasons.append(CORE.tr("not our fault: goodwill only"))
        if loyal_or_regular:
            reasons.append(CORE.tr("{tier} customer: a small gift to say thank you for coming back").format(
                               tier=CORE.tr(TIER_WORDS[tier])))
            return Suggestion("gift", value_cents=GOODWILL_GIFT_CENTS, reasons=reasons)
        reasons.append(CORE.tr("new customer: explain kindly what happened; no remedy is owed"))
        return Suggestion("none", reasons=reasons)

    base = SEVERITY_PERCENT.get(severity, SEVERITY_PERCENT[2])
    reasons.append(CORE.tr("severity {severity}: {base} % of the bill").format(severity=severity, base=base))
    if severity >= 4 and at_fault == "yes":
        reasons.append(CORE.tr("serious and our fault: put it right — redo the service free"))
        return Suggestion("redo", value_cents=visit_amount_cents, reasons=reasons)

    percent = base
    if at_fault == "partly":
        percent = percent // 2
        reasons.append(CORE.tr("partly our fault: half"))
    elif at_fault is None:
        percent = percent // 2
        reasons.append(CORE.tr("fault not assessed yet: treated as partly ours (half)"))
    bonus = TIER_BONUS_PERCENT[tier]  # a tier the rules do not know is a defect, not a silent zero
    if bonus:
        percent = percent + percent * bonus // 100
        reasons.append(CORE.tr("{tier} customer: +{bonus} %").format(tier=CORE.tr(TIER_WORDS[tier]), bonus=bonus))
    percent = max(1, min(100, percent))
    if severity >= 3:
        reasons.append(CORE.tr("a discount now shows we take it seriously"))
        return Suggestion("discount_now", percent=percent, reasons=reasons)
    reasons.append(CORE.tr("a voucher for the next service brings them back"))
    return Suggestion("voucher", percent=percent, reasons=reasons)


def remedy_cents(kind: str, value_cents: int | None, percent: int | None, visit_amount_cents: int | None) -> int:
    """What a remedy costs the business in cents (a percent is of the visit's bill; a free redo costs the bill)."""
    if kind == "none":
        return 0
    if value_cents is not None:
        return value_cents
    if percent is not None:
        return (visit_amount_cents or 0) * percent // 100
    if kind == "redo":
        return visit_amount_cents or 0
    return 0


def money_text(cents: int, currency: str) -> str:
    """An amount as a sentence shows it: 1,234.50 GBP (a desk in another language writes it its own way)."""
    return desk_money(cents, currency, _english_money)


def _english_money(cents: int, currency: str) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{part:02d} {currency}"


def remedy_problems(
    kind: str, value_cents: int | None, percent: int | None, visit_amount_cents: int | None, currency: str
) -> dict[str, str]:
    """Why a remedy as typed cannot be offered (empty when it can)."""
    if kind not in REMEDY_KINDS:
        return {"kind": CORE.tr("Choose a kind of remedy.")}
    if value_cents is not None and percent is not None:
        return {"value": CORE.tr("Give an amount or a percent, not both.")}
    if kind == "none":
        if value_cents or percent:
            return {"value": CORE.tr("No remedy has no amount; choose another kind to give something.")}
        return {}
    if value_cents is not None and value_cents < 0 or percent is not None and percent < 0:
        return {"value": CORE.tr("A remedy cannot be negative.")}
    if percent is not None and percent > 100:
        return {"value": CORE.tr("A percent is at most 100.")}
    if kind in ("refund", "discount_now", "voucher", "gift") and not (value_cents or percent):
        return {"value": CORE.tr("Enter the amount or the percent.")}
    if kind == "gift" and percent is not None:
        return {"value": CORE.tr("A gift has an amount, not a percent.")}
    if kind == "refund" and value_cents is not None and visit_amount_cents is not None \
            and value_cents > visit_amount_cents:
        return {"value": CORE.tr("A refund cannot be more than the bill ({bill}).").format(
                             bill=money_text(visit_amount_cents, currency))}
    return {}


def needs_approval(
    kind: str, value_cents: int | None, percent: int | None, visit_amount_cents: int | None,
    settings: BusinessSettings,
) -> bool:
    """Is the remedy above what the desk may give alone (either limit: percent of the bill, or amount)?"""
    if kind == "none":
        return False
    if percent is not None and percent > settings.desk_limit_percent:
        return True
    cost = remedy_cents(kind, value_cents, percent, visit_amount_cents)
    if cost > settings.desk_limit_cents:
        return True
    # an amount that is a large share of a small bill is as generous as a large percent
    bill = visit_amount_cents or 0
    return bool(bill) and cost * 100 > settings.desk_limit_percent * bill


def limit_text(settings: BusinessSettings) -> str:
    return CORE.tr("{percent} % of the bill or {amount}").format(
        percent=settings.desk_limit_percent, amount=money_text(settings.desk_limit_cents, settings.currency))


def concession_banner_due(count: int, total_cents: int, spend_cents: int, settings: BusinessSettings) -> bool:
    """Has the customer received many concessions (by number, or as a share of what they spent)?"""
    if count >= settings.concession_count:
        return True
    return spend_cents > 0 and total_cents * 100 >= settings.concession_percent * spend_cents


def share_percent(total_cents: int, spend_cents: int) -> int | None:
    """Concessions as a whole percent of spend; None when they spent nothing in the window."""
    if spend_cents <= 0:
        return None
    return round(total_cents * 100 / spend_cents)


def can_move(current: str, new: str) -> bool:
    return new in REMEDY_TRANSITIONS.get(current, frozenset())
