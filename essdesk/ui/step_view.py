"""One step of the method: its objective and guidance, a card per lever, the synthesis.

A step has at most about ten levers, so each is a small card widget; cards are updated in
place when a command changes their lever, and rebuilt only when levers are added/removed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.scoring import format_percent
from essdesk.domain.services import Changes
from essdesk.models.enums import LeverStatus, Priority
from essdesk.models.tables import Lever
from essdesk.ui.commands import AddCommand, RemoveCommand, SetFieldsCommand
from essdesk.ui.flow import FlowLayout
from essdesk.ui.guidance import LeverGuidance, examples_html
from essdesk.ui.i18n import label, levers_word, step_title, word
from essdesk.ui.style import STATUS_COLOURS  # noqa: F401 (re-exported)
from essdesk.ui.widgets import CheckListDialog, OptionalDateEdit


class NotesEdit(QPlainTextEdit):
    """Multi-line notes committed as one edit when the field loses focus."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


class LeverCard(QFrame):
    def __init__(self, view: StepView, lever: Lever) -> None:
        super().__init__()
        self.view = view
        self.lever_id = lever.id
        self.code = lever.code
        self.setObjectName("leverCard")
        self._values: dict = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)

        head = QHBoxLayout()
        self.code_label = QLabel(lever.code)
        self.code_label.setObjectName("leverCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(lever.label)
        self.title.setObjectName("leverTitle")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        head.addWidget(self.code_label)
        head.addWidget(self.title, 1)
        if lever.custom:
            tag = QLabel(self.tr("personnalisé"))
            tag.setObjectName("tag")
            head.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
            self.rename_button = QToolButton()
            self.rename_button.setText(self.tr("Renommer…"))
            self.rename_button.setAccessibleName(
                self.tr("Renommer le levier personnalisé %1").replace("%1", lever.code))
            self.rename_button.setToolTip(self.rename_button.accessibleName())
            self.rename_button.clicked.connect(self.rename)
            head.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
            remove = QToolButton()
            remove.setText("✕")
            remove.setAccessibleName(self.tr("Supprimer le levier personnalisé %1").replace("%1", lever.code))
            remove.setToolTip(remove.accessibleName())
            remove.clicked.connect(self._remove)
            head.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)

        ref = None
        try:
            ref = view.ctx.referential.lever(lever.code) if not lever.custom else None
        except KeyError:
            ref = None
        if ref is not None:
            self.guidance_panel = LeverGuidance(ref)
            lay.addWidget(self.guidance_panel)
        if ref is not None and (ref.examples or ref.guidance):
            self.examples_button = QToolButton()
            self.examples_button.setObjectName("disclosure")
            self.examples_button.setCheckable(True)
            self.examples_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.examples_button.setArrowType(Qt.ArrowType.RightArrow)
            self.examples_button.setText(
                self.tr("Repères et exemples (%1)").replace("%1", str(len(ref.examples)))
            )
            self.examples = QLabel()
            self.examples.setObjectName("guide")
            self.examples.setWordWrap(True)
            self.examples.setTextFormat(Qt.TextFormat.RichText)
            html = f"<p>{_esc(ref.guidance)}</p>" if ref.guidance else ""
            html += examples_html(ref, view.ctx)
            self.examples.setText(html)
            self.examples.hide()
            self.examples_button.toggled.connect(self._toggle_examples)
            lay.addWidget(self.examples_button)
            lay.addWidget(self.examples)

        status_box = QWidget()
        status_row = FlowLayout(status_box, spacing=4)  # wraps on a narrow window
        caption = QLabel(self.tr("Statut"))
        caption.setObjectName("fieldCaption")
        status_row.addWidget(caption)
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[LeverStatus, QToolButton] = {}
        for status in LeverStatus:
            b = QToolButton()
            b.setObjectName("statusButton")
            b.setText(label(status))
            b.setCheckable(True)
            b.setProperty("status", status.value)
            b.setAccessibleName(self.tr("Statut du levier %1 : %2").replace("%1", lever.code).replace("%2", label(status)))
            self.status_group.addButton(b)
            self.status_buttons[status] = b
            status_row.addWidget(b)
            b.clicked.connect(lambda _c=False, s=status: self._set("status", s, label(s)))
        lay.addWidget(status_box)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self._caption(self.tr("Priorité")))
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priorité du levier %1").replace("%1", lever.code))
        for p in Priority:
            self.priority.addItem(label(p), p.value)
        self.priority.activated.connect(
            lambda _i: self._set("priority", Priority(self.priority.currentData()), self.priority.currentText())
        )
        row.addWidget(self.priority)
        row.addWidget(self._caption(self.tr("Qui")))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Personne ou structure référente"))
        self.owner.setAccessibleName(self.tr("Qui porte le levier %1").replace("%1", lever.code))
        self.owner.editingFinished.connect(lambda: self._set("owner", self.owner.text().strip(), self.owner.text()))
        row.addWidget(self.owner, 1)
        row.addWidget(self._caption(self.tr("Échéance")))
        self.due = OptionalDateEdit()
        self.due.setAccessibleName(self.tr("Échéance du levier %1").replace("%1", lever.code))
        self.due.editingFinished.connect(self._commit_due)
        self.due.calendarWidget().clicked.connect(lambda _d: QTimer.singleShot(0, self._commit_due))
        row.addWidget(self.due)
        lay.addLayout(row)

        self.notes = NotesEdit()
        self.notes.setPlaceholderText(self.tr("Notes de l'atelier…"))
        self.notes.setAccessibleName(self.tr("Notes du levier %1").replace("%1", lever.code))
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.notes.editingFinished.connect(lambda: self._set("notes", self.notes.toPlainText(), None))
        lay.addWidget(self.notes)

        bottom = QHBoxLayout()
        self.actors_button = QPushButton()
        self.actors_button.setObjectName("linkButton")
        self.actors_button.clicked.connect(self._pick_actors)
        self.actors_label = QLabel()
        self.actors_label.setObjectName("muted")
        self.actors_label.setWordWrap(True)
        bottom.addWidget(self.actors_button)
        bottom.addWidget(self.actors_label, 1)
        self.create_action = QPushButton(self.tr("Créer une action"))
        self.create_action.setToolTip(self.tr("Ajoute au plan d'action une action liée à ce levier, pré-remplie."))
        self.create_action.clicked.connect(self._create_action)
        bottom.addWidget(self.create_action)
        lay.addLayout(bottom)
        self.update_from(lever)

    def _caption(self, text: str) -> QLabel:
        c = QLabel(text)
        c.setObjectName("fieldCaption")
        return c

    def _toggle_examples(self, on: bool) -> None:
        self.examples.setVisible(on)
        self.examples_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def update_from(self, lever: Lever) -> None:
        # A text being typed here is kept, with the value it started from: a colleague's
        # change to it meanwhile makes its commit a conflict, never a silent overwrite.
        texts = {"notes": self.notes.toPlainText(), "owner": self.owner.text()}
        typing = {name for name, box in (("notes", self.notes), ("owner", self.owner))
                  if box.hasFocus() and name in self._values and texts[name] != self._values[name]}
        started = {name: self._values[name] for name in typing if name in self._values}
        self._values = {
            "status": lever.status, "priority": lever.priority, "owner": lever.owner,
            "due": lever.due, "notes": lever.notes, **started,
        }
        self.title.setText(lever.label)
        self.status_buttons[lever.status].setChecked(True)
        self.setProperty("status", lever.status.value)
        self.priority.blockSignals(True)
        self.priority.setCurrentIndex(self.priority.findData(lever.priority.value))
        self.priority.blockSignals(False)
        if self.owner.text() != lever.owner and "owner" not in typing:
            self.owner.setText(lever.owner)
        self.due.blockSignals(True)
        self.due.set_value(lever.due)
        self.due.blockSignals(False)
        if "notes" not in typing:
            self.notes.set_text(lever.notes)
        self.actor_ids = [a.id for a in lever.actors]
        names = [a.name for a in lever.actors]
        self.actors_button.setText(self.tr("Acteurs impliqués (%1)…").replace("%1", str(len(names))))
        self.actors_button.setAccessibleName(
            self.tr("Choisir les acteurs impliqués dans le levier %1").replace("%1", lever.code))
        self.actors_label.setText(", ".join(names) if names else self.tr("aucun acteur choisi"))

    def _commit_due(self) -> None:
        self._set("due", self.due.value(), None)

    def _set(self, name: str, value, shown: str | None) -> None:
        old = self._values.get(name)
        if value == old:
            return
        field = {"status": self.tr("Statut"), "priority": self.tr("Priorité"), "owner": self.tr("Qui"),
                 "due": self.tr("Échéance"), "notes": self.tr("Notes")}[name]
        text = self.tr("%1 du levier %2").replace("%1", field).replace("%2", self.code)
        if shown:
            text += f" : {shown}"
        self.view.run(SetFieldsCommand(self.view.ctx, "lever", self.lever_id, {name: value}, {name: old}, text))

    def _pick_actors(self) -> None:
        ctx = self.view.ctx
        choices = queries.actor_choices(ctx.session, ctx.diagnostic_id)
        dialog = CheckListDialog(self.tr("Acteurs impliqués — levier %1").replace("%1", self.code),
                                 choices, self.actor_ids, self)
        if dialog.exec():
            new = dialog.checked_ids()
            if set(new) != set(self.actor_ids):
                self.view.run(SetFieldsCommand(
                    ctx, "lever_actors", self.lever_id, {"actor_ids": new}, {"actor_ids": self.actor_ids},
                    self.tr("Acteurs du levier %1").replace("%1", self.code)))

    def _create_action(self) -> None:
        lever_id = self.lever_id
        changes = self.view.run(AddCommand(
            self.view.ctx, "action", lambda s: s.action_from_lever(lever_id),
            self.tr("Créer une action depuis le levier %1").replace("%1", self.code)))
        if changes is not None:
            self.view.ctx.message.emit(self.tr("Action ajoutée au plan d'action."))

    def rename(self, text: str | None = None) -> None:
        """Rename a custom lever (asks for the new label unless `text` is given)."""
        old = self.title.text()
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Renommer le levier %1").replace("%1", self.code),
                self.tr("Intitulé du levier :"), old)
            if not ok:
                return
        text = text.strip()
        if text and text != old:
            self.view.run(SetFieldsCommand(self.view.ctx, "lever", self.lever_id, {"label": text}, {"label": old},
                                           self.tr("Renommer le levier %1").replace("%1", self.code)))

    def _remove(self) -> None:
        self.view.run(RemoveCommand(self.view.ctx, "lever", self.lever_id,
                                    self.tr("Supprimer le levier %1").replace("%1", self.code)))


