"""Workshop mode ("Mode atelier", F5): the diagnostic shown full screen on the projector.

One step title or one lever at a time, in large type, driven from the keyboard or a
presentation clicker. What the presenter (essdesk.domain.presenter) says is drawn here; the
countdown is essdesk.domain.timer. Every edit made in the mode (status, notes, votes,
decisions) is the same undoable command as in the rest of the app, pushed on the main
window's undo stack, so Ctrl+Z works inside the mode and after it.

Keys: → ↓ PageDown Space Enter: next · ← ↑ PageUp Backspace: previous · Home/End ·
1–6: lever status · N: notes · Q: the lever's guiding questions · D: decisions of the session · V: vote chart (↑↓ choose a
lever, + − a dot, P: votes into the action plan) · T: start/pause the timer, R: reset,
M: set its minutes · H or F1: help · Ctrl+Z / Ctrl+Y: undo / redo · Esc: back / leave.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain.presenter import Presenter, key_for_status, status_for_key
from essdesk.domain.services import Changes
from essdesk.domain.timer import Countdown
from essdesk.errors import ConnectionLost, EssdeskError
from essdesk.models.enums import LeverStatus
from essdesk.ui.commands import SetFieldsCommand
from essdesk.ui.flow import FlowLayout
from essdesk.ui.guidance import questions_html
from essdesk.ui.i18n import error_text, format_date, label, levers_word, step_title, word
from essdesk.ui.step_view import STATUS_COLOURS
from essdesk.ui.style import repolish
from essdesk.ui.textfit import fit_lines
from essdesk.ui.vote_chart import VoteChart
from essdesk.ui.vote_panel import (
    candidate_levers,
    change_dots,
    chart_bars,
    convert_votes,
    placed_text,
)

#: Number keys on a French (AZERTY) keyboard without Shift: & é " ' ( -  →  1–6.
AZERTY_DIGITS = {"&": 1, "é": 2, '"': 3, "'": 4, "(": 5, "-": 6}
DEFAULT_MINUTES = 10
INK, MUTED, ACCENT, ALERT = "#0d2227", "#3d5257", "#0f6e6e", "#b42318"


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class WorkshopMode(QWidget):
    """The projector view. `clock` is injectable so tests can run the timer on fake time."""

    closed = Signal()
    timerFinished = Signal()

    SLIDES, VOTES, EDITOR, MINUTES, HELP = range(5)

    def __init__(self, ctx, workshop_id: int | None = None, *, start_step: int | None = None,
                 start_lever: int | None = None, clock: Callable[[], float] = time.monotonic,
                 follow: Callable[[str, object], None] | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.follow = follow  # the laptop's window follows the projector (two screens)
        self.setObjectName("workshopMode")
        self.setWindowTitle(self.tr("Mode atelier — essdesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.presenter = Presenter(self._steps(), start_step=start_step or self._first_step())
        if start_lever is not None:
            self.presenter.jump_to_lever(start_lever)
        self.countdown = Countdown(DEFAULT_MINUTES, clock)
        self.timer_shown = False
        self._finished_signalled = False
        self._blink = False
        self.vote_lever: int | None = None
        self._editing: tuple[str, int | None] | None = None  # ("lever"|"step"|"decisions", id)
        self._original = ""
        self._build()
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.tick)
        ctx.changed.connect(self._on_changed)
        ctx.destroyed.connect(self.close)
        self.render()

    # -- building --------------------------------------------------------------------------
    def _label(self, name: str, wrap: bool = True) -> QLabel:
        w = QLabel()
        w.setObjectName(name)
        w.setWordWrap(wrap)
        w.setTextFormat(Qt.TextFormat.PlainText)
        return w

    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.margin = 40
        root.setContentsMargins(self.margin, self.margin // 2, self.margin, self.margin // 2)
        top = QHBoxLayout()
        self.where = self._label("wmWhere")  # a long step title wraps on 1024×768
        self.position_label = self._label("wmPosition", wrap=False)
        self.timer_label = self._label("wmTimer", wrap=False)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.hide()
        top.addWidget(self.where, 1)
        top.addWidget(self.position_label)
        top.addSpacing(24)
        top.addWidget(self.timer_label)
        root.addLayout(top)
        self.pages = QStackedWidget()
        root.addWidget(self.pages, 1)

        # slides
        slide = QWidget()
        lay = QVBoxLayout(slide)
        lay.setContentsMargins(0, 12, 0, 0)
        lay.setSpacing(14)
        head = QHBoxLayout()
        self.code = self._label("wmCode", wrap=False)
        self.code.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.title = self._label("wmTitle")
        head.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        lay.addLayout(head)
        self.objective = self._label("wmObjective")
        lay.addWidget(self.objective)
        self.examples = self._label("wmExamples")
        self.examples.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.examples)
        self.questions = self._label("wmQuestions")  # Q: in place of the guide's notes
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.hide()
        self.questions_shown = False
        lay.addWidget(self.questions)
        self.lever_list = self._label("wmList")
        self.lever_list.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.lever_list)
        lay.addStretch(1)
        self.status_box = QWidget()
        self.status_row = FlowLayout(self.status_box, spacing=10)  # two lines on 1024×768
        self.status_pills: dict[LeverStatus, QLabel] = {}
        for status in LeverStatus:
            pill = self._label("wmStatus", wrap=False)
            pill.setText(f"{key_for_status(status)}  {label(status)}")
            pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.status_pills[status] = pill
            self.status_row.addWidget(pill)
        lay.addWidget(self.status_box)
        self.notes_box = QFrame()
        self.notes_box.setObjectName("wmNotesBox")
        nb = QVBoxLayout(self.notes_box)
        self.notes_caption = self._label("wmCaption", wrap=False)
        self.notes = self._label("wmNotes")
        nb.addWidget(self.notes_caption)
        nb.addWidget(self.notes)
        lay.addWidget(self.notes_box)
        self.pages.addWidget(slide)

        # votes
        votes = QWidget()
        vl = QVBoxLayout(votes)
        vl.setContentsMargins(0, 12, 0, 0)
        self.vote_title = self._label("wmTitle")
        self.vote_info = self._label("wmObjective")
        self.chart = VoteChart(large=True, max_rows=10)
        self.chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart.leverClicked.connect(self._chart_clicked)
        vl.addWidget(self.vote_title)
        vl.addWidget(self.vote_info)
        vl.addWidget(self.chart, 1)
        self.pages.addWidget(votes)

        # notes / decisions editor
        editor = QWidget()
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 12, 0, 0)
        self.editor_title = self._label("wmTitle")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("wmEditor")
        self.editor.installEventFilter(self)
        self.editor_hint = self._label("wmHint")
        el.addWidget(self.editor_title)
        el.addWidget(self.editor, 1)
        el.addWidget(self.editor_hint)
        self.pages.addWidget(editor)

        # timer minutes
        minutes = QWidget()
        ml = QVBoxLayout(minutes)
        ml.addStretch()
        t = self._label("wmTitle")
        t.setText(self.tr("Durée de la séquence (minutes)"))
        t.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("wmMinutes")
        self.minutes.setRange(1, 180)
        self.minutes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minutes.installEventFilter(self)
        mh = self._label("wmHint")
        mh.setText(self.tr("↑ ↓ ou chiffres, Entrée pour valider, Échap pour annuler"))
        mh.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ml.addWidget(t)
        ml.addWidget(self.minutes, 0, Qt.AlignmentFlag.AlignCenter)
        ml.addWidget(mh)
        ml.addStretch()
        self.pages.addWidget(minutes)

        # help
        self.help = self._label("wmHelp")
        self.help.setTextFormat(Qt.TextFormat.RichText)
        rows = [
            (self.tr("→  PageSuivante  Espace"), self.tr("levier suivant")),
            (self.tr("←  PagePrécédente"), self.tr("levier précédent")),
            ("1 … 6", self.tr("statut du levier (1 Non évalué … 5 Réalisé, 6 Non concerné)")),
            ("N", self.tr("notes du levier ou de l'étape")),
            ("Q", self.tr("questions à se poser sur le levier (afficher, masquer)")),
            ("D", self.tr("décisions de l'atelier")),
            ("V", self.tr("vote à gommettes : ↑ ↓ choisir, + − gommette, P plan d'action")),
            ("W", self.tr("vote sur téléphones : QR code, adresse et code pour les participants")),
            ("T  R  M", self.tr("minuteur : démarrer/pause, remettre à zéro, durée")),
            ("Ctrl+Z  Ctrl+Y", self.tr("annuler, rétablir")),
            (self.tr("Échap"), self.tr("revenir, puis quitter le mode atelier")),
        ]
        self.help.setText("<table cellspacing='8'>" + "".join(
            f"<tr><td><b>{_esc(k)}</b></td><td style='padding-left: 14px'>{_esc(v)}</td></tr>" for k, v in rows) + "</table>")
        self.pages.addWidget(self.help)

        self.banner = self._label("wmBanner", wrap=False)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setText(self.tr("Temps écoulé"))
        self.banner.hide()
        root.addWidget(self.banner)
        self.footer = self._label("wmHint", wrap=False)
        self.footer.setText(self.tr("← →  naviguer · 1–6  statut · N  notes · Q  questions · D  décisions · V  vote · "
                                    "W  téléphones · T  minuteur · H  aide · Échap  quitter"))
        root.addWidget(self.footer)
        self.toast = self._label("wmToast", wrap=False)
        self.toast.setParent(self)
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self.toast.hide)
        self.ctx.message.connect(self.show_toast)

    # -- style -----------------------------------------------------------------------------
    def _apply_style(self) -> None:
        h = max(self.height(), 480)
        base = max(round(h / 34), 15)

        def px(f: float) -> int:
            return max(round(base * f), 10)

        self.setStyleSheet(f"""
