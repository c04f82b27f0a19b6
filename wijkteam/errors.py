"""Errors a user can act on. Their message is one clear Dutch sentence, shown in the language of the screens."""

from __future__ import annotations

from wijkteam.i18n import ERRORS, QT_TRANSLATE_NOOP, fill, translate

__all__ = [
    "ERRORS",
    "EXIT_FAILURE",
    "EXIT_OK",
    "EXIT_USAGE",
    "QT_TRANSLATE_NOOP",
    "DamagedPlanError",
    "InvalidInputError",
    "NotAllowedError",
    "NotFoundError",
    "StorageError",
    "UserError",
]

#: How the app and its commands end: done, a problem told in one sentence, or a command given wrongly.
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the user can understand and act on. ``str(error)`` is the sentence to show.

    ``message`` is Dutch, with ``%1`` placeholders for ``values``; marked with ``QT_TRANSLATE_NOOP(ERRORS, ...)``
    it is read in the language of the screens (``wijkteam.i18n``), and it stays Dutch for the command line.
    """

    def __init__(self, message: str, *values: object) -> None:
        super().__init__(message)
        self.template = message
        self.values = values

    @property
    def message(self) -> str:
        return fill(translate(ERRORS, self.template), *self.values) if self.values else \
            translate(ERRORS, self.template)

    @property
    def dutch(self) -> str:
        """The sentence in Dutch, whatever the screens speak: for logs and files."""
        return fill(self.template, *self.values) if self.values else self.template

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
