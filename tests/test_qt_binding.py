"""Guards against known-bad Qt bindings: a workshop makes thousands of edits."""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal(int)

emitter = Emitter()
received = []
emitter.changed.connect(received.append)
before = sys.getrefcount(True)
for i in range(20_000):
    emitter.changed.emit(i)
print(len(received), sys.getrefcount(True) - before)
"""


def test_twenty_thousand_signal_emits_do_not_corrupt_the_interpreter():
    # PySide6 6.12.0 leaks a reference to True per emit; on Python 3.11 that aborts
    # the process ("bool_dealloc") after a few thousand edits: a lost workshop.
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    delivered, leaked = map(int, proc.stdout.split())
    assert delivered == 20_000
    assert leaked == 0