QWidget#workshopMode {{ background: #ffffff; }}
QLabel#wmWhere, QLabel#wmPosition {{ color: {MUTED}; font-size: {px(0.8)}px; font-weight: 600; }}
QLabel#wmTimer {{ font-size: {px(1.1)}px; font-weight: 700; color: white; background: {ACCENT};
    border-radius: {px(0.4)}px; padding: {px(0.15)}px {px(0.6)}px; }}
QLabel#wmTimer[state="paused"] {{ background: #5d6f72; }}
QLabel#wmTimer[state="finished"] {{ background: {ALERT}; }}
QLabel#wmCode {{ font-size: {px(1.5)}px; font-weight: 800; color: white; background: {ACCENT};
    border-radius: {px(0.3)}px; padding: {px(0.1)}px {px(0.45)}px; margin-right: {px(0.5)}px; }}
QLabel#wmTitle {{ font-size: {px(1.55)}px; font-weight: 700; color: {INK}; }}
QLabel#wmList {{ font-size: {px(0.95)}px; color: {INK}; }}
QLabel#wmObjective {{ font-size: {px(1.0)}px; color: {INK}; }}
QLabel#wmQuestions {{ font-size: {px(0.95)}px; color: {INK}; background: #eef5f5;
    border-left: {px(0.25)}px solid {ACCENT}; padding: {px(0.3)}px {px(0.5)}px; }}
