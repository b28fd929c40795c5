"""Small reusable widgets: optional date, field errors, a searchable check list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from essdesk.ui.i18n import from_qdate, to_qdate

_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A French date (JJ/MM/AAAA) that may be empty: the minimum date stands for "none"."""

    dateValueChanged = Signal(object)  # datetime.date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(self.tr("Aucune"))
        self.setDate(_NO_DATE)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.dateChanged.connect(lambda _d: self.dateValueChanged.emit(self.value()))

    def value(self) -> dt.date | None:
        return None if self.date() == _NO_DATE else from_qdate(self.date())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value) if value else _NO_DATE)

    def mousePressEvent(self, event) -> None:  # open the calendar on today, not on 1900
        if self.date() == _NO_DATE:
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        super().mousePressEvent(event)


class FieldErrors:
    """Error messages shown right under their field in a QFormLayout."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add_row(self, label: str, widget: QWidget, key: str) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet("color: #b42318;")
        error.setWordWrap(True)
        error.hide()
        lay.addWidget(error)
        self.form.addRow(label, box)
        self.form.labelForField(box).setBuddy(widget)  # type: ignore[union-attr]
        self.labels[key] = error
        self.widgets[key] = widget

    def clear(self) -> None:
        for label in self.labels.values():
            label.hide()
            label.clear()

    def show(self, key: str, message: str) -> bool:
        label = self.labels.get(key)
        if label is None:
            return False
        label.setText(message)
        label.show()
        self.widgets[key].setFocus()
        return True


class CheckListDialog(QDialog):
    """Pick some items among many, with a search box: actors of a lever, partners…"""

    def __init__(self, title: str, items: Sequence[tuple[int, str]], checked: Iterable[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 520)
        checked = set(checked)
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher"))
        lay.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        for ident, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def checked_ids(self) -> list[int]:
        return [
            self.list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]


def page_layout(page: QWidget, title: str) -> QVBoxLayout:
    """The frame every document view shares: styled background, margins, page title."""
    page.setObjectName("page")
    page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    root = QVBoxLayout(page)
    root.setContentsMargins(24, 20, 24, 16)
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    root.addWidget(heading)
    return root
