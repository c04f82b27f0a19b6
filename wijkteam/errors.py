"""Errors a user can act on. Their message is one clear Dutch sentence, shown as it is."""

from __future__ import annotations

#: How the app and its commands end: done, a problem told in one sentence, or a command given wrongly.
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the user can understand and act on. ``str(error)`` is the Dutch sentence to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    pass


class NotAllowedError(UserError):
    """A role tried to do what is not theirs to do, such as changing the family's words."""


class InvalidInputError(UserError):
    pass


class StorageError(UserError):
    """The database or a file cannot be read or written."""


class DamagedPlanError(StorageError):
    """A plan whose stored values cannot all be read (``services.damaged``): it can be saved and removed, not opened."""
