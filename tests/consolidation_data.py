"""Demo-sized diagnostics of different territories, statuses varied from a seed (issue 18 §3):
the demo's interchange dict, re-territorialised, written with `interchange.load_into`."""

from __future__ import annotations

import copy
import datetime as dt
import random
import uuid
from pathlib import Path
from typing import Any

TERRITORIES = (
    "Pays de Brocéliande", "Métropole de Lyon", "PNR du Vercors", "Communauté de communes du Diois",
    "Agglomération de Niort", "Département du Gers", "PETR du Pays de Langres",
    "Ville de Grenoble", "PNR des Ballons des Vosges", "Communauté urbaine d'Arras",
)
FILIERES = ("Laine", "Alimentation durable", "Réemploi", "Bois local", "Textile")
STATUSES = ("not_assessed", "not_started", "planned", "in_progress", "done", "not_applicable")
PRIORITIES = ("high", "medium", "low", "none")


def demo_data() -> dict[str, Any]:
    from essdesk.domain.demo import build_demo
    from essdesk.domain.referential import load_referential
    from essdesk.exchange.interchange import to_dict
    from essdesk.store.document import Document

    doc = Document.create()
    try:
        build_demo(doc.session, load_referential())
        return to_dict(doc.session)
    finally:
        doc.close()


def varied(base: dict[str, Any], index: int, rng: random.Random) -> dict[str, Any]:
    data = copy.deepcopy(base)
    data["diagnostic"]["uid"] = str(uuid.UUID(int=rng.getrandbits(128)))
    name = TERRITORIES[index % len(TERRITORIES)]
    data["diagnostic"]["territory"]["name"] = name if index < len(TERRITORIES) else f"{name} {index}"
    data["diagnostic"]["title"] = f"Filière laine — {data['diagnostic']['territory']['name']}"
    data["diagnostic"]["filiere"]["name"] = FILIERES[index % len(FILIERES)]
    for workshop in data["workshops"]:  # older pictures for later territories
        if workshop["date"]:
            day = dt.date.fromisoformat(workshop["date"]) - dt.timedelta(days=23 * index)
            workshop["date"] = day.isoformat()
    for step in data["steps"]:
        for lever in step["levers"]:
            lever["status"] = rng.choices(STATUSES, weights=(1, 3, 2, 3, 3, 1))[0]
            lever["priority"] = rng.choices(PRIORITIES, weights=(2, 2, 1, 4))[0]
    return data


def write(data: dict[str, Any], target: Path) -> Path:
    from essdesk.domain.referential import load_referential
    from essdesk.exchange.interchange import load_into
    from essdesk.store.document import Document

    doc = Document.create()
    try:
        load_into(doc.session, data, load_referential())
        return doc.save_as(target)
    finally:
        doc.close()


def write_varied(folder: Path, count: int, seed: int = 18) -> list[Path]:
    rng = random.Random(seed)
    base = demo_data()
    return [write(varied(base, i, rng), Path(folder) / f"diag-{i + 1:03d}.essdesk") for i in range(count)]
