"""The editable Word report of a diagnostic (python-docx), from the shared report model.

Written on a Word template: `resources/templates/rapport.docx` unless the user gives one
(`--template`), so that a cabinet's own template (letterhead, colours, fonts) gives the
report its look. Only Word's built-in styles are used, by their built-in names, which every
language version of Word stores the same way (a French Word shows "Heading 1" as
« Titre 1 », "Caption" as « Légende »): see `STYLES`. A style the template lacks (Word only
writes the styles a document uses) is added, based on the template's « Normal ».

python-docx rather than docxtpl: the report is generated from the model section by section
(tables of thousands of rows), not filled into placeholders a template author would write;
docxtpl adds Jinja on top of python-docx for the latter.

What python-docx has no API for (repeated table header rows, alternative text of a picture,
the document's language, a table-of-contents field) is written as the WordprocessingML
elements the specification defines, on the public `element` of python-docx's objects.
User text goes through `essdesk.export.text.clean` (XML-safe) and is never markup.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from essdesk.domain.referential import resources_dir
from essdesk.domain.scoring import format_percent
from essdesk.export import charts
from essdesk.export.advice import Advice, advice
from essdesk.export.base import ExportError, RenderHooks
from essdesk.export.report import SECTIONS, ActionRow, Report, StepSection
from essdesk.export.text import abridged, clean, long_date, short_date

#: The built-in styles the report uses (python-docx's names; French Word's in comments).
STYLES = {
    "Title": WD_STYLE_TYPE.PARAGRAPH,  # Titre
    "Subtitle": WD_STYLE_TYPE.PARAGRAPH,  # Sous-titre
    "Heading 1": WD_STYLE_TYPE.PARAGRAPH,  # Titre 1
    "Heading 2": WD_STYLE_TYPE.PARAGRAPH,  # Titre 2
    "Heading 3": WD_STYLE_TYPE.PARAGRAPH,  # Titre 3
    "Caption": WD_STYLE_TYPE.PARAGRAPH,  # Légende
    "List Bullet": WD_STYLE_TYPE.PARAGRAPH,  # Liste à puces
    "TOC Heading": WD_STYLE_TYPE.PARAGRAPH,  # En-tête de table des matières
    "Table Grid": WD_STYLE_TYPE.TABLE,  # Grille du tableau
}
#: Outline level of the headings (Word's navigation pane and the table of contents).
_OUTLINE = {"Heading 1": 0, "Heading 2": 1, "Heading 3": 2}
LANGUAGE = "fr-FR"
#: The input limits the PDF uses too: a cell shows this much of a very long text.
CELL_LIMIT = 1500
TEXT_LIMIT = 50_000



def default_template() -> Path:
    return resources_dir() / "templates" / "rapport.docx"


def _euros(cents: int | None) -> str:
    if cents is None:
        return "—"
    units, rest = divmod(abs(cents), 100)
    grouped = f"{units:,}".replace(",", "\u00a0")
    return f"{'-' if cents < 0 else ''}{grouped},{rest:02d}\u00a0€"


def _t(text: str | None, limit: int = TEXT_LIMIT) -> str:
    """User text as Word takes it: cleaned (XML-safe), abridged beyond `limit`."""
    return abridged(clean(text), limit)


_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"
#: A template is a letterhead, a few styles and logos: a few MB once inflated. zipfile never
#: inflates a part past its declared size (CRC and length checked), so the declared sizes
#: bound what python-docx parses (a 3-million-paragraph "template" took 2.6 GB of memory).
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
_MAX_PARTS = 2_000


def _as_document(name: str, data: bytes) -> io.BytesIO:
    """A Word template (.dotx) read as the document it starts (python-docx opens documents
    only; the two differ by the main part's content type, nothing else); ExportError for
    an archive no template makes."""
    import zipfile

    stream = io.BytesIO(data)
    with zipfile.ZipFile(stream) as archive:
        infos = archive.infolist()
        inflated = sum(i.file_size for i in infos)
        if len(infos) > _MAX_PARTS or inflated > MAX_TEMPLATE_BYTES:
            raise ExportError(
                f"Le modèle « {name} » n'est pas un modèle Word ordinaire : une fois décompressé "
                f"il ferait {inflated / 2**20:.0f} Mo en {len(infos)} parties, quand un modèle "
                f"fait quelques Mo ({MAX_TEMPLATE_BYTES // 2**20} Mo et {_MAX_PARTS} parties au "
                "plus). Choisissez le modèle de votre cabinet, enregistré au format .docx."
            )
        types = archive.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return io.BytesIO(data)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                content = archive.read(info)
                if info.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                copy.writestr(info, content)
    out.seek(0)
    return out


def open_template(template: Path | None) -> Any:
    """The template as a python-docx Document, its body emptied; a clear French message
    when it is not a Word document."""
    path = Path(template) if template else default_template()
    try:
        document = docx.Document(_as_document(path.name, path.read_bytes()))
    except ExportError:
        raise
    except FileNotFoundError as exc:
        raise ExportError(
            f"Le modèle Word « {path} » est introuvable : vérifiez le chemin."
        ) from exc
    except Exception as exc:  # python-docx raises several kinds for a file that is not a DOCX
        raise ExportError(
            f"Le modèle « {path.name} » n'est pas un document Word (.docx) lisible "
            f"({type(exc).__name__}). Enregistrez-le au format .docx (« Document Word », pas "
            "« Modèle Word prenant en charge les macros ») puis recommencez."
        ) from exc
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # the template's page set-up stays
            body.remove(child)
    return document


class DocxRenderer:
    """Renders a Report as a Word document on a template; `render(path)` writes it."""

    #: Report section → the method that writes it (tests/test_export_sections.py).
    SECTIONS = {
        "synthese": "_synthesis",
        "evolution": "_evolution",
        "prioritaires": "_priority_levers",
        "etapes": "_steps",
        "acteurs": "_actors",
        "plan": "_actions",
        "indicateurs": "_indicators",
        "ateliers": "_workshops",
        "recommandations": "_recommendations",
        "suites": "_follow_ups",
    }

    def __init__(
        self,
        report: Report,
        hooks: RenderHooks | None = None,
        *,
        template: Path | None = None,
        emails: bool = False,
    ) -> None:
        self.report = report
        self.hooks = hooks or RenderHooks()
        self.template = template
        self.emails = emails
        self.doc: Any = None
        self._figures = 0
        self._tables = 0
        self._styles: dict[str, Any] = {}

    # -- entry point -------------------------------------------------------------------

    def _start(self) -> None:
        """The template opened and emptied, its styles completed, the language set."""
        self.doc = open_template(self.template)
        self._ensure_styles()
        # Style objects, looked up once: python-docx finds a style by name with an XPath
        # query over every style (1.5 s for the paragraphs of the large diagnostic).
        self._styles = {name: self.doc.styles[name] for name in STYLES}
        self._language()

    def render(self, path: Path) -> None:
        self._start()
        self._properties()
        found = advice(self.report)
        self._cover()
        self._contents()
        for index, key in enumerate(SECTIONS):
            self.hooks.check()
            method = getattr(self, self.SECTIONS[key])
            if key in ("recommandations", "suites"):
                method(found)
            else:
                method()
            self.hooks.advance((index + 1) / (len(SECTIONS) + 1) * 0.95)
        self.doc.save(str(path))
        self.hooks.advance(1.0)

    # -- template, styles, document properties -------------------------------------------

    def _ensure_styles(self) -> None:
        styles = self.doc.styles
        for name, kind in STYLES.items():
            if name in styles:
                continue
            style = styles.add_style(name, kind)
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = styles["Normal"]
                if name in _OUTLINE or name in ("Title", "Subtitle"):
                    style.font.bold = name != "Subtitle"
                    style.font.size = Pt(
                        {
                            "Title": 24,
                            "Subtitle": 14,
                            "Heading 1": 16,
                            "Heading 2": 13,
                            "Heading 3": 11,
                        }[name]
                    )
                    style.paragraph_format.space_before = Pt(12)
                    style.paragraph_format.keep_with_next = True
                if name in _OUTLINE:
                    level = OxmlElement("w:outlineLvl")
                    level.set(qn("w:val"), str(_OUTLINE[name]))
                    style.element.get_or_add_pPr().append(level)
                if name == "Caption":
                    style.font.italic = True
                    style.font.size = Pt(9)

    def _language(self) -> None:
        """fr-FR for every run (spelling, hyphenation, the PDF's /Lang in LibreOffice)."""
        root = self.doc.styles.element
        defaults = root.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            root.insert(0, defaults)
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), LANGUAGE)
        settings = self.doc.settings.element
        # Word asks to update the fields (the table of contents) when the file is opened.
        _setting(settings, "w:updateFields", "true")
        _setting(settings, "w:themeFontLang", LANGUAGE)

    def _properties(self) -> None:
        identity = self.report.identity
        core = self.doc.core_properties
        core.title = _t(identity.title or "Diagnostic de filière", 255)
        core.subject = f"Diagnostic de filière — méthode {self.report.identity.method}"
        core.author = _t(identity.facilitator, 255) or "essdesk"
        core.last_modified_by = "essdesk"
        core.keywords = f"ESS, filière, diagnostic, {self.report.identity.method}"
        core.language = LANGUAGE
        core.comments = "Document produit avec essdesk" + (
            " ; version anonymisée (sans données personnelles)" if identity.anonymised else ""
        )

    # -- building blocks ---------------------------------------------------------------

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_paragraph(_t(text, 300), style=self._styles[f"Heading {level}"])

    def para(self, text: str = "", style: str | None = None, *, bold_prefix: str = "") -> Any:
        paragraph = self.doc.add_paragraph(style=self._styles[style] if style else None)
        if bold_prefix:
            paragraph.add_run(bold_prefix).bold = True
        if text:
            paragraph.add_run(text)
        return paragraph

    def text_block(self, text: str) -> None:
        """Long user text, one paragraph per line (Word wraps and breaks pages itself)."""
        for line in _t(text).split("\n"):
            if line.strip():
                self.doc.add_paragraph(line)

    def caption(self, text: str, *, before_table: bool = False) -> None:
        paragraph = self.doc.add_paragraph(text, style=self._styles["Caption"])
        # a table's caption stays on the page of the table
        paragraph.paragraph_format.keep_with_next = before_table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        caption: str = "",
    ) -> Any:
        """A table with a header row repeated on every page; `widths` in centimetres."""
        if caption:
            self._tables += 1
            self.caption(f"Tableau {self._tables} — {caption}", before_table=True)
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self._styles["Table Grid"]
        head = table.rows[0]
        for cell, title in zip(head.cells, header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(title).bold = True
        _repeat_header(table)
        for number, values in enumerate(rows, start=1):
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value
            if number % 500 == 0:
                self.hooks.check()
        # Fixed widths: the grid (LibreOffice) and the header cells (Word's fixed layout).
        table.autofit = False
        for column, cell, width in zip(table.columns, head.cells, widths, strict=True):
            column.width = cell.width = Cm(width)
        self.doc.add_paragraph()
        return table

    def picture(self, drawing: Any, width_cm: float, description: str, caption: str) -> None:
        """A chart of `essdesk.export.charts` as a PNG with its alternative text."""
        from essdesk.export import raster
        from essdesk.export.pdf import FONT, FONT_BOLD, register_fonts

        register_fonts()
        folder = resources_dir() / "fonts"
        fonts = {FONT: folder / "DejaVuSans.ttf", FONT_BOLD: folder / "DejaVuSans-Bold.ttf"}
        image = raster.png(drawing, fonts)
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(image), width=Cm(width_cm))
        self._figures += 1
        for properties in run.element.iter(qn("wp:docPr")):
            properties.set("name", f"Figure {self._figures}")
            properties.set("descr", description)
            properties.set("title", caption)
        self.caption(f"Figure {self._figures} — {caption}")

    # -- front matter --------------------------------------------------------------------

    def _cover(self) -> None:
        identity = self.report.identity
        title = identity.title or f"Diagnostic de la filière {identity.filiere_name}"
        self.para(_t(title, 300), "Title")
        subtitle = " — ".join(p for p in (identity.territory_name, identity.territory_kind) if p)
        self.para(_t(subtitle, 300) or "Diagnostic de filière", "Subtitle")
        overall = self.report.overall
        facts = [
            ("Territoire", identity.territory_name),
            ("Type de territoire", identity.territory_kind),
            ("Filière", identity.filiere_name),
            ("Acception", identity.filiere_meaning),
            ("Secteur", identity.filiere_sector),
            ("Scénario", identity.scenario),
            ("Début du diagnostic", long_date(identity.start_date)),
            ("Animation", identity.facilitator),
            (
                "Maturité globale",
                f"{format_percent(overall.maturity)} (complétude "
                f"{format_percent(overall.completion)} : {overall.assessed} "
                f"leviers évalués sur {overall.total})",
            ),
            ("Document établi le", long_date(identity.exported_on)),
            ("Méthode", identity.method),
        ]
        if identity.anonymised:
            facts.append(
                (
                    "Diffusion",
                    "Version anonymisée : coordonnées des acteurs et noms des participants retirés",
                )
            )
        self.table(("Rubrique", "Valeur"), [(k, _t(v, 300)) for k, v in facts if v], (4.5, 11.5))
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _contents(self) -> None:
        """A table-of-contents field, marked to be updated when Word opens the file; until
        then (and in LibreOffice's conversion) it lists the section titles."""
        self.para("Sommaire", "TOC Heading")
        titles = [self.report.section(key) for key in SECTIONS if key != "etapes"]
        steps = [f"{self.report.part(s.number)} — {s.title}" for s in self.report.steps]
        entries = [*titles[:2], *steps, *titles[2:]]
        first = self.doc.add_paragraph()
        _field_start(first, ' TOC \\o "1-3" \\h \\z \\u ')
        first.add_run(entries[0])
        paragraph = first
        for entry in entries[1:]:
            paragraph = self.doc.add_paragraph(_t(entry, 300))
        _field_end(paragraph)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- sections ------------------------------------------------------------------------

    def _synthesis(self) -> None:
        report = self.report
        overall = report.overall
        ess = report.ess_count
        self.heading(SECTIONS["synthese"])
        for value, what in (
            (format_percent(overall.maturity), "maturité globale"),
            (
                format_percent(overall.completion),
                f"complétude ({report.assessed(overall)})",
            ),
            (str(len(report.actors)), f"acteurs ({ess} ESS, {len(report.actors) - ess} hors ESS)"),
            (str(len(report.actions)), f"actions, budget {_euros(report.total_budget_cents)}"),
            (str(len(report.workshops)), "ateliers"),
        ):
            self.para(f" {what}", "List Bullet", bold_prefix=value)
        from essdesk.export.pdf import register_fonts

        register_fonts()  # step_bars measures its labels in DejaVu as it is built
        per = f"par {report.words.part}"
        self.heading(f"Maturité {per}", 2)
        if report.radar:  # three parts or more; below that the bars stand alone
            names = [f"{s.number}. {s.title}" for s in report.steps]
            wrapped = ["\n".join(_lines(name, 22)) for name in names]
            radar = charts.radar(wrapped, [s.score.maturity for s in report.steps], size=215)
            described = " ; ".join(
                f"{name} : {format_percent(s.score.maturity)}"
                for name, s in zip(names, report.steps, strict=True)
            )
            self.picture(
                radar, 14, f"Radar de la maturité {per}. {described}.", f"Maturité {per} (radar)"
            )
        bars = charts.step_bars(
            [(report.part(s.number), s.score.maturity, s.score.completion) for s in report.steps],
            width=300,
        )
        completion = " ; ".join(
            f"{report.words.part} {s.number} : maturité {format_percent(s.score.maturity)}, "
            f"complétude {format_percent(s.score.completion)}"
            for s in report.steps
        )
        self.picture(
            bars,
            12,
            f"Barres de maturité et de complétude {per}. {completion}.",
            f"Maturité et complétude {per}",
        )
        rows = [
            (
                str(s.number),
                _t(s.title, 300),
                format_percent(s.score.maturity),
                format_percent(s.score.completion),
                f"{s.score.assessed} / {s.score.total}",
                str(s.high_priority_open),
            )
            for s in report.steps
        ]
        rows.append(
            (
                "",
                "Ensemble",
                format_percent(overall.maturity),
                format_percent(overall.completion),
                f"{overall.assessed} / {overall.total}",
                str(len(report.priority_levers)),
            )
        )
        self.table(
            (
                report.part_word,
                "Intitulé",
                "Maturité",
                "Complétude",
                report.levers_word,  # "2 / 3": assessed of all (a longer title wraps)
                "Priorité haute à traiter",
            ),
            rows,
            (1.6, 5.4, 2.2, 2.6, 2.3, 2.4),
            caption=f"Scores {per}",
        )
        self.para(
            "Maturité : moyenne, pondérée par le poids de chaque levier, de son avancement "
            "(réalisé 100\u00a0%, en cours 50\u00a0%, prévu 25\u00a0%, pas commencé ou non "
            "évalué 0\u00a0%) ; les leviers «\u00a0non concernés\u00a0» en sont exclus. "
            "Complétude : part des leviers évalués. «\u00a0—\u00a0» : rien à mesurer."
        )
        if report.identity.context:
            self.heading("Contexte", 2)
            self.text_block(report.identity.context)

    def _evolution(self) -> None:
        """Maturity per step at each jalon (as stored then), then today; nothing without jalons."""
        milestones = self.report.milestones
        if not milestones:
            return
        self.heading(SECTIONS["evolution"])
        self.para(f"Maturité par {self.report.words.part} à chaque jalon, telle que calculée le jour où il a été posé "
                  "(un jalon n'est jamais recalculé), puis aujourd'hui.")
        today = short_date(self.report.identity.exported_on)
        numbers = [s.number for s in self.report.steps]
        column = min(1.25, 8.75 / len(numbers))  # the parts share what 7 columns of 1.25 cm took
        # Narrow columns hold the figure alone ("75"), the caption saying it is a percentage.
        bare = column < 1.25

        def percent(value: float | None) -> str:
            return ("—" if value is None else str(round(value))) if bare else format_percent(value)

        rows = [
            (m.label, short_date(m.taken_at) if m.taken_at is not None else today,
             *(percent(v) for v in m.steps), format_percent(m.overall))
            for m in milestones
        ]
        unit = " (en %)" if bare else ""
        self.table(("Jalon", "Date", *(str(n) for n in numbers), "Ensemble"), rows,
                   (3.6, 2.2, *([column] * len(numbers)), 2.0),
                   caption=f"Maturité par {self.report.words.part}{unit}, jalon après jalon")

    def _indicators(self) -> None:
        """Each indicator's course against its target: its values by date, the latest, the
        target and how far along; nothing without indicators."""
        from essdesk.domain.indicator_course import format_progress, format_quantity

        found = self.report.indicators
        if not found:
            return
        self.heading(SECTIONS["indicateurs"])
        self.para("Chaque indicateur d'impact, de sa valeur de départ vers sa cible : "
                  "l'avancement est la part du chemin parcourue par la dernière valeur mesurée.")
        rows = [
            (c.name + (f" ({c.unit})" if c.unit else "") + (f" — suit : {c.link}" if c.link else ""),
             format_quantity(c.baseline),
             " ; ".join(f"{short_date(d)} : {format_quantity(v)}" for d, v in c.points) or "—",
             format_quantity(c.target), format_progress(c.progress()))
            for c in found
        ]
        self.table(("Indicateur", "Départ", "Valeurs mesurées", "Cible", "Avancement"), rows,
                   (5.0, 1.8, 5.4, 1.8, 2.0), caption="Indicateurs : valeurs et cible")

    def _priority_levers(self) -> None:
        levers = self.report.priority_levers
        self.heading(self.report.section("prioritaires"))
        if not levers:
            self.para(
                "Aucun levier de priorité haute n'est en attente : tous ceux jugés "
                "prioritaires sont réalisés ou non concernés."
            )
            return
        rows = [
            (
                f"{lever.code} {_t(lever.label, CELL_LIMIT)}"
                + (f"\n{_t(lever.notes, CELL_LIMIT)}" if lever.notes else ""),
                lever.status_label,
                (_t(lever.owner) or "—")
                + (f"\néchéance : {short_date(lever.due)}" if lever.due else ""),
                "\n".join(_t(a, 300) for a in lever.actions) or "—",
            )
            for lever in levers
        ]
        self.table(
            (self.report.lever_word, "Statut", "Responsable, échéance", "Actions liées"),
            rows,
            (7.2, 2.5, 3.7, 3.6),
            caption="Leviers de priorité haute à traiter",
        )

    def _steps(self) -> None:
        for step in self.report.steps:
            self.hooks.check()
            self._step(step)

    def _step(self, step: StepSection) -> None:
        self.heading(f"{self.report.part(step.number)} — {step.title}")
        if step.objective:
            self.para(_t(step.objective), bold_prefix="Objectif : ")
        score = step.score
        self.para(
            f"Maturité {format_percent(score.maturity)} · Complétude "
            f"{format_percent(score.completion)} ({self.report.assessed(score)}) · "
            f"Priorité haute à traiter : {step.high_priority_open}"
        )
        if step.notes:
            self.heading("Notes", 3)
            self.text_block(step.notes)
        if not step.levers:
            self.para(f"Rien à évaluer ici ({self.report.words.levers} : aucun).")
        for lever in step.levers:
            title = f"{lever.code} {_t(lever.label, CELL_LIMIT)}"
            self.heading(title + (" (levier ajouté)" if lever.custom else ""), 2)
            facts = [
                f"Statut : {lever.status_label}",
                f"Priorité : {lever.priority_label}",
                f"Poids : {lever.weight}",
            ]
            if lever.owner:
                facts.append(f"Responsable : {_t(lever.owner, 300)}")
            if lever.due:
                facts.append(f"Échéance : {short_date(lever.due)}")
            self.para(" · ".join(facts))
            if lever.actors:
                self.para(
                    ", ".join(_t(a, 300) for a in lever.actors), bold_prefix="Acteurs impliqués : "
                )
            if lever.actions:
                self.para(
                    " ; ".join(_t(a, 300) for a in lever.actions), bold_prefix="Actions liées : "
                )
            if lever.notes:
                self.text_block(lever.notes)

    def _actors(self) -> None:
        report = self.report
        self.heading(SECTIONS["acteurs"])
        if not report.actors:
            self.para("Aucun acteur n'a encore été recensé.")
            return
        ess = report.ess_count
        self.para(
            f"{len(report.actors)} acteurs recensés : {ess} de l'ESS et "
            f"{len(report.actors) - ess} hors ESS, par maillon de la chaîne de valeur."
        )
        rows = [
            (g.label, str(g.ess_count), str(g.non_ess_count), str(len(g.actors)))
            for g in report.actor_groups
        ]
        rows.append(("Ensemble", str(ess), str(len(report.actors) - ess), str(len(report.actors))))
        self.table(
            ("Maillon", "ESS", "Hors ESS", "Total"),
            rows,
            (8, 2.5, 2.5, 2.5),
            caption="Acteurs par maillon de la chaîne de valeur",
        )
        anonymised = report.identity.anonymised
        for group in report.actor_groups:
            self.hooks.check()
            self.heading(
                f"{group.label} — {len(group.actors)} acteur(s) "
                f"({group.ess_count} ESS, {group.non_ess_count} hors ESS)",
                2,
            )
            header = ["Acteur", "ESS", "Rôle dans la filière", "Commune"]
            widths: tuple[float, ...] = (5, 1.3, 7, 3.2)
            if not anonymised:
                header.append("Contact")
                widths = (4, 1.2, 5.2, 2.6, 3.5)
            rows = []
            for actor in group.actors:
                role = _t(actor.role, CELL_LIMIT)
                extra = []
                if actor.levers:
                    extra.append("Leviers : " + ", ".join(actor.levers))
                if actor.notes:
                    extra.append(_t(actor.notes, CELL_LIMIT))
                row = [
                    f"{_t(actor.name, 300)}\n{actor.category.label}",
                    "Oui" if actor.ess else "Non",
                    "\n".join(p for p in (role, *extra) if p) or "—",
                    _t(actor.commune, 300) or "—",
                ]
                if not anonymised:
                    email = actor.email if self.emails else ""
                    row.append(
                        "\n".join(_t(v, 300) for v in (actor.contact, email, actor.phone) if v)
                        or "—"
                    )
                rows.append(row)
            self.table(header, rows, widths)

    def _actions(self) -> None:
        actions = self.report.actions
        self.heading(SECTIONS["plan"])
        if not actions:
            self.para("Le plan d'action est vide.")
            return
        self.para(
            f"{len(actions)} action(s), par date de début, pour un budget total de "
            f"{_euros(self.report.total_budget_cents)}."
        )
        rows = [self._action_row(a) for a in actions]
        rows.append(("", "Total", "", _euros(self.report.total_budget_cents), ""))
        self.table(
            ("Période", "Action", "Pilote, partenaires", "Budget", "Statut"),
            rows,
            (2.4, 6.6, 3.6, 2.4, 2.2),
            caption="Plan d'action",
        )

    @staticmethod
    def _period(action: ActionRow) -> str:
        if not action.start and not action.end:
            return "non daté"
        period = short_date(action.start)
        if action.end and action.end != action.start:
            period += f"\n→ {short_date(action.end)}"
        return period

    def _action_row(self, action: ActionRow) -> tuple[str, ...]:
        details = [_t(action.title, 300)]
        if action.levers:
            details.append("Leviers : " + ", ".join(action.levers))
        if action.indicator:
            details.append("Indicateur : " + _t(action.indicator, CELL_LIMIT))
        if action.funding:
            details.append("Financement : " + _t(action.funding, 300))
        if action.notes:
            details.append(_t(action.notes, CELL_LIMIT))
        people = "\n".join([_t(action.pilot, 300) or "—", *(_t(p, 300) for p in action.partners)])
        status = f"{action.status.label}\npriorité {action.priority.label.lower()}"
        return (
            self._period(action),
            "\n".join(details),
            people,
            _euros(action.budget_cents),
            status,
        )

    def _workshops(self) -> None:
        workshops = self.report.workshops
        self.heading(SECTIONS["ateliers"])
        if not workshops:
            self.para("Aucun atelier n'a encore été tenu.")
            return
        anonymised = self.report.identity.anonymised
        for w in workshops:
            title = f"Atelier du {long_date(w.date)}" if w.date else "Atelier non daté"
            if w.place:
                title += f" — {_t(w.place, 300)}"
            self.heading(title, 2)
            facts = []
            if w.steps:
                gender = "es" if self.report.words.feminine else "s"
                facts.append(f"{self.report.parts_word} abordé{gender} : "
                             + ", ".join(str(n) for n in w.steps))
            facts.append(f"{w.participant_count} participant(s)")
            self.para(" · ".join(facts))
            if w.participants:
                if anonymised:
                    people = [f"{_t(name, 300)} ({count})" for name, count in w.organisations]
                    label = "Organisations représentées : "
                else:
                    people = [
                        _t(p.name, 300)
                        + (f" ({_t(p.organisation, 300)})" if p.organisation else "")
                        for p in w.participants
                    ]
                    label = "Participants : "
                self.para(" ; ".join(people), bold_prefix=label)
            if w.decisions:
                self.heading("Décisions", 3)
                self.text_block(w.decisions)
            if w.notes:
                self.heading("Notes", 3)
                self.text_block(w.notes)
            if w.votes:
                self.heading("Votes (points par levier)", 3)
                for v in w.votes:
                    self.para(
                        f" {v.code} {_t(v.label, 300)}", "List Bullet", bold_prefix=str(v.dots)
                    )

    def _recommendations(self, found: Advice) -> None:
        self.heading(SECTIONS["recommandations"])
        self.para(_t(found.summary, CELL_LIMIT))
        if found.recommendations:
            words = self.report.words
            self.para(f"Traiter en premier les {words.levers} de priorité haute, dans l'ordre des "
                      f"{words.parts} :")
            for lever, text in found.recommendations:
                self.para(
                    f" ({words.part} {lever.step}, {lever.status_label.lower()}) : "
                    f"{_t(text, CELL_LIMIT)}",
                    "List Bullet",
                    bold_prefix=f"{lever.code} {_t(lever.label, CELL_LIMIT)}",
                )
            if found.more_levers:
                self.para(
                    f"… et {found.more_levers} autre(s) levier(s) prioritaire(s) : voir "
                    "« Leviers prioritaires ».",
                    "List Bullet",
                )
        else:
            self.para(
                "Aucun levier de priorité haute n'est en attente : choisir au prochain "
                "atelier les leviers sur lesquels porter l'effort."
            )
        if found.to_assess:
            self.para(_t(found.to_assess, CELL_LIMIT))

    def _follow_ups(self, found: Advice) -> None:
        self.heading(SECTIONS["suites"])
        if not found.follow_ups:
            self.para(
                "Aucune action du plan n'est en attente : définir avec le collectif les "
                "prochaines actions à partir des recommandations."
            )
        else:
            rows = [
                (
                    self._period(action),
                    _t(action.title, 300),
                    _t(action.pilot, 300) or "à désigner",
                    action.status.label + ("\nen retard" if late else ""),
                )
                for action, late in found.follow_ups
            ]
            self.table(
                ("Période", "Action", "Pilote", "Statut"),
                rows,
                (2.6, 8, 3.6, 2.8),
                caption="Actions du plan à mener",
            )
            if found.more_actions:
                self.para(f"… et {found.more_actions} autre(s) action(s) : voir « Plan d'action ».")
        if found.without_pilot:
            names = " ; ".join(f"« {_t(t, 300)} »" for t in found.without_pilot[:8])
            if len(found.without_pilot) > 8:
                names += f" et {len(found.without_pilot) - 8} autre(s)"
            self.para(f"Désigner un pilote pour : {names}.")
        self.para(
            "Prochain rendez-vous : faire le point en atelier sur ces actions et sur les "
            f"{self.report.words.levers} de priorité haute, puis mettre à jour le diagnostic dans essdesk avant le "
            "prochain rapport."
        )


