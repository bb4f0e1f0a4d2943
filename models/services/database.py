"""Opening the desk's database, as the window and the command line ask for it."""

from __future__ import annotations

import os
from collections.abc import Callable

from models.db import check_search_index as check_index_of
from models.db import close_database, describe, open_database


def open_desk(target: str | os.PathLike[str], notify: Callable[[str], None] | None = None, *,
              check_index: bool = True) -> str:
    """Open (creating or upgrading) the database; returns how a person should read its name.

    Raises DatabaseOpenError with one sentence when it cannot be opened; ``notify`` hears about repairs.
    """
    open_database(target, notify=notify, check_index=check_index)
    return describe(target)


def check_search_index() -> str | None:
    """Check the open database's customer search index and rebuild it when it is missing or damaged; the
    sentence says what was repaired (None when it was sound)."""
    from models.db import database

    obj = database.obj
    return check_index_of(obj) if obj is not None else None


__all__ = ["close_database", "describe", "open_desk"]
