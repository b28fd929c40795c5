"""Every export is opened again once written, before essdesk says it is done (issue 16).

A renderer can finish without error and still leave a file no program opens (a library bug,
a full disk the write did not report, a filter in between). The workbook's parts are
read to their end (checksums) and its XML parsed, the PDF parsed with pypdf, the DOCX
opened with python-docx. A file that does not read back is removed by the caller (the target
is never replaced with it) and the user is told so, in French.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.parsers import expat

from essdesk.export.base import ExportError

#: What each kind of file is called in the messages.
WHAT = {
    "xlsx": "le classeur Excel",
    "pdf": "le rapport PDF",
    "docx": "le rapport Word",
    "minutes": "le compte rendu PDF",
    "minutes_docx": "le compte rendu Word",
}


def _xlsx(path: Path) -> None:
    """Every part of the workbook read to its end (zip checksums) and every XML part parsed
    (expat, C): what a spreadsheet program needs to open it, at a third of openpyxl's cost
    on the large diagnostic (bench/README.md), and each sheet parsed whole, not its first
    row only."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for needed in ("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            if needed not in names:
                raise ValueError(f"partie {needed} absente")
        sheets = [n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        if not sheets:
            raise ValueError("aucune feuille")
        for info in archive.infolist():
            with archive.open(info) as stream:  # a bad checksum raises at the end of the read
                if info.filename.endswith((".xml", ".rels")):
                    expat.ParserCreate().ParseFile(stream)
                else:
                    while stream.read(1 << 20):
                        pass


def _pdf(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path, strict=True)
    if len(reader.pages) == 0:
        raise ValueError("aucune page")
    reader.pages[-1].get_contents()


def _docx(path: Path) -> None:
    import docx

    _zip(path)
    with path.open("rb") as stream:
        document = docx.Document(stream)
    if not document.paragraphs and not document.tables:
        raise ValueError("document vide")


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        damaged = archive.testzip()
    if damaged is not None:
        raise ValueError(f"partie {damaged} endommagée")


_READERS = {"xlsx": _xlsx, "pdf": _pdf, "docx": _docx, "minutes": _pdf, "minutes_docx": _docx}


def read_back(kind: str, written: Path, target: Path) -> None:
    """Open `written` (the temporary file of `target`) as a reader would; raise ExportError
    naming `target` when it does not open."""
    try:
        _READERS[kind](written)
    except Exception as exc:  # whatever the reader raises: the file is unusable
        what = WHAT[kind]
        raise ExportError(
            f"Impossible de terminer l'export : {what} « {target.name} » a été écrit mais ne "
            f"se relit pas ({type(exc).__name__} : {exc}). Il a été supprimé et le fichier "
            "existant n'a pas été modifié ; relancez l'export, et si le problème revient, "
            "signalez-le avec le diagnostic concerné."
        ) from exc


def write_checked(target: Path, kind: str, render) -> Path:
    """`render(tmp)` writes the file beside `target`; it replaces `target` only once it reads
    back (`kind`: a key of WHAT). A failure leaves `target` as it was, in French."""
    from essdesk.errors import EssdeskError
    from essdesk.export.atomic import PendingFile, write_error_message

    pending = PendingFile(Path(target))
    try:
        render(pending.tmp)
        read_back(kind, pending.tmp, pending.target)
    except EssdeskError:
        pending.discard()
        raise
    except OSError as exc:
        pending.discard()
        raise ExportError(write_error_message(exc, pending.target)) from exc
    except BaseException:
        pending.discard()
        raise
    return pending.commit()
