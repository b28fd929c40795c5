"""Search-as-you-type across all columns of the 5,000 actors, per keystroke.

essdesk: its own main window on the large diagnostic, Acteurs page shown; each keystroke
sets the search box's text (textChanged → ActorsProxy.set_filters) and runs the event loop
until idle (filter, count label, repaint of the table).
Baseline: the same window size, plain Qt (Fusion, no application style sheet), a QTableView over a plain QAbstractTableModel of the
same rows (the 7 displayed strings), behind a QSortFilterProxyModel whose Python
filterAcceptsRow tests the words against a prebuilt casefolded line per row (all columns,
e-mail and phone too, as essdesk), driven by a QLineEdit in the same way.
Keystrokes: typing "lavage sarre" then 4 backspaces; the figure is the median keystroke.
"""

from __future__ import annotations

import _common as c
import _ui

FIGURE = "search-as-you-type, 5,000 actors, per keystroke"
TARGET = 1.5
ABSOLUTE = 0.050
TYPED = "lavage sarre"


def keystrokes() -> list[str]:
    texts = [TYPED[: i + 1] for i in range(len(TYPED))]
    return texts + [TYPED[: len(TYPED) - k] for k in range(1, 5)]


def plain_rows(actor_rows) -> tuple[list[tuple[str, ...]], list[str]]:
    from essdesk.models.enums import ActorCategory, ChainLink

    cat = {m.value: m.label for m in ActorCategory}
    link = {m.value: m.label for m in ChainLink}
    rows = [(r.name, "ESS" if r.ess else "Hors ESS", cat[r.category], link[r.chain_link],
             r.commune, r.role.replace("\n", " "), r.contact) for r in actor_rows]
    texts = [" ".join((*row, a.email, a.phone)).casefold() for row, a in zip(rows, actor_rows, strict=True)]
    return rows, texts


def baseline_window(rows, texts):
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

    root = QModelIndex()

    class Model(QAbstractTableModel):
        def rowCount(self, parent=root):
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=root):
            return 0 if parent.isValid() else 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    class Proxy(QSortFilterProxyModel):
        words: list[str] = []

        def set_text(self, text):
            self.beginFilterChange()
            self.words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

        def filterAcceptsRow(self, source_row, _parent):
            text = texts[source_row]
            return all(w in text for w in self.words)

    window = QMainWindow()
    central = QWidget()
    lay = QVBoxLayout(central)
    edit = QLineEdit()
    table = QTableView()
    model, proxy = Model(window), Proxy(window)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    edit.textChanged.connect(proxy.set_text)
    lay.addWidget(edit)
    lay.addWidget(table)
    window.setCentralWidget(central)
    window.resize(1280, 820)
    window.show()
    window.keep = (model, proxy)
    return window, edit, table


def type_into(edit, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        times.append(c.clock(lambda t=text: (edit.setText(t), _ui.settle())))
    edit.setText("")
    _ui.settle()
    return times


def measure(repeats: int) -> c.Row:
    if not (c.ROOT / "essdesk" / "ui" / "actors_view.py").exists():
        return c.absent(FIGURE, f"≤ {TARGET}×, < 50 ms", "essdesk/ui/actors_view.py absent")
    _ui.app()
    window = _ui.main_window_on(_ui.large_copy())
    window.go("actors")
    _ui.settle()
    view = window.actors_view
    rows, texts = plain_rows(view.model.rows)
    base_window, base_edit, _table = baseline_window(rows, texts)
    _ui.settle()
    strokes = keystrokes()
    type_into(view.search, strokes[:3])  # warm both (search-text cache, fonts)
    with _ui.plain_style():
        type_into(base_edit, strokes[:3])

    def baseline() -> float:
        with _ui.plain_style():
            return c.median(type_into(base_edit, strokes))

    ours, base = c.alternate(repeats, lambda: c.median(type_into(view.search, strokes)), baseline)
    shown = view.proxy.rowCount()
    base_window.close()
    return c.ratio_row(FIGURE, c.median(ours), c.median(base), TARGET, absolute=ABSOLUTE,
                       note=f"{len(strokes)} keystrokes, {len(view.model.rows)} rows ({shown} shown at rest)")


if __name__ == "__main__":
    c.main(measure)
