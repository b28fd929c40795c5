"""Where essdesk keeps its own files (working copies, backups, settings, caches).

Portable mode: a folder named `essdesk-data` next to the frozen executable takes the place
of the user folders, so the bundle can run from a USB key and leave nothing behind.
`ESSDESK_HOME` does the same for tests and for users who want their data elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "essdesk"
PORTABLE_FOLDER = "essdesk-data"


def portable_root() -> Path | None:
    if override := os.environ.get("ESSDESK_HOME"):
        return Path(override)
    if getattr(sys, "frozen", False):
        candidate = Path(sys.executable).resolve().parent / PORTABLE_FOLDER
        if candidate.is_dir():
            return candidate
    return None


def _folder(portable_name: str, user_folder: str) -> Path:
    """`portable_name` in the portable folder, else the platform's user folder of that kind."""
    root = portable_root()
    if root is not None:
        path = root / portable_name
    else:
        import platformdirs

        path = Path(getattr(platformdirs, user_folder)(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _folder("data", "user_data_dir")


def config_dir() -> Path:
    return _folder("config", "user_config_dir")


def cache_dir() -> Path:
    """What essdesk can rebuild at any time (parsed fonts): deleting it loses nothing."""
    return _folder("cache", "user_cache_dir")


def working_dir() -> Path:
    path = data_dir() / "working"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The `resources/` folder: in the source tree, or inside a PyInstaller bundle.

    Here rather than in core.referential so that the window can find its icon without
    importing the referential's loader (issue 6: start-up); core.referential re-exports it.
    """
    if getattr(sys, "frozen", False):
        base = getattr(sys, "_MEIPASS", None)
        root = Path(base) if base else Path(sys.executable).resolve().parent
        return root / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
