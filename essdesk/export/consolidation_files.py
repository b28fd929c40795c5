"""Write the consolidation's workbook and/or PDF as every export is written: into temporary
files beside the targets (export/atomic.py), opened again (export/readback.py), and only then
renamed over the targets; a failure leaves no half-file and no existing file changed."""

from __future__ import annotations

from pathlib import Path

from essdesk.domain.consolidation import Consolidation
from essdesk.errors import EssdeskError
from essdesk.export.atomic import PendingFile, write_error_message
from essdesk.export.base import ExportError
from essdesk.export.readback import WHAT, read_back


def export_consolidation(c: Consolidation, *, xlsx: Path | None = None, pdf: Path | None = None) -> list[Path]:
    jobs = [(kind, Path(path)) for kind, path in (("xlsx", xlsx), ("pdf", pdf)) if path]
    if not jobs:
        raise ExportError("Choisissez au moins un fichier à exporter (Excel ou PDF).")
    if len({p.absolute() for _, p in jobs}) < len(jobs):
        raise ExportError("Le classeur et le PDF doivent avoir des noms différents.")
    pending = [PendingFile(path) for _, path in jobs]
    try:
        for (kind, _), target in zip(jobs, pending, strict=True):
            try:
                if kind == "xlsx":
                    from essdesk.export.consolidation_xlsx import write_workbook

                    write_workbook(c, target.tmp)
                else:
                    from essdesk.export.consolidation_pdf import write_pdf

                    write_pdf(c, target.tmp)
            except EssdeskError:
                raise
            except OSError as exc:
                raise ExportError(write_error_message(exc, target.target)) from exc
            except Exception as exc:
                raise ExportError(
                    f"Impossible de produire {WHAT[kind]} « {target.target.name} » "
                    f"({type(exc).__name__} : {exc}). Le fichier existant n'a pas été modifié ; "
                    "signalez ce problème avec les diagnostics concernés."
                ) from exc
            read_back(kind, target.tmp, target.target)
        return [target.commit() for target in pending]
    except BaseException:
        for target in pending:
            target.discard()
        raise
