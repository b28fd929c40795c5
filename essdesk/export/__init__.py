"""Excel and PDF exports of a diagnostic.

`export_document` is the entry point; openpyxl and reportlab are imported only when an
export runs, so importing this package costs nothing at start-up.
"""

from essdesk.export.base import ExportCancelled, ExportError, RenderHooks
from essdesk.export.run import PROGRESS_TOTAL, export_document

__all__ = ["PROGRESS_TOTAL", "ExportCancelled", "ExportError", "RenderHooks", "export_document"]
