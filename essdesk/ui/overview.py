"""Vue d'ensemble: identity, maturity radar and bars, completion, what needs doing next."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from essdesk.domain import queries
from essdesk.domain.referential import StepRef
from essdesk.domain.scoring import format_percent
from essdesk.domain.services import Changes
from essdesk.export.report import RADAR_MIN_PARTS
from essdesk.models.enums import LeverStatus, Priority
from essdesk.ui.charts import RadarChart, StepBars
from essdesk.ui.guidance import NextLeversCard
from essdesk.ui.i18n import format_date, label, step_title, value_label, word
from essdesk.ui.style import repolish


def short_title(ref: StepRef) -> str:
    """The part's short title (the referential's own), translated where essdesk knows it."""
    return step_title(ref.short_title)


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(16, 12, 16, 14)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    lay.addWidget(heading)
    frame.heading = heading  # a title that follows the referential's words
    return frame, lay


class Kpi(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("kpi")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("kpiCaption")
        self.caption.setWordWrap(True)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)

    def set(self, value: str, tooltip: str = "") -> None:
        self.value.setText(value)
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{self.caption.text()} : {value}")


class OverviewView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("page")
        self.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(24, 20, 24, 24)
        root.setSpacing(16)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.identity = QLabel()
        self.identity.setObjectName("subtitle")
        self.identity.setWordWrap(True)
        self.identity.setTextFormat(Qt.TextFormat.RichText)
        root.addWidget(self.title)
        root.addWidget(self.identity)

        kpis = QHBoxLayout()
        kpis.setSpacing(12)
        self.kpi_maturity = Kpi(self.tr("Maturité globale"))
        self.kpi_completion = Kpi(self.tr("Leviers renseignés"))  # captions: the words, _reload_levers
        self.kpi_high = Kpi(self.tr("Leviers prioritaires à traiter"))
        self.kpi_actions = Kpi(self.tr("Actions en cours ou à venir"))
        self.kpi_overdue = Kpi(self.tr("Actions en retard"))
        for k in (self.kpi_maturity, self.kpi_completion, self.kpi_high, self.kpi_actions, self.kpi_overdue):
            kpis.addWidget(k)
        root.addLayout(kpis)

        charts = QGridLayout()
        charts.setSpacing(16)
        radar_card, radar_lay = card(self.tr("Maturité par étape"))
        self.radar_card = radar_card
        self.radar = RadarChart()
        self.radar.setAccessibleName(self.tr("Radar de maturité par étape"))
        self.radar.setToolTip(self.tr("Cliquez sur une étape pour l'ouvrir."))
        radar_lay.addWidget(self.radar)
        bars_card, bars_lay = card(self.tr("Maturité et complétude par étape"))
        self.bars_card = bars_card
        self.bars = StepBars()
        self.bars.setAccessibleName(self.tr("Barres de maturité et de complétude par étape"))
        self.bars.setToolTip(self.tr("Cliquez sur une étape pour l'ouvrir."))
        bars_lay.addWidget(self.bars)
        bars_lay.addStretch()
        self.charts = charts
        charts.addWidget(radar_card, 0, 0)
        charts.addWidget(bars_card, 0, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        root.addLayout(charts)

        lists = QHBoxLayout()
        lists.setSpacing(16)
        high_card, high_lay = card(self.tr("Leviers à haute priorité pas encore réalisés"))
        self.high_card = high_card
        self.high = QListWidget()
        self.high.setAccessibleName(self.tr("Leviers à haute priorité"))
        self.high.setMinimumHeight(180)
        self.high.setWordWrap(True)
        self.high.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        high_lay.addWidget(self.high)
        next_card, next_lay = card(self.tr("Prochaines actions par échéance"))
        self.next = QListWidget()
        self.next.setAccessibleName(self.tr("Prochaines actions"))
        self.next.setMinimumHeight(180)
        self.next.setWordWrap(True)
        self.next.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        next_lay.addWidget(self.next)
        lists.addWidget(high_card, 1)
        lists.addWidget(next_card, 1)
        root.addLayout(lists)
        self.next_levers = NextLeversCard()
        self.next_levers.leverChosen.connect(lambda ident: self.ctx and self.ctx.navigate.emit("lever", ident))
        root.addWidget(self.next_levers)
        root.addStretch()

        self.radar.stepClicked.connect(lambda n: self.ctx and self.ctx.navigate.emit("step", n))
        self.bars.stepClicked.connect(lambda n: self.ctx and self.ctx.navigate.emit("step", n))
        self.high.itemActivated.connect(self._open_lever)
        self.high.itemClicked.connect(self._open_lever)
        self.next.itemActivated.connect(self._open_action)
        self.next.itemClicked.connect(self._open_action)

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        self.reload()

    def refresh(self, changes: Changes) -> None:
        if changes.diagnostic or changes.actions or changes.actors:
            self.reload()
        elif changes.levers or changes.steps:
            # A lever edit changes scores and lever lists, never an action row: the 1,000
            # action rows of a large diagnostic are not read again (issue 6, lever click).
            self._reload_identity()
            self._reload_levers()

    def reload(self) -> None:
        self._reload_identity()
        self._reload_levers()
        self._reload_actions()

    def _reload_identity(self) -> None:
        d = self.ctx.services.identity()
        self.title.setText(d.title)
        parts = []
        if d.territory_name:
            # Not "(kind)": a kind's label may hold brackets itself ("Parc naturel régional (PNR)").
            parts.append(f"<b>{_esc(d.territory_name)}</b>, {_esc(label(d.territory_kind))}")
        if d.filiere_name:
            parts.append(self.tr("Filière : %1").replace("%1", f"<b>{_esc(d.filiere_name)}</b>")
                         + f" — {_esc(label(d.filiere_meaning))}")
        parts.append(_esc(label(d.scenario)))
        if d.facilitator:
            parts.append(self.tr("Animation : %1").replace("%1", _esc(d.facilitator)))
        if d.start_date:
            parts.append(self.tr("Depuis le %1").replace("%1", format_date(d.start_date)))
        self.identity.setText(" · ".join(parts))

    def _reload_levers(self) -> None:
        ctx = self.ctx
        scores = ctx.services.scores()
        levers = queries.lever_rows(ctx.session, ctx.diagnostic_id)
        refs = {s.number: s for s in ctx.referential.steps}
        titles = {n: short_title(refs[n]) if n in refs else "" for n in scores.steps}
        words = ctx.referential.words
        per = self.tr("%1 par %2")
        part = word(words.part)
        self.radar_card.heading.setText(per.replace("%1", self.tr("Maturité")).replace("%2", part))
        self.bars_card.heading.setText(per.replace("%1", self.tr("Maturité et complétude")).replace("%2", part))
        # A radar of one or two parts is a line or a point: the bars stand alone.
        radar = len(scores.steps) >= RADAR_MIN_PARTS
        if radar != self.radar_card.isVisibleTo(self):  # the layout changes with the referential only
            self.radar_card.setVisible(radar)
            self.charts.removeWidget(self.bars_card)
            if radar:
                self.charts.addWidget(self.bars_card, 0, 1)
            else:  # the bars take the whole row
                self.charts.addWidget(self.bars_card, 0, 0, 1, 2)
        named = word(words.levers, capital=True)
        self.kpi_completion.caption.setText(self.tr("%1 avec un statut").replace("%1", named))
        self.kpi_high.caption.setText(self.tr("%1 de priorité haute à traiter").replace("%1", named))
        self.high_card.heading.setText(self.tr("%1 de priorité haute à traiter").replace("%1", named))
        self.radar.word = self.bars.word = word(words.part, capital=True)
        self.radar.set_values([(n, titles[n], s.maturity) for n, s in scores.steps.items()])
        self.bars.set_values([(n, titles[n], s.maturity, s.completion) for n, s in scores.steps.items()])
        o = scores.overall
        self.kpi_maturity.set(format_percent(o.maturity))
        self.kpi_completion.set(f"{o.assessed}/{o.total}", format_percent(o.completion))
        high = queries.high_priority_open(levers)
        self.kpi_high.set(str(len(high)))
        self.high.clear()
        for lv in high:
            item = QListWidgetItem(f"{lv.code}  {lv.label}\n    {value_label(LeverStatus, lv.status)}"
                                   + (f" · {self.tr('échéance')} {format_date(lv.due)}" if lv.due else ""))
            item.setData(Qt.ItemDataRole.UserRole, lv.id)
            item.setToolTip(lv.label)
            self.high.addItem(item)
        if not high:
            self._placeholder(self.high, self.tr("Rien de priorité haute en attente."))
        self.next_levers.reload(ctx, scores)

    def _reload_actions(self) -> None:
        ctx = self.ctx
        actions = queries.action_rows(ctx.session, ctx.diagnostic_id)
        today = dt.date.today()
        pending = queries.next_actions(actions, limit=10_000)
        self.kpi_actions.set(str(len(pending)))
        overdue = [a for a in actions if queries.is_overdue(a, today)]
        self.kpi_overdue.set(str(len(overdue)))
        self.kpi_overdue.value.setProperty("alert", "true" if overdue else "false")
        repolish(self.kpi_overdue.value)
        self.next.clear()
        for a in pending[:8]:
            due = format_date(a.end) if a.end else self.tr("sans échéance")
            pilot = f" · {a.pilot}" if a.pilot else ""
            item = QListWidgetItem(f"{due} — {a.title}\n    {value_label(Priority, a.priority)}{pilot}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            if queries.is_overdue(a, today):
                item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(self.tr("En retard"))
            self.next.addItem(item)
        if not pending:
            self._placeholder(self.next, self.tr("Aucune action en attente. Créez-en depuis un levier."))

    @staticmethod
    def _placeholder(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)

    def _open_lever(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            self.ctx.navigate.emit("lever", ident)

    def _open_action(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            self.ctx.navigate.emit("action", ident)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
