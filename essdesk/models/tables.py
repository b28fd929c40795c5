"""Every table of a diagnostic, for `from essdesk.models.tables import Lever, …` and `Base.metadata`."""

from essdesk.models.actor import Actor
from essdesk.models.base import Base
from essdesk.models.diagnostic import Diagnostic, Lever, Step
from essdesk.models.indicator import Indicator, IndicatorValue
from essdesk.models.jalon import Jalon
from essdesk.models.links import action_lever, action_partner, lever_actor, workshop_step
from essdesk.models.plan import Action
from essdesk.models.workshop import Participant, Vote, Workshop

__all__ = [
    "Action",
    "Actor",
    "Base",
    "Diagnostic",
    "Indicator",
    "IndicatorValue",
    "Jalon",
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
