"""Many-to-many association tables."""

from sqlalchemy import Column, ForeignKey, Table

from essdesk.models.base import Base


def _link(name: str, left: str, right: str) -> Table:
    # The primary key (left, right) serves lookups by `left`; `right` gets its own index.
    return Table(
        name,
        Base.metadata,
        Column(f"{left}_id", ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{right}_id", ForeignKey(f"{right}.id", ondelete="CASCADE"), primary_key=True,
               index=True),
    )


lever_actor = _link("lever_actor", "lever", "actor")
action_lever = _link("action_lever", "action", "lever")
action_partner = _link("action_partner", "action", "actor")
workshop_step = _link("workshop_step", "workshop", "step")
