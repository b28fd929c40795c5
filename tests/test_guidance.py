"""The RTES referential's guidance: questions, actor categories, example tags and rules."""

from __future__ import annotations

import re
import unicodedata

import pytest

from essdesk.domain.referential import Referential, load_referential
from essdesk.models.enums import ActorCategory, TerritoryKind


@pytest.fixture(scope="module")
def rtes() -> Referential:
    return load_referential()


def territory_kinds(collectivite: str) -> list[str]:
    """What a collectivité's name says of its kind, in the order the rules are listed.

    The two établissements publics territoriaux of the Grand Paris (Plaine Commune, Grand
    Orly Seine Bièvre) are none of the kinds: untagged. "Paris Val de Marne" is the
    Communauté d'agglomération Paris Vallée de la Marne of the guide's acknowledgements.
    """
    rules = [
        (r"communauté de communes", "communaute_communes"),
        (r"\bville de\b", "commune"),
        (r"agglomération|^paris val de marne$", "communaute_agglomeration"),
        (r"métropole", "metropole"),  # Eurométropole too
        (r"\bdépartement\b", "departement"),
        (r"parc naturel régional", "pnr"),
        (r"\brégions?\b", "region"),  # not "régional"
    ]
    name = collectivite.casefold()
    return [kind for pattern, kind in rules if re.search(pattern, name)]


def test_the_name_rules_themselves():
    assert territory_kinds("Communauté de Communes Creuse Grand Sud") == ["communaute_communes"]
    assert territory_kinds("Parc Naturel Régional de Lorraine") == ["pnr"]
    assert territory_kinds("Régions Hauts-de-France et Grand Est") == ["region"]
    assert territory_kinds("Eurométropole de Strasbourg") == ["metropole"]
    assert territory_kinds("Redon Agglomération Bretagne Sud") == ["communaute_agglomeration"]
    assert territory_kinds("Plaine Commune") == []


def test_every_lever_has_two_to_four_guiding_questions(rtes: Referential):
    seen: set[str] = set()
    for lever in rtes.levers:
        assert 2 <= len(lever.questions) <= 4, lever.code
        for q in lever.questions:
            assert q.endswith(" ?"), (lever.code, q)  # French typography: a space before "?"
            assert q[0].isupper() and "  " not in q and "\u2019" not in q, (lever.code, q)
            assert q not in seen, f"question en double : {q}"
            seen.add(q)


def test_every_lever_names_valid_actor_categories(rtes: Referential):
    valid = {c.value for c in ActorCategory}
    for lever in rtes.levers:
        assert lever.actor_categories, lever.code
        assert set(lever.actor_categories) <= valid, lever.code
        # the collectivité is the one that pulls every lever of the guide
        assert lever.actor_categories[0] == ActorCategory.COLLECTIVITE.value
    carried = {c for lever in rtes.levers for c in lever.actor_categories}
    assert {"scic", "association", "siae", "reseau_federation"} <= carried


def test_example_territory_kinds_follow_the_collectivite_name(rtes: Referential):
    valid = {k.value for k in TerritoryKind}
    untagged = set()
    for lever in rtes.levers:
        for example in lever.examples:
            assert list(example.territory_kinds) == territory_kinds(example.collectivite), (
                lever.code,
                example.collectivite,
            )
            assert set(example.territory_kinds) <= valid
            if not example.territory_kinds:
                untagged.add(example.collectivite)
    assert untagged == {"Plaine Commune", "Grand Orly Seine Bièvre"}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Words of an example's text that say it is about a filière of the catalogue.
FILIERE_WORDS = {
    "laine": ("laine", "lainamac", "tapisserie", "arts tisses"),  # MOS-Laine too
    "textile": ("textile", "tlc", "mode", "tee-shirts"),
    "alimentation_durable": (
        "aliment",
        "agriculture",
        "ferme",
        "ecologie urbaine",
    ),  # Novaedia: ferme
    "reemploi_btp": ("btp",),
    "numerique_responsable": ("numerique", "informatique"),
    "reemploi": (
        "reemploi",
        "encombrants",
        "dechet",
        "donnerie",
        "economie circulaire",
        "electromenager",
        "sur-tri",
        "iloe",
        "fabricanova",
    ),
    "logistique": ("logistique",),
    "brassicole": ("brassicole",),
    "renovation_energetique": ("renovation energetique",),
    "bles_meuniers": ("ble",),
    "velo": ("velo",),
    "consigne": ("vrac", "consigne", "bouteilles", "rebooteille"),
    "parfum": ("parfum",),
    "viande_bovine": ("viande bovine",),
}


def test_example_filieres_are_the_catalogues_and_the_text_speaks_of_them(rtes: Referential):
    ids = {f.id for f in rtes.filieres}
    for lever in rtes.levers:
        for example in lever.examples:
            text = _fold(f"{example.collectivite} {example.description}")
            for filiere in example.filieres:
                assert filiere in ids, (lever.code, filiere)
                assert any(word in text for word in FILIERE_WORDS[filiere]), (
                    lever.code,
                    example.collectivite,
                    filiere,
                )
    tagged = [e for lever in rtes.levers for e in lever.examples if e.filieres]
    assert len(tagged) >= 60


def test_the_next_lever_rules_parse_and_follow_the_guide(rtes: Referential):
    assert rtes.version == "1.1.0"
    kinds = [r.kind for r in rtes.rules]
    assert kinds == ["priority_not_started", "prerequisite", "prerequisite", "done_elsewhere"]
    priority, first, second, elsewhere = rtes.rules
    assert priority.params == {"priorities": ("high",), "statuses": ("not_assessed", "not_started")}
    assert priority.why == "prioritaire mais pas commencé"
    # Étape 1 is "incontournable" to start; étape 2 comes "une fois la phase de diagnostic
    # réalisée"; the financing (4) and the economic support (6) rest on its figures.
    assert (first.params["part"], first.params["dependents"]) == (1, (2, 4, 6))
    # Étape 2: a vision shared in the team "avant d'ouvrir la réflexion aux parties
    # prenantes externes" (étape 3).
    assert (second.params["part"], second.params["dependents"]) == (2, (3,))
    for rule in (first, second):
        assert "{word}" in rule.why and "étape" not in rule.why
    assert elsewhere.params == {"min": 2} and "{count}" in elsewhere.why
