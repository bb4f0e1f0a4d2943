"""One family of business errors, each carrying a sentence a receptionist can read."""

from __future__ import annotations


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
        first = next(iter(self.fields.values()), "Please check the highlighted fields.")
        super().__init__(first if len(self.fields) == 1 else f"{first} (and {len(self.fields) - 1} more)")


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
