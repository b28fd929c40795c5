"""What-if measurements behind the fixes proposed in README.md (not part of the table).

    python bench/experiments.py [--repeats N] [NAME ...]

Each experiment measures, in one run, the current code against the same work done the
proposed way, without editing essdesk: import costs the proposal would remove, a patched
copy of a class in this process only, or a minimal reproduction. Names: imports, teardown,
stylesheet, actors, no_proxy, emit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "figures"))

import _common as c  # noqa: E402


def imports(repeats: int) -> None:
    """Start: what importing the core before the first paint costs (lazy imports remove it)."""
    def launch(*args: str) -> c.Process:
        return c.run_process([c.PYTHON, str(c.LAUNCH), *args],
                             env=c.bench_env(ESSDESK_HOME=str(c.scratch())))

    core = ["--import", "sqlalchemy.orm", "--import", "essdesk.store.document",
            "--import", "essdesk.domain.services", "--import", "essdesk.domain.queries"]
    runs = {"bare": ("bare",), "bare+core": ("bare", *core), "essdesk --welcome": ("app", "--welcome")}
    launch("app", "--welcome")
    results = c.alternate(repeats, *[lambda a=a: launch(*a).seconds for a in runs.values()])
    medians = dict(zip(runs, map(c.median, results), strict=True))
    for name, value in medians.items():
        print(f"  {name:<20} {c.ms(value):>8}")
    saved = medians["bare+core"] - medians["bare"]
    print(f"  the core's imports after Qt cost {c.ms(saved)}: essdesk --welcome without them "
          f"≈ {c.ms(medians['essdesk --welcome'] - saved)} = "
          f"{(medians['essdesk --welcome'] - saved) / medians['bare']:.2f}× bare")
    order = """
import sys, time
t = time.perf_counter()
if sys.argv[1] == "first":
    import sqlalchemy.orm
import PySide6.QtWidgets
if sys.argv[1] == "after":
    import sqlalchemy.orm
print(time.perf_counter() - t)
"""
    first, after = c.alternate(repeats, lambda: c.run_process([c.PYTHON, "-c", order, "first"]).seconds,
                               lambda: c.run_process([c.PYTHON, "-c", order, "after"]).seconds)
    print(f"  PySide6 + sqlalchemy.orm, whole process: sqlalchemy first {c.ms(c.median(first))}, "
          f"after PySide6 {c.ms(c.median(after))} (shiboken's import hook inspects every module)")


def teardown(repeats: int) -> None:
    """Whole process minus time to idle: what exiting costs (os._exit after exec skips it)."""
    demo = c.copy_of(c.demo_path(), c.scratch())
    for args in (("bare",), ("app", "--welcome"), ("app", str(demo))):
        gaps = []
        for _ in range(repeats):
            p = c.run_process([c.PYTHON, str(c.LAUNCH), *args], env=c.bench_env(ESSDESK_HOME=str(c.scratch())))
            idle = float(p.stdout.split("idle_ms=")[1].split()[0]) / 1000
            gaps.append(p.seconds - idle)
        print(f"  {' '.join(args)[:40]:<42} exit after idle: {c.ms(c.median(gaps))}")


def stylesheet(repeats: int) -> None:
    """Repaint of a 5,000-row table with essdesk's style sheet, without its table rules, none."""
    import _ui
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from essdesk.ui.style import stylesheet as essdesk_sheet

    application = _ui.app()
    application.setStyle("Fusion")
    table = QTableWidget(5000, 7)
    table.setAlternatingRowColors(True)
    for r in range(60):
        for col in range(7):
            table.setItem(r, col, QTableWidgetItem(f"cellule {r} {col} é"))
    table.resize(1280, 820)
    table.show()
    full = essdesk_sheet(10.0)
    lean = "\n".join(line for line in full.split("}\n") if "QTableView" not in line
                     and "QHeaderView" not in line and "selection-color" not in line)
    for name, sheet in (("no style sheet", ""), ("essdesk's style sheet", full),
                        ("without QTableView/QHeaderView rules", lean)):
        application.setStyleSheet(sheet)
        _ui.settle()
        table.repaint()
        times = [c.clock(table.repaint) for _ in range(max(repeats, 5) * 2)]
        print(f"  table repaint, {name:<40} {c.ms(c.median(times)):>8}")


