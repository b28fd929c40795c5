"""Regenerate essdesk_en.ts from the sources and build essdesk_en.qm.

    /work/venv/bin/python resources/translations/update.py

French is the source language (self.tr("…") in essdesk/ui). lupdate collects the strings;
this script adds the enum labels of essdesk.core.enums (context "enums"), fills in the
English of the strings listed below when the .ts has none yet, and runs lrelease. Both the
.ts (source of truth for translators) and the .qm (loaded at run time) are committed, so a
checkout runs without Qt's tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "essdesk_en.ts"
BIN = Path(sys.executable).parent

ENGLISH = {
    "&Fichier": "&File", "&Nouveau diagnostic…": "&New diagnostic…", "&Ouvrir…": "&Open…",
    "Ouvrir la &démo": "Open the &demo", "Fichiers &récents": "&Recent files", "&Enregistrer": "&Save",
    "Enregistrer &sous…": "Save &as…", "E&xporter": "E&xport", "Classeur &Excel…": "&Excel workbook…",
    "Rapport &PDF…": "&PDF report…", "&Fermer le diagnostic": "&Close diagnostic", "&Quitter": "&Quit",
    "&Édition": "&Edit", "&Affichage": "&View", "Zoom &avant": "Zoom &in", "Zoom a&rrière": "Zoom &out",
    "&Taille normale": "&Normal size", "&Langue": "&Language", "A&ller": "&Go",
    "Étape &précédente": "&Previous step", "Étape &suivante": "&Next step", "Aid&e": "&Help",
    "À &propos d'essdesk": "&About essdesk", "Annuler": "Undo", "Rétablir": "Redo",
    "Vue d'ensemble": "Overview", "Acteurs": "Actors", "Plan d'action": "Action plan", "Ateliers": "Workshops",
    "Étape %1 · %2": "Step %1 · %2", "leviers renseignés": "levers assessed",
    "Enregistré": "Saved", "Modifications non enregistrées": "Unsaved changes", "Lecture seule": "Read-only",
    "Maturité globale": "Overall maturity", "Leviers renseignés": "Levers assessed",
    "Leviers prioritaires à traiter": "Priority levers to address",
    "Actions en cours ou à venir": "Current or upcoming actions", "Actions en retard": "Overdue actions",
    "Maturité par étape": "Maturity by step", "Maturité et complétude par étape": "Maturity and completion by step",
    "Leviers à haute priorité pas encore réalisés": "High-priority levers not yet done",
    "Prochaines actions par échéance": "Next actions by due date", "Maturité": "Maturity",
    "Complétude": "Completion", "Diagnostic territorial": "Territorial diagnosis",
    "Organisation interne": "Internal organisation", "Animation des acteurs": "Bringing actors together",
    "Financement": "Funding", "Communication": "Communication",
    "Développement économique": "Economic development", "Formation et recherche": "Training and research",
    "Statut": "Status", "Priorité": "Priority", "Qui": "Who", "Échéance": "Due date", "Notes": "Notes",
    "Créer une action": "Create an action", "Synthèse de l'étape": "Step summary",
    "Ajouter un levier personnalisé…": "Add a custom lever…", "Conseils du guide pour cette étape": "Guide advice for this step",
    "%1/%2 leviers renseignés": "%1/%2 levers assessed", "maturité %1": "maturity %1",
    "Étape %1 — %2": "Step %1 — %2", "Étape %1": "Step %1", "Acteurs impliqués (%1)…": "Actors involved (%1)…",
    "aucun acteur choisi": "no actor chosen", "Repères du guide et exemples (%1)": "Guide notes and examples (%1)",
    "Acteurs de la filière": "Actors of the filière", "Rechercher dans toutes les colonnes…": "Search all columns…",
    "ESS et hors ESS": "SSE and non-SSE", "ESS seulement": "SSE only", "Hors ESS seulement": "Non-SSE only",
    "Toutes les catégories": "All categories", "Tous les maillons": "All links", "Tableau": "Table",
    "Chaîne de valeur": "Value chain", "Ajouter un acteur…": "Add an actor…", "Modifier…": "Edit…",
    "Supprimer": "Delete", "Nom": "Name", "ESS": "SSE", "Hors ESS": "Non-SSE", "Catégorie": "Category",
    "Maillon": "Link", "Commune": "Municipality", "Rôle": "Role", "Contact": "Contact",
    "Action": "Action", "Pilote": "Lead", "Étapes": "Steps", "Début": "Start", "Budget": "Budget",
    "Date": "Date", "Lieu": "Place", "Participants": "Participants", "Nouvel atelier": "New workshop",
    "Enregistrer l'atelier": "Save workshop", "Décisions": "Decisions",
    "Ajouter une action…": "Add an action…", "Nouveau diagnostic…": "New diagnostic…", "Ouvrir…": "Open…",
    "Ouvrir la démo": "Open the demo", "Diagnostics récents": "Recent diagnostics", "Récupérer": "Recover",
    "Aucune": "None",
}


def _enum_labels() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from essdesk.core import enums

    labels = []
    for name in dir(enums):
        cls = getattr(enums, name)
        if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum) and cls is not enums.LabelledEnum:
            labels += [m.label for m in cls]
    return list(dict.fromkeys(labels))


def main() -> None:
    sources = sorted(str(p) for p in (ROOT / "essdesk" / "ui").rglob("*.py"))
    lupdate = shutil.which("pyside6-lupdate", path=str(BIN)) or "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-source-language", "fr", "-target-language", "en", "-ts", str(TS)],
                   check=True)
    tree = ET.parse(TS)
    root = tree.getroot()
    if root.find("context[name='enums']") is None:
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = "enums"
        for text in _enum_labels():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            ET.SubElement(msg, "translation", type="unfinished")
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is not None and not (translation.text or "").strip() and source in ENGLISH:
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or "pyside6-lrelease"
    subprocess.run([lrelease, str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
