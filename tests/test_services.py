"""The services: what a user does to a diagnostic, without a screen."""

import datetime as dt

import pytest

from essdesk.errors import ValidationError
from essdesk.exchange.interchange import to_dict
from essdesk.models.enums import ActionStatus, LeverStatus, Priority


def test_new_diagnostic_has_every_step_and_lever_of_the_referential(services, referential):
    steps = services.steps()
    assert [s.number for s in steps] == [1, 2, 3, 4, 5, 6, 7]
    assert [len(s.levers) for s in steps] == [5, 5, 8, 8, 5, 5, 4]
    assert steps[0].levers[1].label == referential.lever("1.2").label
    d = services.diagnostic()
    assert (d.referential_id, d.referential_version) == (referential.id, referential.version)
    assert services.scores().overall.completion == 0


def test_setting_a_lever_status_moves_the_maturity(services):
    lever = services.lever_by_code("2.1")
    changes = services.update_lever(lever.id, status=LeverStatus.DONE)
    assert changes.scores and changes.steps == {2}
    scores = services.scores()
    assert scores.steps[2].maturity == pytest.approx(20.0)  # 1 of 5 levers done
    assert scores.overall.maturity == pytest.approx(100 / 40)


def test_custom_lever_gets_the_next_code_and_counts(services):
    changes = services.add_custom_lever(4, "Créer un fonds de garantie local", status="planned")
    lever = services.lever(changes.created_id)
    assert lever.code == "4.9" and lever.custom
    assert services.scores().steps[4].total == 9
    with pytest.raises(ValidationError, match="Intitulé"):
        services.add_custom_lever(4, "   ")


def test_referential_levers_cannot_be_renamed_or_removed(services):
    lever = services.lever_by_code("1.1")
    with pytest.raises(ValidationError):
        services.update_lever(lever.id, label="Autre chose")
    with pytest.raises(ValidationError, match="Non concerné"):
        services.remove_custom_lever(lever.id)


def test_validation_names_the_field_and_leaves_nothing_applied(services):
    lever = services.lever_by_code("1.1")
    with pytest.raises(ValidationError) as err:
        services.update_lever(lever.id, notes="ok", status="presque")
    assert err.value.field == "Statut"
    assert services.lever(lever.id).notes == ""  # the valid part was not kept either
    with pytest.raises(ValidationError, match="Nom : ce champ est obligatoire"):
        services.add_actor(name="  ")
    with pytest.raises(ValidationError, match="Courriel"):
        services.add_actor(name="X", email="pas-une-adresse")
    with pytest.raises(ValidationError, match="négatif"):
        services.add_action(title="A", budget_cents=-1)
    with pytest.raises(ValidationError, match="Fin : la fin ne peut pas précéder le début"):
        services.add_action(title="A", start="2024-05-01", end="2024-04-01")
    assert services.actions() == [] and services.actors() == []


def test_ess_flag_follows_the_category_unless_given(services):
    scic = services.add_actor(name="Coop laine", category="scic").created_id
    firm = services.add_actor(name="Filature SA", category="entreprise_hors_ess").created_id
    assert services.actor(scic).ess is True
    assert services.actor(firm).ess is False


def test_removing_an_actor_and_restoring_it_gives_back_every_link(services):
    actor_id = services.add_actor(name="Lainamac", category="association").created_id
    lever = services.lever_by_code("3.3")
    services.set_lever_actors(lever.id, [actor_id])
    action_id = services.add_action(title="Atelier", pilot_id=actor_id, partner_ids=[actor_id],
                                    lever_ids=[lever.id]).created_id
    workshop_id = services.add_workshop(place="Aubusson", participants=[
        {"name": "Géraldine", "organisation": "Lainamac", "actor_id": actor_id}]).created_id
    before = to_dict(services.session)

    snap = services.snapshot_actor(actor_id)
    services.remove_actor(actor_id)
    assert services.action(action_id).pilot_id is None
    assert services.lever(lever.id).actors == []
    assert services.workshop(workshop_id).participants[0].actor_id is None

    services.restore_actor(snap)
    assert to_dict(services.session) == before


def test_action_from_lever_is_prefilled_and_linked(services):
    actor_id = services.add_actor(name="Chambre d'agriculture").created_id
    lever = services.lever_by_code("6.2")
    services.update_lever(lever.id, priority="high", due=dt.date(2025, 3, 31))
    services.set_lever_actors(lever.id, [actor_id])
    action = services.action(services.action_from_lever(lever.id).created_id)
    assert action.title.startswith("6.2 — Renforcer l'accès au gisement")
    assert [lv.code for lv in action.levers] == ["6.2"]
    assert [a.id for a in action.partners] == [actor_id]
    assert action.priority is Priority.HIGH and action.end == dt.date(2025, 3, 31)
    assert action.status is ActionStatus.TODO


