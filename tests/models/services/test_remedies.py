"""The owner's remedy policy, table by table: what a shop owner would check by reading it."""

from __future__ import annotations

import dataclasses

import pytest

from models.services import remedies
from models.services.remedies import Suggestion, suggest_remedy
from models.settings import DEFAULTS

S = DEFAULTS  # regular from 3 visits or 300.00, loyal from 6 or 1,000.00; desk limit 15 % or 50.00


@pytest.mark.parametrize(("visits", "spend", "tier"), [
    (0, 0, "new"),
    (2, 29_999, "new"),
    (3, 0, "regular"),
    (0, 30_000, "regular"),
    (5, 99_999, "regular"),
    (6, 0, "loyal"),
    (0, 100_000, "loyal"),
    (40, 5_000_000, "loyal"),
])
def test_tier_from_visits_or_spend(visits: int, spend: int, tier: str) -> None:
    assert remedies.tier_for(visits, spend, S) == tier


def test_tier_follows_the_owners_thresholds() -> None:
    strict = dataclasses.replace(S, tier_regular_visits=10, tier_regular_spend_cents=500_000,
                                 tier_loyal_visits=20, tier_loyal_spend_cents=900_000)
    assert remedies.tier_for(6, 100_000, strict) == "new"
    assert remedies.tier_for(10, 0, strict) == "regular"
    assert remedies.tier_for(0, 900_000, strict) == "loyal"


@pytest.mark.parametrize(("severity", "fault", "tier", "amount", "expected"), [
    # not our fault: goodwill only — a gift for someone who comes back, a kind no for a newcomer
    (3, "no", "new", 20_000, Suggestion("none", reasons=[
        "not our fault: goodwill only", "new customer: explain kindly what happened; no remedy is owed"])),
    (2, "no", "loyal", 20_000, Suggestion("gift", value_cents=1_000, reasons=[
        "not our fault: goodwill only", "loyal customer: a small gift to say thank you for coming back"])),
    (1, "no", "regular", None, Suggestion("gift", value_cents=1_000, reasons=[
        "not our fault: goodwill only", "regular customer: a small gift to say thank you for coming back"])),
    # serious and our fault: redo it free, whatever the tier
    (4, "yes", "new", 32_000, Suggestion("redo", value_cents=32_000, reasons=[
        "severity 4: 100 % of the bill", "serious and our fault: put it right — redo the service free"])),
    # minor problems: a voucher for the next visit; loyal customers get half as much again
    (1, "yes", "new", 10_000, Suggestion("voucher", percent=5, reasons=[
        "severity 1: 5 % of the bill", "a voucher for the next service brings them back"])),
    (2, "yes", "loyal", 10_000, Suggestion("voucher", percent=15, reasons=[
        "severity 2: 10 % of the bill", "loyal customer: +50 %", "a voucher for the next service brings them back"])),
    (2, "yes", "regular", 10_000, Suggestion("voucher", percent=12, reasons=[
        "severity 2: 10 % of the bill", "regular customer: +25 %",
        "a voucher for the next service brings them back"])),
    (1, "partly", "new", 10_000, Suggestion("voucher", percent=2, reasons=[
        "severity 1: 5 % of the bill", "partly our fault: half", "a voucher for the next service brings them back"])),
    (2, "partly", "new", 10_000, Suggestion("voucher", percent=5, reasons=[
        "severity 2: 10 % of the bill", "partly our fault: half", "a voucher for the next service brings them back"])),
    (1, None, "new", 10_000, Suggestion("voucher", percent=2, reasons=[
        "severity 1: 5 % of the bill", "fault not assessed yet: treated as partly ours (half)",
        "a voucher for the next service brings them back"])),
    # serious: a discount now
    (3, "yes", "loyal", 50_000, Suggestion("discount_now", percent=30, reasons=[
        "severity 3: 20 % of the bill", "loyal customer: +50 %", "a discount now shows we take it seriously"])),
    (3, "partly", "new", 50_000, Suggestion("discount_now", percent=10, reasons=[
        "severity 3: 20 % of the bill", "partly our fault: half", "a discount now shows we take it seriously"])),
    (4, "partly", "loyal", 50_000, Suggestion("discount_now", percent=75, reasons=[
        "severity 4: 100 % of the bill", "partly our fault: half", "loyal customer: +50 %",
        "a discount now shows we take it seriously"])),
    (4, None, "regular", None, Suggestion("discount_now", percent=62, reasons=[
        "severity 4: 100 % of the bill", "fault not assessed yet: treated as partly ours (half)",
        "regular customer: +25 %", "a discount now shows we take it seriously"])),
])
def test_suggestion_and_its_reasons(severity: int, fault: str | None, tier: str, amount: int | None,
                                    expected: Suggestion) -> None:
    suggestion = suggest_remedy(severity, fault, tier, amount, S)
    assert suggestion == expected
    assert suggestion.percent is None or type(suggestion.percent) is int  # whole percents only


