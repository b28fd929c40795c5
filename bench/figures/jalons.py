"""Jalons on the large diagnostic (issue 18): posting, comparing, the file's growth.

In one process, on a private copy of the large diagnostic:
- posting a jalon (`Services.post_jalon`: canonical JSON, zlib, scores, commit) against one
  JSON export of the same diagnostic (`interchange.export_json` to a file), interleaved;
  each posted jalon is removed again, untimed, so every run posts on the same document;
- comparing two jalons (`comparison.compare_jalons`: two decompressions, the diff, the
  maturity and late actions), absolute target < 200 ms;
- the saved file's growth for one jalon of an unchanged diagnostic, ≤ 20 % of its size.
"""

from __future__ import annotations

import sys

import _common as c

sys.path.insert(0, str(c.ROOT))  # this checkout's essdesk, in this process

FIGURE_POST = "post a jalon on the large diagnostic vs one JSON export"
FIGURE_COMPARE = "compare two jalons of the large diagnostic"
FIGURE_GROWTH = "file growth per jalon, unchanged large diagnostic"


def measure(repeats: int) -> list[c.Row]:
    from essdesk.domain.comparison import compare_jalons
    from essdesk.domain.referential import load_referential
    from essdesk.domain.services import Services
    from essdesk.exchange.interchange import export_json
    from essdesk.store.document import Document

    folder = c.scratch()
    referential = load_referential()
    doc = Document.open(c.copy_of(c.large_path(), folder))
    try:
        s = Services(doc.session)
        before = doc.save_as(folder / "before.essdesk").stat().st_size

        def post() -> None:
            s.post_jalon("Bench", referential)

        def export() -> None:
            export_json(doc.session, folder / "large.json", referential)

        post(), export()  # warm: mappers, caches
        for j in s.jalons():
            s.remove_jalon(j.id)
        posting, exporting = [], []
        for _ in range(repeats):
            posting.append(c.clock(post))
            for j in s.jalons():
                s.remove_jalon(j.id)
            exporting.append(c.clock(export))
        first = s.post_jalon("Avant", referential).created_id
        after_one = doc.save_as(folder / "after.essdesk").stat().st_size
        lever = s.steps()[2].levers[0]
        s.update_lever(lever.id, status="done", notes="Changé pour la comparaison.")
        second = s.post_jalon("Après", referential).created_id
        comparing = [
            c.clock(lambda: compare_jalons(s, first, second, referential)) for _ in range(repeats)
        ]
    finally:
        doc.close()
    growth = (after_one - before) / before
    return [
        c.ratio_row(
            FIGURE_POST,
            c.median(posting),
            c.median(exporting),
            1.0,
            note="in one process; export = export_json to a file",
        ),
        c.Row(
            FIGURE_COMPARE,
            c.ms(c.median(comparing)),
            "",
            "",
            "< 200 ms",
            "yes" if c.median(comparing) < 0.2 else "NO",
            note="absolute",
        ),
        c.Row(
            FIGURE_GROWTH,
            f"+{(after_one - before) / 1024:.0f} KiB",
            f"{before / 2**20:.1f} MiB",
            f"{growth:.1%}",
            "≤ 20 %",
            "yes" if growth <= 0.2 else "NO",
            note="saved file, one jalon",
        ),
    ]


if __name__ == "__main__":
    c.main(measure)
