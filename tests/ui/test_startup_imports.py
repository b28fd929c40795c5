"""The Accueil screen starts without the database layer (issue 6: start-up time).

SQLAlchemy, the services and the document views are imported when a document is opened;
a module-level import of one of them from the main window (or from a module it imports at
start, such as a menu) puts ~0.6 s back on every start. The referential (~20 ms) is read
with the first document too; the resources folder is found with essdesk.core.paths.
"""

import os
import subprocess
import sys


def test_welcome_window_does_not_import_the_database_layer(tmp_path):
    code = (
        "from essdesk.ui.app import make_window; w = make_window(); import sys; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m in "
        "('essdesk.core.document', 'essdesk.core.services', 'essdesk.models', "
        "'essdesk.ui.workshop_mode', 'essdesk.ui.overview', 'essdesk.ui.actors_view', "
        "'essdesk.core.referential')))"
    )
    env = {**os.environ, "ESSDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr
