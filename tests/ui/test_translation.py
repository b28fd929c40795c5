"""The English translation: the .ts is complete and well-formed, and the window speaks English.

Translations live in resources/translations/en_table.py; update.py writes the .ts and .qm.
"""

from __future__ import annotations

import importlib.util
import re
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from essdesk.domain.fields import ACTION_FIELDS, ACTOR_FIELDS, LEVER_FIELDS, clean
from essdesk.errors import ValidationError
from essdesk.models.enums import LeverStatus, Priority
from essdesk.ui import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "essdesk_en.ts"
PLACEHOLDER = re.compile(r"%\d+")
ACCELERATOR = re.compile(r"&([^&\s])")


def messages(ts: Path = TS):
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg.findtext("source") or "", msg.find("translation")


def texts(translation) -> list[str]:
    """The translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def load_update():
    spec = importlib.util.spec_from_file_location("essdesk_ts_update", TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the .ts ----------------------------------------------------------------------------

def test_every_message_is_translated():
    unfinished = [(c, s) for c, s, t in messages()
                  if t is None or t.get("type") in ("unfinished", "vanished", "obsolete")
                  or not all(text.strip() for text in texts(t))]
    assert not unfinished, f"run resources/translations/update.py and complete en_table.py: {unfinished[:10]}"
    assert len(list(messages())) > 400


def test_placeholders_and_markup_survive():
    for context, source, tr in messages():
        for text in texts(tr):
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source, text)
            assert re.findall(r"</?\w+", source) == re.findall(r"</?\w+", text), (context, source, text)
            assert ("&" in source.replace("&&", "").replace("&amp;", "")) == (
                "&" in text.replace("&&", "").replace("&amp;", "")), (context, source, text)
            assert ("%n" in source) == ("%n" in text), (context, source, text)


def test_plural_forms_in_both_languages():
    """Every "%n" string has its two forms in English and in French (1 réalisée, 2 réalisées)."""
    numerus = {(c, s) for c, s, t in messages() if t.findall("numerusform")}
    assert ("ActionsView", "%n réalisées") in numerus
    french = {(c, s): texts(t) for c, s, t in messages(TRANSLATIONS / "essdesk_fr.ts")}
    assert set(french) == numerus
    assert all(len(forms) == 2 and all(forms) for forms in french.values()), french
    assert french[("ActionsView", "%n réalisées")] == ["%n réalisée", "%n réalisées"]


def test_core_contexts_cover_the_core():
    from essdesk.domain import fields
    from essdesk.models import enums

    have = {(c, s) for c, s, _ in messages()}
    for name in dir(enums):
        cls = getattr(enums, name)
        if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum) and cls is not enums.LabelledEnum:
            assert all(("enums", m.label) in have for m in cls), name
    for name in dir(fields):
        specs = getattr(fields, name)
        if name.endswith("_FIELDS"):
            assert all(("fields", f.label) in have for f in specs.values()), name
    assert all(("errors", r) in have for r in i18n.ERROR_REASONS)


def test_sources_and_ts_agree():
    """Strings added to essdesk/ui since the last update.py run: reported, not failed, so that
    an engineer adding a string is not blocked; update.py lists them for translation."""
    update = load_update()
    found, problems = update.collect(update.ui_sources())
    have = {(c, s) for c, s, _ in messages()}
    missing = sorted({f"[{c}] {s!r}" for c, s, _, _ in found if (c, s) not in have})
    if missing or problems:
        warnings.warn("English translation out of date; run resources/translations/update.py:\n"
                      + "\n".join(missing + problems), stacklevel=1)


def test_table_keeps_placeholders():
    spec = importlib.util.spec_from_file_location("en_table", TRANSLATIONS / "en_table.py")
    table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(table)
    for source, english in table.ENGLISH.items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(english)), source
        assert "%n" not in source, f"{source!r}: a plural string goes in PLURALS"
    for source, languages in table.PLURALS.items():
        for form in (f for forms in languages for f in forms):
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form)), source
            assert "%n" in form, (source, form)


# --- the window in English ------------------------------------------------------------------

@pytest.fixture
def english(qapp):
    from essdesk.ui.app import install_translators

    translators = install_translators(qapp, "en")
    assert QCoreApplication.translate("enums", "Non évalué") == "Not assessed"
    # make_window installs the French plural forms once per process: not over the English.
    before = getattr(qapp, "_essdesk_translators", None)
    qapp._essdesk_translators = before or translators
    yield
    for t in translators:
        QApplication.removeTranslator(t)
    qapp._essdesk_translators = before
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def test_core_labels_in_english(english):
    assert i18n.label(LeverStatus.NOT_APPLICABLE) == "Not applicable"
    assert i18n.value_label(Priority, "high") == "High"
    assert i18n.field(ACTOR_FIELDS["email"]) == "Email"
    assert i18n.step_title("Soutien au développement économique") == "Support for economic development"
    with pytest.raises(ValidationError) as negative:
        clean(ACTION_FIELDS["budget_cents"], -5)
    assert i18n.error_text(negative.value) == "Budget (€): the amount cannot be negative."
    with pytest.raises(ValidationError) as unknown:
        clean(LEVER_FIELDS["status"], "bogus")
    assert i18n.error_reason(unknown.value) == (
        "Unknown value; choose from: Not assessed, Not started, Planned, In progress, Done, Not applicable.")
    with pytest.raises(ValidationError) as weight:
        clean(LEVER_FIELDS["weight"], 99)
    assert i18n.error_reason(weight.value) == "Enter a whole number from 0 to 10."
    with pytest.raises(ValidationError) as long_text:
        clean(ACTION_FIELDS["notes"], "x" * 200_001)
    assert i18n.error_text(long_text.value) == "Notes: the text exceeds 50\u202f000 characters; shorten it."


def test_core_labels_stay_french_without_translator():
    assert i18n.label(LeverStatus.NOT_APPLICABLE) == "Non concerné"
    with pytest.raises(ValidationError) as exc:
        clean(ACTION_FIELDS["budget_cents"], -5)
    assert i18n.error_text(exc.value) == str(exc.value)


@pytest.fixture
def english_window(english, window):
    return window


def test_main_window_in_english(english_window):
    w = english_window
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:4] == ["&File", "&Edit", "&View", "&Go"]
    assert "&Workshop" in menus and menus[-1] == "&Help"
    assert w.nav.item(0).text() == "Overview"
    assert w.nav.item(1).text().startswith("Step 1 · Territorial diagnostic\n")
    assert w.nav.item(1).text().endswith("0/5 levers")
    assert [w.nav.item(w.nav.count() - i).text() for i in (4, 3, 2, 1)] == [
        "Actors", "Action plan", "Workshops", "Indicators"]
    w.go("step", 1)
    card = next(iter(w.step_view.cards.values()))
    assert card.status_buttons[LeverStatus.NOT_ASSESSED].text() == "Not assessed"
    assert card.status_buttons[LeverStatus.DONE].text() == "Done"
    assert w.overview.kpi_maturity.caption.text() == "Overall maturity"


def _accelerators(menu) -> list[str]:
    keys = []
    for action in menu.actions():
        match = ACCELERATOR.search(action.text().replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    return keys


def test_french_accelerators_do_not_clash(window):
    _assert_no_clash(window)


def test_accelerators_do_not_clash(english_window):
    _assert_no_clash(english_window)


def _assert_no_clash(window):
    bar = window.menuBar()
    menus = [bar] + [a.menu() for a in bar.actions() if a.menu() is not None]
    menus += [a.menu() for m in menus[1:] for a in m.actions() if a.menu() is not None]
    for menu in menus:
        keys = _accelerators(menu)
        assert len(keys) == len(set(keys)), (menu.title() if menu is not bar else "menu bar", keys)


def test_error_reasons_cover_the_core():
    """Every literal reason a core service gives a ValidationError is listed for translation."""
    import ast

    package = Path(__file__).resolve().parents[2] / "essdesk"
    literal = []
    for path in [p for p in package.rglob("*.py") if "ui" not in p.relative_to(package).parts]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValidationError"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                literal.append(node.args[1].value)
    assert literal and not set(literal) - set(i18n.ERROR_REASONS), set(literal) - set(i18n.ERROR_REASONS)
    with pytest.raises(ValidationError) as long_text:
        clean(ACTION_FIELDS["notes"], "x" * 200_001)
    assert i18n.reason_text(long_text.value.reason) == long_text.value.reason  # no translator: French
