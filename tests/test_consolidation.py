"""Many diagnostics side by side (issue 18 §3): the table, the heat map, the levers most
often prioritised, the "pratiques inspirantes", exports read back, other methods refused."""

from __future__ import annotations

import random
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from essdesk.domain.demo import build_demo
from essdesk.domain.services import Services, create_diagnostic
from essdesk.errors import EssdeskError
from essdesk.export.consolidation import consolidate
from essdesk.export.consolidation_render import write_consolidation
from essdesk.models.enums import LeverStatus, Priority
from essdesk.store.document import Document

TERRITORIES = [
    "Pays de Bitche",
    "Val d'Argent",
    "Saulnois",
    "Haut-Jura",
    "Pays Basque",
    "Morvan",
    "Vercors",
    "Brière",
    "Millevaches",
    "Chartreuse",
]


def make(folder: Path, referential, count: int = 10) -> list[Path]:
    """`count` demo diagnostics of other territories, statuses and priorities shuffled."""
    chance = random.Random(18)
    paths = []
    for i in range(count):
        path = folder / f"d{i:02d}.essdesk"
        with Document.create(path) as doc:
            build_demo(doc.session, referential)
            s = Services(doc.session)
            s.update_diagnostic(territory_name=TERRITORIES[i], facilitator=f"Animatrice {i}")
            for step in s.steps():
                for lever in step.levers:
                    s.update_lever(
                        lever.id,
                        status=chance.choice(list(LeverStatus)),
                        priority=chance.choice(list(Priority)),
                        owner=f"Pilote {i}",
                    )
            doc.save()
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def ten(
    tmp_path_factory,
):
    from essdesk.domain.referential import load_referential

    return make(tmp_path_factory.mktemp("ten"), load_referential())


def test_the_table_heat_map_priorities_and_inspiring_practices(ten):
    c = consolidate([ten[0].parent])  # a folder gives its files, in order
    assert [t.territory for t in c.territories] == TERRITORIES
    assert len(c.parts) == 7 and all(len(t.maturity) == 7 for t in c.territories)
    with Document.open(ten[3]) as doc:  # each row is that diagnostic's own reading
        s = Services(doc.session)
        own = s.scores()
        statuses = {lv.code: lv.status for st in s.steps() for lv in st.levers}
        high = {lv.code for st in s.steps() for lv in st.levers if lv.priority is Priority.HIGH}
    row = c.territories[3]
    assert row.overall == pytest.approx(own.overall.maturity)
    assert row.maturity[0] == pytest.approx(own.steps[1].maturity)
    heat = dict((lever.code, cells) for lever, cells in c.heat())
    assert all(heat[code][3] is status for code, status in statuses.items())
    counts = dict((lv.code, n) for lv, n in c.most_prioritised(100))
    assert all(counts.get(code, 0) >= 1 for code in high)
    assert list(counts.values()) == sorted(counts.values(), reverse=True)
    for lever, done, still in c.inspiring():
        assert done and still
        assert all(heat[lever.code][TERRITORIES.index(t)] is LeverStatus.DONE for t in done)


def test_exports_read_back_anonymised_and_aliased(ten, tmp_path):
    c = consolidate(ten, anonymise=True, aliases=[])
    assert [t.territory for t in c.territories] == list("ABCDEFGHIJ")
    xlsx = write_consolidation(c, tmp_path / "reseau.xlsx")
    pdf = write_consolidation(c, tmp_path / "reseau.pdf")
    workbook = openpyxl.load_workbook(xlsx)
    assert workbook.sheetnames[:4] == [
        "Diagnostics",
        "Carte des leviers",
        "Priorités",
        "Pratiques inspirantes",
    ]
    cells = {str(v) for ws in workbook for row in ws.iter_rows(values_only=True) for v in row if v}
    assert not any(
        name in cell for cell in cells for name in TERRITORIES + ["Animatrice", "Pilote"]
    )
    heat = list(workbook["Carte des leviers"].iter_rows(values_only=True))
    assert heat[0][2:] == tuple("ABCDEFGHIJ")
    assert {row[2] for row in heat[1:]} <= {s.label for s in LeverStatus} | {None}
    with zipfile.ZipFile(xlsx) as archive:
        assert "xl/charts/chart1.xml" in archive.namelist()
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "10 diagnostics comparés" in text and "Carte des leviers" in text
    assert "Pratiques inspirantes" in text and "Pays de Bitche" not in text


def test_other_methods_are_refused_in_french(ten, tmp_path):
    from essdesk.domain.referential import shipped_referentials

    mel = next(r for r in shipped_referentials() if r.id.startswith("mel"))
    other = tmp_path / "mel.essdesk"
    with Document.create(other) as doc:
        create_diagnostic(doc.session, mel, title="Métropole")
        doc.save()
    with pytest.raises(EssdeskError, match="ne suivent pas la même méthode") as refused:
        consolidate([ten[0], other])
    assert "mel.essdesk" in str(refused.value) and "d00.essdesk" in str(refused.value)
    with pytest.raises(EssdeskError, match="au moins deux"):
        consolidate([ten[0]])


