"""Actors of the filière, ESS and not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from essdesk.models.base import Base, LongText, Name, Uid, enum_column, row_version
from essdesk.models.enums import ActorCategory, ChainLink
from essdesk.models.links import lever_actor

if TYPE_CHECKING:
    from essdesk.models.diagnostic import Diagnostic, Lever


class Actor(Base):
    __tablename__ = "actor"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    diagnostic_id: Mapped[int] = mapped_column(
        ForeignKey("diagnostic.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[Name]
    ess: Mapped[bool] = mapped_column(Boolean, default=True)
    category: Mapped[ActorCategory] = enum_column(ActorCategory, ActorCategory.AUTRE)
    chain_link: Mapped[ChainLink] = enum_column(ChainLink, ChainLink.PRODUCTION)
    role: Mapped[LongText]
    commune: Mapped[Name]
    contact: Mapped[Name]
    email: Mapped[Name]
    phone: Mapped[Name]
    notes: Mapped[LongText]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="actors")
    levers: Mapped[list[Lever]] = relationship(secondary=lever_actor, back_populates="actors")
