"""Every screen fits 1024×768: the window's place, each view, workshop mode (issue 14, point 4)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from essdesk.ui.geometry import PREFERRED, fits, fitted, place_window

#: A 1024×768 screen less a 28 px panel: the smallest screen essdesk supports.
SMALL = QSize(1024, 740)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_fitted_is_the_preferred_size_bounded_by_the_screen():
    big = QRect(0, 0, 1920, 1040)
    assert fitted(big).size() == PREFERRED and big.contains(fitted(big))
    for available in (QRect(0, 0, 1366, 740), QRect(0, 28, 1024, 740), QRect(1920, 0, 1024, 768)):
        rect = fitted(available)
        assert available.contains(rect), (available, rect)
        assert rect.width() == min(PREFERRED.width(), available.width())
        assert rect.height() == min(PREFERRED.height(), available.height())


def test_fits_needs_the_whole_frame_on_the_screen():
    screen = QRect(0, 0, 1366, 740)
    assert fits(QRect(10, 10, 1280, 700), screen)
    assert not fits(QRect(10, 10, 1280, 820), screen)  # the former fixed size, too tall
    assert not fits(QRect(1400, 10, 600, 400), screen)  # on a monitor that is gone


def test_saved_geometry_is_restored_when_it_fits(window):
    available = window.screen().availableGeometry()
    window.setGeometry(available.x() + 20, available.y() + 30, 640, 480)
    saved = window.saveGeometry()
    window.setGeometry(available)
    place_window(window, saved)
    assert window.geometry().size() == QSize(640, 480)
    assert window.geometry().topLeft() == available.topLeft() + QRect(20, 30, 0, 0).topLeft()


def test_saved_geometry_from_a_larger_screen_is_fitted(window):
    window.setGeometry(0, 0, 2400, 1400)  # saved on a big monitor
    saved = window.saveGeometry()
    place_window(window, saved)
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.geometry().width() <= max(available.width(), window.minimumSizeHint().width())
    assert window.geometry().height() <= available.height()
    place_window(window, None)  # first start: no saved geometry
    assert window.geometry().height() <= available.height()


def test_no_view_needs_more_than_1024_px(window):
    """The window's minimum size, with each view shown, fits 1024×740; at that size no view
    needs a horizontal scroll bar (its content is laid out for the width it has)."""
    window.resize(SMALL)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle()
        view = window.pages.currentWidget()
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), (row, hint)
        assert window.width() <= SMALL.width(), (row, window.width())
        if isinstance(view, QScrollArea):
            assert view.horizontalScrollBar().maximum() == 0, (row, view.widget().minimumSizeHint())


def test_workshop_mode_fits_1024_by_768(window):
    from essdesk.ui.workshop_mode import WorkshopMode

    mode = WorkshopMode(window.ctx)
    try:
        mode.resize(1024, 768)
        mode.show()
        lever = next(lv for lv in window.ctx.services.step(1).levers)
        mode.presenter.jump_to_lever(lever.id)
        mode.render()
        settle()
        hint = mode.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, hint
        assert mode.size() == QSize(1024, 768)
        for pill in mode.status_pills.values():  # the six statuses wrap instead of being cut
            right = pill.mapTo(mode, pill.rect().bottomRight())
            assert pill.isVisible() and right.x() < 1024 and right.y() < 768, (pill.text(), right)
            assert pill.width() >= pill.sizeHint().width()
    finally:
        mode.close()


def test_dialog_fields_sit_beside_their_labels(window):
    """No empty band above a multi-line field: its label and its top edge are level."""
    from essdesk.ui.action_dialog import ActionDialog
    from essdesk.ui.actor_dialog import ActorDialog

    services = window.ctx.services
    for dialog, fields in (
        (ActorDialog(window.ctx, services.actors()[0].id, window), ("role", "notes")),
        (ActionDialog(window.ctx, services.actions()[0].id, window), ("indicator", "notes")),
    ):
        dialog.show()
        settle()
        available = window.screen().availableGeometry().size()
        assert dialog.width() <= available.width() and dialog.height() <= available.height()
        for name in fields:
            field = getattr(dialog, name)
            caption = next(lb for lb in dialog.findChildren(QLabel) if lb.buddy() is field)
            top = field.mapTo(dialog, field.rect().topLeft()).y()
            assert abs(caption.mapTo(dialog, caption.rect().topLeft()).y() - top) <= 8, name
        dialog.reject()


def test_vote_dialog_fits_and_shows_participants_whole(window):
    from essdesk.ui.vote_panel import VoteDialog

    services = window.ctx.services
    workshop = services.add_workshop(
        participants=[{"name": "Chargée de mission filières", "organisation": ""}]
    ).created_id
    dialog = VoteDialog(window.ctx, workshop, window)
    dialog.show()
    settle()
    available = window.screen().availableGeometry().size()
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    header = dialog.table.horizontalHeader()
    fm = QFontMetrics(header.font())
    wrap = int(Qt.TextFlag.TextWordWrap)
    lines = fm.boundingRect(
        QRect(0, 0, header.sectionSize(1) - 24, 999), wrap, "Chargée de mission filières"
    )
    assert lines.height() <= 2 * fm.lineSpacing()  # two lines at most, not cut at both ends
    assert header.height() >= 3 * fm.lineSpacing()  # and the dot count below them
    dialog.reject()


def test_two_lines_keeps_a_label_whole_when_two_lines_hold_it(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from essdesk.ui.textfit import fit_lines, two_lines

    fm = QFontMetricsF(QFont())
    label = "Travailler à la construction d'un modèle économique et d'un système de contractualisation juste"
    width = fm.horizontalAdvance(label) * 0.6  # more than half: two lines hold it
    lines = two_lines(fm, label, width)
    assert len(lines) == 2 and " ".join(lines) == label
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    cut = two_lines(fm, label, fm.horizontalAdvance(label) * 0.3)  # it needs four lines
    assert len(cut) == 2 and cut[1].endswith("…") and label.startswith(cut[0])
    assert fit_lines(fm, label, width, 1).endswith("…")


def test_projector_step_slide_lists_whole_lever_labels(window):
    """At 1024×768 the step slide shows every lever's label whole (two lines each), not
    cut at a fixed number of characters."""
    from essdesk.ui.workshop_mode import WorkshopMode

    mode = WorkshopMode(window.ctx)
    try:
        mode.resize(1024, 768)
        mode.show()
        settle()
        mode.presenter.jump_to_step(3)
        mode.render()
        settle()
        text = mode.lever_list.text().replace("&#x27;", "'").replace("&amp;", "&")
        levers = window.ctx.services.step(3).levers
        assert len(levers) == 8
        for lever in levers:
            assert " ".join(lever.label.split()) in text, lever.code
        bottom = mode.lever_list.mapTo(mode, mode.lever_list.rect().bottomLeft()).y()
        assert bottom < mode.notes_box.mapTo(mode, mode.notes_box.rect().topLeft()).y()
    finally:
        mode.close()


def test_action_titles_keep_their_width_on_a_small_screen(window):
    from essdesk.ui.models.actions import ActionColumn

    window.resize(SMALL)
    window.go("actions")
    settle()
    view = window.actions_view
    header = view.table.horizontalHeader()
    assert header.sectionSize(ActionColumn.TITLE) >= view.fontMetrics().averageCharWidth() * 34
    window.resize(1600, 740)  # room enough: the title fills it, nothing scrolls
    settle()
    assert view.table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(ActionColumn.TITLE) > view.fontMetrics().averageCharWidth() * 34
