"""A colleague changed what I was editing: both versions, field by field, and my choice.

The edit (or undo) was not applied. For each clashing field the dialog shows their version
(who changed it and when, from the server's journal) and mine; text fields get a third box,
filled with my text, to merge by hand. `chosen` is then what to write for the clashing
fields; the window writes it (with my untouched fields) as one new, undoable edit.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain.conflicts import Clash, Conflict


def when_text(when: dt.datetime | None) -> str:
    if when is None:
        return ""
    local = when.astimezone()
    if local.date() == dt.date.today():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m/%Y %H:%M")


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflict, describe=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.describe = describe or (lambda _name, value: _plain(value))
        self.chosen: dict[str, Any] = {}
        self.merges: dict[str, QPlainTextEdit] = {}
        self.setWindowTitle(self.tr("Un collègue a modifié la même chose"))
        layout = QVBoxLayout(self)
        intro = QLabel(str(conflict))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, title in enumerate(
            (self.tr("Champ"), self.tr("Sa version"), self.tr("Votre version"))
        ):
            head = QLabel(f"<b>{title}</b>")
            grid.addWidget(head, 0, column)
        for row, clash in enumerate(conflict.clashes, start=1):
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(QLabel(clash.label), row, 0, top)
            grid.addWidget(self._version(clash.theirs, clash.field, self._by(clash)), row, 1, top)
            grid.addWidget(
                self._version(clash.mine, clash.field, self.tr("Votre texte")), row, 2, top
            )
            if clash.is_text:
                merge = QPlainTextEdit(str(clash.mine or ""))
                merge.setAccessibleName(self.tr("Texte fusionné : %1").replace("%1", clash.label))
                merge.setMaximumHeight(90)
                merge_box = QWidget()
                merge_column = QVBoxLayout(merge_box)
                merge_column.setContentsMargins(0, 0, 0, 0)
                merge_column.addWidget(QLabel("<i>" + self.tr("À modifier ici") + "</i>"))
                merge_column.addWidget(merge)
                grid.addWidget(merge_box, row, 3, top)
                self.merges[clash.field] = merge
        grid.setRowStretch(len(conflict.clashes) + 1, 1)  # rows at the top, not spread
        if self.merges:
            grid.addWidget(QLabel("<b>" + self.tr("Fusion à la main") + "</b>"), 0, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll)

        buttons = QDialogButtonBox()
        self.theirs_button = QPushButton(self.tr("Garder &sa version"))
        self.mine_button = QPushButton(self.tr("Garder la &mienne"))
        self.merge_button = QPushButton(self.tr("Garder le texte &fusionné"))
        for button in (self.theirs_button, self.mine_button, self.merge_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setVisible(bool(self.merges))
        self.theirs_button.clicked.connect(self.keep_theirs)
        self.mine_button.clicked.connect(self.keep_mine)
        self.merge_button.clicked.connect(self.keep_merged)
        layout.addWidget(buttons)
        self.theirs_button.setDefault(True)
        self.resize(760, 320)

    def _by(self, clash: Clash) -> str:
        if not clash.who:
            return self.tr("Modifié par un collègue")
        return (
            self.tr("Modifié par %1 à %2")
            .replace("%1", clash.who)
            .replace("%2", when_text(clash.when))
        )

    def _version(self, value: Any, field: str, caption: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        if caption:
            note = QLabel(f"<i>{caption}</i>")
            column.addWidget(note)
        shown = QPlainTextEdit(self.describe(field, value))
        shown.setReadOnly(True)
        shown.setMaximumHeight(90)
        column.addWidget(shown)
        return box

    def keep_theirs(self) -> None:
        self.chosen = {}
        self.accept()

    def keep_mine(self) -> None:
        self.chosen = {c.field: c.mine for c in self.conflict.clashes}
        self.accept()

    def keep_merged(self) -> None:
        self.chosen = {c.field: c.mine for c in self.conflict.clashes}
        self.chosen.update({name: box.toPlainText() for name, box in self.merges.items()})
        self.accept()


def _plain(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Enum) and hasattr(value, "label"):
        return value.label
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ConflictDialog", "oui")
        return QCoreApplication.translate("ConflictDialog", "non")
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) or "—"
    return str(value)


def describer(services: Any):
    """Values as the user knows them: names for actors, codes for levers."""

    def name_of(kind: str, ident: int) -> str:
        try:
            return services.lever(ident).code if kind == "lever" else services.actor(ident).name
        except Exception:  # removed meanwhile: its number is all there is
            return f"n° {ident}"

    def describe(field: str, value: Any) -> str:
        if field == "lever_ids" and value:
            return ", ".join(name_of("lever", i) for i in value)
        if field in ("partner_ids", "actor_ids") and value:
            return ", ".join(name_of("actor", i) for i in value)
        if field == "pilot_id" and value is not None:
            return name_of("actor", value)
        return _plain(value)

    return describe
