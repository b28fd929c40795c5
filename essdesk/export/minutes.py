"""The minutes of one workshop session ("compte rendu d'atelier"): a 1–2 page A4 PDF.

`build_minutes` reads the session into a plain `Minutes` record (no reportlab there, so the
CLI and the GUI share it and tests can check it); `render_minutes` draws it; `write_minutes`
does both and writes the file atomically (a failed export leaves any existing file as it was).

"Actions created" are derived, not stored: the actions linked to the levers voted for in the
session, most-voted lever first (what "Transformer en plan d'action" creates, plus any action
the group linked to those levers since). User text only reaches a Paragraph through
`pdf_markup` (escaped, never markup).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from essdesk.domain import palette
from essdesk.domain.referential import Referential
from essdesk.errors import EssdeskError
from essdesk.export.pdf import (
    CELL_LIMIT,
    FONT,
    FONT_BOLD,
    PIECE,
    TEXT_LIMIT,
    plural,
)
from essdesk.export.readback import write_checked
from essdesk.export.report import build_report
from essdesk.export.text import (
    GlyphFilter,
    abridged,
    clean,
    long_date,
    paragraphs,
    pdf_markup,
    pdf_plain,
    short_date,
)

#: How many voted levers the chart and the action list show at most (keeps it to 2 pages).
MAX_VOTES = 10
MAX_ACTIONS = 12


@dataclass(frozen=True, slots=True)
class MinutesVote:
    code: str
    label: str
    dots: int


@dataclass(frozen=True, slots=True)
class MinutesAction:
    title: str
    levers: str  # codes, "4.1, 6.2"
    pilot: str
    end: dt.date | None
    status: str
    priority: str


@dataclass(frozen=True, slots=True)
class Minutes:
    diagnostic: str
    territory: str
    filiere: str
    facilitator: str
    date: dt.date | None
    place: str
    anonymised: bool
    participants: tuple[tuple[str, str], ...]  # (name, organisation); names empty if anonymised
    steps: tuple[tuple[int, str], ...]
    dots_per_participant: int
    voters: int  # participants who voted individually (0: totals entered for the group)
    votes: tuple[MinutesVote, ...]
    total_dots: int
    notes: str
    decisions: str
    actions: tuple[MinutesAction, ...]
    #: "Étapes abordées", "Axes abordés": the referential's words.
    parts_heading: str = "Étapes abordées"

    @property
    def participant_count(self) -> int:
        return len(self.participants)

    @property
    def organisations(self) -> tuple[tuple[str, int], ...]:
        counts = Counter(org.strip() or "Sans organisation" for _n, org in self.participants)
        return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold())))


def build_minutes(
    session: Session, referential: Referential, workshop_id: int, anonymise: bool = False
) -> Minutes:
    """The minutes of session `workshop_id`, read through the report model (the same read
    path as the PDF, DOCX and workbook: export/report.py) on the session's connection."""
    session.flush()  # the report reads with SQLAlchemy Core: pending edits first
    report = build_report(session.connection(), referential, anonymise=anonymise)
    w = next((w for w in report.workshops if w.id == workshop_id), None)
    if w is None:
        known = ", ".join(str(i) for i in sorted(x.id for x in report.workshops)) or "aucun"
        raise EssdeskError(
            f"L'atelier n° {workshop_id} n'existe pas dans ce diagnostic "
            f"(ateliers : {known} ; voir « essdesk info »)."
        )
    votes = tuple(MinutesVote(v.code, v.label, v.dots) for v in w.votes if v.dots > 0)
    rank = {v.code: index for index, v in enumerate(votes)}
    best = {
        a.id: min(rank[code] for code in a.levers if code in rank)
        for a in report.actions
        if any(code in rank for code in a.levers)
    }
    by_id = {a.id: a for a in report.actions}
    ordered = sorted(best, key=lambda a: (best[a], a))[:MAX_ACTIONS]
    actions = tuple(
        MinutesAction(
            title=by_id[a].title,
            levers=", ".join(by_id[a].levers),
            pilot=by_id[a].pilot,
            end=by_id[a].end,
            status=by_id[a].status.label,
            priority=by_id[a].priority.label,
        )
        for a in ordered
    )
    identity = report.identity
    return Minutes(
        diagnostic=identity.title,
        territory=identity.territory_name,
        filiere=identity.filiere_name,
        facilitator="" if anonymise else identity.facilitator,
        date=w.date,
        place=w.place,
        anonymised=anonymise,
        participants=tuple((p.name, p.organisation) for p in w.participants),
        steps=tuple((n, report.step(n).title) for n in w.steps),
        dots_per_participant=w.dots_per_participant,
        voters=w.voters,
        votes=votes,
        total_dots=sum(v.dots for v in votes),
        notes=w.notes,
        decisions=w.decisions,
        actions=actions,
        parts_heading=f"{report.parts_word} abordé{'es' if report.words.feminine else 's'}",
    )