QLabel#wmExamples {{ font-size: {px(0.8)}px; color: #2a3b3f; background: #fff6e0;
    border-left: {px(0.25)}px solid #e0a21f; padding: {px(0.3)}px {px(0.5)}px; }}
QLabel#wmStatus {{ font-size: {px(0.78)}px; font-weight: 600; color: #3d5257; border: 2px solid #c5d0d0;
    border-radius: {px(0.6)}px; padding: {px(0.2)}px {px(0.5)}px; }}
QFrame#wmNotesBox {{ background: #f1f6f6; border-radius: {px(0.3)}px; }}
QLabel#wmCaption {{ font-size: {px(0.7)}px; font-weight: 700; color: {MUTED}; }}
QLabel#wmNotes {{ font-size: {px(0.95)}px; color: {INK}; }}
QPlainTextEdit#wmEditor {{ font-size: {px(1.05)}px; color: {INK}; background: #fffdf5;
    border: 3px solid #e0a21f; border-radius: 8px; padding: 8px; }}
QSpinBox#wmMinutes {{ font-size: {px(3)}px; font-weight: 700; min-width: {px(6)}px; }}
QLabel#wmHint {{ font-size: {px(0.6)}px; color: {MUTED}; }}
QLabel#wmHelp {{ font-size: {px(0.95)}px; color: {INK}; }}
QLabel#wmBanner {{ font-size: {px(1.6)}px; font-weight: 800; color: white; background: {ALERT};
    border-radius: 8px; padding: {px(0.2)}px; }}
QLabel#wmBanner[blink="true"] {{ background: #7a1009; }}
QLabel#wmToast {{ font-size: {px(0.75)}px; color: white; background: #173f4a; border-radius: 8px;
    padding: {px(0.3)}px {px(0.7)}px; }}