# -- WordprocessingML that python-docx has no API for ---------------------------------------

#: The tail of w:settings' children in the schema's order, from w:updateFields on (Word
#: rejects a file whose settings are out of order): a new element goes before the first
#: present one that follows it here.
_SETTINGS_ORDER = (
    "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
    "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)


def _setting(settings: Any, tag: str, value: str) -> None:
    element = settings.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        after = _SETTINGS_ORDER[_SETTINGS_ORDER.index(tag.removeprefix("w:")) + 1 :]
        later = {qn(f"w:{name}") for name in after}
        successor = next((child for child in settings if child.tag in later), None)
        if successor is None:
            settings.append(element)
        else:
            successor.addprevious(element)
    element.set(qn("w:val"), value)


def _repeat_header(table: Any) -> None:
    """The table's first row is repeated at the top of each page (w:tblHeader)."""
    title = table.rows[0].cells[0].paragraphs[0].runs[0]  # the header's first title
    row = next(title.element.iterancestors(qn("w:tr")))
    properties = row.find(qn("w:trPr"))
    if properties is None:
        properties = OxmlElement("w:trPr")
        row.insert(0, properties)
    header = OxmlElement("w:tblHeader")
    properties.append(header)


def _run_element(paragraph: Any) -> Any:
    return paragraph.add_run().element


def _field_char(paragraph: Any, kind: str, dirty: bool = False) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    _run_element(paragraph).append(char)


def _field_start(paragraph: Any, instruction: str) -> None:
    _field_char(paragraph, "begin", dirty=True)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    _run_element(paragraph).append(text)
    _field_char(paragraph, "separate")


def _field_end(paragraph: Any) -> None:
    _field_char(paragraph, "end")


def _lines(text: str, width: int) -> list[str]:
    """`text` in lines of about `width` characters, at spaces."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]
