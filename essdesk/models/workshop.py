"""Workshop sessions, their participants and their dot-votes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from essdesk.models.base import Base, LongText, Name, Uid, row_version
from essdesk.models.limits import MAX_DOTS_PER_PARTICIPANT
from essdesk.models.links import workshop_step

if TYPE_CHECKING:
    from essdesk.models.actor import Actor
    from essdesk.models.diagnostic import Diagnostic, Lever, Step


class Workshop(Base):
    __tablename__ = "workshop"
    __table_args__ = (
        CheckConstraint(f"dots_per_participant BETWEEN 1 AND {MAX_DOTS_PER_PARTICIPANT}",
                        name="dots_per_participant"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    diagnostic_id: Mapped[int] = mapped_column(
        ForeignKey("diagnostic.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    place: Mapped[Name]
    notes: Mapped[LongText]
    decisions: Mapped[LongText]
    dots_per_participant: Mapped[int] = mapped_column(Integer, default=3)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="workshops")
    steps: Mapped[list[Step]] = relationship(secondary=workshop_step, order_by="Step.number")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", order_by="Participant.position"
    )
    votes: Mapped[list[Vote]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", order_by="Vote.id"
    )


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (CheckConstraint("position >= 0", name="position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[Name]
    organisation: Mapped[Name]
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="SET NULL"), default=None, index=True
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    workshop: Mapped[Workshop] = relationship(back_populates="participants")
    actor: Mapped[Actor | None] = relationship()


class Vote(Base):
    """Dots given to a lever during a workshop, by one participant or as a group total."""

    __tablename__ = "vote"
    __table_args__ = (CheckConstraint("dots >= 1", name="dots"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    lever_id: Mapped[int] = mapped_column(ForeignKey("lever.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), default=None, index=True
    )
    dots: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    workshop: Mapped[Workshop] = relationship(back_populates="votes")
    lever: Mapped[Lever] = relationship()
    participant: Mapped[Participant | None] = relationship()