def _proxy_fix_applied() -> bool:
    """The actors and no_proxy experiments patch the proxy-based Acteurs page they were
    written against; the fix (the model filters and sorts itself) is now in essdesk."""
    from essdesk.ui.models import actors as m

    if hasattr(m, "ActorsProxy"):
        return False
    print("  applied in essdesk (commit 2a090ba): the actors model filters and sorts its own "
          "rows, no proxy. Measure with `python bench/run.py sort search`.")
    return True


def actors(repeats: int) -> None:
    """The Acteurs page: keystroke and header click, current classes vs patched ones."""
    if _proxy_fix_applied():
        return
    import _ui
    import search
    from PySide6.QtCore import QSortFilterProxyModel, Qt

    from essdesk.models.enums import ChainLink
    from essdesk.ui.models import actors as m

    _ui.app()
    window = _ui.main_window_on(_ui.large_copy())
    window.go("actors")
    _ui.settle()
    view = window.actors_view
    header = view.table.horizontalHeader()
    strokes = search.keystrokes()

    def keystroke() -> float:
        return c.median(search.type_into(view.search, strokes))

    def filter_only() -> float:
        times = [c.clock(lambda t=t: view.proxy.set_filters(text=t)) for t in strokes]
        view.proxy.set_filters(text="")
        return c.median(times)

    def click() -> float:
        times = []
        for column in range(view.model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                times.append(c.clock(lambda col=column, o=order: header.setSortIndicator(col, o)))
        return max(times)

    def report(label: str) -> None:
        search.type_into(view.search, strokes[:2])
        k, f, s = (c.median(x) for x in c.alternate(repeats, keystroke, filter_only, click))
        print(f"  {label}:\n    keystroke to repainted {c.ms(k):>8}, filter alone {c.ms(f):>8}, "
              f"worst header click {c.ms(s):>8}")

    report("current")
    original = (m.ActorsProxy.set_filters, m.ActorsProxy.filterAcceptsRow, m.ActorsModel.sort)

    # Proposed ActorsProxy: decide every row in one Python pass when the filter changes;
    # filterAcceptsRow (called by Qt once per row) is then one list lookup, no attribute
    # access on the Qt wrapper, no method call.
    def set_filters(self, *, text=None, ess=..., category=..., chain_link=...):
        self.beginFilterChange()
        if text is not None:
            self.words = text.casefold().split()
        if ess is not ...:
            self.ess = ess
        if category is not ...:
            self.category = category
        if chain_link is not ...:
            self.chain_link = chain_link
        model = self.sourceModel()
        rows = model.rows
        texts = self.__dict__.get("_texts")
        if texts is None or texts[0] is not rows or len(texts[1]) != len(rows):
            texts = self._texts = (rows, [model.search_text(r) for r in rows])
        words, e, cat, link = self.words, self.ess, self.category, self.chain_link
        if e is None and cat is None and link is None:
            self._accept = [all(w in t for w in words) for t in texts[1]]
        else:
            self._accept = [
                (e is None or r.ess == e) and (cat is None or r.category == cat)
                and (link is None or r.chain_link == link) and all(w in t for w in words)
                for r, t in zip(rows, texts[1], strict=True)
            ]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_accepts_row(self, source_row, _parent):
        accept = self.__dict__.get("_accept")
        return True if accept is None or source_row >= len(accept) else accept[source_row]

    # Proposed ActorsModel.sort: keys from plain dicts, computed once per column and rows
    # version; labels translated once per value, not once per row.
    chain_order = {link.value: i for i, link in enumerate(ChainLink)}

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self._sort = (column, order)
        cache = self.__dict__.setdefault("_keys", {})
        keys = cache.get((column, id(self.rows), len(self.rows)))
        if keys is None:
            plain = {m.ActorColumn.NAME: "name", m.ActorColumn.COMMUNE: "commune",
                     m.ActorColumn.ROLE: "role", m.ActorColumn.CONTACT: "contact"}
            if column == m.ActorColumn.CHAIN_LINK:
                by_id = {r.id: chain_order.get(r.chain_link, 99) for r in self.rows}
            elif column in plain:
                attr = plain[column]
                by_id = {r.id: getattr(r, attr).casefold() for r in self.rows}
            else:
                labels: dict = {}
                by_id = {}
                for r in self.rows:
                    value = r.ess if column == m.ActorColumn.ESS else r.category
                    if value not in labels:
                        labels[value] = self.display(r, column).casefold()
                    by_id[r.id] = labels[value]
            keys = cache[(column, id(self.rows), len(self.rows))] = by_id
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()][0] for i in before]
        self.rows.sort(key=lambda r: keys[r.id], reverse=order == Qt.SortOrder.DescendingOrder)
        if before:
            position = {r[0]: n for n, r in enumerate(self.rows)}
            self.changePersistentIndexList(
                before, [self.index(position[i], p.column()) for i, p in zip(ids, before, strict=True)])
        self.layoutChanged.emit()

    # Proposed RowTableModel.data: answer the roles the model knows, None at once for the
    # others (Qt asks ~9 roles per painted cell; today each goes through extra()).
    from essdesk.ui.models import base as b

    display, tooltip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    answered = {display, tooltip, b.ID_ROLE, b.ROW_ROLE, b.SORT_ROLE}
    original_data = b.RowTableModel.data

    def data(self, index, role=display):
        if role not in answered:
            return None
        if role == display:
            return self.display(self.rows[index.row()], index.column())
        return original_data(self, index, role)

    m.ActorsProxy.set_filters, m.ActorsProxy.filterAcceptsRow, m.ActorsModel.sort = (
        set_filters, filter_accepts_row, sort)
    view.proxy.set_filters(text="")
    report("patched")
    m.ActorsModel.data = data
    report("patched + data() answering only its roles")
    m.ActorsProxy.set_filters, m.ActorsProxy.filterAcceptsRow, m.ActorsModel.sort = original
    del m.ActorsModel.data
    report("current (again)")

    sheet = _ui.app().styleSheet()
    lean = "\n".join(line for line in sheet.split("}\n") if "QTableView" not in line
                     and "QHeaderView" not in line and "selection-color" not in line)
    m.ActorsProxy.set_filters, m.ActorsProxy.filterAcceptsRow, m.ActorsModel.sort = (
        set_filters, filter_accepts_row, sort)
    m.ActorsModel.data = data
    _ui.app().setStyleSheet(lean)
    view.proxy.set_filters(text="")
    report("all three + no QTableView/QHeaderView rules in the style sheet")


