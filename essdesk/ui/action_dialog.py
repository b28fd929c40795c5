"""Edit one action of the plan; refused values are explained next to their field."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.fields import ACTION_FIELDS
from essdesk.errors import ConnectionLost, ValidationError
from essdesk.models.enums import ActionStatus, Priority
from essdesk.ui.commands import AddCommand, SetFieldsCommand
from essdesk.ui.i18n import error_reason, format_money, label
from essdesk.ui.widgets import CheckListDialog, FieldErrors, OptionalDateEdit

_MONEY = re.compile(r"^\d+(?:[.,]\d{1,2})?$")


def parse_money(text: str) -> int | None:
    """'12 500,50 €' -> 1250050 cents; '' -> None; ValueError otherwise."""
    cleaned = text.replace("€", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if not _MONEY.match(cleaned):
        raise ValueError(text)
    euros, _, cents = cleaned.replace(",", ".").partition(".")
    return int(euros) * 100 + int((cents + "00")[:2])


class ActionDialog(QDialog):
    def __init__(self, ctx, action_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.action_id = ctx, action_id
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Nouvelle action") if action_id is None else self.tr("Modifier l'action"))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.resize(QSize(620, 640).boundedTo(screen.availableGeometry().size() * 0.95))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.title = QLineEdit()
        self.status = QComboBox()
        for s in ActionStatus:
            self.status.addItem(label(s), s.value)
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem(label(p), p.value)
        self.pilot = QComboBox()
        self.pilot.addItem(self.tr("— aucun —"), None)
        self.actor_choices = queries.actor_choices(ctx.session, ctx.diagnostic_id)
        for ident, name in self.actor_choices:
            self.pilot.addItem(name, ident)
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("ex. 12 500 ou 12 500,50"))
        self.funding = QLineEdit()
        self.levers_button = QPushButton()
        self.partners_button = QPushButton()
        self.indicator = QPlainTextEdit()
        self.indicator.setTabChangesFocus(True)
        self.indicator.setMinimumHeight(self.fontMetrics().height() * 3)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        for key, text, widget in (
            ("title", self.tr("&Intitulé *"), self.title), ("status", self.tr("&Statut"), self.status),
            ("priority", self.tr("&Priorité"), self.priority), ("pilot", self.tr("Pi&lote"), self.pilot),
            ("start", self.tr("&Début"), self.start), ("end", self.tr("&Fin (échéance)"), self.end),
            ("budget_cents", self.tr("&Budget (€)"), self.budget), ("funding", self.tr("Fina&ncement"), self.funding),
            ("levers", self.tr("Le&viers liés"), self.levers_button),
            ("partners", self.tr("P&artenaires"), self.partners_button),
            ("indicator", self.tr("Indi&cateur"), self.indicator), ("notes", self.tr("No&tes"), self.notes),
        ):
            self.errors.add_row(text, widget, key)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.levers_button.clicked.connect(self._pick_levers)
        self.partners_button.clicked.connect(self._pick_partners)

        self.lever_choices = [(lv.id, f"{lv.code}  {lv.label}") for lv in queries.lever_rows(ctx.session, ctx.diagnostic_id)]
        self.old: dict[str, Any] = {}
        self.lever_ids: list[int] = []
        self.partner_ids: list[int] = []
        if action_id is not None:
            a = ctx.services.action(action_id)
            self.old = ctx.services.fields(a, ACTION_FIELDS)
            self.old.update(lever_ids=[lv.id for lv in a.levers], partner_ids=[p.id for p in a.partners],
                            pilot_id=a.pilot_id)
            self.title.setText(a.title)
            self.status.setCurrentIndex(self.status.findData(a.status.value))
            self.priority.setCurrentIndex(self.priority.findData(a.priority.value))
            self.pilot.setCurrentIndex(max(self.pilot.findData(a.pilot_id), 0))
            self.start.set_value(a.start)
            self.end.set_value(a.end)
            self.budget.setText(format_money(a.budget_cents).replace("\u00a0€", ""))
            self.funding.setText(a.funding)
            self.indicator.setPlainText(a.indicator)
            self.notes.setPlainText(a.notes)
            self.lever_ids, self.partner_ids = list(self.old["lever_ids"]), list(self.old["partner_ids"])
        else:
            self.priority.setCurrentIndex(self.priority.findData(Priority.MEDIUM.value))
        self._update_links()

    def _update_links(self) -> None:
        self.levers_button.setText(self.tr("%n leviers…", "", len(self.lever_ids)))
        self.partners_button.setText(self.tr("%n partenaires…", "", len(self.partner_ids)))

    def _pick_levers(self) -> None:
        d = CheckListDialog(self.tr("Leviers liés"), self.lever_choices, self.lever_ids, self)
        if d.exec():
            self.lever_ids = d.checked_ids()
            self._update_links()

    def _pick_partners(self) -> None:
        d = CheckListDialog(self.tr("Partenaires"), self.actor_choices, self.partner_ids, self)
        if d.exec():
            self.partner_ids = d.checked_ids()
            self._update_links()

    def accept(self) -> None:
        self.errors.clear()
        title = self.title.text().strip()
        if not title:
            self.errors.show("title", self.tr("Saisissez l'intitulé de l'action."))
            return
        try:
            budget = parse_money(self.budget.text())
        except ValueError:
            self.errors.show("budget_cents", self.tr("Montant invalide : saisissez un nombre d'euros, par exemple 12 500,50."))
            return
        start, end = self.start.value(), self.end.value()
        if start and end and end < start:
            self.errors.show("end", self.tr("La fin ne peut pas précéder le début."))
            return
        values: dict[str, Any] = {
            "title": title, "status": ActionStatus(self.status.currentData()),
            "priority": Priority(self.priority.currentData()), "start": start, "end": end,
            "budget_cents": budget, "funding": self.funding.text().strip(),
            "indicator": self.indicator.toPlainText(), "notes": self.notes.toPlainText(),
            "lever_ids": self.lever_ids, "partner_ids": self.partner_ids, "pilot_id": self.pilot.currentData(),
        }
        try:
            if self.action_id is None:
                changes = self.ctx.run(AddCommand(self.ctx, "action", lambda s: s.add_action(**values),
                                                  self.tr("Ajouter l'action %1").replace("%1", title)), keep=False)
                self.created_id = changes.created_id
            else:
                new = {k: v for k, v in values.items() if v != self.old.get(k)}
                if new:
                    self.ctx.run(SetFieldsCommand(self.ctx, "action", self.action_id, new,
                                                  {k: self.old[k] for k in new},
                                                  self.tr("Modifier l'action %1").replace("%1", title)), keep=False)
        except ConnectionLost as exc:
            # This window keeps what was typed: validating again, once the server answers,
            # sends it (so the window's banner does not keep it: keep=False).
            self.errors.show("title", str(exc) + " " + self.tr("Validez de nouveau quand le serveur répond."))
            return
        except ValidationError as exc:
            key = exc.name or "title"
            self.errors.show(key, error_reason(exc))
            return
        super().accept()



