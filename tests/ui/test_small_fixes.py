"""Small things users trip on (issue 14, point 9): renaming a custom lever, the actors
list's order and columns, plural forms, the territory kind's brackets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from essdesk.models.enums import ActionStatus, TerritoryKind
from essdesk.ui.commands import AddCommand
from essdesk.ui.models.actors import ActorColumn


def test_a_custom_lever_can_be_renamed_and_undone(window, qtbot):
    window.go("step", 2)
    view = window.step_view
    window.ctx.run(
        AddCommand(window.ctx, "lever", lambda s: s.add_custom_lever(2, "Levier maison"), "ajout")
    )
    lever = next(lv for lv in window.ctx.services.step(2).levers if lv.custom)
    card = view.cards[lever.id]
    qtbot.waitUntil(card.rename_button.isVisible)
    card.rename("  Levier maison, renommé  ")
    assert window.ctx.services.lever(lever.id).label == "Levier maison, renommé"
    assert view.cards[lever.id].title.text() == "Levier maison, renommé"
    window.ctx.undo_stack.undo()
    assert window.ctx.services.lever(lever.id).label == "Levier maison"
    assert view.cards[lever.id].title.text() == "Levier maison"
    window.ctx.undo_stack.redo()
    assert window.ctx.services.lever(lever.id).label == "Levier maison, renommé"
    card = view.cards[lever.id]
    depth = window.ctx.undo_stack.count()
    card.rename("   ")  # an empty title is not an edit
    assert window.ctx.undo_stack.count() == depth
    guide_card = next(c for lid, c in view.cards.items() if lid != lever.id)
    assert not hasattr(guide_card, "rename_button")  # levers of the guide keep their title


def test_actors_open_sorted_a_to_z_with_whole_names(window):
    services = window.ctx.services
    services.add_actor(
        name="Éleveurs ovins du Saulnois et des Vosges du Nord",
        category="autre",
        chain_link="production",
    )
    window.ctx.session.commit()
    window.go("actors")
    view = window.actors_view
    view.set_context(window.ctx)  # as when the file is opened
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == ActorColumn.NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    names = [view.model.index(r, ActorColumn.NAME).data() for r in range(view.model.rowCount())]
    assert names == [
        "Bergerie",
        "Coopérative Laine",
        "Éleveurs ovins du Saulnois et des Vosges du Nord",
        "Ressourcerie",
    ]  # "É" with the E, not after Z
    widest = max(view.table.fontMetrics().horizontalAdvance(n) for n in names)
    assert header.sectionSize(ActorColumn.NAME) >= widest


def test_counts_use_plural_forms(window):
    services = window.ctx.services
    action = services.actions()[0]
    window.go("actions")
    summary = window.actions_view.summary
    assert summary.text() == "1 action, 0 réalisée, 1 en retard."
    window.actions_view.refresh(services.update_action(action.id, status=ActionStatus.DONE))
    assert summary.text() == "1 action, 1 réalisée, 0 en retard."
    for i in range(2):
        services.add_action(title=f"Action {i}", status=ActionStatus.DONE)
    window.actions_view.set_context(window.ctx)
    assert summary.text() == "3 actions, 3 réalisées, 0 en retard."
    window.go("actors")
    assert window.actors_view.summary.text().startswith("3 acteurs, dont ")
    assert QCoreApplication.translate("ActorsView", "%n acteurs", None, 1) == "1 acteur"
    assert QCoreApplication.translate("WorkshopMode", "%n gommettes", None, 0) == "0 gommette"
    assert QCoreApplication.translate("WorkshopMode", "%n gommettes", None, 30) == "30 gommettes"


def test_territory_kind_is_not_bracketed_twice(window):
    window.ctx.services.update_diagnostic(
        territory_kind=TerritoryKind.PNR, territory_name="Parc naturel régional de Lorraine"
    )
    window.overview.reload()
    text = window.overview.identity.text()
    assert "Parc naturel régional (PNR)" in text
    assert "((" not in text and "))" not in text
