"""The Accueil screen starts without the database layer (issue 6: start-up time).

SQLAlchemy, the services and the document views are imported when a document is opened;
a module-level import of one of them from the main window (or from a module it imports at
start, such as a menu) puts ~0.6 s back on every start. The referential (~20 ms) is read
with the first document too; the resources folder is found with essdesk.paths.
"""

import os
import subprocess
import sys


def _python(code: str, home, *args: str) -> subprocess.CompletedProcess:
    """`code` (or `-m essdesk ARGS` when code is empty) in a fresh offscreen Python."""
    env = {**os.environ, "ESSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "essdesk", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def test_welcome_window_does_not_import_the_database_layer(tmp_path):
    code = (
        "from essdesk.ui.app import make_window; w = make_window(); import sys; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m in "
        "('essdesk.store.document', 'essdesk.domain.services', 'essdesk.models.tables', "
        "'essdesk.ui.workshop_mode', 'essdesk.ui.overview', 'essdesk.ui.actors_view', "
        "'essdesk.domain.referential')))"
    )
    out = _python(code, tmp_path)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


def test_opening_a_document_draws_it_without_configuring_the_orm(tmp_path):
    """The first screen of a document reads table columns only (core.queries): SQLAlchemy's
    mapper configuration (~30 ms, once) waits for the first use of the ORM."""
    path = tmp_path / "demo.essdesk"
    _python("", tmp_path, "demo", str(path)).check_returncode()
    code = (
        f"path = {str(path)!r}; "
        "from essdesk.ui.app import make_window; from PySide6.QtWidgets import QApplication; "
        "w = make_window(); w.show(); assert w.open_path(path); QApplication.processEvents(); "
        "from essdesk.models.tables import Base; print('configured' if not Base.registry._new_mappers else 'not yet', "
        "w.overview.title.text()); "
        "w.ctx.services.diagnostic(); print('configured' if not Base.registry._new_mappers else 'not yet')"
    )
    out = _python(code, tmp_path)
    lines = out.stdout.strip().splitlines()
    assert lines[-2].startswith("not yet Filière laine"), out.stdout + out.stderr
    assert lines[-1] == "configured"  # the guard can fail


def test_the_collector_is_off_while_starting_and_back_on_once_the_window_is_up(tmp_path):
    """cli.run_gui turns the cyclic collector off while start-up makes its long-lived objects;
    ui.app.run must freeze them and turn it back on, or a day of workshop would never free a
    reference cycle."""
    code = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "seen = {}\n"
        "def exec_(*_a):\n"
        "    seen['enabled'], seen['frozen'] = gc.isenabled(), gc.get_freeze_count()\n"
        "    return 0\n"
        "QApplication.exec = exec_\n"
        "import essdesk.ui.app as app\n"
        "app._quit_now = lambda window, code: print(seen['enabled'], seen['frozen'] > 10_000)\n"
        "from essdesk import cli\n"
        "gc.callbacks.append(lambda phase, info: print('collected during start') if phase == 'start' and not seen else None)\n"
        "cli.main(['--welcome'])\n"
    )
    out = _python(code, tmp_path)
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    assert lines[-1] == "True True", out.stdout + out.stderr
    assert "collected during start" not in lines[:-1], out.stdout