def test_a_suggestion_never_exceeds_the_whole_bill(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(remedies.TIER_BONUS_PERCENT, "loyal", 500)
    assert suggest_remedy(3, "yes", "loyal", 10_000, S).percent == 100


def test_a_suggestion_is_never_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(remedies.SEVERITY_PERCENT, 1, 1)
    assert suggest_remedy(1, "partly", "new", 10_000, S).percent == 1


def test_an_unknown_tier_is_a_defect() -> None:
    with pytest.raises(KeyError):
        suggest_remedy(2, "yes", "platinum", 10_000, S)


def test_an_unknown_severity_is_taken_as_moderate() -> None:
    assert suggest_remedy(9, "yes", "new", 10_000, S).reasons[0] == "severity 9: 10 % of the bill"


@pytest.mark.parametrize(("kind", "value", "percent", "bill", "message"), [
    ("cash", 100, None, 1000, "Choose a kind of remedy."),
    ("refund", 100, 10, 1000, "Give an amount or a percent, not both."),
    ("refund", -1, None, 1000, "A remedy cannot be negative."),
    ("voucher", None, -5, 1000, "A remedy cannot be negative."),
    ("discount_now", None, 101, 1000, "A percent is at most 100."),
    ("refund", 1001, None, 1000, "A refund cannot be more than the bill (10.00 GBP)."),
    ("refund", None, None, 1000, "Enter the amount or the percent."),
    ("voucher", 0, None, 1000, "Enter the amount or the percent."),
    ("voucher", None, 0, 1000, "Enter the amount or the percent."),
    ("discount_now", None, None, 1000, "Enter the amount or the percent."),
    ("gift", None, None, 1000, "Enter the amount or the percent."),
    ("gift", None, 10, 1000, "A gift has an amount, not a percent."),
    ("none", 500, None, 1000, "No remedy has no amount; choose another kind to give something."),
    ("none", None, 5, 1000, "No remedy has no amount; choose another kind to give something."),
])
def test_a_wrong_remedy_is_refused_with_a_reason(kind: str, value: int | None, percent: int | None, bill: int,
                                                 message: str) -> None:
    field = "kind" if kind == "cash" else "value"
    assert remedies.remedy_problems(kind, value, percent, bill, "GBP") == {field: message}


@pytest.mark.parametrize(("kind", "value", "percent", "bill"), [
    ("refund", 1000, None, 1000),  # the whole bill back is allowed
    ("refund", 500, None, None),  # no visit: nothing to compare with
    ("discount_now", None, 100, 1000),
    ("voucher", None, 0 + 10, None),
    ("redo", None, None, 1000),
    ("gift", 1000, None, None),
    ("none", None, None, 1000),
    ("none", 0, None, 1000),
])
def test_a_fair_remedy_passes(kind: str, value: int | None, percent: int | None, bill: int | None) -> None:
    assert remedies.remedy_problems(kind, value, percent, bill, "GBP") == {}


@pytest.mark.parametrize(("kind", "value", "percent", "bill", "cost"), [
    ("none", 500, None, 1000, 0),
    ("refund", 700, None, 1000, 700),
    ("voucher", None, 15, 20_000, 3_000),
    ("voucher", None, 15, None, 0),
    ("voucher", None, 100, None, 0),
    ("discount_now", None, 15, 999, 149),  # whole cents, rounded down
    ("redo", None, None, 32_000, 32_000),
    ("redo", None, None, None, 0),
    ("redo", 5_000, None, 32_000, 5_000),
    ("gift", None, None, 1000, 0),
])
def test_what_a_remedy_costs(kind: str, value: int | None, percent: int | None, bill: int | None,
                             cost: int) -> None:
    assert remedies.remedy_cents(kind, value, percent, bill) == cost


@pytest.mark.parametrize(("kind", "value", "percent", "bill", "needed"), [
    ("none", None, None, 100_000, False),
    ("none", None, 50, 1_000, False),  # nothing given, nothing to approve
    ("voucher", None, 15, 20_000, False),  # exactly the percent limit, 30.00
    ("voucher", None, 16, 20_000, True),  # above the percent limit
    ("discount_now", None, 10, 100_000, True),  # within the percent, but 100.00 is above the amount limit
    ("gift", 5_000, None, None, False),  # exactly the amount limit
    ("gift", 5_001, None, None, True),
    ("refund", 3_000, None, 20_000, False),  # 15 % of the bill
    ("refund", 3_001, None, 20_000, True),  # a little more than 15 % of the bill
    ("redo", None, None, 32_000, True),
    ("redo", None, None, 4_000, True),  # the whole bill is 100 %
    ("redo", None, None, None, False),
])
def test_the_desk_limit(kind: str, value: int | None, percent: int | None, bill: int | None, needed: bool) -> None:
    assert remedies.needs_approval(kind, value, percent, bill, S) is needed


def test_the_desk_limit_follows_the_settings() -> None:
    relaxed = dataclasses.replace(S, desk_limit_percent=50, desk_limit_cents=20_000)
    assert not remedies.needs_approval("refund", 10_000, None, 20_000, relaxed)
    assert remedies.needs_approval("refund", 10_001, None, 20_000, relaxed)
    assert remedies.limit_text(relaxed) == "50 % of the bill or 200.00 GBP"


@pytest.mark.parametrize(("count", "total", "spend", "banner"), [
    (0, 0, 0, False),
    (2, 1_000, 100_000, False),
    (3, 0, 100_000, True),  # three concessions this year
    (1, 15_000, 100_000, True),  # exactly 15 % of spend
    (1, 14_999, 100_000, False),
    (1, 5_000, 0, False),  # nothing spent in the window: the count decides
    (1, 1, 1, True),
])
def test_the_concession_banner(count: int, total: int, spend: int, banner: bool) -> None:
    assert remedies.concession_banner_due(count, total, spend, S) is banner


@pytest.mark.parametrize(("total", "spend", "share"), [(0, 0, None), (1_800, 10_000, 18), (1, 300, 0),
                                                       (2, 300, 1), (500, -1, None),
                                                       (5, 1, 500), (1_000, 1_000, 100)])
def test_share_of_spend(total: int, spend: int, share: int | None) -> None:
    assert remedies.share_percent(total, spend) == share


@pytest.mark.parametrize(("cents", "text"), [(0, "0.00 GBP"), (5, "0.05 GBP"), (123_456, "1,234.56 GBP"),
                                             (-250, "-2.50 GBP")])
def test_money_text(cents: int, text: str) -> None:
    assert remedies.money_text(cents, "GBP") == text


@pytest.mark.parametrize(("current", "new", "allowed"), [
    ("offered", "accepted", True), ("offered", "declined", True), ("offered", "given", False),
    ("accepted", "given", True), ("accepted", "declined", False), ("declined", "accepted", False),
    ("given", "offered", False), ("unknown", "given", False),
])
def test_remedy_moves(current: str, new: str, allowed: bool) -> None:
    assert remedies.can_move(current, new) is allowed
