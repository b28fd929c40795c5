"""Build resources/templates/rapport.docx, the Word template of the DOCX report (issue 16).

    python scripts/make_docx_template.py

Starts from python-docx's own default template (Word's built-in styles, by their built-in
names) and gives it essdesk's look: DejaVu Sans (the font essdesk ships, so LibreOffice
draws it the same everywhere), the app's colours on the titles, A4 with 2 cm margins and a
footer with the page number. A cabinet replaces this file with its own template
(`essdesk export … --docx r.docx --template modele.docx`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from essdesk.domain import palette  # noqa: E402

FONT = "DejaVu Sans"


def _colour(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _page_field(paragraph, instruction: str) -> None:
    for kind, text in (
        ("begin", None),
        (None, instruction),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.element.append(char)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
            run.element.append(element)
        else:
            run.text = text


def build(target: Path) -> None:
    document = docx.Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.font.color.rgb = _colour(palette.INK)
    normal.paragraph_format.space_after = Pt(4)
    looks = {
        "Title": (26, palette.INK, True),
        "Subtitle": (14, palette.PRIMARY, False),
        "Heading 1": (17, palette.PRIMARY, True),
        "Heading 2": (13, palette.INK, True),
        "Heading 3": (11, palette.PRIMARY, True),
        "TOC Heading": (17, palette.PRIMARY, True),
        "Caption": (8.5, palette.MUTED, False),
    }
    for name, (size, colour, bold) in looks.items():
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = _colour(colour)
        style.font.bold = bold
        style.font.italic = name == "Caption"
    styles["Table Grid"].font.size = Pt(8.5)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    _page_field(footer, " PAGE ")
    footer.add_run(" / ")
    _page_field(footer, " NUMPAGES ")
    header = section.header.paragraphs[0]
    header.text = "Diagnostic de filière"  # any method: the report names its own
    header.style = styles["Header"]
    core = document.core_properties
    core.title, core.author, core.comments = "Modèle de rapport essdesk", "essdesk", ""
    core.language = "fr-FR"
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))


if __name__ == "__main__":
    build(ROOT / "resources" / "templates" / "rapport.docx")
