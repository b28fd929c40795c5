"""Exports off the GUI thread: a QThread worker reporting by signals, with a cancel button.

The worker reads through the store's read-only transaction (`reading`: a snapshot of the
working copy for a file, `ServerStore.reading` on a server), so edits made meanwhile do not
mix into the report, and never touches a widget. XlsxWriter, reportlab and python-docx are
imported only here, when an export is asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from essdesk.errors import EssdeskError


class ExportWorker(QObject):
    progress = Signal(int, int)
    done = Signal(list)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, reading: Callable, referential, targets: dict[str, Path], anonymise: bool = False,
                 template: Path | None = None) -> None:
        """`reading()` gives one read-only connection (a context manager): store.opening.reader;
        `template`: the Word template of a DOCX (essdesk's own when None)."""
        super().__init__()
        self.reading, self.referential, self.targets = reading, referential, targets
        self.anonymise, self.template = anonymise, template
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        from essdesk.export.run import ExportCancelled, export_document

        try:
            with self.reading() as conn:
                written = export_document(
                    conn, self.referential, xlsx=self.targets.get("xlsx"), pdf=self.targets.get("pdf"),
                    docx=self.targets.get("docx"), template=self.template,
                    anonymise=self.anonymise, progress=lambda d, t: self.progress.emit(d, t), cancelled=self.stop.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except EssdeskError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # report, never crash the window
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit([str(p) for p in written])


class ExportRun(QObject):
    """One export: the thread, the worker and the progress dialog, kept alive together."""

    finished = Signal()

    def __init__(self, parent: QWidget, ctx, targets: dict[str, Path], anonymise: bool = False,
                 template: Path | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        ctx.session.commit()  # everything the worker reads is stored
        self.thread = QThread(self)
        from essdesk.store.opening import reader

        self.worker = ExportWorker(reader(ctx.document), ctx.referential, targets, anonymise, template)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(self.tr("Export en cours…"), self.tr("Annuler"), 0, 1000, parent)
        self.dialog.setWindowTitle(self.tr("Exporter"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.worker.stop.set)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total - 1))

    def _end(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.thread.quit()
        self.thread.wait()
        self.finished.emit()
        self.deleteLater()

    def _done(self, paths: list[str]) -> None:
        self._end()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export terminé"),
                          self.tr("Fichier écrit :") + "\n" + "\n".join(paths), parent=self.parent_widget)
        open_file = box.addButton(self.tr("Ouvrir le fichier"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Fermer"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(paths[0]))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(paths[0]).parent)))

    def _failed(self, message: str) -> None:
        self._end()
        QMessageBox.critical(self.parent_widget, self.tr("Export impossible"), message)

    def _cancelled(self) -> None:
        self._end()
        if self.parent_widget is not None and hasattr(self.parent_widget, "statusBar"):
            self.parent_widget.statusBar().showMessage(self.tr("Export annulé : aucun fichier modifié."), 5000)


def choose_word_template(window) -> Path | None:
    """A cabinet's own Word template (letterhead, colours, fonts), remembered for next time."""
    remembered = window.settings.word_template
    start = str(remembered or window.settings.last_folder)
    path, _ = QFileDialog.getOpenFileName(
        window, window.tr("Choisir le modèle Word du rapport"), start,
        window.tr("Modèle ou document Word (*.docx *.dotx)"))
    if not path:
        return None
    window.settings.word_template = Path(path)
    return Path(path)


def start_export(window, ctx, kind: str, anonymise: bool = False,
                 template: Path | None = None) -> ExportRun | None:
    """Ask where, then export off the GUI thread; `anonymise` drops personal data; `template`:
    the Word template of a DOCX."""
    suffix = {"xlsx": ".xlsx", "pdf": ".pdf", "docx": ".docx"}[kind]
    title = ctx.services.diagnostic().title or "diagnostic"
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "diagnostic"
    start = str(window.settings.last_folder / (safe + suffix))
    caption = {"xlsx": window.tr("Exporter le classeur Excel"), "pdf": window.tr("Exporter le rapport PDF"),
               "docx": window.tr("Exporter le rapport Word")}[kind]
    pattern = {"xlsx": window.tr("Classeur Excel (*.xlsx)"), "pdf": window.tr("Document PDF (*.pdf)"),
               "docx": window.tr("Document Word (*.docx)")}[kind]
    path, _ = QFileDialog.getSaveFileName(window, caption, start, pattern)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    window.settings.last_folder = target.parent
    run = ExportRun(window, ctx, {kind: target}, anonymise, template)
    window._export_run = run  # keep it alive until it finishes
    return run
