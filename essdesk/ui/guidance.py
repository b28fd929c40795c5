"""The referential's guidance on screen: a lever's questions, who carries it, the examples
closest to this diagnostic, and the overview's « Leviers à regarder ensuite »."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.next_levers import next_levers
from essdesk.domain.referential import Example, LeverRef, Referential
from essdesk.models.enums import ActorCategory
from essdesk.ui.i18n import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeverGuidance", text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def filiere_ids(referential: Referential, filiere_name: str) -> frozenset[str]:
    """The catalogue filières a diagnostic's filière name designates (by name or id)."""
    wanted = _fold(filiere_name)
    if not wanted:
        return frozenset()
    return frozenset(f.id for f in referential.filieres if wanted in (_fold(f.name), f.id))


def ordered_examples(
    lever: LeverRef, territory_kind: str, filieres: frozenset[str]
) -> list[tuple[Example, bool]]:
    """The lever's examples, those matching the territory kind or the filière first
    (guide order kept within each group); True marks a match."""
    marked = [
        (e, territory_kind in e.territory_kinds or bool(filieres & set(e.filieres)))
        for e in lever.examples
    ]
    return [m for m in marked if m[1]] + [m for m in marked if not m[1]]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_NBSP = "\u00a0"


def questions_html(questions: Sequence[str]) -> str:
    """A bullet list; the "?" kept with its word (French space before it)."""
    return (
        "<ul style='margin: 0; -qt-list-indent: 1'>"
        + "".join(f"<li>{_esc(q).replace(' ?', _NBSP + '?')}</li>" for q in questions)
        + "</ul>"
    )


class LeverGuidance(QWidget):
    """Under a lever's title: who usually carries it, and its questions (a disclosure)."""

    def __init__(self, lever: LeverRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.actors = QLabel()
        self.actors.setObjectName("muted")
        self.actors.setWordWrap(True)
        names = []
        for ident in lever.actor_categories:
            try:
                names.append(label(ActorCategory(ident)))
            except ValueError:
                continue  # a category this version does not know: left out
        self.actors.setText(self.tr("Portés d'habitude par : %1").replace("%1", ", ".join(names)))
        self.actors.setVisible(bool(names))
        lay.addWidget(self.actors)
        self.button = QToolButton()
        self.button.setObjectName("disclosure")
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setText(
            self.tr("Questions à se poser (%1)").replace("%1", str(len(lever.questions)))
        )
        self.button.setToolTip(self.tr("Ce que le groupe se demande avant de choisir un statut"))
        self.questions = QLabel()
        self.questions.setObjectName("guide")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.setText(questions_html(lever.questions))
        self.questions.hide()
        self.button.toggled.connect(self._toggle)
        self.button.setVisible(bool(lever.questions))
        lay.addWidget(self.button)
        lay.addWidget(self.questions)
        self.setVisible(bool(names or lever.questions))

    def _toggle(self, on: bool) -> None:
        self.questions.setVisible(on)
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)


def examples_html(lever: LeverRef, ctx) -> str:
    """The examples as the lever card shows them: this diagnostic's kind of territory or
    filière first, marked."""
    identity = ctx.services.identity()
    kind = getattr(identity.territory_kind, "value", identity.territory_kind)
    close = ordered_examples(lever, kind, filiere_ids(ctx.referential, identity.filiere_name))
    mark = _tr("proche de votre diagnostic")
    return "".join(
        f"<p><b>{_esc(e.collectivite)}</b> — {_esc(e.description)}"
        + (f" <i>({_esc(mark)})</i>" if near else "")
        + "</p>"
        for e, near in close
    )


class NextLeversCard(QFrame):
    """« Leviers à regarder ensuite » on the overview; a click opens the lever."""

    leverChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 14)
        heading = QLabel(self.tr("Leviers à regarder ensuite"))
        heading.setObjectName("cardTitle")
        lay.addWidget(heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Leviers à regarder ensuite"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(150)
        lay.addWidget(self.list)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)

    def reload(self, ctx, scores=None) -> None:
        rows = queries.lever_rows(ctx.session, ctx.diagnostic_id)
        found = next_levers(ctx.referential, rows, scores, getattr(ctx, "compared", ()))
        self.list.clear()
        for lever in found:
            item = QListWidgetItem(f"{lever.code}  {lever.label}\n    {lever.why}")
            item.setData(Qt.ItemDataRole.UserRole, lever.lever_id)
            item.setToolTip(lever.label)
            self.list.addItem(item)
        if not found:
            text = (
                self.tr(
                    "Rien à signaler pour l'instant : les règles du référentiel ne "
                    "proposent aucun levier."
                )
                if ctx.referential.rules
                else self.tr(
                    "Le référentiel de ce diagnostic ne donne pas de règles pour "
                    "proposer des leviers."
                )
            )
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            self.leverChosen.emit(ident)
