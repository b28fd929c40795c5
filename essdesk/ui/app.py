"""Starting the desktop application: QApplication, translations, zoom, first window."""

from __future__ import annotations

import gc
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from essdesk.ui.settings import Settings

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def translations_dir() -> Path:
    """resources/translations in the source tree or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "translations"
    return TRANSLATIONS


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own dialogs in the chosen language, and essdesk's strings (sources are French)."""
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        t = QTranslator(app)
        if t.load(f"{name}_{language}", qt_dir):
            app.installTranslator(t)
            installed.append(t)
    # English: every string. French (the source language): only the plural forms of "%n".
    t = QTranslator(app)
    if t.load(f"essdesk_{language}", str(translations_dir())):
        app.installTranslator(t)
        installed.append(t)
    return installed


class Zoom:
    """Scales the application font: everything laid out in font units follows."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.base = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0

    def __call__(self, percent: int) -> None:
        font = QFont(self.app.font())
        font.setPointSizeF(self.base * percent / 100)
        self.app.setFont(font)
        from essdesk.ui.style import stylesheet

        sheet = stylesheet(font.pointSizeF())
        if self.app.styleSheet() != sheet:
            self.app.setStyleSheet(sheet)


def application(settings: Settings) -> tuple[QApplication, Zoom]:
    app = QApplication.instance()
    if app is None:
        # Fusion chosen on Qt's command line: `app.setStyle("Fusion")` returns the new QStyle,
        # and wrapping it in Python creates its 16 enums (~10 ms of the start; issue 6).
        app = QApplication([sys.argv[0] if sys.argv else "essdesk", "-style", "Fusion"])
    else:  # made by someone else (tests): set it as before
        app.setStyle("Fusion")
    app.setApplicationName("essdesk")
    app.setApplicationDisplayName("essdesk")
    app.setOrganizationName("essdesk")
    # The taskbar/dock icon, and the .desktop file that owns the window (Wayland, GNOME).
    app.setDesktopFileName("essdesk")
    from PySide6.QtGui import QIcon

    from essdesk.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "essdesk.svg")))
    from essdesk.ui.style import palette

    app.setPalette(palette())
    if not getattr(app, "_essdesk_translators", None):
        app._essdesk_translators = install_translators(app, settings.language)  # type: ignore[attr-defined]
    zoom = Zoom(app)
    zoom(settings.zoom)
    return app, zoom


def make_window(settings: Settings | None = None):
    from essdesk.ui.geometry import place_window
    from essdesk.ui.main_window import MainWindow

    settings = settings or Settings()
    _app, zoom = application(settings)
    window = MainWindow(settings, apply_zoom=zoom)  # the referential is loaded when needed
    place_window(window, settings.geometry)
    return window


def run(path: Path | str | None, *, smoke_test: bool = False) -> int:
    """`path`: a `.essdesk` file, or a server address (a str: a Path would fold its //)."""
    """The desktop application; with `smoke_test`, a scripted visit that exits 0 or 1."""
    if smoke_test:
        from essdesk.ui.smoke import smoke_test as run_smoke

        try:
            window = make_window()
            gc.freeze()  # as below: the scripted visit runs with the collector on
            gc.enable()
            code = run_smoke(window, path)
            window.deleteLater()
            from PySide6.QtCore import QEvent  # here: its 179-member enum costs 2 ms to create

            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            return code
        except Exception:
            traceback.print_exc()
            return 1
    window = make_window()
    window.show()
    if isinstance(path, str):
        window.open_location(path)
    elif path is not None:
        window.open_path(Path(path))
    # What start-up made lives as long as the window: out of the collector's sight from now
    # on (cli.run_gui turned the collector off while it was being made).
    gc.freeze()
    gc.enable()
    QTimer.singleShot(0, window.offer_recovery)
    code = QApplication.instance().exec()
    _quit_now(window, code)
    return code  # not reached


def _quit_now(window, code: int) -> None:
    """Leave without the interpreter's teardown (~0.3 s of SQLAlchemy and Qt finalisation).

    Everything the user owns is already on disk: edits are committed as they are made,
    closeEvent has closed the document (or kept its working copy for recovery), Settings is
    synced here. If the loop was quit with a document still open (app.quit()), its
    working copy is kept, as a teardown would have left it: it is offered back at the next
    start. An export still running is cancelled first (its temporary file is removed).
    """
    exports = sys.modules.get("essdesk.ui.export_worker")
    if exports is not None:
        for run in window.findChildren(exports.ExportRun):
            run.worker.stop.set()
            run.thread.quit()
            run.thread.wait()
    ctx = getattr(window, "ctx", None)
    if ctx is not None and ctx.document.saves_on_edit:
        ctx.document.close()  # a server: every edit it holds is committed already
    elif ctx is not None:
        ctx.document.close(keep_working_copy=True)
    window.settings.sync()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)
