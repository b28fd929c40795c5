"""`export_document`: the one entry point of the Excel, PDF and Word exports (GUI, CLI).

The report model is computed once, then each renderer writes into a temporary file beside
its target, which is opened again (export/readback.py); the targets are replaced only when
every requested file is complete and reads back. So a cancelled or failed export leaves no
half-file and never touches an existing file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from essdesk.errors import EssdeskError
from essdesk.export.atomic import PendingFile, write_error_message
from essdesk.export.base import ExportCancelled, ExportError, RenderHooks
from essdesk.export.readback import WHAT, read_back
from essdesk.export.report import ReferentialLike, Report, build_report

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: Progress is reported on this scale: progress(done, PROGRESS_TOTAL).
PROGRESS_TOTAL = 1000
_REPORT_SHARE = 0.1
_WEIGHTS = {"xlsx": 1.0, "pdf": 2.0, "docx": 2.0}  # the PDF layout takes about twice as long


class _Progress:
    def __init__(
        self,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled or (lambda: False)
        self._last = -1

    def report(self, fraction: float) -> None:
        done = int(round(min(max(fraction, 0.0), 1.0) * PROGRESS_TOTAL))
        if self._progress is not None and done != self._last:
            self._last = done
            self._progress(done, PROGRESS_TOTAL)

    def check(self) -> None:
        if self._cancelled():
            raise ExportCancelled()

    def hooks(self, start: float, share: float) -> RenderHooks:
        return RenderHooks(
            on_fraction=lambda f: self.report(start + share * f), is_cancelled=self._cancelled
        )


def export_document(
    conn: Connection,
    referential: ReferentialLike | None,
    *,
    xlsx: Path | None,
    pdf: Path | None,
    docx: Path | None = None,
    template: Path | None = None,
    anonymise: bool = False,
    pdf_emails: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write the requested Excel workbook, PDF report and/or Word report; return the paths
    written.

    `conn` is one read-only transaction of the store (`store.snapshot.reading` or
    `read_document` for a file, `ServerStore.reading` for a server).

    `pdf_emails`: the PDF and the DOCX show the actors' e-mail addresses (left out unless
    asked). `template`: the Word template of the DOCX (essdesk's own when None).

    `progress(done, total)` is called as work advances; `cancelled()` is polled and, when it
    returns True, the export stops with ExportCancelled and no file is changed. Errors are
    ExportError with a French message. Safe to call from a worker thread (no Qt here).
    """
    requested = (("xlsx", xlsx), ("pdf", pdf), ("docx", docx))
    jobs = [(kind, Path(path)) for kind, path in requested if path]
    if not jobs:
        raise ExportError("Choisissez au moins un fichier à exporter (Excel, PDF ou Word).")
    if len({p.absolute() for _, p in jobs}) < len(jobs):
        raise ExportError(
            "Les fichiers exportés (Excel, PDF, Word) doivent avoir des noms différents."
        )
    tracker = _Progress(progress, cancelled)
    tracker.report(0.0)
    tracker.check()
    pending = [PendingFile(path) for _, path in jobs]
    try:
        report = build_report(conn, referential, anonymise=anonymise)
        tracker.report(_REPORT_SHARE)
        total_weight = sum(_WEIGHTS[kind] for kind, _ in jobs)
        start = _REPORT_SHARE
        for (kind, _path), target in zip(jobs, pending, strict=True):
            share = (1 - _REPORT_SHARE) * _WEIGHTS[kind] / total_weight
            tracker.check()
            _render(kind, report, target, tracker.hooks(start, share), pdf_emails, template)
            tracker.check()
            read_back(kind, target.tmp, target.target)
            start += share
        tracker.check()
        written = [target.commit() for target in pending]
    except BaseException:
        for target in pending:
            target.discard()
        raise
    tracker.report(1.0)
    return written


def _render(
    kind: str,
    report: Report,
    target: PendingFile,
    hooks: RenderHooks,
    pdf_emails: bool,
    template: Path | None,
) -> None:
    try:
        if kind == "xlsx":
            from essdesk.export.xlsx import XlsxRenderer

            XlsxRenderer(report, hooks).render(target.tmp)
        elif kind == "docx":
            from essdesk.export.word import DocxRenderer

            DocxRenderer(report, hooks, template=template, emails=pdf_emails).render(target.tmp)
        else:
            from essdesk.export.pdf import PdfRenderer

            PdfRenderer(report, hooks, emails=pdf_emails).render(target.tmp)
    except (ExportCancelled, EssdeskError):
        raise
    except OSError as exc:
        raise ExportError(write_error_message(exc, target.target)) from exc
    except Exception as exc:
        what = WHAT[kind]
        raise ExportError(
            f"Impossible de produire {what} « {target.target.name} » ({type(exc).__name__} : "
            f"{exc}). Le fichier existant n'a pas été modifié ; signalez ce problème avec le "
            "diagnostic concerné."
        ) from exc
