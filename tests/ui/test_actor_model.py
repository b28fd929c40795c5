"""The actors model filters and sorts its own rows (no proxy): order, filters, selection."""

from PySide6.QtCore import QItemSelectionModel, Qt

from essdesk.domain.queries import ActorRow
from essdesk.ui.models.actors import ActorColumn, ActorsModel


def row(ident, name, ess, category="association", link="production", commune=""):
    return ActorRow(ident, name, ess, category, link, commune, "", "", "", "")


def names(model):
    return [model.index(r, ActorColumn.NAME).data() for r in range(model.rowCount())]


def test_sort_filter_sync_and_selection(qtbot):
    model = ActorsModel()
    model.reset([row(1, "b", True), row(2, "A", False, link="transformation"), row(3, "c", True),
                 row(4, "d", False, commune="Lanvaux")])
    model.sort(ActorColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["A", "b", "c", "d"]
    model.sort(ActorColumn.ESS, Qt.SortOrder.AscendingOrder)  # stable: names stay sorted within
    assert names(model) == ["b", "c", "A", "d"]
    model.sort(ActorColumn.CHAIN_LINK, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "A"

    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(names(model).index("d"), 0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
    model.set_filters(text="lanv")
    assert names(model) == ["d"] and model.total == 4
    assert selection.currentIndex().row() == 0  # the current row followed its actor
    model.set_filters(text="", ess=True)
    assert names(model) == ["b", "c"]
    assert not selection.currentIndex().isValid()  # its actor is filtered out

    model.sync([row(1, "b", True), row(3, "c", False), row(5, "e", True)])  # c leaves ESS, e comes
    assert names(model) == ["b", "e"]
    assert [r.name for r in model.all_rows] == ["b", "c", "e"]
    model.set_filters(ess=None)
    model.sort(ActorColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["e", "c", "b"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
