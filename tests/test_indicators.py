"""Impact indicators (issue 18 §2): services on both stores, the file and its upgrade,
the interchange, the change language and the comparison."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import uuid
from pathlib import Path

import pytest

from essdesk.domain.changes import apply, diff
from essdesk.domain.services import Services
from essdesk.errors import InterchangeError, ValidationError
from essdesk.exchange.interchange import dumps, load_into, to_dict, validate
from essdesk.store.document import Document
from essdesk.store.fileformat import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def _indicator(s: Services, **values) -> int:
    values = {"name": "Emplois créés", "unit": "ETP", "baseline": 0, "target": 4, **values}
    return s.add_indicator(**values).created_id


def test_an_indicator_and_its_values_are_kept_with_their_course(services):
    s = services
    first = _indicator(s)
    second = _indicator(s, name="Bénévoles", unit="personnes", baseline="12", target="30,5")
    s.add_indicator_value(first, date="2025-06-01", value=2, note="Deux embauches")
    s.add_indicator_value(first, date="01/03/2025", value="1,5")
    assert [i.name for i in s.indicators()] == ["Emplois créés", "Bénévoles"]
    assert s.indicator(second).target == 30.5
    values = s.indicators()[0].values
    assert [(v.date, v.value) for v in values] == [
        (dt.date(2025, 3, 1), 1.5),
        (dt.date(2025, 6, 1), 2),
    ]
    s.update_indicator_value(values[1].id, value=3)
    assert s.indicators()[0].values[1].value == 3
    assert s.indicator(first).version > 0


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"name": ""}, "Nom de l'indicateur : ce champ est obligatoire"),
        ({"target": "beaucoup"}, "Cible : saisissez un nombre"),
        ({"baseline": float("nan")}, "Valeur de départ : saisissez un nombre"),
        ({"baseline": 10**16}, "Valeur de départ : saisissez un nombre"),
    ],
)
def test_a_bad_indicator_is_refused_in_french_and_nothing_is_stored(services, values, message):
    with pytest.raises(ValidationError, match=message):
        _indicator(services, **values)
    assert services.indicators() == []


def test_a_value_needs_a_date_and_a_number(services):
    first = _indicator(services)
    with pytest.raises(ValidationError, match="Date de la mesure : ce champ est obligatoire"):
        services.add_indicator_value(first, value=3)
    with pytest.raises(ValidationError, match="Valeur mesurée : ce champ est obligatoire"):
        services.add_indicator_value(first, date="2025-01-01", value="")
    with pytest.raises(ValidationError, match="Date de la mesure : date invalide"):
        services.add_indicator_value(first, date="2025-02-30", value=1)
    assert services.indicators()[0].values == []


def test_an_indicator_follows_a_lever_or_an_action_not_both(services):
    lever = services.lever_by_code("4.1")
    action = services.add_action(title="Contrat d'achat").created_id
    with pytest.raises(ValidationError, match="un levier ou une action, pas les deux"):
        _indicator(services, lever_id=lever.id, action_id=action)
    tied = _indicator(services, lever_id=lever.id)
    services.update_indicator(tied, lever_id=None, action_id=action)
    assert (services.indicator(tied).lever_id, services.indicator(tied).action_id) == (None, action)


def test_removing_the_action_unties_the_indicator_and_undo_ties_it_again(services):
    action = services.add_action(title="Collecte").created_id
    tied = _indicator(services, action_id=action)
    snap = services.snapshot_action(action)
    services.remove_action(action)
    assert services.indicator(tied).action_id is None
    services.restore_action(snap)
    assert services.indicator(tied).action_id == action


def test_removing_a_custom_lever_unties_the_indicator_and_undo_ties_it_again(services):
    lever = services.add_custom_lever(6, "Paillage").created_id
    tied = _indicator(services, lever_id=lever)
    snap = services.snapshot_lever(lever)
    services.remove_custom_lever(lever)
    assert services.indicator(tied).lever_id is None
    services.restore_lever(snap)
    assert services.indicator(tied).lever_id == lever


def test_a_removed_indicator_comes_back_with_its_values(services):
    first = _indicator(services)
    services.add_indicator_value(first, date="2025-01-01", value=1)
    uids = [v.uid for v in services.indicator(first).values]
    snap = services.snapshot_indicator(first)
    services.remove_indicator(first)
    assert services.indicators() == []
    services.restore_indicator(snap)
    assert [v.uid for v in services.indicators()[0].values] == uids


def test_a_schema_v3_file_opens_upgrades_and_takes_indicators(tmp_path, referential):
    path = tmp_path / "v3.essdesk"
    path.write_bytes((FIXTURES / "schema-v3.essdesk").read_bytes())
    with Document.open(path) as doc:
        s = Services(doc.session)
        assert s.indicators() == [] and len(s.jalons()) == 1
        first = _indicator(s)
        s.add_indicator_value(first, date="2025-01-01", value=1)
        jalon = s.jalons()[0].id
        assert "indicators" not in s.jalon_data(jalon)  # a v3 jalon is kept as it was
        changes = diff(s.jalon_data(jalon), to_dict(doc.session, referential))
        assert {c.entity for c in changes.created} == {"indicator", "indicator_value"}
        doc.save()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with Document.open(path) as doc:
        assert [i.name for i in Services(doc.session).indicators()] == ["Emplois créés"]
        assert doc.check() == []


def test_a_file_whose_indicator_value_is_text_is_named(tmp_path, referential):
    path = tmp_path / "d.essdesk"
    doc = Document.create()
    from essdesk.domain.demo import build_demo

    build_demo(doc.session, referential)
    doc.save_as(path)
    doc.close()
    with sqlite3.connect(path) as conn:  # another SQLite tool wrote text in a number
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE indicator_value SET value = 'beaucoup' WHERE id = 1")
    conn.close()
    from essdesk.errors import DocumentError

    with pytest.raises(DocumentError, match="indicator_value.*nombre attendu"):
        Document.open(path)


def test_the_demo_round_trips_with_its_indicators(demo_document, referential):
    data = to_dict(demo_document.session, referential)
    assert [i["name"] for i in data["indicators"]] == [
        "Volume de laine valorisé localement",
        "Structures ESS impliquées",
        "Emplois créés",
    ]
    assert data["indicators"][0]["lever"] == "6.2" and data["indicators"][2]["action"] == 3
    assert data["indicators"][0]["values"][1]["value"] == 4.5
    assert isinstance(data["indicators"][1]["target"], int)
    validate(data)
    copy = Document.create()
    try:
        load_into(copy.session, data, referential)
        assert dumps(to_dict(copy.session, referential)) == dumps(data)
    finally:
        copy.close()


def _demo_data(referential):
    doc = Document.create()
    try:
        from essdesk.domain.demo import build_demo

        build_demo(doc.session, referential)
        return to_dict(doc.session, referential)
    finally:
        doc.close()


@pytest.mark.parametrize(
    ("change", "place", "message"),
    [
        (
            lambda d: d["indicators"][0].update(lever="9.9"),
            "indicators",
            "format invalide|levier inconnu",
        ),
        (
            lambda d: d["indicators"][0].update(lever="7.99"),
            "indicators[0].lever",
            "levier inconnu",
        ),
        (lambda d: d["indicators"][0].update(action=99), "indicators[0].action", "action inconnue"),
        (lambda d: d["indicators"][2].update(lever="6.2"), "indicators[2]", "pas les deux"),
        (
            lambda d: d["indicators"][0]["values"][0].update(date=None),
            "indicators[0].values[0].date",
            "",
        ),
        (
            lambda d: d["indicators"][0]["values"][0].update(value="3"),
            "indicators[0].values[0].value",
            "",
        ),
        (
            lambda d: d["indicators"][1]["values"][0].update(uid=d["indicators"][0]["uid"]),
            "indicators[1].values[0].uid",
            "en double",
        ),
    ],
)
def test_a_bad_indicator_in_a_json_file_is_named(referential, change, place, message):
    data = _demo_data(referential)
    change(data)
    with pytest.raises(InterchangeError) as caught:
        validate(data)
    assert place in str(caught.value)
    assert re.search(message, str(caught.value))


def test_a_format_2_file_without_indicators_still_imports(referential):
    data = _demo_data(referential)
    del data["indicators"]
    validate(data)
    doc = Document.create()
    try:
        load_into(doc.session, data, referential)
        assert Services(doc.session).indicators() == []
        assert to_dict(doc.session, referential)["indicators"] == []
    finally:
        doc.close()


def test_diff_names_indicator_changes_and_apply_replays_them(demo_document, referential):
    s = Services(demo_document.session)
    a = to_dict(demo_document.session, referential)
    first, second = s.indicators()[0], s.indicators()[1]
    s.update_indicator(first.id, target=20, lever_id=None)
    s.add_indicator_value(first.id, date="2030-01-01", value=9, note="Nouvelle mesure")
    s.remove_indicator_value(second.values[0].id)
    s.remove_indicator(s.indicators()[2].id)
    _indicator(s, name="Chiffre d'affaires local", unit="€")
    b = to_dict(demo_document.session, referential)
    changes = diff(a, b)
    assert {(c.entity, c.field, c.after) for c in changes.changes} == {
        ("indicator", "target", 20),
        ("indicator", "lever", None),
    }
    assert sorted(c.entity for c in changes.created) == ["indicator", "indicator_value"]
    assert sorted(r.entity for r in changes.removed) == [
        "indicator",
        "indicator_value",
        "indicator_value",
    ]
    doc = Document.create()
    try:
        load_into(doc.session, a, referential)
        apply(Services(doc.session), changes)
        assert dumps(to_dict(doc.session, referential)) == dumps(b)
    finally:
        doc.close()


def test_members_keep_their_rights_on_the_indicator_tables_after_a_server_upgrade(
    server, referential
):
    from sqlalchemy import text

    from essdesk.domain.services import create_diagnostic
    from essdesk.store.members import grant, members
    from essdesk.store.server import ServerStore, engine_for, init_server

    store = ServerStore.create(server, str(uuid.uuid4()))
    create_diagnostic(store.session, referential, title="Version 3")
    address = store.address
    store.close()
    role = f"ind{uuid.uuid4().hex[:8]}"
    schema = server.schema_of(address.number)
    engine = engine_for(server)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        for table in ("indicator_value", "indicator"):  # as a schema-3 essdesk left it
            conn.execute(text(f'DROP TABLE "{schema}".{table}'))
        conn.execute(text(f"UPDATE \"{schema}\".alembic_version SET version_num = '0003'"))
        conn.execute(text(f'UPDATE "{server.schema}".diagnostics SET schema_version = 3'))
    grant(address, role, write=True)
    init_server(server, schema_given=True)
    assert members(address) == [(role, True)]
    with engine.connect() as conn:
        rights = conn.execute(
            text(
                "SELECT has_table_privilege(:r, :t, 'INSERT'), has_table_privilege(:r, :v, 'SELECT')"
            ),
            {"r": role, "t": f"{schema}.indicator", "v": f"{schema}.indicator_value"},
        ).one()
    engine.dispose()
    assert tuple(rights) == (True, True)


def test_the_catalogue_offers_the_issue_s_indicators_with_units():
    from essdesk.domain.indicators import catalogue

    entries = {e.name: e.unit for e in catalogue()}
    for name in (
        "Emplois créés",
        "ETP en insertion",
        "Structures ESS impliquées",
        "Volume valorisé",
        "Chiffre d'affaires local",
        "Bénévoles mobilisés",
    ):
        assert entries[name]
    assert entries["Volume valorisé"] == "t" and entries["Chiffre d'affaires local"] == "€"


def test_the_reports_show_each_indicator_against_its_target(tmp_path, capsys):
    import zipfile

    import openpyxl
    from docx import Document as Docx
    from pypdf import PdfReader

    from essdesk.cli import main

    path = tmp_path / "d.essdesk"
    assert main(["demo", str(path)]) == 0
    out = {kind: tmp_path / f"d.{kind}" for kind in ("xlsx", "pdf", "docx")}
    assert (
        main(["export", str(path), *(a for k, p in out.items() for a in (f"--{k}", str(p)))]) == 0
    )
    sheet = openpyxl.load_workbook(out["xlsx"])["Indicateurs"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=5, max_row=7, values_only=True)}
    assert rows["Emplois créés"][1:7:] == ("ETP", 0, 0.5, rows["Emplois créés"][4], 4, 0.125)
    charts = [n for n in zipfile.ZipFile(out["xlsx"]).namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 3  # one native line chart per indicator (and the others' charts)
    text = "".join(page.extract_text() for page in PdfReader(out["pdf"]).pages)
    assert "Structures ESS impliquées" in text and "43" in text and "Avancement" in text
    cells = [c.text for t in Docx(out["docx"]).tables for row in t.rows for c in row.cells]
    assert any(
        c.startswith("Volume de laine valorisé localement (t) — suit : Levier 6.2") for c in cells
    )
    assert "19\u202f%" in cells


def test_values_entered_in_an_offline_copy_return_to_the_server(server, referential, tmp_path):
    from essdesk.domain.demo import build_demo
    from essdesk.store.opening import return_copy, take_copy
    from essdesk.store.server import ServerStore

    made = ServerStore.create(server, str(uuid.uuid4()))
    build_demo(made.session, referential)
    address = made.address
    made.close()
    path = take_copy(address, tmp_path / "salle.essdesk")
    with Document.open(path) as doc:  # measured at the workshop, no network
        s = Services(doc.session)
        s.add_indicator_value(s.indicators()[1].id, date="2030-03-01", value=9, note="Salle")
        s.update_indicator(s.indicators()[0].id, target=18)
        doc.save()
    with ServerStore.open(address) as store:  # meanwhile, on the server
        s = Services(store.session)
        s.update_indicator(s.indicators()[2].id, unit="emplois")
    merge, _ = return_copy(path)
    assert not merge.clashes
    with ServerStore.open(address) as store:
        found = Services(store.session).indicators()
        assert found[0].target == 18 and found[2].unit == "emplois"
        assert [(v.value, v.note) for v in found[1].values][-1] == (9, "Salle")


def test_reports_take_odd_indicators_without_failing(tmp_path, referential):
    """No value, no target, markup in the name, negative and huge numbers, one point."""
    from pypdf import PdfReader

    from essdesk.cli import main

    path = tmp_path / "d.essdesk"
    doc = Document.create()
    from essdesk.domain.services import create_diagnostic

    create_diagnostic(doc.session, referential, title="Bizarre")
    s = Services(doc.session)
    s.add_indicator(name="R&D <b>gras</b> =SOMME(A1)", unit="€")
    lone = s.add_indicator(name="Émissions évitées", unit="t CO₂e", baseline=-5, target=10**14)
    s.add_indicator_value(lone.created_id, date="2025-01-01", value=-3.5)
    doc.save_as(path)
    doc.close()
    out = {kind: tmp_path / f"d.{kind}" for kind in ("xlsx", "pdf", "docx")}
    assert (
        main(["export", str(path), *(a for k, p in out.items() for a in (f"--{k}", str(p)))]) == 0
    )
    text = "".join(page.extract_text() for page in PdfReader(out["pdf"]).pages)
    assert "R&D <b>gras</b> =SOMME(A1)" in text and "Aucune valeur saisie." in text
    import openpyxl

    sheet = openpyxl.load_workbook(out["xlsx"])["Indicateurs"]
    assert sheet["A5"].value == "R&D <b>gras</b> =SOMME(A1)" and sheet["A5"].data_type == "s"
    assert sheet["D6"].value == -3.5
