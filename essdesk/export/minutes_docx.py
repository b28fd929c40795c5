"""The minutes of a workshop session as an editable Word document (issue 16 §5).

The same `Minutes` record as the PDF (export/minutes.py, read through the report model),
on the same Word template as the DOCX report (export/word.py: built-in styles, fr-FR,
header rows repeated, the template's look), so that the facilitator can complete them.
"""

from __future__ import annotations

from pathlib import Path

from essdesk.export.minutes import Minutes
from essdesk.export.text import long_date, short_date
from essdesk.export.word import DocxRenderer


class MinutesDocxRenderer(DocxRenderer):
    """Writes `Minutes` with the report's building blocks (headings, tables, language)."""

    def __init__(self, minutes: Minutes, template: Path | None = None) -> None:
        super().__init__(report=None, template=template)  # type: ignore[arg-type]
        self.m = minutes

    def render(self, path: Path) -> None:
        self._start()
        m = self.m
        core = self.doc.core_properties
        core.title = f"Compte rendu d'atelier — {m.diagnostic}"[:255]
        core.subject = "Compte rendu d'atelier"
        core.author = m.facilitator or "essdesk"
        self.para("Compte rendu d'atelier", "Title")
        self.para(m.diagnostic, "Subtitle")
        who = (
            f"{m.participant_count} participant(s)"
            if m.participant_count
            else ("Aucun participant inscrit")
        )
        if m.anonymised and m.participant_count:
            who += " (liste anonymisée)"
        territory = " · ".join(x for x in (m.territory, m.filiere and f"filière {m.filiere}") if x)
        facts = [
            ("Date", long_date(m.date)),
            ("Lieu", m.place or "—"),
            ("Territoire", territory or "—"),
            ("Participants", who),
            (m.parts_heading, "\n".join(f"{n}. {t}" for n, t in m.steps) or "—"),
        ]
        if m.facilitator:
            facts.insert(3, ("Animation", m.facilitator))
        self.table(("Rubrique", "Valeur"), facts, (4.5, 11.5))
        if m.participants:
            self.heading("Participants")
            if m.anonymised:
                text = " · ".join(f"{org} ({n})" for org, n in m.organisations)
                self.para(f"Organisations représentées : {text}.")
            else:
                self.table(
                    ("Nom", "Organisation"), [(n, o or "—") for n, o in m.participants], (7, 9)
                )
        self.heading("Résultats du vote")
        if m.votes:
            how = f"{m.voters} votant(s), " if m.voters else ""
            self.para(
                f"{m.total_dots} gommette(s) au total ({how}{m.dots_per_participant} "
                "gommette(s) par participant)."
            )
            self.table(
                ("Levier", "Intitulé", "Gommettes"),
                [(v.code, v.label, str(v.dots)) for v in m.votes],
                (1.8, 11, 3.2),
            )
        else:
            self.para("Aucun vote n'a été saisi pour cet atelier.")
        self.heading("Décisions")
        if m.decisions.strip():
            self.text_block(m.decisions)
        else:
            self.para("Aucune décision consignée.")
        self.heading("Actions créées")
        if m.actions:
            self.para("Actions du plan liées aux leviers votés, du plus voté au moins voté.")
            self.table(
                ("Action", "Leviers", "Pilote", "Échéance", "Statut"),
                [
                    (a.title, a.levers, a.pilot or "à désigner", short_date(a.end), a.status)
                    for a in m.actions
                ],
                (5.8, 1.8, 3.2, 2.8, 2.4),
            )
        else:
            self.para("Aucune action n'est encore liée aux leviers votés.")
        if m.notes.strip():
            self.heading("Notes")
            self.text_block(m.notes)
        self.doc.save(str(path))


def render_minutes_docx(minutes: Minutes, path: Path, template: Path | None = None) -> None:
    MinutesDocxRenderer(minutes, template).render(Path(path))
