"""The action plan."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from essdesk.models.base import Base, LongText, Name, Uid, enum_column, row_version
from essdesk.models.enums import ActionStatus, Priority
from essdesk.models.limits import MAX_BUDGET_CENTS
from essdesk.models.links import action_lever, action_partner

if TYPE_CHECKING:
    from essdesk.models.actor import Actor
    from essdesk.models.diagnostic import Diagnostic, Lever


class Action(Base):
    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint(f"budget_cents BETWEEN 0 AND {MAX_BUDGET_CENTS}", name="budget_cents"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    diagnostic_id: Mapped[int] = mapped_column(
        ForeignKey("diagnostic.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[Name]
    pilot_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="SET NULL"), default=None, index=True
    )
    start: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Money as integer cents: exact on every dialect, no float rounding.
    budget_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    funding: Mapped[Name]
    status: Mapped[ActionStatus] = enum_column(ActionStatus, ActionStatus.TODO)
    priority: Mapped[Priority] = enum_column(Priority, Priority.NONE)
    indicator: Mapped[LongText]
    notes: Mapped[LongText]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    diagnostic: Mapped[Diagnostic] = relationship(back_populates="actions")
    pilot: Mapped[Actor | None] = relationship(foreign_keys=[pilot_id])
    levers: Mapped[list[Lever]] = relationship(secondary=action_lever, order_by="Lever.id")
    partners: Mapped[list[Actor]] = relationship(secondary=action_partner, order_by="Actor.id")
