"""Edit one actor; refused values are explained next to their field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain.fields import ACTOR_FIELDS
from essdesk.errors import ConnectionLost, ValidationError
from essdesk.models.enums import ESS_CATEGORIES, ActorCategory, ChainLink
from essdesk.ui.commands import AddCommand, SetFieldsCommand
from essdesk.ui.i18n import error_reason, error_text, label
from essdesk.ui.widgets import FieldErrors


class ActorDialog(QDialog):
    """`actor_id=None` adds an actor. Accepting runs one undoable command."""

    def __init__(self, ctx, actor_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor_id = ctx, actor_id
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Nouvel acteur") if actor_id is None else self.tr("Modifier l'acteur"))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.resize(QSize(560, 600).boundedTo(screen.availableGeometry().size() * 0.95))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.name = QLineEdit()
        self.ess = QCheckBox(self.tr("Structure de l'économie sociale et solidaire"))
        self.category = QComboBox()
        for c in ActorCategory:
            self.category.addItem(label(c), c.value)
        self.chain_link = QComboBox()
        for c in ChainLink:
            self.chain_link.addItem(label(c), c.value)
        self.role = QPlainTextEdit()
        self.role.setTabChangesFocus(True)
        self.role.setMinimumHeight(self.fontMetrics().height() * 4)
        self.commune = QLineEdit()
        self.contact = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("prenom.nom@exemple.fr")
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        rows = [
            ("name", self.tr("&Nom *"), self.name), ("ess", self.tr("ESS"), self.ess),
            ("category", self.tr("&Catégorie"), self.category),
            ("chain_link", self.tr("&Maillon de la chaîne de valeur"), self.chain_link),
            ("role", self.tr("&Rôle dans la filière"), self.role), ("commune", self.tr("C&ommune"), self.commune),
            ("contact", self.tr("&Personne de contact"), self.contact), ("email", self.tr("Co&urriel"), self.email),
            ("phone", self.tr("&Téléphone"), self.phone), ("notes", self.tr("No&tes"), self.notes),
        ]
        for key, text, widget in rows:
            self.errors.add_row(text, widget, key)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._ess_touched = actor_id is not None
        self.ess.clicked.connect(lambda: setattr(self, "_ess_touched", True))
        self.category.currentIndexChanged.connect(self._suggest_ess)
        self.old: dict[str, Any] = {}
        if actor_id is not None:
            actor = ctx.services.actor(actor_id)
            self.old = ctx.services.fields(actor, ACTOR_FIELDS)
            self._load(self.old)
        else:
            self.category.setCurrentIndex(self.category.findData(ActorCategory.ASSOCIATION.value))
            self.ess.setChecked(True)

    def _suggest_ess(self) -> None:
        if not self._ess_touched:
            self.ess.setChecked(ActorCategory(self.category.currentData()) in ESS_CATEGORIES)

    def _load(self, v: dict[str, Any]) -> None:
        self.name.setText(v["name"])
        self.category.setCurrentIndex(self.category.findData(v["category"].value))
        self.ess.setChecked(bool(v["ess"]))
        self.chain_link.setCurrentIndex(self.chain_link.findData(v["chain_link"].value))
        self.role.setPlainText(v["role"])
        self.commune.setText(v["commune"])
        self.contact.setText(v["contact"])
        self.email.setText(v["email"])
        self.phone.setText(v["phone"])
        self.notes.setPlainText(v["notes"])

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(), "ess": self.ess.isChecked(),
            "category": ActorCategory(self.category.currentData()),
            "chain_link": ChainLink(self.chain_link.currentData()),
            "role": self.role.toPlainText(), "commune": self.commune.text().strip(),
            "contact": self.contact.text().strip(), "email": self.email.text().strip(),
            "phone": self.phone.text().strip(), "notes": self.notes.toPlainText(),
        }

    def accept(self) -> None:
        self.errors.clear()
        values = self.values()
        if not values["name"]:
            self.errors.show("name", self.tr("Saisissez le nom de l'acteur."))
            return
        try:
            if self.actor_id is None:
                changes = self.ctx.run(AddCommand(
                    self.ctx, "actor", lambda s: s.add_actor(**values),
                    self.tr("Ajouter l'acteur %1").replace("%1", values["name"])), keep=False)
                self.created_id = changes.created_id
            else:
                new = {k: v for k, v in values.items() if v != self.old.get(k)}
                if new:
                    self.ctx.run(SetFieldsCommand(
                        self.ctx, "actor", self.actor_id, new, {k: self.old[k] for k in new},
                        self.tr("Modifier l'acteur %1").replace("%1", values["name"])), keep=False)
        except ConnectionLost as exc:
            # This window keeps what was typed: validating again, once the server answers,
            # sends it (so the window's banner does not keep it: keep=False).
            self.errors.show("name", str(exc) + " " + self.tr("Validez de nouveau quand le serveur répond."))
            return
        except ValidationError as exc:
            key = exc.name or None
            if key is None or not self.errors.show(key, error_reason(exc)):
                self.errors.show("name", error_text(exc))
            return
        super().accept()
