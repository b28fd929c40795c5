"""Qt fixtures: offscreen, a private ESSDESK_HOME per test, a small diagnostic."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import gc  # noqa: E402

import pytest  # noqa: E402

from essdesk.domain.referential import load_referential  # noqa: E402
from essdesk.domain.services import Services, create_diagnostic  # noqa: E402
from essdesk.models.enums import ActorCategory, ChainLink, Priority  # noqa: E402
from essdesk.store.document import Document  # noqa: E402


@pytest.fixture(autouse=True)
def essdesk_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ESSDESK_HOME", str(home))
    return home


@pytest.fixture
def referential():
    return load_referential()


@pytest.fixture
def diagnostic_file(tmp_path, referential):
    """A saved diagnostic with three actors and one action."""
    path = tmp_path / "essai.essdesk"
    doc = Document.create(path)
    create_diagnostic(doc.session, referential, title="Filière test", territory_name="CC du Val",
                      filiere_name="Laine")
    s = Services(doc.session)
    a = s.add_actor(name="Coopérative Laine", category=ActorCategory.SCIC,
                    chain_link=ChainLink.TRANSFORMATION, commune="Brassac").created_id
    s.add_actor(name="Bergerie", category=ActorCategory.ENTREPRISE_HORS_ESS, chain_link=ChainLink.PRODUCTION)
    s.add_actor(name="Ressourcerie", category=ActorCategory.SIAE, chain_link=ChainLink.END_OF_LIFE)
    s.add_action(title="Étude de lavage", pilot_id=a, end=dt.date(2020, 1, 1), priority=Priority.HIGH)
    doc.save()
    doc.close()
    return path


@pytest.fixture
def window(qtbot, diagnostic_file):
    from essdesk.ui.app import make_window

    w = make_window()
    w.show()
    assert w.open_path(diagnostic_file)
    yield w
    if w.ctx is not None:
        w.commit_edits()  # what a test left typed must not raise "save changes?" on close
        w.ctx.document.modified = False
    w.close()
    w.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True, scope="session")
def _collect_while_qt_is_alive():
    """Free widgets before interpreter shutdown: PySide objects collected during
    finalisation can crash the process after every test has passed."""
    yield
    gc.collect()
