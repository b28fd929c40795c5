"""Ateliers: the workshop sessions and an editor for the selected one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.services import Changes
from essdesk.errors import ConnectionLost, EssdeskError
from essdesk.ui.commands import AddCommand, RemoveCommand, ReplaceWorkshopCommand, SetFieldsCommand
from essdesk.ui.flow import FlowLayout
from essdesk.ui.i18n import error_text, format_date, step_title, word
from essdesk.ui.live_edit import LiveField, commit_focused
from essdesk.ui.models.base import ID_ROLE
from essdesk.ui.models.participants import ParticipantColumn, ParticipantsModel
from essdesk.ui.models.workshops import WorkshopColumn, WorkshopsModel
from essdesk.ui.step_view import NotesEdit
from essdesk.ui.widgets import FieldErrors, OptionalDateEdit, page_layout


class WorkshopEditor(QFrame):
    """The selected session. Every field commits as it is typed (see ui.live_edit): one
    undoable command per pause, merged while the field keeps the focus; nothing waits for a
    button, so switching session or view, saving or closing loses nothing."""

    def __init__(self, view: WorkshopsView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        lay.addWidget(self.heading)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.date = OptionalDateEdit()
        self.place = QLineEdit()
        self.parts_box = QWidget()  # one box per part of the diagnostic's referential (set_parts)
        # Wraps: ten parts must not widen the editor and squeeze the list's « Lieu » column.
        self.parts_lay = FlowLayout(self.parts_box)
        self.parts_lay.setContentsMargins(0, 0, 0, 0)
        self.steps: list[QCheckBox] = []
        self.form = form
        self.errors.add_row(self.tr("&Date"), self.date, "date")
        self.errors.add_row(self.tr("&Lieu"), self.place, "place")
        self.errors.add_row(self.tr("Étapes abordées"), self.parts_box, "steps")
        lay.addLayout(form)

        lay.addWidget(QLabel(self.tr("Participants")))
        self.participant_model = ParticipantsModel(self._set_participants, self)
        self.participants = QTableView()
        self.participants.setModel(self.participant_model)
        self.participants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.participants.verticalHeader().hide()
        self.participants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participants.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed
                                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setMinimumHeight(self.fontMetrics().height() * 8)
        lay.addWidget(self.participants)
        p_buttons = QHBoxLayout()
        self.add_participant = QPushButton(self.tr("Ajouter un participant"))
        self.remove_participant = QPushButton(self.tr("Retirer le participant"))
        p_buttons.addWidget(self.add_participant)
        p_buttons.addWidget(self.remove_participant)
        p_buttons.addStretch()
        lay.addLayout(p_buttons)
        self.participant_error = QLabel()
        self.participant_error.setStyleSheet("color: #b42318;")
        self.participant_error.setWordWrap(True)
        self.participant_error.hide()
        lay.addWidget(self.participant_error)
        self.participant_model.refused.connect(self._show_participant_error)
        self.add_participant.clicked.connect(self._add_participant)
        self.remove_participant.clicked.connect(self._remove_participant)

        notes_label = QLabel(self.tr("&Notes"))
        lay.addWidget(notes_label)
        self.notes = NotesEdit()
        self.notes.setAccessibleName(self.tr("Notes de l'atelier"))
        notes_label.setBuddy(self.notes)
        lay.addWidget(self.notes, 1)
        self.notes_error = self._error_label(lay)
        decisions_label = QLabel(self.tr("Dé&cisions"))
        lay.addWidget(decisions_label)
        self.decisions = NotesEdit()
        self.decisions.setAccessibleName(self.tr("Décisions de l'atelier"))
        decisions_label.setBuddy(self.decisions)
        lay.addWidget(self.decisions, 1)
        self.decisions_error = self._error_label(lay)
        saved = QLabel(self.tr("Chaque modification est gardée au fil de la frappe (Ctrl+Z pour annuler)."))
        saved.setObjectName("muted")
        saved.setWordWrap(True)
        lay.addWidget(saved)

        def text_of(edit: NotesEdit):
            return edit.toPlainText

        self.fields = {
            "date": LiveField(self.date, self.date.value, self.date.set_value, self.date.dateValueChanged,
                              self._committer("date", self.tr("Date de l'atelier"))),
            "place": LiveField(self.place, lambda: self.place.text().strip(), self.place.setText,
                               self.place.textEdited, self._committer("place", self.tr("Lieu de l'atelier"))),
            "notes": LiveField(self.notes, text_of(self.notes), self.notes.set_text, self.notes.textChanged,
                               self._committer("notes", self.tr("Notes de l'atelier"))),
            "decisions": LiveField(self.decisions, text_of(self.decisions), self.decisions.set_text,
                                   self.decisions.textChanged,
                                   self._committer("decisions", self.tr("Décisions de l'atelier"))),
        }
        self.workshop_id: int | None = None
        self._step_numbers: list[int] = []
        self.setEnabled(False)

    def _error_label(self, lay: QVBoxLayout) -> QLabel:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet("color: #b42318;")
        error.setWordWrap(True)
        error.hide()
        lay.addWidget(error)
        return error

    def _field_error(self, name: str) -> QLabel:
        return {"notes": self.notes_error, "decisions": self.decisions_error}.get(name) or self.errors.labels[name]

    @property
    def ctx(self):
        ctx = self.view.ctx
        return None if ctx is None or ctx.closed else ctx

    def _run(self, command) -> bool:
        """Run a command; a refused edit says why under the participants (False)."""
        try:
            self.ctx.run(command)
        except EssdeskError as exc:
            self._show_participant_error(error_text(exc))
            return False
        return True

    def _committer(self, name: str, text: str):
        def commit(new, old, merge_key) -> bool:
            if self.workshop_id is None or self.ctx is None:
                return True
            error = self._field_error(name)
            try:
                self.ctx.run(SetFieldsCommand(self.ctx, "workshop", self.workshop_id, {name: new}, {name: old},
                                              text, merge_key=merge_key))
            except ConnectionLost:
                return True  # kept by the context and sent again once the server answers
            except EssdeskError as exc:
                error.setText(error_text(exc))
                error.show()
                return False
            error.hide()
            return True
        return commit

    def set_parts(self, referential) -> None:
        """One box per part of the referential, named with its word ("Axe 2 abordé")."""
        for box in self.steps:
            box.deleteLater()
        self.steps = []
        part = word(referential.words.part, capital=True)
        done = self.tr("abordée") if referential.words.feminine else self.tr("abordé")
        for step in referential.steps:
            box = QCheckBox(str(step.number))
            box.setAccessibleName(self.tr("%1 %2 %3").replace("%1", part)
                                  .replace("%2", str(step.number)).replace("%3", done))
            box.setToolTip(step_title(step.title))
            box.clicked.connect(self._steps_clicked)
            self.steps.append(box)
            self.parts_lay.addWidget(box)
        label = self.form.labelForField(self.parts_box.parentWidget())  # FieldErrors' box
        if label is not None:
            label.setText(self.tr("%1 abordées").replace("%1", word(referential.words.parts, capital=True))
                          if referential.words.feminine else
                          self.tr("%1 abordés").replace("%1", word(referential.words.parts, capital=True)))

    def _steps_clicked(self) -> None:
        numbers = [n for n, b in enumerate(self.steps, start=1) if b.isChecked()]
        if self.workshop_id is not None and self.ctx is not None and numbers != self._step_numbers:
            self._run(SetFieldsCommand(self.ctx, "workshop", self.workshop_id, {"step_numbers": numbers},
                                       {"step_numbers": self._step_numbers}, self.tr("Étapes de l'atelier")))

    def _set_participants(self, people: list[dict]) -> bool:
        if self.workshop_id is None or self.ctx is None:
            return False
        self.participant_error.hide()
        return self._run(ReplaceWorkshopCommand(self.ctx, self.workshop_id, {"participants": people},
                                                self.tr("Participants de l'atelier")))

    def _show_participant_error(self, text: str) -> None:
        self.participant_error.setText(text)
        self.participant_error.show()

    def _add_participant(self) -> None:
        rows = self.participant_model.rows
        name = self.tr("Participant %1").replace("%1", str(len(rows) + 1))
        if self._set_participants([*rows, {"name": name, "organisation": "", "actor_id": None}]):
            index = self.participant_model.index(len(self.participant_model.rows) - 1, ParticipantColumn.NAME)
            self.participants.setCurrentIndex(index)
            self.participants.scrollTo(index)
            self.participants.setFocus()
            self.participants.edit(index)  # the default name is selected: typing replaces it

    def _remove_participant(self) -> None:
        row = self.participants.currentIndex().row()
        rows = self.participant_model.rows
        if 0 <= row < len(rows):
            self._set_participants(rows[:row] + rows[row + 1:])

    def flush(self) -> bool:
        """Commit whatever is being typed in this session (before it is left)."""
        commit_focused(self)
        return all([f.flush() for f in self.fields.values()])

    def load(self, workshop_id: int | None) -> None:
        """Show a session (or the stored values of the shown one, after a change)."""
        same = workshop_id is not None and workshop_id == self.workshop_id
        if not same:
            self.flush()
            self.errors.clear()
            self.participant_error.hide()
            self.notes_error.hide()
            self.decisions_error.hide()
        self.workshop_id = workshop_id
        self.setEnabled(workshop_id is not None)
        if workshop_id is None:
            self.heading.setText(self.tr("Choisissez un atelier dans la liste, ou créez-en un."))
            self.participant_model.set_rows([])
            return
        w = self.view.ctx.services.workshop(workshop_id)
        self.heading.setText(self.tr("Atelier du %1").replace("%1", format_date(w.date) or "—"))
        for name, field in self.fields.items():
            value = getattr(w, name)
            field.load(value) if same else field.reset(value)
        self._step_numbers = [s.number for s in w.steps]
        for n, box in enumerate(self.steps, start=1):
            box.setChecked(n in self._step_numbers)
        self.participant_model.set_rows([
            {"id": p.id, "name": p.name, "organisation": p.organisation, "actor_id": p.actor_id}
            for p in w.participants])  # ids kept on every edit: their votes stay theirs


class WorkshopsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        root = page_layout(self, self.tr("Ateliers"))
        hint = self.hint = QLabel(self.tr("Les séances de travail avec les acteurs : date, lieu, étapes abordées, participants, décisions."))
        hint.setObjectName("subtitle")
        hint.setWordWrap(True)
        root.addWidget(hint)
        split = QSplitter()
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.model = WorkshopsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste des ateliers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Date, steps and count as wide as their content; the place takes the rest.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(WorkshopColumn.PLACE, QHeaderView.ResizeMode.Stretch)
        left_lay.addWidget(self.table)
        button_box = QWidget()
        buttons = FlowLayout(button_box)  # wraps: the view fits a 1024 px wide screen
        self.add_button = QPushButton(self.tr("Nouvel atelier"))
        self.add_button.setObjectName("primary")
        self.remove_button = QPushButton(self.tr("Supprimer"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.vote_button = QPushButton(self.tr("Voter…"))
        self.vote_button.setToolTip(self.tr("Vote à gommettes des participants sur les leviers"))
        self.minutes_button = QPushButton(self.tr("Compte rendu PDF…"))
        buttons.addWidget(self.vote_button)
        buttons.addWidget(self.minutes_button)
        left_lay.addWidget(button_box)
        self.editor = WorkshopEditor(self)
        split.addWidget(left)
        split.addWidget(self.editor)
        # Half each: the list's « Lieu » column stays readable at 1024 px (the editor wraps).
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        root.addWidget(split, 1)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.vote_button.clicked.connect(self.vote)
        self.minutes_button.clicked.connect(self.minutes)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._current_changed(cur))

    def _current_changed(self, index) -> None:
        ident = index.data(ID_ROLE) if index.isValid() else None
        if ident != self.editor.workshop_id:
            self.editor.load(ident)
        for b in (self.remove_button, self.vote_button, self.minutes_button):
            b.setEnabled(ident is not None)

    def vote(self) -> None:
        from essdesk.ui.workshop_mode import open_votes

        self.editor.flush()
        open_votes(self.ctx, self.editor.workshop_id, self)

    def minutes(self) -> None:
        from essdesk.ui.workshop_mode import export_minutes

        self.editor.flush()
        export_minutes(self.ctx, self.editor.workshop_id, self)

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        words = ctx.referential.words
        self.model.parts = word(words.parts, capital=True)
        covered = (self.tr("%1 abordées") if words.feminine else self.tr("%1 abordés")).replace("%1", word(words.parts))
        self.hint.setText(self.tr("Les séances de travail avec les acteurs : date, lieu, %1, participants, décisions.")
                          .replace("%1", covered))
        self.model.reset(queries.workshop_rows(ctx.session, ctx.diagnostic_id))
        self.editor.set_parts(ctx.referential)
        self.editor.load(None)
        if self.model.rows:
            self.select(self.model.rows[0][0])
        for b in (self.remove_button, self.vote_button, self.minutes_button):
            b.setEnabled(self.editor.workshop_id is not None)

    def refresh(self, changes: Changes) -> None:
        if changes.workshops or changes.actors:
            self.model.sync(queries.workshop_rows(self.ctx.session, self.ctx.diagnostic_id))
            ident = self.editor.workshop_id
            if ident is not None and self.model.row_of(ident) < 0:
                ident = None
            self.editor.load(ident)

    def select(self, ident: int) -> None:
        row = self.model.row_of(ident)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def add(self) -> None:
        changes = self.ctx.attempt(AddCommand(self.ctx, "workshop", lambda s: s.add_workshop(date=dt.date.today()),
                                              self.tr("Nouvel atelier")))
        if changes is None:
            return
        self.select(changes.created_id)
        self.editor.place.setFocus()

    def remove(self) -> None:
        ident = self.editor.workshop_id
        if ident is not None:
            self.ctx.attempt(RemoveCommand(self.ctx, "workshop", ident, self.tr("Supprimer l'atelier")))

    def flush(self) -> None:
        """Commit what is being typed: the window calls it before saving, switching view or
        closing."""
        self.editor.flush()
