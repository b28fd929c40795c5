"""The report's vector charts (reportlab Drawings) as PNG images, for the DOCX report.

A DOCX holds charts as pictures. reportlab's own bitmap renderer needs a cairo backend
(rlPyCairo) that essdesk does not ship; the charts of `essdesk.export.charts` are made of
four shapes only (Polygon, Line, Rect, String), drawn here with Pillow (a dependency of
reportlab) at `scale` pixels per point, the text in the same DejaVu fonts as the PDF.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color


@functools.cache
def _font(path: Path, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), pixels)


def _rgba(colour: Color | None) -> tuple[int, int, int, int] | None:
    if colour is None:
        return None
    red, green, blue, alpha = colour.rgba()
    return (round(red * 255), round(green * 255), round(blue * 255), round(alpha * 255))


def png(drawing: Drawing, fonts: dict[str, Path], scale: float = 3.0) -> bytes:
    """`drawing` as a PNG image, `scale` pixels per point, on white; `fonts`: font name →
    TrueType file (the names the drawing's strings use)."""
    width, height = round(drawing.width * scale), round(drawing.height * scale)
    image = Image.new("RGBA", (width, height), (255, 255, 255, 255))

    def xy(x: float, y: float) -> tuple[float, float]:  # PDF points (y up) to pixels
        return x * scale, height - y * scale

    base = ImageDraw.Draw(image)
    for shape in drawing.contents:
        # a translucent fill on a layer of its own, blended as in the PDF
        fill = _rgba(getattr(shape, "fillColor", None))
        layer = Image.new("RGBA", image.size, (0, 0, 0, 0)) if fill and fill[3] < 255 else None
        pen = base if layer is None else ImageDraw.Draw(layer)
        if isinstance(shape, Polygon):
            points = [xy(*shape.points[i : i + 2]) for i in range(0, len(shape.points), 2)]
            pen.polygon(points, fill=_rgba(shape.fillColor))
            outline = _rgba(shape.strokeColor)
            if outline is not None and shape.strokeWidth:
                pen.line(
                    [*points, points[0]],
                    fill=outline,
                    width=max(1, round(shape.strokeWidth * scale)),
                    joint="curve",
                )
        elif isinstance(shape, Line):
            pen.line(
                [xy(shape.x1, shape.y1), xy(shape.x2, shape.y2)],
                fill=_rgba(shape.strokeColor),
                width=max(1, round(shape.strokeWidth * scale)),
            )
        elif isinstance(shape, Rect):
            x0, y0 = xy(shape.x, shape.y + shape.height)
            x1, y1 = xy(shape.x + shape.width, shape.y)
            if x1 > x0 and y1 > y0:
                stroke = _rgba(shape.strokeColor)
                pen.rectangle(
                    (x0, y0, x1, y1),
                    fill=_rgba(shape.fillColor),
                    outline=stroke,
                    width=max(1, round(shape.strokeWidth * scale)) if stroke else 0,
                )
        elif isinstance(shape, String):
            font = _font(fonts[shape.fontName], max(1, round(shape.fontSize * scale)))
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[shape.textAnchor]
            pen.text(
                xy(shape.x, shape.y),
                shape.text,
                font=font,
                fill=_rgba(shape.fillColor),
                anchor=anchor,
            )
        else:  # a shape essdesk's charts do not use: say so rather than drop it silently
            raise TypeError(f"shape {type(shape).__name__} is not drawn as a picture")
        if layer is not None:
            image.alpha_composite(layer)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=False)
    return out.getvalue()
