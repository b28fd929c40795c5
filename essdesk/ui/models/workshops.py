"""The list of workshop sessions."""

from __future__ import annotations

from enum import IntEnum

from essdesk.domain.queries import WorkshopRow
from essdesk.ui.i18n import format_date
from essdesk.ui.models.base import RowTableModel, text_key


class WorkshopColumn(IntEnum):
    DATE = 0
    PLACE = 1
    STEPS = 2
    PARTICIPANTS = 3


class WorkshopsModel(RowTableModel):
    Columns = WorkshopColumn
    parts = ""  # what the referential calls its parts ("Axes"); the view sets it

    def headers(self):
        return [self.tr("Date"), self.tr("Lieu"), self.parts or self.tr("Étapes"), self.tr("Participants")]

    def display(self, row: WorkshopRow, column: int) -> str:
        c = WorkshopColumn(column)
        if c is WorkshopColumn.DATE:
            return format_date(row.date)
        if c is WorkshopColumn.PLACE:
            return row.place
        if c is WorkshopColumn.STEPS:
            return ", ".join(str(n) for n in row.steps)
        return str(row.participants)

    def sort_key(self, row: WorkshopRow, column: int):
        if column == WorkshopColumn.DATE:
            return (row.date is None, row.date.toordinal() if row.date else 0)
        if column == WorkshopColumn.PARTICIPANTS:
            return row.participants
        if column == WorkshopColumn.STEPS:
            return row.steps
        return text_key(self.display(row, column))
