"""Bad input through the services: every text field keeps what users type (accents, œ, €,
emoji, right-to-left text, 100,000 characters), control characters are dropped the same way
everywhere, and invalid values are refused with a message naming the field, changing nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from essdesk.domain.fields import (
    ACTION_FIELDS,
    ACTOR_FIELDS,
    DIAGNOSTIC_FIELDS,
    LEVER_FIELDS,
    MAX_NAME,
    PARTICIPANT_FIELDS,
    STEP_FIELDS,
    WORKSHOP_FIELDS,
)
from essdesk.domain.services import Services
from essdesk.errors import ValidationError
from essdesk.exchange.interchange import export_json, load_into, read_json, to_dict
from essdesk.store.document import Document

CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])

SAMPLES = {
    "accents": "Coopérative « L'Œil du Berger » : 1 000 € — ça déménage, Noël à Saint-Dié",
    "emoji": "🐑🧶 Laine locale 👩🏽‍🌾 ✔ ✓ → ☕",
    "droite à gauche": "تعاونية الصوف — מחלבה שיתופית \u202eRTL\u202c fin",
    # the longest a one-line field takes (issue 14); multi-line ones take MAX_TEXT
    "300 caractères": ("é€œ😀" * (MAX_NAME // 4)),
    "caractères de contrôle": f"début{CONTROLS}fin\tavec tab\nsur deux lignes\r\nCRLF\rCR ",
    "formules et balises": "=SOMME(A1:A9) #N/A <b>gras</b> R&D <font> %s {0} \\x00 ' OR 1=1 --",
}


def expected(value: str, kind: str) -> str:
    """What every path must keep: controls (but tab and newline) dropped, CR/CRLF as newline;
    single-line fields have tabs and newlines made spaces and are trimmed."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch not in CONTROLS)
    if kind == "name":
        import re

        text = re.sub(r"[\t\n]+", " ", text).strip()
    return text


TEXT_KINDS = ("name", "text")


def _text_fields(specs, *, skip=()):
    return {n: f for n, f in specs.items() if f.kind in TEXT_KINDS and n not in skip}


def fill_every_text_field(services: Services, value: str) -> list[tuple[str, object, str, str]]:
    """Type `value` into every text field of every kind of item; (label, item, attr, kind)."""
    typed: list[tuple[str, object, str, str]] = []
    d_fields = _text_fields(DIAGNOSTIC_FIELDS)
    services.update_diagnostic(**dict.fromkeys(d_fields, value))
    typed += [("diagnostic", services.diagnostic(), n, f.kind) for n, f in d_fields.items()]
    services.set_step_notes(3, value)
    typed.append(("étape", services.step(3), "notes", STEP_FIELDS["notes"].kind))
    lever_fields = _text_fields(LEVER_FIELDS, skip=("label",))
    lever = services.steps()[0].levers[0]
    services.update_lever(lever.id, **dict.fromkeys(lever_fields, value))
    typed += [("levier", lever, n, f.kind) for n, f in lever_fields.items()]
    custom = services.lever(services.add_custom_lever(2, value).created_id)
    typed.append(("levier personnalisé", custom, "label", LEVER_FIELDS["label"].kind))
    a_fields = _text_fields(ACTOR_FIELDS, skip=("email",))  # a courriel has its own check
    actor = services.actor(services.add_actor(**dict.fromkeys(a_fields, value)).created_id)
    typed += [("acteur", actor, n, f.kind) for n, f in a_fields.items()]
    x_fields = _text_fields(ACTION_FIELDS)
    action = services.action(services.add_action(
        lever_ids=[lever.id, custom.id], partner_ids=[actor.id], pilot_id=actor.id,
        **dict.fromkeys(x_fields, value)).created_id)
    typed += [("action", action, n, f.kind) for n, f in x_fields.items()]
    w_fields = _text_fields(WORKSHOP_FIELDS)
    workshop = services.workshop(services.add_workshop(
        step_numbers=[1, 3], participants=[{"name": value, "organisation": value, "actor_id": actor.id}],
        **dict.fromkeys(w_fields, value)).created_id)
    typed += [("atelier", workshop, n, f.kind) for n, f in w_fields.items()]
    person = workshop.participants[0]
    typed += [("participant", person, n, f.kind) for n, f in PARTICIPANT_FIELDS.items()]
    services.set_votes(workshop.id, [(custom.id, person.id, 2), (lever.id, None, 5)],
                       dots_per_participant=7)  # one person: 7 dots in all
    return typed


