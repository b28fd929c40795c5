"""Errors the user can act on. Their text is French and says what to do."""

from __future__ import annotations


class EssdeskError(Exception):
    """Base class: str(error) is a complete French sentence for the user."""


class ValidationError(EssdeskError):
    """A value refused by a service.

    `field` is the field's French label (as shown to the user); `name` its identifier
    (e.g. "email"), so that a dialog can put the message next to the right widget.
    """

    def __init__(self, field: str, message: str, name: str = "") -> None:
        super().__init__(f"{field} : {message}")
        self.field = field
        self.reason = message
        self.name = name


class NotFoundError(EssdeskError):
    pass


class DocumentError(EssdeskError):
    """A file could not be opened, saved or checked; nothing was changed on disk."""


class InterchangeError(EssdeskError):
    """A JSON file could not be imported; `place` is where in the file (e.g. 'actors[3].name')."""

    def __init__(self, place: str, message: str) -> None:
        super().__init__(f"{place} : {message}" if place else message)
        self.place = place


class ConcurrentChange(EssdeskError):
    """A colleague changed the row between this edit's read and its write: nothing stored."""


class ConnectionLost(DocumentError):
    """The server stopped answering mid-session: the edit was not stored; retry once it answers."""


class PasswordNeeded(DocumentError):
    """The server wants a password libpq could not find (`refused`: the one given was wrong)."""

    def __init__(self, message: str, *, refused: bool) -> None:
        super().__init__(message)
        self.refused = refused
