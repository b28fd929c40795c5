"""The consolidation workbook (XlsxWriter): Diagnostics (one row each, native chart of the
overall maturity per territory), Carte (territories × levers, status colours as cell
formats), Priorités, Pratiques inspirantes and, when some diagnostics have them, Indicateurs."""

from __future__ import annotations

from pathlib import Path

from xlsxwriter import Workbook

from essdesk.domain import palette
from essdesk.domain.consolidation import Consolidation
from essdesk.export.text import clean, needs_quote_prefix
from essdesk.export.xlsx import BOLD, DATE_FORMAT, FONT_NAME, HEADER, PERCENT_FORMAT, TITLE
from essdesk.models.enums import LeverStatus


def _text(value: str | None) -> str:
    text = clean(value or "")[:32_000]
    return "'" + text if needs_quote_prefix(text) else text


def write_workbook(c: Consolidation, path: Path) -> None:
    book = Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    book.formats[0].set_font_name(FONT_NAME)
    head = book.add_format(HEADER)
    bold = book.add_format(BOLD)
    title = book.add_format(TITLE)
    date = book.add_format({"num_format": DATE_FORMAT})
    pct = book.add_format({"num_format": PERCENT_FORMAT})
    status_format = {
        s: book.add_format({"bg_color": colour.tint, "font_color": colour.strong, "align": "center",
                            "border": 1, "border_color": palette.GRID})
        for s, colour in palette.LEVER_STATUS.items()
    }
    words = c.referential.words

    sheet = book.add_worksheet("Diagnostics")
    sheet.write(0, 0, f"Comparaison de {len(c.rows)} diagnostics — {c.referential.title}", title)
    columns = ["Territoire", "Filière", "Date", *(f"{n}. {t}" for n, t in c.parts), "Ensemble"]
    if not c.anonymised:
        columns.append("Animation")
    sheet.write_row(2, 0, columns, head)
    for i, r in enumerate(c.rows, 3):
        sheet.write_string(i, 0, _text(r.label))
        sheet.write_string(i, 1, _text(r.filiere))
        if r.date:
            sheet.write_datetime(i, 2, r.date, date)
        for j, value in enumerate([*r.maturity, r.overall], 3):
            if value is not None:
                sheet.write_number(i, j, value / 100, pct)
        if not c.anonymised:
            sheet.write_string(i, 4 + len(r.maturity), _text(r.facilitator))
    last = 2 + len(c.rows)
    overall_col = 3 + len(c.parts)
    sheet.set_column(0, 1, 30)
    sheet.set_column(2, 2, 11)
    sheet.set_column(3, overall_col, 13)
    sheet.set_column(overall_col + 1, overall_col + 1, 30)
    sheet.freeze_panes(3, 1)
    chart = book.add_chart({"type": "bar"})
    chart.add_series({
        "name": "Maturité d'ensemble",
        "categories": ["Diagnostics", 3, 0, last, 0],
        "values": ["Diagnostics", 3, overall_col, last, overall_col],
        "fill": {"color": palette.PRIMARY},
    })
    chart.set_title({"name": "Maturité d'ensemble par territoire"})
    chart.set_x_axis({"min": 0, "max": 1, "num_format": "0%"})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"none": True})
    chart.set_size({"width": 720, "height": max(300, 28 * len(c.rows) + 90)})
    sheet.insert_chart(last + 2, 0, chart)

    heat = book.add_worksheet("Carte")
    heat.write(0, 0, f"{words.levers.capitalize()} par territoire (statuts)", title)
    heat.write_row(2, 0, ["Territoire", *(code for code, _, _ in c.levers)], head)
    for i, (r, statuses) in enumerate(zip(c.rows, c.heat, strict=True), 3):
        heat.write_string(i, 0, _text(r.label))
        for j, status in enumerate(statuses, 1):
            if status is not None:
                heat.write_string(i, j, status.label, status_format[status])
    legend = 4 + len(c.rows)
    heat.write(legend, 0, "Légende", bold)
    for k, status in enumerate(LeverStatus):
        heat.write_string(legend + 1 + k, 0, status.label, status_format[status])
    heat.set_column(0, 0, 30)
    heat.set_column(1, len(c.levers), 12)
    heat.freeze_panes(3, 1)

    prio = book.add_worksheet("Priorités")
    prio.write_row(0, 0, ["Code", words.lever.capitalize(), "Priorité haute", "Priorité moyenne",
                          "Territoires (haute)"], head)
    for i, p in enumerate(c.prioritised, 1):
        prio.write_row(i, 0, [p.code, _text(p.label), len(p.high), len(p.medium),
                              _text(", ".join(p.high))])
    prio.set_column(1, 1, 60)
    prio.set_column(4, 4, 60)

    practice = book.add_worksheet("Pratiques inspirantes")
    names = ["Code", words.lever.capitalize(), "Réalisé par", "Encore ouvert dans"]
    practice.write_row(0, 0, names, head)
    for i, p in enumerate(c.practices, 1):
        done = ", ".join(f"{t} ({o})" if o else t for t, o in p.done_by)
        practice.write_row(i, 0, [p.code, _text(p.label), _text(done), _text(", ".join(p.open_in))])
    practice.set_column(1, 1, 55)
    practice.set_column(2, 3, 50)

    if c.indicators:
        ind = book.add_worksheet("Indicateurs")
        ind.write_row(0, 0, ["Indicateur", "Unité", "Total des dernières valeurs", "Diagnostics"], head)
        for i, t in enumerate(c.indicators, 1):
            ind.write_row(i, 0, [_text(t.name), _text(t.unit), t.total, _text(", ".join(t.rows))])
        ind.set_column(0, 0, 40)
        ind.set_column(3, 3, 60)
    book.close()
