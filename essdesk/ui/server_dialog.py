"""Fichier › Ouvrir depuis un serveur… and Publier sur un serveur…: where the server is.

The form remembers profiles (host, port, base, user, schema, sslmode) in the settings, never
a password: libpq reads ~/.pgpass, or essdesk asks (server_tasks). To open, "Se connecter"
lists the diagnostics the user may read (number, title, territory, last change).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.errors import EssdeskError
from essdesk.ui.settings import PROFILE_KEYS, Settings

SSL_MODES = ("", "disable", "require", "verify-ca", "verify-full")


class DiagnosticsModel(QAbstractTableModel):
    """The diagnostics of one server, as list_diagnostics gives them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.headers = [
            self.tr("N°"),
            self.tr("Titre"),
            self.tr("Territoire"),
            self.tr("Dernière modification"),
        ]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = (row["number"], row["title"], row["territory"], row["changed"])[index.column()]
            if isinstance(value, dt.datetime):
                return value.astimezone().strftime("%d/%m/%Y %H:%M")
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ServerDialog(QDialog):
    """Choose a server (publish) or a diagnostic on a server (open): `server`, `address`."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        publish: bool = False,
        initial: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.publishing = publish
        self.server = None
        self.address = None
        self.setWindowTitle(
            self.tr("Publier sur un serveur") if publish else self.tr("Ouvrir depuis un serveur")
        )
        root = QVBoxLayout(self)

        self.profiles = QComboBox()
        self.profiles.setAccessibleName(self.tr("Serveurs déjà utilisés"))
        self._profiles = settings.server_profiles
        self.profiles.addItem(self.tr("Nouveau serveur…"), None)
        for n, p in enumerate(self._profiles):
            self.profiles.addItem(self._profile_label(p), n)
        top = QFormLayout()
        top.addRow(self.tr("&Profil :"), self.profiles)
        root.addLayout(top)

        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "host": self.tr("&Serveur :"),
            "port": self.tr("Po&rt :"),
            "base": self.tr("&Base de données :"),
            "user": self.tr("&Utilisateur :"),
            "schema": self.tr("Sc&héma essdesk :"),
        }
        hints = {
            "host": self.tr("nom ou adresse (vide : ce poste)"),
            "port": "5432",
            "base": "essdesk",
            "user": self.tr("votre nom d'utilisateur PostgreSQL"),
            "schema": "essdesk",
        }
        for key, label in labels.items():
            edit = QLineEdit()
            edit.setPlaceholderText(hints[key])
            edit.setAccessibleName(label.replace("&", "").rstrip(" :"))
            self.fields[key] = edit
            form.addRow(label, edit)
        self.sslmode = QComboBox()
        self.sslmode.setAccessibleName(self.tr("Chiffrement"))
        ssl_labels = {
            "": self.tr("par défaut (si le serveur le propose)"),
            "disable": self.tr("aucun"),
            "require": self.tr("exigé"),
            "verify-ca": self.tr("exigé, certificat vérifié"),
            "verify-full": self.tr("exigé, certificat et nom vérifiés"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(ssl_labels[mode], mode)
        form.addRow(self.tr("&Chiffrement :"), self.sslmode)
        root.addLayout(form)
        note = QLabel(
            self.tr(
                "Le mot de passe n'est jamais enregistré : essdesk le demande quand le serveur "
                "l'exige, ou le lit dans ~/.pgpass."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        root.addWidget(note)

        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color: #b42318;")
        self.message.setWordWrap(True)
        self.message.hide()

        self.model = DiagnosticsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Diagnostics du serveur"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a diagnostic; a long title ends in "…"
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 28)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.connect_button = QPushButton(self.tr("Se co&nnecter"))
        self.connect_button.clicked.connect(self.connect_to_server)
        self.connect_button.setDefault(not publish)  # Enter connects; once listed, Enter opens
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.connect_button)
        if not publish:
            root.addLayout(row)
            root.addWidget(self.table, 1)
        root.addWidget(self.message)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("Publi&er") if publish else self.tr("&Ouvrir"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())
        for edit in self.fields.values():
            edit.textEdited.connect(self._form_changed)
        self.sslmode.currentIndexChanged.connect(lambda _i: self._form_changed())
        self.profiles.currentIndexChanged.connect(self._pick_profile)
        if initial is not None:
            self.set_profile(initial)
        elif self._profiles:
            self.profiles.setCurrentIndex(1)  # the last server used
        self._update_ok()
        # Wide enough for a title beside its territory, within a 1024×768 screen.
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        self.resize(min(max(char * 120, 640), 980), min(line * (20 if publish else 36), 700))

    @staticmethod
    def _profile_label(p: dict[str, str]) -> str:
        where = p["host"] or "local"
        user = f"{p['user']}@" if p["user"] else ""
        schema = f" · {p['schema']}" if p["schema"] else ""
        return f"{user}{where}/{p['base']}{schema}"

    def profile(self) -> dict[str, str]:
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        values["sslmode"] = self.sslmode.currentData()
        return {k: values[k] for k in PROFILE_KEYS}

    def set_profile(self, profile: dict[str, str]) -> None:
        for key, edit in self.fields.items():
            edit.setText(profile.get(key, ""))
        self.sslmode.blockSignals(True)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(profile.get("sslmode", ""))))
        self.sslmode.blockSignals(False)
        # The profile list shows the remembered server these fields are, if they are one.
        wanted = {k: profile.get(k, "") for k in PROFILE_KEYS}
        index = next((n + 1 for n, p in enumerate(self._profiles) if p == wanted), 0)
        self.profiles.blockSignals(True)
        self.profiles.setCurrentIndex(index)
        self.profiles.blockSignals(False)
        self._form_changed()

    def _pick_profile(self, index: int) -> None:
        n = self.profiles.itemData(index)
        if n is not None:
            self.set_profile(self._profiles[n])

    def _form_changed(self, *_args) -> None:
        self.model.set_rows([])
        self.message.hide()
        self._update_ok()

    def _update_ok(self) -> None:
        if self.publishing:
            self.ok.setEnabled(bool(self.fields["base"].text().strip()))
        else:
            self.ok.setEnabled(self.table.selectionModel().hasSelection())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _server(self):
        from essdesk.store.address import server_from_parts

        try:
            return server_from_parts(**self.profile())
        except EssdeskError as exc:
            self.show_message(str(exc))
            return None

    def connect_to_server(self) -> bool:
        """List the server's diagnostics (asking for a password if needed)."""
        from essdesk.store.server import list_diagnostics
        from essdesk.ui.server_tasks import with_password

        server = self._server()
        if server is None:
            return False
        self.message.hide()
        try:
            rows = with_password(
                self, server, self.tr("Connexion au serveur…"), lambda: list_diagnostics(server)
            )
        except EssdeskError as exc:
            self.show_message(str(exc))
            return False
        if rows is None:
            return False
        self.server = server
        self.settings.add_server_profile(self.profile())
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()
            self.connect_button.setDefault(False)
            self.ok.setDefault(True)
        else:
            self.show_message(
                self.tr(
                    "Aucun diagnostic sur ce serveur (ou aucun que vous ayez le droit de lire) : "
                    "publiez-en un avec Fichier › Publier sur un serveur…"
                )
            )
        self._update_ok()
        return True

    def accept(self) -> None:
        if self.publishing:
            self.server = self._server()
            if self.server is None:
                return
            self.settings.add_server_profile(self.profile())
        else:
            rows = self.table.selectionModel().selectedRows()
            if not rows or self.server is None:
                return
            self.address = self.server.diagnostic(self.model.rows[rows[0].row()]["number"])
        super().accept()
