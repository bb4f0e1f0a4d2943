"""The audit trail: who changed what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.db import rows
from models.entities import AuditEntry, Staff
from models.errors import ValidationError
from models.i18n import CORE

_HIDDEN = {"pin_hash", "search_text", "sort_key", "version", "failed_pins", "lockouts", "locked_until"}


def snapshot(row: pw.Model) -> dict[str, Any]:
    """The row's fields as plain values (foreign keys as ids), secrets and derived columns left out."""
    data: dict[str, Any] = {}
    for name in row._meta.fields:
        if name in _HIDDEN:
            continue
        data[name] = row.__data__.get(name)  # a foreign key holds the id here
    return data


def _dump(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, default=_json_default, ensure_ascii=False, sort_keys=True)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def record(
    staff_id: int | None,
    entity: str,
    entity_id: int,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one audit entry; call it inside the transaction of the write it describes.

    Every write is recorded under a staff member who exists: a missing or unknown ``staff_id`` refuses the
    write (the transaction it is part of rolls back).
    """
    if staff_id is None or not Staff.select().where(Staff.id == staff_id).exists():
        raise ValidationError({"staff": CORE.tr("Say who is at the desk first: every change is recorded under a "
                                                "staff member.")})
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    return AuditEntry.create(
        staff=staff_id, entity=entity, entity_id=entity_id, action=action, before=_dump(before), after=_dump(after)
    )


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    staff_name: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]


def history(entity: str, entity_id: int) -> list[Change]:
    """Every recorded change of one record, oldest first."""
    query = rows(
        AuditEntry.select(AuditEntry.at, Staff.name, AuditEntry.action, AuditEntry.before, AuditEntry.after)
        .join(Staff, pw.JOIN.LEFT_OUTER)
        .where((AuditEntry.entity == entity) & (AuditEntry.entity_id == entity_id))
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return [
        Change(
            at=at,
            staff_name=name or "",
            action=action,
            before=json.loads(before) if before else {},
            after=json.loads(after) if after else {},
        )
        for at, name, action, before, after in query
    ]


def last_change(entity: str, entity_id: int) -> Change | None:
    changes = history(entity, entity_id)
    return changes[-1] if changes else None
