"""The cahier's own read of the diagnostic matches what the cahier was made from."""

from __future__ import annotations

from essdesk.domain.services import Services
from essdesk.exchange.interchange import to_dict
from essdesk.exchange.workbook import view
from essdesk.exchange.workbook_state import cahier_state


def test_the_preview_reads_the_same_state_as_the_cahier_was_written_from(demo_document):
    s = Services(demo_document.session)
    actor = s.actors()[0]
    s.update_actor(actor.id, notes="Vérifié — 🌱")
    expected = view(to_dict(demo_document.session))
    state = cahier_state(demo_document.session)
    assert state == expected
    for entity in ("lever", "actor", "action"):
        assert list(state[entity]) == list(expected[entity])  # same order: same « absent » list
