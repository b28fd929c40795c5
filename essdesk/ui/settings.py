"""The application's settings: one typed object over one INI file in the config folder.

Nothing else in essdesk reads or writes QSettings; widgets ask this module.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from essdesk import paths

LANGUAGES = ("fr", "en")
ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)
MAX_RECENT = 8
PROFILE_KEYS = ("host", "port", "base", "user", "schema", "sslmode")


class Settings:
    """Typed access: `settings.zoom = 125` is written at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "essdesk.ini"
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default):
        value = self._q.value(key, default)
        return default if value is None else value

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", "fr"))
        return value if value in LANGUAGES else "fr"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._q.setValue("ui/language", value)

    @property
    def zoom(self) -> int:
        try:
            value = int(self._get("ui/zoom", 100))
        except (TypeError, ValueError):
            return 100
        return min(max(value, ZOOM_STEPS[0]), ZOOM_STEPS[-1])

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._q.setValue("ui/zoom", int(min(max(value, ZOOM_STEPS[0]), ZOOM_STEPS[-1])))

    @property
    def recent_files(self) -> list[Path]:
        value = self._get("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [Path(v) for v in value if v]

    def add_recent(self, path: Path) -> None:
        path = Path(path).absolute()
        items = [p for p in self.recent_files if p != path]
        self._q.setValue("files/recent", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._q.setValue("files/recent", [str(p) for p in self.recent_files if p != Path(path)])

    @property
    def last_folder(self) -> Path:
        value = str(self._get("files/last_folder", ""))
        return Path(value) if value and Path(value).is_dir() else Path.home()

    @last_folder.setter
    def last_folder(self, value: Path) -> None:
        self._q.setValue("files/last_folder", str(value))

    @property
    def word_template(self) -> Path | None:
        """The Word template of the last « Rapport Word sur un modèle… » (None: none yet, or
        the file is gone)."""
        value = str(self._get("export/word_template", ""))
        return Path(value) if value and Path(value).is_file() else None

    @word_template.setter
    def word_template(self, value: Path) -> None:
        self._q.setValue("export/word_template", str(value))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def workshop_screen(self) -> str:
        """Name of the screen workshop mode goes full screen on ("" = choose automatically)."""
        return str(self._get("workshop/screen", ""))

    @workshop_screen.setter
    def workshop_screen(self, value: str) -> None:
        self._q.setValue("workshop/screen", str(value))

    @property
    def server_profiles(self) -> list[dict[str, str]]:
        """Servers the user connected to: host, port, base, user, schema, sslmode; never a
        password (libpq's ~/.pgpass, or the prompt, for this session only)."""
        try:
            value = json.loads(str(self._get("servers/profiles", "[]")))
        except ValueError:
            return []
        keys = PROFILE_KEYS
        return [{k: str(p.get(k, "")) for k in keys} for p in value if isinstance(p, dict)]

    def add_server_profile(self, profile: dict[str, str]) -> None:
        """Remember a profile first in the list (the same server and user replaces its old one)."""
        clean = {k: str(profile.get(k, "")) for k in PROFILE_KEYS}
        same = ("host", "port", "base", "user", "schema")
        items = [p for p in self.server_profiles if any(p[k] != clean[k] for k in same)]
        self._q.setValue(
            "servers/profiles", json.dumps([clean, *items][:MAX_RECENT], ensure_ascii=False)
        )

    def sync(self) -> None:
        self._q.sync()
