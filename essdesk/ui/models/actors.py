"""The actors table."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from essdesk.core.enums import ActorCategory, ChainLink
from essdesk.core.queries import ActorRow, actor_search_text
from essdesk.ui.i18n import value_label
from essdesk.ui.models.base import RowTableModel


class ActorColumn(IntEnum):
    NAME = 0
    ESS = 1
    CATEGORY = 2
    CHAIN_LINK = 3
    COMMUNE = 4
    ROLE = 5
    CONTACT = 6


class ActorsModel(RowTableModel):
    Columns = ActorColumn

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._search: dict[int, str] = {}
        self._labels: dict[str, str] | None = None

    def headers(self):
        return [self.tr("Nom"), self.tr("ESS"), self.tr("Catégorie"), self.tr("Maillon"),
                self.tr("Commune"), self.tr("Rôle"), self.tr("Contact")]

    def display(self, row: ActorRow, column: int) -> str:
        c = ActorColumn(column)
        if c is ActorColumn.NAME:
            return row.name
        if c is ActorColumn.ESS:
            return self.tr("ESS") if row.ess else self.tr("Hors ESS")
        if c is ActorColumn.CATEGORY:
            return value_label(ActorCategory, row.category)
        if c is ActorColumn.CHAIN_LINK:
            return value_label(ChainLink, row.chain_link)
        if c is ActorColumn.COMMUNE:
            return row.commune
        if c is ActorColumn.ROLE:
            return row.role.replace("\n", " ")
        return row.contact

    def sort_key(self, row: ActorRow, column: int):
        if column == ActorColumn.CHAIN_LINK:
            return list(ChainLink).index(ChainLink(row.chain_link))
        return self.display(row, column).casefold()

    def extra(self, row: ActorRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == ActorColumn.ROLE:
            return row.role or None
        return None

    def search_text(self, row: ActorRow) -> str:
        text = self._search.get(row.id)
        if text is None:
            if self._labels is None:
                self._labels = {
                    **{m.value: value_label(ActorCategory, m.value) for m in ActorCategory},
                    **{m.value: value_label(ChainLink, m.value) for m in ChainLink},
                }
            text = actor_search_text(row, self._labels)
            self._search[row.id] = text
        return text

    def reset(self, rows):
        self._search, self._labels = {}, None
        super().reset(rows)

    def sync(self, rows):
        self._search = {}
        super().sync(rows)


class ActorsProxy(QSortFilterProxyModel):
    """Search across every column, filter on ESS, category and value-chain link.

    Filtering runs in Python over the source's row list; sorting is delegated to the
    source model (it sorts its own list, far faster than the proxy would).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.ess: bool | None = None
        self.category: str | None = None
        self.chain_link: str | None = None

    def set_filters(self, *, text: str | None = None, ess: object = ..., category: object = ...,
                    chain_link: object = ...) -> None:
        self.beginFilterChange()
        if text is not None:
            self.words = text.casefold().split()
        if ess is not ...:
            self.ess = ess  # type: ignore[assignment]
        if category is not ...:
            self.category = category  # type: ignore[assignment]
        if chain_link is not ...:
            self.chain_link = chain_link  # type: ignore[assignment]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: ActorsModel = self.sourceModel()  # type: ignore[assignment]
        row: ActorRow = model.rows[source_row]  # type: ignore[assignment]
        if self.ess is not None and row.ess != self.ess:
            return False
        if self.category is not None and row.category != self.category:
            return False
        if self.chain_link is not None and row.chain_link != self.chain_link:
            return False
        if self.words:
            text = model.search_text(row)
            return all(w in text for w in self.words)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
