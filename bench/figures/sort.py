"""Sort the actor table by any column: essdesk's Acteurs page vs list.sort of the same rows.

essdesk: its own main window on the large diagnostic, Acteurs page shown; a header click
(`horizontalHeader().setSortIndicator`, what a click does; `sortByColumn` would sort twice)
on each column in turn, ascending then descending: the synchronous
work of a click (model sort, persistent indexes, proxy remapping, view layout). The repaint
that follows is timed apart and shown in the note.
Baseline: `list.sort` of the same rows as plain tuples of the displayed strings, keyed on
the casefolded column (the order users expect), the same sequence of sorts.
The figure is the column with the worst ratio (medians per column).
"""

from __future__ import annotations

import _common as c
import _ui
from search import plain_rows

FIGURE = "sort the actor table by any column"
TARGET = 3.0


def measure(repeats: int) -> c.Row:
    if not (c.ROOT / "essdesk" / "ui" / "actors_view.py").exists():
        return c.absent(FIGURE, f"≤ {TARGET:g}×", "essdesk/ui/actors_view.py absent")
    from PySide6.QtCore import Qt

    _ui.app()
    window = _ui.main_window_on(_ui.large_copy())
    window.go("actors")
    _ui.settle()
    view = window.actors_view
    rows, _texts = plain_rows(view.model.rows)
    columns = view.model.columnCount()
    orders = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)

    header = view.table.horizontalHeader()  # a click sets the indicator; the view sorts once
    painted: list[float] = []

    def ours(column: int) -> float:
        total = 0.0
        for order in orders:
            click = c.clock(lambda o=order: header.setSortIndicator(column, o))
            painted.append(click + c.clock(_ui.settle))
            total += click
        return total

    def base(column: int) -> float:
        return sum(c.clock(lambda r=r: rows.sort(key=lambda row: row[column].casefold(), reverse=r))
                   for r in (False, True))

    for column in range(columns):  # warm-up
        ours(column), base(column)
    worst = None
    for column in range(columns):
        t_ours, t_base = c.alternate(repeats, lambda col=column: ours(col), lambda col=column: base(col))
        m_ours, m_base = c.median(t_ours) / 2, c.median(t_base) / 2
        if worst is None or m_ours / m_base > worst[0] / worst[1]:
            worst = (m_ours, m_base, column)
    m_ours, m_base, column = worst
    name = view.model.headerData(column, Qt.Orientation.Horizontal)
    return c.ratio_row(FIGURE, m_ours, m_base, TARGET,
                       note=f"worst column: {name} (of {columns}); header click to repainted, "
                            f"median of all: {c.ms(c.median(painted))}")


if __name__ == "__main__":
    c.main(measure)
