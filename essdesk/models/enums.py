"""Every enumeration of the domain, defined once, with its French label.

The member values are the identifiers stored in documents and JSON files: they never change.
The labels are what users see; they go through `label()` so that the UI can translate them.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a French label."""

    _labels: dict[str, str]

    @property
    def label(self) -> str:
        return type(self)._labels()[self.value]

    @classmethod
    def _labels(cls) -> dict[str, str]:  # overridden per class
        raise NotImplementedError

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


def _with_labels(labels: dict[str, str]):
    """Class decorator attaching the French labels, checked to cover every member."""

    def attach(cls):
        missing = {m.value for m in cls} ^ set(labels)
        if missing:
            raise AssertionError(f"{cls.__name__}: labels do not match members: {missing}")
        cls._labels = classmethod(lambda _cls: labels)
        return cls

    return attach


@_with_labels(
    {
        "commune": "Commune",
        "communaute_communes": "Communauté de communes",
        "communaute_agglomeration": "Communauté d'agglomération",
        "communaute_urbaine": "Communauté urbaine",
        "metropole": "Métropole",
        "departement": "Département",
        "region": "Région",
        "pnr": "Parc naturel régional (PNR)",
        "petr_pays": "PETR / Pays",
        "autre": "Autre",
    }
)
class TerritoryKind(LabelledEnum):
    COMMUNE = "commune"
    COMMUNAUTE_COMMUNES = "communaute_communes"
    COMMUNAUTE_AGGLOMERATION = "communaute_agglomeration"
    COMMUNAUTE_URBAINE = "communaute_urbaine"
    METROPOLE = "metropole"
    DEPARTEMENT = "departement"
    REGION = "region"
    PNR = "pnr"
    PETR_PAYS = "petr_pays"
    AUTRE = "autre"


@_with_labels({"value_chain": "Chaîne de valeur", "ecosystem": "Écosystème d'acteurs"})
class FiliereMeaning(LabelledEnum):
    VALUE_CHAIN = "value_chain"
    ECOSYSTEM = "ecosystem"


@_with_labels(
    {
        "initiate": "La collectivité initie la filière",
        "support": "La collectivité soutient un projet existant",
    }
)
class Scenario(LabelledEnum):
    INITIATE = "initiate"
    SUPPORT = "support"


@_with_labels(
    {
        "not_assessed": "Non évalué",
        "not_started": "Pas commencé",
        "planned": "Prévu",
        "in_progress": "En cours",
        "done": "Réalisé",
        "not_applicable": "Non concerné",
    }
)
class LeverStatus(LabelledEnum):
    NOT_ASSESSED = "not_assessed"
    NOT_STARTED = "not_started"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@_with_labels({"high": "Haute", "medium": "Moyenne", "low": "Basse", "none": "Aucune"})
class Priority(LabelledEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


@_with_labels(
    {
        "association": "Association",
        "cooperative": "Coopérative",
        "scic": "SCIC",
        "mutuelle": "Mutuelle",
        "fondation": "Fondation",
        "siae": "SIAE",
        "esat": "ESAT",
        "entreprise_ess": "Entreprise de l'ESS",
        "entreprise_hors_ess": "Entreprise hors ESS",
        "collectivite": "Collectivité",
        "etat_agence": "État ou agence",
        "chambre_consulaire": "Chambre consulaire",
        "reseau_federation": "Réseau ou fédération",
        "recherche_enseignement": "Recherche ou enseignement",
        "financeur": "Financeur",
        "autre": "Autre",
    }
)
class ActorCategory(LabelledEnum):
    ASSOCIATION = "association"
    COOPERATIVE = "cooperative"
    SCIC = "scic"
    MUTUELLE = "mutuelle"
    FONDATION = "fondation"
    SIAE = "siae"
    ESAT = "esat"
    ENTREPRISE_ESS = "entreprise_ess"
    ENTREPRISE_HORS_ESS = "entreprise_hors_ess"
    COLLECTIVITE = "collectivite"
    ETAT_AGENCE = "etat_agence"
    CHAMBRE_CONSULAIRE = "chambre_consulaire"
    RESEAU_FEDERATION = "reseau_federation"
    RECHERCHE_ENSEIGNEMENT = "recherche_enseignement"
    FINANCEUR = "financeur"
    AUTRE = "autre"


#: Categories that belong to the ESS by their legal form; used to pre-fill the ESS flag.
ESS_CATEGORIES = frozenset(
    {
        ActorCategory.ASSOCIATION,
        ActorCategory.COOPERATIVE,
        ActorCategory.SCIC,
        ActorCategory.MUTUELLE,
        ActorCategory.FONDATION,
        ActorCategory.SIAE,
        ActorCategory.ESAT,
        ActorCategory.ENTREPRISE_ESS,
    }
)


@_with_labels(
    {
        "upstream": "Ressource / amont",
        "production": "Production",
        "transformation": "Transformation",
        "distribution": "Distribution",
        "usage": "Usage",
        "end_of_life": "Collecte / réemploi / recyclage",
        "support": "Accompagnement",
    }
)
class ChainLink(LabelledEnum):
    UPSTREAM = "upstream"
    PRODUCTION = "production"
    TRANSFORMATION = "transformation"
    DISTRIBUTION = "distribution"
    USAGE = "usage"
    END_OF_LIFE = "end_of_life"
    SUPPORT = "support"


@_with_labels(
    {
        "todo": "À venir",
        "in_progress": "En cours",
        "done": "Réalisé",
        "paused": "En pause",
        "abandoned": "Abandonné",
    }
)
class ActionStatus(LabelledEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    PAUSED = "paused"
    ABANDONED = "abandoned"
