"""Exports for a spreadsheet or an accountant: customers, complaints, vouchers and remedies as CSV.

UTF-8 (with a byte-order mark on request, so spreadsheet apps read "Łucja" and "Ольга" right), one header row,
times in UTC as ISO 8601, money as decimal amounts in the business's currency. Streamed from the database in
batches (200,000 complaints in a few seconds), written to a temporary file beside the target and renamed
into place at the end: a failure or a cancel leaves no half-written file and an older export untouched.

Cells a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a leading
apostrophe, as OWASP advises against CSV injection: a customer named "=HYPERLINK(…)" stays text.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.db import database
from models.errors import DeskError
from models.i18n import CORE
from models.settings import load as load_settings

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
BATCH = 5000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportCancelled(DeskError):
    """The export was stopped; no file was written."""


@dataclass(frozen=True)
class ExportSummary:
    kind: str
    rows: int
    path: str


@dataclass(frozen=True)
class _Spec:
    noun: str  # "complaints"
    header: tuple[str, ...]
    select: str  # the SELECT ... FROM ... (no ORDER BY)
    count: str
    money: frozenset[int]  # column positions holding cents
    times: frozenset[int]  # column positions holding stored UTC moments


def _specs(currency: str) -> dict[str, _Spec]:
    amount = f"value ({currency})"
    return {
        "customers": _Spec(
            "customers",
            ("id", "name", "phone", "email", "address line 1", "address line 2", "postcode", "city",
             "preferred contact", "notes", "added at (UTC)", "merged into id"),
            "SELECT id, name, phone, email, address_line1, address_line2, postcode, city, preferred_contact, notes, "
            "created_at, merged_into_id FROM customer ORDER BY id",
            "SELECT COUNT(*) FROM customer", frozenset(), frozenset({10})),
        "complaints": _Spec(
            "complaints",
            ("id", "customer id", "customer", "visit id", "service", "received at (UTC)", "channel", "category",
             "severity", "status", "business at fault", "summary", "customer's words", "desired outcome",
             "owner", "first contact at (UTC)", "resolved at (UTC)", "satisfaction", "root cause"),
            "SELECT c.id, c.customer_id, cu.name, c.visit_id, v.service, c.received_at, c.channel, c.category, "
            "c.severity, c.status, c.business_at_fault, c.summary, c.customer_words, c.desired_outcome, s.name, "
            "c.first_contact_at, c.resolved_at, c.satisfaction, c.root_cause FROM complaint c "
            "JOIN customer cu ON cu.id = c.customer_id LEFT JOIN visit v ON v.id = c.visit_id "
            "LEFT JOIN staff s ON s.id = c.owner_id ORDER BY c.id",
            "SELECT COUNT(*) FROM complaint", frozenset(), frozenset({5, 15, 16})),
        "vouchers": _Spec(
            "vouchers",
            ("code", "customer id", "customer", "complaint id", "percent", amount, "issued at (UTC)",
             "expires at (UTC)", "redeemed at (UTC)", "redeemed on visit id", "voided at (UTC)", "void reason"),
            "SELECT vo.code, vo.customer_id, cu.name, vo.complaint_id, vo.percent, vo.value_cents, vo.issued_at, "
            "vo.expires_at, vo.redeemed_at, vo.redeemed_visit_id, vo.voided_at, vo.void_reason FROM voucher vo "
            "JOIN customer cu ON cu.id = vo.customer_id ORDER BY vo.id",
            "SELECT COUNT(*) FROM voucher", frozenset({5}), frozenset({6, 7, 8, 10})),
        "remedies": _Spec(
            "remedies",
            ("id", "complaint id", "customer id", "customer", "kind", amount, "percent", "status", "approved by",
             "created at (UTC)"),
            "SELECT r.id, r.complaint_id, c.customer_id, cu.name, r.kind, r.value_cents, r.percent, r.status, "
            "s.name, r.created_at FROM remedy r JOIN complaint c ON c.id = r.complaint_id "
            "JOIN customer cu ON cu.id = c.customer_id LEFT JOIN staff s ON s.id = r.approved_by_id ORDER BY r.id",
            "SELECT COUNT(*) FROM remedy", frozenset({5}), frozenset({9})),
    }


KINDS = ("customers", "complaints", "vouchers", "remedies")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet would take for a formula, made plain text with a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _money(cents: Any) -> str:
    if cents is None:
        return ""
    whole, part = divmod(abs(int(cents)), 100)
    return f"{'-' if int(cents) < 0 else ''}{whole}.{part:02d}"


def _moment(value: Any) -> str:
    """A stored UTC moment as ISO 8601 with a Z ("2026-03-10T10:00:00Z")."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # servers hand back datetimes
        return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
    text = str(value)
    return text[:10] + "T" + text[11:19] + "Z"


def _plain(value: Any) -> object:
    if value.__class__ is str:
        return "'" + value if value.startswith(_FORMULA_START) else value
    return "" if value is None else value


def _converters(spec: _Spec) -> list[Callable[[Any], object]]:
    """How each column is written: money as decimals, moments as ISO 8601, text neutralised."""
    return [_money if i in spec.money else _moment if i in spec.times else _plain for i in range(len(spec.header))]


def _batches(sql: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = database.execute_sql(sql)
    while True:
        batch = cursor.fetchmany(BATCH)
        if not batch:
            return
        yield batch


def export(kind: str, out: str | os.PathLike[str], *, bom: bool = False,
           progress: Progress | None = None) -> ExportSummary:
    """Write every ``kind`` record (customers, complaints, vouchers or remedies) to the CSV file ``out``.

    ``progress(done, total)`` hears every few thousand rows and may return False to stop: nothing is then
    written (ExportCancelled). A folder that does not exist or cannot be written is one DeskError sentence.
    """
    if kind not in KINDS:
        raise DeskError(CORE.tr("Cannot export {kind!r}: choose customers, complaints, vouchers or "
                                "remedies.").format(kind=kind))
    spec = _specs(load_settings().currency)[kind]
    target = Path(out).expanduser()
    if target.is_dir():
        raise DeskError(CORE.tr("{target} is a folder; give a file name to export to, e.g. {kind}.csv.").format(
                            target=target, kind=kind))
    if not target.parent.is_dir():
        raise DeskError(CORE.tr("Cannot export to {target}: the folder {parent} does not exist.").format(
                            target=target, parent=target.parent))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise DeskError(CORE.tr("Cannot write to {parent} ({reason}); nothing was exported.").format(
                            parent=target.parent, reason=exc.strerror or exc)) from None
    temp = Path(temp_name)
    done = 0
    try:
        (total,) = database.execute_sql(spec.count).fetchone()
        converters = _converters(spec)
        with os.fdopen(handle, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(spec.header)
            for batch in _batches(spec.select):
                writer.writerows([convert(value) for convert, value in zip(converters, row, strict=True)]
                                 for row in batch)
                done += len(batch)
                if progress is not None and not progress(min(done, total), total):
                    raise ExportCancelled(CORE.tr("The {noun} export was stopped; no file was written.").format(
                                              noun=spec.noun))
        os.chmod(temp, 0o644)  # mkstemp makes it private; an export is an ordinary file
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DeskError(CORE.tr("Cannot write {target} ({reason}); nothing was exported.").format(
                            target=target, reason=exc.strerror or exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if progress is not None and done == 0:
        progress(0, 0)
    return ExportSummary(kind=kind, rows=done, path=str(target))