@pytest.mark.parametrize("sample", list(SAMPLES))
def test_every_text_field_keeps_what_was_typed_through_services_save_and_json(
        sample, document, services, referential, tmp_path):
    value = SAMPLES[sample]
    typed = fill_every_text_field(services, value)
    assert len(typed) == 25  # every name and text field of every kind of item
    services.session.expire_all()
    for where, item, attr, kind in typed:
        assert getattr(item, attr) == expected(value, kind), f"{where}.{attr}"
    before = to_dict(document.session, referential)

    saved = document.save_as(tmp_path / "saisie.essdesk")
    document.close()  # the same file cannot be open twice in one process
    reopened = Document.open(saved)
    try:
        assert to_dict(reopened.session, referential) == before
        export_json(reopened.session, tmp_path / "saisie.json", referential)
    finally:
        reopened.close()

    imported = Document.create()
    try:
        load_into(imported.session, read_json(tmp_path / "saisie.json"), referential)
        assert to_dict(imported.session, referential) == before
    finally:
        imported.close()


def test_control_characters_in_a_json_file_are_dropped_like_in_the_services(document, services,
                                                                           referential, tmp_path):
    services.add_actor(name="Atelier du Bois")
    export_json(document.session, tmp_path / "a.json", referential)
    text = (tmp_path / "a.json").read_text(encoding="utf-8")
    # a JSON escape, as another tool would write it, in a single-line and a multi-line field
    text = text.replace('"name": "Atelier du Bois"', '"name": "Atelier\\u0007 du\\u0000 Bois\\n"')
    text = text.replace('"context": ""', '"context": "ligne\\u001b 1\\r\\nligne 2"', 1)
    (tmp_path / "a.json").write_text(text, encoding="utf-8")
    doc = Document.create()
    try:
        load_into(doc.session, read_json(tmp_path / "a.json"), referential)
        s = Services(doc.session)
        assert [a.name for a in s.actors()] == ["Atelier du Bois"]
        assert s.diagnostic().context == "ligne 1\nligne 2"
    finally:
        doc.close()


def test_longer_than_the_limit_is_refused_naming_the_field(services):
    with pytest.raises(ValidationError) as caught:
        services.update_diagnostic(context="x" * 50_001)
    assert caught.value.field == "Contexte" and "raccourcissez" in str(caught.value)
    services.update_diagnostic(context="x" * 50_000)  # the limit itself is fine


def test_a_200000_character_title_is_refused_with_the_limit(services):
    """Issue 14: such a title made a 478-page PDF; a name is at most MAX_NAME characters."""
    with pytest.raises(ValidationError) as caught:
        services.update_diagnostic(title="x" * 200_000)
    message = str(caught.value)
    assert message == "Titre du diagnostic : le texte dépasse 300 caractères ; raccourcissez-le."
    with pytest.raises(ValidationError, match="Nom"):
        services.add_actor(name="y" * (MAX_NAME + 1))
    services.update_diagnostic(title="x" * MAX_NAME)


# -- invalid values ----------------------------------------------------------------------------


def _action(services: Services) -> int:
    return services.add_action(title="Créer une légumerie", start=dt.date(2025, 3, 1),
                               end=dt.date(2025, 6, 30), budget_cents=1_500_000).created_id


