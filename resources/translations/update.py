"""Regenerate essdesk_en.ts from the sources and build essdesk_en.qm.

    /work/venv/bin/python resources/translations/update.py [--check]

French is the source language (self.tr("…") in essdesk/ui). lupdate collects the strings;
a second pass over the same files (Python's ast) adds what lupdate misses: calls to a
module's `_tr()` helper, implicitly concatenated literals, and `window.tr(…)` /
`widget.tr(…)` whose context at run time is the class of the object (RUNTIME_CONTEXTS).
Then this script writes the contexts of the Qt-free core read by essdesk/ui/i18n.py
("enums", "fields", "errors", "referential"), fills in every English translation from
en_table.py (the source of truth: edit the table, not the .ts, then rerun), runs lrelease,
and prints the strings that still lack English. Both the .ts and the .qm are committed, so
a checkout runs without Qt's tools. Running it twice gives the same files. With --check it
changes nothing and exits 1 when a string lacks English.

Glossary (British English: organisation, prioritise, programme):

  filière (de territoire)   sector; "territorial sector" where the guide says "filière de
                            territoire". Never "supply chain": a filière may be a value chain
                            or an ecosystem of actors (FiliereMeaning).
  secteur (d'activité)      industry (the economic activity of a sector, e.g. wool)
  chaîne de valeur          value chain; maillon → (value chain) link
  ESS                       SSE (social and solidarity economy); hors ESS → non-SSE
  collectivité              local authority;  commune → municipality
  diagnostic                diagnostic (the document and the exercise)
  étape / levier / acteur   step / lever / actor
  atelier / animateur       workshop / facilitator;  compte rendu → minutes
  gommette, vote à gommettes  dot, dot voting
  maturité / complétude     maturity / completion
  pilote (d'une action)     lead;  échéance → due date;  intitulé → title
  référentiel               the guide (RTES "RepèrESS Filières & ESS")
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "essdesk_en.ts"
QM = TS.with_suffix(".qm")
#: French is the source language, but "%n" strings need its plural forms (1 réalisée,
#: 2 réalisées): essdesk_fr.qm holds only those, from en_table.PLURALS.
TS_FR = HERE / "essdesk_fr.ts"
QM_FR = TS_FR.with_suffix(".qm")
UI = ROOT / "essdesk" / "ui"
BIN = Path(sys.executable).parent

#: `<name>.tr("…")` outside `self`: the class(es) whose context PySide looks the text up in
#: at run time (it walks the MRO of the object's class).
RUNTIME_CONTEXTS = {
    "window": ("MainWindow",),  # export_worker.start_export(window: MainWindow, …)
    "widget": ("MainWindow", "OverviewView"),  # overview.short_title(widget, …)
}

#: Contexts written by this script from the core (not by lupdate).
CORE_CONTEXTS = ("enums", "fields", "errors", "referential")

_PLACEHOLDER = re.compile(r"%\d+")


# --- what the sources ask to translate --------------------------------------------------

def _translate_context(func: ast.FunctionDef) -> str | None:
    """"CTX" when `func` is `def f(text): return QCoreApplication.translate("CTX", text)`."""
    if len(func.args.args) != 1 or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
            and len(call.args) == 2 and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[1], ast.Name) and call.args[1].id == func.args.args[0].arg):
        return call.args[0].value
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path, helpers: dict[str, str]) -> None:
        self.path = path
        self.helpers = helpers
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.found: list[tuple[str, str, int]] = []  # (context, source, line)
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _add(self, contexts: tuple[str, ...], arg: ast.expr, line: int) -> None:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            for context in contexts:
                self.found.append((context, arg.value, line))
        elif not (self.path.name == "i18n.py" or (self.functions and self.functions[-1] in self.helpers)):
            self.problems.append(f"{self._where(line)}: not a literal string, lupdate cannot see it")

    def _where(self, line: int) -> str:
        return f"{self.path.relative_to(ROOT)}:{line}"

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and self.classes:
                self._add((self.classes[-1],), node.args[0], node.lineno)
            elif isinstance(owner, ast.Name) and owner.id in RUNTIME_CONTEXTS:
                self._add(RUNTIME_CONTEXTS[owner.id], node.args[0], node.lineno)
            else:
                self.problems.append(f"{self._where(node.lineno)}: tr() on an object of unknown class; "
                                     "use QCoreApplication.translate(\"Context\", …)")
        elif (isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            self._add((node.args[0].value,), node.args[1], node.lineno)
        elif isinstance(func, ast.Name) and func.id in self.helpers and node.args:
            self._add((self.helpers[func.id],), node.args[0], node.lineno)
        self.generic_visit(node)


def ui_sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def collect(paths: list[Path]) -> tuple[list[tuple[str, str, Path, int]], list[str]]:
    found, problems = [], []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {n.name: ctx for n in tree.body
                   if isinstance(n, ast.FunctionDef) and (ctx := _translate_context(n))}
        collector = _Collector(path, helpers)
        collector.visit(tree)
        found += [(c, s, path, line) for c, s, line in collector.found]
        problems += collector.problems
    return found, problems


def core_messages() -> dict[str, list[tuple[str, str]]]:
    """Context → [(source, note for the translator)] of what the core hands to the UI."""
    sys.path.insert(0, str(ROOT))
    from essdesk.domain import fields
    from essdesk.domain.referential import load_referential
    from essdesk.models import enums
    from essdesk.ui import i18n

    def unique(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
        notes: dict[str, list[str]] = {}
        for text, note in items:
            notes.setdefault(text, [])
            if note not in notes[text]:
                notes[text].append(note)
        return [(text, ", ".join(n)) for text, n in notes.items()]

    enum_items = []
    for name in sorted(dir(enums)):
        cls = getattr(enums, name)
        if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum) and cls is not enums.LabelledEnum:
            enum_items += [(m.label, name) for m in cls]
    field_items = []
    for name in sorted(dir(fields)):
        specs = getattr(fields, name)
        if name.endswith("_FIELDS") and isinstance(specs, dict):
            field_items += [(f.label, f"{name}[{f.name!r}]") for f in specs.values()]
    field_items += [(text, "ValidationError.field") for text in i18n.EXTRA_FIELD_LABELS]
    error_items = [(text, "ValidationError.reason") for text in i18n.ERROR_REASONS]
    steps = [(s.title, f"step {s.number}") for s in load_referential().steps]
    steps += [(s.short_title, f"step {s.number} (short)") for s in load_referential().steps]
    words = load_referential().words
    steps += [(text, "words") for text in (words.part, words.parts, words.lever, words.levers)]
    return {"enums": unique(enum_items), "fields": unique(field_items), "errors": unique(error_items),
            "referential": unique(steps)}


# --- the .ts ----------------------------------------------------------------------------

def run_lupdate(paths: list[Path]) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(BIN)) or "pyside6-lupdate"
    subprocess.run([lupdate, *map(str, paths), "-source-language", "fr", "-target-language", "en",
                    "-no-obsolete", "-silent", "-ts", str(TS)], check=True)


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def _message(ctx: ET.Element, source: str, *, location: tuple[str, int] | None = None,
             note: str = "") -> ET.Element:
    # "%n": Qt's plural forms (lupdate marks them itself; this pass adds what it missed).
    msg = ET.SubElement(ctx, "message", numerus="yes") if "%n" in source else ET.SubElement(ctx, "message")
    if location:
        ET.SubElement(msg, "location", filename=location[0], line=str(location[1]))
    ET.SubElement(msg, "source").text = source
    if note:
        ET.SubElement(msg, "extracomment").text = note
    ET.SubElement(msg, "translation", type="unfinished")
    return msg


def reconcile(root: ET.Element, found: list[tuple[str, str, Path, int]]) -> None:
    """Make the .ts hold exactly the (context, source) pairs the code looks up."""
    wanted = {(c, s) for c, s, _, _ in found}
    real_contexts = {c for c, _ in wanted}
    kept = {}  # finished translations of the rebuilt contexts (e.g. typed in Qt Linguist)
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name")
        if name in CORE_CONTEXTS:
            for msg in ctx.findall("message"):
                tr = msg.find("translation")
                if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                    kept[(name, msg.findtext("source"))] = tr.text
        if name in CORE_CONTEXTS or name not in real_contexts:  # rebuilt below / lupdate's guess
            root.remove(ctx)
            continue
        for msg in list(ctx.findall("message")):
            if (name, msg.findtext("source")) not in wanted:
                if msg.find("location") is not None:
                    print(f"warning: [{name}] {msg.findtext('source')!r}: found by lupdate only, dropped")
                ctx.remove(msg)
    present = {(ctx.findtext("name"), m.findtext("source"))
               for ctx in root.findall("context") for m in ctx.findall("message")}
    for context, source, path, line in found:
        if (context, source) not in present:
            present.add((context, source))
            _message(_context(root, context), source,
                     location=(Path("../..", path.relative_to(ROOT)).as_posix(), line))
    for context, items in core_messages().items():
        ctx = _context(root, context)
        for source, note in items:
            if (context, source) not in present:
                present.add((context, source))
                msg = _message(ctx, source, note=note)
                if (context, source) in kept:
                    tr = msg.find("translation")
                    tr.text = kept[(context, source)]
                    tr.attrib.pop("type", None)


def _set_forms(tr: ET.Element, forms: tuple[str, ...]) -> None:
    for old in tr.findall("numerusform"):
        tr.remove(old)
    tr.text = None
    for form in forms:
        ET.SubElement(tr, "numerusform").text = form
    tr.attrib.pop("type", None)


def _table():
    sys.path.insert(0, str(HERE))
    import en_table

    return en_table


def translate(root: ET.Element) -> tuple[int, int, list[str], list[str]]:
    table = _table()
    CONTEXT_ENGLISH, ENGLISH, PLURALS = table.CONTEXT_ENGLISH, table.ENGLISH, table.PLURALS

    done = total = 0
    missing, problems = [], []
    for ctx in root.findall("context"):
        context = ctx.findtext("name")
        for msg in ctx.findall("message"):
            total += 1
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if msg.get("numerus") == "yes":
                forms = PLURALS.get(source)
                if forms is None:
                    missing.append(f"[{context}] {source!r} (plural: add it to PLURALS)")
                    continue
                _set_forms(tr, forms[1])
                done += 1
                continue
            english = CONTEXT_ENGLISH.get((context, source), ENGLISH.get(source))
            if english is not None:
                tr.text = english
                tr.attrib.pop("type", None)
            elif (tr.text or "").strip() and tr.get("type") != "unfinished":
                problems.append(f"[{context}] {source!r}: English only in the .ts; copy it to en_table.py")
            else:
                tr.text = None
                tr.set("type", "unfinished")
                missing.append(f"[{context}] {source!r}")
                continue
            done += 1
            text = tr.text or ""
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                problems.append(f"[{context}] {source!r}: placeholders differ in {text!r}")
    return done, total, missing, problems


def french_plurals(root: ET.Element) -> ET.Element:
    """A French .ts holding only the "%n" messages, with their French forms."""
    plurals = _table().PLURALS
    fr = ET.Element("TS", version="2.1", language="fr", sourcelanguage="fr")
    for ctx in root.findall("context"):
        messages = [m for m in ctx.findall("message") if m.get("numerus") == "yes"]
        if not messages:
            continue
        out = ET.SubElement(fr, "context")
        ET.SubElement(out, "name").text = ctx.findtext("name")
        for m in messages:
            source = m.findtext("source") or ""
            msg = ET.SubElement(out, "message", numerus="yes")
            ET.SubElement(msg, "source").text = source
            tr = ET.SubElement(msg, "translation")
            if source in plurals:
                _set_forms(tr, plurals[source][0])
    return fr


def _pairs(root: ET.Element) -> set[tuple[str, str]]:
    return {(ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.findall("context") for m in ctx.findall("message")}


def write(root: ET.Element, ts: Path = TS) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; write nothing")
    args = parser.parse_args(argv)
    paths = ui_sources()
    found, source_problems = collect(paths)
    if args.check:  # what the sources and the core want, against the committed .ts
        root = ET.parse(TS).getroot()
        before = _pairs(root)
        reconcile(root, found)
        stale = _pairs(root) ^ before
        source_problems += [f"[{c}] {s!r}: .ts out of date; run update.py" for c, s in sorted(stale)]
    else:
        run_lupdate(paths)
        root = ET.parse(TS).getroot()
        reconcile(root, found)
    done, total, missing, problems = translate(root)
    if not args.check:
        write(root)
        write(french_plurals(root), TS_FR)
        lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or "pyside6-lrelease"
        subprocess.run([lrelease, "-silent", str(TS), "-qm", str(QM)], check=True)
        subprocess.run([lrelease, "-silent", str(TS_FR), "-qm", str(QM_FR)], check=True)
    for line in source_problems + problems:
        print("warning:", line)
    if missing:
        print(f"{len(missing)} string(s) lack English; add them to resources/translations/en_table.py "
              "and rerun:")
        for line in missing:
            print("  ", line)
    print(f"{TS.relative_to(ROOT)}: {done}/{total} translated")
    return 1 if args.check and (missing or problems or source_problems) else 0


if __name__ == "__main__":
    sys.exit(main())
