"""Nouveau diagnostic: a short wizard for the identity of the diagnostic."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from essdesk.domain.referential import Referential
from essdesk.models.enums import FiliereMeaning, Scenario, TerritoryKind
from essdesk.ui.i18n import from_qdate, label


class NewDiagnosticWizard(QWizard):
    def __init__(self, referential: Referential, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referential = referential
        self.setWindowTitle(self.tr("Nouveau diagnostic"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.IndependentPages)  # "Précédent" keeps what was typed

        territory = QWizardPage()
        territory.setTitle(self.tr("Le territoire"))
        territory.setSubTitle(self.tr("La méthode suivie et le territoire qui mène le diagnostic."))
        form = QFormLayout(territory)
        self._method_rows(form)
        self.territory_name = QLineEdit()
        self.territory_name.setPlaceholderText(self.tr("ex. Communauté de communes du Haut-Val"))
        self.territory_kind = QComboBox()
        for kind in TerritoryKind:
            self.territory_kind.addItem(label(kind), kind.value)
        self.territory_kind.setCurrentIndex(self.territory_kind.findData(TerritoryKind.COMMUNAUTE_COMMUNES.value))
        self.facilitator = QLineEdit()
        self.start_date = QDateEdit(QDate.currentDate())
        self.start_date.setDisplayFormat("dd/MM/yyyy")
        self.start_date.setCalendarPopup(True)
        form.addRow(self.tr("&Nom du territoire *"), self.territory_name)
        form.addRow(self.tr("&Type de territoire"), self.territory_kind)
        form.addRow(self.tr("&Animateur ou animatrice"), self.facilitator)
        form.addRow(self.tr("&Date de début"), self.start_date)
        territory.registerField("territory*", self.territory_name)
        self.addPage(territory)

        filiere = QWizardPage()
        filiere.setTitle(self.tr("La filière"))
        filiere.setSubTitle(self.tr("Choisissez une filière du catalogue ou saisissez la vôtre."))
        # The descriptions of the choices are long: they scroll on a small screen, never overlap.
        outer = QVBoxLayout(filiere)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        lay = QVBoxLayout(body)
        form2 = QFormLayout()
        self.filiere = QComboBox()
        self.filiere.setEditable(True)
        self.filiere.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_filieres()
        self.filiere.lineEdit().setPlaceholderText(self.tr("ex. Laine, Réemploi, Alimentation…"))
        self.sector = QLabel()
        self.sector.setWordWrap(True)
        self.sector.setObjectName("muted")
        self.filiere.currentIndexChanged.connect(
            lambda i: self.sector.setText(self.filiere.itemData(i) or "") if i >= 0 else None)
        form2.addRow(self.tr("&Filière *"), self.filiere)
        form2.addRow("", self.sector)
        lay.addLayout(form2)
        filiere.registerField("filiere*", self.filiere, "currentText", self.filiere.currentTextChanged)
        self.meaning = self._choices(lay, self.tr("Sens donné à la filière"), FiliereMeaning,
                                     {c.id: c.description for c in referential.meanings})
        self.scenario = self._choices(lay, self.tr("Scénario d'intervention de la collectivité"), Scenario,
                                      {c.id: c.description for c in referential.scenarios})
        self.addPage(filiere)

        self.naming = naming = QWizardPage()
        naming.setTitle(self.tr("Le diagnostic"))
        naming.setSubTitle(self.tr("Son titre figure en tête du rapport et nomme le fichier."))
        form3 = QFormLayout(naming)
        self.title = QLineEdit()
        self._suggested = ""
        form3.addRow(self.tr("&Titre du diagnostic *"), self.title)
        where = QLabel(self.tr("Au premier enregistrement (Ctrl+S), essdesk vous demandera où ranger le "
                               "fichier ; il propose votre dossier Documents."))
        where.setWordWrap(True)
        where.setObjectName("muted")
        form3.addRow("", where)
        naming.registerField("title*", self.title)
        self.addPage(naming)
        self.currentIdChanged.connect(self._suggest_title)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.resize(QSize(760, 660).boundedTo(screen.availableGeometry().size() * 0.95))

    def _method_rows(self, form: QFormLayout) -> None:
        """The method (referential) the diagnostic follows: built-in or installed."""
        from essdesk.domain.referential_library import available

        self.method = QComboBox()
        self.methods: list[Referential] = [e.referential for e in available()]
        if not any(r.id == self.referential.id for r in self.methods):
            self.methods.insert(0, self.referential)
        for r in self.methods:
            self.method.addItem(self.tr("%1 — version %2").replace("%1", r.title)
                                .replace("%2", r.version), r.id)
        self.method.setCurrentIndex(
            next(i for i, r in enumerate(self.methods) if r.id == self.referential.id))
        self.method.setToolTip(self.tr("Fichier › Référentiels… en installe d'autres."))
        self.method_info = QLabel()
        self.method_info.setWordWrap(True)
        self.method_info.setObjectName("muted")
        form.addRow(self.tr("&Référentiel"), self.method)
        form.addRow("", self.method_info)
        self.method.currentIndexChanged.connect(self._method_chosen)
        self._describe_method()

    def _describe_method(self) -> None:
        r = self.referential
        w, parts, levers = r.words, len(r.steps), len(r.levers)
        self.method_info.setText(
            self.tr("%1 ; %2 %3, %4 %5.").replace("%1", r.author or r.publisher)
            .replace("%2", str(parts)).replace("%3", w.part if parts == 1 else w.parts)
            .replace("%4", str(levers)).replace("%5", w.lever if levers == 1 else w.levers))

    def _method_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.referential = self.methods[index]
        self._describe_method()
        if hasattr(self, "filiere"):
            self._fill_filieres()

    def _fill_filieres(self) -> None:
        """The catalogue of filières is the chosen referential's."""
        typed = self.filiere.currentText()
        self.filiere.clear()
        for f in self.referential.filieres:
            self.filiere.addItem(f.name, f.sector)
        self.filiere.setCurrentIndex(self.filiere.findText(typed) if typed else -1)
        if typed and self.filiere.currentIndex() < 0:
            self.filiere.setEditText(typed)

    def suggested_title(self) -> str:
        name = self.filiere.currentText().strip()
        territory = self.territory_name.text().strip()
        return self.tr("Filière %1 — %2").replace("%1", name).replace("%2", territory)

    def _suggest_title(self, _page_id: int) -> None:
        """Propose a title from the filière and territory, unless the user typed one."""
        if self.currentPage() is self.naming and self.title.text() in ("", self._suggested):
            self._suggested = self.suggested_title()
            self.title.setText(self._suggested)

    def _choices(self, lay: QVBoxLayout, title: str, enum_cls, descriptions: dict[str, str]) -> QButtonGroup:
        caption = QLabel(title)
        caption.setObjectName("sectionTitle")
        lay.addWidget(caption)
        group = QButtonGroup(self)
        for n, member in enumerate(enum_cls):
            radio = QRadioButton(label(member))
            radio.setProperty("value", member.value)
            radio.setToolTip(descriptions.get(member.value, ""))
            radio.setChecked(n == 0)
            group.addButton(radio)
            lay.addWidget(radio)
            text = QLabel(descriptions.get(member.value, ""))
            text.setWordWrap(True)
            text.setObjectName("muted")
            text.setContentsMargins(24, 0, 0, 4)
            lay.addWidget(text)
        return group

    def identity(self) -> dict[str, Any]:
        name = self.filiere.currentText().strip()
        sector = ""
        for f in self.referential.filieres:
            if f.name == name:
                sector = f.sector
        territory = self.territory_name.text().strip()
        return {
            "title": self.title.text().strip() or self.suggested_title(),
            "territory_name": territory,
            "territory_kind": TerritoryKind(self.territory_kind.currentData()),
            "filiere_name": name,
            "filiere_sector": sector,
            "filiere_meaning": FiliereMeaning(self.meaning.checkedButton().property("value")),
            "scenario": Scenario(self.scenario.checkedButton().property("value")),
            "facilitator": self.facilitator.text().strip(),
            "start_date": from_qdate(self.start_date.date()) or dt.date.today(),
        }
