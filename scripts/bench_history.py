"""Opening Édition › Historique on a journal of 10,000 lines (issue 20: target < 300 ms).

    QT_QPA_PLATFORM=offscreen python scripts/bench_history.py

A throw-away PostgreSQL cluster (tests/pgserver.py), the demo, 10,000 journal lines, then
the dialog opened three times (and a filter by step), each timed.
"""

import os
import sys
import time
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, ROOT + "/tests"]
import pgserver  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from essdesk.domain.demo import build_demo  # noqa: E402
from essdesk.domain.referential import load_referential  # noqa: E402
from essdesk.store import journal  # noqa: E402
from essdesk.store.address import Server  # noqa: E402
from essdesk.store.server import ServerStore, init_server  # noqa: E402

app = QApplication([])
with pgserver.cluster() as url:
    server = Server.parse(url, "b")
    init_server(server, schema_given=True)
    store = ServerStore.create(server, str(uuid.uuid4()))
    build_demo(store.session, load_referential())
    address = store.address
    with store.engine.begin() as conn:
        conn.execute(
            journal.journal.insert(),
            [
                {
                    "entity": "lever",
                    "uid": None,
                    "row_id": 3,
                    "step": 1 + i % 7,
                    "field": "notes",
                    "before": f'"avant {i}"',
                    "after": f'"après {i}"',
                }
                for i in range(10000)
            ],
        )
    store.close()
    from essdesk.ui.app import make_window

    w = make_window()
    w.show()
    assert w.open_location(str(address))
    from essdesk.domain import history

    for _ in range(3):
        t = time.perf_counter()
        e = history.entries(w.ctx.session)
        print(f"entries {(time.perf_counter() - t) * 1000:.0f} ms")
        t = time.perf_counter()
        w.show_history()
        app.processEvents()
        d = w.history_dialog
        print(
            f"history of {d.model.rowCount()} lines opened in {(time.perf_counter() - t) * 1000:.0f} ms"
        )
        t = time.perf_counter()
        d.step.setCurrentIndex(3)
        print(
            f"filter by step: {(time.perf_counter() - t) * 1000:.0f} ms, {d.proxy.rowCount()} rows"
        )
        d.reject()
        app.processEvents()
    w.ctx.stop()
