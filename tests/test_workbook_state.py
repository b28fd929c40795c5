"""The state a cahier is made from and compared with: the rows and fields `changes.apply`
takes (changes.entities of the interchange data), in the same order, on both stores."""

from __future__ import annotations

from essdesk.domain.changes import entities
from essdesk.domain.services import Services
from essdesk.exchange.interchange import to_dict
from essdesk.exchange.workbook_state import cahier_state


def test_the_cahier_state_is_the_diagnostic_as_changes_apply_it(demo_document):
    s = Services(demo_document.session)
    actor = s.actors()[0]
    s.update_actor(actor.id, notes="Vérifié — 🌱")
    rows = entities(to_dict(demo_document.session), ("lever", "actor", "action"))
    state = cahier_state(demo_document.session)
    assert state["diagnostic"] == s.diagnostic().uid
    assert state["actor"][actor.uid]["notes"] == "Vérifié — 🌱"
    for entity in ("lever", "actor", "action"):
        assert list(state[entity]) == list(rows[entity])  # same order: same « absent » list
        for key, row in state[entity].items():
            assert row == {f: rows[entity][key][f] for f in row}, (entity, key)
    # A lever is shown with its step and every field a partner may fill in.
    assert set(next(iter(state["lever"].values()))) == {
        "uid", "step", "label", "status", "priority", "notes", "owner", "due"
    }
    assert set(next(iter(state["actor"].values()))) == set(next(iter(rows["actor"].values())))


def test_rows_unchanged_since_the_sending_are_held_once(demo_document):
    s = Services(demo_document.session)
    sent = cahier_state(demo_document.session)
    changed = s.actors()[1]
    s.update_actor(changed.id, role="Nouveau rôle")
    now = cahier_state(demo_document.session, sent)
    assert now["actor"][changed.uid]["role"] == "Nouveau rôle"
    assert sent["actor"][changed.uid]["role"] != "Nouveau rôle"
    same = [uid for uid in now["actor"] if uid != changed.uid]
    assert same and all(now["actor"][u] is sent["actor"][u] for u in same)
    assert now == cahier_state(demo_document.session)
