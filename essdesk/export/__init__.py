"""Excel, PDF and Word exports of a diagnostic.

`export_document` is the entry point; XlsxWriter, reportlab, python-docx and the readers
that check each file (openpyxl, pypdf) are imported only when an export runs, so importing
this package costs nothing at start-up.
"""

from essdesk.export.base import ExportCancelled, ExportError, RenderHooks
from essdesk.export.run import PROGRESS_TOTAL, export_document

__all__ = ["PROGRESS_TOTAL", "ExportCancelled", "ExportError", "RenderHooks", "export_document"]
