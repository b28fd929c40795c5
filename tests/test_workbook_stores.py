"""The cahier de saisie on both stores: a diagnostic on the team's server sends and takes
back cahiers as a file does (issue 19 names `essdesk workbook ADDRESS`)."""

from __future__ import annotations

from workbook_helpers import fill, first_empty_row, lever_row, preview, send

from essdesk.domain.services import Services
from essdesk.exchange.workbook_import import apply_preview


def test_two_partners_cahiers_on_each_store(demo_document, tmp_path):
    s = Services(demo_document.session)
    code = s.steps()[0].levers[0].code
    first = send(demo_document, tmp_path / "scic.xlsx")
    second = send(demo_document, tmp_path / "chambre.xlsx")

    def scic(wb):
        lv = wb["Leviers"]
        lv.cell(lever_row(lv, code), 7, "Note de la SCIC")
        ac = wb["Acteurs"]
        ac.cell(first_empty_row(ac), 2, "Filature du Tarn")

    def chambre(wb):
        lv = wb["Leviers"]
        lv.cell(lever_row(lv, code), 7, "Note de la chambre d'agriculture")

    first = fill(first, tmp_path / "scic-rempli.xlsx", scic)
    second = fill(second, tmp_path / "chambre-rempli.xlsx", chambre)
    commune = s.actors()[0].commune
    s.update_actor(s.actors()[0].id, commune="Mazamet")  # essdesk's own edit since the sending

    result = preview(demo_document, first)
    assert [(c.key, c.field, c.after) for c in result.changes] == [(code, "notes", "Note de la SCIC")]
    assert [n.values["name"] for n in result.created] == ["Filature du Tarn"]
    assert not result.conflicts and not result.errors
    apply_preview(s, result, "Avant le cahier de la SCIC")
    assert s.lever_by_code(code).notes == "Note de la SCIC"
    assert "Filature du Tarn" in [a.name for a in s.actors()]
    assert s.actors()[0].commune == "Mazamet" != commune  # the cahier did not touch it
    assert [j.label for j in s.jalons()] == ["Avant le cahier de la SCIC"]

    # The second partner answered the same cahier: their note now meets the first one's.
    result = preview(demo_document, second)
    assert not result.changes
    assert [(c.now, c.theirs) for c in result.conflicts] == [
        ("Note de la SCIC", "Note de la chambre d'agriculture")
    ]
    apply_preview(s, result, "Avant le cahier de la chambre", take=[0])
    assert s.lever_by_code(code).notes == "Note de la chambre d'agriculture"
    assert len(s.jalons()) == 2
