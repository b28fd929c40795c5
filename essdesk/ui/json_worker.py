"""Fichier › Importer (JSON)… and Exporter (JSON)…, off the GUI thread.

The work is the same as the command line's `import-json` / `export-json`
(essdesk.exchange.interchange). The export reads the working copy through its own
read-only connection, after the window's session has committed everything; the import
builds a new untitled document that the window then shows (it asks where to save it on
the first Ctrl+S).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from essdesk.errors import EssdeskError


class _Worker(QObject):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, task: Callable[[], Any]) -> None:
        super().__init__()
        self.task = task

    @Slot()
    def run(self) -> None:
        try:
            result = self.task()
        except EssdeskError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # report, never crash the window
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(result)


class TaskRun(QObject):
    """One task in its thread, with a busy dialog; `finished` carries the result or None."""

    finished = Signal(object)

    def __init__(
        self, parent: QWidget, task: Callable[[], Any], text: str, failure_title: str
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.failure_title = parent, failure_title
        self.thread = QThread(self)
        self.worker = _Worker(task)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(text, "", 0, 0, parent)
        self.dialog.setCancelButton(None)  # a JSON file is written or read in one piece
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.thread.started.connect(self.worker.run)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.thread.start()

    def _end(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.thread.quit()
        self.thread.wait()

    def _done(self, result: object) -> None:
        self._end()
        self.finished.emit(result)
        self.deleteLater()

    def _failed(self, message: str) -> None:
        self._end()
        QMessageBox.critical(self.parent_widget, self.failure_title, message)
        self.finished.emit(None)
        self.deleteLater()


def _export_task(read: Callable, target: Path, referential) -> Callable[[], Path]:
    """`read`: store.opening.reader of the window's store."""

    def task() -> Path:
        from essdesk.exchange.interchange import export_json
        from essdesk.store.opening import read_session

        with read_session(read) as session:
            export_json(session, target, referential)
        return target

    return task


def _import_task(source: Path, referential) -> Callable[[], Any]:
    def task():
        from essdesk.exchange.interchange import load_into, read_json
        from essdesk.store.document import Document

        data = read_json(source)
        document = Document.create(None)
        try:
            load_into(document.session, data, referential)
            document.session.commit()
        except BaseException:
            document.close()
            raise
        return document

    return task


def safe_name(title: str, fallback: str = "diagnostic") -> str:
    """A file name from a diagnostic's title: letters, digits, spaces, - and _."""
    name = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return name[:80].strip() or fallback


def export_json(window) -> TaskRun | None:
    from essdesk.store.opening import reader

    ctx = window.ctx
    start = window.settings.last_folder / (safe_name(ctx.services.diagnostic().title) + ".json")
    path, _ = QFileDialog.getSaveFileName(
        window,
        window.tr("Exporter le diagnostic en JSON"),
        str(start),
        window.tr("Fichier JSON (*.json)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".json":
        target = target.with_name(target.name + ".json")
    window.settings.last_folder = target.parent
    ctx.session.commit()  # everything the worker reads is on disk
    run = TaskRun(
        window,
        _export_task(reader(ctx.document), target, ctx.referential),
        window.tr("Export JSON en cours…"),
        window.tr("Export impossible"),
    )
    run.finished.connect(
        lambda written: (
            written is not None
            and window.statusBar().showMessage(
                window.tr("Exporté : %1").replace("%1", str(written)), 8000
            )
        )
    )
    window._json_run = run  # keep it alive until it finishes
    return run


def import_json(window, source: Path | None = None) -> TaskRun | None:
    """Ask for a JSON file (unless `source`), close the open diagnostic, import off-thread."""
    if source is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            window.tr("Importer un diagnostic JSON"),
            str(window.settings.last_folder),
            window.tr("Fichier JSON (*.json)"),
        )
        if not path:
            return None
        source = Path(path)
    if not window.close_document():
        return None
    window.settings.last_folder = source.parent
    run = TaskRun(
        window,
        _import_task(source, window.referential),
        window.tr("Import JSON en cours…"),
        window.tr("Import impossible"),
    )
    run.finished.connect(
        lambda document: document is not None and window.set_imported(document, source)
    )
    window._json_run = run
    return run
