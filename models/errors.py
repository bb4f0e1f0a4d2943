"""One family of business errors, each carrying a sentence a receptionist can read."""

from __future__ import annotations

import sqlite3
import sys
import traceback

import peewee as pw

from models.i18n import CORE, QT_TRANSLATE_NOOP


class DeskError(Exception):
    """Base of every error the desk shows to a person (in place, in the status bar, or on stderr)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DeskError):
    """Input that cannot be saved. ``fields`` maps a field name to the message shown next to it."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        first = next(iter(self.fields.values()), None) or CORE.tr("Please check the highlighted fields.")
        more = len(self.fields) - 1
        super().__init__(first if more < 1 else CORE.tr("{first} (and %n more)", "", more).format(first=first))


class NotFound(DeskError):
    """The record asked for does not exist (any more)."""


class StaleEdit(DeskError):
    """Someone else saved the record since this copy was loaded; nothing was overwritten."""


class InvalidTransition(DeskError):
    """A status change the complaint workflow does not allow."""


class WrongPin(DeskError):
    """A PIN that does not match the staff member's."""


class DatabaseOpenError(DeskError):
    """The database given cannot be opened; the file was left as it was."""


class DatabaseBusy(DeskError):
    """Another desk (or program) held the write lock for longer than the busy timeout; nothing was saved."""


class DatabaseUnavailable(DeskError):
    """The database could not take the write (disk full, read-only, server gone); nothing was saved."""


# translated where it is used (a constant is made before the desk installs its translator)
BUSY_MESSAGE = QT_TRANSLATE_NOOP("CORE", "Another desk is saving — try again in a moment; nothing was lost.")


def explain_database_error(exc: BaseException) -> DeskError:
    """One sentence a receptionist can act on, for an error raised by the database driver."""
    text = str(exc).strip()
    reason = text.lower()
    if "locked" in reason or "busy" in reason:
        return DatabaseBusy(CORE.tr(BUSY_MESSAGE))
    if "disk" in reason and ("full" in reason or "i/o" in reason) or "no space" in reason:
        return DatabaseUnavailable(CORE.tr("The disk is full, so nothing was saved; free some space and try again. "
                                           "What you typed is still here."))
    if "readonly" in reason or "read-only" in reason or "read only" in reason:
        return DatabaseUnavailable(CORE.tr("The database is read-only now, so nothing was saved. What you typed is "
                                           "still here."))
    if any(word in reason for word in ("server closed", "connection", "terminating", "could not connect",
                                       "network", "timeout expired", "gone away")):
        return DatabaseUnavailable(CORE.tr("The database server cannot be reached, so nothing was saved; it will be "
                                           "used again when it is back. What you typed is still here."))
    first = text.splitlines()[0] if text else type(exc).__name__
    return DatabaseUnavailable(CORE.tr("The database refused the change ({reason}); nothing was saved.").format(
        reason=first))


def as_desk_error(exc: BaseException) -> DeskError:
    """Any error raised by a service as the one sentence the desk shows.

    Business errors pass through; database errors are explained; anything else is a defect: its traceback
    goes to stderr for the developers, and the receptionist gets a sentence instead of a crash.
    """
    if isinstance(exc, DeskError):
        return exc
    if isinstance(exc, pw.DatabaseError | pw.InterfaceError | sqlite3.Error):
        return explain_database_error(exc)
    traceback.print_exception(exc, file=sys.stderr)
    return DeskError(CORE.tr("Something went wrong ({error}); nothing was saved.").format(
        error=f"{type(exc).__name__}: {exc}"))


class NeedsApproval(DeskError):
    """A manager-only action was asked for without a manager's approval."""


class LockedOut(WrongPin):
    """Too many wrong PINs: the staff member cannot sign in or approve until the time said."""