def test_remove_and_restore_action_and_workshop(services):
    lever = services.lever_by_code("5.1")
    action_id = services.add_action(title="Plan de com", lever_ids=[lever.id],
                                    budget_cents=150000).created_id
    workshop_id = services.add_workshop(place="Mairie", step_numbers=[5, 1],
                                        participants=[{"name": "A"}, {"name": "B"}]).created_id
    services.set_votes(workshop_id, [(lever.id, None, 4)])
    before = to_dict(services.session)
    a, w = services.snapshot_action(action_id), services.snapshot_workshop(workshop_id)
    services.remove_action(action_id)
    services.remove_workshop(workshop_id)
    assert services.actions() == [] and services.workshops() == []
    services.restore_action(a)
    services.restore_workshop(w)
    assert to_dict(services.session) == before
    assert [s.number for s in services.workshop(workshop_id).steps] == [1, 5]


def test_votes_become_high_priority_levers_with_draft_actions(services):
    w = services.add_workshop(place="Salle", participants=[{"name": "A"}, {"name": "B"}])
    workshop = services.workshop(w.created_id)
    a, b = (p.id for p in workshop.participants)
    l1, l2, l3 = (services.lever_by_code(c).id for c in ("4.1", "6.2", "1.1"))
    services.set_votes(w.created_id, [(l1, a, 2), (l2, a, 1), (l1, b, 1), (l3, b, 2)])
    assert services.vote_totals(w.created_id) == [(l1, 3), (l3, 2), (l2, 1)]
    services.votes_to_action_plan(w.created_id, top=2)
    assert services.lever(l1).priority is Priority.HIGH
    assert services.lever(l3).status is LeverStatus.PLANNED
    assert services.lever(l2).priority is Priority.NONE
    assert sorted(lv.code for x in services.actions() for lv in x.levers) == ["1.1", "4.1"]


def test_control_characters_are_dropped_and_newlines_kept_in_notes(services):
    lever = services.lever_by_code("1.1")
    services.update_lever(lever.id, notes="ligne 1\r\nligne\x00 2\x07", owner="Mme\nDupont\t")
    lever = services.lever(lever.id)
    assert lever.notes == "ligne 1\nligne 2"
    assert lever.owner == "Mme Dupont"


def test_votes_for_the_same_lever_and_person_add_up_and_bad_votes_change_nothing(services):
    w = services.add_workshop(place="Salle", participants=[{"name": "A"}]).created_id
    person = services.workshop(w).participants[0].id
    lever = services.lever_by_code("3.3").id
    services.set_votes(w, [(lever, person, 1), (lever, person, 2)])
    assert services.vote_totals(w) == [(lever, 3)]
    with pytest.raises(ValidationError, match="Gommettes"):
        services.set_votes(w, [(lever, person, -1)], dots_per_participant=7)
    assert services.vote_totals(w) == [(lever, 3)]
    services.session.commit()  # a later commit must not carry half of the refused edit
    assert services.workshop(w).dots_per_participant == 3


def test_identity_is_read_without_the_orm_and_follows_edits(services):
    """The dashboard's title line comes from table columns (core.queries), not the ORM object."""
    identity = services.identity()
    assert identity.id == services.diagnostic_id() == services.diagnostic().id
    services.update_diagnostic(title="Filière bois", facilitator="Camille")
    identity = services.identity()
    assert (identity.title, identity.facilitator) == ("Filière bois", "Camille")
    assert identity.territory_kind is services.diagnostic().territory_kind  # an enum member


def test_a_file_without_a_diagnostic_says_so_in_french(tmp_path):
    from essdesk.domain.services import Services
    from essdesk.errors import NotFoundError
    from essdesk.store.document import Document

    doc = Document.create()
    try:
        with pytest.raises(NotFoundError, match="aucun diagnostic"):
            Services(doc.session).identity()
        with pytest.raises(NotFoundError, match="aucun diagnostic"):
            Services(doc.session).scores()
    finally:
        doc.close()