def write_minutes(
    session: Session,
    referential: Referential,
    workshop_id: int,
    target: Path,
    anonymise: bool = False,
    template: Path | None = None,
) -> Path:
    """Build and write the minutes at `target`, atomically: a Word document when `target`
    ends in .docx (on `template`, essdesk's own when None), else a PDF; return the path."""
    minutes = build_minutes(session, referential, workshop_id, anonymise)
    word = Path(target).suffix.lower() == ".docx"

    def render(tmp: Path) -> None:
        if word:
            from essdesk.export.minutes_docx import render_minutes_docx

            render_minutes_docx(minutes, tmp, template)
        else:
            render_minutes(minutes, tmp)

    return write_checked(Path(target), "minutes_docx" if word else "minutes", render)


# --------------------------------------------------------------------------- rendering


INK = colors.HexColor(palette.INK)
ACCENT = colors.HexColor(palette.PRIMARY)
TINT = colors.HexColor(palette.TINT)
GRID = colors.HexColor(palette.GRID)
MUTED = colors.HexColor(palette.MUTED)
BAR = ACCENT
BAR_TOP = colors.HexColor(palette.SECONDARY)
MARGIN = 48


class _VoteBars(Flowable):
    """Horizontal bars, one per voted lever: code, label (cut to one line), dots."""

    ROW = 19

    def __init__(self, votes: tuple[MinutesVote, ...], glyphs: GlyphFilter, width: float) -> None:
        super().__init__()
        self.votes, self.glyphs, self.width = votes, glyphs, width
        self.height = self.ROW * len(votes) + 4

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = max(v.dots for v in self.votes)
        label_w = self.width * 0.52
        bar_x = label_w + 8
        bar_w = self.width - bar_x - 34
        for i, v in enumerate(self.votes):
            y = self.height - (i + 1) * self.ROW
            c.setFillColor(INK)
            c.setFont(FONT_BOLD, 9)
            c.drawString(0, y + 6, v.code)
            c.setFont(FONT, 9)
            room = label_w - 30
            # a glyph is at least a fifth of the size wide: cut first, then measure
            text = pdf_plain(v.label[: int(room / (9 * 0.2)) + 1], self.glyphs)
            if stringWidth(text, FONT, 9) > room:
                while text and stringWidth(text + "…", FONT, 9) > room:
                    text = text[:-1]
                text += "…"
            c.drawString(30, y + 6, text)
            c.setFillColor(BAR_TOP if i < 3 else BAR)
            c.rect(bar_x, y + 3, max(bar_w * v.dots / top, 2), self.ROW - 7, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(FONT_BOLD, 10)
            c.drawString(bar_x + bar_w * v.dots / top + 5, y + 6, str(v.dots))


def _footer(text: str):
    def draw(canvas: Canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 28, text)
        canvas.drawRightString(A4[0] - MARGIN, 28, f"Page {doc.page}")
        canvas.restoreState()

    return draw


class MinutesRenderer:
    """A4 portrait, DejaVu Sans, one story: identity, participants, votes, decisions, actions."""

    def __init__(self, minutes: Minutes) -> None:
        from essdesk.export.pdf import register_fonts

        self.m = minutes
        self.glyphs = register_fonts()
        base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=13.5, textColor=INK)
        self.styles = {
            "base": base,
            "title": ParagraphStyle(
                "title", base, fontName=FONT_BOLD, fontSize=19, leading=23, textColor=ACCENT
            ),
            "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=14, textColor=MUTED),
            "h2": ParagraphStyle(
                "h2",
                base,
                fontName=FONT_BOLD,
                fontSize=12.5,
                leading=16,
                spaceBefore=10,
                spaceAfter=4,
                textColor=ACCENT,
            ),
            "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5),
            "cellb": ParagraphStyle("cellb", base, fontName=FONT_BOLD, fontSize=9, leading=11.5),
            "muted": ParagraphStyle("muted", base, fontSize=9, leading=12, textColor=MUTED),
        }

    def _p(self, text: str, style: str = "base", limit: int = CELL_LIMIT) -> Paragraph:
        """User text as a paragraph, abridged beyond `limit` characters (issue 14)."""
        return Paragraph(pdf_markup(abridged(clean(text), limit), self.glyphs), self.styles[style])

    def _block(self, text: str) -> list[Paragraph]:
        """Notes or decisions in full up to the input limit, in pieces that split cheaply."""
        return [
            self._p(piece, limit=PIECE)
            for piece in paragraphs(abridged(clean(text), TEXT_LIMIT), PIECE)
        ]

    def _table(self, rows: list[list], widths: list[float], header: bool = True) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, 9),  # empty cells too: no Helvetica default
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), TINT))
        t.setStyle(TableStyle(style))
        return t

    def story(self) -> list:
        m, width = self.m, A4[0] - 2 * MARGIN
        out: list = [
            self._p("Compte rendu d'atelier", "title"),
            self._p(m.diagnostic, "subtitle"),
            Spacer(1, 8),
        ]
        who = (
            f"{plural(m.participant_count, 'participant')}"
            if m.participant_count
            else "Aucun participant inscrit"
        )
        if m.anonymised and m.participant_count:
            who += " (liste anonymisée)"
        facts = [
            ("Date", long_date(m.date)),
            ("Lieu", m.place or "—"),
            (
                "Territoire",
                " · ".join(x for x in (m.territory, m.filiere and f"filière {m.filiere}") if x)
                or "—",
            ),
            ("Participants", who),
            (m.parts_heading, "\n".join(f"{n}. {t}" for n, t in m.steps) or "—"),
        ]
        if m.facilitator:
            facts.insert(3, ("Animation", m.facilitator))
        out.append(
            self._table(
                [[self._p(k, "cellb"), self._p(v, "cell")] for k, v in facts],
                [110, width - 110],
                header=False,
            )
        )

        if m.participants:
            out.append(self._p("Participants", "h2"))
            if m.anonymised:
                text = " · ".join(f"{org} ({n})" for org, n in m.organisations)
                out.append(self._p(f"Organisations représentées : {text}.", "base"))
            else:
                rows = [[self._p("Nom", "cellb"), self._p("Organisation", "cellb")]]
                rows += [[self._p(n, "cell"), self._p(o or "—", "cell")] for n, o in m.participants]
                if len(m.participants) > 12:  # two columns of names keep it on the page
                    half = (len(m.participants) + 1) // 2
                    left, right = m.participants[:half], m.participants[half:]
                    rows = [[self._p("Nom", "cellb"), self._p("Organisation", "cellb")] * 2]
                    for i in range(half):
                        row = [self._p(left[i][0], "cell"), self._p(left[i][1] or "—", "cell")]
                        if i < len(right):
                            row += [
                                self._p(right[i][0], "cell"),
                                self._p(right[i][1] or "—", "cell"),
                            ]
                        else:
                            row += ["", ""]
                        rows.append(row)
                    out.append(self._table(rows, [width * 0.22, width * 0.28] * 2))
                else:
                    out.append(self._table(rows, [width * 0.4, width * 0.6]))

        out.append(self._p("Résultats du vote", "h2"))
        if m.votes:
            how = f"{plural(m.voters, 'votant')}, " if m.voters else ""
            out.append(
                self._p(
                    f"{plural(m.total_dots, 'gommette')} au total ({how}"
                    f"{plural(m.dots_per_participant, 'gommette')} par participant). "
                    f"En orange, les trois leviers les plus votés.",
                    "muted",
                )
            )
            out.append(Spacer(1, 4))
            out.append(_VoteBars(m.votes[:MAX_VOTES], self.glyphs, width))
            if len(m.votes) > MAX_VOTES:
                rest = m.votes[MAX_VOTES:]
                out.append(
                    self._p(
                        "Autres leviers votés : "
                        + ", ".join(f"{v.code} ({v.dots})" for v in rest)
                        + ".",
                        "muted",
                    )
                )
        else:
            out.append(self._p("Aucun vote n'a été saisi pour cet atelier.", "muted"))

        out.append(self._p("Décisions", "h2"))
        out.extend(
            self._block(m.decisions)
            if m.decisions.strip()
            else [self._p("Aucune décision consignée.", "muted")]
        )

        out.append(self._p("Actions créées", "h2"))
        if m.actions:
            out.append(
                self._p(
                    "Actions du plan liées aux leviers votés, du plus voté au moins voté.", "muted"
                )
            )
            rows = [
                [self._p(h, "cellb") for h in ("Action", "Leviers", "Pilote", "Échéance", "Statut")]
            ]
            rows += [
                [
                    self._p(a.title, "cell"),
                    self._p(a.levers, "cell"),
                    self._p(a.pilot or "à désigner", "cell"),
                    self._p(short_date(a.end), "cell"),
                    self._p(a.status, "cell"),
                ]
                for a in m.actions
            ]
            out.append(
                self._table(
                    rows, [width * 0.42, width * 0.1, width * 0.2, width * 0.13, width * 0.15]
                )
            )
        else:
            out.append(self._p("Aucune action n'est encore liée aux leviers votés.", "muted"))

        if m.notes.strip():
            out.append(self._p("Notes", "h2"))
            out.extend(self._block(m.notes))
        return out

    def render(self, path: Path) -> None:
        m = self.m
        footer = pdf_plain(
            f"essdesk — compte rendu de l'atelier du {short_date(m.date)}"
            + (f" — {m.place}" if m.place else ""),
            self.glyphs,
        )
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=44,
            bottomMargin=48,
            title=f"Compte rendu d'atelier du {short_date(m.date)}",
            author=pdf_plain(m.facilitator, self.glyphs),
            subject=pdf_plain(m.diagnostic, self.glyphs),
            creator="essdesk",
            initialFontName=FONT,
        )
        draw = _footer(footer)
        doc.build(self.story(), onFirstPage=draw, onLaterPages=draw)


def render_minutes(minutes: Minutes, path: Path) -> None:
    MinutesRenderer(minutes).render(Path(path))