def no_proxy(repeats: int) -> None:
    """The Acteurs table without QSortFilterProxyModel: the model filters and sorts its own list."""
    if _proxy_fix_applied():
        return
    import _ui
    import search
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QHeaderView,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    from essdesk.models.enums import ChainLink
    from essdesk.ui.models.actors import ActorColumn, ActorsModel

    _ui.app()
    window = _ui.main_window_on(_ui.large_copy())
    window.go("actors")
    _ui.settle()
    view = window.actors_view
    chain_order = {link.value: i for i, link in enumerate(ChainLink)}
    display = Qt.ItemDataRole.DisplayRole

    class FilteringActorsModel(ActorsModel):
        """Rows shown = all rows kept by the words, in the current order; Qt never calls
        back per row: a keystroke is one list comprehension and a model reset."""

        def load(self, rows):
            self.all_rows = list(rows)
            self.texts = {r.id: self.search_text(r) for r in self.all_rows}
            self.keys: dict[int, dict] = {}
            self.words: list[str] = []
            self.reset(self.all_rows)

        def data(self, index, role=display):  # only the roles it answers
            if role == display:
                return self.display(self.rows[index.row()], index.column())
            return None

        def set_words(self, text: str) -> None:
            self.words = words = text.casefold().split()
            texts = self.texts
            self.beginResetModel()
            self.rows = [r for r in self.all_rows if all(w in texts[r.id] for w in words)]
            self.endResetModel()

        def sort(self, column, order=Qt.SortOrder.AscendingOrder):
            keys = self.keys.get(column)
            if keys is None:
                if column == ActorColumn.CHAIN_LINK:
                    keys = {r.id: chain_order.get(r.chain_link, 99) for r in self.all_rows}
                else:
                    labels: dict = {}
                    keys = {}
                    for r in self.all_rows:
                        value = r[column + 1] if column in (0, 1, 2) else None
                        if value is not None and value in labels:
                            keys[r.id] = labels[value]
                            continue
                        keys[r.id] = self.display(r, column).casefold()
                        if column in (1, 2):
                            labels[value] = keys[r.id]
                self.keys[column] = keys
            reverse = order == Qt.SortOrder.DescendingOrder
            self.layoutAboutToBeChanged.emit()
            self.all_rows.sort(key=lambda r: keys[r.id], reverse=reverse)
            self.rows.sort(key=lambda r: keys[r.id], reverse=reverse)
            self.layoutChanged.emit()

    page = QMainWindow()
    central = QWidget()
    lay = QVBoxLayout(central)
    edit = QLineEdit()
    table = QTableView()
    model = FilteringActorsModel(page)
    model.load(view.model.rows)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(view.table.verticalHeader().defaultSectionSize())
    table.horizontalHeader().setStretchLastSection(True)
    for col in range(view.model.columnCount()):
        table.horizontalHeader().resizeSection(col, view.table.horizontalHeader().sectionSize(col))
    edit.textChanged.connect(model.set_words)
    lay.addWidget(edit)
    lay.addWidget(table)
    page.setCentralWidget(central)
    page.resize(1280, 820)
    page.show()
    _ui.settle()
    strokes = search.keystrokes()

    def keys_for(line_edit):
        return lambda: c.median(search.type_into(line_edit, strokes))

    def clicks_for(header, columns):
        def run() -> float:
            return max(c.clock(lambda col=col, o=o: header.setSortIndicator(col, o))
                       for col in range(columns)
                       for o in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder))
        return run

    columns = view.model.columnCount()
    keys_for(view.search)(), keys_for(edit)()
    clicks_for(view.table.horizontalHeader(), columns)(), clicks_for(table.horizontalHeader(), columns)()
    k_now, k_new, s_now, s_new = (c.median(x) for x in c.alternate(
        repeats, keys_for(view.search), keys_for(edit),
        clicks_for(view.table.horizontalHeader(), columns), clicks_for(table.horizontalHeader(), columns)))
    rows = list(view.model.rows)
    base = max(c.clock(lambda col=col: rows.sort(key=lambda r: str(r[col + 1]).casefold())) for col in range(columns))
    print(f"  keystroke to repainted: ActorsView {c.ms(k_now)}, model filtering its own list {c.ms(k_new)}")
    print(f"  worst header click:     ActorsView {c.ms(s_now)}, model sorting with cached keys {c.ms(s_new)}"
          f" (list.sort of the rows: {c.ms(base)})")


def emit(_repeats: int) -> None:
    """PySide6 6.12.0 on Python 3.11: each Python-side emit() drops a reference to True."""
    import PySide6
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    e = Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        e.fired.emit()
    print(f"  PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}: 100 emits changed "
          f"sys.getrefcount(True) by {sys.getrefcount(True) - before:+d} (expected +0)")
    while sys.getrefcount(True) < before:  # give the references back before exiting
        sys.modules.setdefault("_bench_true_refs", []).append(True)  # type: ignore[attr-defined]
        before -= 1


EXPERIMENTS = {"imports": imports, "teardown": teardown, "stylesheet": stylesheet,
               "actors": actors, "no_proxy": no_proxy, "emit": emit}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=", ".join(EXPERIMENTS))
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    for name in args.names or EXPERIMENTS:
        print(f"{name}: {EXPERIMENTS[name].__doc__.splitlines()[0]}")
        EXPERIMENTS[name](args.repeats)
    sys.stdout.flush()
    import os

    os._exit(0)  # see _common.main: skip the finalisation that PySide6 6.12.0 makes abort


if __name__ == "__main__":
    sys.exit(main())
