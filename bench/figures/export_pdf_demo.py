"""PDF export of the demo vs LibreOffice headless converting essdesk's own xlsx of the demo
to PDF (the route users take today). Target: essdesk at least 3 times faster (issue 16).

Whole processes, interleaved: `essdesk export demo.essdesk --pdf P` vs `soffice --headless
--convert-to pdf demo.xlsx` with a private LibreOffice profile (created by an untimed
warm-up run), essdesk in a home whose cache the same warm-up filled. The note gives the
first export of an installation too (a new home each time, the fonts parsed).
"n/a (LibreOffice absent)" when soffice is not installed.
"""

from __future__ import annotations

import _common as c
from export_xlsx import essdesk_export, export_ready

FIGURE = "PDF export of the demo vs LibreOffice xlsx→pdf"
#: Issue 16: reportlab through its documented API only (no import-time patching, its own
#: markup parser): the demo PDF may be slower than the 5× it reached, but at least 3× faster.
SPEEDUP = 3.0


def measure(repeats: int) -> c.Row:
    target = f"≤ {1 / SPEEDUP:g}× (≥ {SPEEDUP:g}× faster)"
    if not export_ready():
        return c.absent(FIGURE, target, "essdesk/export/run.py absent")
    soffice = c.soffice()
    if soffice is None:
        return c.Row(FIGURE, target=target, holds="n/a", note="n/a (LibreOffice absent)")
    folder = c.scratch()
    demo = c.copy_of(c.demo_path(), folder)
    xlsx, ours_out = folder / "demo.xlsx", folder / "essdesk.pdf"
    essdesk_export(demo, "--xlsx", xlsx)
    outdir = folder / "lo"

    def libreoffice() -> float:
        pdf = outdir / "demo.pdf"
        pdf.unlink(missing_ok=True)
        p = c.libreoffice_convert(soffice, xlsx, "pdf", outdir, folder / "lo-profile")
        if not pdf.exists():
            raise RuntimeError("LibreOffice wrote no PDF")
        return p.seconds

    libreoffice()  # first run creates the profile
    essdesk_export(demo, "--pdf", ours_out)  # first export fills essdesk's cache (fonts)

    def first_export() -> float:  # in a new home: nothing cached yet
        return essdesk_export(demo, "--pdf", ours_out, home=c.scratch()).seconds

    ours, base, cold = c.alternate(
        repeats, lambda: essdesk_export(demo, "--pdf", ours_out).seconds, libreoffice, first_export
    )
    m_ours, m_base, m_cold = c.median(ours), c.median(base), c.median(cold)
    return c.ratio_row(
        FIGURE,
        m_ours,
        m_base,
        1 / SPEEDUP,
        note=f"essdesk {m_base / m_ours:.1f}× faster than LibreOffice; the first "
        f"export of an installation (no font cache yet): {c.ms(m_cold)}, "
        f"{m_cold / m_base:.2f}×",
    )


if __name__ == "__main__":
    c.main(measure)