def test_dot_quota_per_participant_and_per_session(services):
    """34 dots were once placed with 30 available: the core refuses any dot beyond them."""
    wid = services.add_workshop(place="Salle", participants=[{"name": "Ana"}, {"name": "Bruno"}]).created_id
    ana, bruno = (p.id for p in services.workshop(wid).participants)
    l1, l2 = (services.lever_by_code(c).id for c in ("2.1", "2.2"))
    services.set_votes(wid, [(l1, ana, 2), (l2, ana, 1), (l1, bruno, 1)])
    with pytest.raises(ValidationError, match="Ana : chaque participant dispose de 3 gommettes"):
        services.set_votes(wid, [(l1, ana, 2), (l2, ana, 2)])
    with pytest.raises(ValidationError, match="en compte 6 au plus"):  # the group's dots count too
        services.set_votes(wid, [(l1, ana, 3), (l1, bruno, 1), (l2, None, 3)])
    with pytest.raises(ValidationError, match="Ana : chaque participant dispose de 1 gommettes"):
        services.set_votes(wid, [(l1, ana, 2)], dots_per_participant=1)
    tally = services.vote_tally(wid)
    assert (tally.used, tally.placed, tally.available, tally.quota) == ({ana: 3, bruno: 1}, 4, 6, 3)
    services.set_votes(wid, [(l1, ana, 5), (l2, None, 5)], dots_per_participant=5)  # more each: fits
    assert services.vote_tally(wid).placed == 10
    # a session with nobody listed counts a wall of dots: no limit to check against
    alone = services.add_workshop(place="Mur").created_id
    services.set_votes(alone, [(l1, None, 40)])
    assert services.vote_tally(alone).available is None


def test_a_file_over_the_quota_is_still_restored_exactly(services):
    """Undo (remove, restore) of a session written before the quota puts it back as it was."""
    wid = services.add_workshop(place="Salle", participants=[{"name": "Ana"}]).created_id
    lever = services.lever_by_code("2.1").id
    services.set_votes(wid, [(lever, None, 34)], check_quota=False)  # as an old file holds it
    snap = services.snapshot_workshop(wid)
    services.remove_workshop(wid)
    services.restore_workshop(snap)
    assert services.vote_totals(wid) == [(lever, 34)]
    services.set_votes(wid, [(lever, None, 33)])  # over the quota: it may still lose dots…
    with pytest.raises(ValidationError, match="en compte 3 au plus"):
        services.set_votes(wid, [(lever, None, 34)])  # …but not gain one
    assert services.vote_totals(wid) == [(lever, 33)]


def test_votes_to_action_plan_is_the_plan_applied(services):
    wid = services.add_workshop(place="Salle", decisions="Charte à écrire").created_id
    codes = ("4.1", "6.2", "1.1", "3.3")
    services.set_votes(wid, [(services.lever_by_code(c).id, None, 9 - i) for i, c in enumerate(codes)])
    plan = services.vote_plan(wid)
    assert [services.lever(i).code for i, _ in plan.levers] == ["4.1", "6.2", "1.1"]
    assert all(v == {"priority": Priority.HIGH, "status": LeverStatus.PLANNED} for _, v in plan.levers)
    assert plan.decisions == ("Charte à écrire\nPlan d'action issu du vote : leviers 4.1, 6.2, 1.1 "
                              "en priorité haute, actions à compléter.")
    services.votes_to_action_plan(wid)
    assert services.workshop(wid).decisions == plan.decisions
    assert services.lever_by_code("3.3").priority is Priority.NONE


def test_a_removed_workshop_comes_back_whole_when_its_participant_ids_were_taken(services):
    """Undo of a removal after another workshop took the freed participant ids (SQLite reuses
    the highest ids): the workshop, its people and their votes come back, the other one's
    participants stay."""
    lever = services.lever_by_code("1.1").id
    kept = services.add_workshop(participants=[{"name": "Anne"}]).created_id
    gone = services.add_workshop(participants=[{"name": "Bruno"}, {"name": "Chloé"}]).created_id
    bruno = services.workshop(gone).participants[0].id
    services.set_votes(gone, [(lever, bruno, 3)], check_quota=False)
    snap = services.snapshot_workshop(gone)
    services.remove_workshop(gone)
    services.update_workshop(kept, participants=[
        {"id": p.id, "name": p.name} for p in services.workshop(kept).participants
    ] + [{"name": "Nouvelle venue"}, {"name": "Autre venue"}])
    services.restore_workshop(snap)
    back = services.workshop(gone)
    assert [p.name for p in back.participants] == ["Bruno", "Chloé"]
    assert [(v.lever_id, v.participant.name, v.dots) for v in back.votes] == [(lever, "Bruno", 3)]
    assert [p.name for p in services.workshop(kept).participants] == [
        "Anne", "Nouvelle venue", "Autre venue"]
