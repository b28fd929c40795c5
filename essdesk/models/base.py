"""Declarative base and the column types shared by every table.

Portable across dialects: enumerations are stored as their string values (no native ENUM,
a named CHECK constraint lists them), dates as DATE, money as integer cents. Nothing here is
SQLite-only.

Identity: integer ids are local primary keys; every row a user creates also carries a
`uid` (UUID text) that never changes, in a file, its JSON, on a server or in an offline
copy. Editable rows carry a `version` counter (SQLAlchemy's `version_id_col`), so that two
people writing the same row on a server get a conflict instead of a silent overwrite.
"""

from __future__ import annotations

import uuid
from enum import Enum
from typing import Annotated

from sqlalchemy import Enum as SAEnum
from sqlalchemy import Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Stable constraint names, so that Alembic batch migrations can find them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum_cls: type[Enum], default: Enum) -> object:
    """A column storing the member's value as a short string, checked by the database."""
    return mapped_column(
        SAEnum(
            enum_cls,
            native_enum=False,
            create_constraint=True,
            name=enum_cls.__name__.lower(),
            length=40,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        default=default,
        nullable=False,
    )


# Single-line text. Text rather than VARCHAR(n): users paste long names, and no dialect
# should cut them.
Name = Annotated[str, mapped_column(Text, default="", nullable=False)]
LongText = Annotated[str, mapped_column(Text, default="", nullable=False)]


def new_uid() -> str:
    return str(uuid.uuid4())


_VOTES = uuid.UUID("6f1d2c3e-8a4b-5c6d-9e0f-1a2b3c4d5e6f")


def vote_uid(workshop_uid: str, lever_uid: str, participant_uid: str | None) -> str:
    """A vote is the dots one participant (or the group) gave one lever in one workshop:
    its uid follows from those three, so re-entering the votes keeps it."""
    return str(uuid.uuid5(_VOTES, f"{workshop_uid}/{lever_uid}/{participant_uid or ''}"))


Uid = Annotated[str, mapped_column(String(36), default=new_uid, nullable=False, unique=True)]


def row_version() -> object:
    """The row's version counter; name it in the class's `version_id_col`."""
    return mapped_column(Integer, nullable=False, default=1, server_default="1")
