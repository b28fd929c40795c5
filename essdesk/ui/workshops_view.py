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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.services import Changes
from essdesk.errors import EssdeskError
from essdesk.ui.commands import AddCommand, RemoveCommand, ReplaceWorkshopCommand
from essdesk.ui.flow import FlowLayout
from essdesk.ui.i18n import error_text, format_date
from essdesk.ui.models.base import ID_ROLE
from essdesk.ui.models.workshops import WorkshopColumn, WorkshopsModel
from essdesk.ui.step_view import NotesEdit
from essdesk.ui.widgets import FieldErrors, OptionalDateEdit, page_layout

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


class WorkshopEditor(QFrame):
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
        steps = QWidget()
        steps_lay = QHBoxLayout(steps)
        steps_lay.setContentsMargins(0, 0, 0, 0)
        self.steps = []
        for n in range(1, 8):
            box = QCheckBox(str(n))
            box.setAccessibleName(self.tr("Étape %1 abordée").replace("%1", str(n)))
            self.steps.append(box)
            steps_lay.addWidget(box)
        steps_lay.addStretch()
        self.errors.add_row(self.tr("&Date"), self.date, "date")
        self.errors.add_row(self.tr("&Lieu"), self.place, "place")
        self.errors.add_row(self.tr("Étapes abordées"), steps, "steps")
        lay.addLayout(form)

        lay.addWidget(QLabel(self.tr("Participants")))
        self.participants = QTableWidget(0, 2)
        self.participants.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Organisation")])
        self.participants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.participants.verticalHeader().hide()
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
        self.participant_error.hide()
        lay.addWidget(self.participant_error)
        self.add_participant.clicked.connect(self._add_participant)
        self.remove_participant.clicked.connect(
            lambda: self.participants.currentRow() >= 0 and self.participants.removeRow(self.participants.currentRow()))

        lay.addWidget(QLabel(self.tr("Notes")))
        self.notes = NotesEdit()
        self.notes.setAccessibleName(self.tr("Notes de l'atelier"))
        lay.addWidget(self.notes, 1)
        lay.addWidget(QLabel(self.tr("Décisions")))
        self.decisions = NotesEdit()
        self.decisions.setAccessibleName(self.tr("Décisions de l'atelier"))
        lay.addWidget(self.decisions, 1)
        self.save = QPushButton(self.tr("Enregistrer l'atelier"))
        self.save.setObjectName("primary")
        self.save.clicked.connect(self.commit)
        lay.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        self.workshop_id: int | None = None
        self.setEnabled(False)

    def _add_participant(self) -> None:
        row = self.participants.rowCount()
        self.participants.insertRow(row)
        self.participants.setItem(row, 0, QTableWidgetItem(""))
        self.participants.setItem(row, 1, QTableWidgetItem(""))
        self.participants.setCurrentCell(row, 0)
        self.participants.editItem(self.participants.item(row, 0))

    def load(self, workshop_id: int | None) -> None:
        self.workshop_id = workshop_id
        self.errors.clear()
        self.participant_error.hide()
        self.setEnabled(workshop_id is not None)
        if workshop_id is None:
            self.heading.setText(self.tr("Choisissez un atelier dans la liste, ou créez-en un."))
            return
        w = self.view.ctx.services.workshop(workshop_id)
        self.heading.setText(self.tr("Atelier du %1").replace("%1", format_date(w.date) or "—"))
        self.date.set_value(w.date)
        self.place.setText(w.place)
        numbers = {s.number for s in w.steps}
        for n, box in enumerate(self.steps, start=1):
            box.setChecked(n in numbers)
        self.participants.setRowCount(0)
        self._people = {}
        for p in w.participants:
            row = self.participants.rowCount()
            self.participants.insertRow(row)
            name = QTableWidgetItem(p.name)
            name.setData(Qt.ItemDataRole.UserRole, p.actor_id)
            name.setData(PARTICIPANT_ROLE, p.id)  # kept on save: their votes stay theirs
            self.participants.setItem(row, 0, name)
            self.participants.setItem(row, 1, QTableWidgetItem(p.organisation))
        self.notes.set_text(w.notes)
        self.decisions.set_text(w.decisions)
        self._loaded = self.values()

    def is_dirty(self) -> bool:
        return self.workshop_id is not None and self.values() != getattr(self, "_loaded", None)

    def values(self) -> dict:
        people = []
        for row in range(self.participants.rowCount()):
            name = (self.participants.item(row, 0).text() if self.participants.item(row, 0) else "").strip()
            org = (self.participants.item(row, 1).text() if self.participants.item(row, 1) else "").strip()
            if name or org:
                item = self.participants.item(row, 0)
                actor = item.data(Qt.ItemDataRole.UserRole) if item else None
                ident = item.data(PARTICIPANT_ROLE) if item else None
                people.append({"name": name, "organisation": org, "actor_id": actor,
                               **({"id": ident} if ident is not None else {})})
        return {
            "date": self.date.value(), "place": self.place.text().strip(),
            "step_numbers": [n for n, b in enumerate(self.steps, start=1) if b.isChecked()],
            "participants": people, "notes": self.notes.toPlainText(), "decisions": self.decisions.toPlainText(),
        }

    def commit(self) -> bool:
        if self.workshop_id is None or self.view.ctx is None or self.view.ctx.closed:
            return True
        self.errors.clear()
        self.participant_error.hide()
        values = self.values()
        if any(not p["name"] for p in values["participants"]):
            self.participant_error.setText(self.tr("Chaque participant doit avoir un nom."))
            self.participant_error.show()
            return False
        try:
            self.view.ctx.run(ReplaceWorkshopCommand(
                self.view.ctx, self.workshop_id, values,
                self.tr("Modifier l'atelier du %1").replace("%1", format_date(values["date"]) or "—")))
        except EssdeskError as exc:
            self.participant_error.setText(error_text(exc))
            self.participant_error.show()
            return False
        return True


class WorkshopsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        root = page_layout(self, self.tr("Ateliers"))
        hint = QLabel(self.tr("Les séances de travail avec les acteurs : date, lieu, étapes abordées, participants, décisions."))
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
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
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

        if self.editor.is_dirty() and not self.editor.commit():
            return
        open_votes(self.ctx, self.editor.workshop_id, self)

    def minutes(self) -> None:
        from essdesk.ui.workshop_mode import export_minutes

        if self.editor.is_dirty() and not self.editor.commit():
            return
        export_minutes(self.ctx, self.editor.workshop_id, self)

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        self.model.reset(queries.workshop_rows(ctx.session, ctx.diagnostic_id))
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

    def leave(self) -> None:
        """Nothing pending: the editor saves explicitly with its button."""
