"""Render resources/icons/essdesk.svg to the Windows/macOS icon resources/icons/essdesk.ico.

    python packaging/make_icons.py          (re-run after changing the SVG; commit both)

The .ico holds PNG images at 16-256 px (the format Windows Vista and later read; PyInstaller
turns it into .icns on macOS). Rendering uses Qt's QSvgRenderer, offscreen, so it runs on a
machine without a display. Linux uses the SVG itself (hicolor/scalable).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "essdesk.svg"
ICO = ROOT / "resources" / "icons" / "essdesk.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico file whose entries are PNG images, one per size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def main() -> int:
    images = {size: render_png(SVG, size) for size in SIZES}
    ICO.write_bytes(ico_bytes(images))
    print(f"{ICO.relative_to(ROOT)}: {len(images)} sizes, {ICO.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
