"""Declarative base and the column types shared by every table.

Portable across dialects: enumerations are stored as their string values (no native ENUM,
no CHECK), dates as DATE, money as integer cents. Nothing here is SQLite-only.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from sqlalchemy import Enum as SAEnum
from sqlalchemy import MetaData, Text
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
    """A column storing the member's value as a short string."""
    return mapped_column(
        SAEnum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
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
