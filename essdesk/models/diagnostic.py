"""The diagnostic itself, its steps and their levers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from essdesk.models.base import Base, LongText, Name, Uid, enum_column, row_version
from essdesk.models.enums import FiliereMeaning, LeverStatus, Priority, Scenario, TerritoryKind
from essdesk.models.limits import MAX_WEIGHT
from essdesk.models.links import lever_actor

if TYPE_CHECKING:
    from essdesk.models.actor import Actor
    from essdesk.models.plan import Action
    from essdesk.models.workshop import Workshop


class Diagnostic(Base):
    __tablename__ = "diagnostic"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    title: Mapped[Name]
    territory_name: Mapped[Name]
    territory_kind: Mapped[TerritoryKind] = enum_column(TerritoryKind, TerritoryKind.AUTRE)
    filiere_name: Mapped[Name]
    filiere_meaning: Mapped[FiliereMeaning] = enum_column(FiliereMeaning, FiliereMeaning.VALUE_CHAIN)
    filiere_sector: Mapped[Name]
    scenario: Mapped[Scenario] = enum_column(Scenario, Scenario.INITIATE)
    facilitator: Mapped[Name]
    start_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    context: Mapped[LongText]
    referential_id: Mapped[str] = mapped_column(String(100))
    referential_version: Mapped[str] = mapped_column(String(40))
    # The referential the diagnostic was made on, as canonical JSON: a file mailed to
    # someone who has not installed that method still opens and exports the same.
    referential_data: Mapped[str | None] = mapped_column(Text, default=None, deferred=True)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's own API)

    steps: Mapped[list[Step]] = relationship(
        back_populates="diagnostic", cascade="all, delete-orphan", order_by="Step.number"
    )
    actors: Mapped[list[Actor]] = relationship(
        back_populates="diagnostic", cascade="all, delete-orphan", order_by="Actor.id"
    )
    actions: Mapped[list[Action]] = relationship(
        back_populates="diagnostic", cascade="all, delete-orphan", order_by="Action.id"
    )
    workshops: Mapped[list[Workshop]] = relationship(
        back_populates="diagnostic", cascade="all, delete-orphan", order_by="Workshop.id"
    )


class Step(Base):
    __tablename__ = "step"
    __table_args__ = (
        UniqueConstraint("diagnostic_id", "number"),
        CheckConstraint("number >= 1", name="number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = row_version()
    diagnostic_id: Mapped[int] = mapped_column(ForeignKey("diagnostic.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    notes: Mapped[LongText]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="steps")
    levers: Mapped[list[Lever]] = relationship(
        back_populates="step", cascade="all, delete-orphan", order_by="Lever.position"
    )


class Lever(Base):
    """One lever of a step, as the group assessed it.

    The label is copied from the referential when the diagnostic is created, so that a file
    reopened years later shows what the group saw, whatever the referential became.
    """

    __tablename__ = "lever"
    # The unique (step_id, code) index also serves lookups by step: no separate index.
    __table_args__ = (
        UniqueConstraint("step_id", "code"),
        CheckConstraint(f"weight BETWEEN 0 AND {MAX_WEIGHT}", name="weight"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    step_id: Mapped[int] = mapped_column(ForeignKey("step.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[LongText]
    custom: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[LeverStatus] = enum_column(LeverStatus, LeverStatus.NOT_ASSESSED)
    priority: Mapped[Priority] = enum_column(Priority, Priority.NONE)
    weight: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[LongText]
    owner: Mapped[Name]
    due: Mapped[dt.date | None] = mapped_column(Date, default=None)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    step: Mapped[Step] = relationship(back_populates="levers")
    actors: Mapped[list[Actor]] = relationship(
        secondary=lever_actor, back_populates="levers", order_by="Actor.id"
    )