""")
        self.chart.setFont(self.font())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_style()
        self._place_toast()

    # -- data ------------------------------------------------------------------------------
    def _steps(self) -> list[tuple[int, list[tuple[int, str]]]]:
        return [(s.number, [(lv.id, lv.code) for lv in s.levers]) for s in self.ctx.services.steps()]

    def _first_step(self) -> int | None:
        if self.workshop_id is None:
            return None
        steps = self.ctx.services.workshop(self.workshop_id).steps
        return steps[0].number if steps else None

    def _workshop(self):
        if self.workshop_id is None:
            return None
        try:
            return self.ctx.services.workshop(self.workshop_id)
        except EssdeskError:
            return None

    # -- drawing ---------------------------------------------------------------------------
    def render(self) -> None:
        slide = self.presenter.current
        ref_step = self.ctx.referential.step(slide.step)
        n, count = self.presenter.position()
        words = self.ctx.referential.words
        self.where.setText(self.tr("%1 %2 · %3").replace("%1", word(words.part, capital=True))
                           .replace("%2", str(slide.step)).replace("%3", step_title(ref_step.title)))
        self.position_label.setText(
            self.tr("%1 %2 / %3").replace("%1", word(words.lever)).replace("%2", str(n)).replace("%3", str(count))
            if n else self.tr("%1 %2").replace("%1", str(count)).replace("%2", levers_word(count, words)))
        if slide.is_step:
            step = self.ctx.services.step(slide.step)
            self.code.setText(str(slide.step))
            self.title.setText(step_title(ref_step.title))
            self.objective.setText(ref_step.objective)
            lines = []
            # Each label whole when two lines hold it (one line each past eight levers): not
            # cut at a fixed number of characters whatever the screen.
            self.lever_list.ensurePolished()  # its font is the style sheet's
            fm = QFontMetricsF(self.lever_list.font())
            room = max(self.width() - 2 * self.margin - fm.horizontalAdvance("■ 00.00   ") * 1.15, 120)
            per_lever = 2 if len(step.levers) <= 8 else 1
            for lv in step.levers:
                colour = STATUS_COLOURS[lv.status]
                lines.append(f"<span style='color:{colour}'>■</span>&nbsp;<b>{_esc(lv.code)}</b>&nbsp; "
                             f"{_esc(fit_lines(fm, lv.label, room, per_lever))}")
            self.lever_list.setText("<br>".join(lines))
            self.examples.setText("")
            self.status_box.hide()
            self.notes_caption.setText(self.tr("Synthèse"))
            self._set_notes(step.notes, self.tr("N : écrire la synthèse"))
        else:
            lever = self.ctx.services.lever(slide.lever_id)
            self.code.setText(lever.code)
            self.title.setText(lever.label)
            ref = None
            if not lever.custom:
                try:
                    ref = self.ctx.referential.lever(lever.code)
                except KeyError:
                    ref = None
            self.objective.setText(_short(ref.guidance, 330) if ref and ref.guidance else "")
            self.objective.setVisible(bool(self.objective.text()))
            examples = ref.examples[:2] if ref else ()
            self.lever_list.setText("")
            self.examples.setText("<br>".join(
                f"<b>{_esc(_short(e.collectivite, 70))}</b> — {_esc(_short(e.description, 190))}"
                for e in examples))
            self.status_box.show()
            for status, pill in self.status_pills.items():
                on = status is lever.status
                colour = STATUS_COLOURS[status]
                pill.setStyleSheet(f"background: {colour}; color: white; border-color: {colour};" if on else "")
            self.notes_caption.setText(self.tr("Notes du groupe"))
            self._set_notes(lever.notes, self.tr("N : écrire les notes du groupe"))
        questions = self._questions(slide)
        self.questions.setText(f"<b>{_esc(self.tr('Questions à se poser'))}</b>" + questions_html(questions)
                               if questions else "")
        if questions:
            # Q: the questions take the place of the guide's notes and examples.
            self.objective.setText("")
            self.examples.setText("")
        self.questions.setVisible(bool(questions))
        self.objective.setVisible(bool(self.objective.text()))
        self.examples.setVisible(bool(self.examples.text()))
        self.lever_list.setVisible(bool(self.lever_list.text()))
        if self.pages.currentIndex() == self.VOTES:
            self.render_votes()

    def _questions(self, slide) -> tuple[str, ...]:
        """The current lever's guiding questions while Q is on (none for a step slide)."""
        if not self.questions_shown or slide.is_step:
            return ()
        lever = self.ctx.services.lever(slide.lever_id)
        try:
            return () if lever.custom else self.ctx.referential.lever(lever.code).questions
        except KeyError:
            return ()

    def toggle_questions(self) -> None:
        self.questions_shown = not self.questions_shown
        self.render()
        slide = self.presenter.current
        if self.questions_shown and not slide.is_step and not self._questions(slide):
            self.show_toast(self.tr("Le référentiel ne propose pas de questions pour ce levier."))

    def _set_notes(self, text: str, placeholder: str) -> None:
        self.notes.setText(_short(text, 600) if text.strip() else placeholder)
        self.notes.setProperty("empty", not text.strip())
        self.notes.setStyleSheet(f"color: {MUTED}; font-style: italic;" if not text.strip() else "")

    def render_votes(self) -> None:
        w = self._workshop()
        if w is None:
            self.vote_title.setText(self.tr("Vote à gommettes"))
            self.vote_info.setText(self.tr("Aucun atelier choisi : quittez le mode (Échap), créez ou "
                                           "sélectionnez un atelier dans « Ateliers », puis relancez F5."))
            self.chart.set_bars([])
            return
        bars = chart_bars(self.ctx, w.id)
        if self.vote_lever is None or all(b.lever_id != self.vote_lever for b in bars):
            self.vote_lever = bars[0].lever_id if bars else None
        tally = self.ctx.services.vote_tally(w.id)
        self.vote_title.setText(self.tr("Vote à gommettes — %1").replace("%1", placed_text(tally.placed, tally.available)))
        people = len(w.participants)
        info = (self.tr("%n participants", "", people) + " × " + self.tr("%n gommettes", "", w.dots_per_participant)
                if people else self.tr("Totaux du groupe"))
        self.vote_info.setText(info + self.tr("  ·  ↑ ↓ choisir · + − gommette · P plan d'action"))
        self.chart.set_bars(bars, self.vote_lever)

    # -- changes ---------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if self.ctx.closed:
            return
        if changes.levers or changes.actions or changes.workshops:
            ids = {s.lever_id for s in self.presenter.slides}
            fresh = self._steps()
            if {lid for _n, levers in fresh for lid, _c in levers} != ids:
                self.presenter.set_steps(fresh)
        self.render()

    def _follow(self) -> None:
        if self.follow is not None:
            slide = self.presenter.current
            self.follow("step", slide.step) if slide.is_step else self.follow("lever", slide.lever_id)

    def go_to(self, fn: Callable[[], bool]) -> None:
        if fn():
            self.render()
            self._follow()

    # -- editing ---------------------------------------------------------------------------
    def set_status(self, status: LeverStatus) -> bool:
        lever_id = self.presenter.lever_id
        if lever_id is None:
            return False
        lever = self.ctx.services.lever(lever_id)
        if lever.status is status:
            return False
        return self.ctx.attempt(SetFieldsCommand(
            self.ctx, "lever", lever_id, {"status": status}, {"status": lever.status},
            self.tr("Statut du levier %1 : %2").replace("%1", lever.code).replace("%2", label(status)))) is not None

    def open_editor(self, what: str) -> None:
        slide = self.presenter.current
        if what == "decisions":
            w = self._workshop()
            if w is None:
                self.show_toast(self.tr("Aucun atelier choisi : les décisions s'écrivent dans un atelier."))
                return
            self._editing = ("decisions", w.id)
            self.editor_title.setText(self.tr("Décisions de l'atelier du %1").replace("%1", format_date(w.date) or "—"))
            text = w.decisions
        elif slide.is_step:
            self._editing = ("step", slide.step)
            self.editor_title.setText(self.tr("%1 %2 — synthèse").replace("%1", word(
                self.ctx.referential.words.part, capital=True)).replace("%2", str(slide.step)))
            text = self.ctx.services.step(slide.step).notes
        else:
            lever = self.ctx.services.lever(slide.lever_id)
            self._editing = ("lever", lever.id)
            self.editor_title.setText(f"{lever.code} — {_short(lever.label, 120)}")
            text = lever.notes
        self.editor_hint.setText(self.tr("Échap ou Ctrl+Entrée : enregistrer et revenir"))
        self._original = text
        if text.strip() and not text.endswith("\n"):
            text += "\n"  # typing live adds a line, it does not run on from the last one
        self.editor.setPlainText(text)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.pages.setCurrentIndex(self.EDITOR)
        self.editor.setFocus()

    def close_editor(self, save: bool = True) -> None:
        if self._editing is None:
            return
        if save and not self.ctx.closed:
            self._commit_editor()
        self._editing = None
        self.pages.setCurrentIndex(self.SLIDES)
        self.setFocus()

    def flush(self) -> None:
        """Commit what is typed in the editor, which stays open (the laptop saves, say)."""
        if self._editing is not None and not self.ctx.closed:
            self._commit_editor()

    def _commit_editor(self) -> None:
        what, ident = self._editing
        text = self.editor.toPlainText()
        if text.rstrip() == self._original.rstrip():
            return  # nothing typed: no edit
        if text.endswith("\n") and not self._original.endswith("\n"):
            text = text.rstrip("\n")
        try:
            if what == "lever":
                lever = self.ctx.services.lever(ident)
                if text != lever.notes:
                    self.ctx.run(SetFieldsCommand(self.ctx, "lever", ident, {"notes": text}, {"notes": lever.notes},
                                                  self.tr("Notes du levier %1").replace("%1", lever.code)))
            elif what == "step":
                old = self.ctx.services.step(ident).notes
                if text != old:
                    self.ctx.run(SetFieldsCommand(self.ctx, "step_notes", ident, {"notes": text}, {"notes": old},
                                                  self.tr("Synthèse de l'étape %1").replace("%1", str(ident))))
            else:
                old = self.ctx.services.workshop(ident).decisions
                if text != old:
                    self.ctx.run(SetFieldsCommand(self.ctx, "workshop", ident, {"decisions": text},
                                                  {"decisions": old}, self.tr("Décisions de l'atelier")))
        except ConnectionLost:
            pass  # kept by the context and sent again once the server answers: not twice
        except EssdeskError as exc:
            self.show_toast(error_text(exc))
            return
        self._original = text

    def toggle_votes(self) -> None:
        if self.pages.currentIndex() == self.VOTES:
            self.pages.setCurrentIndex(self.SLIDES)
            return
        if self.presenter.lever_id is not None:
            self.vote_lever = self.presenter.lever_id
        self.pages.setCurrentIndex(self.VOTES)
        self.render_votes()

    def _vote_candidates(self) -> list[int]:
        """↑ ↓ walk the levers in the guide's order (the bars move as dots are added)."""
        ids = [lv.id for lv in candidate_levers(self.ctx, self.workshop_id)]
        return ids + [b.lever_id for b in self.chart.bars if b.lever_id not in ids]

    def vote(self, delta: int, lever_id: int | None = None) -> bool:
        lever_id = lever_id or self.vote_lever
        if self.workshop_id is None or lever_id is None:
            return False
        self.vote_lever = lever_id
        done = change_dots(self.ctx, self.workshop_id, lever_id, None, delta)
        self.render_votes()
        return done

    def _chart_clicked(self, lever_id: int, delta: int) -> None:
        self.vote(delta, lever_id)

    def choose_vote_lever(self, step: int) -> None:
        ids = self._vote_candidates()
        if not ids:
            return
        i = ids.index(self.vote_lever) if self.vote_lever in ids else 0
        self.vote_lever = ids[min(max(i + step, 0), len(ids) - 1)]
        self.chart.set_bars(self.chart.bars, self.vote_lever)

    # -- timer -----------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        self.timer_shown = True
        self.countdown.toggle()
        self._finished_signalled = self.countdown.finished
        self.ticker.start()
        self.tick()

    def reset_timer(self) -> None:
        self.countdown.reset()
        self._finished_signalled = False
        self.tick()

    def tick(self) -> None:
        c = self.countdown
        self.timer_label.setVisible(self.timer_shown)
        self.timer_label.setText(c.text())
        state = "finished" if c.finished else ("running" if c.running else "paused")
        if self.timer_label.property("state") != state:
            self.timer_label.setProperty("state", state)
            repolish(self.timer_label)
        self.banner.setVisible(c.finished and self.timer_shown)
        if c.finished:
            self._blink = not self._blink
            self.banner.setProperty("blink", "true" if self._blink else "false")
            repolish(self.banner)
            if not self._finished_signalled:
                self._finished_signalled = True
                QApplication.beep()
                self.timerFinished.emit()

    @property
    def time_is_up(self) -> bool:
        return self.banner.isVisibleTo(self)

    # -- keys ------------------------------------------------------------------------------
    @staticmethod
    def _leaves_field(event) -> bool:
        """Esc, and Ctrl+Entrée (the documented "validate"), are the only ways out of a field."""
        key = event.key()
        return key == Qt.Key.Key_Escape or (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def eventFilter(self, obj, event) -> bool:
        # Filtered: the two fields of the mode (notes editor, minutes). Every key but the
        # two ways out is the field's own (Ctrl+Fin, Origine, PageSuiv., chiffres…):
        # accepting the override means no shortcut of any window may take it.
        if event.type() == event.Type.ShortcutOverride and not self._leaves_field(event):
            event.accept()
            return True
        if event.type() == event.Type.KeyPress:
            key = event.key()
            if obj is self.editor and self._leaves_field(event):
                self.close_editor(save=True)
                return True
            if obj is self.minutes and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                if key != Qt.Key.Key_Escape:
                    self.countdown.set_minutes(self.minutes.value())
                    self.timer_shown = True
                    self._finished_signalled = False
                    self.tick()
                self.pages.setCurrentIndex(self.SLIDES)
                self.setFocus()
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        page = self.pages.currentIndex()
        if page in (self.EDITOR, self.MINUTES):
            # A key the field did not use (Ctrl+Fin at the end of the text, Ctrl+Z with
            # nothing to undo…) bubbles up here: it must not act on the slides.
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.ctx.undo_stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or (
                key == Qt.Key.Key_Z and event.modifiers() == (Qt.KeyboardModifier.ControlModifier
                                                              | Qt.KeyboardModifier.ShiftModifier)):
            self.ctx.undo_stack.redo()
            return
        if key == Qt.Key.Key_Escape:
            if page in (self.VOTES, self.HELP):
                self.pages.setCurrentIndex(self.SLIDES)
            else:
                self.close()
            return
        if key == Qt.Key.Key_F5:
            self.close()
            return
        lower = text.lower()
        if lower == "t":
            self.toggle_timer()
            return
        if lower == "r":
            self.reset_timer()
            return
        if lower == "m":
            self.minutes.setValue(max(self.countdown.minutes, 1))
            self.pages.setCurrentIndex(self.MINUTES)
            self.minutes.setFocus()
            self.minutes.selectAll()
            return
        if lower == "h" or key == Qt.Key.Key_F1 or text == "?":
            self.pages.setCurrentIndex(self.SLIDES if page == self.HELP else self.HELP)
            return
        if lower == "v":
            self.toggle_votes()
            return
        if lower == "w":
            from essdesk.ui.phone_vote import open_phone_vote

            self.phone_vote = open_phone_vote(self.ctx, self.workshop_id, self)
            return
        if lower == "d":
            self.open_editor("decisions")
            return
        if page == self.VOTES:
            if key == Qt.Key.Key_Up:
                self.choose_vote_lever(-1)
            elif key == Qt.Key.Key_Down:
                self.choose_vote_lever(+1)
            elif text in ("+", "=") or key == Qt.Key.Key_Plus:
                self.vote(+1)
            elif text in ("-", "−", "_") or key == Qt.Key.Key_Minus:
                self.vote(-1)
            elif lower == "p" and self.workshop_id is not None:
                convert_votes(self.ctx, self.workshop_id)
                self.render_votes()
            elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.pages.setCurrentIndex(self.SLIDES)
                self.keyPressEvent(event)
            return
        if page != self.SLIDES:
            self.pages.setCurrentIndex(self.SLIDES)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space,
                   Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_to(self.presenter.next)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.go_to(self.presenter.previous)
        elif key == Qt.Key.Key_Home:
            self.go_to(self.presenter.first)
        elif key == Qt.Key.Key_End:
            self.go_to(self.presenter.last)
        elif lower == "n":
            self.open_editor("notes")
        elif lower == "q":
            self.toggle_questions()
        elif (text.isdigit() and status_for_key(int(text))) or text in AZERTY_DIGITS:
            digit = int(text) if text.isdigit() else AZERTY_DIGITS[text]
            self.set_status(status_for_key(digit))
        else:
            super().keyPressEvent(event)

    # -- toast and closing -----------------------------------------------------------------
    def show_toast(self, text: str) -> None:
        self.toast.setText(text)
        self.toast.adjustSize()
        self._place_toast()
        self.toast.show()
        self.toast.raise_()
        self._toast_timer.start(4000)

    def _place_toast(self) -> None:
        self.toast.move(max((self.width() - self.toast.width()) // 2, 0),
                        max(self.height() - self.toast.height() - self.margin * 2, 0))

    def closeEvent(self, event) -> None:
        if self._editing is not None:
            self.close_editor(save=True)
        self.ticker.stop()
        for signal, slot in ((self.ctx.changed, self._on_changed), (self.ctx.message, self.show_toast)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        super().closeEvent(event)
        self.closed.emit()


# --------------------------------------------------------------------------- screens


def pick_screen(preferred: str, window: QWidget | None) -> QScreen:
    """The remembered screen if connected; else, with two screens, the one the window is not on."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if preferred and screen.name() == preferred:
            return screen
    here = window.screen() if window is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not here]
    return others[0] if others else here


def show_on(widget: QWidget, screen: QScreen, full_screen: bool = True) -> None:
    widget.setGeometry(screen.geometry())
    widget.create()
    if widget.windowHandle() is not None:
        widget.windowHandle().setScreen(screen)
    if full_screen:
        widget.showFullScreen()
    else:
        widget.show()
    widget.activateWindow()
    widget.setFocus()


# --------------------------------------------------------------------------- main window glue
# (the "Atelier" menu itself is built by essdesk.ui.workshop_menu, which imports this on use)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopMode", text)


def current_workshop(window) -> int | None:
    """The session selected in Ateliers, else the latest one."""
    ident = window.workshops_view.editor.workshop_id
    if ident is not None:
        return ident
    workshops = window.ctx.services.workshops()
    return workshops[-1].id if workshops else None


def open_mode(window) -> WorkshopMode | None:
    if window.ctx is None:
        return None
    existing = getattr(window, "workshop_mode", None)
    if existing is not None and existing.isVisible():
        existing.close()
        return None
    start_step = start_lever = None
    if window.pages.currentWidget() is window.step_view and window.step_view.number:
        start_step = window.step_view.number
    screen = pick_screen(window.settings.workshop_screen, window)
    two_screens = screen is not window.screen()
    mode = WorkshopMode(window.ctx, current_workshop(window), start_step=start_step,
                        start_lever=start_lever, follow=window.go if two_screens else None)
    mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    ctx, start = window.ctx, window.ctx.undo_stack.index()
    mode.closed.connect(lambda: (window.activateWindow(), setattr(window, "workshop_mode", None),
                                 offer_jalon(window, ctx, start)))
    window.workshop_mode = mode
    show_on(mode, screen)
    return mode


def offer_jalon(window, ctx, start: int) -> QMessageBox | None:
    """At the end of a session that changed the diagnostic, propose to post a jalon.

    Non-modal: the group may leave the question for later; nothing is posted unasked.
    """
    if ctx.closed or window.ctx is not ctx or ctx.undo_stack.index() == start:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Poser un jalon ?"), _tr(
        "La séance a modifié le diagnostic. Poser un jalon pour garder son état d'aujourd'hui "
        "et le comparer plus tard ?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def answered(button: int) -> None:
        if button == QMessageBox.StandardButton.Yes and not ctx.closed:
            from essdesk.ui.jalons_view import post_jalon

            post_jalon(window, ctx, _tr("Atelier du %1").replace("%1", f"{dt.date.today():%d/%m/%Y}"))

    box.finished.connect(answered)
    window.jalon_offer = box
    box.open()
    return box


def open_votes(ctx, workshop_id: int | None, parent: QWidget):
    from essdesk.ui.vote_panel import VoteDialog

    if workshop_id is None:
        QMessageBox.information(parent, _tr("Vote à gommettes"),
                                _tr("Créez d'abord un atelier dans la vue « Ateliers ». "))
        return None
    dialog = VoteDialog(ctx, workshop_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def export_minutes(ctx, workshop_id: int | None, parent: QWidget, target: Path | None = None) -> Path | None:
    """Ask where (unless `target` is given) and write the session's minutes PDF."""
    if workshop_id is None:
        QMessageBox.information(parent, _tr("Compte rendu"), _tr("Choisissez d'abord un atelier."))
        return None
    w = ctx.services.workshop(workshop_id)
    if target is None:
        folder = ctx.document.target.parent if ctx.document.target else Path.home()
        name = f"compte-rendu-atelier-{w.date:%Y-%m-%d}.pdf" if w.date else "compte-rendu-atelier.pdf"
        path, _ = QFileDialog.getSaveFileName(parent, _tr("Compte rendu PDF de l'atelier"),
                                              str(folder / name), _tr("PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path)
    from essdesk.export.minutes import write_minutes

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = write_minutes(ctx.session, ctx.referential, workshop_id, target)
    except EssdeskError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _tr("Compte rendu"), str(exc))
        return None
    QApplication.restoreOverrideCursor()
    ctx.message.emit(_tr("Compte rendu enregistré : %1").replace("%1", str(written)))
    return written
