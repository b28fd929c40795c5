"""The banner a server diagnostic shows when the server stops answering.

While the server is lost the window is read-only and the banner says so; the edit that
failed is kept (the context's `pending`) and the banner offers to send it again. When the
server answers again the banner goes, unless an edit still waits for the user's choice.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ConnectionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(
            "#connectionBanner { background: #fef3c7; border-bottom: 1px solid #d97706; }"
            "#connectionBanner QLabel { color: #78350f; }"
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry = QPushButton(self.tr("&Réessayer"))
        self.drop = QPushButton(self.tr("Abandonner la modification"))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.retry)
        lay.addWidget(self.drop)
        self.hide()

    def show_state(self, lost: str, pending: list[str]) -> None:
        """`lost`: why the server does not answer ("" once it does); `pending`: the names
        of the edits it did not store."""
        if not lost and not pending:
            self.hide()
            return
        names = ", ".join(f"« {name} »" for name in pending[:3]) + ("…" if len(pending) > 3 else "")
        if lost:
            parts = [lost, self.tr("Lecture seule d'ici là.")]
            if pending:
                parts.append(self.tr("Non enregistré : %1.").replace("%1", names))
        else:
            parts = [
                self.tr("Le serveur répond de nouveau."),
                self.tr(
                    "Non enregistré sur le serveur : %1. Réessayez pour l'enregistrer."
                ).replace("%1", names),
            ]
        self.text.setText(" ".join(parts))
        self.retry.setVisible(bool(pending) or bool(lost))
        self.drop.setVisible(bool(pending))
        self.show()
