"""Opening the desk's database, as the window and the command line ask for it."""

from __future__ import annotations

import os
from collections.abc import Callable

from models.db import close_database, describe, open_database


def open_desk(target: str | os.PathLike[str], notify: Callable[[str], None] | None = None) -> str:
    """Open (creating or upgrading) the database; returns how a person should read its name.

    Raises DatabaseOpenError with one sentence when it cannot be opened; ``notify`` hears about repairs.
    """
    open_database(target, notify=notify)
    return describe(target)


__all__ = ["close_database", "describe", "open_desk"]
