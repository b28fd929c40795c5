"""Consolidating many diagnostics (issue 18 §3): the domain, the command and its files."""

from __future__ import annotations

import random
import sqlite3
import zipfile

import pytest
from consolidation_data import demo_data, varied, write

from essdesk.cli import main
from essdesk.domain import palette
from essdesk.domain.consolidation import (
    ConsolidationError,
    consolidate,
    consolidate_locations,
    indicator_totals,
    read_all,
)
from essdesk.domain.referential import dumps
from essdesk.models.enums import LeverStatus


@pytest.fixture(scope="module")
def base():
    return demo_data()


@pytest.fixture
def three(tmp_path, base):
    """Three territories; lever 1.1 done only in the first, open in the two others."""
    rng = random.Random(3)
    paths = []
    for i in range(3):
        data = varied(base, i, rng)
        lever = data["steps"][0]["levers"][0]
        lever["status"] = "done" if i == 0 else "not_started"
        lever["owner"] = "Claire Martin" if i == 0 else ""
        paths.append(write(data, tmp_path / f"t{i}.essdesk"))
    return paths


def _set_referential(path, referential) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE diagnostic SET referential_data = ?", (dumps(referential),))


def test_one_row_per_diagnostic_with_every_part_and_the_heat_map(three, referential):
    c = consolidate_locations([str(p) for p in three])
    assert [r.territory for r in c.rows] == [
        "Pays de Brocéliande",
        "Métropole de Lyon",
        "PNR du Vercors",
    ]
    assert all(len(r.maturity) == len(referential.steps) for r in c.rows)
    assert [code for code, _, _ in c.levers] == [lv.code for lv in referential.levers]
    assert [row[0] for row in c.heat] == [
        LeverStatus.DONE,
        LeverStatus.NOT_STARTED,
        LeverStatus.NOT_STARTED,
    ]
    practice = next(p for p in c.practices if p.code == "1.1")
    assert practice.done_by == [("Pays de Brocéliande", "Claire Martin")]
    assert practice.open_in == ["Métropole de Lyon", "PNR du Vercors"]


def test_a_folder_gives_its_diagnostics_and_an_empty_one_is_refused(three, tmp_path):
    assert len(consolidate_locations([tmp_path]).rows) == 3
    empty = tmp_path / "vide"
    empty.mkdir()
    with pytest.raises(ConsolidationError, match="ne contient aucun diagnostic"):
        consolidate_locations([empty])


def test_diagnostics_on_different_referentials_are_refused_naming_the_files(three, referential):
    _set_referential(three[2], referential._replace(id="autre_methode", title="Autre méthode"))
    with pytest.raises(ConsolidationError) as caught:
        consolidate_locations([str(p) for p in three])
    assert "t2.essdesk" in str(caught.value) and "autre_methode" in str(caught.value)


def test_versions_may_differ_only_when_parts_and_lever_codes_match(three, referential):
    _set_referential(three[1], referential._replace(version="1.1.0"))
    c = consolidate_locations([str(p) for p in three])
    assert c.referential.version == "1.1.0"  # the newest gives the titles

    first = referential.steps[0]
    fewer = referential._replace(
        version="2.0.0", steps=(first._replace(levers=first.levers[1:]), *referential.steps[1:])
    )
    _set_referential(three[2], fewer)
    with pytest.raises(ConsolidationError, match="t0.essdesk.*t1.essdesk"):
        consolidate_locations([str(p) for p in three])


def test_anonymise_drops_owners_and_facilitators_from_the_result_and_the_workbook(three, tmp_path):
    from openpyxl import load_workbook

    entries = read_all([str(p) for p in three])
    plain = consolidate(entries)
    assert next(p for p in plain.practices if p.code == "1.1").done_by[0][1] == "Claire Martin"
    c = consolidate(entries, anonymise=True)
    assert next(p for p in c.practices if p.code == "1.1").done_by[0][1] == ""
    assert {r.facilitator for r in c.rows} == {""}
    assert (
        main(["consolidate", *map(str, three), "--anonymise", "--xlsx", str(tmp_path / "a.xlsx")])
        == 0
    )
    cells = [
        str(v)
        for ws in load_workbook(tmp_path / "a.xlsx").worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    assert not any("Claire Martin" in v or "Chargée de mission" in v for v in cells)
    assert any("Pays de Brocéliande" in v for v in cells)  # territories stay (public bodies)


def test_aliases_replace_the_territories(three, capsys):
    entries = read_all([str(p) for p in three])
    assert [r.label for r in consolidate(entries, use_aliases=True).rows] == ["A", "B", "C"]
    assert [r.label for r in consolidate(entries, aliases=["Nord", "Sud", "Est"]).rows] == [
        "Nord",
        "Sud",
        "Est",
    ]
    with pytest.raises(ConsolidationError, match="un alias différent"):
        consolidate(entries, aliases=["Nord", "Sud"])
    assert main(["consolidate", *map(str, three), "--aliases"]) == 0
    out = capsys.readouterr().out
    assert "Brocéliande" not in out and "t0.essdesk" not in out and "\nA " in out


def test_indicator_totals_add_latest_values_where_name_and_unit_match():
    def data(*indicators):
        return {"indicators": list(indicators)}

    jobs = {
        "name": "Emplois créés",
        "unit": "ETP",
        "baseline": 0,
        "target": 10,
        "values": [{"date": "2025-01-01", "value": 2}, {"date": "2026-01-01", "value": 5}],
    }
    other_unit = {**jobs, "unit": "personnes", "values": [{"date": "2026-01-01", "value": 7}]}
    totals = indicator_totals(
        [
            ("A", data(jobs)),
            ("B", data({**jobs, "name": " emplois  créés "})),
            ("C", data(other_unit)),
            ("D", {}),
        ]
    )
    assert [(t.name, t.unit, t.total, t.rows) for t in totals] == [
        ("Emplois créés", "ETP", 10, ["A", "B"]),
        ("Emplois créés", "personnes", 7, ["C"]),
    ]


def test_the_command_writes_a_workbook_with_status_colours_and_a_pdf(three, tmp_path, capsys):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    xlsx, pdf = tmp_path / "c.xlsx", tmp_path / "c.pdf"
    assert main(["consolidate", *map(str, three), "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "Métropole de Lyon" in out and "Pratiques inspirantes" in out
    book = load_workbook(xlsx)
    assert book.sheetnames[:4] == ["Diagnostics", "Carte", "Priorités", "Pratiques inspirantes"]
    with zipfile.ZipFile(xlsx) as archive:  # the native chart of maturity per territory
        assert "xl/charts/chart1.xml" in archive.namelist()
    cell = book["Carte"]["B4"]  # first territory, lever 1.1: done
    assert cell.value == LeverStatus.DONE.label
    assert cell.fill.fgColor.rgb.endswith(palette.hex6(palette.LEVER_STATUS[LeverStatus.DONE].tint))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "PNR du Vercors" in text and "Pratiques inspirantes" in text


def test_errors_are_french_and_write_nothing(three, tmp_path, capsys):
    assert main(["consolidate", str(three[0])]) == 1
    assert "au moins deux diagnostics" in capsys.readouterr().err
    assert (
        main(
            [
                "consolidate",
                str(three[0]),
                str(tmp_path / "absent.essdesk"),
                "--pdf",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "absent.essdesk" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
