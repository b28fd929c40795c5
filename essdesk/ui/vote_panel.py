"""Dot-voting for a workshop session: fast entry, a live chart, votes into the action plan.

Votes are entered per participant (one column each) or as group totals (the "Groupe"
column, for a paper wall of dots counted afterwards). Every change is one undoable
`SetVotesCommand`; "Transformer en plan d'action" is one undo macro around the same commands
the rest of the app uses (lever fields, new actions, the session's decisions).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain.services import TOP_VOTED_LEVERS, Changes
from essdesk.errors import ConnectionLost, EssdeskError, ValidationError
from essdesk.ui.commands import AddCommand, ReplaceWorkshopCommand, SetFieldsCommand, _Command
from essdesk.ui.i18n import error_text
from essdesk.ui.vote_chart import VoteBar, VoteChart

TOP_LEVERS = TOP_VOTED_LEVERS


class SetVotesCommand(_Command):
    """Replace a session's votes (and its dots per participant); undo puts the old ones back."""

    def __init__(self, ctx, workshop_id: int, votes: Iterable[tuple[int, int | None, int]],
                 text: str, dots_per_participant: int | None = None) -> None:
        super().__init__(ctx, text)
        self.workshop_id = workshop_id
        self.new = list(votes)
        self.new_dots = dots_per_participant
        self.old: list[tuple[int, int | None, int]] | None = None
        self.old_dots: int | None = None

    def do(self) -> Changes:
        first = self.old is None
        if first:
            w = self.services.workshop(self.workshop_id)
            self.old = [(v.lever_id, v.participant_id, v.dots) for v in w.votes]
            self.old_dots = w.dots_per_participant
        # The quota is the core's: checked when the dots are placed; redo and undo put back
        # states that were already there.
        return self.services.set_votes(self.workshop_id, self.new, dots_per_participant=self.new_dots,
                                       check_quota=first)

    def undo_changes(self) -> Changes:
        assert self.old is not None
        return self.services.set_votes(self.workshop_id, self.old, dots_per_participant=self.old_dots,
                                       check_quota=False)


# --------------------------------------------------------------------------- reading a session


def vote_map(ctx, workshop_id: int) -> dict[tuple[int, int | None], int]:
    return {(v.lever_id, v.participant_id): v.dots for v in ctx.services.workshop(workshop_id).votes}


def candidate_levers(ctx, workshop_id: int | None) -> list:
    """The levers of the session's steps (every lever when it names none), in guide order."""
    steps = ctx.services.steps()
    if workshop_id is not None:
        covered = {s.number for s in ctx.services.workshop(workshop_id).steps}
        if covered:
            steps = [s for s in steps if s.number in covered]
    return [lv for s in steps for lv in s.levers]


def chart_bars(ctx, workshop_id: int, levers: list | None = None) -> list[VoteBar]:
    """Voted levers most-voted first, then the other candidates at zero, in guide order."""
    totals = dict(ctx.services.vote_totals(workshop_id))
    levers = candidate_levers(ctx, workshop_id) if levers is None else levers
    known = {lv.id for lv in levers}
    extra = [ctx.services.lever(i) for i in totals if i not in known]
    bars = [VoteBar(lv.id, lv.code, lv.label, totals.get(lv.id, 0)) for lv in [*levers, *extra]]
    order = {b.lever_id: i for i, b in enumerate(bars)}
    return sorted(bars, key=lambda b: (-b.dots, order[b.lever_id]))


def change_dots(ctx, workshop_id: int, lever_id: int, participant_id: int | None, delta: int,
                *, value: int | None = None) -> bool:
    """Add `delta` dots (or set `value`) for one lever and one participant (None: the group).

    Removing from the group total when it is empty takes a dot back from the participant who
    gave this lever the most, so "−" on the projector always undoes the last "+". The core
    refuses dots beyond the session's quota: its message goes to `ctx.message` (False).
    """
    votes = vote_map(ctx, workshop_id)
    key = (lever_id, participant_id)
    current = votes.get(key, 0)
    target = current + delta if value is None else value
    if target < 0 and participant_id is None and value is None:
        givers = sorted(((d, p) for (lv, p), d in votes.items() if lv == lever_id and p is not None and d > 0),
                        reverse=True)
        if not givers:
            return False
        key, current, target = (lever_id, givers[0][1]), givers[0][0], givers[0][0] - 1
    target = max(target, 0)
    if target == current:
        return False
    votes[key] = target
    lever = ctx.services.lever(lever_id)
    text = (QCoreApplication.translate("VotePanel", "Vote pour le levier %1") if target > current else QCoreApplication.translate("VotePanel", "Vote retiré du levier %1"))
    return run_votes(ctx, SetVotesCommand(ctx, workshop_id, [(lv, p, d) for (lv, p), d in votes.items() if d],
                                          text.replace("%1", lever.code)))


