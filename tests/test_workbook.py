"""The cahier de saisie (issue 19): written ready to fill, taken back through a preview,
three-way conflicts, values validated as the services validate them."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zlib

import openpyxl
import pytest
from workbook_helpers import fill, first_empty_row, lever_row, preview, send, services

from essdesk.cli import main
from essdesk.domain.demo import build_demo
from essdesk.exchange.interchange import to_dict
from essdesk.exchange.workbook import FORMAT_VERSION
from essdesk.exchange.workbook_base import BaseReader, base_lines
from essdesk.exchange.workbook_file import WorkbookError
from essdesk.exchange.workbook_import import apply_preview
from essdesk.exchange.workbook_state import cahier_state
from essdesk.models.enums import LeverStatus
from essdesk.store.document import Document


@pytest.fixture
def demo(referential):
    doc = Document.create()
    build_demo(doc.session, referential)
    yield doc
    doc.close()


@pytest.fixture
def cahier(demo, tmp_path):
    return send(demo, tmp_path / "cahier.xlsx")


def test_the_cahier_is_ready_to_fill(demo, cahier):
    wb = openpyxl.load_workbook(cahier)
    assert (
        wb.sheetnames[0] == "Mode d'emploi" and "Ne touchez pas" in wb["Mode d'emploi"]["A5"].value
    )
    assert {"Leviers", "Acteurs", "Plan d'action"} <= set(wb.sheetnames)
    assert wb["essdesk"].sheet_state == "veryHidden" and wb["Listes"].sheet_state == "hidden"
    assert wb["essdesk"]["B3"].value == services(demo).diagnostic().uid
    levers = wb["Leviers"]
    assert levers.column_dimensions["A"].hidden and levers.protection.sheet
    assert levers["A2"].protection.locked and not levers["E2"].protection.locked
    statuses = next(dv for dv in levers.data_validations.dataValidation if "E2" in str(dv.sqref))
    listed = wb["Listes"]
    column = statuses.formula1.split("!")[1].split(":")[0].replace("$", "")[0]
    choices = [listed[f"{column}{r}"].value for r in range(2, 8)]
    assert choices == [m.label for m in LeverStatus]
    # Due dates are real dates shown JJ/MM/AAAA.
    dated = next(r for r in range(2, levers.max_row + 1) if levers.cell(r, 9).value)
    assert isinstance(levers.cell(dated, 9).value, dt.datetime)
    assert levers.cell(dated, 9).number_format == "DD/MM/YYYY"
    actors = wb["Acteurs"]
    assert actors.max_row > len(services(demo).actors()) + 10  # empty rows for new actors


def test_anonymised_cahier_has_no_personal_columns_and_imports(demo, tmp_path):
    path = send(demo, tmp_path / "anonyme.xlsx", anonymise=True)
    headers = [c.value for c in openpyxl.load_workbook(path)["Acteurs"][1]]
    assert "Courriel" not in headers and "Téléphone" not in headers and "Nom" in headers
    result = preview(demo, path)
    assert result.empty and not result.errors and not result.absent
    # Nor in the hidden sheet, where the state the cahier was made from travels.
    identity = openpyxl.load_workbook(path)["essdesk"]
    blob = "".join(r[1] for r in identity.iter_rows(values_only=True) if r[0] == "base")
    hidden = zlib.decompress(base64.b64decode(blob)).decode()
    contacts = [
        value
        for a in services(demo).actors()
        for value in (a.email, a.phone, a.contact)
        if value
    ]
    assert contacts and not [c for c in contacts if c in hidden]
    assert "Nom" in hidden or any(a.name in hidden for a in services(demo).actors())


def test_a_personal_column_added_back_to_an_anonymised_cahier_is_not_read(demo, tmp_path):
    path = send(demo, tmp_path / "anonyme.xlsx", anonymise=True)
    before = [a.email for a in services(demo).actors()]

    def edit(wb):
        ws = wb["Acteurs"]
        column = ws.max_column + 1
        ws.cell(1, column, "Courriel")
        ws.cell(2, column, "nouveau@exemple.fr")

    result = preview(demo, fill(path, tmp_path / "rempli.xlsx", edit))
    assert result.empty and not result.errors
    assert [a.email for a in services(demo).actors()] == before


def test_an_untouched_cahier_changes_nothing(demo, cahier):
    result = preview(demo, cahier)
    assert result.empty and not result.errors and not result.absent
    assert result.lines() == ["Aucune modification à reprendre."]


def _sent_state(wb) -> dict:
    rows = list(wb["essdesk"].iter_rows(values_only=True))
    version = next(int(r[1]) for r in rows if r[0] == "format_version")
    reader = BaseReader(version)
    reader.feed(zlib.decompress(base64.b64decode("".join(r[1] for r in rows if r[0] == "base"))))
    return reader.state()


def _rewrite_raw(wb, raw: bytes, version: int = FORMAT_VERSION) -> None:
    """The hidden sheet's base replaced by `raw` (format `version`), with a hash that matches."""
    ws = wb["essdesk"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    blob = base64.b64encode(zlib.compress(raw)).decode()
    ws.delete_rows(1, ws.max_row)
    for r in rows:
        if r[0] == "format_version":
            r[1] = version
        if r[0] not in ("base", "sha256"):
            ws.append(r)
    ws.append(["sha256", hashlib.sha256(raw).hexdigest()])
    for start in range(0, len(blob), 30_000):
        ws.append(["base", blob[start : start + 30_000]])


def _as_version_1(state, *, ensure_ascii: bool = True) -> bytes:
    """The base as cahiers of format 1 kept it: one JSON object."""
    return json.dumps(
        state, ensure_ascii=ensure_ascii, separators=(",", ":"), sort_keys=True
    ).encode()


def test_the_base_travels_as_one_json_line_per_row(demo, cahier):
    wb = openpyxl.load_workbook(cahier)
    blob = "".join(r[1] for r in wb["essdesk"].iter_rows(values_only=True) if r[0] == "base")
    lines = zlib.decompress(base64.b64decode(blob)).split(b"\n")
    s = services(demo)
    assert len(lines) == 1 + sum(len(step.levers) for step in s.steps()) + len(s.actors()) + len(s.actions())
    assert json.loads(lines[1])[0] == "lever" and json.loads(lines[-1])[0] == "action"
    sent = _sent_state(wb)
    assert sent == cahier_state(demo.session)  # the state read back is the state sent


@pytest.mark.parametrize("ensure_ascii", [True, False], ids=["ascii", "utf-8"])
def test_a_cahier_sent_by_an_earlier_essdesk_still_imports(demo, cahier, tmp_path, ensure_ascii):
    """Format 1 kept its hidden base as one JSON object, at first in UTF-8 (« é » as is,
    not « \\u00e9 »)."""
    code = services(demo).steps()[0].levers[0].code

    def earlier(wb):
        _rewrite_raw(wb, _as_version_1(_sent_state(wb), ensure_ascii=ensure_ascii), 1)
        lv = wb["Leviers"]
        lv.cell(lever_row(lv, code), 7, "Repris — œuvre commune")

    result = preview(demo, fill(cahier, tmp_path / "ancien.xlsx", earlier))
    assert not result.errors
    assert [(c.key, c.after) for c in result.changes] == [(code, "Repris — œuvre commune")]


_DEEP = b'["actor","x",[' + b"[" * 200_000 + b"]" * 200_000 + b"]]"  # deeper than json goes


def _lines(state, *extra: list) -> bytes:
    return b"\n".join([*base_lines(state), *(json.dumps(x).encode() for x in extra)])


@pytest.mark.parametrize(
    ("version", "forge"),
    [
        (1, lambda state: _as_version_1([])),
        (1, lambda state: _as_version_1({**state, "actor": []})),
        (1, lambda state: _as_version_1(
            {**state, "lever": {k: {**v, "uid": 7} for k, v in state["lever"].items()}}
        )),
        (1, lambda state: _as_version_1({**state, "action": {k: None for k in state["action"]}})),
        (2, lambda state: _as_version_1(state)),  # format 1's text under format 2
        (2, lambda state: b"\n".join(list(base_lines(state))[1:])),  # no header line
        (2, lambda state: _lines(state, ["actor", "x", ["trop court"]])),
        (2, lambda state: _lines(state, ["personne", "x", []])),
        (2, lambda state: _lines(state, ["lever", ["x"], list(next(iter(state["lever"].values())).values())])),
        (2, lambda state: _lines(state, {"diagnostic": "x"})),
        (2, lambda state: _lines({**state, "lever": {
            k: {**v, "uid": 7} for k, v in state["lever"].items()
        }})),
        (1, lambda state: b'{"diagnostic":' + b"[" * 200_000 + b"]" * 200_000 + b"}"),
        (2, lambda state: b"\n".join([*base_lines(state), _DEEP])),
    ],
    ids=[
        "v1-list", "v1-actors-as-list", "v1-uid-as-number", "v1-action-as-null",
        "v1-text-as-v2", "no-header", "row-too-short", "unknown-entity", "key-as-list",
        "second-header", "uid-as-number", "v1-nested-too-deep", "row-nested-too-deep",
    ],
)
def test_a_sent_state_of_the_wrong_shape_is_refused_even_with_its_hash(
    demo, cahier, tmp_path, version, forge
):
    forged = fill(
        cahier, tmp_path / "forge.xlsx", lambda wb: _rewrite_raw(wb, forge(_sent_state(wb)), version)
    )
    with pytest.raises(WorkbookError, match="a été modifiée"):
        preview(demo, forged)


def test_a_text_too_long_for_a_cell_is_never_cut_by_the_import(demo, tmp_path):
    s = services(demo)
    lever = s.steps()[0].levers[0]
    long_note = "Débat 🐑 " * 5_000  # 45,000 characters, 50,000 UTF-16 units: over 32,767
    s.update_lever(lever.id, notes=long_note)
    cahier = send(demo, tmp_path / "cahier.xlsx")
    ws = openpyxl.load_workbook(cahier)["Leviers"]
    cell = ws.cell(lever_row(ws, lever.code), 7)
    assert cell.value.endswith("modifiez-le dans essdesk)") and len(cell.value) < 32_767
    assert cell.protection.locked  # honest hands cannot edit the cut text
    result = preview(demo, cahier)
    assert result.empty and not result.errors and not result.notices

    def edit(wb):
        lv = wb["Leviers"]
        lv.cell(lever_row(lv, lever.code), 7, "Note réécrite dans le tableur")

    result = preview(demo, fill(cahier, tmp_path / "rempli.xlsx", edit))
    assert result.empty
    assert any("trop long" in n and "!G" in n for n in result.notices)
    assert s.lever_by_code(lever.code).notes == long_note


def test_a_filled_cahier_previews_then_applies_as_one_changeset_after_a_jalon(
    demo, cahier, tmp_path
):
    s = services(demo)
    code = s.steps()[0].levers[0].code
    note = "=SOMME(A1) garde tout : é ✓ 🐑 שלום"

    def edit(wb):
        lv = wb["Leviers"]
        r = lever_row(lv, code)
        lv.cell(r, 5, "En cours")
        lv.cell(r, 7).value = note
        lv.cell(r, 7).data_type = "s"
        lv.cell(r, 9, dt.date(2027, 5, 1))
        ac = wb["Acteurs"]
        new = first_empty_row(ac)
        ac.cell(new, 2, "Ferme du Haut-Bois")
        ac.cell(new, 4, "Entreprise de l'ESS")
        pa = wb["Plan d'action"]
        pa["C2"] = "Ferme du Haut-Bois"
        pa["G2"] = "12 500,50 €"

    filled = fill(cahier, tmp_path / "rempli.xlsx", edit)
    result = preview(demo, filled)
    assert not result.errors and not result.conflicts
    lines = "\n".join(result.lines())
    assert (
        f"Leviers!E{lever_row(openpyxl.load_workbook(filled)['Leviers'], code)} · Statut" in lines
    )
    assert "→ En cours" in lines and "→ 01/05/2027" in lines and "→ Ferme du Haut-Bois" in lines
    assert "nouvelle ligne : Ferme du Haut-Bois" in lines
    jalon = apply_preview(s, result, "Avant l'import")
    lever = s.lever_by_code(code)
    assert lever.status is LeverStatus.IN_PROGRESS and lever.notes == note
    assert lever.due == dt.date(2027, 5, 1)
    action = s.actions()[0]
    assert action.pilot.name == "Ferme du Haut-Bois" and action.budget_cents == 1_250_050
    assert [j.id for j in s.jalons()] == [jalon]
    before = s.jalon_data(jalon)
    assert before["actions"][0]["budget"] != 12500.5  # the jalon kept the state before
    # Importing the same cahier again takes nothing twice.
    again = preview(demo, filled)
    assert again.empty and not again.errors


def test_a_value_changed_on_both_sides_is_a_conflict_with_its_three_values(demo, cahier, tmp_path):
    s = services(demo)
    lever = s.steps()[1].levers[0]
    code, sent = lever.code, lever.owner
    filled = fill(
        cahier,
        tmp_path / "a.xlsx",
        lambda wb: wb["Leviers"].cell(lever_row(wb["Leviers"], code), 8, "SCIC"),
    )
    s.update_lever(lever.id, owner="Chambre d'agriculture")
    result = preview(demo, filled)
    assert not result.changes and len(result.conflicts) == 1
    c = result.conflicts[0]
    assert (c.sent, c.now, c.theirs) == (sent, "Chambre d'agriculture", "SCIC")
    assert "CONFLIT" in result.lines()[0] and "non appliqué" in result.lines()[0]
    apply_preview(s, result, "Import")
    assert s.lever_by_code(code).owner == "Chambre d'agriculture"
    apply_preview(s, preview(demo, filled), "Import, cahier retenu", take=[0])
    assert s.lever_by_code(code).owner == "SCIC"


def test_two_partners_cahiers_conflict_with_each_other(demo, cahier, tmp_path):
    s = services(demo)
    code = s.steps()[2].levers[0].code

    def notes(text):
        return lambda wb: wb["Leviers"].cell(lever_row(wb["Leviers"], code), 7, text)

    first = fill(cahier, tmp_path / "scic.xlsx", notes("Vu par la SCIC"))
    second = fill(cahier, tmp_path / "chambre.xlsx", notes("Vu par la chambre"))
    apply_preview(s, preview(demo, first), "Import SCIC")
    result = preview(demo, second)
    assert [(c.now, c.theirs) for c in result.conflicts] == [
        ("Vu par la SCIC", "Vu par la chambre")
    ]


def test_an_invalid_value_is_reported_by_sheet_and_cell_and_blocks_everything(
    demo, cahier, tmp_path
):
    s = services(demo)
    code = s.steps()[0].levers[1].code

    def edit(wb):
        lv = wb["Leviers"]
        r = lever_row(lv, code)
        lv.cell(r, 5, "En cour")
        lv.cell(r, 8, "Quelqu'un")
        wb["Plan d'action"]["E2"] = "31/02/2027"
        wb["Acteurs"]["I2"] = "pas-une-adresse"

    filled = fill(cahier, tmp_path / "faux.xlsx", edit)
    row = lever_row(openpyxl.load_workbook(filled)["Leviers"], code)
    result = preview(demo, filled)
    assert any(
        e.startswith(
            f"Leviers!E{row} : « En cour » n'est pas un statut ; choisissez parmi : Non évalué"
        )
        for e in result.errors
    )
    assert any(
        e.startswith("Plan d'action!E2 : « 31/02/2027 » n'est pas une date") for e in result.errors
    )
    assert any(e.startswith("Acteurs!I2 : adresse invalide") for e in result.errors)
    with pytest.raises(WorkbookError, match="Rien n'a été modifié"):
        apply_preview(s, result, "Import")
    assert s.lever_by_code(code).owner != "Quelqu'un" and not s.jalons()
    # --skip-invalid: the invalid rows are listed and left out, the rest goes through.
    skipping = preview(demo, filled, skip_invalid=True)
    assert not skipping.errors and len(skipping.skipped_rows) == 3
    assert not any(c.key == code for c in skipping.changes)


def test_a_formula_is_reported_never_trusted(demo, cahier, tmp_path):
    filled = fill(cahier, tmp_path / "formule.xlsx", lambda wb: wb["Acteurs"].cell(2, 7, "=A1&B1"))
    result = preview(demo, filled)
    assert result.errors == [
        "Acteurs!G2 : la cellule contient une formule (=A1&B1) ; les formules ne sont pas importées : "
        "remplacez-la par sa valeur."
    ]


def test_a_deleted_row_deletes_nothing_and_is_listed(demo, cahier, tmp_path):
    s = services(demo)
    name = s.actors()[0].name
    filled = fill(cahier, tmp_path / "moins.xlsx", lambda wb: wb["Acteurs"].delete_rows(2))
    result = preview(demo, filled)
    assert result.absent == [f"Acteurs : acteur « {name} »"] and result.empty
    apply_preview(s, result, "Import")
    assert s.actors()[0].name == name


def test_reordered_rows_renamed_sheet_moved_columns_extra_sheet_lost_hidden_flag(
    demo, cahier, tmp_path
):
    s = services(demo)
    code = s.steps()[0].levers[2].code

    def edit(wb):
        lv = wb["Leviers"]
        rows = [[c.value for c in row] for row in lv.iter_rows(min_row=2)]
        for r, values in enumerate(reversed(rows), 2):
            for col, value in enumerate(values, 1):
                lv.cell(r, col).value = value
        lv.move_range("I1:I100", cols=2)  # Échéance moved to the right
        lv.title = "Mes leviers"
        lv.column_dimensions["A"].hidden = False
        lv.cell(lever_row(lv, code), 5, "Prévu")
        wb.create_sheet("Mes notes")["A1"] = "brouillon"

    result = preview(demo, fill(cahier, tmp_path / "remanie.xlsx", edit))
    assert not result.errors and not result.absent
    assert [(c.sheet, c.key, c.after) for c in result.changes] == [("Mes leviers", code, "planned")]
    assert "Feuilles ignorées : Mes notes." in result.notices


def test_dates_as_serials_or_text_numbers_as_text(demo, cahier, tmp_path):
    s = services(demo)
    codes = [lv.code for lv in s.steps()[3].levers[:2]]

    def edit(wb):
        lv = wb["Leviers"]
        lv.cell(lever_row(lv, codes[0]), 9, 46143).number_format = "General"  # 01/05/2026
        lv.cell(lever_row(lv, codes[1]), 9, "02/05/2026")
        wb["Plan d'action"]["G3"] = "1500"

    result = preview(demo, fill(cahier, tmp_path / "textes.xlsx", edit))
    assert not result.errors
    got = {c.key: c.after for c in result.changes if c.field == "due"}
    assert got == {codes[0]: "2026-05-01", codes[1]: "2026-05-02"}
    assert [c.after for c in result.changes if c.field == "budget"] == [1500]


def test_a_cahier_of_another_diagnostic_or_tampered_is_refused(demo, cahier, tmp_path, referential):
    other = Document.create()
    build_demo(other.session, referential)
    with pytest.raises(WorkbookError, match="autre diagnostic"):
        preview(other, cahier)
    other.close()

    def tamper(wb):
        wb["essdesk"]["B8"] = wb["essdesk"]["B8"].value[:-8] + "AAAAAAAA"

    with pytest.raises(WorkbookError, match="a été modifiée"):
        preview(demo, fill(cahier, tmp_path / "trafique.xlsx", tamper))


def _demo_file(tmp_path, capsys):
    path = tmp_path / "d.essdesk"
    assert main(["demo", str(path)]) == 0
    cahier = tmp_path / "cahier.xlsx"
    assert main(["workbook", str(path), "--xlsx", str(cahier)]) == 0
    capsys.readouterr()
    return path, cahier


def test_cli_previews_then_applies(tmp_path, capsys):
    path, cahier = _demo_file(tmp_path, capsys)
    filled = fill(cahier, tmp_path / "rempli.xlsx", lambda wb: wb["Acteurs"].cell(2, 7, "Nancy"))
    assert main(["import-workbook", str(path), str(filled)]) == 0
    out = capsys.readouterr().out
    assert "Acteurs!G2 · Commune" in out and "→ Nancy" in out and "--apply" in out
    with Document.open(path) as doc:
        assert services(doc).actors()[0].commune != "Nancy"
    assert main(["import-workbook", str(path), str(filled), "--apply"]) == 0
    assert "jalon n° 1" in capsys.readouterr().out
    with Document.open(path) as doc:
        assert services(doc).actors()[0].commune == "Nancy"
    again = tmp_path / "nouveau.xlsx"
    assert main(["workbook", str(path), "--xlsx", str(again), "--sheets", "acteurs"]) == 0
    assert "Leviers" not in openpyxl.load_workbook(again).sheetnames
    assert main(["workbook", str(path), "--xlsx", str(again), "--sheets", "ateliers"]) == 1
    assert "Feuille inconnue : ateliers" in capsys.readouterr().err


def test_cli_refuses_an_invalid_cahier_with_exit_2(tmp_path, capsys):
    path, cahier = _demo_file(tmp_path, capsys)
    with Document.open(path) as doc:
        before = to_dict(doc.session)
    filled = fill(cahier, tmp_path / "faux.xlsx", lambda wb: wb["Acteurs"].cell(2, 4, "Truc"))
    assert main(["import-workbook", str(path), str(filled), "--apply"]) == 2
    out = capsys.readouterr().out
    assert "Acteurs!D2 : « Truc » n'est pas une catégorie" in out and "Rien n'a été modifié" in out
    with Document.open(path) as doc:
        assert to_dict(doc.session) == before and not services(doc).jalons()


def test_an_action_ending_before_it_starts_is_refused_at_its_cell(demo, cahier, tmp_path):
    def edit(wb):
        wb["Plan d'action"]["E2"] = dt.date(2027, 6, 1)
        wb["Plan d'action"]["F2"] = dt.date(2027, 1, 1)

    result = preview(demo, fill(cahier, tmp_path / "dates.xlsx", edit))
    assert result.errors == ["Plan d'action!F2 : la fin ne peut pas précéder le début."]


def test_a_change_the_services_refuse_midway_leaves_the_diagnostic_as_it_was(
    demo, cahier, tmp_path
):
    from essdesk.exchange.workbook_import import Change

    s = services(demo)
    before = to_dict(demo.session)
    codes = [lv.code for lv in s.steps()[0].levers[:2]]
    filled = fill(
        cahier,
        tmp_path / "a.xlsx",
        lambda wb: wb["Leviers"].cell(lever_row(wb["Leviers"], codes[0]), 8, "SCIC"),
    )
    result = preview(demo, filled)
    # A value no spec would let through, as if a rule escaped the preview.
    result.changes.append(
        Change("Leviers", "E3", "lever", codes[1], "status", "Statut", "done", "bof")
    )
    with pytest.raises(WorkbookError, match="resté tel qu'il était"):
        apply_preview(s, result, "Import")
    assert to_dict(demo.session) == before


def test_a_cahier_round_trips_on_both_stores(demo_document, tmp_path):
    """The same preview and apply on a file and on a server diagnostic."""
    s = services(demo_document)
    code = s.steps()[0].levers[0].code
    cahier = send(demo_document, tmp_path / "cahier.xlsx")
    filled = fill(
        cahier,
        tmp_path / "rempli.xlsx",
        lambda wb: wb["Leviers"].cell(lever_row(wb["Leviers"], code), 8, "SCIC"),
    )
    result = preview(demo_document, filled)
    assert [(c.key, c.after) for c in result.changes] == [(code, "SCIC")]
    apply_preview(s, result, "Import")
    assert s.lever_by_code(code).owner == "SCIC" and len(s.jalons()) == 1


def test_a_new_action_with_a_new_actor_as_its_pilot(demo, cahier, tmp_path):
    s = services(demo)
    partner = s.actors()[1].name

    def edit(wb):
        ac = wb["Acteurs"]
        r = first_empty_row(ac)
        ac.cell(r, 2, "Filature du Saulnois")
        pa = wb["Plan d'action"]
        r = first_empty_row(pa)
        pa.cell(r, 2, "Ouvrir une filature")
        pa.cell(r, 3, "Filature du Saulnois")
        pa.cell(r, 4, f"{partner} ; Filature du Saulnois")
        pa.cell(r, 5, dt.date(2027, 1, 4))
        pa.cell(r, 7, 30000)

    result = preview(demo, fill(cahier, tmp_path / "action.xlsx", edit))
    assert not result.errors and [n.sheet for n in result.created] == ["Acteurs", "Plan d'action"]
    apply_preview(s, result, "Import")
    action = next(x for x in s.actions() if x.title == "Ouvrir une filature")
    assert action.pilot.name == "Filature du Saulnois" and action.budget_cents == 3_000_000
    assert sorted(a.name for a in action.partners) == sorted([partner, "Filature du Saulnois"])
    assert action.start == dt.date(2027, 1, 4)


def test_a_budget_of_zero_is_a_value_not_an_empty_cell(demo, cahier, tmp_path):
    s = services(demo)
    empty = next(x for x in s.actions() if x.budget_cents is None)
    row = 2 + [x.id for x in s.actions()].index(empty.id)
    result = preview(
        demo, fill(cahier, tmp_path / "zero.xlsx", lambda wb: wb["Plan d'action"].cell(row, 7, 0))
    )
    assert [(c.field, c.before, c.after) for c in result.changes] == [("budget", None, 0)]


def test_a_pilot_named_like_two_actors_is_refused_and_a_new_actor_is_found_by_name(
    demo, cahier, tmp_path
):
    s = services(demo)
    s.add_actor(name="ferme du haut-bois")  # since the sending, in essdesk
    s.add_actor(name="Ferme du Haut-Bois")  # the same name, another case

    def edit(wb):
        pa = wb["Plan d'action"]
        pa["C2"] = "FERME DU HAUT-BOIS"  # which one?
        ac = wb["Acteurs"]
        ac.cell(first_empty_row(ac), 2, "Laverie de Rambervillers")
        pa["C3"] = "laverie de rambervillers"  # a new actor of this cahier, by name, any case

    result = preview(demo, fill(cahier, tmp_path / "pilotes.xlsx", edit))
    assert any("C2" in e and "plusieurs acteurs" in e for e in result.errors)
    assert not any("C3" in e for e in result.errors)
    result = preview(demo, fill(cahier, tmp_path / "pilotes.xlsx", edit), skip_invalid=True)
    pilot = next(c for c in result.changes if c.cell == "C3")
    assert result.shown(pilot.after, "pilot") == "Laverie de Rambervillers"