INVALID = [
    # (what, call, field label named in the message, words saying what to do)
    ("statut inconnu", lambda s: s.update_lever(s.steps()[0].levers[0].id, status="fini"),
     "Statut", "choisissez parmi"),
    ("priorité inconnue", lambda s: s.update_action(_action(s), priority="urgentissime"),
     "Priorité", "choisissez parmi"),
    ("type de territoire inconnu", lambda s: s.update_diagnostic(territory_kind="canton"),
     "Type de territoire", "choisissez parmi"),
    ("catégorie d'acteur inconnue", lambda s: s.add_actor(name="X", category="startup"),
     "Catégorie", "choisissez parmi"),
    ("fin avant le début", lambda s: s.add_action(title="A", start="01/06/2025", end="31/05/2025"),
     "Fin", "ne peut pas précéder"),
    ("fin déplacée avant le début", lambda s: s.update_action(_action(s), end=dt.date(2024, 12, 31)),
     "Fin", "ne peut pas précéder"),
    ("début déplacé après la fin", lambda s: s.update_action(_action(s), start=dt.date(2026, 1, 1)),
     "Fin", "ne peut pas précéder"),
    ("budget négatif", lambda s: s.add_action(title="A", budget_cents=-1), "Budget (€)", "négatif"),
    ("budget démesuré", lambda s: s.add_action(title="A", budget_cents=10**19), "Budget (€)", "montant"),
    ("budget en texte", lambda s: s.add_action(title="A", budget_cents="mille"), "Budget (€)", "montant"),
    ("nom d'acteur vide", lambda s: s.add_actor(name=""), "Nom", "obligatoire"),
    ("nom d'acteur blanc", lambda s: s.add_actor(name=" \t\n "), "Nom", "obligatoire"),
    ("titre vidé", lambda s: s.update_diagnostic(title="   "), "Titre du diagnostic", "obligatoire"),
    ("action sans intitulé", lambda s: s.add_action(title="\x00\x07"), "Intitulé de l'action", "obligatoire"),
    ("levier sans intitulé", lambda s: s.add_custom_lever(4, ""), "Intitulé du levier", "obligatoire"),
    ("participant sans nom", lambda s: s.add_workshop(participants=[{"name": ""}]),
     "Nom du participant", "obligatoire"),
    ("date impossible", lambda s: s.update_diagnostic(start_date="31/02/2025"), "Date de début", "JJ/MM/AAAA"),
    ("date en vrac", lambda s: s.add_workshop(date="mardi prochain"), "Date", "JJ/MM/AAAA"),
    ("poids négatif", lambda s: s.update_lever(s.steps()[0].levers[0].id, weight=-1), "Poids", "de 0 à"),
    ("poids décimal", lambda s: s.update_lever(s.steps()[0].levers[0].id, weight=1.5), "Poids", "entier"),
    ("courriel invalide", lambda s: s.add_actor(name="X", email="jean.dupont@"), "Courriel", "exemple"),
    ("texte qui n'en est pas", lambda s: s.add_actor(name=["liste"]), "Nom", "texte"),
    ("ESS qui n'est pas oui/non", lambda s: s.add_actor(name="X", ess="oui"), "Acteur de l'ESS", "oui ou non"),
    ("champ inconnu", lambda s: s.update_diagnostic(couleur="bleu"), "couleur", "inconnu"),
    ("intitulé d'un levier du référentiel", lambda s: s.update_lever(s.steps()[0].levers[0].id, label="Autre"),
     "Intitulé du levier", "ajoutez un levier personnalisé"),
    ("gommettes négatives", lambda s: s.set_votes(s.add_workshop().created_id, [(s.steps()[0].levers[0].id, None, -2)]),
     "Gommettes", "entier positif"),
    ("gommettes par participant", lambda s: s.set_votes(s.add_workshop().created_id, [], dots_per_participant=0),
     "Gommettes par participant", "de 1 à 100"),
]


@pytest.mark.parametrize("what", [w for w, *_ in INVALID])
def test_invalid_values_are_refused_naming_the_field_and_change_nothing(what, document, services,
                                                                        referential):
    _, call, field, hint = next(i for i in INVALID if i[0] == what)
    services.add_actor(name="Régie de quartier")
    with pytest.raises(ValidationError) as caught:
        # the state just before the bad call is what must stay (setup calls may commit)
        original_commit = services.session.commit
        snapshots = []

        def commit_and_snapshot():
            original_commit()
            snapshots.append(to_dict(document.session, referential))

        services.session.commit = commit_and_snapshot
        try:
            snapshots.append(to_dict(document.session, referential))
            call(services)
        finally:
            services.session.commit = original_commit
    message = str(caught.value)
    assert caught.value.field == field and message.startswith(f"{field} : "), message
    assert hint in message, message
    services.session.expire_all()
    assert to_dict(document.session, referential) == snapshots[-1]
    assert document.check() == []
