"""The typed ORM of an essdesk diagnostic (SQLAlchemy 2.0). Never imports Qt."""

from essdesk.models.actor import Actor
from essdesk.models.base import Base
from essdesk.models.diagnostic import Diagnostic, Lever, Step
from essdesk.models.links import action_lever, action_partner, lever_actor, workshop_step
from essdesk.models.plan import Action
from essdesk.models.workshop import Participant, Vote, Workshop

__all__ = [
    "Action",
    "Actor",
    "Base",
    "Diagnostic",
    "Lever",
    "Participant",
    "Step",
    "Vote",
    "Workshop",
    "action_lever",
    "action_partner",
    "lever_actor",
    "workshop_step",
]