def test_the_command_line(ten, tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "essdesk",
            "consolidate",
            str(ten[0]),
            str(ten[1]),
            str(ten[2]),
            "--xlsx",
            str(tmp_path / "r.xlsx"),
            "--aliases",
            "Nord,Sud,Est",
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("3 diagnostics") and lines[2].startswith("Nord | ")
    assert f"Exporté : {tmp_path / 'r.xlsx'}" in lines
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "essdesk",
            "consolidate",
            str(ten[0]),
            str(tmp_path / "absent.essdesk"),
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and bad.stderr.strip()


def _mel_pair(folder: Path) -> list[Path]:
    """Two diagnostics on the MEL roadmap (3 axes), the first with every action done."""
    from essdesk.domain.referential import shipped_referentials

    mel = next(r for r in shipped_referentials() if r.id.startswith("mel"))
    paths = []
    for i, town in enumerate(("Lille", "Roubaix")):
        path = folder / f"mel-{i}.essdesk"
        with Document.create(path) as doc:
            create_diagnostic(doc.session, mel, title=f"ESS à {town}", territory_name=town)
            s = Services(doc.session)
            if i == 0:
                for step in s.steps():
                    for lever in step.levers:
                        s.update_lever(lever.id, status=LeverStatus.DONE)
            doc.save()
        paths.append(path)
    return paths, mel


def test_a_method_of_three_parts_gives_three_maturities_and_the_overall_in_its_column(tmp_path):
    paths, mel = _mel_pair(tmp_path)
    c = consolidate(paths)
    assert len(mel.steps) == 3
    assert [t.maturity for t in c.territories] == [(100.0, 100.0, 100.0), (0.0, 0.0, 0.0)]
    rows = list(
        openpyxl.load_workbook(write_consolidation(c, tmp_path / "mel.xlsx"))[
            "Diagnostics"
        ].iter_rows(values_only=True)
    )
    header = next(i for i, row in enumerate(rows) if row and "Ensemble" in row)
    column = rows[header].index("Ensemble")  # the chart reads this column
    assert [rows[header + 1][column], rows[header + 2][column]] == [1.0, 0.0]
    assert all(v is None for v in rows[header + 1][column + 1 :])
    text = "\n".join(
        page.extract_text()
        for page in PdfReader(write_consolidation(c, tmp_path / "mel.pdf")).pages
    )
    assert "Carte des actions" in text and "Les actions le plus souvent prioritaires" in text


def test_aliases_keep_the_label_of_a_groups_own_lever_and_never_run_out(ten, tmp_path):
    from essdesk.export.consolidation import _alias

    own = tmp_path / "own.essdesk"
    with Document.open(ten[0]) as doc:
        Services(doc.session).add_custom_lever(2, "Monter une légumerie partagée")
        doc.save_as(own)
    c = consolidate([own, ten[1]], aliases=[])
    assert "Monter une légumerie partagée" in {lever.label for lever in c.levers}
    assert [_alias(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_a_file_given_and_found_again_in_its_folder_is_one_diagnostic(ten):
    folder = ten[0].parent
    c = consolidate([ten[1], folder, str(ten[1]).replace(folder.name, f"{folder.name}/.")])
    assert [t.territory for t in c.territories] == [
        TERRITORIES[1],
        TERRITORIES[0],
        *TERRITORIES[2:],
    ]


def test_server_addresses_are_read_like_files(ten, server):
    from essdesk.store.opening import publish

    address = str(publish(ten[0], server))
    c = consolidate([address, ten[1]])
    from_file = consolidate([ten[0], ten[1]])
    assert [t.territory for t in c.territories] == TERRITORIES[:2]
    assert c.territories[0].source == address
    assert c.territories[0].statuses == from_file.territories[0].statuses
    assert c.territories[0].maturity == from_file.territories[0].maturity


def test_indicator_totals_where_name_and_unit_match(ten, tmp_path):
    from essdesk.export.report import build_report
    from essdesk.store.snapshot import read_document

    with read_document(ten[0]) as conn:
        courses = [i for i in build_report(conn).indicators if i.points]
    assert courses, "the demo follows indicators"
    c = consolidate(ten[:3])
    totals = {(name, unit): (total, n) for name, unit, total, n in c.indicator_totals()}
    for course in courses:
        assert totals[(course.name, course.unit)] == (pytest.approx(3 * course.latest), 3)
    workbook = openpyxl.load_workbook(write_consolidation(c, tmp_path / "t.xlsx"))
    rows = list(workbook["Indicateurs"].iter_rows(min_row=2, values_only=True))
    assert {(r[0], r[1]) for r in rows} == set(totals)


def test_a_label_that_looks_like_rich_text_markup_is_written_as_typed(ten, tmp_path):
    """XlsxWriter writes « <r>…</r> » as raw XML: the workbook would not read back."""
    own = tmp_path / "own.essdesk"
    label = "<r>Légumerie & conserverie</r>"
    with Document.open(ten[0]) as doc:
        Services(doc.session).add_custom_lever(2, label)
        doc.save_as(own)
    workbook = openpyxl.load_workbook(
        write_consolidation(consolidate([own, ten[1]], aliases=[]), tmp_path / "c.xlsx")
    )
    assert label in {v for ws in workbook for row in ws.iter_rows(values_only=True) for v in row}
