"""A realistic demo diagnostic: the filière laine of the Parc naturel régional de Lorraine.

Built from the case study of the RTES guide (SCIC MOS-Laine, unité de transformation de
Bataville, Communautés de communes Sarrebourg-Moselle-Sud and du Saulnois, Département de
la Moselle, Région Grand Est...). Statuses and notes are plausible, not the PNR's own words;
contact persons are fictitious.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from essdesk.domain.referential import Referential
from essdesk.domain.services import Services, create_diagnostic
from essdesk.models.enums import ActionStatus, ActorCategory, ChainLink, LeverStatus, Priority

S, P = LeverStatus, Priority

# name, category, ess, chain link, role, commune, contact
ACTORS = [
    ("Parc naturel régional de Lorraine", ActorCategory.COLLECTIVITE, False, ChainLink.SUPPORT,
     "Anime la structuration de la filière (un tiers-temps, deux salariés), monte les dossiers de financement, associé de la SCIC.",
     "Pont-à-Mousson", "Chargée de mission filières économiques durables"),
    ("SCIC MOS-Laine", ActorCategory.SCIC, True, ChainLink.TRANSFORMATION,
     "Coopérative qui fédère éleveurs, salariés, collectivités et entreprises ; exploite l'unité de transformation de Bataville.",
     "Bataville", "Claire Vautrin"),
    ("Unité de transformation de Bataville", ActorCategory.ENTREPRISE_ESS, True, ChainLink.TRANSFORMATION,
     "Fabrique feutres, panneaux d'isolation semi-rigides et matériaux de paillage.",
     "Moussey", ""),
    ("Éleveurs ovins du Saulnois", ActorCategory.AUTRE, False, ChainLink.UPSTREAM,
     "Producteurs de laine ; certains sont éleveurs fondateurs de la SCIC.",
     "Château-Salins", "Marc Thiriet"),
    ("Chambre d'agriculture de la Moselle", ActorCategory.CHAMBRE_CONSULAIRE, False, ChainLink.SUPPORT,
     "Mobilise les éleveurs et organise la collecte ; appui technique au tri de la laine.",
     "Metz", ""),
    ("Union régionale des SCOP Grand Est", ActorCategory.RESEAU_FEDERATION, True, ChainLink.SUPPORT,
     "Expertise juridique et accompagnement à la création de la SCIC.",
     "Nancy", "Julie Ferry"),
    ("Communauté de communes Sarrebourg-Moselle-Sud", ActorCategory.COLLECTIVITE, False, ChainLink.SUPPORT,
     "Co-pilote de l'étude de préfiguration ; associée de la SCIC.",
     "Sarrebourg", ""),
    ("Communauté de communes du Saulnois", ActorCategory.COLLECTIVITE, False, ChainLink.SUPPORT,
     "Co-pilote de l'étude de préfiguration ; associée de la SCIC.",
     "Château-Salins", ""),
    ("Banque des Territoires", ActorCategory.FINANCEUR, False, ChainLink.SUPPORT,
     "A cofinancé l'étude de préfiguration de l'unité de transformation.",
     "Metz", ""),
    ("Département de la Moselle", ActorCategory.COLLECTIVITE, False, ChainLink.SUPPORT,
     "Convention financière avec la SCIC MOS-Laine.",
     "Metz", ""),
    ("Région Grand Est", ActorCategory.COLLECTIVITE, False, ChainLink.SUPPORT,
     "Soutient l'investissement dans le parc machine et la recherche-développement.",
     "Strasbourg", ""),
    ("Laboratoire textile universitaire", ActorCategory.RECHERCHE_ENSEIGNEMENT, False, ChainLink.SUPPORT,
     "Essais de performance des isolants en laine ; R&D sur les feutres.",
     "Mulhouse", "Pr. Antoine Kessler"),
    ("Lavage de laine (sous-traitant)", ActorCategory.ENTREPRISE_HORS_ESS, False, ChainLink.TRANSFORMATION,
     "Lavage et traitement de la laine brute en sous-traitance.",
     "", ""),
    ("Communes volontaires du Parc", ActorCategory.COLLECTIVITE, False, ChainLink.USAGE,
     "Utilisent l'isolant en laine dans la rénovation de bâtiments publics (appel à projets du Parc).",
     "", ""),
    ("Artisans du bâtiment biosourcé", ActorCategory.ENTREPRISE_HORS_ESS, False, ChainLink.DISTRIBUTION,
     "Posent les panneaux isolants ; relais commercial auprès des particuliers.",
     "Sarrebourg", ""),
    ("Ressourcerie du Saulnois", ActorCategory.ASSOCIATION, True, ChainLink.END_OF_LIFE,
     "Récupère les chutes de feutre et les invendus pour le réemploi.",
     "Dieuze", "Sophie Marchal"),
    ("Atelier chantier d'insertion Textiles de Moselle", ActorCategory.SIAE, True, ChainLink.PRODUCTION,
     "Tri et conditionnement de la laine ; postes en insertion.",
     "Sarrebourg", "Karim Benali"),
    ("CRESS Grand Est", ActorCategory.RESEAU_FEDERATION, True, ChainLink.SUPPORT,
     "Observatoire de l'ESS, mise en réseau des acteurs.",
     "Nancy", ""),
]

# code: (status, priority, owner, notes, actors by index into ACTORS)
LEVERS: dict[str, tuple[LeverStatus, Priority, str, str, tuple[int, ...]]] = {
    "1.1": (S.DONE, P.HIGH, "PNR", "Ressources identifiées : laine des élevages ovins du Parc, aujourd'hui peu valorisée (souvent brûlée ou vendue à bas prix).", (0, 3)),
    "1.2": (S.IN_PROGRESS, P.HIGH, "PNR + CRESS", "Cartographie commencée avec la CRESS ; manque encore l'aval (distribution, artisans poseurs).", (0, 17)),
    "1.3": (S.DONE, P.MEDIUM, "CC Sarrebourg-Moselle-Sud", "Étude de préfiguration de l'unité de transformation réalisée avec les deux CC et la Banque des Territoires.", (6, 7, 8)),
    "1.4": (S.IN_PROGRESS, P.MEDIUM, "Région Grand Est", "Contacts avec un laboratoire textile pour tester les performances thermiques.", (11,)),
    "1.5": (S.PLANNED, P.LOW, "", "Convention de partenariat avec la CRESS à formaliser.", (17,)),
    "2.1": (S.DONE, P.MEDIUM, "Direction du PNR", "Vision commune : allier protection de l'environnement, efficacité économique et innovation sociale.", ()),
    "2.2": (S.IN_PROGRESS, P.HIGH, "Élu référent", "Feuille de route à faire valider par le bureau du Parc avant l'été.", ()),
    "2.3": (S.PLANNED, P.LOW, "", "", ()),
    "2.4": (S.NOT_STARTED, P.LOW, "", "Idée : visite de la Villa Châteaufavier (Aubusson) avec les élus.", ()),
    "2.5": (S.DONE, P.MEDIUM, "PNR", "Un tiers-temps dédié à l'animation de la filière (deux salariés impliqués).", (0,)),
    "3.1": (S.IN_PROGRESS, P.MEDIUM, "", "Réponse groupée à l'appel à projets du plan de relance.", (1, 0)),
    "3.2": (S.NOT_ASSESSED, P.NONE, "", "", ()),
    "3.3": (S.DONE, P.MEDIUM, "PNR", "Réunions régulières entre éleveurs, SCIC et collectivités.", (0, 1, 3)),
    "3.4": (S.IN_PROGRESS, P.MEDIUM, "", "Besoins des éleveurs recensés ; ceux des artisans poseurs restent à recueillir.", (3, 14)),
    "3.5": (S.PLANNED, P.MEDIUM, "", "", (6, 7, 9)),
    "3.6": (S.NOT_STARTED, P.HIGH, "", "Charte des valeurs de la filière : à rédiger avec la SCIC.", (1,)),
    "3.7": (S.DONE, P.MEDIUM, "", "Partenariat avec l'Union régionale des SCOP pour la création de la coopérative.", (5,)),
    "3.8": (S.DONE, P.HIGH, "PNR", "SCIC MOS-Laine créée ; elle porte l'animation économique.", (1, 5)),
    "4.1": (S.IN_PROGRESS, P.HIGH, "SCIC MOS-Laine", "Prix d'achat de la laine aux éleveurs et engagements de volumes en discussion.", (1, 3)),
    "4.2": (S.NOT_APPLICABLE, P.NONE, "", "Pas d'appel à projets propre au Parc : on s'appuie sur ceux de la Région.", ()),
    "4.3": (S.DONE, P.HIGH, "Région Grand Est", "Investissement dans le parc machine de Bataville soutenu par la Région.", (10, 2)),
    "4.4": (S.IN_PROGRESS, P.MEDIUM, "PNR", "Montage des dossiers de financement assuré par le PNR.", (0,)),
    "4.5": (S.PLANNED, P.MEDIUM, "", "", (9,)),
    "4.6": (S.NOT_ASSESSED, P.NONE, "", "", ()),
    "4.7": (S.DONE, P.MEDIUM, "PNR", "Le PNR et les deux CC ont pris des parts dans la SCIC.", (0, 6, 7)),
    "4.8": (S.NOT_STARTED, P.LOW, "", "", ()),
    "5.1": (S.PLANNED, P.MEDIUM, "", "", ()),
    "5.2": (S.NOT_STARTED, P.LOW, "", "", ()),
    "5.3": (S.NOT_ASSESSED, P.NONE, "", "", ()),
    "5.4": (S.DONE, P.MEDIUM, "PNR", "Fiches techniques et flyers distribués aux clients potentiels.", (0, 14)),
    "5.5": (S.NOT_STARTED, P.LOW, "", "", ()),
    "6.1": (S.IN_PROGRESS, P.HIGH, "PNR", "Appel à projets auprès des communes volontaires : isolant laine dans les bâtiments publics.", (0, 13)),
    "6.2": (S.IN_PROGRESS, P.HIGH, "Chambre d'agriculture", "Collecte de la laine auprès des éleveurs à organiser à l'échelle du Parc.", (4, 3)),
    "6.3": (S.NOT_APPLICABLE, P.NONE, "", "Le site de Bataville est déjà acquis.", ()),
    "6.4": (S.DONE, P.MEDIUM, "", "Unité de transformation de Bataville aménagée.", (2,)),
    "6.5": (S.NOT_ASSESSED, P.NONE, "", "", ()),
    "7.1": (S.NOT_STARTED, P.MEDIUM, "", "", ()),
    "7.2": (S.PLANNED, P.MEDIUM, "", "Postes en insertion au tri de la laine avec l'ACI.", (16,)),
    "7.3": (S.NOT_ASSESSED, P.NONE, "", "", ()),
    "7.4": (S.IN_PROGRESS, P.MEDIUM, "Région Grand Est", "R&D avec des laboratoires textiles de proximité.", (10, 11)),
}

STEP_NOTES = {
    1: "Diagnostic largement réalisé : ressource, étude de préfiguration. Reste à compléter la cartographie de l'aval.",
    3: "Le collectif fonctionne ; la charte des valeurs est la prochaine étape.",
    4: "Le modèle économique (prix de la laine, volumes) est le point dur.",
}

# title, levers, pilot, partners, start, end, budget (€), funding, status, priority, indicator
ACTIONS = [
    ("Finaliser la cartographie des acteurs de l'aval", ["1.2"], 0, [17, 14], "2024-01-15", "2024-04-30", 4000, "PNR (fonds propres)", ActionStatus.IN_PROGRESS, P.HIGH, "Nombre d'acteurs de l'aval identifiés"),
    ("Rédiger la charte des valeurs de la filière", ["3.6"], 1, [0, 3], "2024-03-01", "2024-06-30", None, "", ActionStatus.TODO, P.HIGH, "Charte signée par les associés"),
    ("Contrat d'achat de la laine aux éleveurs", ["4.1"], 1, [3, 4], "2024-02-01", "2024-09-30", None, "", ActionStatus.IN_PROGRESS, P.HIGH, "Prix et volumes contractualisés"),
    ("Appel à projets « isolant laine » pour les communes", ["6.1", "5.4"], 0, [13], "2024-04-01", "2024-12-31", 60000, "Région Grand Est / PNR", ActionStatus.TODO, P.HIGH, "Nombre de bâtiments publics isolés en laine"),
    ("Organiser la collecte de la laine à l'échelle du Parc", ["6.2"], 4, [3, 1], "2024-05-01", "2024-07-31", 15000, "Département de la Moselle", ActionStatus.TODO, P.HIGH, "Tonnes de laine collectées"),
    ("Formations au tri de la laine pour les éleveurs", ["7.2"], 4, [16], "2023-10-01", "2023-12-15", 6500.5, "Région Grand Est", ActionStatus.DONE, P.MEDIUM, "Éleveurs formés"),
    ("Faire valider la feuille de route par le bureau du Parc", ["2.2"], 0, [], "2024-03-01", "2024-06-15", None, "", ActionStatus.IN_PROGRESS, P.MEDIUM, "Délibération adoptée"),
    ("Essais thermiques des panneaux avec le laboratoire", ["1.4", "7.4"], 11, [1, 10], "2024-02-15", "2024-11-30", 25000, "Région Grand Est (R&D)", ActionStatus.PAUSED, P.MEDIUM, "Rapport d'essais"),
]

WORKSHOPS = [
    ("2023-11-14", "Maison du Parc, Bitche", [1, 2], [
        ("Chargée de mission filières", 0), ("Claire Vautrin", 1), ("Marc Thiriet", 3),
        ("Julie Ferry", 5), ("Élu référent du Parc", None)],
     "Premier atelier : restitution de l'étude de préfiguration et tour de table des besoins.",
     "Lancer la cartographie de l'aval avec la CRESS.\nDemander au bureau du Parc de valider la feuille de route."),
    ("2024-02-06", "Salle des fêtes, Bataville", [3, 4, 6], [
        ("Chargée de mission filières", 0), ("Claire Vautrin", 1), ("Marc Thiriet", 3),
        ("Karim Benali", 16), ("Sophie Marchal", 15), ("Technicienne, Chambre d'agriculture", 4)],
     "Vote à gommettes sur les leviers à travailler en priorité cette année.",
     "Priorités de l'année : contrat d'achat de la laine, collecte, charte des valeurs."),
]

VOTES = {1: [("4.1", 9), ("6.2", 7), ("3.6", 6), ("6.1", 4), ("5.1", 2)]}


#: Impact indicators (name, unit, baseline, target, lever code or action index, values).
INDICATORS = [
    ("Volume de laine valorisé localement", "t", 2, 15, "6.2", None,
     [("2023-10-02", 2, "Estimation des éleveurs au lancement"), ("2024-02-15", 4.5, "")]),
    ("Structures ESS impliquées", "structures", 3, 10, None, None,
     [("2023-10-02", 3, ""), ("2024-01-20", 5, ""), ("2024-02-26", 6, "Après le 2e atelier")]),
    ("Emplois créés", "ETP", 0, 4, None, 2,
     [("2024-02-01", 0.5, "Mi-temps d'animation à la SCIC")]),
]

#: The demo's story is dated around this day; it is moved so that it happened recently.
STORY_TODAY = dt.date(2024, 3, 1)


def build_demo(session: Session, referential: Referential, today: dt.date | None = None) -> None:
    """Fill an empty document with the demo diagnostic, its dates shifted so that the
    second workshop took place a few weeks before `today` (a live-looking plan, not one
    where every action is two years overdue)."""
    shift = (today or dt.date.today()) - STORY_TODAY

    def day(value: str | dt.date) -> dt.date:
        return (dt.date.fromisoformat(value) if isinstance(value, str) else value) + shift

    create_diagnostic(
        session, referential,
        title="Filière laine du Parc naturel régional de Lorraine",
        territory_name="Parc naturel régional de Lorraine", territory_kind="pnr",
        filiere_name="Laine", filiere_meaning="value_chain",
        filiere_sector="Textile, isolation biosourcée", scenario="initiate",
        facilitator="Chargée de mission filières du PNR", start_date=day("2023-10-02"),
        context=(
            "Dans le cadre de sa charte, le Parc valorise les ressources naturelles de son "
            "territoire (blé, laine, foin de prairies remarquables). Pour la laine, il soutient "
            "l'émergence du collectif MOS-Laine et d'une unité de transformation à Bataville."
        ),
    )
    services = Services(session)
    actor_ids = []
    for name, category, ess, link, role, commune, contact in ACTORS:
        changes = services.add_actor(
            name=name, category=category, ess=ess, chain_link=link, role=role,
            commune=commune, contact=contact,
            email=_email(contact) if len(contact.split()) == 2 and "." not in contact else "",
        )
        actor_ids.append(changes.created_id)
    for code, (status, priority, owner, notes, actors) in LEVERS.items():
        lever = services.lever_by_code(code)
        services.update_lever(lever.id, status=status, priority=priority, owner=owner, notes=notes)
        if actors:
            services.set_lever_actors(lever.id, [actor_ids[i] for i in actors])
    services.update_lever(services.lever_by_code("4.1").id, weight=2, due=day("2024-09-30"))
    services.update_lever(services.lever_by_code("6.2").id, due=day("2024-07-31"))
    for number, notes in STEP_NOTES.items():
        services.set_step_notes(number, notes)
    services.add_custom_lever(
        6, "Développer un débouché paillage pour les collectivités (espaces verts)",
        status=S.PLANNED, priority=P.MEDIUM, notes="Proposé par les éleveurs lors du 2e atelier.",
    )
    for title, codes, pilot, partners, start, end, budget, funding, status, priority, indicator in ACTIONS:
        services.add_action(
            title=title, lever_ids=[services.lever_by_code(c).id for c in codes],
            pilot_id=actor_ids[pilot], partner_ids=[actor_ids[i] for i in partners],
            start=day(start), end=day(end), budget_cents=None if budget is None else round(budget * 100),
            funding=funding, status=status, priority=priority, indicator=indicator,
        )
    for index, (date, place, steps, people, notes, decisions) in enumerate(WORKSHOPS):
        changes = services.add_workshop(
            date=day(date), place=place, step_numbers=steps, notes=notes, decisions=decisions,
            participants=[
                {"name": name, "organisation": ACTORS[a][0] if a is not None else "PNR de Lorraine",
                 "actor_id": actor_ids[a] if a is not None else None}
                for name, a in people
            ],
        )
        if index in VOTES:
            services.set_votes(
                changes.created_id,
                [(services.lever_by_code(code).id, None, dots) for code, dots in VOTES[index]],
                dots_per_participant=5,
            )
    actions = services.actions()
    for name, unit, baseline, target, code, action, values in INDICATORS:
        indicator_id = services.add_indicator(
            name=name, unit=unit, baseline=baseline, target=target,
            lever_id=services.lever_by_code(code).id if code else None,
            action_id=actions[action].id if action is not None else None,
        ).created_id
        for date, value, note in values:
            services.add_indicator_value(indicator_id, date=day(date), value=value, note=note)


DEMO_FILE_NAME = "demo-filiere-laine.essdesk"


def demo_file(referential: Referential) -> Path:
    """The bundled demo in the data folder, created on first use (atomically)."""
    from essdesk import paths
    from essdesk.store.document import Document

    path = paths.data_dir() / DEMO_FILE_NAME
    if not path.exists():
        doc = Document.create()
        try:
            build_demo(doc.session, referential)
            doc.save_as(path)
        finally:
            doc.close()
    return path


def _email(contact: str) -> str:
    first, _, last = contact.partition(" ")
    plain = str.maketrans("éèëêàçôîï", "eeeeacoii")
    return f"{first.lower().translate(plain)}.{last.lower().translate(plain)}@exemple.fr"
