"""The main window: navigation, menus, the open document, its saved state."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from essdesk.errors import EssdeskError
from essdesk.store.working import SUFFIX, WorkingCopy, orphaned_working_copies
from essdesk.ui.i18n import step_title
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
        self.setWindowTitle("essdesk")
        self.resize(1280, 820)

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
        self.setCentralWidget(self.root)
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
        self._action(m, self.tr("Ouvrir la &démo"), self.open_demo)
        self.recent_menu = m.addMenu(self.tr("Fichiers &récents"))
        m.addSeparator()
        self.save_action = self._action(m, self.tr("&Enregistrer"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(m, self.tr("Enregistrer &sous…"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        export = m.addMenu(self.tr("E&xporter"))
        self.export_xlsx = self._action(export, self.tr("Classeur &Excel…"), lambda: self.export("xlsx"))
        self.export_pdf = self._action(export, self.tr("Rapport &PDF…"), lambda: self.export("pdf"))
        export.addSeparator()
        # Reports shared outside the collectivité: no contacts, e-mails, phones or participants.
        self.export_xlsx_anon = self._action(export, self.tr("Classeur Excel &anonymisé…"),
                                             lambda: self.export("xlsx", anonymise=True))
        self.export_pdf_anon = self._action(export, self.tr("Rapport PDF a&nonymisé…"),
                                            lambda: self.export("pdf", anonymise=True))
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
        self._action(go, self.tr("Étape &précédente"), lambda: self.step_by(-1), QKeySequence("Alt+PgUp"))
        self._action(go, self.tr("Étape &suivante"), lambda: self.step_by(+1), QKeySequence("Alt+PgDown"))
        from essdesk.ui.workshop_menu import build_menu  # the mode itself is imported on use

        self.workshop_actions = build_menu(self, bar)
        help_menu = bar.addMenu(self.tr("Aid&e"))
        self._action(help_menu, self.tr("À &propos d'essdesk"), self.about)

    def _build_nav(self) -> None:
        names = [self.tr("Vue d'ensemble")]
        names += [self.tr("Étape %1 · %2").replace("%1", str(s.number)).replace("%2", step_title(s.title))
                  for s in self.referential.steps]
        names += [self.tr("Acteurs"), self.tr("Plan d'action"), self.tr("Ateliers")]
        for n, name in enumerate(names):
            item = QListWidgetItem(name)
            item.setToolTip(name)
            if 1 <= n <= len(self.referential.steps):
                item.setData(Qt.ItemDataRole.UserRole, n)
            self.nav.addItem(item)
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.nav.setMaximumWidth(self.fontMetrics().averageCharWidth() * 52)

    def _update_nav_counts(self) -> None:
        from essdesk.ui.overview import short_title

        scores = self.ctx.services.scores()
        for row in range(1, 1 + len(self.referential.steps)):
            item = self.nav.item(row)
            s = scores.steps.get(row)
            ref = self.referential.step(row)
            count = f"{s.assessed}/{s.total}" if s else ""
            item.setText(self.tr("Étape %1 · %2").replace("%1", str(row)).replace("%2", short_title(self, row, ref.title))
                         + f"\n{count} " + self.tr("leviers renseignés"))
            item.setToolTip(step_title(ref.title))

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
            self.pages.setCurrentWidget(self._view(("actors_view", "actions_view", "workshops_view")[row - steps - 1]))

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

    def _set_enabled(self, on: bool) -> None:
        for a in (self.save_action, self.save_as_action, self.close_action, self.export_xlsx, self.export_pdf,
                  self.export_xlsx_anon, self.export_pdf_anon, self.check_action, self.restore_action,
                  *self.workshop_actions):
            a.setEnabled(on)

    # The document views are built when first needed (shown, or asked for by name), and
    # then follow the document: opening one builds only the dashboard (issue 6).
    _VIEWS = {
        "overview": ("essdesk.ui.overview", "OverviewView"),
        "step_view": ("essdesk.ui.step_view", "StepView"),
        "actors_view": ("essdesk.ui.actors_view", "ActorsView"),
        "actions_view": ("essdesk.ui.actions_view", "ActionsView"),
        "workshops_view": ("essdesk.ui.workshops_view", "WorkshopsView"),
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

    def set_document(self, document: Document) -> None:
        from essdesk.ui.context import DocumentContext

        if not self.nav.count():
            self._build_nav()
        if self.ctx is not None:
            self.ctx.deleteLater()
        ctx = self.ctx = DocumentContext(document, self.referential, self)
        ctx.changed.connect(self.on_changed)
        ctx.navigate.connect(self.go)
        ctx.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.error.connect(lambda text: QMessageBox.warning(self, self.tr("Modification refusée"), text))
        ctx.undo_stack.cleanChanged.connect(lambda _c: self._update_saved_state())
        self.edit_menu.clear()
        undo = ctx.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = ctx.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
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
        self._update_saved_state()

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
        self.setWindowTitle(f"{doc.display_name}[*] — essdesk")
        self.setWindowModified(doc.modified)
        if doc.read_only:
            text = self.tr("Lecture seule")
        elif doc.modified:
            text = self.tr("Modifications non enregistrées")
        else:
            text = self.tr("Enregistré")
        self.saved_label.setText(text)
        self.saved_label.setProperty("modified", "true" if doc.modified else "false")
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
        self.set_document(document)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un diagnostic"), str(self.settings.last_folder),
                                              self.tr("Diagnostics essdesk (*%1)").replace("%1", SUFFIX))
        if path:
            self.open_path(Path(path))

    def open_demo(self) -> None:
        from essdesk.domain.demo import demo_file

        try:
            path = demo_file(self.referential)
        except Exception as exc:  # the demo is a convenience: say why, keep going
            self._fail(self.tr("La démo n'a pas pu être préparée : %1").replace("%1", str(exc)))
            return
        self.open_path(path)

    def new_document(self) -> None:
        from essdesk.ui.new_wizard import NewDiagnosticWizard

        wizard = NewDiagnosticWizard(self.referential, self)
        if not wizard.exec() or not self.close_document():
            return
        from essdesk.domain.services import create_diagnostic
        from essdesk.store.document import Document

        document = Document.create(None)
        try:
            create_diagnostic(document.session, self.referential, **wizard.identity())
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

    def save_as(self) -> bool:
        self.commit_edits()
        doc = self.ctx.document
        start = str(doc.target) if doc.target else str(self.settings.last_folder / (doc.display_name + SUFFIX))
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
            .replace("%1", self.ctx.document.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def close_document(self) -> bool:
        """Close the open diagnostic, asking first when it has unsaved changes."""
        if self.ctx is None:
            return True
        self.commit_edits()  # a field being edited commits its text first
        doc = self.ctx.document
        if doc.modified:
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                return False
        self.ctx.undo_stack.clear()
        self.ctx.closed = True
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

    def export(self, kind: str, anonymise: bool = False) -> None:
        from essdesk.ui.export_worker import start_export

        start_export(self, self.ctx, kind, anonymise)

    def check_document(self) -> None:
        from essdesk.ui.document_tools import check_document

        check_document(self)

    def restore_backup(self) -> None:
        from essdesk.ui.document_tools import restore_backup

        restore_backup(self)
