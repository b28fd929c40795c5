"""A method written in a spreadsheet as a person would: 4 axes, 11 actions, with what a
hand-written file has (a merged title row, blank rows, trailing spaces, numbers typed as
text, codes typed as numbers, an extra column)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

PARTS = [
    (1, "Connaître les acteurs ", "Connaître"),
    ("2", "Mettre en réseau", None),
    (3, "Financer les projets", "Financer"),
    (4.0, "Faire connaître", None),
]
LEVERS = [
    # partie, code, libellé, repères, exemples, questions, catégories, (extra column)
    (
        1,
        1.1,
        "Recenser les structures de l'ESS",
        "Partir des annuaires existants.",
        "Ville de Lille : annuaire des acteurs\nMEL : cartographie des tiers-lieux",
        "Qui manque ?\nQui tient l'annuaire à jour ?",
        "Association; Collectivité",
        "à revoir",
    ),
    (1, 1.2, "Mesurer le poids de l'ESS ", None, None, None, None, None),
    (1, "A3", "Repérer les besoins non couverts", None, None, "- Quels besoins ?", None, None),
    ("2", 2.1, "Animer un club d'entreprises", None, None, None, "réseau ou fédération ", None),
    (2, 2.2, "Organiser des rencontres", None, None, None, None, None),
    (2, "2.3", "Ouvrir un lieu ressource", None, None, None, None, None),
    (3, 3.1, "Fonds d'amorçage", None, "Département du Nord : fonds ESS", None, "Financeur", None),
    (3, 3.2, "Commande publique responsable", None, None, None, None, None),
    (4, 4.1, "Mois de l'ESS", None, None, None, None, None),
    (4, 4.2, "Prix de l'innovation sociale", None, None, None, None, None),
    (4, 4.3, "Lettre d'information", None, None, None, None, None),
]


def write_method(path: Path, version: str = "1.0.0", levers=None, parts=None) -> Path:
    wb = Workbook()
    meta = wb.active
    meta.title = "Référentiel"
    meta.append(["Ma méthode ESS (brouillon)"])
    meta.merge_cells("A1:C1")
    meta.append([])
    for row in [
        ("nom", "Feuille de route ESS "),
        ("identifiant", "feuille-route-ess"),
        ("version", version),
        ("auteur", "Cabinet Exemple"),
        ("Éditeur :", "Métropole Exemple"),
        ("année", "2024"),
        ("mot (singulier)", "axe"),
        ("mot (pluriel)", "axes"),
        ("levier (singulier)", "action"),
        ("levier (pluriel)", "actions"),
        ("féminin", "non"),
    ]:
        meta.append(list(row))
    ws = wb.create_sheet("Parties")
    ws.append(["Les axes de la feuille de route"])
    ws.merge_cells("A1:E1")
    ws.append(["N°", "Titre", "Titre court", "Objectif", "Notes internes"])
    for number, title, short in parts or PARTS:
        ws.append([number, title, short, None, "à relire"])
        ws.append([])  # a blank row between parts
    ws = wb.create_sheet("Leviers")
    ws.append(
        [
            "Partie",
            "Code",
            "Libellé ",
            "Repères",
            "Exemples",
            "Questions",
            "Catégories d'acteurs",
            "Commentaire",
        ]
    )
    for row in levers or LEVERS:
        ws.append(list(row))
    wb.save(path)
    return path
