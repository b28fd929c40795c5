"""Screenshots for the README, from the real window on the demo diagnostic.

    xvfb-run -s "-screen 0 1600x1000x24" python scripts/screenshots.py [--scale 1.5]

Writes docs/screenshots/{overview,step1,actors}.png. Uses a throw-away ESSDESK_HOME so the
user's settings and recent files are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def demo_window(fit: bool = False):
    """The real main window on the demo, in a throw-away ESSDESK_HOME; None if it failed.

    `fit`: keep the size make_window chose for the screen (else 1440×900 for the README)."""
    os.environ["ESSDESK_HOME"] = tempfile.mkdtemp(prefix="essdesk-shots-")
    sys.path.insert(0, str(ROOT))
    from essdesk.domain.demo import demo_file
    from essdesk.ui.app import make_window

    window = make_window()
    if not fit:
        window.resize(1440, 900)
    window.show()
    return window if window.open_path(demo_file(window.referential)) else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", default=None, help="QT_SCALE_FACTOR, e.g. 1.5")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    window = demo_window()
    if window is None:
        return 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, row in (("overview", 0), ("step1", 1), ("actors", 8)):
        window.nav.setCurrentRow(row)
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")
    window.ctx.document.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
