"""The main window: navigation, menus, the open document, its saved state."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from essdesk.errors import EssdeskError
from essdesk.store.working import SUFFIX, WorkingCopy, orphaned_working_copies
from essdesk.ui.i18n import levers_word, step_title
from essdesk.ui.i18n import word as part_word
from essdesk.ui.settings import ZOOM_STEPS, Settings
from essdesk.ui.style import repolish
from essdesk.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from essdesk.domain.referential import Referential
    from essdesk.domain.services import Changes
    from essdesk.store.document import Document
    from essdesk.ui.context import DocumentContext

# The document, its services (SQLAlchemy) and the document views are imported and built
# when the first document is opened, not before the Accueil screen is shown (issue 6).

OVERVIEW, ACTORS, ACTIONS, WORKSHOPS = "overview", "actors", "actions", "workshops"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, referential: Referential | None = None, apply_zoom=None) -> None:
        """`referential` None: the built-in one, loaded when first needed (not for Accueil)."""
        super().__init__()
        self.settings = settings
        self._referential = referential
        self.apply_zoom = apply_zoom or (lambda _z: None)
        self.ctx: DocumentContext | None = None
        self.conflict_dialog = None  # the open conflict dialog, while one is open
        self.history_dialog = None
        self.jalon_windows: list[MainWindow] = []
        self.consolidation_dialog = None  # Fichier › Comparer des diagnostics…, while open  # jalons opened read-only from this window
        self.setWindowTitle("essdesk")

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.currentRowChanged.connect(self._on_nav)
        self.pages = QStackedWidget()  # the document views: built by the first set_document
        self.body = QSplitter()
        self.body.addWidget(self.nav)
        self.body.addWidget(self.pages)
        self.body.setStretchFactor(1, 1)
        self.body.setChildrenCollapsible(False)
        self.welcome = WelcomePage()
        self.root = QStackedWidget()
        self.root.addWidget(self.welcome)
        self.root.addWidget(self.body)
        from essdesk.ui.connection_banner import ConnectionBanner

        self.banner = ConnectionBanner()
        self.banner.retry.clicked.connect(self.retry_connection)
        self.banner.drop.clicked.connect(self.drop_pending)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.root, 1)
        self.setCentralWidget(central)
        self.location_label = QLabel()  # where the diagnostic lives: its file, or its server
        self.location_label.setObjectName("location")
        self.statusBar().addPermanentWidget(self.location_label)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedState")
        self.statusBar().addPermanentWidget(self.saved_label)

        self.welcome.newRequested.connect(self.new_document)
        self.welcome.openRequested.connect(self.open_dialog)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentRequested.connect(self.open_path)
        self.welcome.recoverRequested.connect(self.recover)
        self._build_menus()
        self.show_welcome()  # the navigation is filled by the first set_document

    @property
    def referential(self) -> Referential:
        """The open diagnostic's own referential; with none open, the default one."""
        return self.ctx.referential if self.ctx is not None else self.default_referential

    @property
    def default_referential(self) -> Referential:
        """The referential a new diagnostic and the demo are made on, whatever is open."""
        if self._referential is None:
            from essdesk.domain.referential import load_referential

            self._referential = load_referential()
        return self._referential

    # -- menus -----------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Fichier"))
        self._action(m, self.tr("&Nouveau diagnostic…"), self.new_document, QKeySequence.StandardKey.New)
        self._action(m, self.tr("&Ouvrir…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self._action(m, self.tr("Ouvrir depuis &un serveur…"), self.open_server_dialog)
        self._action(m, self.tr("Ouvrir la &démo"), self.open_demo)
        self._action(m, self.tr("&Importer (JSON)…"), self.import_json)
        self.recent_menu = m.addMenu(self.tr("Fichiers &récents"))
        m.addSeparator()
        self.save_action = self._action(m, self.tr("&Enregistrer"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(m, self.tr("Enregistrer &sous…"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.publish_action = self._action(m, self.tr("&Publier sur un serveur…"), self.publish)
        self.offline_copy_action = self._action(m, self.tr("Enregistrer une copie &hors ligne…"), self.save_offline_copy)
        self._action(m, self.tr("Rapporter une copie hors ligne…"), self.return_offline_copy)
        export = m.addMenu(self.tr("E&xporter"))
        self.export_xlsx = self._action(export, self.tr("Classeur &Excel…"), lambda: self.export("xlsx"))
        self.export_pdf = self._action(export, self.tr("Rapport &PDF…"), lambda: self.export("pdf"))
        self.export_docx = self._action(export, self.tr("Rapport &Word (DOCX)…"), lambda: self.export("docx"))
        self.export_docx_template = self._action(export, self.tr("Rapport Word sur un &modèle…"),
                                                 self.export_on_template)
        export.addSeparator()
        # Reports shared outside the collectivité: no contacts, e-mails, phones or participants.
        self.export_xlsx_anon = self._action(export, self.tr("Classeur Excel &anonymisé…"),
                                             lambda: self.export("xlsx", anonymise=True))
        self.export_pdf_anon = self._action(export, self.tr("Rapport PDF a&nonymisé…"),
                                            lambda: self.export("pdf", anonymise=True))
        self.export_docx_anon = self._action(export, self.tr("Rapport Word anon&ymisé…"),
                                             lambda: self.export("docx", anonymise=True))
        self.export_json_action = self._action(m, self.tr("Exporter (&JSON)…"), self.export_json)
        self.send_workbook_action = self._action(m, self.tr("Envoyer un c&ahier de saisie…"), self.send_workbook)
        self.import_workbook_action = self._action(m, self.tr("Impor&ter un cahier de saisie…"),
                                                   self.import_workbook)
        m.addSeparator()
        self.post_jalon_action = self._action(m, self.tr("Poser un ja&lon…"), self.post_jalon)
        self.jalons_action = self._action(m, self.tr("Jalons et &comparaisons…"), self.show_jalons)
        self.consolidate_action = self._action(m, self.tr("Comparer des diagnostics…"),
                                               self.show_consolidation)
        m.addSeparator()
        self._action(m, self.tr("Référentiels…"), self.show_referentials)
        self.update_referential_action = self._action(
            m, self.tr("Mettre à jour le référentiel…"), self.update_referential)
        self.update_referential_action.setVisible(False)
        m.aboutToShow.connect(self._offer_referential_update)
        m.addSeparator()
        self.check_action = self._action(m, self.tr("&Vérifier le diagnostic"), self.check_document)
        self.restore_action = self._action(m, self.tr("Restaurer une sauve&garde…"), self.restore_backup)
        m.addSeparator()
        self.close_action = self._action(m, self.tr("&Fermer le diagnostic"), self.close_document,
                                         QKeySequence.StandardKey.Close)
        self._action(m, self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Édition"))
        view = bar.addMenu(self.tr("&Affichage"))
        self._action(view, self.tr("Zoom &avant"), lambda: self.zoom(+1),
                     [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self._action(view, self.tr("Zoom a&rrière"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        self._action(view, self.tr("&Taille normale"), lambda: self.zoom(0), QKeySequence("Ctrl+0"))
        view.addSeparator()
        lang = view.addMenu(self.tr("&Langue"))
        group = QActionGroup(self)
        for code, name in (("fr", "Français"), ("en", "English")):
            a = self._action(lang, name, lambda _c=False, c=code: self.set_language(c))
            a.setCheckable(True)
            a.setChecked(self.settings.language == code)
            group.addAction(a)
        go = bar.addMenu(self.tr("A&ller"))
        # Named after the open diagnostic's parts ("Axe &précédent"): _name_step_actions.
        self.previous_action = self._action(go, self.tr("Étape &précédente"), lambda: self.step_by(-1),
                                            QKeySequence("Alt+PgUp"))
        self.next_action = self._action(go, self.tr("Étape &suivante"), lambda: self.step_by(+1),
                                        QKeySequence("Alt+PgDown"))
        from essdesk.ui.workshop_menu import build_menu  # the mode itself is imported on use

        self.workshop_actions = build_menu(self, bar)
        help_menu = bar.addMenu(self.tr("Aid&e"))
        self._action(help_menu, self.tr("À &propos d'essdesk"), self.about)

    def _build_nav(self) -> None:
        names = [self.tr("Vue d'ensemble")]
        part = part_word(self.referential.words.part, capital=True)
        names += [self.tr("%1 %2 · %3").replace("%1", part).replace("%2", str(s.number))
                  .replace("%3", step_title(s.title)) for s in self.referential.steps]
        names += [self.tr("Acteurs"), self.tr("Plan d'action"), self.tr("Ateliers"), self.tr("Indicateurs")]
        for n, name in enumerate(names):
            item = QListWidgetItem(name)
            item.setToolTip(name)
            if 1 <= n <= len(self.referential.steps):
                item.setData(Qt.ItemDataRole.UserRole, n)
            self.nav.addItem(item)
        # One line per row of text ("Étape n · title", then the count): a title wrapped on two
        # lines would push the count out of its row. The nav is as wide as its longest line
        # (within bounds that keep the window under 1024 px); past that, "…" and a tooltip.
        self.nav.setWordWrap(False)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMaximumWidth(self.fontMetrics().averageCharWidth() * 52)
        self._fit_nav()

    def _fit_nav(self) -> None:
        fm = self.nav.fontMetrics()
        lines = [line for row in range(self.nav.count()) for line in self.nav.item(row).text().split("\n")]
        widest = max((fm.horizontalAdvance(line) for line in lines), default=0) + 14 * 2 + 4 + 12
        char = self.fontMetrics().averageCharWidth()
        self.nav.setMinimumWidth(min(max(widest, char * 30), char * 46))

    def _update_nav_counts(self) -> None:
        from essdesk.ui.overview import short_title

        scores = self.ctx.services.scores()
        for row in range(1, 1 + len(self.referential.steps)):
            item = self.nav.item(row)
            s = scores.steps.get(row)
            ref = self.referential.step(row)
            # "3/11 actions": the referential's word, no agreement to guess in the sentence.
            count = (self.tr("%1/%2 %3").replace("%1", str(s.assessed)).replace("%2", str(s.total))
                     .replace("%3", levers_word(s.total, self.referential.words)) if s else "")
            item.setText(self.tr("%1 %2 · %3").replace("%1", part_word(self.referential.words.part, capital=True))
                         .replace("%2", str(row)).replace("%3", short_title(ref)) + f"\n{count}")
            item.setToolTip(step_title(ref.title))
        self._fit_nav()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for path in files:
            self.recent_menu.addAction(str(path), lambda p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(files))
        self.welcome.set_recent(files)

    # -- navigation --------------------------------------------------------------------------
    def _on_nav(self, row: int) -> None:
        if self.ctx is None or row < 0:
            return
        self.commit_edits()
        steps = len(self.referential.steps)
        if row == 0:
            self.pages.setCurrentWidget(self.overview)
        elif row <= steps:
            if self.step_view.number != row:
                self.step_view.show_step(row)
            self.pages.setCurrentWidget(self.step_view)
        else:
            pages = ("actors_view", "actions_view", "workshops_view", "indicators_view")
            self.pages.setCurrentWidget(self._view(pages[row - steps - 1]))

    def go(self, where: str, ident=None) -> None:
        steps = len(self.referential.steps)
        if where == "step" and 1 <= int(ident) <= steps:
            self.nav.setCurrentRow(int(ident))
        elif where == "lever":
            lever = self.ctx.services.lever(ident)
            self.nav.setCurrentRow(lever.step.number)
            self.step_view.focus_lever(ident)
        elif where in (OVERVIEW, ACTORS, ACTIONS, WORKSHOPS, "action"):
            pages = {OVERVIEW: 0, ACTORS: steps + 1, ACTIONS: steps + 2, "action": steps + 2, WORKSHOPS: steps + 3}
            self.nav.setCurrentRow(pages[where])
            if where == "action":
                self.actions_view.select(ident)

    def step_by(self, delta: int) -> None:
        row = self.nav.currentRow()
        target = (row if 1 <= row <= len(self.referential.steps) else 0) + delta
        if 1 <= target <= len(self.referential.steps):
            self.go("step", target)

    # -- document --------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self._refresh_recent()
        self.welcome.set_recovery(orphaned_working_copies())
        self.root.setCurrentWidget(self.welcome)
        self._set_enabled(False)
        self.setWindowTitle("essdesk")
        self.setWindowModified(False)
        self.saved_label.clear()
        self.location_label.clear()
        self.banner.hide()
        self.body.setEnabled(True)

    def _set_enabled(self, on: bool) -> None:
        on_server = on and self.ctx is not None and self.ctx.document.saves_on_edit
        lost = on_server and bool(self.ctx.lost)
        for a in (self.save_action, self.save_as_action, self.close_action, self.export_xlsx, self.export_pdf,
                  self.export_docx, self.export_docx_template, self.export_docx_anon,
                  self.export_xlsx_anon, self.export_pdf_anon, self.export_json_action, self.check_action, self.restore_action,
                  self.post_jalon_action, self.jalons_action, self.send_workbook_action,
                  self.import_workbook_action, *self.workshop_actions):
            a.setEnabled(on and (not lost or a is self.close_action))
        # On a server every edit is committed when made: nothing to save, no file backups.
        self.save_action.setVisible(not on_server)
        self.save_as_action.setVisible(not on_server)
        self.restore_action.setEnabled(on and not on_server)
        self.publish_action.setEnabled(on and not on_server)
        self.offline_copy_action.setEnabled(on_server and not lost)
        if on and self.ctx.document.jalon:  # a jalon is looked at and exported, never changed
            for a in (self.save_action, self.save_as_action, self.restore_action, self.publish_action,
                      self.post_jalon_action, self.import_workbook_action, *self.workshop_actions):
                a.setEnabled(False)

    # The document views are built when first needed (shown, or asked for by name), and
    # then follow the document: opening one builds only the dashboard (issue 6).
    _VIEWS = {
        "overview": ("essdesk.ui.overview", "OverviewView"),
        "step_view": ("essdesk.ui.step_view", "StepView"),
        "actors_view": ("essdesk.ui.actors_view", "ActorsView"),
        "actions_view": ("essdesk.ui.actions_view", "ActionsView"),
        "workshops_view": ("essdesk.ui.workshops_view", "WorkshopsView"),
        "indicators_view": ("essdesk.ui.indicators_view", "IndicatorsView"),
    }

    def _view(self, name: str):
        views = self.__dict__.setdefault("_views", {})
        view = views.get(name)
        if view is None:
            import importlib

            module, cls = self._VIEWS[name]
            view = views[name] = getattr(importlib.import_module(module), cls)()
            self.pages.addWidget(view)
            if self.ctx is not None:
                view.set_context(self.ctx)
        return view

    def _built_views(self) -> list:
        views = self.__dict__.get("_views", {})
        return [views[name] for name in self._VIEWS if name in views]

    overview = property(lambda self: self._view("overview"))
    step_view = property(lambda self: self._view("step_view"))
    actors_view = property(lambda self: self._view("actors_view"))
    actions_view = property(lambda self: self._view("actions_view"))
    workshops_view = property(lambda self: self._view("workshops_view"))
    indicators_view = property(lambda self: self._view("indicators_view"))

    def set_document(self, document: Document) -> bool:
        """Show `document`; False (said, and closed) when its referential cannot be read."""
        from essdesk.domain.services import Services
        from essdesk.ui.context import DocumentContext

        try:  # the diagnostic's own referential: every view, export and count follows it
            referential = Services(document.session).referential()
        except EssdeskError as exc:
            document.close()
            self._fail(str(exc))
            return False
        if self.ctx is not None:
            self.ctx.deleteLater()
        ctx = self.ctx = DocumentContext(document, referential, self)
        if getattr(self, "_nav_referential", None) != (referential.id, referential.version, len(referential.steps)):
            self._nav_referential = (referential.id, referential.version, len(referential.steps))
            part = part_word(referential.words.part, capital=True)
            feminine = referential.words.feminine
            self.previous_action.setText((self.tr("%1 &précédente") if feminine else self.tr("%1 &précédent"))
                                         .replace("%1", part))
            self.next_action.setText((self.tr("%1 &suivante") if feminine else self.tr("%1 &suivant"))
                                     .replace("%1", part))
            self.nav.blockSignals(True)
            self.nav.clear()
            self._build_nav()
            self.nav.blockSignals(False)
        ctx.changed.connect(self.on_changed)
        ctx.navigate.connect(self.go)
        ctx.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.error.connect(lambda text: QMessageBox.warning(self, self.tr("Modification refusée"), text))
        ctx.undo_stack.cleanChanged.connect(lambda _c: self._update_saved_state())
        ctx.connection.connect(self._on_connection)
        ctx.conflict.connect(self._on_conflict)
        self.edit_menu.clear()
        # Undo and redo go through the context, which asks a server first (see ctx.undo).
        undo = self._action(self.edit_menu, self.tr("Annuler"), ctx.undo, QKeySequence.StandardKey.Undo)
        redo = self._action(self.edit_menu, self.tr("Rétablir"), ctx.redo,
                            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.undo_action, self.redo_action = undo, redo
        self.history_action = None
        if document.saves_on_edit:  # the journal lives on the server
            self.edit_menu.addSeparator()
            self.history_action = self._action(self.edit_menu, self.tr("&Historique…"), self.show_history)
        ctx.undo_stack.indexChanged.connect(lambda _i: self._update_history())
        self._update_history()
        for view in self._built_views():
            view.set_context(ctx)
        self._update_nav_counts()
        self.root.setCurrentWidget(self.body)
        self._set_enabled(True)
        self.nav.setCurrentRow(0)
        self.pages.setCurrentWidget(self.overview)
        if document.target is not None:
            self.settings.add_recent(document.target)
        self._refresh_recent()
        self.banner.hide()
        self._update_saved_state()
        return True

    def show_history(self) -> None:
        from essdesk.ui.history_view import HistoryDialog

        if self.ctx is None:
            return
        dialog = self.history_dialog = HistoryDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: setattr(self, "history_dialog", None))
        dialog.open()

    def _on_conflict(self, conflict) -> None:
        """A colleague changed what this edit touched: both versions, then the choice made
        is written as a new edit (checked again: a third person may be quicker still)."""
        from essdesk.ui.commands import SetFieldsCommand
        from essdesk.ui.conflict_dialog import ConflictDialog, describer

        ctx = self.ctx
        if ctx is None:
            return
        dialog = ConflictDialog(conflict, describer(ctx.services), self)
        self.conflict_dialog = dialog  # tests answer it
        try:
            if not dialog.exec():
                return
            values = conflict.resolved(dialog.chosen)
        finally:
            self.conflict_dialog = None
            dialog.deleteLater()
        if values:
            old = {k: conflict.theirs[k] for k in values}
            ctx.attempt(SetFieldsCommand(ctx, conflict.kind, conflict.ident, values, old,
                                         self.tr("Fusionner avec la version d'un collègue")))

    def _update_history(self) -> None:
        if self.ctx is None:  # a stack emptied as its document closes
            return
        stack, lost = self.ctx.undo_stack, bool(self.ctx.lost)
        for action, word, can, text in ((self.undo_action, self.tr("Annuler"), stack.canUndo(), stack.undoText()),
                                        (self.redo_action, self.tr("Rétablir"), stack.canRedo(), stack.redoText())):
            action.setText(f"{word} {text}" if text else word)
            action.setEnabled(can and not lost)

    # -- a server's connection ----------------------------------------------------------------
    def _on_connection(self) -> None:
        """The server stopped answering, or answers again: read-only while it is lost."""
        ctx = self.ctx
        if ctx is None:
            return
        lost = bool(ctx.lost)
        if lost:
            focused = QApplication.focusWidget()
            if focused is not None and self.body.isAncestorOf(focused):
                focused.clearFocus()  # its text stays on screen; it must not commit again now
        self.body.setEnabled(not lost)
        self._set_enabled(True)
        self._update_history()
        self._show_banner()
        self._update_saved_state()

    def _show_banner(self) -> None:
        self.banner.show_state(self.ctx.lost, [command.text() for command in self.ctx.pending])
        self._update_saved_state()

    def retry_connection(self) -> None:
        """Ask the server now and, once it answers, send it the edits it did not store."""
        ctx = self.ctx
        if ctx is None:
            return
        if ctx.lost and not ctx.reconnect():
            self._show_banner()
            self.statusBar().showMessage(self.tr("Le serveur ne répond toujours pas."), 5000)
            return
        if ctx.retry():
            self.statusBar().showMessage(self.tr("Modifications enregistrées sur le serveur."), 5000)
        self._show_banner()

    def drop_pending(self) -> None:
        if self.ctx is None or self.ctx.lost:
            return
        self.ctx.drop_pending()
        self._show_banner()

    def on_changed(self, changes: Changes) -> None:
        for view in self._built_views():
            view.refresh(changes)
        if changes.levers or changes.steps:
            self._update_nav_counts()
        self._update_saved_state()

    def _update_saved_state(self) -> None:
        if self.ctx is None:
            return
        doc = self.ctx.document
        self.setWindowTitle(f"{self.document_name()}[*] — essdesk")
        self.setWindowModified(doc.modified)
        where = doc.display_name if doc.saves_on_edit else str(doc.target or "")
        # Elided in the middle: a long path must not widen the window past a small screen.
        width = self.fontMetrics().averageCharWidth() * 64
        self.location_label.setText(self.location_label.fontMetrics().elidedText(where, Qt.TextElideMode.ElideMiddle, width))
        self.location_label.setToolTip(where)
        if doc.saves_on_edit:
            if self.ctx.lost:
                text = self.tr("Connexion perdue — lecture seule")
            elif doc.read_only:
                text = self.tr("Lecture seule (membre en lecture)")
            elif self.ctx.pending:
                text = self.tr("Modifications non enregistrées")
            else:
                text = self.tr("Enregistré sur le serveur")
        elif doc.jalon:
            text = self.tr("Jalon — lecture seule")
        elif doc.read_only:
            text = self.tr("Lecture seule")
        elif doc.modified:
            text = self.tr("Modifications non enregistrées")
        else:
            text = self.tr("Enregistré")
        self.saved_label.setText(text)
        warn = doc.modified or bool(self.ctx.lost) or bool(self.ctx.pending)
        self.saved_label.setProperty("modified", "true" if warn else "false")
        repolish(self.saved_label)

    def _fail(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("essdesk"), text)

    def open_path(self, path: Path) -> bool:
        if not self.close_document():
            return False
        from essdesk.store.document import Document

        try:
            document = Document.open(Path(path))
        except EssdeskError as exc:
            self._fail(str(exc))
            return False
        self.settings.last_folder = Path(path).absolute().parent
        return self.set_document(document)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un diagnostic"), str(self.settings.last_folder),
                                              self.tr("Diagnostics essdesk (*%1)").replace("%1", SUFFIX))
        if path:
            self.open_path(Path(path))

    def open_location(self, location: str | Path) -> bool:
        """A `.essdesk` file or a server address (postgresql://…#N), as the command line gives."""
        from essdesk.store.address import is_address

        if is_address(str(location)):
            from essdesk.store.address import Address

            try:
                address = Address.parse(str(location))
            except EssdeskError as exc:
                self._fail(str(exc))
                return False
            return self.open_address(address)
        return self.open_path(Path(location))

    def open_server_dialog(self) -> bool:
        from essdesk.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self.settings, self, initial=self._current_server_profile())
        if not dialog.exec() or dialog.address is None:
            return False
        return self.open_address(dialog.address)

    def _current_server_profile(self) -> dict[str, str] | None:
        doc = self.ctx.document if self.ctx is not None else None
        if doc is None or not doc.saves_on_edit:
            return None
        from essdesk.store.address import parts_of

        return parts_of(doc.address.server)

    def open_address(self, address) -> bool:
        """Open a diagnostic on a server (asks for its password when libpq has none)."""
        if not self.close_document():
            return False
        from essdesk.store.server import ServerStore
        from essdesk.ui.server_tasks import with_password

        try:
            store = with_password(self, address.server, self.tr("Connexion au serveur…"),
                                  lambda: ServerStore.open(address))
        except EssdeskError as exc:
            self._fail(str(exc))
            return False
        if store is None:
            return False
        self.set_document(store)
        self.statusBar().showMessage(self.tr("Ouvert depuis le serveur : chaque modification y est enregistrée "
                                             "aussitôt faite."), 8000)
        return True

    def publish(self) -> bool:
        """Fichier › Publier sur un serveur…: the saved file's diagnostic, as a new one there."""
        doc = self.ctx.document
        if doc.saves_on_edit:
            return False
        if doc.modified or doc.target is None:
            answer = QMessageBox.question(
                self, self.tr("Publier sur un serveur"),
                self.tr("« %1 » a des modifications non enregistrées. L'enregistrer d'abord ? Le serveur "
                        "recevra le diagnostic tel qu'enregistré.").replace("%1", self.document_name()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return False
        from essdesk.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self.settings, self, publish=True)
        if not dialog.exec() or dialog.server is None:
            return False
        from essdesk.store.opening import publish_document
        from essdesk.ui.server_tasks import with_password

        server = dialog.server
        doc.session.commit()  # the worker reads the working copy's committed state
        try:
            address = with_password(self, server, self.tr("Publication sur le serveur…"),
                                    lambda: publish_document(doc, server))
        except EssdeskError as exc:
            self._fail(str(exc))
            return False
        if address is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Diagnostic publié"),
            self.tr("Le diagnostic est sur le serveur, à l'adresse :\n%1\n\nL'ouvrir depuis le serveur ? "
                    "Le fichier reste tel quel ; les modifications faites sur le serveur n'y vont pas.")
            .replace("%1", str(address)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Open)
        if answer == QMessageBox.StandardButton.Open:
            self.open_address(address)
        return True

    def save_offline_copy(self) -> Path | None:
        """Fichier › Enregistrer une copie hors ligne…: a `.essdesk` file of the server diagnostic."""
        doc = self.ctx.document
        if not doc.saves_on_edit:
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer une copie hors ligne"),
                                              str(self.default_save_path()),
                                              self.tr("Diagnostics essdesk (*%1)").replace("%1", SUFFIX))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        from essdesk.store.opening import take_copy

        # QFileDialog asked before replacing a file: the copy is written beside it, then moved
        # over it, so a failed copy leaves the old file as it was.
        part = target.with_name(f".{target.stem}.{os.getpid()}.part{SUFFIX}")
        try:
            self._run_busy(self.tr("Copie hors ligne en cours…"), lambda: take_copy(doc.address, part))
            os.replace(part, target)
            written = target
        except EssdeskError as exc:
            self._fail(str(exc))
            return None
        except OSError as exc:
            from essdesk.store.document import os_error_message

            self._fail(os_error_message(exc, target, "d'enregistrer"))
            return None
        finally:
            if part.exists():
                part.unlink()
        self.settings.last_folder = written.parent
        self.statusBar().showMessage(self.tr("Copie hors ligne enregistrée : %1").replace("%1", str(written)), 8000)
        return written

    def return_offline_copy(self) -> str | None:
        """Fichier › Rapporter une copie hors ligne…: its edits go back to the server (those
        nobody changed there meanwhile); the clashes are listed. Returns the summary shown."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Rapporter une copie hors ligne"),
                                              str(self.settings.last_folder or Path.home()),
                                              self.tr("Diagnostics essdesk (*%1)").replace("%1", SUFFIX))
        if not path:
            return None
        from essdesk.store.opening import return_copy

        try:
            merge, address = self._run_busy(self.tr("Retour de la copie hors ligne…"),
                                            lambda: return_copy(Path(path)))
        except EssdeskError as exc:
            self._fail(str(exc))
            return None

        def count(cs) -> str:
            return str(len(cs.changes) + len(cs.created) + len(cs.removed))

        text = (self.tr("Copie rapportée sur %1 : %2 modification(s) hors ligne, %3 sur le serveur "
                        "depuis la copie ; %4 appliquée(s), %5 en conflit (gardées telles que sur "
                        "le serveur).")
                .replace("%1", address.display).replace("%2", count(merge.ours))
                .replace("%3", count(merge.theirs)).replace("%4", count(merge.to_apply))
                .replace("%5", str(len(merge.clashes))))
        clashes = [f"• {c.entity} {c.key} {c.field}".rstrip() for c in merge.clashes]
        if clashes:
            text += "\n" + "\n".join(clashes[:12]) + ("\n…" if len(clashes) > 12 else "")
        if self.ctx is not None and self.ctx.document.saves_on_edit:
            self.ctx.session.expire_all()
            self.ctx.emit(self.ctx.everything())
        QMessageBox.information(self, self.tr("Copie hors ligne rapportée"), text)
        return text

    def _run_busy(self, text: str, work):
        from essdesk.ui.server_tasks import run_busy

        return run_busy(self, text, work)

    def open_demo(self) -> None:
        from essdesk.domain.demo import demo_file

        try:
            path = demo_file(self.default_referential)
        except Exception as exc:  # the demo is a convenience: say why, keep going
            self._fail(self.tr("La démo n'a pas pu être préparée : %1").replace("%1", str(exc)))
            return
        self.open_path(path)

    def new_document(self) -> None:
        from essdesk.ui.new_wizard import NewDiagnosticWizard

        wizard = NewDiagnosticWizard(self.default_referential, self)
        if not wizard.exec() or not self.close_document():
            return
        from essdesk.domain.services import create_diagnostic
        from essdesk.store.document import Document

        document = Document.create(None)
        try:
            create_diagnostic(document.session, wizard.referential, **wizard.identity())
        except EssdeskError as exc:
            document.close()
            self._fail(str(exc))
            return
        self.set_document(document)

    def recover(self, copy: WorkingCopy) -> bool:
        if not self.close_document():
            return False
        from essdesk.store.document import Document

        try:
            document = Document.recover(copy)
        except EssdeskError as exc:
            self._fail(str(exc))
            return False
        self.set_document(document)
        self.statusBar().showMessage(self.tr("Diagnostic récupéré : enregistrez-le pour garder ces modifications."), 10000)
        return True

    def offer_recovery(self) -> None:
        for copy in orphaned_working_copies():
            name = copy.target.name if copy.target else self.tr("Sans titre")
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Récupérer un diagnostic"), self.tr(
                "Le diagnostic « %1 » n'a pas été fermé normalement. Voulez-vous récupérer "
                "ses dernières modifications ?").replace("%1", name), parent=self)
            recover = box.addButton(self.tr("Récupérer"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Supprimer la copie"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is recover:
                self.recover(copy)
                return
            if box.clickedButton() is discard:
                copy.discard()
        self.welcome.set_recovery(orphaned_working_copies())

    def commit_edits(self) -> None:
        """The field being typed in (any view, the workshop mode's editor) commits now:
        before a save, a change of view or closing, so no edit is left behind."""
        from essdesk.ui.live_edit import commit_focused

        commit_focused()
        for view in self._built_views():
            getattr(view, "flush", lambda: None)()
        mode = getattr(self, "workshop_mode", None)
        if mode is not None:
            mode.flush()

    def save(self) -> bool:
        self.commit_edits()
        doc = self.ctx.document
        if doc.saves_on_edit:  # a server: every edit is already committed there
            self.statusBar().showMessage(self.tr("Enregistré sur le serveur"), 5000)
            return not self.ctx.pending
        if doc.target is None or doc.read_only:
            return self.save_as()
        try:
            doc.save()
        except EssdeskError as exc:
            self._fail(str(exc))
            return False
        self.statusBar().showMessage(self.tr("Enregistré dans %1").replace("%1", str(doc.target)), 5000)
        self._update_saved_state()
        return True

    def document_name(self) -> str:
        """The file's name once saved; before that, the diagnostic's title. On a server,
        the title and where it lives (host/base, number)."""
        doc = self.ctx.document
        if doc.jalon:
            return f"{doc.jalon} — {self.ctx.services.diagnostic().title.strip()}"
        if doc.saves_on_edit:
            try:
                title = self.ctx.services.diagnostic().title.strip()
            except EssdeskError:  # the server is lost: where it lives is enough
                return doc.display_name
            return f"{title} — {doc.display_name}" if title else doc.display_name
        if doc.target is not None:
            return doc.target.name
        return self.ctx.services.diagnostic().title.strip() or self.tr("Sans titre")

    def default_save_path(self) -> Path:
        """Where "Enregistrer sous" starts: the file itself, else the documents folder and
        a file name made from the diagnostic's title."""
        doc = self.ctx.document
        if doc.target is not None:
            return doc.target
        from essdesk.ui.json_worker import safe_name

        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else self.settings.last_folder
        return folder / (safe_name(self.ctx.services.diagnostic().title) + SUFFIX)

    def save_as(self) -> bool:
        self.commit_edits()
        doc = self.ctx.document
        start = str(self.default_save_path())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le diagnostic"), start,
                                              self.tr("Diagnostics essdesk (*%1)").replace("%1", SUFFIX))
        if not path:
            return False
        try:
            target = doc.save_as(Path(path))
        except EssdeskError as exc:
            self._fail(str(exc))
            return False
        self.settings.last_folder = target.parent
        self.settings.add_recent(target)
        self._refresh_recent()
        self._update_saved_state()
        return True

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Modifications non enregistrées"),
            self.tr("« %1 » a des modifications non enregistrées. Les enregistrer avant de fermer ?")
            .replace("%1", self.document_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def ask_drop_pending(self) -> bool:
        """Closing with edits the server did not store: say so; True to close anyway."""
        names = "\n".join(f"• {command.text()}" for command in self.ctx.pending)
        answer = QMessageBox.warning(
            self, self.tr("Modifications non enregistrées"),
            self.tr("Ces modifications n'ont pas été enregistrées sur le serveur :\n%1\n\nFermer quand même "
                    "et les perdre ?").replace("%1", names),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def close_document(self) -> bool:
        """Close the open diagnostic, asking first when it has unsaved changes."""
        if self.ctx is None:
            return True
        self.commit_edits()  # a field being edited commits its text first
        doc = self.ctx.document
        if self.ctx.pending and not self.ask_drop_pending():
            return False
        if doc.modified:
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                return False
        self.ctx.undo_stack.clear()
        self.ctx.closed = True
        self.ctx.stop()
        doc.close()
        self.ctx.deleteLater()
        self.ctx = None
        self.show_welcome()
        return True

    def closeEvent(self, event) -> None:
        if self.close_document():
            self.settings.geometry = self.saveGeometry()
            event.accept()
        else:
            event.ignore()

    # -- view ------------------------------------------------------------------------------
    def zoom(self, direction: int) -> None:
        current = self.settings.zoom
        if direction == 0:
            value = 100
        else:
            steps = [z for z in ZOOM_STEPS if (z > current if direction > 0 else z < current)]
            value = (min(steps) if direction > 0 else max(steps)) if steps else current
        self.settings.zoom = value
        self.apply_zoom(value)
        self.statusBar().showMessage(self.tr("Zoom : %1 %").replace("%1", str(value)), 2000)

    def set_language(self, code: str) -> None:
        self.settings.language = code
        QMessageBox.information(self, "essdesk", QCoreApplication.translate(
            "MainWindow", "La langue choisie s'appliquera au prochain démarrage d'essdesk."))

    def about(self) -> None:
        from essdesk.ui.about_dialog import show_about

        show_about(self)

    def _reachable(self) -> bool:
        """False (and the banner shown) when a server diagnostic's server does not answer."""
        from essdesk.errors import ConnectionLost

        try:
            if self.ctx.lost:
                raise ConnectionLost(self.ctx.lost)
            self.ctx.session.commit()
        except ConnectionLost as exc:
            self.ctx.connection_lost(str(exc))
            return False
        return True

    def export(self, kind: str, anonymise: bool = False) -> None:
        from essdesk.ui.export_worker import start_export

        if self._reachable():
            start_export(self, self.ctx, kind, anonymise)

    def export_on_template(self) -> None:
        """Fichier › Exporter › Rapport Word sur un modèle…: the cabinet's template, then where."""
        from essdesk.ui.export_worker import choose_word_template, start_export

        if self._reachable() and (template := choose_word_template(self)) is not None:
            start_export(self, self.ctx, "docx", template=template)

    def export_json(self) -> None:
        from essdesk.ui.json_worker import export_json

        if self._reachable():
            export_json(self)

    def send_workbook(self) -> None:
        from essdesk.ui.workbook_dialog import send_workbook

        if self.ctx is not None and self._reachable():
            send_workbook(self)

    def import_workbook(self) -> None:
        from essdesk.ui.workbook_dialog import import_workbook

        if self.ctx is not None and self._reachable():
            import_workbook(self)

    def import_json(self) -> None:
        from essdesk.ui.json_worker import import_json

        import_json(self)

    def set_imported(self, document: Document, source: Path) -> None:
        """Show a diagnostic imported from JSON: new and unsaved until the user saves it."""
        self.set_document(document)
        self.statusBar().showMessage(
            self.tr("Importé depuis %1 : enregistrez-le pour en faire un diagnostic essdesk.")
            .replace("%1", source.name), 10000)

    def post_jalon(self) -> None:
        from essdesk.ui.jalons_view import post_jalon

        if self.ctx is not None:
            post_jalon(self, self.ctx)

    def show_jalons(self) -> None:
        from essdesk.ui.jalons_view import JalonsDialog

        if self.ctx is not None:
            JalonsDialog(self.ctx, self).exec()

    def show_consolidation(self):
        from essdesk.ui.consolidation_view import open_consolidation

        return open_consolidation(self)

    def show_referentials(self) -> None:
        from essdesk.ui.referentials_dialog import ReferentialsDialog

        ReferentialsDialog(self).exec()

    def _offer_referential_update(self) -> None:
        """« Mettre à jour vers la version X… » shows only when a newer version is installed."""
        new = None
        if self.ctx is not None and not self.ctx.lost:
            from essdesk.ui.referential_update_view import newer_version

            try:
                new = newer_version(self.ctx)
            except EssdeskError:  # a server that stopped answering: offer nothing now
                new = None
        self.update_referential_action.setVisible(new is not None)
        if new is not None:
            self.update_referential_action.setText(
                self.tr("Mettre à jour vers la version %1…").replace("%1", new.version))

    def update_referential(self) -> None:
        from essdesk.ui.referential_update_view import offer_update

        if self.ctx is not None:
            offer_update(self, self.ctx)

    def check_document(self) -> None:
        from essdesk.ui.document_tools import check_document

        check_document(self)

    def restore_backup(self) -> None:
        from essdesk.ui.document_tools import restore_backup

        restore_backup(self)
