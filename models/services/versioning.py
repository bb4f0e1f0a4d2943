"""Optimistic locking: a record carries a version; a save names the version it was loaded at, and loses (with
who changed it and when) if another desk saved first. The check and the write are one UPDATE ... WHERE version."""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.errors import StaleEdit
from models.i18n import CORE, QT_TRANSLATE_NOOP, desk_moment
from models.services import audit


def stale_message(entity: str, entity_id: int, noun: str) -> str:
    """'This complaint was changed by Dee Desk at 23 Nov 2026 19:30 — reload it; your edits were not saved.'"""
    change = audit.last_change(entity, entity_id)
    # one sentence per noun: a translation agrees its words with the noun (ten klient / ta reklamacja)
    if change is None:
        sentence = _ELSEWHERE.get(noun, _ELSEWHERE["record"])
        return CORE.tr(sentence)
    local = desk_moment(change.at, _english_moment)
    sentence = _BY_WHOM.get(noun, _BY_WHOM["record"])
    return CORE.tr(sentence).format(who=change.staff_name or CORE.tr("someone"), when=local)


def _english_moment(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d %b %Y %H:%M")


_ELSEWHERE = {
    "customer": QT_TRANSLATE_NOOP("CORE", "This customer was changed elsewhere — reload it to see the latest "
                                          "version; your edits were not saved."),
    "complaint": QT_TRANSLATE_NOOP("CORE", "This complaint was changed elsewhere — reload it to see the latest "
                                           "version; your edits were not saved."),
    "record": QT_TRANSLATE_NOOP("CORE", "This record was changed elsewhere — reload it to see the latest version; "
                                        "your edits were not saved."),
}
_BY_WHOM = {
    "customer": QT_TRANSLATE_NOOP("CORE", "This customer was changed by {who} at {when} — reload it; your edits "
                                          "were not saved."),
    "complaint": QT_TRANSLATE_NOOP("CORE", "This complaint was changed by {who} at {when} — reload it; your edits "
                                           "were not saved."),
    "record": QT_TRANSLATE_NOOP("CORE", "This record was changed by {who} at {when} — reload it; your edits were "
                                        "not saved."),
}


def save_versioned(row: Any, expected_version: int, entity: str, noun: str) -> None:
    """Write every field of ``row`` if its stored version is still ``expected_version``; bump the version.

    Raises StaleEdit when another save came first; call inside the caller's transaction.
    """
    model: Any = type(row)
    values = {field: row.__data__.get(field.name) for field in model._meta.sorted_fields if field.name != "id"}
    values[model.version] = expected_version + 1
    updated = model.update(values).where((model.id == row.id) & (model.version == expected_version)).execute()
    if updated != 1:
        raise StaleEdit(stale_message(entity, row.id, noun))
    row.version = expected_version + 1
