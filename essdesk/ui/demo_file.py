"""Where the demo diagnostic lives, and how it is made when it is not there yet."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

from essdesk.core import paths
from essdesk.core.document import SUFFIX, Document
from essdesk.core.enums import (
    ActionStatus,
    ActorCategory,
    ChainLink,
    FiliereMeaning,
    LeverStatus,
    Priority,
    Scenario,
    TerritoryKind,
)
from essdesk.core.referential import Referential
from essdesk.core.services import Services, create_diagnostic

DEMO_NAME = "demo-filiere-laine" + SUFFIX


def demo_path(referential: Referential) -> Path:
    """The demo file in the data folder, created on first use."""
    path = paths.data_dir() / DEMO_NAME
    if not path.exists():
        document = Document.create(path)
        try:
            if importlib.util.find_spec("essdesk.core.demo") is not None:
                from essdesk.core.demo import build_demo

                build_demo(document.session, referential)
            else:
                build_small_demo(document, referential)
            document.save()
        finally:
            document.close()
    return path


def build_small_demo(document: Document, referential: Referential) -> None:
    """A small laine diagnostic, used until the core's full demo is available."""
    create_diagnostic(
        document.session, referential, title="Filière laine — Haut-Val",
        territory_name="Communauté de communes du Haut-Val",
        territory_kind=TerritoryKind.COMMUNAUTE_COMMUNES, filiere_name="Laine",
        filiere_meaning=FiliereMeaning.VALUE_CHAIN, scenario=Scenario.INITIATE,
        facilitator="Claire Martin", start_date=dt.date(2025, 3, 4),
        filiere_sector="Élevage ovin et textile",
    )
    s = Services(document.session)
    actors = [
        ("Bergerie des Crêtes", ActorCategory.ENTREPRISE_HORS_ESS, ChainLink.PRODUCTION, "Lanvaux"),
        ("Coopérative Laine & Co", ActorCategory.SCIC, ChainLink.TRANSFORMATION, "Saint-Aubin"),
        ("Atelier Fil d'Ariane", ActorCategory.ASSOCIATION, ChainLink.TRANSFORMATION, "Haut-Val"),
        ("Lavage du Plateau", ActorCategory.ENTREPRISE_HORS_ESS, ChainLink.TRANSFORMATION, "Brassac"),
        ("Ressourcerie du Val", ActorCategory.SIAE, ChainLink.END_OF_LIFE, "Haut-Val"),
        ("Boutique paysanne", ActorCategory.COOPERATIVE, ChainLink.DISTRIBUTION, "Lanvaux"),
        ("Chambre d'agriculture", ActorCategory.CHAMBRE_CONSULAIRE, ChainLink.SUPPORT, "Préfecture"),
        ("France Active", ActorCategory.FINANCEUR, ChainLink.SUPPORT, "Préfecture"),
        ("Éleveurs ovins du Val", ActorCategory.ASSOCIATION, ChainLink.UPSTREAM, "Haut-Val"),
        ("Isolaine", ActorCategory.ENTREPRISE_ESS, ChainLink.USAGE, "Saint-Aubin"),
    ]
    ids = []
    for name, category, link, commune in actors:
        ids.append(s.add_actor(name=name, category=category, chain_link=link, commune=commune).created_id)
    statuses = [LeverStatus.DONE, LeverStatus.IN_PROGRESS, LeverStatus.PLANNED, LeverStatus.DONE,
                LeverStatus.NOT_STARTED, LeverStatus.IN_PROGRESS, LeverStatus.PLANNED]
    for step in s.steps():
        for i, lever in enumerate(step.levers[: max(1, 6 - step.number)]):
            s.update_lever(lever.id, status=statuses[(i + step.number) % len(statuses)],
                           priority=Priority.HIGH if i == 0 else Priority.MEDIUM)
    first = s.step(1).levers[0]
    s.set_lever_actors(first.id, ids[:3])
    s.update_lever(first.id, notes="Gisement estimé à 40 t de laine brute par an.", owner="Service développement économique")
    s.set_step_notes(1, "La laine est aujourd'hui en grande partie perdue faute de lavage local.")
    s.add_action(title="Étude de faisabilité d'une unité de lavage", lever_ids=[first.id], pilot_id=ids[1],
                 end=dt.date(2025, 9, 30), priority=Priority.HIGH, status=ActionStatus.IN_PROGRESS)
    s.add_workshop(date=dt.date(2025, 3, 4), place="Salle des fêtes de Lanvaux", step_numbers=[1, 2],
                   participants=[{"name": "Claire Martin", "organisation": "CC du Haut-Val", "actor_id": None}])
