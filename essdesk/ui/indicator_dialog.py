"""Edit an indicator (picked from the catalogue or typed) and enter one dated value."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.fields import INDICATOR_FIELDS, INDICATOR_VALUE_FIELDS, parse_number
from essdesk.domain.indicator_course import format_quantity
from essdesk.domain.indicators import catalogue
from essdesk.errors import ConnectionLost, ValidationError
from essdesk.ui.commands import AddCommand, SetFieldsCommand
from essdesk.ui.i18n import error_reason, to_qdate
from essdesk.ui.widgets import FieldErrors


def _number_text(value: float | None) -> str:
    return "" if value is None else format_quantity(value).replace("\u202f", " ")


class _Form(QDialog):
    def __init__(self, ctx, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(min(560, int(self.screen().availableGeometry().width() * 0.9)))
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        self.layout_.addLayout(self.form)

    def finish(self) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def number(self, key: str, edit: QLineEdit) -> tuple[bool, float | None]:
        try:
            return True, parse_number(edit.text())
        except (TypeError, ValueError):
            # One context for both dialogs (a method of this base class has no class of its own
            # to translate in).
            self.errors.show(
                key,
                QCoreApplication.translate(
                    "IndicatorDialog", "Saisissez un nombre, par exemple 12 ou 3,5."
                ),
            )
            return False, None

    def send(self, command) -> bool:
        try:
            changes = self.ctx.run(command, keep=False)
        except ConnectionLost as exc:
            self.errors.show(
                self.first_key,
                str(exc)
                + " "
                + QCoreApplication.translate(
                    "IndicatorDialog", "Validez de nouveau quand le serveur répond."
                ),
            )
            return False
        except ValidationError as exc:
            self.errors.show(exc.name or self.first_key, error_reason(exc))
            return False
        self.created_id = changes.created_id
        return True


class IndicatorDialog(_Form):
    first_key = "name"

    def __init__(self, ctx, indicator_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Nouvel indicateur")
            if indicator_id is None
            else self.tr("Modifier l'indicateur"),
            parent,
        )
        self.indicator_id = indicator_id
        self.created_id: int | None = None
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.lineEdit().setPlaceholderText(
            self.tr("Choisissez dans le catalogue ou saisissez le vôtre")
        )
        self.name.addItem("", "")
        self.units = {}
        for entry in catalogue():
            self.name.addItem(entry.name, entry.unit)
            self.units[entry.name] = entry.unit
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("ex. ETP, t, €, structures"))
        self.baseline = QLineEdit()
        self.target = QLineEdit()
        self.link = QComboBox()
        self.link.addItem(self.tr("— rien —"), None)
        for lever in queries.lever_rows(ctx.session, ctx.diagnostic_id):
            self.link.addItem(
                self.tr("Levier %1 — %2").replace("%1", lever.code).replace("%2", lever.label),
                f"lever:{lever.id}",
            )
        for action in ctx.services.actions():
            self.link.addItem(
                self.tr("Action : %1").replace("%1", action.title), f"action:{action.id}"
            )
        for key, text, widget in (
            ("name", self.tr("&Nom *"), self.name),
            ("unit", self.tr("&Unité"), self.unit),
            ("baseline", self.tr("Valeur de &départ"), self.baseline),
            ("target", self.tr("&Cible"), self.target),
            ("link", self.tr("&Suit"), self.link),
        ):
            self.errors.add_row(text, widget, key)
        self.errors.labels["lever_id"] = self.errors.labels["action_id"] = self.errors.labels[
            "link"
        ]
        self.name.currentTextChanged.connect(self._catalogue_unit)
        self.finish()
        self.old: dict[str, Any] = {}
        if indicator_id is not None:
            i = ctx.services.indicator(indicator_id)
            self.old = {
                **ctx.services.fields(i, INDICATOR_FIELDS),
                "lever_id": i.lever_id,
                "action_id": i.action_id,
            }
            self.name.setEditText(i.name)
            self.unit.setText(i.unit)
            self.baseline.setText(_number_text(i.baseline))
            self.target.setText(_number_text(i.target))
            tie = (
                f"lever:{i.lever_id}"
                if i.lever_id
                else f"action:{i.action_id}"
                if i.action_id
                else None
            )
            self.link.setCurrentIndex(max(self.link.findData(tie), 0))

    def _catalogue_unit(self, text: str) -> None:
        if text in self.units and not self.unit.text().strip():
            self.unit.setText(self.units[text])

    def accept(self) -> None:
        self.errors.clear()
        name = self.name.currentText().strip()
        if not name:
            self.errors.show(
                "name",
                self.tr("Saisissez le nom de l'indicateur, ou choisissez-en un du catalogue."),
            )
            return
        ok_base, baseline = self.number("baseline", self.baseline)
        ok_target, target = self.number("target", self.target)
        if not (ok_base and ok_target):
            return
        # "lever:12" / "action:3": plain text data, which findData compares reliably.
        kind, _, ident = (self.link.currentData() or "").partition(":")
        values: dict[str, Any] = {
            "name": name,
            "unit": self.unit.text().strip(),
            "baseline": baseline,
            "target": target,
            "lever_id": int(ident) if kind == "lever" else None,
            "action_id": int(ident) if kind == "action" else None,
        }
        if self.indicator_id is None:
            done = self.send(
                AddCommand(
                    self.ctx,
                    "indicator",
                    lambda s: s.add_indicator(**values),
                    self.tr("Ajouter l'indicateur %1").replace("%1", name),
                )
            )
        else:
            new = {k: v for k, v in values.items() if v != self.old.get(k)}
            done = not new or self.send(
                SetFieldsCommand(
                    self.ctx,
                    "indicator",
                    self.indicator_id,
                    new,
                    {k: self.old[k] for k in new},
                    self.tr("Modifier l'indicateur %1").replace("%1", name),
                )
            )
        if done:
            super().accept()


class ValueDialog(_Form):
    """One measure of an indicator: its date, the value, a comment."""

    first_key = "value"

    def __init__(
        self, ctx, indicator_id: int, value_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        indicator = ctx.services.indicator(indicator_id)
        super().__init__(
            ctx,
            (
                self.tr("Nouvelle valeur de « %1 »")
                if value_id is None
                else self.tr("Modifier une valeur de « %1 »")
            ).replace("%1", indicator.name),
            parent,
        )
        self.indicator_id, self.value_id = indicator_id, value_id
        self.created_id: int | None = None
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.value = QLineEdit()
        self.value.setPlaceholderText(indicator.unit)
        self.note = QLineEdit()
        for key, text, widget in (
            ("date", self.tr("&Date *"), self.date),
            ("value", self.tr("&Valeur *"), self.value),
            ("note", self.tr("&Commentaire"), self.note),
        ):
            self.errors.add_row(text, widget, key)
        self.finish()
        self.old: dict[str, Any] = {}
        if value_id is not None:
            v = ctx.services.indicator_value(value_id)
            self.old = ctx.services.fields(v, INDICATOR_VALUE_FIELDS)
            self.date.setDate(to_qdate(v.date))
            self.value.setText(_number_text(v.value))
            self.note.setText(v.note)
        self.value.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        ok, value = self.number("value", self.value)
        if not ok:
            return
        if value is None:
            self.errors.show("value", self.tr("Saisissez la valeur mesurée."))
            return
        q = self.date.date()
        values = {
            "date": dt.date(q.year(), q.month(), q.day()),
            "value": value,
            "note": self.note.text().strip(),
        }
        indicator_id = self.indicator_id
        if self.value_id is None:
            done = self.send(
                AddCommand(
                    self.ctx,
                    "indicator_value",
                    lambda s: s.add_indicator_value(indicator_id, **values),
                    self.tr("Ajouter une valeur d'indicateur"),
                )
            )
        else:
            new = {k: v for k, v in values.items() if v != self.old.get(k)}
            done = not new or self.send(
                SetFieldsCommand(
                    self.ctx,
                    "indicator_value",
                    self.value_id,
                    new,
                    {k: self.old[k] for k in new},
                    self.tr("Modifier une valeur d'indicateur"),
                )
            )
        if done:
            super().accept()