def placed_text(placed: int, available: int | None) -> str:
    """« 12 / 30 gommettes placées »: the same count in the panel and on the projector."""
    if available is None:
        return QCoreApplication.translate("VotePanel", "Gommettes placées : %1").replace("%1", str(placed))
    return (QCoreApplication.translate("VotePanel", "%1 / %2 gommettes placées")
            .replace("%1", str(placed)).replace("%2", str(available)))


def run_votes(ctx, command: SetVotesCommand) -> bool:
    """Run a vote command; a refusal of the core (the quota) is said, not raised."""
    try:
        ctx.run(command)
    except ValidationError as exc:
        ctx.message.emit(QCoreApplication.translate("VotePanel", "Vote refusé — %1").replace("%1", error_text(exc)))
        return False
    except ConnectionLost:  # the window's banner says it; the vote was not stored
        return False
    except EssdeskError as exc:
        ctx.error.emit(str(exc))
        return False
    return True


def convert_votes(ctx, workshop_id: int, top: int = TOP_LEVERS) -> list[int]:
    """Services.vote_plan (the rules: which levers, which fields, the decisions line) run as
    undoable commands, in one undo macro; returns the new action ids."""
    plan = ctx.services.vote_plan(workshop_id, top, QCoreApplication.translate(
        "VotePanel", "Plan d'action issu du vote : leviers %1 en priorité haute, actions à compléter."))
    if not plan.levers:
        ctx.message.emit(QCoreApplication.translate("VotePanel", "Aucun vote à transformer : saisissez d'abord les votes."))
        return []
    stack = ctx.undo_stack
    created: list[int] = []
    stack.beginMacro(QCoreApplication.translate("VotePanel", "Transformer les votes en plan d'action"))
    try:
        for lever_id, new in plan.levers:
            lever = ctx.services.lever(lever_id)
            old = ctx.services.fields(lever, new)
            ctx.run(SetFieldsCommand(ctx, "lever", lever_id, new, old,
                                     QCoreApplication.translate("VotePanel", "Priorité du levier %1").replace("%1", lever.code)))
            changes = ctx.run(AddCommand(ctx, "action", lambda s, lid=lever_id: s.action_from_lever(lid),
                                         QCoreApplication.translate("VotePanel", "Action pour le levier %1").replace("%1", lever.code)))
            created.append(changes.created_id)
        old_decisions = ctx.services.workshop(workshop_id).decisions
        ctx.run(SetFieldsCommand(ctx, "workshop", workshop_id, {"decisions": plan.decisions},
                                 {"decisions": old_decisions},
                                 QCoreApplication.translate("VotePanel", "Décisions de l'atelier")))
    finally:
        stack.endMacro()
    ctx.message.emit(QCoreApplication.translate(
        "VotePanel", "%n actions créées à partir des votes (Ctrl+Z pour annuler).", None, len(created)))
    return created


# --------------------------------------------------------------------------- table


