"""Impact indicators (issue 18 §2): what a filière is meant to change on the territory,
measured from a baseline towards a target, one value per date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from essdesk.models.base import Base, LongText, Name, Uid, row_version
from essdesk.models.limits import MAX_INDICATOR_VALUE

if TYPE_CHECKING:
    from essdesk.models.diagnostic import Diagnostic, Lever
    from essdesk.models.plan import Action

_RANGE = f"BETWEEN -{MAX_INDICATOR_VALUE} AND {MAX_INDICATOR_VALUE}"


class Indicator(Base):
    """Name, unit, baseline and target; optionally tied to one lever or one action (not
    both: an action already names its levers)."""

    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint("lever_id IS NULL OR action_id IS NULL", name="one_link"),
        CheckConstraint(f"baseline {_RANGE}", name="baseline"),
        CheckConstraint(f"target {_RANGE}", name="target"),
        CheckConstraint("position >= 0", name="position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    diagnostic_id: Mapped[int] = mapped_column(
        ForeignKey("diagnostic.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[Name]
    unit: Mapped[Name]
    # Float: counts, tonnes and euros alike; 15 significant digits is beyond any indicator.
    baseline: Mapped[float | None] = mapped_column(Float, default=None)
    target: Mapped[float | None] = mapped_column(Float, default=None)
    # A custom lever or an action can go: the indicator stays, untied.
    lever_id: Mapped[int | None] = mapped_column(
        ForeignKey("lever.id", ondelete="SET NULL"), default=None, index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"), default=None, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    diagnostic: Mapped[Diagnostic] = relationship()
    lever: Mapped[Lever | None] = relationship()
    action: Mapped[Action | None] = relationship()
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator",
        cascade="all, delete-orphan",
        order_by=lambda: (IndicatorValue.date, IndicatorValue.id),
    )


class IndicatorValue(Base):
    """What the indicator measured on one date."""

    __tablename__ = "indicator_value"
    __table_args__ = (CheckConstraint(f"value {_RANGE}", name="value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[Uid]
    version: Mapped[int] = row_version()
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[LongText]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    indicator: Mapped[Indicator] = relationship(back_populates="values")