class StepView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        self.number = 1
        self.cards: dict[int, LeverCard] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("page")
        self.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(24, 20, 24, 24)
        root.setSpacing(12)

        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.progress = QLabel()
        self.progress.setObjectName("progressBadge")
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(top)
        self.objective = QLabel()
        self.objective.setObjectName("objective")
        self.objective.setWordWrap(True)
        root.addWidget(self.objective)
        self.guidance_button = QToolButton()
        self.guidance_button.setObjectName("disclosure")
        self.guidance_button.setCheckable(True)
        self.guidance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_button.setArrowType(Qt.ArrowType.RightArrow)
        self.guidance_button.setText(self.tr("Conseils du guide"))
        self.guidance = QLabel()
        self.guidance.setObjectName("guide")
        self.guidance.setWordWrap(True)
        self.guidance.hide()
        self.guidance_button.toggled.connect(self._toggle_guidance)
        root.addWidget(self.guidance_button)
        root.addWidget(self.guidance)

        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        root.addLayout(self.cards_box)
        self.add_lever = QPushButton(self.tr("Ajouter un levier personnalisé…"))
        self.add_lever.clicked.connect(self._add_lever)
        root.addWidget(self.add_lever, 0, Qt.AlignmentFlag.AlignLeft)

        synth = self.synth = QLabel(self.tr("Synthèse"))  # "Synthèse — Axe 2": show_step
        synth.setObjectName("sectionTitle")
        root.addWidget(synth)
        self.notes = NotesEdit()
        self.notes.setPlaceholderText(self.tr("Ce que le groupe retient : constats, points de vigilance, suites…"))
        self.notes.setAccessibleName(self.tr("Synthèse de l'étape"))
        self.notes.setMinimumHeight(self.fontMetrics().height() * 6)
        self.notes.editingFinished.connect(self._commit_notes)
        synth.setBuddy(self.notes)
        root.addWidget(self.notes)

        nav = QHBoxLayout()
        self.previous = QPushButton()
        self.previous.clicked.connect(lambda: self.ctx.navigate.emit("step", self.number - 1))
        self.next = QPushButton()
        self.next.clicked.connect(lambda: self.ctx.navigate.emit("step", self.number + 1))
        nav.addWidget(self.previous)
        nav.addStretch()
        nav.addWidget(self.next)
        root.addLayout(nav)
        root.addStretch()
        self._notes_value = ""

    def _toggle_guidance(self, on: bool) -> None:
        self.guidance.setVisible(on)
        self.guidance_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        self.show_step(self.number)  # its rebuild removes the previous document's cards

    def run(self, command) -> Changes | None:
        if self.ctx is None or self.ctx.closed:
            return None
        return self.ctx.attempt(command)

    def show_step(self, number: int) -> None:
        self.number = number
        ref = self.ctx.referential.step(number)
        part = word(self.ctx.referential.words.part, capital=True)
        self.title.setText(self.tr("%1 %2 — %3").replace("%1", part).replace("%2", str(number))
                           .replace("%3", step_title(ref.title)))
        self.synth.setText(self.tr("Synthèse — %1").replace("%1", f"{part} {number}"))
        self.add_lever.setText(self.tr("Ajouter (%1 du groupe)…").replace("%1", word(self.ctx.referential.words.lever)))
        self.objective.setText(ref.objective)
        self.guidance.setText(ref.guidance)
        self.guidance_button.setVisible(bool(ref.guidance.strip()))  # a method may give none
        if not ref.guidance.strip():
            self.guidance_button.setChecked(False)
        last = max(s.number for s in self.ctx.referential.steps)
        self.previous.setVisible(number > 1)
        self.next.setVisible(number < last)
        if number > 1:
            self.previous.setText("← " + self.tr("%1 %2").replace("%1", part).replace("%2", str(number - 1)))
        if number < last:
            self.next.setText(self.tr("%1 %2").replace("%1", part).replace("%2", str(number + 1)) + " →")
        self._rebuild()
        self.verticalScrollBar().setValue(0)

    def _rebuild(self) -> None:
        step = self.ctx.services.step(self.number)
        for card in self.cards.values():
            self.cards_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        for lever in step.levers:
            card = LeverCard(self, lever)
            self.cards[lever.id] = card
            self.cards_box.addWidget(card)
        self._update_header(step)

    def _update_header(self, step) -> None:
        if not (self.notes.hasFocus() and self.notes.toPlainText() != self._notes_value):
            # (else being typed: kept, with the value it started from)
            self._notes_value = step.notes
            self.notes.set_text(step.notes)
        total = len(step.levers)
        done = sum(1 for lv in step.levers if lv.status is not LeverStatus.NOT_ASSESSED)
        maturity = self.ctx.services.scores().steps.get(self.number)
        self.progress.setText(
            self.tr("%1/%2 %3").replace("%1", str(done)).replace("%2", str(total))
            .replace("%3", levers_word(total, self.ctx.referential.words)) + " · " + self.tr("maturité %1").replace("%1", format_percent(maturity.maturity if maturity else None))
        )

    def refresh(self, changes: Changes) -> None:
        if self.ctx is None or not (self.number in changes.steps or changes.actors):
            return
        step = self.ctx.services.step(self.number)
        if [lv.id for lv in step.levers] != list(self.cards):
            self._rebuild()
            return
        for lever in step.levers:
            if changes.actors or lever.id in changes.levers:
                self.cards[lever.id].update_from(lever)
        self._update_header(step)

    def focus_lever(self, lever_id: int) -> None:
        card = self.cards.get(lever_id)
        if card is not None:
            QTimer.singleShot(0, lambda: self.ensureWidgetVisible(card, 0, 40))
            card.status_buttons[LeverStatus(card.property("status"))].setFocus()

    def _commit_notes(self) -> None:
        text = self.notes.toPlainText()
        if text != self._notes_value:
            self.run(SetFieldsCommand(self.ctx, "step_notes", self.number, {"notes": text},
                                      {"notes": self._notes_value},
                                      self.tr("Synthèse de l'étape %1").replace("%1", str(self.number))))

    def _add_lever(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Ajouter un levier personnalisé"),
            self.tr("Intitulé du levier propre à votre territoire :"))
        if ok and text.strip():
            number = self.number
            self.run(AddCommand(self.ctx, "lever", lambda s: s.add_custom_lever(number, text.strip()),
                                self.tr("Ajouter un levier à l'étape %1").replace("%1", str(number))))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