class VotesModel(QAbstractTableModel):
    """Rows: candidate levers. Columns: lever, one per participant, the group, the total."""

    def __init__(self, ctx, workshop_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.levers: list[tuple[int, str, str]] = []
        self.people: list[tuple[int, str]] = []
        self.votes: dict[tuple[int, int | None], int] = {}
        self.dots_per_participant = 3
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        w = self.ctx.services.workshop(self.workshop_id)
        self.levers = [(lv.id, lv.code, lv.label) for lv in candidate_levers(self.ctx, self.workshop_id)]
        self.people = [(p.id, p.name) for p in w.participants]
        self.votes = vote_map(self.ctx, self.workshop_id)
        self.tally = self.ctx.services.vote_tally(self.workshop_id)
        self.dots_per_participant = w.dots_per_participant
        self.endResetModel()

    @property
    def group_column(self) -> int:
        return 1 + len(self.people)

    def participant_of(self, column: int) -> int | None:
        return self.people[column - 1][0] if 1 <= column <= len(self.people) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.levers)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people) + 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Levier")
            if section == self.group_column:
                return self.tr("Groupe")
            if section == self.group_column + 1:
                return self.tr("Total")
            pid, name = self.people[section - 1]
            return f"{name}\n{self.tally.used.get(pid, 0)}/{self.tally.quota}"
        if role == Qt.ItemDataRole.ToolTipRole and section == self.group_column:
            return self.tr("Gommettes comptées pour le groupe (vote sur un mur, à main levée…)")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        lever_id, code, text = self.levers[index.row()]
        col = index.column()
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{code}  {text}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return text
            return None
        if col == self.group_column + 1:
            total = sum(d for (lv, _p), d in self.votes.items() if lv == lever_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return str(total) if total else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        pid = self.participant_of(col)
        dots = self.votes.get((lever_id, pid), 0)
        if role in (Qt.ItemDataRole.DisplayRole,):
            return "●" * dots if 0 < dots <= 5 else (str(dots) if dots else "")
        if role == Qt.ItemDataRole.EditRole:
            return dots
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return str(dots)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and 1 <= index.column() <= self.group_column:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (1 <= index.column() <= self.group_column):
            return False
        try:
            value = int(value)
        except (TypeError, ValueError):
            return False
        lever_id = self.levers[index.row()][0]
        return change_dots(self.ctx, self.workshop_id, lever_id, self.participant_of(index.column()), 0,
                           value=max(value, 0))


class VoteTable(QTableView):
    """+ / − (or Espace / Retour arrière) add or remove a dot in the current cell."""

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        model = self.model()
        text = event.text()
        if index.isValid() and isinstance(model, VotesModel) and 1 <= index.column() <= model.group_column:
            delta = +1 if text in ("+", "=") or event.key() == Qt.Key.Key_Space else (
                -1 if text in ("-", "−") or event.key() == Qt.Key.Key_Backspace else 0)
            if delta:
                change_dots(model.ctx, model.workshop_id, model.levers[index.row()][0],
                            model.participant_of(index.column()), delta)
                return
        super().keyPressEvent(event)


class VoteDialog(QDialog):
    """Vote entry for one session, with the live chart beside the table."""

    converted = Signal(list)

    def __init__(self, ctx, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.setWindowTitle(self.tr("Vote à gommettes"))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.resize(QSize(1180, 720).boundedTo(screen.availableGeometry().size() * 0.96))
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        lay.addWidget(self.heading)
        hint = QLabel(self.tr("Cliquez une case puis + ou − (Espace / Retour arrière), ou tapez un nombre. "
                              "La colonne « Groupe » reçoit les totaux comptés sur un mur de gommettes. "
                              "Un clic sur une barre ajoute une gommette au groupe, un clic droit en retire une."))
        hint.setWordWrap(True)
        hint.setObjectName("subtitle")
        lay.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Gommettes par participant")))
        self.dots = QSpinBox()
        self.dots.setRange(1, 100)
        self.dots.setAccessibleName(self.tr("Gommettes par participant"))
        row.addWidget(self.dots)
        self.add_actors = QPushButton(self.tr("Ajouter des acteurs comme participants…"))
        row.addWidget(self.add_actors)
        row.addStretch()
        lay.addLayout(row)
        self.total = QLabel()
        self.total.setObjectName("sectionTitle")
        row.addWidget(self.total)
        # What the session's commands say (a refused dot, actions created) is shown here:
        # the main window's status bar is hidden behind the dialog.
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #173f4a; font-weight: 600;")
        self.notice.setWordWrap(True)
        self.notice.hide()
        lay.addWidget(self.notice)
        split = QSplitter()
        self.model = VotesModel(ctx, workshop_id, self)
        self.table = VoteTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Votes par levier et par participant"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        # The lever column keeps room for two lines of its label (the participants scroll
        # sideways when there are many of them); rows are two lines high.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().averageCharWidth() * 30)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * 2 + 10))
        # Participants' names wrap in their column rather than being cut at both ends.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.table.verticalHeader().hide()
        split.addWidget(self.table)
        self.chart = VoteChart()
        self.chart.setAccessibleName(self.tr("Résultat du vote"))
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.convert = buttons.addButton(self.tr("Transformer en plan d'action"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.convert.setObjectName("primary")
        self.convert.setToolTip(self.tr("Les %1 leviers les plus votés passent en priorité haute et "
                                        "reçoivent chacun une action à compléter.").replace("%1", str(TOP_LEVERS)))
        buttons.rejected.connect(self.reject)
        self.convert.clicked.connect(self._convert)
        lay.addWidget(buttons)
        self.dots.editingFinished.connect(self._set_dots)
        self.add_actors.clicked.connect(self._pick_actors)
        self.chart.leverClicked.connect(lambda lid, d: change_dots(ctx, workshop_id, lid, None, d))
        ctx.changed.connect(self._on_changed)
        ctx.message.connect(self._show_notice)
        self.undo = ctx.undo_stack.createUndoAction(self)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = ctx.undo_stack.createRedoAction(self)
        self.redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.undo, self.redo])
        self.reload()

    def reload(self) -> None:
        try:
            w = self.ctx.services.workshop(self.workshop_id)
        except EssdeskError:  # the session was removed (undo of its creation)
            self.reject()
            return
        from essdesk.ui.i18n import format_date

        self.heading.setText(self.tr("Atelier du %1 — %2").replace("%1", format_date(w.date) or "—")
                             .replace("%2", w.place or self.tr("lieu non précisé")))
        current = self.table.currentIndex()
        self.model.reload()
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.dots.blockSignals(True)
        self.dots.setValue(w.dots_per_participant)
        self.dots.blockSignals(False)
        self.chart.set_bars(chart_bars(self.ctx, self.workshop_id))
        tally = self.model.tally
        self.total.setText(placed_text(tally.placed, tally.available))
        self._fit_header()

    def _fit_header(self) -> None:
        """Each participant's column fits the name on two lines at most; the header is tall
        enough for those two lines and the dot count below them."""
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws the sections
        fm = QFontMetrics(bold)
        wrap = int(Qt.TextFlag.TextWordWrap)
        for column in range(1, self.model.group_column):
            name = self.model.people[column - 1][1]
            width = max(fm.horizontalAdvance("00/00") + 24, 80)
            while width < 200 and fm.boundingRect(QRect(0, 0, width - 24, 999), wrap, name).height() > 2 * fm.lineSpacing():
                width += 8
            header.resizeSection(column, width)
        header.setMinimumHeight(fm.lineSpacing() * 3 + 16)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshops or changes.levers:
            self.reload()

    def _set_dots(self) -> None:
        w = self.ctx.services.workshop(self.workshop_id)
        if self.dots.value() != w.dots_per_participant:
            votes = [(v.lever_id, v.participant_id, v.dots) for v in w.votes]
            if not run_votes(self.ctx, SetVotesCommand(self.ctx, self.workshop_id, votes,
                                                       self.tr("Gommettes par participant"), self.dots.value())):
                self.dots.setValue(w.dots_per_participant)

    def _pick_actors(self) -> None:
        from essdesk.ui.widgets import CheckListDialog

        w = self.ctx.services.workshop(self.workshop_id)
        present = {p.actor_id for p in w.participants if p.actor_id is not None}
        actors = [(a.id, a.name) for a in self.ctx.services.actors() if a.id not in present]
        dialog = CheckListDialog(self.tr("Acteurs présents"), actors, (), self)
        if dialog.exec():
            self.add_participants(dialog.checked_ids())

    def add_participants(self, actor_ids: list[int]) -> None:
        if not actor_ids:
            return
        w = self.ctx.services.workshop(self.workshop_id)
        people = [{"id": p.id, "name": p.name, "organisation": p.organisation, "actor_id": p.actor_id}
                  for p in w.participants]
        for actor_id in actor_ids:
            a = self.ctx.services.actor(actor_id)
            people.append({"name": a.contact or a.name, "organisation": a.name, "actor_id": a.id})
        self.ctx.attempt(ReplaceWorkshopCommand(self.ctx, self.workshop_id, {"participants": people},
                                                self.tr("Participants de l'atelier")))

    def _convert(self) -> None:
        try:
            created = convert_votes(self.ctx, self.workshop_id)
        except ConnectionLost:  # the window's banner says it and keeps the failed step
            return
        if created:
            self.converted.emit(created)

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_changed)
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.message.disconnect(self._show_notice)
        super().done(result)
