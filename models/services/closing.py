"""Closing a complaint with its root cause: what really went wrong, chosen from a short list (declared once
here) with an optional note, so the owner's dashboard can count which causes keep coming back."""

from __future__ import annotations

from models import textcheck
from models.db import database
from models.errors import StaleEdit, ValidationError
from models.i18n import CORE, QT_TRANSLATE_NOOP
from models.services import audit
from models.services.complaints import ComplaintRecord, _apply_status, _get_row, _record
from models.services.versioning import save_versioned, stale_message

ROOT_CAUSES: dict[str, str] = {
    "parts": QT_TRANSLATE_NOOP("CORE", "Faulty parts or materials"),
    "workmanship": QT_TRANSLATE_NOOP("CORE", "Workmanship"),
    "estimate": QT_TRANSLATE_NOOP("CORE", "Estimate or pricing process"),
    "communication": QT_TRANSLATE_NOOP("CORE", "Communication with the customer"),
    "scheduling": QT_TRANSLATE_NOOP("CORE", "Scheduling or capacity"),
    "training": QT_TRANSLATE_NOOP("CORE", "Training or know-how"),
    "expectation": QT_TRANSLATE_NOOP("CORE", "Customer expectation (no fault found)"),
    "other": QT_TRANSLATE_NOOP("CORE", "Other"),
}
NOTE_LIMIT = 500


def stored_root_cause(cause: str, note: str = "") -> str:
    """How a root cause is kept in Complaint.root_cause: "parts", or "parts: pads from the new supplier"."""
    note = note.strip()
    return f"{cause}: {note}" if note else cause


def root_cause_key(stored: str) -> str:
    """The list entry a stored root cause belongs to ("parts: …" -> "parts"); free text from elsewhere is
    "other", nothing recorded is ""."""
    key = stored.split(":", 1)[0].strip()
    return key if key in ROOT_CAUSES else ("other" if stored.strip() else "")


def validate(cause: str, note: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if cause not in ROOT_CAUSES:
        errors["root_cause"] = CORE.tr("Choose what caused the problem.")
    if reason := textcheck.problem(note.strip(), NOTE_LIMIT):
        errors["root_cause_note"] = reason
    elif cause == "other" and not textcheck.has_visible_letter(note):
        errors["root_cause_note"] = CORE.tr("Say in a few words what the cause was.")
    return errors


def close_with_root_cause(complaint_id: int, expected_version: int, cause: str, staff_id: int,
                          note: str = "") -> ComplaintRecord:
    """Close a resolved complaint, recording its root cause (a key of ROOT_CAUSES and an optional note).

    A complaint that is not resolved yet, or that someone saved since ``expected_version``, is refused with one
    sentence and left as it was.
    """
    errors = validate(cause, note)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        row = _get_row(complaint_id)
        if row.version != expected_version:
            raise StaleEdit(stale_message("complaint", complaint_id, "complaint"))
        before = audit.snapshot(row)
        _apply_status(row, "closed")
        row.root_cause = stored_root_cause(cause, note)
        save_versioned(row, expected_version, "complaint", "complaint")
        audit.record(staff_id, "complaint", row.id, "close", before, audit.snapshot(row))
        return _record(row)
