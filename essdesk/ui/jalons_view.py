"""Fichier › Poser un jalon… and Fichier › Jalons et comparaisons…

Posting, renaming and removing a jalon are undoable commands (ui.commands); a comparison
is read-only: the changes grouped by step, and the radar with both polygons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import fields
from essdesk.domain.comparison import Comparison, compare_jalons
from essdesk.domain.fields import clean
from essdesk.domain.scoring import format_percent
from essdesk.errors import EssdeskError
from essdesk.export.report import RADAR_MIN_PARTS
from essdesk.models.enums import ActionStatus, ActorCategory, ChainLink, LeverStatus, Priority
from essdesk.ui.charts import BEFORE, PRIMARY, EvolutionChart, RadarChart
from essdesk.ui.commands import AddCommand, RemoveCommand, SetFieldsCommand
from essdesk.ui.i18n import error_text, field_label, step_title, value_label, word
from essdesk.ui.models.base import RowTableModel

if TYPE_CHECKING:
    from essdesk.domain.jalons import JalonInfo
    from essdesk.ui.context import DocumentContext
    from essdesk.ui.json_worker import TaskRun


def _tr(text: str) -> str:
    return QCoreApplication.translate("Jalons", text)


def _when(info_or_time) -> str:
    moment = info_or_time.local_time if hasattr(info_or_time, "local_time") else info_or_time
    return f"{moment:%d/%m/%Y %H:%M}"


def ask_label(parent: QWidget, title: str, current: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, _tr("Nom du jalon :"), text=current)
    return text if ok else None


def post_jalon(
    parent: QWidget,
    ctx: DocumentContext,
    suggested: str | None = None,
    done: Callable[[int], object] | None = None,
) -> TaskRun | None:
    """Ask for a label, then post a jalon of the diagnostic as it is now.

    The snapshot (the whole diagnostic as JSON, compressed: ~1 s on a large one) is taken
    off the GUI thread, on its own read-only connection to the working copy; the jalon is
    then added as one undoable command. `done(number)` follows a successful post.
    """
    from essdesk.store.opening import reader
    from essdesk.ui.json_worker import TaskRun

    title = _tr("Poser un jalon")
    label = ask_label(
        parent, title, suggested or _tr("Jalon du %1").replace("%1", f"{dt.date.today():%d/%m/%Y}")
    )
    if label is None:
        return None
    try:
        label = clean(fields.JALON_FIELDS["label"], label)
    except EssdeskError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    referential = ctx.referential
    ctx.session.commit()  # everything the worker reads is on disk
    run = TaskRun(
        parent,
        _snapshot_task(reader(ctx.document), referential),
        _tr("Jalon en cours…"),
        _tr("Jalon impossible"),
    )

    def posted(snapshot) -> None:
        if snapshot is None or ctx.closed:
            return
        command = AddCommand(
            ctx,
            "jalon",
            lambda s: s.post_jalon(label, referential, snapshot),
            _tr("Poser le jalon « %1 »").replace("%1", label),
        )
        try:
            changes = ctx.run(command)
        except EssdeskError as exc:
            QMessageBox.warning(parent, title, error_text(exc))
            return
        ctx.message.emit(_tr("Jalon « %1 » posé.").replace("%1", label))
        if done is not None:
            done(changes.created_id)

    run.finished.connect(posted)
    return run


def _snapshot_task(read: Callable, referential) -> Callable[[], object]:
    """The jalon's snapshot, read through `read` (store.opening.reader): a file or a server."""

    def task():
        from essdesk.domain.jalons import take
        from essdesk.store.opening import read_session

        with read_session(read) as session:
            return take(session, referential)

    return task


# -- the list of jalons -----------------------------------------------------------------------


class JalonColumn(IntEnum):
    NUMBER = 0
    WHEN = 1
    LABEL = 2
    MATURITY = 3


class JalonsModel(RowTableModel):
    Columns = JalonColumn

    def headers(self):
        return [self.tr("N°"), self.tr("Posé le"), self.tr("Nom"), self.tr("Maturité")]

    def display(self, row: tuple, column: int) -> str:
        info: JalonInfo = row[1]
        c = JalonColumn(column)
        if c is JalonColumn.NUMBER:
            return str(info.id)
        if c is JalonColumn.WHEN:
            return _when(info)
        if c is JalonColumn.LABEL:
            return info.label
        return format_percent(info.scores.maturity())

    def sort_key(self, row: tuple, column: int):
        info: JalonInfo = row[1]
        if column in (JalonColumn.NUMBER, JalonColumn.WHEN):
            return (info.taken_at, info.id)
        if column == JalonColumn.MATURITY:
            return info.scores.maturity() or -1.0
        return super().sort_key(row, column)


class JalonsDialog(QDialog):
    """The jalons of the open diagnostic: post, rename, delete, compare."""

    def __init__(self, ctx: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Jalons et comparaisons"))
        self.model = JalonsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JalonColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.compare_with_now())
        self.hint = QLabel(
            self.tr(
                "Un jalon est un instantané daté du diagnostic : il ne change plus. Comparez-en un "
                "avec aujourd'hui, ou sélectionnez-en deux pour les comparer entre eux."
            )
        )
        self.hint.setWordWrap(True)

        self.post_button = QPushButton(self.tr("&Poser un jalon…"))
        self.rename_button = QPushButton(self.tr("&Renommer…"))
        self.delete_button = QPushButton(self.tr("&Supprimer"))
        self.now_button = QPushButton(self.tr("Comparer avec &aujourd'hui"))
        self.pair_button = QPushButton(self.tr("Comparer les &deux jalons"))
        self.export_button = QPushButton(self.tr("E&xporter (JSON)…"))
        self.export_button.setToolTip(
            self.tr("Le diagnostic tel qu'il était à ce jalon, au format d'échange JSON.")
        )
        self.open_button = QPushButton(self.tr("&Ouvrir en lecture seule"))
        self.open_button.setToolTip(
            self.tr("Le diagnostic tel qu'il était à ce jalon, dans une fenêtre à part : à "
                    "consulter, exporter en Excel, PDF ou Word ; il ne se modifie pas.")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export)
        self.post_button.clicked.connect(self.post)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.now_button.clicked.connect(self.compare_with_now)
        self.pair_button.clicked.connect(self.compare_pair)
        buttons = QVBoxLayout()
        for b in (
            self.post_button,
            self.rename_button,
            self.delete_button,
            self.now_button,
            self.pair_button,
            self.open_button,
            self.export_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        self.chart = EvolutionChart()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.chart, 1)
        from essdesk.ui.indicators_view import course_view

        self.indicators = course_view([], [])
        self._jalon_indicators: dict[str, dict] = {}  # jalon uid → its indicators
        self.indicators.setToolTip(self.tr("Indicateurs : valeur à chaque jalon et aujourd'hui"))
        layout.addWidget(self.indicators)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ctx.changed.connect(self._on_changed)
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 24), min(640, screen.height() - 48))
        self.reload()

    def _on_changed(self, changes) -> None:
        if changes.jalons:
            self.reload()

    def reload(self) -> None:
        found = self.ctx.services.jalons()
        self.model.sync([(j.id, j) for j in found])
        self._enable()
        # The course of maturity: every jalon as stored, then today.
        self.chart.setVisible(bool(found))
        if found:
            now = self.ctx.services.scores()
            points = [*(j.label for j in found), self.tr("Aujourd'hui")]
            part = word(self.ctx.referential.words.part, capital=True)
            series = [
                (
                    self.tr("%1 %2").replace("%1", part).replace("%2", str(n)),
                    [*(j.scores.maturity(n) for j in found), now.steps[n].maturity],
                )
                for n in now.steps
            ]
            series.append(
                (self.tr("Ensemble"), [*(j.scores.maturity() for j in found), now.overall.maturity])
            )
            self.chart.set_series(points, series)
        self._show_indicators(found)

    def _show_indicators(self, found: list[JalonInfo]) -> None:
        """Each indicator's latest value at each jalon (as the jalon keeps it) and today."""
        from essdesk.domain.indicator_course import Milestone, course_table
        from essdesk.ui.indicators_view import indicators_data

        services = self.ctx.services
        # A jalon never changes: each is decoded once per dialog (~40 ms on the large one).
        kept = self._jalon_indicators
        sides = []
        for j in found:
            if j.uid not in kept:
                try:
                    data = services.jalon_data(j.id)
                except EssdeskError:  # a damaged jalon: the others still show
                    continue
                kept[j.uid] = {"actions": data["actions"], "indicators": data.get("indicators", [])}
            sides.append(Milestone(j.label, j.local_time.date(), kept[j.uid]))
        sides.append(Milestone(self.tr("Aujourd'hui"), dt.date.today(), indicators_data(services)))
        labels, rows = course_table(sides)
        from essdesk.ui.indicators_view import fit_rows

        self.indicators.model().reset(labels, rows)
        fit_rows(self.indicators)
        self.indicators.setVisible(bool(rows))

    def selected(self) -> list[JalonInfo]:
        rows = self.table.selectionModel().selectedRows()
        return sorted((self.model.rows[i.row()][1] for i in rows), key=lambda j: (j.taken_at, j.id))

    def _enable(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.rename_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count == 1)
        self.now_button.setEnabled(count == 1)
        self.pair_button.setEnabled(count == 2)
        self.export_button.setEnabled(count == 1)
        self.open_button.setEnabled(count == 1)

    def open_selected(self):
        """The selected jalon in a window of its own, read-only (None if it did not open)."""
        from PySide6.QtGui import QGuiApplication

        from essdesk.errors import EssdeskError
        from essdesk.store.opening import jalon_document
        from essdesk.ui.app import make_window

        (jalon,) = self.selected()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = jalon_document(self.ctx.services, jalon.id)
        except EssdeskError as exc:
            QMessageBox.warning(self, self.tr("Ouvrir le jalon"), error_text(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        owner = self.parent()
        window = make_window(getattr(owner, "settings", None))
        window.set_document(document)
        window.show()
        if hasattr(owner, "jalon_windows"):  # kept alive as long as the diagnostic's window
            owner.jalon_windows.append(window)
        return window

    def post(self) -> TaskRun | None:
        return post_jalon(
            self, self.ctx, done=lambda number: self.table.selectRow(self.model.row_of(number))
        )

    def rename(self) -> None:
        (info,) = self.selected()
        label = ask_label(self, self.tr("Renommer le jalon"), info.label)
        if label is None:
            return
        command = SetFieldsCommand(
            self.ctx,
            "jalon",
            info.id,
            {"label": label},
            {"label": info.label},
            self.tr("Renommer le jalon « %1 »").replace("%1", info.label),
        )
        try:
            self.ctx.run(command)
        except EssdeskError as exc:
            QMessageBox.warning(self, self.tr("Renommer le jalon"), error_text(exc))

    def delete(self) -> None:
        (info,) = self.selected()
        self.ctx.run(
            RemoveCommand(
                self.ctx,
                "jalon",
                info.id,
                self.tr("Supprimer le jalon « %1 »").replace("%1", info.label),
            )
        )
        self.ctx.message.emit(self.tr("Jalon supprimé (Édition › Annuler le remet)."))

    def export(self, target: Path | None = None) -> TaskRun | None:
        """Write the diagnostic as it was at the selected jalon, as an interchange file."""
        from essdesk.exchange.interchange import dumps
        from essdesk.store.atomic import write_atomically
        from essdesk.ui.json_worker import TaskRun

        (info,) = self.selected()
        if target is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Exporter le jalon en JSON"),
                str(Path.home() / f"jalon-{info.id}-{info.local_time:%Y-%m-%d}.json"),
                self.tr("Fichier JSON (*.json)"),
            )
            if not path:
                return None
            target = Path(path) if path.lower().endswith(".json") else Path(path + ".json")
        try:
            data = self.ctx.services.jalon_data(info.id)
        except EssdeskError as exc:
            QMessageBox.warning(self, self.tr("Exporter le jalon en JSON"), error_text(exc))
            return None

        def write() -> Path:
            write_atomically(target, dumps(data).encode("utf-8"))
            return target

        run = TaskRun(self, write, self.tr("Export JSON en cours…"), self.tr("Export impossible"))
        run.finished.connect(
            lambda written: (
                written is not None
                and self.ctx.message.emit(self.tr("Exporté : %1").replace("%1", str(written)))
            )
        )
        return run

    def compare_with_now(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self._show(chosen[0].id, None)

    def compare_pair(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            self._show(chosen[0].id, chosen[1].id)

    def _show(self, source: int, target: int | None) -> None:
        comparison = compare_jalons(self.ctx.services, source, target, self.ctx.referential)
        ComparisonDialog(comparison, self.ctx, self).exec()


# -- a comparison -------------------------------------------------------------------------------


_FIELD_SPECS = {
    "diagnostic": fields.DIAGNOSTIC_FIELDS,
    "lever": fields.LEVER_FIELDS,
    "actor": fields.ACTOR_FIELDS,
    "action": fields.ACTION_FIELDS,
    "workshop": fields.WORKSHOP_FIELDS,
    "step": fields.STEP_FIELDS,
    "indicator": fields.INDICATOR_FIELDS,
    "indicator_value": fields.INDICATOR_VALUE_FIELDS,
}
_ENUMS = {
    "status": {"lever": LeverStatus, "action": ActionStatus},
    "priority": Priority,
    "category": ActorCategory,
    "chain_link": ChainLink,
}


def _entity(entity: str) -> str:
    return {
        "diagnostic": _tr("Diagnostic"),
        "step": _tr("Étape"),
        "lever": _tr("Levier"),
        "actor": _tr("Acteur"),
        "action": _tr("Action"),
        "workshop": _tr("Atelier"),
        "indicator": _tr("Indicateur"),
        "indicator_value": _tr("Mesure"),
    }[entity]


def _field(entity: str, name: str) -> str:
    spec = _FIELD_SPECS[entity].get(name)
    if spec is not None:
        return field_label(spec.label)
    return {
        "actors": _tr("Acteurs"),
        "levers": _tr("Leviers"),
        "pilot": _tr("Pilote"),
        "partners": _tr("Partenaires"),
        "budget": _tr("Budget (€)"),
        "steps": _tr("Étapes"),
        "participants": _tr("Participants"),
        "votes": _tr("Votes"),
        "dots_per_participant": _tr("Gommettes par participant"),
        "custom": _tr("Personnalisé"),
        "lever": _tr("Levier"),
        "action": _tr("Action"),
    }.get(name, name)


def _value(entity: str, name: str, value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    enum = _ENUMS.get(name)
    if isinstance(enum, dict):
        enum = enum.get(entity)
    if enum is not None:
        return value_label(enum, value)
    if isinstance(value, bool):
        return _tr("oui") if value else _tr("non")
    if isinstance(value, list):
        return QCoreApplication.translate("Jalons", "%n éléments", None, len(value))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return f"{dt.date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            pass
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


class ChangeColumn(IntEnum):
    STEP = 0
    ITEM = 1
    FIELD = 2
    BEFORE = 3
    AFTER = 4


class ChangesModel(RowTableModel):
    """One row per change, creation or removal, in step order (then the whole diagnostic)."""

    Columns = ChangeColumn
    EXTRA_ROLES = frozenset({Qt.ItemDataRole.ToolTipRole})

    def extra(self, row: tuple, column: int, role: int):
        return row[1 + column] if role == Qt.ItemDataRole.ToolTipRole else None  # cut texts in full

    def headers(self):
        return [
            self.tr("Étape"),
            self.tr("Élément"),
            self.tr("Champ"),
            self.tr("Avant"),
            self.tr("Après"),
        ]

    def display(self, row: tuple, column: int) -> str:
        return row[1 + column]


def change_rows(comparison: Comparison, names: dict) -> list[tuple]:
    """(n, step, item, field, before, after) for the table, grouped by step."""
    rows = []
    for number, items in comparison.by_step().items():
        step = _tr("Ensemble") if number is None else str(number)
        for kind, item in items:
            name = names.get((item.entity, item.key)) or str(item.key)
            what = f"{_entity(item.entity)} {name}".strip()
            if kind == "change":
                rows.append(
                    (
                        len(rows),
                        step,
                        what,
                        _field(item.entity, item.field),
                        _value(item.entity, item.field, item.before),
                        _value(item.entity, item.field, item.after),
                    )
                )
            else:
                added = kind == "created"
                rows.append(
                    (
                        len(rows),
                        step,
                        what,
                        _tr("ajouté") if added else _tr("retiré"),
                        "" if added else "✓",
                        "✓" if added else "",
                    )
                )
    return rows


def _names(comparison: Comparison) -> dict:
    """A readable name for each row of either state: lever code, actor name, action title…"""
    names: dict = {}
    for data in (comparison.before.data, comparison.after.data):
        names[("diagnostic", data["diagnostic"].get("uid"))] = ""
        for a in data["actors"]:
            names[("actor", a["uid"])] = f"« {a['name']} »"
        for x in data["actions"]:
            names[("action", x["uid"])] = f"« {x['title']} »"
        for w in data["workshops"]:
            names[("workshop", w["uid"])] = f"« {w['place'] or w['date'] or ''} »"
        for s in data["steps"]:
            names[("step", s["number"])] = str(s["number"])
            for lv in s["levers"]:
                names[("lever", lv["code"])] = lv["code"]
        for i in data.get("indicators", []):
            names[("indicator", i["uid"])] = f"« {i['name']} »"
            for v in i["values"]:
                names[("indicator_value", v["uid"])] = (
                    f"« {i['name']} » {_value('', '', v['date'])}"
                )
    return names


class ComparisonDialog(QDialog):
    def __init__(
        self, comparison: Comparison, ctx: DocumentContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.comparison = comparison
        before, after = comparison.before, comparison.after
        now = after.number is None
        self.setWindowTitle(self.tr("Comparaison"))
        frm = (
            self.tr("« %1 » (%2)")
            .replace("%1", before.label)
            .replace("%2", _when(before.taken_at.replace(tzinfo=dt.UTC).astimezone()))
        )
        to = (
            self.tr("aujourd'hui")
            if now
            else self.tr("« %1 » (%2)")
            .replace("%1", after.label)
            .replace("%2", _when(after.taken_at.replace(tzinfo=dt.UTC).astimezone()))
        )
        m = comparison.maturity()
        self.heading = QLabel(
            self.tr("Du jalon %1 à %2 : maturité d'ensemble %3 → %4.")
            .replace("%1", frm)
            .replace("%2", to)
            .replace("%3", format_percent(m["overall"]["before"]))
            .replace("%4", format_percent(m["overall"]["after"]))
        )
        self.heading.setWordWrap(True)
        self.heading.setObjectName("comparisonHeading")
        late = comparison.became_late()
        self.late = QLabel(
            QCoreApplication.translate(
                "Jalons", "%n actions passées en retard : %1", None, len(late)
            ).replace("%1", " ; ".join(x["title"] for x in late))
            if late
            else self.tr("Aucune action passée en retard.")
        )
        self.late.setWordWrap(True)

        self.radar = RadarChart()
        self.radar.word = word(ctx.referential.words.part, capital=True)
        titles = {s.number: s.title for s in ctx.referential.steps}
        self.radar.set_values(
            [
                (r["number"], step_title(titles.get(r["number"], "")), r["after"])
                for r in m["steps"]
            ],
            [r["before"] for r in m["steps"]],
        )
        self.legend = QLabel(
            self.tr(
                "<span style='color:%1'>━ %2</span>&nbsp;&nbsp; <span style='color:%3'>╍ %4</span>"
            )
            .replace("%1", PRIMARY.name())
            .replace("%2", self.tr("aujourd'hui") if now else after.label)
            .replace("%3", BEFORE.name())
            .replace("%4", before.label)
        )
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.radar, 1)
        left_layout.addWidget(self.legend)
        # A radar of one or two parts is a line or a point: the table below says it all.
        left.setVisible(len(m["steps"]) >= RADAR_MIN_PARTS)

        self.model = ChangesModel(self)
        self.model.reset(change_rows(comparison, _names(comparison)))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # The element takes what the other columns leave: no sideways scrolling on 1024 px.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChangeColumn.STEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChangeColumn.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChangeColumn.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(ChangeColumn.BEFORE, 130)
        self.table.setColumnWidth(ChangeColumn.AFTER, 130)
        self.empty = QLabel(self.tr("Aucune modification entre ces deux états."))
        self.empty.setVisible(not comparison.changeset)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.late)
        from essdesk.ui.indicators_view import course_view  # only with indicators

        self.indicators = None
        found = comparison.indicators()
        if found:
            sides = [before.label, self.tr("aujourd'hui") if now else after.label]
            self.indicators = course_view(sides, comparison.indicator_rows())
            right_layout.addWidget(self.indicators)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.table, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([360, 640])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 24), min(720, screen.height() - 48))
